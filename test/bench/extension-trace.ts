/**
 * A Chrome trace of a page, captured over the DevTools protocol (`Tracing`), with the sampling
 * CPU profiler of the renderers running when it starts: the renderer main thread's top-level
 * tasks and, for each sample, the JavaScript stack, which says whose code ran
 * (extension-main-thread.ts reads them).
 * Marks put in the page with `console.timeStamp(label)` appear as `TimeStamp` events.
 */
import type { CDPSession } from 'playwright-core';

/** One trace event, as Chrome's Trace Event Format has it (times in microseconds). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown>;
}

export interface TraceCapture {
  /** Ends the trace and returns its events. */
  stop(): Promise<TraceEvent[]>;
}

const CATEGORIES = [
  // Top-level tasks (RunTask), script evaluation, TimeStamp marks.
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  // Profile and ProfileChunk: the samples, as the DevTools Performance panel records them.
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

/**
 * Starts tracing through `session` (a page's). Renderers started after this get no profiler, so
 * the page should already show a document of the site it will be navigated to (same process).
 */
export async function startTrace(session: CDPSession): Promise<TraceCapture> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => {
    // The protocol types trace events as plain objects; their fields are the Trace Event Format's.
    for (const event of value) events.push(event as TraceEvent);
  };
  session.on('Tracing.dataCollected', collect);
  await session.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      session.off('Tracing.dataCollected', collect);
      return events;
    },
  };
}

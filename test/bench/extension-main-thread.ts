/**
 * Reading a page's main thread out of a trace (extension-trace.ts), in windows that `TimeStamp`
 * marks start: how long the content script's JavaScript ran (profiler samples whose stack holds a
 * frame of the content script's file, DOM calls it makes included), how long the main thread was
 * busy with anything (its top-level tasks), and its long tasks, each with the content script's
 * share of it.
 */
import type { TraceEvent } from './extension-trace.ts';

/** A task longer than this is a long task (Long Tasks API). */
export const LONG_TASK_MS = 50;

export interface LongTask {
  ms: number;
  /** The content script's JavaScript in it. */
  contentScriptMs: number;
}

export interface MainThreadWindow {
  /** `initial` before the first mark, then the mark's label. */
  label: string;
  contentScriptMs: number;
  /** Top-level tasks that started in the window, whatever ran in them. */
  mainThreadMs: number;
  longTasks: LongTask[];
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string };
}

interface ProfileChunk {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

interface Sample {
  ts: number;
  /** Until the next sample, in microseconds. */
  span: number;
  contentScript: boolean;
}

const dataOf = (event: TraceEvent): Record<string, unknown> => (event.args?.data ?? {}) as Record<string, unknown>;

/**
 * The main thread that evaluated a script from `scriptPrefix` (the content scripts' folder in the
 * extension), split into windows at every `TimeStamp` mark.
 */
export function mainThreadWindows(events: readonly TraceEvent[], scriptPrefix: string): MainThreadWindow[] {
  const evaluation = events.find((event) => event.name === 'EvaluateScript' && String(dataOf(event).url ?? '').startsWith(scriptPrefix));
  if (!evaluation) throw new Error(`the trace shows no evaluation of ${scriptPrefix}…: did the content script run?`);
  const { pid, tid } = evaluation;
  const onThread = (event: TraceEvent) => event.pid === pid && event.tid === tid;
  const samples = samplesOf(events, pid, scriptPrefix);
  const tasks = topLevelTasks(events.filter((event) => onThread(event) && event.name === 'RunTask' && event.ph === 'X'));
  const marks = events.filter((event) => onThread(event) && event.name === 'TimeStamp').sort((a, b) => a.ts - b.ts);
  const starts = [{ label: 'initial', ts: -Infinity }, ...marks.map((mark) => ({ label: String(dataOf(mark).message ?? ''), ts: mark.ts }))];

  const contentScriptUs = (from: number, to: number) => samples.reduce((sum, sample) => (sample.contentScript && sample.ts >= from && sample.ts < to ? sum + sample.span : sum), 0);
  return starts.map(({ label, ts: from }, n) => {
    const to = starts[n + 1]?.ts ?? Infinity;
    const inWindow = tasks.filter((task) => task.ts >= from && task.ts < to);
    return {
      label,
      contentScriptMs: contentScriptUs(from, to) / 1000,
      mainThreadMs: inWindow.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000,
      longTasks: inWindow
        .filter((task) => (task.dur ?? 0) / 1000 > LONG_TASK_MS)
        .map((task) => ({ ms: (task.dur ?? 0) / 1000, contentScriptMs: contentScriptUs(task.ts, task.ts + (task.dur ?? 0)) / 1000 })),
    };
  });
}

/** Tasks not nested in another (a nested run loop runs tasks inside one). */
function topLevelTasks(tasks: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of sorted) {
    if (task.ts < end) continue;
    outer.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return outer;
}

/** The profiler's samples in process `pid`, each marked as the content script's or not. */
function samplesOf(events: readonly TraceEvent[], pid: number, scriptPrefix: string): Sample[] {
  const profile = events.find((event) => event.name === 'Profile' && event.pid === pid);
  if (!profile) throw new Error('the trace has no CPU profile of the page’s renderer');
  const nodes = new Map<number, ProfileNode>();
  const stamped: { ts: number; node: number }[] = [];
  let ts = Number(dataOf(profile).startTime);
  const chunks = events.filter((event) => event.name === 'ProfileChunk' && event.pid === pid && event.id === profile.id).sort((a, b) => a.ts - b.ts);
  for (const chunk of chunks) {
    const { cpuProfile, timeDeltas = [] } = dataOf(chunk) as ProfileChunk;
    for (const node of cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    (cpuProfile?.samples ?? []).forEach((node, n) => {
      ts += timeDeltas[n] ?? 0;
      stamped.push({ ts, node });
    });
  }
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const result = node !== undefined && ((node.callFrame.url ?? '').startsWith(scriptPrefix) || (node.parent !== undefined && isOurs(node.parent)));
    ours.set(id, result);
    return result;
  };
  stamped.sort((a, b) => a.ts - b.ts);
  return stamped.slice(0, -1).map(({ ts: at, node }, n) => ({ ts: at, span: stamped[n + 1]!.ts - at, contentScript: isOurs(node) }));
}

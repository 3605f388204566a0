/** The extension benchmark's figures: the section it merges into results.json, and the printed tables. */
import { cpus } from 'node:os';
import type { ContentScriptRun, ContentScriptSettings } from './extension-content-script-cost.ts';
import type { HeapGrowth, HeapPoint, HeapSettings } from './extension-heap-growth.ts';
import { LONG_TASK_MS, type LongTask } from './extension-main-thread.ts';
import type { TimeToVerdictsSettings, VerdictRun, VerdictRuns } from './extension-time-to-verdicts.ts';
import { kb, ms, ratio, table } from './format.ts';
import { median } from './timing.ts';

export interface ExtensionSettings {
  contentScript: ContentScriptSettings & { runs: number };
  timeToVerdicts: TimeToVerdictsSettings;
  heap: HeapSettings;
}

interface WindowFigures {
  contentScriptMs: number;
  mainThreadMs: number;
  longTasks: number;
}

interface LongTaskSummary {
  count: number;
  longestMs: number;
}

export interface ContentScriptSection {
  runs: number;
  /** Elements on the page as loaded, measured in the browser. */
  pageElements: number;
  /** Medians over the runs. */
  initial: WindowFigures;
  batches: (WindowFigures & { batch: number; credentialLinks: number })[];
  /** Over every batch of every run. */
  perBatchContentScriptMs: { median: number; max: number };
  longTasks: {
    thresholdMs: number;
    /** On the page's main thread, whatever ran in them (parsing the page, layout, the content script). */
    all: LongTaskSummary;
    /** Those in which the content script's JavaScript ran; the target is none. */
    withContentScript: LongTaskSummary & { contentScriptMsInLongest: number };
    targetMet: boolean;
  };
  /** Every run's windows as measured. */
  perRun: ContentScriptRun[];
}

export interface TimeToVerdictsSection {
  credentials: number;
  latencies: { latencyMs: number; medianFromLoadMs: number; medianFromNavigationMs: number; runs: VerdictRun[] }[];
  /** Median from load at the latency ÷ median from load without. */
  ratio: number;
}

interface HeapFigures {
  /** Bytes used as the last chip showed its verdict. */
  shownBytes: number;
  /** Bytes used once the heap stopped changing, and how long that took. */
  settledBytes: number;
  settleMs: number;
}

export interface WorkerHeapSection {
  first: number;
  total: number;
  atRestBytes: number;
  afterFirst: HeapFigures;
  afterTotal: HeapFigures;
  /** Settled: (after all − after the first) ÷ the credentials in between. */
  bytesPerCredential: number;
  /** Until the longer list showed every verdict. */
  verifyRestMs: number;
}

export interface ExtensionSection {
  environment: Record<string, string | number>;
  settings: ExtensionSettings;
  contentScript: ContentScriptSection;
  timeToVerdicts: TimeToVerdictsSection;
  workerHeap: WorkerHeapSection;
}

function longest(tasks: readonly LongTask[]): LongTask | undefined {
  return [...tasks].sort((a, b) => b.ms - a.ms)[0];
}

export function contentScriptSection(runs: readonly ContentScriptRun[]): ContentScriptSection {
  const windowFigures = (windows: readonly { contentScriptMs: number; mainThreadMs: number; longTasks: readonly LongTask[] }[]): WindowFigures => ({
    contentScriptMs: median(windows.map((window) => window.contentScriptMs)),
    mainThreadMs: median(windows.map((window) => window.mainThreadMs)),
    longTasks: windows.reduce((sum, window) => sum + window.longTasks.length, 0),
  });
  const batchCount = runs[0]?.batches.length ?? 0;
  const batches = Array.from({ length: batchCount }, (_, batch) => ({
    batch: batch + 1,
    credentialLinks: runs[0]?.batches[batch]?.credentialLinks ?? 0,
    ...windowFigures(runs.map((run) => run.batches[batch]!)),
  }));
  const allBatches = runs.flatMap((run) => run.batches.map((window) => window.contentScriptMs));
  const tasks = runs.flatMap((run) => [run.initial, ...run.batches].flatMap((window) => window.longTasks));
  const withContentScript = tasks.filter((task) => task.contentScriptMs > 0);
  const longestOurs = longest(withContentScript);
  return {
    runs: runs.length,
    pageElements: median(runs.map((run) => run.pageElements)),
    initial: windowFigures(runs.map((run) => run.initial)),
    batches,
    perBatchContentScriptMs: { median: median(allBatches), max: Math.max(...allBatches) },
    longTasks: {
      thresholdMs: LONG_TASK_MS,
      all: { count: tasks.length, longestMs: longest(tasks)?.ms ?? 0 },
      withContentScript: { count: withContentScript.length, longestMs: longestOurs?.ms ?? 0, contentScriptMsInLongest: longestOurs?.contentScriptMs ?? 0 },
      targetMet: withContentScript.length === 0,
    },
    perRun: [...runs],
  };
}

export function timeToVerdictsSection(settings: TimeToVerdictsSettings, runs: VerdictRuns): TimeToVerdictsSection {
  const latencies = [...runs].map(([latencyMs, list]) => ({
    latencyMs,
    medianFromLoadMs: median(list.map((run) => run.fromLoadMs)),
    medianFromNavigationMs: median(list.map((run) => run.fromNavigationMs)),
    runs: list,
  }));
  const without = latencies.find((entry) => entry.latencyMs === 0)?.medianFromLoadMs ?? Number.NaN;
  const withLatency = latencies.find((entry) => entry.latencyMs === settings.latencyMs)?.medianFromLoadMs ?? Number.NaN;
  return { credentials: settings.credentials, latencies, ratio: withLatency / without };
}

export function workerHeapSection(settings: HeapSettings, growth: HeapGrowth): WorkerHeapSection {
  const figures = ({ shown, settled }: HeapPoint): HeapFigures => ({ shownBytes: shown.usedBytes, settledBytes: settled.usedBytes, settleMs: settled.settleMs });
  return {
    first: settings.first,
    total: settings.total,
    atRestBytes: growth.atRest.usedBytes,
    afterFirst: figures(growth.afterFirst),
    afterTotal: figures(growth.afterTotal),
    bytesPerCredential: (growth.afterTotal.settled.usedBytes - growth.afterFirst.settled.usedBytes) / (settings.total - settings.first),
    verifyRestMs: growth.verifyRestMs,
  };
}

export function extensionEnvironment(chromium: string): Record<string, string | number> {
  return { chromium, node: process.version, date: new Date().toISOString(), platform: `${process.platform} ${process.arch}`, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length };
}

export function printExtensionResults({ environment, settings, contentScript, timeToVerdicts, workerHeap }: ExtensionSection): void {
  const scan = settings.contentScript;
  console.log(`\nThe TEST extension in ${String(environment.chromium)}; content script on a LinkedIn-like profile of ${contentScript.pageElements} elements with ${scan.credentials} credential entries`);
  console.log(`then ${scan.batches} batches of ${scan.batchElements} elements added to its feed (${scan.batchLinks} credential links in every second batch), ${scan.quietMs} ms apart at least; medians of ${contentScript.runs} runs`);
  console.log('content script: its JavaScript on the main thread (profiler samples, DOM calls included); main thread: every top-level task in the window (parsing, style, layout, paint, the content script)');
  console.log(`long tasks: main-thread tasks over ${LONG_TASK_MS} ms, counted over all runs\n`);
  const rows = [
    ['initial scan (load to every verdict shown)', '', ms(contentScript.initial.contentScriptMs), ms(contentScript.initial.mainThreadMs), String(contentScript.initial.longTasks)],
    ...contentScript.batches.map((batch) => [`batch ${batch.batch}`, String(batch.credentialLinks), ms(batch.contentScriptMs), ms(batch.mainThreadMs), String(batch.longTasks)]),
  ];
  console.log(table(['window', 'credential links', 'content script ms', 'main thread ms', 'long tasks'], rows, 1));
  const { longTasks } = contentScript;
  console.log(`\nper batch, content script: median ${ms(contentScript.perBatchContentScriptMs.median)} ms, max ${ms(contentScript.perBatchContentScriptMs.max)} ms`);
  console.log(`long tasks with content-script work: ${longTasks.withContentScript.count}, longest ${ms(longTasks.withContentScript.longestMs)} ms (${ms(longTasks.withContentScript.contentScriptMsInLongest)} ms of it the content script); target 0: ${met(longTasks.targetMet)}`);
  console.log(`long tasks of any cause: ${longTasks.all.count}, longest ${ms(longTasks.all.longestMs)} ms`);

  console.log(`\ntime until all ${timeToVerdicts.credentials} chips show verdicts, medians of ${settings.timeToVerdicts.runs} runs at each latency of the credentials server (each credential and its status list per request)\n`);
  const latencyRows = timeToVerdicts.latencies.map(({ latencyMs, medianFromLoadMs, medianFromNavigationMs, runs }) => [
    `${latencyMs} ms`,
    ms(medianFromLoadMs),
    ms(medianFromNavigationMs),
    String(median(runs.map((run) => run.requests))),
    String(Math.max(...runs.map((run) => run.maxInFlight))),
  ]);
  console.log(table(['latency', 'from load ms', 'from navigation ms', 'requests', 'most at once'], latencyRows, 1));
  console.log(`\n${settings.timeToVerdicts.latencyMs} ms latency ÷ none (from load): ${ratio(timeToVerdicts.ratio)}`);

  console.log(`\nthe service worker's JavaScript heap after a garbage collection (a browser of its own): as the last chip showed its verdict, and once it stopped changing\n`);
  const heapRow = (label: string, { shownBytes, settledBytes, settleMs }: HeapFigures) => [label, kb(shownBytes), kb(settledBytes), ms(settleMs)];
  const heapRows = [
    ['at rest', '', kb(workerHeap.atRestBytes), ''],
    heapRow(`after ${workerHeap.first} credentials`, workerHeap.afterFirst),
    heapRow(`after ${workerHeap.total} credentials`, workerHeap.afterTotal),
  ];
  console.log(table(['worker', 'at verdicts', 'settled', 'settled after ms'], heapRows, 1));
  const { afterFirst, afterTotal } = workerHeap;
  console.log(`\nafter ${workerHeap.total} ÷ after ${workerHeap.first}: ${ratio(afterTotal.shownBytes / afterFirst.shownBytes)} at verdicts, ${ratio(afterTotal.settledBytes / afterFirst.settledBytes)} settled; ${kb(workerHeap.bytesPerCredential)} per credential past the first ${workerHeap.first} (settled)`);
  console.log(`the last ${workerHeap.total - workerHeap.first} credentials verified in ${ms(workerHeap.verifyRestMs)} ms`);
}

function met(ok: boolean): string {
  return ok ? 'met' : 'not met';
}

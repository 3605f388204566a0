/**
 * The extension benchmark (`npm run bench`, after element.bench.ts and `npm run build:ext:test`):
 * the built TEST extension (dist/extension/chrome-mv3-test) in Debian's Chromium, on LinkedIn-like
 * pages linking to really signed credentials served from 127.0.0.1. It measures
 *
 * 1. the content script on the page's main thread, from a trace: the initial scan of a profile of
 *    5,000 elements with 20 credential entries, each batch of new posts added afterwards, and the
 *    long tasks (target: none with content-script work);
 * 2. the time from page load until the 20 chips show verdicts, with the credentials server adding
 *    50 ms per request, against none;
 * 3. the service worker's heap after 200 verifications, against after the first 20.
 *
 * Prints tables and merges the section `extension` into test/bench/results.json. No limit is
 * asserted. Settings from the environment (defaults in brackets): BENCH_EXTENSION_RUNS (3),
 * BENCH_EXTENSION_ELEMENTS (5000), BENCH_EXTENSION_CREDENTIALS (20), BENCH_EXTENSION_BATCHES (10),
 * BENCH_EXTENSION_BATCH_ELEMENTS (20), BENCH_EXTENSION_BATCH_LINKS (2), BENCH_EXTENSION_QUIET_MS
 * (500), BENCH_EXTENSION_LATENCY_MS (50), BENCH_EXTENSION_LATENCY_RUNS (3),
 * BENCH_EXTENSION_HEAP_CREDENTIALS (200).
 */
import { fileURLToPath } from 'node:url';
import { launchExtensionBrowser, type ExtensionBrowser } from '../e2e/extension-browser.ts';
import { numberFromEnvironment } from './environment.ts';
import { measureContentScript, type ContentScriptRun } from './extension-content-script-cost.ts';
import { measureHeapGrowth } from './extension-heap-growth.ts';
import { contentScriptSection, extensionEnvironment, printExtensionResults, timeToVerdictsSection, workerHeapSection, type ExtensionSection, type ExtensionSettings } from './extension-results.ts';
import { startExtensionBenchSite } from './extension-site.ts';
import { measureTimeToVerdicts } from './extension-time-to-verdicts.ts';
import { mergeResults } from './results.ts';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

const elements = numberFromEnvironment('BENCH_EXTENSION_ELEMENTS', 5_000);
const credentials = numberFromEnvironment('BENCH_EXTENSION_CREDENTIALS', 20);
const settings: ExtensionSettings = {
  contentScript: {
    runs: numberFromEnvironment('BENCH_EXTENSION_RUNS', 3),
    elements,
    credentials,
    batches: numberFromEnvironment('BENCH_EXTENSION_BATCHES', 10),
    batchElements: numberFromEnvironment('BENCH_EXTENSION_BATCH_ELEMENTS', 20),
    batchLinks: numberFromEnvironment('BENCH_EXTENSION_BATCH_LINKS', 2),
    quietMs: numberFromEnvironment('BENCH_EXTENSION_QUIET_MS', 500),
  },
  timeToVerdicts: {
    elements,
    credentials,
    latencyMs: numberFromEnvironment('BENCH_EXTENSION_LATENCY_MS', 50),
    runs: numberFromEnvironment('BENCH_EXTENSION_LATENCY_RUNS', 3),
  },
  heap: { first: credentials, total: Math.max(credentials + 1, numberFromEnvironment('BENCH_EXTENSION_HEAP_CREDENTIALS', 200)) },
};

async function withBrowser<T>(use: (browser: ExtensionBrowser) => Promise<T>): Promise<T> {
  const browser = await launchExtensionBrowser();
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

const site = await startExtensionBenchSite();
try {
  let chromium = 'unknown';
  const { runs, timings } = await withBrowser(async (browser) => {
    chromium = browser.context.browser()?.version() ?? chromium;
    const scanRuns: ContentScriptRun[] = [];
    for (let run = 0; run < settings.contentScript.runs; run++) {
      process.stderr.write(`content script, run ${run + 1} of ${settings.contentScript.runs}\n`);
      scanRuns.push(await measureContentScript(browser, site, settings.contentScript, run));
    }
    process.stderr.write(`time to ${credentials} verdicts at 0 and ${settings.timeToVerdicts.latencyMs} ms latency\n`);
    return { runs: scanRuns, timings: await measureTimeToVerdicts(browser, site, settings.timeToVerdicts) };
  });
  process.stderr.write(`worker heap, ${settings.heap.first} then ${settings.heap.total} credentials (a new browser)\n`);
  const growth = await withBrowser((browser) => measureHeapGrowth(browser, site, settings.heap));
  const section: ExtensionSection = {
    environment: extensionEnvironment(chromium),
    settings,
    contentScript: contentScriptSection(runs),
    timeToVerdicts: timeToVerdictsSection(settings.timeToVerdicts, timings),
    workerHeap: workerHeapSection(settings.heap, growth),
  };
  printExtensionResults(section);
  mergeResults(RESULTS, 'extension', section);
  console.log(`\nmerged into ${RESULTS} under "extension"`);
} finally {
  await site.close();
}

/**
 * The element benchmark (`npm run bench`, after engine.bench.ts): `<mc-verify src>` in Chromium,
 * timed from appending the element to its verdict being rendered, cold (fresh browser context:
 * the engine chunk is downloaded and compiled) and warm (same page, a new element), on a few
 * corpus credentials served over HTTP from 127.0.0.1; and the bundle's gzipped sizes. Prints
 * tables and merges the section `element` into test/bench/results.json. No limit is asserted.
 *
 * Settings from the environment: BENCH_ELEMENT_RUNS (warm runs per credential, 20),
 * BENCH_ELEMENT_WARMUP (warm-up passes, 5), BENCH_ELEMENT_COLD_RUNS (cold runs per credential, 5).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CORPUS_NOW } from '../support/corpus.ts';
import { buildElement } from './element-build.ts';
import { ELEMENT_CASES, elementCredentials, elementDocuments } from './element-cases.ts';
import { elementRows, elementSection, printElementResults, type ElementSettings } from './element-results.ts';
import { serveBenchSite } from './element-server.ts';
import { createWatch, measureCold, measureWarm } from './element-timing.ts';
import { numberFromEnvironment } from './environment.ts';
import { mergeResults } from './results.ts';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

const settings: ElementSettings = {
  runs: numberFromEnvironment('BENCH_ELEMENT_RUNS', 20),
  warmup: numberFromEnvironment('BENCH_ELEMENT_WARMUP', 5),
  coldRuns: numberFromEnvironment('BENCH_ELEMENT_COLD_RUNS', 5),
};

const bundleDir = mkdtempSync(join(tmpdir(), 'mc-verify-bench-'));
try {
  process.stderr.write('building the element bundle\n');
  const bundle = await buildElement(bundleDir);
  const credentials = elementCredentials();
  const site = await serveBenchSite(bundleDir, credentials, await elementDocuments(credentials));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // Only 127.0.0.1 resolves: nothing the page names (badge images, say) can reach the internet.
    args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
  try {
    const watch = createWatch();
    process.stderr.write(`${ELEMENT_CASES.length} credentials, cold\n`);
    const cold = await measureCold(browser, site, ELEMENT_CASES, settings.coldRuns, CORPUS_NOW, watch);
    process.stderr.write('warm\n');
    const warm = await measureWarm(browser, site, ELEMENT_CASES, settings, CORPUS_NOW, watch);
    if (watch.pageErrors.length > 0) throw new Error(`errors in the bench page: ${watch.pageErrors.join('; ')}`);
    const rows = elementRows(ELEMENT_CASES, cold, warm);
    const failedRequests = [...watch.failedRequests];
    printElementResults(settings, rows, bundle, failedRequests);
    mergeResults(RESULTS, 'element', elementSection({ chromium: browser.version(), settings, rows, bundle, failedRequests }));
    console.log(`\nmerged into ${RESULTS} under "element"`);
  } finally {
    await browser.close();
    await site.server.close();
  }
} finally {
  rmSync(bundleDir, { recursive: true, force: true });
}

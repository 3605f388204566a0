/**
 * What verifying costs the service worker in memory: its JavaScript heap after a garbage
 * collection (extension-worker-heap.ts) at rest, after a profile with the first credentials, and
 * after the same tab shows a longer list (the first credentials again, cached, then new ones),
 * when the worker holds every verdict in its cache and the tab's entries in its store. Each is
 * measured as the last chip shows its verdict, and again once the heap has settled, since work the
 * worker still has queued then holds memory. Run in a browser of its own, so nothing verified
 * before counts.
 */
import type { ExtensionBrowser } from '../e2e/extension-browser.ts';
import { settledChips } from '../e2e/extension-reading.ts';
import { benchProfilePage } from './extension-pages.ts';
import type { ExtensionBenchSite } from './extension-site.ts';
import { attachWorkerHeap, type HeapUsage, type SettledHeap } from './extension-worker-heap.ts';

export interface HeapSettings {
  /** Credentials on the first profile. */
  first: number;
  /** Credentials verified in all. */
  total: number;
}

export interface HeapPoint {
  /** As the last chip showed its verdict. */
  shown: HeapUsage;
  settled: SettledHeap;
}

export interface HeapGrowth {
  atRest: SettledHeap;
  afterFirst: HeapPoint;
  afterTotal: HeapPoint;
  /** From loading the longer list until every chip on it showed its verdict, in milliseconds. */
  verifyRestMs: number;
}

export async function measureHeapGrowth(browser: ExtensionBrowser, site: ExtensionBenchSite, settings: HeapSettings): Promise<HeapGrowth> {
  const chromium = browser.context.browser();
  if (!chromium) throw new Error('no browser to open a DevTools session with');
  const heap = await attachWorkerHeap(chromium, browser.worker.url());
  try {
    const first = await site.issue(settings.first);
    const rest = await site.issue(settings.total - settings.first);
    const atRest = await heap.settled();
    // No feed: the pages are long lists of certifications (LinkedIn's /details/certifications/).
    const page = await browser.open(site.page('/in/ada-lovelace/details/certifications/', benchProfilePage(first, 0)));
    try {
      await settledChips(page, first.length, 60_000);
      const afterFirst = { shown: await heap.measure(), settled: await heap.settled() };
      const started = Date.now();
      await page.goto(site.page('/in/ada-lovelace/details/certifications/all/', benchProfilePage([...first, ...rest], 0)));
      const seen = await settledChips(page, settings.total, 180_000);
      const verifyRestMs = Date.now() - started;
      const afterTotal = { shown: await heap.measure(), settled: await heap.settled() };
      const unverified = seen.filter((chip) => chip.state !== 'verified');
      if (unverified.length > 0) throw new Error(`chips that did not say verified: ${JSON.stringify(unverified)}`);
      return { atRest, afterFirst, afterTotal, verifyRestMs };
    } finally {
      await page.close();
    }
  } finally {
    await heap.detach();
  }
}

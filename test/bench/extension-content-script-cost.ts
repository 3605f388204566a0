/**
 * The content script's cost on the page's main thread: a LinkedIn-like profile of many elements
 * with credential entries is loaded while a trace runs (extension-trace.ts); once every chip has
 * its verdict, batches of new posts are added, some sharing credential links, each marked in the
 * trace. The trace then gives, per window (the initial scan, each batch), the content script's
 * JavaScript time, the main thread's busy time and its long tasks (extension-main-thread.ts).
 */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../e2e/extension-browser.ts';
import { chips, settledChips } from '../e2e/extension-reading.ts';
import { batchMarkup, benchProfilePage, FEED_ID } from './extension-pages.ts';
import { mainThreadWindows, type MainThreadWindow } from './extension-main-thread.ts';
import type { ExtensionBenchSite } from './extension-site.ts';
import { startTrace } from './extension-trace.ts';

export interface ContentScriptSettings {
  /** Elements on the page as it loads. */
  elements: number;
  /** Credential entries on it. */
  credentials: number;
  /** Batches added after the first scan, and elements in each. */
  batches: number;
  batchElements: number;
  /** Credential links in every second batch (the others have none). */
  batchLinks: number;
  /** How long to leave the page alone after each step, for the content script's idle work. */
  quietMs: number;
}

export interface ContentScriptRun {
  /** Elements the page had before the first batch, the extension's chips not counted. */
  pageElements: number;
  initial: MainThreadWindow;
  batches: (MainThreadWindow & { credentialLinks: number })[];
}

/** Credential links in batch `batch` (counted from 0). */
export function linksInBatch(batch: number, settings: ContentScriptSettings): number {
  return batch % 2 === 1 ? settings.batchLinks : 0;
}

export async function measureContentScript(browser: ExtensionBrowser, site: ExtensionBenchSite, settings: ContentScriptSettings, run: number): Promise<ContentScriptRun> {
  const credentials = await site.issue(settings.credentials);
  const linked = await site.issue(Array.from({ length: settings.batches }, (_, batch) => linksInBatch(batch, settings)).reduce((sum, links) => sum + links, 0));
  const url = site.page(`/in/ada-lovelace-${run}/`, benchProfilePage(credentials, settings.elements));
  // The same site as the profile, so the profile loads in the renderer the trace already profiles.
  const page = await browser.open(site.page('/blank', '<!doctype html><title>blank</title>'));
  const session = await browser.context.newCDPSession(page);
  try {
    const trace = await startTrace(session);
    await page.goto(url);
    await settledChips(page, credentials.length, 60_000);
    await page.waitForTimeout(settings.quietMs);
    const pageElements = await page.evaluate(() => document.getElementsByTagName('*').length - document.getElementsByTagName('mc-verify-chip').length);
    let expected = credentials.length;
    for (let batch = 0; batch < settings.batches; batch++) {
      const shared = linked.splice(0, linksInBatch(batch, settings));
      await addBatch(page, `batch ${batch + 1}`, batchMarkup(batch, settings.batchElements, shared));
      expected += shared.length;
      await settledChips(page, expected, 60_000);
      await page.waitForTimeout(settings.quietMs);
    }
    const unverified = (await chips(page)).filter((chip) => chip.state !== 'verified');
    if (unverified.length > 0) throw new Error(`chips that did not say verified: ${JSON.stringify(unverified)}`);
    const [initial, ...batches] = mainThreadWindows(await trace.stop(), `chrome-extension://${browser.extensionId}/content-scripts/`);
    if (!initial || batches.length !== settings.batches) throw new Error(`the trace has ${batches.length} batch marks, not ${settings.batches}`);
    return { pageElements, initial, batches: batches.map((window, batch) => ({ ...window, credentialLinks: linksInBatch(batch, settings) })) };
  } finally {
    await session.detach();
    await page.close();
  }
}

/** Appends the batch's posts to the feed at once, as a page rendering fetched posts does, after a mark in the trace. */
function addBatch(page: Page, label: string, html: string): Promise<void> {
  return page.evaluate(
    ({ feedId, mark, markup }) => {
      console.timeStamp(mark);
      const template = document.createElement('template');
      template.innerHTML = markup;
      document.getElementById(feedId)?.append(template.content);
    },
    { feedId: FEED_ID, mark: label, markup: html },
  );
}

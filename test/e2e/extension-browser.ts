/**
 * Debian's Chromium with the built TEST extension (dist/extension/chrome-mv3-test, `npm run
 * build:ext:test`), for the end-to-end suites and the extension benchmark: the persistent context,
 * the extension's service worker and id, opening pages, finding a page's tab id, and opening the
 * side panel for a tab. Host names other than 127.0.0.1 (and the addresses a suite names as
 * reachable) resolve to nothing (--host-resolver-rules), so no request leaves the machine.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('dist/extension/chrome-mv3-test');

/** The extension APIs called inside the worker and the panel page. */
declare const chrome: {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

export interface ExtensionBrowserOptions {
  /** Loopback addresses besides 127.0.0.1 that resolve (a suite's stand-in for a private host). */
  reachable?: readonly string[];
  /** Other unpacked extensions to load next to mc-verify. */
  otherExtensions?: readonly string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** mc-verify's service worker. */
  worker: Worker;
  extensionId: string;
  /** The profile folder, removed by `close`. */
  profile: string;
  /** A new page at `url`. */
  open(url: string, prepare?: (page: Page) => Promise<void>): Promise<Page>;
  /** The browser's id for the tab showing `page`, asked of the worker (the test build may read loopback tab URLs). */
  tabIdOf(page: Page): Promise<number>;
  /** The side panel page for `page`'s tab, opened in a tab of its own (sidepanel.html?tab=<id>). */
  sidePanelFor(page: Page, prepare?: (panel: Page) => Promise<void>): Promise<Page>;
  /** A message to the worker from the side panel, as the panel sends it. */
  fromPanel(panel: Page, message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function launchExtensionBrowser(options: ExtensionBrowserOptions = {}): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'mc-verify-e2e-'));
  const extensions = [EXTENSION_DIR, ...(options.otherExtensions ?? [])].join(',');
  const reachable = ['127.0.0.1', ...(options.reachable ?? [])].map((host) => `EXCLUDE ${host}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1100, height: 900 },
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensions}`,
      `--load-extension=${extensions}`,
      // Nothing but the fixture servers resolves: a test can never reach the internet.
      `--host-resolver-rules=MAP * ~NOTFOUND, ${reachable}`,
    ],
  });
  const worker = await mcVerifyWorker(context);
  const extensionId = new URL(worker.url()).host;

  const open = async (url: string, prepare?: (page: Page) => Promise<void>) => {
    const page = await context.newPage();
    await prepare?.(page);
    await page.goto(url);
    return page;
  };
  const tabIdOf = async (page: Page) => {
    const url = page.url();
    const id = await worker.evaluate(async (wanted: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
    }, url);
    assert.ok(id >= 0, `no tab shows ${url}`);
    return id;
  };
  return {
    context,
    worker,
    extensionId,
    profile,
    open,
    tabIdOf,
    sidePanelFor: async (page, prepare) => open(`chrome-extension://${extensionId}/sidepanel.html?tab=${await tabIdOf(page)}`, prepare),
    fromPanel: (panel, message) => panel.evaluate((sent) => chrome.runtime.sendMessage(sent), message),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The service worker of mc-verify (its bundle is background.js), once it has started. */
async function mcVerifyWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://') && worker.url().endsWith('/background.js');
  const waiting = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 });
  const found = context.serviceWorkers().find(isOurs);
  if (!found) return waiting;
  waiting.catch(() => undefined);
  return found;
}

/**
 * Support for the demo's end-to-end suite: the built site (dist/demo) served by the demo's own
 * static server on 127.0.0.1, Debian's Chromium with every other host unresolvable and every
 * request that is not to 127.0.0.1 aborted, axe-core, and the elements' state read through their
 * shadow roots.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Verdict } from '../../components/core/index.ts';
import { startStaticServer, type StaticServer } from '../../demo/build/static-server.ts';
import { CATALOGUE_PATH, type SampleCatalogue } from '../../demo/src/samples/sample-record.ts';

export const SITE_DIR = 'dist/demo';

export function readCatalogue(): SampleCatalogue {
  return JSON.parse(readFileSync(join(SITE_DIR, CATALOGUE_PATH), 'utf8')) as SampleCatalogue;
}

export function siteFile(path: string): Buffer {
  return readFileSync(join(SITE_DIR, path));
}

export interface DemoBrowser {
  server: StaticServer;
  browser: Browser;
  /** Requests the pages tried to make to anywhere but the demo's server. */
  outside: { type: string; url: string }[];
  open(path: string, options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface PageOptions {
  width?: number;
  colorScheme?: 'light' | 'dark';
  /** Let the page use the Clipboard API. */
  clipboard?: boolean;
}

export async function startDemoBrowser(): Promise<DemoBrowser> {
  const server = await startStaticServer({ root: SITE_DIR });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const outside: { type: string; url: string }[] = [];
  const contexts: BrowserContext[] = [];
  const local = new URL(server.url).origin;
  return {
    server,
    browser,
    outside,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
        locale: 'en-GB',
        ...(options.clipboard ? { permissions: ['clipboard-read', 'clipboard-write'] } : {}),
      });
      contexts.push(context);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(`${local}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
        outside.push({ type: route.request().resourceType(), url });
        return route.abort('namenotresolved');
      });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.log(`    page error on ${path}: ${error.message}`));
      await page.goto(new URL(path, server.url).href);
      await page.waitForSelector('body[data-ready="true"]');
      return page;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await server.close();
    },
  };
}

/** The verdict `<mc-verify>` reports and the one its banner shows, for the element at `selector` (light DOM or inside `<mc-scan>`). */
export async function shownVerdict(page: Page, selector: string): Promise<{ verdict: Verdict | null; banner: string | null; title: string }> {
  return page.evaluate((hostSelector) => {
    const [outer, inner] = hostSelector.split(' >>> ');
    let element = document.querySelector(outer!);
    if (inner) element = element?.shadowRoot?.querySelector(inner) ?? null;
    const verify = element as (HTMLElement & { verdict?: string }) | null;
    const banner = verify?.shadowRoot?.querySelector<HTMLElement>('[data-verdict]');
    return {
      verdict: (verify?.verdict ?? null) as Verdict | null,
      banner: banner?.dataset.verdict ?? null,
      title: banner?.querySelector('[part~="verdict-title"]')?.textContent?.trim() ?? '',
    };
  }, selector);
}

/** Waits until the element at `selector` shows a verdict, and returns it. */
export async function waitForVerdict(page: Page, selector: string, timeoutMs = 30_000): Promise<{ verdict: Verdict | null; banner: string | null; title: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = await shownVerdict(page, selector);
    if (shown.verdict && shown.banner) return shown;
    if (Date.now() > deadline) throw new Error(`no verdict shown by ${selector} after ${timeoutMs} ms`);
    await page.waitForTimeout(100);
  }
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core's violations on the page as it is now (shadow roots included). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
}

/** Drops a file on the element at `selector` as a person dragging it from their desktop would. */
export async function dropFile(page: Page, selector: string, file: { name: string; type: string; bytes: Uint8Array }): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ name, type, base64 }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name, { type }));
    return transfer;
  }, { name: file.name, type: file.type, base64: Buffer.from(file.bytes).toString('base64') });
  const target = page.locator(selector);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

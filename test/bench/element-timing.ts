/**
 * Timing `<mc-verify src>` in Chromium. Cold: each run in a fresh browser context (empty cache), so
 * the element's first verification downloads and compiles the engine chunk. Warm: one page, the
 * engine loaded, a new element each run. Every run must end with `verified` rendered.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ElementCase } from './element-cases.ts';
import { connectAndWait, preloadDocuments, type ElementTiming } from './element-page.ts';
import type { BenchSite } from './element-server.ts';
import { median } from './timing.ts';

/** Medians over the runs, in milliseconds from appending the element. */
export interface ElementFigures {
  runs: number;
  verdictMs: number;
  renderedMs: number;
  frameMs: number;
}

export interface ColdElementFigures extends ElementFigures {
  /** From navigation to `<mc-verify>` being defined: the page and the initial bundle. */
  pageReadyMs: number;
}

export interface Watch {
  /** Uncaught errors in the page. */
  pageErrors: string[];
  /** Requests off 127.0.0.1 the browser could not make, such as images on hosts that do not resolve here. */
  failedRequests: Set<string>;
}

export function createWatch(): Watch {
  return { pageErrors: [], failedRequests: new Set() };
}

export async function measureCold(browser: Browser, site: BenchSite, cases: readonly ElementCase[], runs: number, now: string, watch: Watch): Promise<Map<string, ColdElementFigures>> {
  const samples = new Map(cases.map(({ file }) => [file, { ready: [] as number[], timings: [] as ElementTiming[] }]));
  // Round-robin over the credentials, so a slow stretch of the machine is shared among them.
  for (let run = 0; run < runs; run++) {
    for (const { file } of cases) {
      const context = await browser.newContext();
      try {
        const { page, pageReadyMs } = await openBenchPage(context, site, watch);
        samples.get(file)!.ready.push(pageReadyMs);
        samples.get(file)!.timings.push(await verifyOnce(page, site, file, now));
      } finally {
        await context.close();
      }
    }
  }
  return new Map([...samples].map(([file, { ready, timings }]) => [file, { ...figures(timings), pageReadyMs: median(ready) }]));
}

export async function measureWarm(browser: Browser, site: BenchSite, cases: readonly ElementCase[], settings: { runs: number; warmup: number }, now: string, watch: Watch): Promise<Map<string, ElementFigures>> {
  const context = await browser.newContext();
  try {
    const { page } = await openBenchPage(context, site, watch);
    for (let pass = 0; pass < settings.warmup; pass++) {
      for (const { file } of cases) await verifyOnce(page, site, file, now);
    }
    const samples = new Map(cases.map(({ file }) => [file, [] as ElementTiming[]]));
    for (let run = 0; run < settings.runs; run++) {
      for (const { file } of cases) samples.get(file)!.push(await verifyOnce(page, site, file, now));
    }
    return new Map([...samples].map(([file, timings]) => [file, figures(timings)]));
  } finally {
    await context.close();
  }
}

async function openBenchPage(context: BrowserContext, site: BenchSite, watch: Watch): Promise<{ page: Page; pageReadyMs: number }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  // Only requests off the bench's origin: Chromium also reports some that the engine read to the end as aborted.
  page.on('requestfailed', (request) => {
    if (new URL(request.url()).origin !== site.origin) watch.failedRequests.add(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  await page.goto(`${site.origin}/`);
  return { page, pageReadyMs: await page.evaluate(preloadDocuments) };
}

async function verifyOnce(page: Page, site: BenchSite, file: string, now: string): Promise<ElementTiming> {
  const timing = await page.evaluate(connectAndWait, { src: site.credentialUrl(file), now });
  if (timing.verdict !== 'verified' || timing.shown !== 'verified') throw new Error(`${file}: the element came to ${timing.verdict} and shows ${String(timing.shown)}, not verified`);
  return timing;
}

function figures(timings: readonly ElementTiming[]): ElementFigures {
  return {
    runs: timings.length,
    verdictMs: median(timings.map((timing) => timing.verdictMs)),
    renderedMs: median(timings.map((timing) => timing.renderedMs)),
    frameMs: median(timings.map((timing) => timing.frameMs)),
  };
}

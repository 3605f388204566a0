/**
 * When did every chip on a page show its verdict? A watcher in the page's main world, installed
 * before the page loads (`addInitScript`), notes the time the `expected`-th chip leaves "checking"
 * (the host's `data-state`, which the chip sets with every verdict), on the page's own clock, so
 * the time is exact rather than as coarse as polling from the test.
 */
import type { Page } from 'playwright-core';

export interface VerdictTiming {
  /** From navigation start until every chip showed a verdict, in milliseconds. */
  fromNavigationMs: number;
  /** From the end of the page's load event until then, in milliseconds. */
  fromLoadMs: number;
}

/** Plain script text: tsx's helpers for named functions do not exist in the page. */
const watcher = (expected: number) => `(() => {
  const state = { settledAt: null };
  Object.defineProperty(window, '__verdictTimer', { value: state });
  const observer = new MutationObserver(() => {
    const chips = document.querySelectorAll('mc-verify-chip');
    if (chips.length < ${expected}) return;
    for (const chip of chips) if (chip.getAttribute('data-state') === 'checking') return;
    state.settledAt = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
})();`;

/** Watches `page`, for every document it loads from now on, for `expected` chips with verdicts. */
export async function installVerdictTimer(page: Page, expected: number): Promise<void> {
  await page.addInitScript({ content: watcher(expected) });
}

/** The timing, once every chip has its verdict; null before. */
export function readVerdictTimer(page: Page): Promise<VerdictTiming | null> {
  return page.evaluate(() => {
    const state = (window as unknown as { __verdictTimer?: { settledAt: number | null } }).__verdictTimer;
    if (!state) throw new Error('no verdict timer on this page: installVerdictTimer before it loads');
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    if (state.settledAt === null || !navigation || navigation.loadEventEnd === 0) return null;
    return { fromNavigationMs: state.settledAt, fromLoadMs: state.settledAt - navigation.loadEventEnd };
  });
}

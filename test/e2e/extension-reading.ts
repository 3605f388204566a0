/**
 * Reading what the extension shows, for the end-to-end suites and the benchmark: the chips on a
 * page (their state, as the host's `data-state` says, and the link each stands next to) and the
 * side panel (its summary sentence and its entries).
 */
import type { Page } from 'playwright-core';
import { eventually } from './harness.ts';

export interface ChipSeen {
  /** The href of the link (or the src / badge id of the embed) the chip stands next to. */
  target: string;
  state: string | null;
}

/** Every chip of the extension on the page, with the link it belongs to. */
export function chips(page: Page): Promise<ChipSeen[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('mc-verify-chip')].map((chip) => {
      const before = chip.previousElementSibling;
      const target = before?.getAttribute('href') ?? before?.getAttribute('src') ?? `credly:${before?.getAttribute('data-share-badge-id') ?? ''}`;
      return { target: new URL(target, location.href).href.startsWith('http') ? new URL(target, location.href).href : target, state: chip.getAttribute('data-state') };
    }),
  );
}

/** Waits until `count` chips show a verdict, and returns them. */
export function settledChips(page: Page, count: number, timeoutMs?: number): Promise<ChipSeen[]> {
  return eventually(
    () => chips(page),
    (seen) => seen.length === count && seen.every((chip) => chip.state !== 'checking'),
    `${count} chips with verdicts on ${page.url()}`,
    timeoutMs,
  );
}

export function summaryOf(panel: Page): Promise<string> {
  return panel.locator('[data-testid="summary"]').innerText();
}

export function waitForSummary(panel: Page, expected: string): Promise<string> {
  return eventually(() => summaryOf(panel), (text) => text === expected, `the side panel summary “${expected}”`);
}

export interface PanelEntry {
  key: string;
  kind: string;
  /** The verdict of the entry's `<mc-verify>` rendering of its report. */
  rendered: string | null;
  warnings: string[];
}

/** The panel's entries. */
export function panelEntries(panel: Page): Promise<PanelEntry[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('li.entry')].map((entry) => ({
      key: entry.dataset.key ?? '',
      kind: entry.dataset.kind ?? '',
      rendered: (entry.querySelector('mc-verify') as (HTMLElement & { verdict?: string }) | null)?.verdict ?? null,
      warnings: [...entry.querySelectorAll('.claim')].map((claim) => claim.textContent?.trim() ?? ''),
    })),
  );
}

/** Waits until the panel lists `count` entries, none still being checked. */
export function checkedEntries(panel: Page, count: number, timeoutMs?: number): Promise<PanelEntry[]> {
  return eventually(() => panelEntries(panel), (list) => list.length === count && list.every((entry) => entry.kind !== 'checking'), `${count} checked entries`, timeoutMs);
}

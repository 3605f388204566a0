/** The element benchmark's figures: the section it merges into results.json, and the printed tables. */
import { cpus } from 'node:os';
import type { BundleSizes } from '../../components/mc-verify/build/bundle-sizes.ts';
import type { ElementCase } from './element-cases.ts';
import type { ColdElementFigures, ElementFigures } from './element-timing.ts';
import { kb, ms, table } from './format.ts';

export interface ElementSettings {
  /** Warm runs per credential, after `warmup` passes over all of them. */
  runs: number;
  warmup: number;
  /** Cold runs per credential, each in a fresh browser context. */
  coldRuns: number;
}

export interface ElementRow {
  label: string;
  file: string;
  cold: ColdElementFigures;
  warm: ElementFigures;
}

export interface ElementSection {
  environment: Record<string, string | number>;
  settings: ElementSettings;
  rows: ElementRow[];
  bundle: {
    budgetKb: number;
    initial: { entry: string; files: string[]; gzipKb: number; overBudget: boolean }[];
    lazy: { file: string; gzipKb: number }[];
  };
  /** Requests the browser could not make (hosts other than 127.0.0.1 do not resolve). */
  failedRequests: string[];
}

export function elementRows(cases: readonly ElementCase[], cold: ReadonlyMap<string, ColdElementFigures>, warm: ReadonlyMap<string, ElementFigures>): ElementRow[] {
  return cases.map(({ label, file }) => ({ label, file, cold: cold.get(file)!, warm: warm.get(file)! }));
}

export function elementSection(contents: { chromium: string; settings: ElementSettings; rows: ElementRow[]; bundle: BundleSizes; failedRequests: readonly string[] }): ElementSection {
  const toKb = (bytes: number) => Math.round((bytes / 1024) * 100) / 100;
  const { bundle } = contents;
  return {
    environment: { chromium: contents.chromium, node: process.version, date: new Date().toISOString(), platform: `${process.platform} ${process.arch}`, cpus: cpus().length },
    settings: contents.settings,
    rows: contents.rows,
    bundle: {
      budgetKb: bundle.budgetKb,
      initial: bundle.initial.map(({ entry, files, gzipBytes, overBudget }) => ({ entry, files, gzipKb: toKb(gzipBytes), overBudget })),
      lazy: bundle.lazy.map(({ file, gzipBytes }) => ({ file, gzipKb: toKb(gzipBytes) })),
    },
    failedRequests: [...contents.failedRequests],
  };
}

export function printElementResults(settings: ElementSettings, rows: readonly ElementRow[], bundle: BundleSizes, failedRequests: readonly string[]): void {
  console.log(`\n<mc-verify src> in Chromium, ms from appending the element: medians of ${settings.coldRuns} cold runs (fresh browser context, empty cache) and ${settings.runs} warm runs (same page, after ${settings.warmup} passes)`);
  console.log('verdict: mc-verify-complete fired; rendered: then the element updated; frame: then the next animation frame; ready: navigation until <mc-verify> is defined (page + initial bundle)\n');
  const header = ['credential', 'cold ready', 'cold verdict', 'cold rendered', 'cold frame', 'warm verdict', 'warm rendered', 'warm frame'];
  const lines = rows.map(({ label, cold, warm }) => [label, ms(cold.pageReadyMs), ms(cold.verdictMs), ms(cold.renderedMs), ms(cold.frameMs), ms(warm.verdictMs), ms(warm.renderedMs), ms(warm.frameMs)]);
  console.log(table(header, lines, 1));
  console.log(`\nbundle (gzip -9); each page's first load (an entry and its static imports) has a budget of ${bundle.budgetKb} KB:`);
  const initial = bundle.initial.map(({ entry, gzipBytes, overBudget }) => ['initial', entry, kb(gzipBytes), overBudget ? 'OVER BUDGET' : 'within budget']);
  const lazy = bundle.lazy.map(({ file, gzipBytes }) => ['lazy', file, kb(gzipBytes), '']);
  console.log(table(['load', 'file', 'gzip', 'budget'], [...initial, ...lazy], 2));
  for (const { entry, files } of bundle.initial) console.log(`${entry} first loads ${files.join(' + ')}`);
  if (failedRequests.length > 0) console.log(`\nrequests the browser could not make (only 127.0.0.1 resolves): ${failedRequests.join(', ')}`);
}

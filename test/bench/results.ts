/** The benchmark's figures: their shape, the summary medians, the printed table, results.json. */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { ColdFigures } from './cold.ts';
import type { Exclusion } from './bench-cases.ts';
import { median } from './timing.ts';

/** Product targets, checked as ratios measured within one run. */
export const TARGETS = { maxRatioToFloor: 1.5, maxRatioToVerifierCore: 1 } as const;

export interface Row {
  file: string;
  proofs: string[];
  signedDocuments: number;
  warm: { mcVerifyMs: number; floorMs: number; verifierCoreMs: number | null };
  /** mc-verify ÷ floor, the median over rounds of the ratio within the round (see ratioOfRounds). */
  ratioToFloor: number;
  /** mc-verify ÷ verifier-core, likewise: below 1 means mc-verify is faster. */
  ratioToVerifierCore: number | null;
  verifierCoreExcluded: string | null;
  cold: { mcVerify: ColdFigures; floor: ColdFigures; verifierCore: ColdFigures | null };
}

export interface Settings {
  warmup: number;
  runs: number;
  coldProcesses: number;
  /** Consecutive calls of one subject per round. */
  block: number;
}

export interface Summary {
  credentials: number;
  medianRatioToFloor: number;
  medianRatioToVerifierCore: number;
  comparedWithVerifierCore: number;
  targets: { ratioToFloorMet: boolean; fasterThanVerifierCoreMet: boolean };
  cold: {
    mcVerifyFirstMs: number;
    /** Importing the modules before the first verification (under tsx, so TypeScript is compiled too). */
    mcVerifyLoadMs: number;
    floorFirstMs: number;
    floorLoadMs: number;
    verifierCoreFirstMs: number;
    verifierCoreLoadMs: number;
    /** mc-verify cold first verification ÷ floor cold first verification, per credential, median. */
    medianRatioToFloor: number;
    medianRatioToVerifierCore: number;
  };
}

export function summarize(rows: readonly Row[]): Summary {
  const compared = rows.filter((row) => row.ratioToVerifierCore !== null);
  const withColdVerifierCore = rows.filter((row) => row.cold.verifierCore !== null);
  const medianRatioToFloor = median(rows.map((row) => row.ratioToFloor));
  const medianRatioToVerifierCore = median(compared.map((row) => row.ratioToVerifierCore!));
  return {
    credentials: rows.length,
    medianRatioToFloor,
    medianRatioToVerifierCore,
    comparedWithVerifierCore: compared.length,
    targets: {
      ratioToFloorMet: medianRatioToFloor <= TARGETS.maxRatioToFloor,
      fasterThanVerifierCoreMet: medianRatioToVerifierCore < TARGETS.maxRatioToVerifierCore,
    },
    cold: {
      mcVerifyFirstMs: median(rows.map((row) => row.cold.mcVerify.firstMs)),
      mcVerifyLoadMs: median(rows.map((row) => row.cold.mcVerify.loadMs)),
      floorFirstMs: median(rows.map((row) => row.cold.floor.firstMs)),
      floorLoadMs: median(rows.map((row) => row.cold.floor.loadMs)),
      verifierCoreFirstMs: median(withColdVerifierCore.map((row) => row.cold.verifierCore!.firstMs)),
      verifierCoreLoadMs: median(withColdVerifierCore.map((row) => row.cold.verifierCore!.loadMs)),
      medianRatioToFloor: median(rows.map((row) => row.cold.mcVerify.firstMs / row.cold.floor.firstMs)),
      medianRatioToVerifierCore: median(withColdVerifierCore.map((row) => row.cold.mcVerify.firstMs / row.cold.verifierCore!.firstMs)),
    },
  };
}

export function printResults(settings: Settings, rows: readonly Row[], summary: Summary, excluded: readonly Exclusion[], unservedRequests: readonly string[]): void {
  console.log(`warm ms: median of ${settings.runs} calls after ${settings.warmup} warm-up calls, in rounds of ${settings.block} calls per subject; ×floor, ×v-core: median over rounds of the ratio within the round`);
  console.log(`cold ms: mc-verify's first verification in a fresh process, median of ${settings.coldProcesses} processes; docs: signed documents the verdict rests on\n`);
  const header = ['credential', 'proofs', 'docs', 'warm ms', 'floor ms', '×floor', 'v-core ms', '×v-core', 'cold ms'];
  const lines = rows.map((row) => [
    shortName(row.file),
    row.proofs.join('+'),
    String(row.signedDocuments),
    ms(row.warm.mcVerifyMs),
    ms(row.warm.floorMs),
    ratio(row.ratioToFloor),
    row.warm.verifierCoreMs === null ? 'n/a' : ms(row.warm.verifierCoreMs),
    row.ratioToVerifierCore === null ? 'n/a' : ratio(row.ratioToVerifierCore),
    ms(row.cold.mcVerify.firstMs),
  ]);
  console.log(table(header, lines));
  console.log('');
  console.log(`median mc-verify ÷ floor (warm):          ${ratio(summary.medianRatioToFloor)}  target ≤ ${TARGETS.maxRatioToFloor}×: ${met(summary.targets.ratioToFloorMet)}`);
  console.log(`median mc-verify ÷ verifier-core (warm):  ${ratio(summary.medianRatioToVerifierCore)}  over ${summary.comparedWithVerifierCore} credentials, target < 1×: ${met(summary.targets.fasterThanVerifierCoreMet)}`);
  const { cold } = summary;
  console.log(`cold, first verification in a fresh process (median): mc-verify ${ms(cold.mcVerifyFirstMs)} ms, floor ${ms(cold.floorFirstMs)} ms, verifier-core ${ms(cold.verifierCoreFirstMs)} ms`);
  console.log(`cold, loading the modules before it (median, TypeScript compiled by tsx): mc-verify ${ms(cold.mcVerifyLoadMs)} ms, floor ${ms(cold.floorLoadMs)} ms, verifier-core ${ms(cold.verifierCoreLoadMs)} ms`);
  console.log(`cold ratios (median per credential): mc-verify ÷ floor ${ratio(cold.medianRatioToFloor)}, mc-verify ÷ verifier-core ${ratio(cold.medianRatioToVerifierCore)}`);
  console.log('');
  console.log('n/a under v-core:');
  for (const row of rows.filter((r) => r.verifierCoreExcluded !== null)) console.log(`  ${row.file}: ${row.verifierCoreExcluded}`);
  console.log('not benchmarked:');
  for (const { file, reason } of excluded) console.log(`  ${file}: ${reason}`);
  if (unservedRequests.length > 0) console.log(`verifier-core asked for documents the corpus lacks (served 404): ${unservedRequests.join(', ')}`);
}

export function writeResults(path: string, contents: { settings: Settings; rows: readonly Row[]; summary: Summary; excluded: readonly Exclusion[]; unservedRequests: readonly string[]; versions: Record<string, string> }): void {
  const environment = {
    node: process.version,
    date: new Date().toISOString(),
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    ...contents.versions,
  };
  const { settings, summary, rows, excluded, unservedRequests } = contents;
  writeFileSync(path, `${JSON.stringify({ environment, settings, summary, rows, excluded, verifierCore: { unservedRequests } }, null, 2)}\n`);
}

function table(header: string[], lines: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => line[i]!.length)));
  const numeric = (i: number) => i >= 2;
  const format = (cells: string[]) => cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}

/** Keeps the corpus folder and the file name of long paths. */
function shortName(file: string): string {
  const parts = file.replace(/\.json$/, '').split('/');
  return parts.length > 2 && file.length > 48 ? `${parts[0]}/…/${parts.at(-1)}` : parts.join('/');
}

function ms(value: number): string {
  return value.toFixed(2);
}

function ratio(value: number): string {
  return Number.isNaN(value) ? 'n/a' : `${value.toFixed(2)}×`;
}

function met(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

/** The engine benchmark's figures: their shape, the summary medians, the printed table, results.json. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { ColdFigures } from './cold.ts';
import type { Exclusion } from './bench-cases.ts';
import { FLOOR_FAMILIES, type FloorFamily } from './floors.ts';
import { ms, ratio, table } from './format.ts';
import { median } from './timing.ts';

/**
 * Product targets, checked as ratios measured within one run: faster than verifier-core at all
 * (the engine's goal), and at least twice as fast (the stretch goal of the proof-of-quality work).
 */
export const TARGETS = { maxRatioToFloor: 1.5, maxRatioToVerifierCore: 1, maxRatioToVerifierCoreStretch: 0.5 } as const;

export interface Row {
  file: string;
  family: FloorFamily;
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

export interface FamilySummary {
  credentials: number;
  /** Median over the family's credentials of mc-verify ÷ floor, warm. */
  medianRatioToFloor: number;
  /** Likewise for the first verification in a fresh process. */
  coldMedianRatioToFloor: number;
  /**
   * Likewise for loading the modules plus the first verification: mc-verify loads some code (jose
   * and its JWT suites, for one) on first use, which moves it from loading into the first call.
   */
  coldLoadAndFirstRatioToFloor: number;
}

export interface Summary {
  credentials: number;
  medianRatioToFloor: number;
  medianRatioToVerifierCore: number;
  comparedWithVerifierCore: number;
  targets: { ratioToFloorMet: boolean; fasterThanVerifierCoreMet: boolean; twiceAsFastAsVerifierCoreMet: boolean };
  /** The floor ratios per floor family (JSON-LD proofs, compact JWS). */
  families: Record<FloorFamily, FamilySummary>;
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
  const coldRatioToFloor = (row: Row) => row.cold.mcVerify.firstMs / row.cold.floor.firstMs;
  const loadAndFirst = ({ loadMs, firstMs }: ColdFigures) => loadMs + firstMs;
  const familySummary = (family: FloorFamily): FamilySummary => {
    const members = rows.filter((row) => row.family === family);
    return {
      credentials: members.length,
      medianRatioToFloor: median(members.map((row) => row.ratioToFloor)),
      coldMedianRatioToFloor: median(members.map(coldRatioToFloor)),
      coldLoadAndFirstRatioToFloor: median(members.map((row) => loadAndFirst(row.cold.mcVerify) / loadAndFirst(row.cold.floor))),
    };
  };
  return {
    credentials: rows.length,
    medianRatioToFloor,
    medianRatioToVerifierCore,
    comparedWithVerifierCore: compared.length,
    targets: {
      ratioToFloorMet: medianRatioToFloor <= TARGETS.maxRatioToFloor,
      fasterThanVerifierCoreMet: medianRatioToVerifierCore < TARGETS.maxRatioToVerifierCore,
      twiceAsFastAsVerifierCoreMet: medianRatioToVerifierCore <= TARGETS.maxRatioToVerifierCoreStretch,
    },
    families: Object.fromEntries(FLOOR_FAMILIES.map((family) => [family, familySummary(family)])) as Record<FloorFamily, FamilySummary>,
    cold: {
      mcVerifyFirstMs: median(rows.map((row) => row.cold.mcVerify.firstMs)),
      mcVerifyLoadMs: median(rows.map((row) => row.cold.mcVerify.loadMs)),
      floorFirstMs: median(rows.map((row) => row.cold.floor.firstMs)),
      floorLoadMs: median(rows.map((row) => row.cold.floor.loadMs)),
      verifierCoreFirstMs: median(withColdVerifierCore.map((row) => row.cold.verifierCore!.firstMs)),
      verifierCoreLoadMs: median(withColdVerifierCore.map((row) => row.cold.verifierCore!.loadMs)),
      medianRatioToFloor: median(rows.map(coldRatioToFloor)),
      medianRatioToVerifierCore: median(withColdVerifierCore.map((row) => row.cold.mcVerify.firstMs / row.cold.verifierCore!.firstMs)),
    },
  };
}

export function printResults(settings: Settings, rows: readonly Row[], summary: Summary, excluded: readonly Exclusion[], unservedRequests: readonly string[]): void {
  console.log(`warm ms: median of ${settings.runs} calls after ${settings.warmup} warm-up calls, in rounds of ${settings.block} calls per subject; ×floor, ×v-core: median over rounds of the ratio within the round`);
  console.log(`cold ms: mc-verify's first verification in a fresh process, median of ${settings.coldProcesses} processes; docs: signed documents the verdict rests on`);
  console.log('floor: json-ld = canonicalize + hash + verify each proof; jws = verify each compact JWS with jose + parse its payload\n');
  const header = ['credential', 'floor', 'proofs', 'docs', 'warm ms', 'floor ms', '×floor', 'v-core ms', '×v-core', 'cold ms', 'cold floor ms'];
  const lines = rows.map((row) => [
    shortName(row.file),
    row.family,
    row.proofs.join('+'),
    String(row.signedDocuments),
    ms(row.warm.mcVerifyMs),
    ms(row.warm.floorMs),
    ratio(row.ratioToFloor),
    row.warm.verifierCoreMs === null ? 'n/a' : ms(row.warm.verifierCoreMs),
    row.ratioToVerifierCore === null ? 'n/a' : ratio(row.ratioToVerifierCore),
    ms(row.cold.mcVerify.firstMs),
    ms(row.cold.floor.firstMs),
  ]);
  console.log(table(header, lines, 3));
  console.log('');
  console.log(`median mc-verify ÷ floor (warm):          ${ratio(summary.medianRatioToFloor)}  over ${summary.credentials} credentials, target ≤ ${TARGETS.maxRatioToFloor}×: ${met(summary.targets.ratioToFloorMet)}`);
  for (const family of FLOOR_FAMILIES) {
    const { credentials, medianRatioToFloor, coldMedianRatioToFloor, coldLoadAndFirstRatioToFloor } = summary.families[family];
    console.log(`  ${`${family}:`.padEnd(9)} warm ${ratio(medianRatioToFloor)}, cold first ${ratio(coldMedianRatioToFloor)}, cold load + first ${ratio(coldLoadAndFirstRatioToFloor)}  over ${credentials} credentials`);
  }
  console.log(`median mc-verify ÷ verifier-core (warm):  ${ratio(summary.medianRatioToVerifierCore)}  over ${summary.comparedWithVerifierCore} credentials, target < 1×: ${met(summary.targets.fasterThanVerifierCoreMet)}, stretch ≤ ${TARGETS.maxRatioToVerifierCoreStretch}× (twice as fast): ${met(summary.targets.twiceAsFastAsVerifierCoreMet)}`);
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

/** Writes the engine benchmark's sections of results.json, keeping the sections others write (`element`). */
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
  const sections = { environment, settings, summary, rows, excluded, verifierCore: { unservedRequests } };
  for (const [section, value] of Object.entries(sections)) mergeResults(path, section, value);
}

/** Sets one top-level section of a results file, leaving the others as they are. */
export function mergeResults(path: string, section: string, value: unknown): void {
  const current: unknown = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  const merged = { ...(typeof current === 'object' && current !== null && !Array.isArray(current) ? current : {}), [section]: value };
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
}

/** Keeps the corpus folder and the file name of long paths. */
function shortName(file: string): string {
  const parts = file.replace(/\.json$/, '').split('/');
  return parts.length > 2 && file.length > 48 ? `${parts[0]}/…/${parts.at(-1)}` : parts.join('/');
}

function met(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

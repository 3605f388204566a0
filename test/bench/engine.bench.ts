/**
 * The engine benchmark (`npm run bench`, before element.bench.ts). For every corpus credential
 * mc-verify verifies with a JSON-LD proof or as a compact JWS, in one run: mc-verify warm, its floor
 * warm (JSON-LD: canonicalize + hash + verify; JWS: verify + parse; nothing else),
 * @digitalcredentials/verifier-core warm where it can verify the credential, and all of them cold in
 * fresh processes. Prints a table and merges its sections into test/bench/results.json. Figures
 * are ratios within one run; no limit is asserted.
 *
 * Settings from the environment: BENCH_RUNS (200), BENCH_WARMUP (100), BENCH_COLD_PROCESSES (5).
 * Timed calls are taken in rounds of 10 per subject (see sampleInRounds).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { corpusDocuments } from '../support/corpus.ts';
import { selectBenchCases, type BenchCase } from './bench-cases.ts';
import { measureCold } from './cold.ts';
import { numberFromEnvironment } from './environment.ts';
import { printResults, summarize, writeResults, type Row, type Settings } from './results.ts';
import { createOperation, offlineFetch, type Operation, type SubjectName } from './subjects.ts';
import { medianOfRounds, ratioOfRounds, sampleInRounds } from './timing.ts';
import { runVerifierCore, verifierCoreObjection } from './verifier-core.ts';

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

const settings: Settings = {
  runs: numberFromEnvironment('BENCH_RUNS', 200),
  // jsonld's code paths take around a hundred calls to be optimized; fewer warm-up calls leave
  // the first credentials measured slower than the rest.
  warmup: numberFromEnvironment('BENCH_WARMUP', 100),
  coldProcesses: numberFromEnvironment('BENCH_COLD_PROCESSES', 5),
  block: 10,
};

const documents = corpusDocuments();
const fetchForVerifierCore = offlineFetch(documents);
const { cases, excluded } = await selectBenchCases(documents);
process.stderr.write(`${cases.length} credentials to measure\n`);

const prepared: PreparedCase[] = [];
for (const benchCase of cases) prepared.push(await prepareCase(benchCase));
// Without a pass over every case first, the first credentials measured also pay for the process
// settling in (heap growth, compiling code all cases share) and come out slower than the rest.
for (let pass = 0; pass < 20; pass++) {
  for (const { operations } of prepared) for (const operation of operations.values()) await operation();
}
const rows: Row[] = [];
for (const preparedCase of prepared) rows.push(await measureCase(preparedCase));

const summary = summarize(rows);
const unservedRequests = [...fetchForVerifierCore.missed];
printResults(settings, rows, summary, excluded, unservedRequests);
writeResults(RESULTS, { settings, rows, summary, excluded, unservedRequests, versions: packageVersions() });
console.log(`\nwritten to ${RESULTS}`);

interface PreparedCase {
  benchCase: BenchCase;
  verifierCoreExcluded: string | null;
  operations: Map<SubjectName, Operation>;
}

async function prepareCase(benchCase: BenchCase): Promise<PreparedCase> {
  const verifierCoreExcluded = benchCase.verifierCoreExcluded ?? (await verifierCoreRefusal(benchCase.bytes));
  const subjects: SubjectName[] = verifierCoreExcluded === null ? ['mc-verify', 'floor', 'verifier-core'] : ['mc-verify', 'floor'];
  const operations = new Map<SubjectName, Operation>();
  for (const subject of subjects) operations.set(subject, await createOperation(subject, benchCase.bytes, documents));
  return { benchCase, verifierCoreExcluded, operations };
}

async function measureCase({ benchCase, verifierCoreExcluded, operations }: PreparedCase): Promise<Row> {
  const samples = await sampleInRounds(operations, settings);
  const mcVerify = samples.get('mc-verify')!;
  const floor = samples.get('floor')!;
  const verifierCore = samples.get('verifier-core');
  const cold = {
    mcVerify: measureCold('mc-verify', benchCase.file, settings.coldProcesses),
    floor: measureCold('floor', benchCase.file, settings.coldProcesses),
    verifierCore: verifierCoreExcluded === null ? measureCold('verifier-core', benchCase.file, settings.coldProcesses) : null,
  };
  process.stderr.write(`measured ${benchCase.file}\n`);
  return {
    file: benchCase.file,
    family: benchCase.family,
    proofs: benchCase.proofs,
    signedDocuments: benchCase.signedDocuments,
    warm: { mcVerifyMs: medianOfRounds(mcVerify), floorMs: medianOfRounds(floor), verifierCoreMs: verifierCore ? medianOfRounds(verifierCore) : null },
    ratioToFloor: ratioOfRounds(mcVerify, floor),
    ratioToVerifierCore: verifierCore ? ratioOfRounds(mcVerify, verifierCore) : null,
    verifierCoreExcluded,
    cold,
  };
}

/** A timing of verifier-core only means something when it found the credential valid. */
async function verifierCoreRefusal(bytes: Uint8Array): Promise<string | null> {
  const objection = verifierCoreObjection(await runVerifierCore(bytes));
  return objection === null ? null : `verifier-core does not find it valid: ${objection}`;
}

function packageVersions(): Record<string, string> {
  // Read from disk: verifier-core's exports map does not export its package.json.
  const version = (name: string) => (JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
  return { jsonld: version('jsonld'), verifierCore: version('@digitalcredentials/verifier-core') };
}

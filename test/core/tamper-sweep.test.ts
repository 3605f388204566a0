/**
 * Tamper sweep: every document that comes out `verified` — each fixture issued in this run and
 * each JSON or JWT corpus credential — is changed one leaf at a time (strings, numbers, booleans,
 * inside `proof` and in `@context` too; for a JWT, the leaves of its header and payload and its
 * signature), and separately given an unknown property at the top level and inside each
 * credentialSubject. No mutant may come out `verified`. How documents are changed lives in
 * test/support/mutants.ts; test/core/formats/tamper-sweep-formats.test.ts sweeps the other formats
 * (VC-JWT, VC-JOSE, OB 2.0 signed, baked images, CLR, QR payloads) the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerifyInput, type VerifyOptions } from '../../components/core/index.ts';
import { CORPUS_CASES, CORPUS_NOW, corpusDocuments, corpusFile } from '../support/corpus.ts';
import { FixtureServer } from '../support/fixture-server.ts';
import { buildFixtures, type FixtureServers } from '../support/fixtures.ts';
import { COMPACT_JWT, jwtMutantsOf, mutantsOf, parseJsonObject, pool, type Mutant } from '../support/mutants.ts';
import type { JsonObject } from '../support/issue.ts';

interface Subject {
  name: string;
  /** A parsed JSON document, or the text of a compact JWT. */
  document: JsonObject | string;
  options: VerifyOptions;
}

interface SweepResult {
  subjects: number;
  mutants: number;
  /** `<subject> <change>` for every mutant that came out verified. */
  survivors: string[];
}

const tally = { fixtures: { subjects: 0, mutants: 0, survivors: 0 }, corpus: { subjects: 0, mutants: 0, survivors: 0, skipped: [] as string[] } };

let servers: FixtureServers;

beforeAll(async () => {
  servers = { home: await FixtureServer.start(), elsewhere: await FixtureServer.start() };
}, 60_000);

afterAll(async () => {
  await Promise.all([servers?.home.close(), servers?.elsewhere.close()]);
  const total = tally.fixtures.mutants + tally.corpus.mutants;
  const survivors = tally.fixtures.survivors + tally.corpus.survivors;
  console.log(
    `tamper sweep: ${total} mutants tried, ${survivors} came out verified — ${tally.fixtures.mutants} from ${tally.fixtures.subjects} verified fixtures, ` +
      `${tally.corpus.mutants} from ${tally.corpus.subjects} verified corpus credentials` +
      (tally.corpus.skipped.length ? ` (neither JSON nor a JWT, not swept: ${tally.corpus.skipped.join(', ')})` : ''),
  );
});

describe('tamper sweep', () => {
  it('no single-leaf change or added property to a verified fixture comes out verified', async () => {
    const fixtures = await buildFixtures(servers);
    const subjects = await verifiedOnly(fixtures.map((fixture) => ({ name: fixture.name, document: fixture.input, options: fixture.options })));
    expect(subjects.length).toBeGreaterThanOrEqual(62);
    const result = await sweep(subjects);
    tally.fixtures = { subjects: result.subjects, mutants: result.mutants, survivors: result.survivors.length };
    expect(result.survivors).toEqual([]);
  }, 180_000);

  it('no single-leaf change or added property to a verified corpus credential comes out verified', async () => {
    const documents = corpusDocuments();
    const options: VerifyOptions = { now: CORPUS_NOW, offline: true, documents };
    const candidates: Subject[] = [];
    // A hosted Open Badge 2.0 assertion is authentic only as its issuer serves it: the engine
    // verifies and shows the issuer's copy (warning HOSTED_COPY_DIFFERS when the input differs),
    // so the input's own leaves are not what is verified.
    for (const testCase of CORPUS_CASES.filter((c) => !c.proof.startsWith('hosted'))) {
      const bytes = corpusFile(testCase.file);
      const text = new TextDecoder().decode(bytes).trim();
      const document = parseJsonObject(text) ?? (COMPACT_JWT.test(text) ? text : null);
      if (document) candidates.push({ name: testCase.file, document, options });
      else if ((await verify(bytes, options)).verdict === 'verified') tally.corpus.skipped.push(testCase.file);
    }
    const subjects = await verifiedOnly(candidates);
    const result = await sweep(subjects);
    tally.corpus = { ...tally.corpus, subjects: result.subjects, mutants: result.mutants, survivors: result.survivors.length };
    expect(result.survivors).toEqual([]);
  }, 180_000);
});

async function verifiedOnly(candidates: Subject[]): Promise<Subject[]> {
  const verdicts = await Promise.all(candidates.map(async (c) => (await verify(c.document, c.options)).verdict));
  return candidates.filter((_, i) => verdicts[i] === 'verified');
}

async function sweep(subjects: readonly Subject[]): Promise<SweepResult> {
  const jobs = subjects.flatMap((subject) => {
    const mutants: Mutant<VerifyInput>[] = typeof subject.document === 'string' ? jwtMutantsOf(subject.document) : mutantsOf(subject.document);
    return mutants.map((mutant) => ({ subject, mutant }));
  });
  const survivors: string[] = [];
  await pool(jobs, 8, async ({ subject, mutant }) => {
    const report = await verify(mutant.document, subject.options);
    if (report.verdict === 'verified') survivors.push(`${subject.name} ${mutant.change}`);
  });
  return { subjects: subjects.length, mutants: jobs.length, survivors };
}

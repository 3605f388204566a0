/**
 * Tamper sweep: every document that comes out `verified` — each fixture issued in this run and
 * each JSON or JWT corpus credential — is changed one leaf at a time (strings, numbers, booleans,
 * inside `proof` and in `@context` too; for a JWT, the leaves of its header and payload and its
 * signature), given an unknown property at the top level and inside each credentialSubject, has
 * each property and array entry removed in turn and its `@context` entries reordered, and is
 * given the proof, the issuer or (for a JWT) the signature of another verified document. No
 * mutant may come out `verified`. Reordering object keys is not a change (see mutants.ts): every
 * such copy must still verify. How documents are changed lives in test/support/mutants.ts;
 * test/core/formats/tamper-sweep-formats.test.ts sweeps the other formats (VC-JWT, VC-JOSE,
 * OB 2.0 signed, baked images, CLR, QR payloads) the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerifyInput, type VerifyOptions } from '../../components/core/index.ts';
import { CORPUS_CASES, CORPUS_NOW, corpusDocuments, corpusFile } from '../support/corpus.ts';
import { FixtureServer } from '../support/fixture-server.ts';
import { buildFixtures, type FixtureServers } from '../support/fixtures.ts';
import { COMPACT_JWT, jwtMutantsOf, keysReversed, mutantsOf, parseJsonObject, signatureSwapsOf, swapMutants, sweepJobs, type Mutant, type SweepJob, type SweepOutcome } from '../support/mutants.ts';
import type { JsonObject } from '../support/issue.ts';

interface Subject {
  name: string;
  /** A parsed JSON document, or the text of a compact JWT. */
  document: JsonObject | string;
  options: VerifyOptions;
}

interface Tally {
  subjects: number;
  mutants: number;
  outcome: SweepOutcome;
}

const NOTHING: SweepOutcome = { survivors: [], equivalent: [], unsignedPresentations: [] };
const tallies = new Map<'fixtures' | 'corpus' | 'swaps', Tally>();
const notSwept: string[] = [];
const reordered = { subjects: 0, stillVerified: 0 };
/** The verified subjects of the two sweeps, for the swaps between them. */
const swept: Subject[] = [];

let servers: FixtureServers;

beforeAll(async () => {
  servers = { home: await FixtureServer.start(), elsewhere: await FixtureServer.start() };
}, 60_000);

afterAll(async () => {
  await Promise.all([servers?.home.close(), servers?.elsewhere.close()]);
  const all = [...tallies.values()];
  const sum = (pick: (t: Tally) => number) => all.reduce((total, t) => total + pick(t), 0);
  const part = (key: 'fixtures' | 'corpus' | 'swaps') => tallies.get(key) ?? { subjects: 0, mutants: 0, outcome: NOTHING };
  console.log(
    `tamper sweep: ${sum((t) => t.mutants)} mutants tried, ${sum((t) => t.outcome.survivors.length)} came out verified — ` +
      `${part('fixtures').mutants} from ${part('fixtures').subjects} verified fixtures, ${part('corpus').mutants} from ${part('corpus').subjects} verified corpus credentials, ` +
      `${part('swaps').mutants} proof, issuer and signature swaps; ${sum((t) => t.outcome.equivalent.length)} equivalent (same signed statements), ` +
      `${sum((t) => t.outcome.unsignedPresentations.length)} presentations without their own proof (verified by their credentials, flagged PRESENTATION_UNSIGNED); ` +
      `${reordered.stillVerified} of ${reordered.subjects} copies with reordered keys still verified` +
      (notSwept.length ? ` (neither JSON nor a JWT, not swept: ${notSwept.join(', ')})` : ''),
  );
});

describe('tamper sweep', () => {
  it('no verified fixture with a leaf changed, a property added or removed, or its contexts reordered comes out verified, unless it still says exactly what was signed', async () => {
    const fixtures = await buildFixtures(servers);
    const subjects = await verifiedOnly(fixtures.map((fixture) => ({ name: fixture.name, document: fixture.input, options: fixture.options })));
    expect(subjects.length).toBeGreaterThanOrEqual(62);
    const result = await sweep('fixtures', subjects);
    swept.push(...subjects);
    expect(result.survivors).toEqual([]);
  }, 180_000);

  it('no verified corpus credential with a leaf changed, a property added or removed, or its contexts reordered comes out verified, unless it still says exactly what was signed', async () => {
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
      else if ((await verify(bytes, options)).verdict === 'verified') notSwept.push(testCase.file);
    }
    const subjects = await verifiedOnly(candidates);
    const result = await sweep('corpus', subjects);
    swept.push(...subjects);
    expect(result.survivors).toEqual([]);
  }, 180_000);

  it('no verified credential given the proof or the issuer of another, and no JWT given the signature of another, comes out verified', async () => {
    expect(swept.length, 'the two sweeps above ran first').toBeGreaterThan(62);
    const documents = swept.flatMap((subject) => (typeof subject.document === 'string' ? [] : [{ subject, name: subject.name, document: subject.document }]));
    // Each credential is paired with the next two in the list — often the same issuer's other
    // scenarios, so a proof by the right key over other claims — and with one from far away.
    const others = (i: number) => [1, 2, Math.floor(documents.length / 2)].map((step) => (i + step) % documents.length).filter((j) => j !== i);
    const jobs = swapMutants(documents, others).flatMap((mutants, i) => mutants.map((mutant) => jobOf(documents[i]!.subject, mutant)));
    const tokens = swept.flatMap((subject) => (typeof subject.document === 'string' ? [{ subject, name: subject.name, token: subject.document }] : []));
    jobs.push(...signatureSwapsOf(tokens).map((mutant, i) => jobOf(tokens[i]!.subject, mutant)));
    const outcome = await sweepJobs(jobs);
    tallies.set('swaps', { subjects: documents.length + tokens.length, mutants: jobs.length, outcome });
    expect(outcome.survivors).toEqual([]);
  }, 180_000);

  it('every verified JSON credential with the keys of each object in reverse order still comes out verified, since key order carries no meaning', async () => {
    const documents = swept.filter((subject) => typeof subject.document !== 'string');
    const verdicts = await Promise.all(documents.map(async (subject) => ({ name: subject.name, verdict: (await verify(keysReversed(subject.document) as JsonObject, subject.options)).verdict })));
    Object.assign(reordered, { subjects: documents.length, stillVerified: verdicts.filter((v) => v.verdict === 'verified').length });
    expect(verdicts.filter((v) => v.verdict !== 'verified')).toEqual([]);
  }, 180_000);
});

async function verifiedOnly(candidates: Subject[]): Promise<Subject[]> {
  const verdicts = await Promise.all(candidates.map(async (c) => (await verify(c.document, c.options)).verdict));
  return candidates.filter((_, i) => verdicts[i] === 'verified');
}

async function sweep(key: 'fixtures' | 'corpus', subjects: readonly Subject[]): Promise<SweepOutcome> {
  const jobs = subjects.flatMap((subject) => {
    const mutants: Mutant<VerifyInput>[] = typeof subject.document === 'string' ? jwtMutantsOf(subject.document) : mutantsOf(subject.document);
    return mutants.map((mutant) => jobOf(subject, mutant));
  });
  const outcome = await sweepJobs(jobs);
  tallies.set(key, { subjects: subjects.length, mutants: jobs.length, outcome });
  return outcome;
}

function jobOf(subject: Subject, mutant: Mutant<VerifyInput>): SweepJob {
  return { name: subject.name, original: subject.document, options: subject.options, mutant };
}

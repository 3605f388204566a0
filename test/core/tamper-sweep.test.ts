/**
 * Tamper sweep: every document that comes out `verified` — each fixture issued in this run and
 * each JSON or JWT corpus credential — is changed one leaf at a time (strings, numbers, booleans,
 * inside `proof` and in `@context` too; for a JWT, the leaves of its header and payload and its
 * signature), and separately given an unknown property at the top level and inside each
 * credentialSubject. No mutant may come out `verified`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerifyInput, type VerifyOptions } from '../../components/core/index.ts';
import { CORPUS_CASES, CORPUS_NOW, corpusDocuments, corpusFile } from '../support/corpus.ts';
import { FixtureServer } from '../support/fixture-server.ts';
import { buildFixtures, type FixtureServers } from '../support/fixtures.ts';
import type { JsonObject } from '../support/issue.ts';

type Path = readonly (string | number)[];

interface Mutant<T = VerifyInput> {
  /** Where and how the document was changed, e.g. `proof.created: bumped its last digit`. */
  change: string;
  document: T;
}

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
    const mutants: Mutant[] = typeof subject.document === 'string' ? jwtMutantsOf(subject.document) : mutantsOf(subject.document);
    return mutants.map((mutant) => ({ subject, mutant }));
  });
  const survivors: string[] = [];
  await pool(jobs, 8, async ({ subject, mutant }) => {
    const report = await verify(mutant.document, subject.options);
    if (report.verdict === 'verified') survivors.push(`${subject.name} ${mutant.change}`);
  });
  return { subjects: subjects.length, mutants: jobs.length, survivors };
}

/** Runs `task` over `items`, at most `limit` at a time. */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

/** Every mutant of a document: each leaf changed in turn, then unknown properties added. */
function mutantsOf(document: JsonObject): Mutant<JsonObject>[] {
  const mutants: Mutant<JsonObject>[] = [];
  for (const { path, value } of leaves(document)) {
    for (const { how, to } of changes(value)) {
      mutants.push({ change: `${format(path)}: ${how}`, document: replaceAt(document, path, to) });
    }
  }
  mutants.push({ change: 'added an unknown top-level property', document: { ...document, tamperedExtraClaim: 'added after signing' } });
  for (const path of subjectPaths(document)) {
    const copy = structuredClone(document);
    const subject = at(copy, path) as JsonObject;
    subject.tamperedExtraClaim = 'added after signing';
    mutants.push({ change: `${format(path)}: added an unknown property`, document: copy });
  }
  return mutants;
}

const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * The mutants of a compact JWT: every mutant of its header and of its payload, re-encoded with
 * the original signature, and the signature itself changed like any other string.
 */
function jwtMutantsOf(jwt: string): Mutant<string>[] {
  const [header = '', payload = '', signature = ''] = jwt.split('.');
  const encode = (value: JsonObject) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const decode = (part: string) => parseJsonObject(Buffer.from(part, 'base64url').toString('utf8')) ?? {};
  return [
    ...mutantsOf(decode(header)).map((m) => ({ change: `header ${m.change}`, document: `${encode(m.document)}.${payload}.${signature}` })),
    ...mutantsOf(decode(payload)).map((m) => ({ change: `payload ${m.change}`, document: `${header}.${encode(m.document)}.${signature}` })),
    ...changes(signature).map(({ how, to }) => ({ change: `signature: ${how}`, document: `${header}.${payload}.${String(to)}` })),
  ];
}

/** The ways one leaf is changed: a string keeps its shape (one character bumped), so it stays plausible. */
function changes(value: unknown): { how: string; to: unknown }[] {
  if (typeof value === 'number') return [{ how: `${value} → ${value + 1}`, to: value + 1 }];
  if (typeof value === 'boolean') return [{ how: `${value} → ${!value}`, to: !value }];
  if (typeof value !== 'string') return [];
  const found: { how: string; to: unknown }[] = [];
  const lastDigit = lastIndexMatching(value, /[0-9]/);
  const lastLetter = lastIndexMatching(value, /[A-Za-z]/);
  if (lastDigit !== -1) found.push({ how: 'bumped its last digit', to: bumpAt(value, lastDigit) });
  if (lastLetter !== -1) found.push({ how: 'bumped its last letter', to: bumpAt(value, lastLetter) });
  if (found.length === 0) found.push({ how: 'appended a character', to: `${value}x` });
  return found;
}

function lastIndexMatching(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i;
  return -1;
}

/** Replaces one character by the next of its class: 0-9, a-z, A-Z, wrapping around. */
function bumpAt(text: string, i: number): string {
  const c = text[i]!;
  const next = c === '9' ? '0' : c === 'z' ? 'a' : c === 'Z' ? 'A' : String.fromCharCode(c.charCodeAt(0) + 1);
  return `${text.slice(0, i)}${next}${text.slice(i + 1)}`;
}

function* leaves(node: unknown, path: Path = []): Generator<{ path: Path; value: unknown }> {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) yield* leaves(child, [...path, i]);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) yield* leaves(child, [...path, key]);
  } else {
    yield { path, value: node };
  }
}

/** Paths of every credentialSubject object, including those of credentials inside a presentation. */
function subjectPaths(node: unknown, path: Path = []): Path[] {
  const found: Path[] = [];
  if (Array.isArray(node)) node.forEach((child, i) => found.push(...subjectPaths(child, [...path, i])));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'credentialSubject') {
        if (Array.isArray(child)) child.forEach((entry, i) => typeof entry === 'object' && entry !== null && found.push([...path, key, i]));
        else if (typeof child === 'object' && child !== null) found.push([...path, key]);
      } else found.push(...subjectPaths(child, [...path, key]));
    }
  }
  return found;
}

function at(node: unknown, path: Path): unknown {
  return path.reduce<unknown>((current, key) => (current as Record<string | number, unknown>)[key], node);
}

function replaceAt(document: JsonObject, path: Path, value: unknown): JsonObject {
  const copy = structuredClone(document);
  const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

function format(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || '(root)';
}

function parseJsonObject(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

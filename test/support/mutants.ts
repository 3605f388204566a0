/**
 * Mutants for tamper sweeps: a document changed one leaf at a time (strings, numbers, booleans,
 * inside `proof` and `@context` too), given an unknown property at the top level and inside each
 * credentialSubject, with each property and array entry removed in turn, and with its `@context`
 * entries reordered; a compact JWT changed the same ways in its header and payload, re-encoded
 * without re-signing, and in its signature. A string keeps its shape (one character bumped), so
 * the mutant stays plausible. Across documents: proofs swapped between credentials and issuers
 * swapped (`swapMutants`).
 *
 * Reordering the keys of a JSON object changes nothing a signature covers (RFC 8259 §4 gives
 * object members no order; RDFC and JCS both canonicalise it away), so `keysReversed` is not a
 * mutant: the sweep checks that such a copy still verifies.
 */
import { verify, type VerifyInput, type VerifyOptions } from '../../components/core/index.ts';
import { sameSignedStatements } from './equivalence.ts';
import type { JsonObject } from './issue.ts';

export type Path = readonly (string | number)[];

export interface Mutant<T> {
  /** Where and how the document was changed, e.g. `proof.created: bumped its last digit`. */
  change: string;
  document: T;
  /** For a swap: the document the proof or issuer came from. */
  donor?: T;
}

export const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Every mutant of a document: each leaf changed in turn, unknown properties added, each property
 * and array entry removed, `@context` entries reordered.
 */
export function mutantsOf(document: JsonObject): Mutant<JsonObject>[] {
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
  mutants.push(...removalsOf(document), ...contextReorderingsOf(document));
  return mutants;
}

/**
 * Each property and each array entry removed in turn, at every depth. One proof of a proof set
 * is not removed: the proofs of a set are independent (VC-DI §2.1.2), so what remains is still
 * the issuer's signed credential.
 */
export function removalsOf(document: JsonObject): Mutant<JsonObject>[] {
  const mutants: Mutant<JsonObject>[] = [];
  for (const path of memberPaths(document)) {
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1]!;
    if (typeof key === 'number' && parentPath[parentPath.length - 1] === 'proof') continue;
    const copy = structuredClone(document);
    const parent = at(copy, parentPath) as Record<string, unknown> | unknown[];
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
    mutants.push({ change: `${format(path)}: removed`, document: copy });
  }
  return mutants;
}

/** Every `@context` array of two or more entries, reversed: context order decides which term definition wins. */
export function contextReorderingsOf(document: JsonObject): Mutant<JsonObject>[] {
  const mutants: Mutant<JsonObject>[] = [];
  for (const path of memberPaths(document)) {
    const value = at(document, path);
    if (path[path.length - 1] !== '@context' || !Array.isArray(value) || value.length < 2) continue;
    const reversed = [...value].reverse();
    if (JSON.stringify(reversed) === JSON.stringify(value)) continue;
    mutants.push({ change: `${format(path)}: entries reversed`, document: replaceAt(document, path, reversed) });
  }
  return mutants;
}

/** The document with the keys of every object in reverse order: the same JSON value. */
export function keysReversed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(keysReversed);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).reverse().map(([key, child]) => [key, keysReversed(child)]));
}

/**
 * Mutants made across documents: each document with the proof of another document, and with the
 * issuer of another document whose issuer differs. `others(i)` names the documents paired with
 * document `i`.
 */
export function swapMutants(documents: readonly { name: string; document: JsonObject }[], others: (i: number) => readonly number[]): Mutant<JsonObject>[][] {
  return documents.map(({ document }, i) => {
    const mutants: Mutant<JsonObject>[] = [];
    for (const j of others(i)) {
      const other = documents[j]!;
      if (other.document.proof !== undefined && JSON.stringify(other.document.proof) !== JSON.stringify(document.proof)) {
        mutants.push({ change: `proof of ${other.name}`, document: { ...document, proof: structuredClone(other.document.proof) }, donor: other.document });
      }
      if (other.document.issuer !== undefined && issuerId(other.document.issuer) !== issuerId(document.issuer)) {
        mutants.push({ change: `issuer of ${other.name}`, document: { ...document, issuer: structuredClone(other.document.issuer) }, donor: other.document });
      }
    }
    return mutants;
  });
}

/** The header and payload of one compact JWT with the signature of another. */
export function signatureSwapsOf(tokens: readonly { name: string; token: string }[]): Mutant<string>[] {
  return tokens.flatMap(({ token }, i) => {
    const other = tokens[(i + 1) % tokens.length]!;
    const [header = '', payload = ''] = token.split('.');
    const signature = other.token.split('.')[2] ?? '';
    return other.token === token ? [] : [{ change: `signature of ${other.name}`, document: `${header}.${payload}.${signature}` }];
  });
}

function issuerId(issuer: unknown): unknown {
  return typeof issuer === 'object' && issuer !== null ? (issuer as Record<string, unknown>).id : issuer;
}

/**
 * The mutants of a compact JWT: every mutant of its header and of its payload, re-encoded with
 * the original signature, and the signature itself changed like any other string.
 */
export function jwtMutantsOf(jwt: string): Mutant<string>[] {
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
export function changes(value: unknown): { how: string; to: unknown }[] {
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

/** Paths of every object member and array entry, at every depth. */
function memberPaths(node: unknown, path: Path = []): Path[] {
  if (typeof node !== 'object' || node === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(node) ? [...node.entries()] : Object.entries(node);
  return entries.flatMap(([key, child]) => [[...path, key], ...memberPaths(child, [...path, key])]);
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

export function parseJsonObject(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

export interface SweepJob {
  name: string;
  /** The verified input the mutant was made from. */
  original: VerifyInput;
  options: VerifyOptions;
  mutant: Mutant<VerifyInput>;
}

export interface SweepOutcome {
  /** `<subject> <change>` for every mutant that came out verified while saying something else. */
  survivors: string[];
  /** Verified mutants that say exactly what a verified original says (see equivalence.ts). */
  equivalent: string[];
  /** Presentations whose own proof was removed: verified by their credentials, flagged unsigned. */
  unsignedPresentations: string[];
}

/** Verifies every mutant, 8 at a time, and sorts out those that came out verified. */
export async function sweepJobs(jobs: readonly SweepJob[]): Promise<SweepOutcome> {
  const outcome: SweepOutcome = { survivors: [], equivalent: [], unsignedPresentations: [] };
  await pool(jobs, 8, async (job) => {
    const report = await verify(job.mutant.document, job.options);
    if (report.verdict !== 'verified') return;
    const label = `${job.name} ${job.mutant.change}`;
    if (await saysTheSame(job)) outcome.equivalent.push(label);
    else if (job.mutant.change.endsWith('proof: removed') && report.warnings.some((w) => w.code === 'PRESENTATION_UNSIGNED')) outcome.unsignedPresentations.push(label);
    else outcome.survivors.push(label);
  });
  return outcome;
}

async function saysTheSame({ original, options, mutant }: SweepJob): Promise<boolean> {
  if (!isJsonObject(mutant.document)) return false;
  for (const candidate of [original, mutant.donor]) {
    if (isJsonObject(candidate) && (await sameSignedStatements(candidate, mutant.document, options.documents))) return true;
  }
  return false;
}

function isJsonObject(value: VerifyInput | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer) && !(value instanceof URL) && !Array.isArray(value);
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

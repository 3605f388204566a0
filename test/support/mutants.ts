/**
 * Mutants for tamper sweeps: a document changed one leaf at a time (strings, numbers, booleans,
 * inside `proof` and `@context` too), and given an unknown property at the top level and inside
 * each credentialSubject; a compact JWT changed in the leaves of its header and payload,
 * re-encoded without re-signing, and in its signature. A string keeps its shape (one character
 * bumped), so the mutant stays plausible.
 */
import type { JsonObject } from './issue.ts';

export type Path = readonly (string | number)[];

export interface Mutant<T> {
  /** Where and how the document was changed, e.g. `proof.created: bumped its last digit`. */
  change: string;
  document: T;
}

export const COMPACT_JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Every mutant of a document: each leaf changed in turn, then unknown properties added. */
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
  return mutants;
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

/** Runs `task` over `items`, at most `limit` at a time. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

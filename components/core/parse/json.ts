/**
 * JSON within bounds: a size cap, a nesting cap checked before parsing (so a hostile document
 * cannot exhaust the parser's stack) and a node-count cap for already-parsed objects.
 */
import { problem, type Problem } from '../problems.ts';

export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
  maxNodes: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = {
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 64,
  maxNodes: 200_000,
};

export type JsonOutcome = { ok: true; value: unknown } | { ok: false; problem: Problem };

const decoder = new TextDecoder('utf-8', { fatal: false });

export function decodeUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Parses JSON text, refusing text over the size or nesting limits before the parser sees it. */
export function parseJson(text: string, limits: JsonLimits = DEFAULT_JSON_LIMITS, what = 'the input'): JsonOutcome {
  if (text.length > limits.maxBytes) {
    return { ok: false, problem: problem('INPUT_TOO_LARGE', `${what} has ${text.length} characters; the limit is ${limits.maxBytes}`) };
  }
  const depth = maxNesting(text, limits.maxDepth);
  if (depth > limits.maxDepth) {
    return { ok: false, problem: problem('INPUT_TOO_DEEP', `${what} nests deeper than ${limits.maxDepth} levels`) };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: problem('INPUT_NOT_JSON', `${what} is not valid JSON (${reason})`) };
  }
}

/**
 * Checks an already-parsed value (a caller's object) against the same limits, without recursion.
 * Only an object that contains itself is a cycle; one used twice in the tree is fine, as
 * JSON.stringify would simply write it twice.
 */
export function checkJsonValue(value: unknown, limits: JsonLimits = DEFAULT_JSON_LIMITS, what = 'the input'): Problem | null {
  // Entries are values to enter, or the object being left once its children are done.
  const stack: ({ enter: unknown; depth: number } | { leave: object })[] = [{ enter: value, depth: 0 }];
  const onPath = new Set<object>();
  let nodes = 0;
  let characters = 0;
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if ('leave' in entry) {
      onPath.delete(entry.leave);
      continue;
    }
    const { enter: node, depth } = entry;
    if (++nodes > limits.maxNodes) return problem('INPUT_TOO_LARGE', `${what} has more than ${limits.maxNodes} values`);
    if (typeof node === 'string') characters += node.length;
    if (characters > limits.maxBytes) return problem('INPUT_TOO_LARGE', `${what} holds more than ${limits.maxBytes} characters of text`);
    if (node === null || typeof node !== 'object') continue;
    if (onPath.has(node)) return problem('INPUT_NOT_JSON', `${what} contains a cycle: an object that contains itself`);
    if (depth >= limits.maxDepth) return problem('INPUT_TOO_DEEP', `${what} nests deeper than ${limits.maxDepth} levels`);
    onPath.add(node);
    stack.push({ leave: node });
    const entries = Array.isArray(node) ? node.map((child) => ['', child] as const) : Object.entries(node);
    for (const [key, child] of entries) {
      characters += key.length;
      stack.push({ enter: child, depth: depth + 1 });
    }
  }
  return null;
}

/** The deepest bracket nesting in JSON text, ignoring brackets inside strings; stops early past `limit`. */
function maxNesting(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return deepest;
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON-LD's "one or many": a missing value is none, a single value is a list of one. */
export function asArray(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** The strings of a `type` value, which may be one string or a list. */
export function typeList(value: unknown): string[] {
  return asArray(value).filter((entry): entry is string => typeof entry === 'string');
}

/** An absolute URL or URN as a JSON-LD identifier: a scheme, a colon, no whitespace. */
export function isAbsoluteUrl(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);
}

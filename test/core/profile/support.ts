/**
 * Helpers for the EU profile tests: corpus documents (read-only), element look-ups, and a small
 * JSONPath reader to check that every reported path points at a value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { profileElement, type ElementEntry, type ElementId, type ElementValue, type EuProfile } from '../../../components/core/profile/index.ts';

export const EU_CORPUS = fileURLToPath(new URL('../../../../shared/corpus/eu/', import.meta.url));

export function corpusJson(file: string): JsonObject {
  return JSON.parse(readFileSync(join(EU_CORPUS, file), 'utf8')) as JsonObject;
}

/** The credential inside an EDC JAdES envelope (JWS JSON general serialization, unencoded payload). */
export function edcPayload(file: string): JsonObject {
  const envelope = corpusJson(file);
  if (typeof envelope.payload !== 'string') throw new Error(`${file} has no string payload`);
  return JSON.parse(envelope.payload) as JsonObject;
}

export function entries(profile: EuProfile, id: ElementId): ElementEntry[] {
  return profileElement(profile, id).values;
}

export function valuesOf<K extends ElementValue['kind']>(profile: EuProfile, id: ElementId, kind: K): Extract<ElementValue, { kind: K }>[] {
  return entries(profile, id)
    .map((entry) => entry.value)
    .filter((value): value is Extract<ElementValue, { kind: K }> => value.kind === kind);
}

export function codes(profile: EuProfile): string[] {
  return profile.warnings.map((warning) => warning.code);
}

/** Reads a path of the form `$.a.b[0]['c:d']` in a document. */
export function readPath(document: unknown, path: string): unknown {
  if (!path.startsWith('$')) throw new Error(`not a path: ${path}`);
  const token = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['((?:[^'\\]|\\.)*)'\]/y;
  let position = 1;
  let current: unknown = document;
  while (position < path.length) {
    token.lastIndex = position;
    const match = token.exec(path);
    if (!match) throw new Error(`cannot read ${path} at ${position}`);
    position = token.lastIndex;
    const key = match[1] ?? match[2] ?? match[3]!.replace(/\\(.)/g, '$1');
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

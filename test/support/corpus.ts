/**
 * The shared conformance corpus at ../shared/corpus: its cases, its instant `now`, and its
 * documents (url-map.json) loaded as an offline documents map.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Verdict } from '../../components/core/index.ts';
import { extractFromPng } from '../../components/core/parse/baked-png.ts';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

export interface CorpusCase {
  file: string;
  expect: Verdict;
  accept: Verdict[];
  strict: boolean;
  note?: string;
  format: string;
  proof: string;
}

interface CasesFile {
  now: string;
  documents: string;
  cases: CorpusCase[];
}

const casesFile = JSON.parse(readFileSync(join(CORPUS, 'cases.json'), 'utf8')) as CasesFile;

export const CORPUS_NOW = casesFile.now;
export const CORPUS_CASES: readonly CorpusCase[] = casesFile.cases;

/** Every document url-map.json names, parsed as JSON where it is JSON and kept as bytes otherwise. */
export function corpusDocuments(): Map<string, unknown> {
  const map = JSON.parse(readFileSync(join(CORPUS, casesFile.documents), 'utf8')) as Record<string, string>;
  const documents = new Map<string, unknown>();
  for (const [key, file] of Object.entries(map)) {
    const bytes = readFileSync(join(CORPUS, file));
    try {
      documents.set(key, JSON.parse(bytes.toString('utf8')));
    } catch {
      documents.set(key, new Uint8Array(bytes));
    }
  }
  return documents;
}

export function corpusFile(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(CORPUS, file)));
}

/**
 * The corpus rules: a case expecting anything but `verified` never comes out `verified`; a strict
 * case lands in its accept list; a non-strict one lands there or is honestly `unverifiable`.
 */
export function meetsRules(testCase: CorpusCase, verdict: Verdict): boolean {
  if (testCase.expect !== 'verified' && verdict === 'verified') return false;
  if (testCase.accept.includes(verdict)) return true;
  return !testCase.strict && verdict === 'unverifiable';
}

/** The Open Badges 2.0 assertion a corpus file carries, as JSON or baked into a PNG, if any. */
export async function hostedAssertionIn(file: string, bytes: Uint8Array): Promise<Record<string, unknown> | null> {
  let text: string | null = new TextDecoder().decode(bytes);
  if (file.endsWith('.png')) {
    const baked = await extractFromPng(bytes);
    text = baked && 'text' in baked ? baked.text : null;
  }
  if (text === null || !text.trim().startsWith('{')) return null;
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

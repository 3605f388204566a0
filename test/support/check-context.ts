/**
 * Builds what a check's `run` receives, the way verify.ts does, but offline and with a fixed
 * clock: an Environment over a preloaded document source (nothing is ever fetched), the real
 * canonicalization with the pinned-context loader, and a parsed subject.
 *
 * @example
 * ```ts
 * const outcome = await runCheck(validityPeriod, credential, { now: '2026-01-01T00:00:00Z' });
 * expect(outcome.status).toBe('failed');
 * ```
 */
import type { Check, CheckContext, CheckOutcome, Environment, Facts } from '../../components/core/checks/check.ts';
import { createDocumentSource } from '../../components/core/fetch/documents.ts';
import type { FetchLike } from '../../components/core/fetch/fetch-bytes.ts';
import { resolveOptions, type VerifyOptions } from '../../components/core/options.ts';
import { parseValue, type ParseOutcome } from '../../components/core/parse/parse-input.ts';
import type { ProblemCode } from '../../components/core/problems.ts';
import { createContextLoader } from '../../components/core/resolve/context-loader.ts';
import { createCanonize } from '../../components/core/suites/canonize.ts';
import { verify } from '../../components/core/verify.ts';
import type { VerifyInput } from '../../components/core/parse/parse-input.ts';
import { CORPUS_NOW } from './corpus.ts';

/** The instant checks are judged at unless a test says otherwise: the corpus instant. */
export const TEST_NOW = CORPUS_NOW;

/** Offline means the fetch is never called; if it were, the test would fail loudly. */
export const refuseNetwork: FetchLike = () => Promise.reject(new Error('unit tests never reach the network'));

export interface TestContextOptions {
  now?: string | number;
  clockSkewSeconds?: number;
  /** Preloaded documents by URL or DID, as for `verify`. */
  documents?: VerifyOptions['documents'];
  /** Trust lists as parsed JSON, as for `verify` (read and reported the same way). */
  trust?: VerifyOptions['trust'];
  recipient?: string;
  challenge?: string;
  domain?: string;
  /** 0 for the input itself; 1 for a document verified on its behalf. */
  depth?: number;
  /** What earlier checks established. */
  facts?: Facts;
  /**
   * How documents fetched on the credential's behalf (status lists) are verified. Default: the real
   * pipeline, offline, with the same clock and documents (its verified proofs are not passed on).
   */
  verifyDocument?: Environment['verifyDocument'];
}

/** The options `verify` would be called with for the same test setup. */
export function verifyOptions(options: TestContextOptions = {}): VerifyOptions {
  const result: VerifyOptions = { now: options.now ?? TEST_NOW, offline: true, fetch: refuseNetwork };
  if (options.clockSkewSeconds !== undefined) result.clockSkewSeconds = options.clockSkewSeconds;
  if (options.documents !== undefined) result.documents = options.documents;
  if (options.trust !== undefined) result.trust = options.trust;
  if (options.recipient !== undefined) result.recipient = options.recipient;
  if (options.challenge !== undefined) result.challenge = options.challenge;
  if (options.domain !== undefined) result.domain = options.domain;
  return result;
}

export function testEnvironment(options: TestContextOptions = {}): Environment {
  const resolved = resolveOptions(verifyOptions(options));
  const documents = createDocumentSource({
    documents: resolved.documents,
    offline: true,
    fetch: refuseNetwork,
    policy: resolved.policy,
    limits: resolved.limits,
    json: resolved.json,
  });
  const parseContext = { documents, limits: resolved.json };
  return {
    now: resolved.now,
    clockSkewMs: resolved.clockSkewMs,
    documents,
    canonize: createCanonize(createContextLoader(documents)),
    trust: resolved.trust,
    trustProblems: resolved.trustProblems,
    recipient: resolved.recipient,
    challenge: resolved.challenge,
    domain: resolved.domain,
    depth: options.depth ?? 0,
    parse: (value) => parseValue(value, parseContext),
    verifyDocument: options.verifyDocument ?? (async (document) => ({ report: await verify(document as VerifyInput, verifyOptions(options)), verifiedProofs: [] })),
  };
}

/** A check context for a document, recognised the way the pipeline recognises parsed input. */
export async function checkContext(document: unknown, options: TestContextOptions = {}): Promise<CheckContext> {
  const env = testEnvironment(options);
  return { parsed: await env.parse(document), env, facts: options.facts ?? {} };
}

/** A check context for an already-made parse outcome (for the parse check itself). */
export function contextFor(parsed: ParseOutcome, options: TestContextOptions = {}): CheckContext {
  return { parsed, env: testEnvironment(options), facts: options.facts ?? {} };
}

/** Runs one check on a document, as the pipeline would once the checks it requires had passed. */
export async function runCheck(check: Check, document: unknown, options: TestContextOptions = {}): Promise<CheckOutcome> {
  return check.run(await checkContext(document, options));
}

/** The problem codes of an outcome, in order. */
export function codes(outcome: Pick<CheckOutcome, 'problems'>): ProblemCode[] {
  return (outcome.problems ?? []).map((p) => p.code);
}

/** The warning codes of an outcome, in order. */
export function warningCodes(outcome: Pick<CheckOutcome, 'warnings'>): ProblemCode[] {
  return (outcome.warnings ?? []).map((p) => p.code);
}

/** A deep copy of a JSON document, so a test can alter a fixture without touching the original. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

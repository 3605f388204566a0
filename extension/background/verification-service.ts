/**
 * The one place the extension verifies: the engine's `verify`, under the engine's URL policy
 * (https only, no private hosts; loopback only in the TEST build), with a cache of verdicts keyed
 * by the normalised URL, one verification per key at a time (callers asking for the same key share
 * it), and a limit on how many run at once.
 */
import { unreadableInputReport, verify as engineVerify, type FetchLike, type VerificationReport, type VerifyInput, type VerifyOptions } from '../../components/core/index.ts';
import type { CheckedCredential, CheckedInput } from '../messaging/protocol.ts';
import { createConcurrencyLimit } from './concurrency-limit.ts';
import { createVerdictCache, type VerdictCacheOptions } from './verdict-cache.ts';

/** Verifications at once, unless the options say otherwise. */
export const DEFAULT_CONCURRENCY = 4;

export type VerifyFunction = (input: VerifyInput, options: VerifyOptions) => Promise<VerificationReport>;

export interface VerificationServiceOptions {
  /** The engine's `allowLoopback`: false in every build but the TEST build. */
  allowLoopback: boolean;
  /** Verifications at once. Default: {@link DEFAULT_CONCURRENCY}. */
  concurrency?: number;
  cache?: Partial<VerdictCacheOptions>;
  /** The engine's `verify`; replaceable in tests. */
  verify?: VerifyFunction;
  fetch?: FetchLike;
  /** Time limit for each retrieval, in milliseconds. Default: the engine's (10 s). */
  timeoutMs?: number;
  now?: () => number;
  /** The trust lists to verify with, as the engine takes them (`{ name, document }`). */
  trust?: () => Promise<readonly unknown[]>;
}

export interface CheckOptions {
  /** Ignore a cached verdict and verify again. */
  fresh?: boolean;
}

export interface VerificationService {
  /** The credential at a normalised URL (a link, or an image to unbake). */
  checkUrl(url: string, as: 'url' | 'image', options?: CheckOptions): Promise<CheckedCredential>;
  /** Bytes or text (an image given as data, a QR code's text), cached under `key`. */
  checkInput(key: string, input: VerifyInput, checkedInput: CheckedInput, options?: CheckOptions): Promise<CheckedCredential>;
  /** A fresh cached verdict, if there is one. */
  cached(key: string): CheckedCredential | undefined;
  /** Forgets every verdict (the trust lists changed). */
  clear(): void;
  /** Verifications running now, and waiting for a slot. */
  readonly running: number;
  readonly waiting: number;
}

const DEFAULT_CACHE: VerdictCacheOptions = {
  ttlMs: 15 * 60_000,
  unverifiableTtlMs: 60_000,
  maxEntries: 500,
  now: Date.now,
};

export function createVerificationService(options: VerificationServiceOptions): VerificationService {
  const now = options.now ?? Date.now;
  const verify = options.verify ?? engineVerify;
  const limit = createConcurrencyLimit(options.concurrency ?? DEFAULT_CONCURRENCY);
  const cache = createVerdictCache({ ...DEFAULT_CACHE, now, ...options.cache });
  const inFlight = new Map<string, Promise<CheckedCredential>>();

  async function verifyNow(input: VerifyInput, checkedInput: CheckedInput): Promise<CheckedCredential> {
    const verifyOptions: VerifyOptions = { allowLoopback: options.allowLoopback, now: now(), trust: [...((await options.trust?.()) ?? [])] };
    if (options.fetch) verifyOptions.fetch = options.fetch;
    if (options.timeoutMs !== undefined) verifyOptions.timeoutMs = options.timeoutMs;
    let report: VerificationReport;
    try {
      report = await verify(input, verifyOptions);
    } catch (error) {
      // The engine reports bad input rather than throwing; a throw is a fault, shown as "could not verify".
      const detail = `the verification stopped: ${error instanceof Error ? error.message : String(error)}`;
      report = await unreadableInputReport(detail, checkedInput.kind === 'qr-text' ? { kind: 'text' } : { kind: 'url', url: checkedInput.url });
    }
    return { input: checkedInput, report, verifiedAt: new Date(now()).toISOString() };
  }

  function check(key: string, input: VerifyInput, checkedInput: CheckedInput, { fresh = false }: CheckOptions = {}): Promise<CheckedCredential> {
    if (!fresh) {
      const hit = cache.get(key);
      if (hit) return Promise.resolve(hit);
    }
    // A verification already under way is as fresh as a new one would be.
    const pending = inFlight.get(key);
    if (pending) return pending;
    const started = limit
      .run(() => verifyNow(input, checkedInput))
      .then((checked) => {
        cache.set(key, checked);
        return checked;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, started);
    return started;
  }

  return {
    checkUrl: (url, as, checkOptions) => check(url, url, as === 'image' ? { kind: 'image', url } : { kind: 'url', url }, checkOptions),
    checkInput: check,
    cached: (key) => cache.get(key),
    clear: () => cache.clear(),
    get running() {
      return limit.active;
    },
    get waiting() {
      return limit.waiting;
    },
  };
}

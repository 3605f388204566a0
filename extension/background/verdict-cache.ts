/**
 * Verdicts by key (the normalised credential URL), each kept with the time it was reached. Entries
 * expire: a revocation or a repaired server should show within minutes, and an answer of "could not
 * verify" (usually the network) sooner. The oldest entries go first when the cache is full.
 */
import type { CheckedCredential } from '../messaging/protocol.ts';

export interface VerdictCacheOptions {
  /** How long a verdict is reused, in milliseconds. */
  ttlMs: number;
  /** How long an `unverifiable` verdict is reused, in milliseconds. */
  unverifiableTtlMs: number;
  /** How many verdicts are kept. */
  maxEntries: number;
  now: () => number;
}

export interface VerdictCache {
  get(key: string): CheckedCredential | undefined;
  set(key: string, checked: CheckedCredential): void;
  delete(key: string): void;
  clear(): void;
  readonly size: number;
}

export function createVerdictCache(options: VerdictCacheOptions): VerdictCache {
  const entries = new Map<string, { checked: CheckedCredential; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= options.now()) {
        entries.delete(key);
        return undefined;
      }
      // Map order is insertion order: re-inserting marks the entry as recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry.checked;
    },
    set(key, checked) {
      const ttl = checked.report.verdict === 'unverifiable' ? options.unverifiableTtlMs : options.ttlMs;
      entries.delete(key);
      entries.set(key, { checked, expires: options.now() + ttl });
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value;
        if (oldest === undefined) break;
        entries.delete(oldest);
      }
    },
    delete(key) {
      entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

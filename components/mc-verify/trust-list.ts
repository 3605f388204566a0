/**
 * Trust lists named by URL in the `trust` attribute: fetched once per page and shared by every
 * element that names the same list.
 */
import type { FetchLike } from '../core/index.ts';

/** A trust list as `verify` takes it: named after the list's own `name`, or the host it came from. */
export interface NamedTrustList {
  name: string;
  document: unknown;
}

/** Largest trust list accepted; registries are kilobytes. */
const MAX_TRUST_LIST_BYTES = 5 * 1024 * 1024;

const cache = new Map<string, Promise<NamedTrustList>>();

/** Fetches and parses a trust list; rejects when it cannot be retrieved or is not JSON. */
export function loadTrustList(url: string, fetcher: FetchLike): Promise<NamedTrustList> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchTrustList(url, fetcher);
    // A failure is not cached: the next element (or a retry) asks again.
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending;
}

async function fetchTrustList(url: string, fetcher: FetchLike): Promise<NamedTrustList> {
  const response = await fetcher(url, { headers: { accept: 'application/json' }, credentials: 'omit', redirect: 'follow' });
  if (!response.ok) throw new Error(`the trust list ${url} answered ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_TRUST_LIST_BYTES) throw new Error(`the trust list ${url} is larger than ${MAX_TRUST_LIST_BYTES} bytes`);
  const document: unknown = JSON.parse(text);
  const own = typeof document === 'object' && document !== null && 'name' in document ? (document as { name: unknown }).name : undefined;
  return { name: typeof own === 'string' ? own : new URL(url).host, document };
}

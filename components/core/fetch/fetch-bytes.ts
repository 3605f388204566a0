/**
 * One HTTP GET under the URL policy: timeouts, a byte cap, a limited number of redirects (each
 * hop re-checked), no cookies, no referrer.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { readCapped } from './read-capped.ts';
import { checkUrl, type UrlPolicy } from './url-policy.ts';

/** The subset of `fetch` the engine uses; inject your own to route or record requests. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export { JSON_ACCEPT } from './media-types.ts';

export interface FetchRequest {
  url: string;
  fetch: FetchLike;
  policy: UrlPolicy;
  limits: FetchLimits;
  accept: string;
  signal?: AbortSignal | undefined;
}

export type FetchOutcome =
  | { ok: true; url: string; status: number; contentType: string; bytes: Uint8Array }
  | { ok: false; problem: Problem; status?: number };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export async function fetchBytes(request: FetchRequest): Promise<FetchOutcome> {
  const { limits } = request;
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let current = request.url;
  try {
    for (let hop = 0; hop <= limits.maxRedirects; hop++) {
      const allowed = checkUrl(current, request.policy);
      if (!(allowed instanceof URL)) return { ok: false, problem: allowed };
      let response = await request.fetch(allowed.href, init(request.accept, signal, 'manual'));
      if (response.type === 'opaqueredirect') {
        // Browsers hide redirect targets from scripts; follow, then judge where we landed.
        response = await request.fetch(allowed.href, init(request.accept, signal, 'follow'));
        const landed = checkUrl(response.url || allowed.href, request.policy);
        if (!(landed instanceof URL)) return { ok: false, problem: landed };
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) {
          return fail('FETCH_HTTP_ERROR', `${quote(current)} redirected (${response.status}) without a Location`, response.status);
        }
        current = new URL(location, allowed).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return fail('FETCH_HTTP_ERROR', `${quote(current)} answered HTTP ${response.status}`, response.status);
      }
      const bytes = await readBody(response, limits.maxBytes);
      if (bytes === null) {
        return fail('FETCH_TOO_LARGE', `${quote(current)} is larger than ${limits.maxBytes} bytes`);
      }
      return {
        ok: true,
        url: response.url || current,
        status: response.status,
        contentType: (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase(),
        bytes,
      };
    }
    return fail('FETCH_TOO_MANY_REDIRECTS', `${quote(request.url)} redirected more than ${limits.maxRedirects} times`);
  } catch (error) {
    if (timeout.aborted) {
      return fail('FETCH_TIMEOUT', `${quote(current)} did not answer within ${limits.timeoutMs} ms`);
    }
    if (request.signal?.aborted) {
      return fail('VERIFICATION_ABORTED', `retrieving ${quote(current)} was cancelled`);
    }
    return fail('FETCH_FAILED', `${quote(current)} could not be retrieved (${describe(error)})`);
  }
}

function init(accept: string, signal: AbortSignal, redirect: RequestRedirect): RequestInit {
  return {
    method: 'GET',
    headers: { accept },
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    redirect,
    signal,
  };
}

function fail(code: Problem['code'], detail: string, status?: number): FetchOutcome {
  return status === undefined ? { ok: false, problem: problem(code, detail) } : { ok: false, problem: problem(code, detail), status };
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    return buffer.byteLength > maxBytes ? null : buffer;
  }
  return readCapped(response.body, maxBytes);
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
  }
  return String(error);
}

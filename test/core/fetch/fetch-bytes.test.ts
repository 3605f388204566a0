/**
 * One GET under the URL policy, against a real HTTP server on 127.0.0.1: the Accept header, no
 * cookies or credentials, timeouts, the byte cap, redirects (each hop re-checked) and cancellation.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fetchBytes, JSON_ACCEPT, type FetchLike, type FetchLimits, type FetchOutcome, type FetchRequest } from '../../../components/core/fetch/fetch-bytes.ts';
import { drip, json, redirect, silent, startLocalServer, text, type LocalServer } from './local-http-server.ts';

const LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 1024, maxRedirects: 3 };

let server: LocalServer;
/** Every URL the engine asked the injected fetch for, in order. */
let fetched: string[];
const recordingFetch: FetchLike = (url, init) => {
  fetched.push(url);
  return globalThis.fetch(url, init);
};

beforeEach(async () => {
  server = await startLocalServer();
  fetched = [];
});

afterEach(async () => {
  await server.close();
});

function get(path: string, overrides: Partial<FetchRequest> = {}): Promise<FetchOutcome> {
  return fetchBytes({
    url: server.url(path),
    fetch: recordingFetch,
    policy: { allowLoopback: true },
    limits: LIMITS,
    accept: JSON_ACCEPT,
    ...overrides,
  });
}

function failure(outcome: FetchOutcome): { code: string; detail: string; status: number | undefined } {
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.status} with ${outcome.bytes.byteLength} bytes`);
  return { code: outcome.problem.code, detail: outcome.problem.detail, status: outcome.status };
}

function body(outcome: FetchOutcome): string {
  if (!outcome.ok) throw new Error(`expected a body, got ${outcome.problem.code}: ${outcome.problem.detail}`);
  return new TextDecoder().decode(outcome.bytes);
}

/** Follows `hops` redirects (/hop/N → /hop/N-1 → ... → /hop/0) and ends in a JSON document. */
function redirectChain(hops: number): void {
  for (let n = hops; n > 0; n--) server.route(`/hop/${n}`, redirect(`/hop/${n - 1}`));
  server.route('/hop/0', json({ landed: true }));
}

describe('fetchBytes request headers', () => {
  it('asks for JSON-LD or JSON with Accept: application/ld+json, application/json', async () => {
    server.route('/doc', json({ ok: true }));
    await get('/doc');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers.accept).toBe('application/ld+json, application/json');
    expect(JSON_ACCEPT).toBe('application/ld+json, application/json');
  });

  it('uses GET', async () => {
    server.route('/doc', json({ ok: true }));
    await get('/doc');
    expect(server.requests[0]!.method).toBe('GET');
  });

  it('sends no cookie, authorization or referer header, even after the server has set a cookie', async () => {
    server.route('/login', (_request, response) => {
      response.writeHead(302, { location: '/doc', 'set-cookie': 'session=secret; Path=/' }).end();
    });
    server.route('/doc', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'tracker=1; Path=/' }).end('{}');
    });
    await get('/login');
    await get('/doc');
    expect(server.requests.map((request) => request.path)).toEqual(['/login', '/doc', '/doc']);
    for (const request of server.requests) {
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers.referer).toBeUndefined();
    }
  });

  it('asks the injected fetch to omit credentials, send no referrer and bypass the cache', async () => {
    server.route('/doc', json({}));
    const inits: RequestInit[] = [];
    await get('/doc', {
      fetch: (url, init) => {
        inits.push(init);
        return globalThis.fetch(url, init);
      },
    });
    expect(inits).toHaveLength(1);
    expect(inits[0]).toMatchObject({ method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'manual' });
  });
});

describe('fetchBytes responses', () => {
  it('returns the body, the status and the content type without parameters', async () => {
    server.route('/doc', text('{"a":1}', 'Application/LD+JSON; charset=utf-8'));
    const outcome = await get('/doc');
    expect(body(outcome)).toBe('{"a":1}');
    expect(outcome).toMatchObject({ ok: true, status: 200, contentType: 'application/ld+json', url: server.url('/doc') });
  });

  it.each([404, 410, 500, 503])('reports HTTP %i as FETCH_HTTP_ERROR with the status', async (status) => {
    server.route('/doc', text('nope', 'text/plain', status));
    const { code, status: reported, detail } = failure(await get('/doc'));
    expect(code).toBe('FETCH_HTTP_ERROR');
    expect(reported).toBe(status);
    expect(detail).toContain(String(status));
  });

  it('reports a connection that fails as FETCH_FAILED, not as a throw', async () => {
    const closed = server.url('/doc');
    await server.close();
    server = await startLocalServer();
    const { code } = failure(await get('/doc', { url: closed }));
    expect(code).toBe('FETCH_FAILED');
  });
});

describe('fetchBytes time limit', () => {
  it('gives up on a server that never answers with FETCH_TIMEOUT', { timeout: 10_000 }, async () => {
    server.route('/hang', silent);
    const { code, detail } = failure(await get('/hang', { limits: { ...LIMITS, timeoutMs: 200 } }));
    expect(code).toBe('FETCH_TIMEOUT');
    expect(detail).toContain('200 ms');
  });

  it('gives up on a body that trickles in more slowly than the time limit with FETCH_TIMEOUT', { timeout: 10_000 }, async () => {
    server.route('/slow', drip(' ', 50));
    const { code } = failure(await get('/slow', { limits: { ...LIMITS, timeoutMs: 300, maxBytes: 1_000_000 } }));
    expect(code).toBe('FETCH_TIMEOUT');
  });

  it('times out with FETCH_TIMEOUT when a redirect leads to a server that never answers', { timeout: 10_000 }, async () => {
    server.route('/first', redirect('/hang'));
    server.route('/hang', silent);
    const { code } = failure(await get('/first', { limits: { ...LIMITS, timeoutMs: 200 } }));
    expect(code).toBe('FETCH_TIMEOUT');
  });
});

describe('fetchBytes size limit', () => {
  it('accepts a body of exactly the byte cap', async () => {
    server.route('/exact', text('x'.repeat(LIMITS.maxBytes), 'application/json'));
    expect(body(await get('/exact'))).toHaveLength(LIMITS.maxBytes);
  });

  it('refuses a body whose Content-Length is over the byte cap with FETCH_TOO_LARGE', async () => {
    server.route('/big', text('x'.repeat(LIMITS.maxBytes + 1), 'application/json'));
    const { code, detail } = failure(await get('/big'));
    expect(code).toBe('FETCH_TOO_LARGE');
    expect(detail).toContain(String(LIMITS.maxBytes));
  });

  it('refuses a chunked body without Content-Length once it passes the byte cap with FETCH_TOO_LARGE', async () => {
    server.route('/chunked', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      for (let i = 0; i < 10; i++) response.write('y'.repeat(200));
      response.end();
    });
    const { code } = failure(await get('/chunked'));
    expect(code).toBe('FETCH_TOO_LARGE');
  });

  it('refuses an endless slow drip with FETCH_TOO_LARGE as soon as it passes the byte cap', async () => {
    // The drip never ends and the time limit is far away: only the byte cap can stop it.
    server.route('/drip', drip('z'.repeat(64), 5));
    const { code } = failure(await get('/drip', { limits: { ...LIMITS, timeoutMs: 25_000 } }));
    expect(code).toBe('FETCH_TOO_LARGE');
  });
});

describe('fetchBytes redirects', () => {
  it('follows 3 redirects and returns the final document', async () => {
    redirectChain(3);
    const outcome = await get('/hop/3');
    expect(JSON.parse(body(outcome))).toEqual({ landed: true });
    expect(server.requests.map((request) => request.path)).toEqual(['/hop/3', '/hop/2', '/hop/1', '/hop/0']);
  });

  it('reports the URL it finally landed on', async () => {
    redirectChain(2);
    const outcome = await get('/hop/2');
    expect(outcome.ok && outcome.url).toBe(server.url('/hop/0'));
  });

  it.each([301, 302, 303, 307, 308])('follows a %i redirect', async (status) => {
    server.route('/moved', redirect('/doc', status));
    server.route('/doc', json({ here: true }));
    expect(JSON.parse(body(await get('/moved')))).toEqual({ here: true });
  });

  it('refuses a 4th redirect with FETCH_TOO_MANY_REDIRECTS and does not request its target', async () => {
    redirectChain(4);
    const { code } = failure(await get('/hop/4'));
    expect(code).toBe('FETCH_TOO_MANY_REDIRECTS');
    expect(server.count('/hop/0')).toBe(0);
  });

  it('stops a redirect loop with FETCH_TOO_MANY_REDIRECTS', async () => {
    server.route('/loop', redirect('/loop'));
    const { code } = failure(await get('/loop'));
    expect(code).toBe('FETCH_TOO_MANY_REDIRECTS');
    expect(server.count('/loop')).toBe(LIMITS.maxRedirects + 1);
  });

  it('reports a redirect without a Location as FETCH_HTTP_ERROR', async () => {
    server.route('/nowhere', (_request, response) => void response.writeHead(302).end());
    const { code, status } = failure(await get('/nowhere'));
    expect(code).toBe('FETCH_HTTP_ERROR');
    expect(status).toBe(302);
  });

  it.each([
    ['a private IPv4 address over http', 'http://10.0.0.1/status.json'],
    ['a private IPv4 address over https', 'https://192.168.1.1/status.json'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['a *.internal host', 'https://metadata.google.internal/computeMetadata/v1/'],
    ['a file: URL', 'file:///etc/passwd'],
    ['plain http to a public host', 'http://example.org/status.json'],
  ])('refuses a redirect to %s with FETCH_REFUSED without requesting it', async (_what, target) => {
    server.route('/bounce', redirect(target));
    const { code, detail } = failure(await get('/bounce'));
    expect(code).toBe('FETCH_REFUSED');
    expect(detail).toContain(new URL(target).href);
    expect(fetched).toEqual([server.url('/bounce')]);
  });

  it('refuses a redirect from an allowed public URL to a loopback URL when loopback is not allowed', async () => {
    // The first hop is a public https URL answered by a fake fetch; the second would be loopback.
    const calls: string[] = [];
    const outcome = await fetchBytes({
      url: 'https://issuer.example.org/status.json',
      fetch: (url) => {
        calls.push(url);
        return Promise.resolve(new Response(null, { status: 302, headers: { location: server.url('/doc') } }));
      },
      policy: { allowLoopback: false },
      limits: LIMITS,
      accept: JSON_ACCEPT,
    });
    expect(failure(outcome).code).toBe('FETCH_REFUSED');
    expect(calls).toEqual(['https://issuer.example.org/status.json']);
    expect(server.requests).toHaveLength(0);
  });
});

describe('fetchBytes with a browser fetch, where redirect targets are hidden', () => {
  /** A response as a browser returns it for `redirect: 'manual'`: status 0, no Location. */
  function opaqueRedirect(): Response {
    const response = new Response(null, { status: 200 });
    Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
    Object.defineProperty(response, 'status', { value: 0 });
    return response;
  }

  function landedAt(url: string, payload: string): Response {
    const response = new Response(payload, { status: 200, headers: { 'content-type': 'application/json' } });
    Object.defineProperty(response, 'url', { value: url });
    return response;
  }

  it('refuses the document when the browser followed the redirects to a URL the policy refuses', async () => {
    const modes: (RequestRedirect | undefined)[] = [];
    const outcome = await fetchBytes({
      url: 'https://issuer.example.org/status.json',
      fetch: (_url, init) => {
        modes.push(init.redirect);
        return Promise.resolve(init.redirect === 'manual' ? opaqueRedirect() : landedAt('http://192.168.1.1/status.json', '{}'));
      },
      policy: { allowLoopback: false },
      limits: LIMITS,
      accept: JSON_ACCEPT,
    });
    expect(failure(outcome).code).toBe('FETCH_REFUSED');
    expect(modes).toEqual(['manual', 'follow']);
  });

  it('accepts the document when the browser landed on an allowed URL, and reports that URL', async () => {
    const outcome = await fetchBytes({
      url: 'https://issuer.example.org/status.json',
      fetch: (_url, init) => Promise.resolve(init.redirect === 'manual' ? opaqueRedirect() : landedAt('https://cdn.example.org/status.json', '{"ok":true}')),
      policy: { allowLoopback: false },
      limits: LIMITS,
      accept: JSON_ACCEPT,
    });
    expect(JSON.parse(body(outcome))).toEqual({ ok: true });
    expect(outcome.ok && outcome.url).toBe('https://cdn.example.org/status.json');
  });
});

describe('fetchBytes URL policy and cancellation', () => {
  it('refuses a loopback URL when the policy does not allow loopback, without requesting it', async () => {
    server.route('/doc', json({}));
    const { code } = failure(await get('/doc', { policy: { allowLoopback: false } }));
    expect(code).toBe('FETCH_REFUSED');
    expect(fetched).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it("stops when the caller's AbortSignal fires, with VERIFICATION_ABORTED", { timeout: 10_000 }, async () => {
    server.route('/hang', silent);
    const controller = new AbortController();
    const pending = get('/hang', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const { code } = failure(await pending);
    expect(code).toBe('VERIFICATION_ABORTED');
  });

  it("stops reading a body when the caller's AbortSignal fires, with VERIFICATION_ABORTED", { timeout: 10_000 }, async () => {
    server.route('/slow', drip(' ', 20));
    const controller = new AbortController();
    const pending = get('/slow', { signal: controller.signal, limits: { ...LIMITS, maxBytes: 1_000_000 } });
    setTimeout(() => controller.abort(), 150);
    const { code } = failure(await pending);
    expect(code).toBe('VERIFICATION_ABORTED');
  });

  it('sends no request at all when the AbortSignal has already fired', async () => {
    server.route('/doc', json({}));
    const { code } = failure(await get('/doc', { signal: AbortSignal.abort() }));
    expect(code).toBe('VERIFICATION_ABORTED');
    expect(server.requests).toHaveLength(0);
  });
});

/**
 * Where documents come from during one verification: preloaded documents first, then (unless
 * offline) a real HTTP server on 127.0.0.1, each URL retrieved at most once per document source.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentSource, type DocumentSource, type DocumentSourceConfig, type JsonDocumentOutcome } from '../../../components/core/fetch/documents.ts';
import { JSON_ACCEPT, type FetchLike } from '../../../components/core/fetch/fetch-bytes.ts';
import { DEFAULT_JSON_LIMITS } from '../../../components/core/parse/json.ts';
import { verify } from '../../../components/core/verify.ts';
import { json, startLocalServer, text, type LocalServer } from './local-http-server.ts';

let server: LocalServer;
let fetched: string[];
const recordingFetch: FetchLike = (url, init) => {
  fetched.push(url);
  return globalThis.fetch(url, init);
};
/** A fetch that must never be called. */
const noNetwork: FetchLike = (url) => {
  fetched.push(url);
  return Promise.reject(new Error(`the network was used for ${url}`));
};

beforeEach(async () => {
  server = await startLocalServer();
  fetched = [];
});

afterEach(async () => {
  await server.close();
});

function source(overrides: Partial<DocumentSourceConfig> = {}): DocumentSource {
  return createDocumentSource({
    documents: new Map(),
    offline: false,
    fetch: recordingFetch,
    policy: { allowLoopback: true },
    limits: { timeoutMs: 10_000, maxBytes: 64 * 1024, maxRedirects: 3 },
    json: DEFAULT_JSON_LIMITS,
    ...overrides,
  });
}

function problemCode(outcome: JsonDocumentOutcome | { ok: boolean; problem?: { code: string } }): string | undefined {
  return outcome.ok ? undefined : outcome.problem?.code;
}

describe('preloaded documents', () => {
  const url = 'https://issuer.example.org/status/1';

  it('are used as they are, without the network', async () => {
    const document = { id: url, type: ['VerifiableCredential'] };
    const documents = source({ documents: new Map([[url, document]]), fetch: noNetwork });
    expect(await documents.json(url)).toEqual({ ok: true, url, document });
    expect(fetched).toEqual([]);
  });

  it('are used for a URL with a fragment when preloaded under the URL without it', async () => {
    const document = { id: 'did:web:issuer.example.org' };
    const documents = source({ documents: new Map([['https://issuer.example.org/did.json', document]]), fetch: noNetwork });
    const outcome = await documents.json('https://issuer.example.org/did.json#key-1');
    expect(outcome.ok && outcome.document).toEqual(document);
    expect(fetched).toEqual([]);
  });

  it('are parsed as JSON when preloaded as text or bytes, without the network', async () => {
    const documents = source({
      documents: new Map<string, unknown>([
        ['https://a.example.org/doc', '{"from":"text"}'],
        ['https://b.example.org/doc', new TextEncoder().encode('{"from":"bytes"}')],
      ]),
      fetch: noNetwork,
    });
    const a = await documents.json('https://a.example.org/doc');
    const b = await documents.json('https://b.example.org/doc');
    expect(a.ok && a.document).toEqual({ from: 'text' });
    expect(b.ok && b.document).toEqual({ from: 'bytes' });
    expect(fetched).toEqual([]);
  });

  it('are returned as bytes without the network', async () => {
    const documents = source({ documents: new Map([[url, { a: 1 }]]), fetch: noNetwork });
    const outcome = await documents.bytes(url, JSON_ACCEPT);
    expect(outcome.ok && JSON.parse(new TextDecoder().decode(outcome.bytes))).toEqual({ a: 1 });
    expect(fetched).toEqual([]);
  });

  it('are found under their exact key, such as a DID', () => {
    const document = { id: 'did:web:issuer.example.org' };
    const documents = source({ documents: new Map([['did:web:issuer.example.org', document]]), fetch: noNetwork });
    expect(documents.preloaded('did:web:issuer.example.org')).toBe(document);
    expect(documents.preloaded('did:web:other.example.org')).toBeUndefined();
  });

  it('win over the network even when a server would answer the same URL', async () => {
    server.route('/doc', json({ from: 'network' }));
    const documents = source({ documents: new Map([[server.url('/doc'), { from: 'preloaded' }]]) });
    const outcome = await documents.json(server.url('/doc'));
    expect(outcome.ok && outcome.document).toEqual({ from: 'preloaded' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('offline document sources', () => {
  it('refuse a JSON document that was not preloaded with DOCUMENT_NOT_PRELOADED, without the network', async () => {
    server.route('/doc', json({}));
    const documents = source({ offline: true });
    const outcome = await documents.json(server.url('/doc'));
    expect(problemCode(outcome)).toBe('DOCUMENT_NOT_PRELOADED');
    expect(outcome.ok ? '' : outcome.problem.detail).toContain(server.url('/doc'));
    expect(fetched).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('refuse bytes that were not preloaded with DOCUMENT_NOT_PRELOADED, without the network', async () => {
    const documents = source({ offline: true, fetch: noNetwork });
    expect(problemCode(await documents.bytes('https://issuer.example.org/badge.png', 'image/png'))).toBe('DOCUMENT_NOT_PRELOADED');
    expect(fetched).toEqual([]);
  });

  it('still serve preloaded documents', async () => {
    const documents = source({ offline: true, fetch: noNetwork, documents: new Map([['https://issuer.example.org/doc', { ok: 1 }]]) });
    const outcome = await documents.json('https://issuer.example.org/doc');
    expect(outcome.ok && outcome.document).toEqual({ ok: 1 });
  });
});

describe('fetching documents', () => {
  it('retrieves a JSON document from the network with the JSON Accept header', async () => {
    server.route('/doc', json({ id: 'doc' }, 'application/ld+json'));
    const outcome = await source().json(server.url('/doc'));
    expect(outcome).toEqual({ ok: true, url: server.url('/doc'), document: { id: 'doc' } });
    expect(server.requests[0]!.headers.accept).toBe(JSON_ACCEPT);
  });

  it('retrieves each URL only once per document source, however often and however concurrently it is asked for', async () => {
    server.route('/doc', json({ id: 'doc' }));
    const documents = source();
    const url = server.url('/doc');
    const first = await Promise.all([documents.json(url), documents.json(url), documents.json(url)]);
    const again = await documents.json(url);
    const withFragment = await documents.json(`${url}#key-1`);
    const asBytes = await documents.bytes(url, JSON_ACCEPT);
    for (const outcome of [...first, again, withFragment]) expect(outcome.ok && outcome.document).toEqual({ id: 'doc' });
    expect(asBytes.ok).toBe(true);
    expect(server.count('/doc')).toBe(1);
  });

  it('retrieves a URL that failed only once per document source', async () => {
    server.route('/gone', text('gone', 'text/plain', 410));
    const documents = source();
    const outcomes = [await documents.json(server.url('/gone')), await documents.json(server.url('/gone'))];
    for (const outcome of outcomes) expect(problemCode(outcome)).toBe('FETCH_HTTP_ERROR');
    expect(server.count('/gone')).toBe(1);
  });

  it('retrieves the URL again for a new document source (a new verification)', async () => {
    server.route('/doc', json({ id: 'doc' }));
    await source().json(server.url('/doc'));
    await source().json(server.url('/doc'));
    expect(server.count('/doc')).toBe(2);
  });

  it.each([
    ['application/json'],
    ['application/ld+json'],
    ['application/vc+ld+json'],
    ['application/json; charset=utf-8'],
    ['text/plain'],
  ])('accepts a document served as %s', async (contentType) => {
    server.route('/doc', text('{"a":1}', contentType));
    const outcome = await source().json(server.url('/doc'));
    expect(outcome.ok && outcome.document).toEqual({ a: 1 });
  });

  it.each([['text/html'], ['text/html; charset=utf-8'], ['application/xml'], ['image/svg+xml']])(
    'refuses a document served as %s with FETCH_CONTENT_TYPE',
    async (contentType) => {
      server.route('/page', text('{"looks":"like json"}', contentType));
      const outcome = await source().json(server.url('/page'));
      expect(problemCode(outcome)).toBe('FETCH_CONTENT_TYPE');
      expect(outcome.ok ? '' : outcome.problem.detail).toContain(contentType.split(';')[0]!);
    },
  );

  it('refuses an HTML page with FETCH_CONTENT_TYPE', async () => {
    server.route('/login', text('<!doctype html><title>Sign in</title>', 'text/html'));
    expect(problemCode(await source().json(server.url('/login')))).toBe('FETCH_CONTENT_TYPE');
  });

  it.each([
    ['broken JSON', '{"id": "doc",'],
    ['text that is not JSON at all', 'hello'],
    ['an empty body', ''],
  ])('refuses %s with DOCUMENT_NOT_JSON', async (_what, payload) => {
    server.route('/doc', text(payload, 'application/json'));
    const outcome = await source().json(server.url('/doc'));
    expect(problemCode(outcome)).toBe('DOCUMENT_NOT_JSON');
    expect(outcome.ok ? '' : outcome.problem.detail).toContain(server.url('/doc'));
  });

  it('passes on HTTP errors with their status', async () => {
    const outcome = await source().json(server.url('/missing'));
    expect(outcome).toMatchObject({ ok: false, status: 404, problem: { code: 'FETCH_HTTP_ERROR' } });
  });

  it('refuses a URL the policy refuses, without the network', async () => {
    const documents = source({ fetch: noNetwork, policy: { allowLoopback: false } });
    expect(problemCode(await documents.json('http://10.0.0.1/status.json'))).toBe('FETCH_REFUSED');
    expect(problemCode(await documents.json(server.url('/doc')))).toBe('FETCH_REFUSED');
    expect(fetched).toEqual([]);
  });

  it('does not send the fragment of a URL to the server', async () => {
    server.route('/did.json', json({ id: 'x' }));
    await source().json(`${server.url('/did.json')}#key-1`);
    expect(fetched).toEqual([server.url('/did.json')]);
  });
});

describe('verify with a URL input', () => {
  it('retrieves the credential once from the local server, asking for JSON-LD first', async () => {
    server.route('/credential.json', json({ hello: 'world' }));
    const report = await verify(server.url('/credential.json'), { allowLoopback: true, fetch: recordingFetch });
    expect(server.count('/credential.json')).toBe(1);
    // A credential link may also serve a JWT, so the input's Accept header may list more than JSON.
    const accept = server.requests[0]!.headers.accept ?? '';
    expect(accept.startsWith('application/ld+json')).toBe(true);
    expect(accept).toContain('application/json');
    expect(server.requests[0]!.headers.cookie).toBeUndefined();
    expect(report.source).toMatchObject({ kind: 'url', url: server.url('/credential.json') });
    expect(report.verdict).toBe('invalid');
  });

  it('reports a credential URL answering 404 as unverifiable with FETCH_HTTP_ERROR', async () => {
    const report = await verify(server.url('/nothing-here'), { allowLoopback: true, fetch: recordingFetch });
    expect(report.verdict).toBe('unverifiable');
    expect(report.problems[0]?.code).toBe('FETCH_HTTP_ERROR');
  });

  it('uses a preloaded credential URL without the network', async () => {
    const report = await verify('https://issuer.example.org/credential.json', {
      fetch: noNetwork,
      documents: { 'https://issuer.example.org/credential.json': '[]' },
    });
    expect(fetched).toEqual([]);
    expect(report.problems[0]?.code).toBe('INPUT_NOT_OBJECT');
  });
});

/**
 * The fixture server and loopbackFetch do what later suites rely on: routes, delays, failures,
 * redirects, request records, and a fetch that never leaves 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadOrigin, FixtureServer, loopbackFetch } from '../support/fixture-server.ts';

let server: FixtureServer;

beforeAll(async () => {
  server = await FixtureServer.start();
});

afterAll(() => server.close());

const get = (path: string, init: RequestInit = {}) => loopbackFetch(server.url(path), { redirect: 'manual', ...init });

describe('fixture server', () => {
  it('listens on 127.0.0.1 on an ephemeral port and names itself https://localhost:<port>', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.origin).toBe(`https://localhost:${server.port}`);
    expect(server.url('/a/b')).toBe(`https://localhost:${server.port}/a/b`);
    expect(server.didWeb('issuers', 'uni')).toBe(`did:web:localhost%3A${server.port}:issuers:uni`);
  });

  it('serves JSON with a JSON content type, text and bytes as given, and 404 elsewhere', async () => {
    server.json('/doc', { hello: 'world' });
    server.route('/text', { body: 'plain', headers: { 'content-type': 'text/html' }, status: 201 });
    server.route('/bytes', { body: new Uint8Array([1, 2, 3]) });
    const doc = await get('/doc');
    expect(doc.headers.get('content-type')).toBe('application/json');
    expect(await doc.json()).toEqual({ hello: 'world' });
    const text = await get('/text');
    expect([text.status, text.headers.get('content-type'), await text.text()]).toEqual([201, 'text/html', 'plain']);
    expect(new Uint8Array(await (await get('/bytes')).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect((await get('/missing')).status).toBe(404);
  });

  it('ignores the query string when matching, and records every request', async () => {
    server.json('/counted', {});
    const before = server.hits('/counted');
    await get('/counted?x=1');
    await get('/counted', { headers: { accept: 'application/ld+json' } });
    expect(server.hits('/counted')).toBe(before + 2);
    expect(server.requests.at(-1)?.headers.accept).toBe('application/ld+json');
  });

  it('fails the first N requests, then answers normally', async () => {
    server.route('/flaky', { body: { ok: true }, failTimes: 2, failStatus: 500 });
    expect((await get('/flaky')).status).toBe(500);
    expect((await get('/flaky')).status).toBe(500);
    expect((await get('/flaky')).status).toBe(200);
  });

  it('redirects, with 302 by default or the status given', async () => {
    server.route('/moved', { redirect: '/doc' });
    server.route('/moved-permanently', { redirect: '/doc', status: 301 });
    const moved = await get('/moved');
    expect([moved.status, moved.headers.get('location')]).toEqual([302, '/doc']);
    expect((await get('/moved-permanently')).status).toBe(301);
  });

  it('delays an answer, and a caller that gives up is not kept waiting', async () => {
    server.route('/slow', { body: {}, delayMs: 2_000 });
    const started = performance.now();
    await expect(get('/slow', { signal: AbortSignal.timeout(100) })).rejects.toThrow();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('answers successive requests with successive bodies, repeating the last', async () => {
    server.route('/changing', { bodies: [{ n: 1 }, { n: 2 }] });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await (await get('/changing')).json());
    expect(answers).toEqual([{ n: 1 }, { n: 2 }, { n: 2 }]);
  });

  it('sends a chunked body without a Content-Length', async () => {
    server.route('/chunked', { body: 'y'.repeat(40_000), delivery: 'chunked' });
    const response = await get('/chunked');
    expect([response.headers.get('content-length'), response.headers.get('transfer-encoding'), (await response.text()).length]).toEqual([null, 'chunked', 40_000]);
  });

  it('stalls after half the body, never answers, or drips a byte at a time, until the caller gives up', async () => {
    server.route('/stall', { body: 'z'.repeat(1_000), delivery: 'stall' });
    server.route('/silent', { delivery: 'silent' });
    server.route('/drip', { body: 'z'.repeat(1_000), delivery: 'drip', dripMs: 10 });
    const stalled = await get('/stall', { signal: AbortSignal.timeout(200) });
    expect(stalled.headers.get('content-length')).toBe('1000');
    await expect(stalled.text()).rejects.toThrow();
    await expect(get('/silent', { signal: AbortSignal.timeout(200) })).rejects.toThrow();
    const dripping = await get('/drip', { signal: AbortSignal.timeout(200) });
    await expect(dripping.text()).rejects.toThrow();
  });

  it('stops serving a removed route', async () => {
    server.json('/temporary', {});
    server.remove('/temporary');
    expect((await get('/temporary')).status).toBe(404);
  });
});

describe('loopbackFetch', () => {
  it('reports URLs the way the caller named the server, also after following a redirect', async () => {
    server.json('/where', {});
    server.route('/elsewhere', { redirect: '/where' });
    expect((await get('/where')).url).toBe(server.url('/where'));
    expect((await loopbackFetch(server.url('/elsewhere'), { redirect: 'follow' })).url).toBe(server.url('/where'));
    const plain = `http://127.0.0.1:${server.port}/where`;
    expect((await loopbackFetch(plain, {})).url).toBe(plain);
  });

  it('refuses anything that is not this machine', async () => {
    for (const url of ['https://example.com/', 'http://192.168.1.1/', 'https://localhost.example.com/', 'file:///etc/passwd']) {
      await expect(loopbackFetch(url, {}), url).rejects.toThrow(/refuses/);
    }
  });

  it('fails like a network error for a port where nothing listens', async () => {
    await expect(loopbackFetch(`${await deadOrigin()}/x`, {})).rejects.toThrow();
  });
});

/**
 * The worker's verification service: verdicts cached by URL with their time, one verification per
 * URL at a time, a limit on how many run at once, the trust lists passed on, and faults reported
 * as "could not verify". The real engine verifies real credentials from a fixture server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadableInputReport, type Verdict, type VerificationReport, type VerifyOptions } from '../../components/core/index.ts';
import { createVerificationService, type VerifyFunction } from '../../extension/background/verification-service.ts';
import { FixtureServer } from '../support/fixture-server.ts';
import { createIssuer, openBadgeCredential } from '../support/issue.ts';

let server: FixtureServer;
let credentialUrl: string;

beforeAll(async () => {
  server = await FixtureServer.start();
  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  server.json('/credentials/valid.json', await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did })));
  credentialUrl = `http://127.0.0.1:${server.port}/credentials/valid.json`;
});
afterAll(() => server.close());

async function reportWith(verdict: Verdict): Promise<VerificationReport> {
  return { ...(await unreadableInputReport('stand-in', { kind: 'url' })), verdict };
}

/** A verify whose calls wait until the test settles them, counting how many run at once. */
function heldVerify() {
  const calls: { input: unknown; options: VerifyOptions; settle: (verdict: Verdict) => Promise<void> }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const verify: VerifyFunction = (input, options) =>
    new Promise((resolve) => {
      running++;
      mostAtOnce = Math.max(mostAtOnce, running);
      calls.push({
        input,
        options,
        settle: async (verdict) => {
          running--;
          resolve(await reportWith(verdict));
          await new Promise((next) => setTimeout(next, 0));
        },
      });
    });
  return { verify, calls, mostAtOnce: () => mostAtOnce };
}

describe('the verification service', () => {
  it('verifies a real credential from the fixture server with the engine (TEST configuration)', async () => {
    const service = createVerificationService({ allowLoopback: true });
    const checked = await service.checkUrl(credentialUrl, 'url');
    expect(checked.report.verdict).toBe('verified');
    expect(checked.input).toEqual({ kind: 'url', url: credentialUrl });
  });

  it('a credential asked for again is answered from the cache, with the time of the first verdict', async () => {
    let now = Date.parse('2026-06-01T10:00:00Z');
    const service = createVerificationService({ allowLoopback: true, now: () => now });
    const before = server.hits('/credentials/valid.json');
    const first = await service.checkUrl(credentialUrl, 'url');
    now += 60_000;
    const second = await service.checkUrl(credentialUrl, 'url');
    expect(server.hits('/credentials/valid.json') - before).toBe(1);
    expect(second).toBe(first);
    expect(second.verifiedAt).toBe('2026-06-01T10:00:00.000Z');
  });

  it('concurrent requests for one credential share one verification', async () => {
    const service = createVerificationService({ allowLoopback: true });
    const before = server.hits('/credentials/valid.json');
    const results = await Promise.all(Array.from({ length: 5 }, () => service.checkUrl(credentialUrl, 'url')));
    expect(server.hits('/credentials/valid.json') - before).toBe(1);
    expect(new Set(results).size).toBe(1);
  });

  it('asking for a fresh verdict verifies again', async () => {
    const service = createVerificationService({ allowLoopback: true });
    const before = server.hits('/credentials/valid.json');
    await service.checkUrl(credentialUrl, 'url');
    await service.checkUrl(credentialUrl, 'url', { fresh: true });
    expect(server.hits('/credentials/valid.json') - before).toBe(2);
  });

  it('at most the limit run at once; the others wait their turn, in order', async () => {
    const held = heldVerify();
    const service = createVerificationService({ allowLoopback: false, concurrency: 2, verify: held.verify });
    const urls = Array.from({ length: 5 }, (_, i) => `https://issuer.example/credentials/${i}.json`);
    const results = urls.map((url) => service.checkUrl(url, 'url'));
    await new Promise((next) => setTimeout(next, 0));
    expect([service.running, service.waiting]).toEqual([2, 3]);
    for (let settled = 0; settled < urls.length; settled++) {
      const call = held.calls[settled];
      if (!call) throw new Error(`verification ${settled + 1} never started`);
      await call.settle('verified');
    }
    await Promise.all(results);
    expect(held.calls.map((call) => call.input)).toEqual(urls);
    expect(held.mostAtOnce()).toBe(2);
    expect([service.running, service.waiting]).toEqual([0, 0]);
  });

  it('a “could not verify” verdict is kept for a minute, other verdicts for fifteen', async () => {
    let now = 0;
    const verdicts: Record<string, Verdict> = { 'https://a.example/c.json': 'unverifiable', 'https://b.example/c.json': 'revoked' };
    let calls = 0;
    const service = createVerificationService({
      allowLoopback: false,
      now: () => now,
      verify: async (input) => {
        calls++;
        return reportWith(verdicts[String(input)] ?? 'invalid');
      },
    });
    await service.checkUrl('https://a.example/c.json', 'url');
    await service.checkUrl('https://b.example/c.json', 'url');
    now += 61_000;
    expect(service.cached('https://a.example/c.json')).toBeUndefined();
    expect(service.cached('https://b.example/c.json')?.report.verdict).toBe('revoked');
    now += 15 * 60_000;
    expect(service.cached('https://b.example/c.json')).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('the trust lists from the settings and the URL policy go to the engine with every verification', async () => {
    const held = heldVerify();
    const registry = { name: 'Partners', document: { type: 'McVerifyTrustList', issuers: {} } };
    const service = createVerificationService({ allowLoopback: false, verify: held.verify, trust: async () => [registry] });
    const result = service.checkUrl('https://issuer.example/c.json', 'url');
    await new Promise((next) => setTimeout(next, 0));
    expect(held.calls[0]?.options).toMatchObject({ allowLoopback: false, trust: [registry] });
    await held.calls[0]?.settle('verified');
    await result;
  });

  it('an engine fault is reported as “could not verify”, not thrown', async () => {
    const service = createVerificationService({
      allowLoopback: false,
      verify: async () => {
        throw new Error('out of memory');
      },
    });
    const checked = await service.checkUrl('https://issuer.example/c.json', 'url');
    expect(checked.report.verdict).toBe('unverifiable');
    expect(checked.report.problems[0]?.detail).toContain('out of memory');
  });

  it('when the cache is full, the verdict used longest ago goes first', async () => {
    const service = createVerificationService({ allowLoopback: false, cache: { maxEntries: 2 }, verify: async () => reportWith('verified') });
    await service.checkUrl('https://a.example/c.json', 'url');
    await service.checkUrl('https://b.example/c.json', 'url');
    expect(service.cached('https://a.example/c.json')).toBeDefined();
    await service.checkUrl('https://c.example/c.json', 'url');
    expect(['a', 'b', 'c'].map((host) => service.cached(`https://${host}.example/c.json`) !== undefined)).toEqual([true, false, true]);
  });

  it('clearing forgets every cached verdict (the trust lists changed)', async () => {
    const service = createVerificationService({ allowLoopback: false, verify: async () => reportWith('verified') });
    await service.checkUrl('https://issuer.example/c.json', 'url');
    service.clear();
    expect(service.cached('https://issuer.example/c.json')).toBeUndefined();
  });
});

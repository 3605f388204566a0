/**
 * What the panel works out on its own: which sites a credential could not be checked without (to
 * ask the user for access), which images may hold a QR code, and the worker's handling of an
 * image given inline as a data: URL.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { unreadableInputReport, type ProblemCode, type Verdict } from '../../components/core/index.ts';
import type { EntryState, TabState } from '../../extension/messaging/protocol.ts';
import { originsNeeded } from '../../extension/sidepanel/access-needs.ts';
import { mayHoldQrCode } from '../../extension/sidepanel/qr-from-image.ts';
import { bakePng, minimalPng } from '../support/bake.ts';
import { panelSender, settleWorkers, testWorker } from './worker-harness.ts';

async function entry(verdict: Verdict, problems: [ProblemCode, string][], target: 'link' | 'image' = 'link', url = 'https://issuer.example/c.json'): Promise<EntryState> {
  const report = { ...(await unreadableInputReport('x', { kind: 'url', url })), verdict, problems: problems.map(([code, detail]) => ({ type: 'https://e#x', code, title: code, detail })) };
  return { key: url, foundAs: [url], origin: 'platform-link', target, claimWarnings: [], checked: { input: target === 'image' ? { kind: 'image', url } : { kind: 'url', url }, report, verifiedAt: '2026-01-01T00:00:00Z' } };
}

beforeEach(() => fakeBrowser.reset());
afterEach(settleWorkers);

describe('access a credential needs', () => {
  it('a credential that could not be fetched asks for its own site, its issuer’s did:web host and its status list’s host', async () => {
    const needs = await entry('unverifiable', [
      ['FETCH_FAILED', '“https://issuer.example/c.json” could not be retrieved: network error'],
      ['VERIFICATION_METHOD_UNRESOLVABLE', 'did:web:keys.issuer.example%3A443 could not be resolved'],
      ['STATUS_LIST_UNREACHABLE', 'the status list “https://status.example.org/lists/3” answered nothing'],
    ]);
    expect(originsNeeded(needs)).toEqual(['https://issuer.example', 'https://keys.issuer.example', 'https://status.example.org']);
  });

  it.each<[string, Verdict, [ProblemCode, string][]]>([
    ['a verified credential', 'verified', []],
    ['a forged one', 'invalid', [['SIGNATURE_INVALID', 'https://issuer.example/c.json']]],
    ['a link the URL policy refused', 'unverifiable', [['FETCH_REFUSED', '“http://192.168.1.1/c.json” names an IP address']]],
  ])('%s asks for nothing', async (_, verdict, problems) => {
    expect(originsNeeded(await entry(verdict, problems))).toEqual([]);
  });
});

describe('QR codes', () => {
  it('only an image without a baked credential is read for a QR code', async () => {
    expect(mayHoldQrCode(await entry('unverifiable', [['IMAGE_NOT_BAKED', 'no chunk']], 'image'))).toBe(true);
    expect(mayHoldQrCode(await entry('verified', [], 'image'))).toBe(false);
    expect(mayHoldQrCode(await entry('unverifiable', [['IMAGE_NOT_BAKED', 'no chunk']], 'link'))).toBe(false);
  });
});

describe('inline images', () => {
  it('a data: image is verified from its bytes, listed under its digest, never fetched', async () => {
    const worker = testWorker();
    const png = bakePng(minimalPng(), 'openbadgecredential', '{"not":"a credential"}');
    const dataUrl = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
    const reply = await worker.ask({ type: 'verify-target', tabId: 7, url: dataUrl, target: 'image' }, panelSender);
    expect(reply).toMatchObject({ ok: true, value: expect.stringMatching(/^data-image:[0-9a-f]{64}$/) });
    await worker.settled();
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    const checked = state.ok ? state.value.entries[0]?.checked : undefined;
    expect(checked?.input).toEqual({ kind: 'image', url: `${dataUrl.slice(0, 48)}…` });
    expect(worker.verified).toEqual([Array.from(png).join(',')]);
  });
});

/**
 * The worker's message handling: who may ask what, links normalised and verified by the worker
 * itself, verdicts pushed back to the page's chips, the page known by the address the browser
 * reports, limits per page, and the side panel's state built from the worker's own results.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_ENTRIES_PER_PAGE } from '../../extension/background/tab-store.ts';
import type { CheckLinksResponse, PageSettings, TabState, VerdictsMessage } from '../../extension/messaging/protocol.ts';
import type { MessageSender } from '../../extension/messaging/trusted-sender.ts';
import type { Settings } from '../../extension/settings/settings.ts';
import { FixtureServer } from '../support/fixture-server.ts';
import { createIssuer, openBadgeCredential, type JsonObject } from '../support/issue.ts';
import { contentSender, EXTENSION_ID, panelSender, reportWith, settleWorkers, tab, testWorker } from './worker-harness.ts';

const CREDLY = 'https://www.credly.com/badges/48c47ac0-5268-45cf-b76c-b015f9a72fc4';
const wrapped = (url: string) => `https://www.linkedin.com/safety/go/?url=${encodeURIComponent(url)}&urlhash=x1&isSdui=true`;

beforeEach(() => fakeBrowser.reset());
afterEach(settleWorkers);

describe('links from the content script', () => {
  it('are unwrapped and cleaned, verified by the worker, and their verdicts go back keyed by the href as found', async () => {
    const worker = testWorker({ verdicts: { [CREDLY]: 'revoked' } });
    const links = [
      { href: wrapped(CREDLY), source: 'linkedin-entry' },
      { href: `${CREDLY}/linked_in_profile?trk=public_profile_see-credential`, source: 'linkedin-entry' },
    ];
    const reply = await worker.ask<CheckLinksResponse>({ type: 'check-links', links }, contentSender());
    expect(reply).toEqual({ ok: true, value: { accepted: 2, verdicts: links.map((link) => expect.objectContaining({ href: link.href, kind: 'checking' })) } });
    await worker.settled();
    // One credential, linked two ways: verified once, by its cleaned URL.
    expect(worker.verified).toEqual([CREDLY]);
    const pushed = worker.sentToTabs.map(({ tabId, message }) => [tabId, (message as VerdictsMessage).verdicts.map((verdict) => [verdict.href, verdict.kind, verdict.label])]);
    expect(pushed).toEqual([[7, links.map((link) => [link.href, 'revoked', 'Revoked'])]]);
  });

  it('already verified links are answered at once from the cache', async () => {
    const worker = testWorker();
    await worker.ask({ type: 'check-links', links: [{ href: CREDLY, source: 'platform-link' }] }, contentSender(7, 'https://cv.example/'));
    await worker.settled();
    const reply = await worker.ask<CheckLinksResponse>({ type: 'check-links', links: [{ href: CREDLY, source: 'platform-link' }] }, contentSender(8, 'https://other.example/'));
    expect(reply.ok && reply.value.verdicts.map((verdict) => verdict.kind)).toEqual(['verified']);
    expect(worker.verified).toHaveLength(1);
  });

  it('an href that is not a web address gets “not a credential” and nothing is fetched', async () => {
    const worker = testWorker();
    const reply = await worker.ask<CheckLinksResponse>({ type: 'check-links', links: [{ href: 'javascript:alert(1)', source: 'platform-link' }] }, contentSender());
    expect(reply.ok && reply.value.verdicts[0]?.kind).toBe('not-a-credential');
    await worker.settled();
    expect(worker.verified).toEqual([]);
  });

  it(`a page may list at most ${MAX_ENTRIES_PER_PAGE} credentials; the rest are refused, and say why`, async () => {
    const worker = testWorker();
    let accepted = 0;
    const refused: string[] = [];
    for (let batch = 0; batch < 7; batch++) {
      const links = Array.from({ length: 50 }, (_, i) => ({ href: `https://issuer${batch}-${i}.example/c.json`, source: 'credential-json' }));
      const reply = await worker.ask<CheckLinksResponse>({ type: 'check-links', links }, contentSender());
      if (!reply.ok) throw new Error(reply.error);
      accepted += reply.value.accepted;
      refused.push(...reply.value.verdicts.filter((verdict) => verdict.kind === 'unverifiable').map((verdict) => verdict.reason));
    }
    expect(accepted).toBe(MAX_ENTRIES_PER_PAGE);
    expect(refused).toHaveLength(350 - MAX_ENTRIES_PER_PAGE);
    expect(refused[0]).toMatch(/more than 300 credentials/);
    await worker.settled();
  });

  it('the page is the one the browser reports: a new address starts a new list, a #fragment does not', async () => {
    const worker = testWorker();
    const check = (url: string, href: string) => worker.ask({ type: 'check-links', links: [{ href, source: 'linkedin-entry' }] }, contentSender(7, url));
    await check('https://www.linkedin.com/in/ada-lovelace/', 'https://a.example/1.json');
    await check('https://www.linkedin.com/in/ada-lovelace/#licenses', 'https://a.example/2.json');
    const before = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    await check('https://www.linkedin.com/in/grace-hopper/', 'https://a.example/3.json');
    const after = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    expect(before.ok && before.value.entries.map((entry) => entry.key)).toEqual(['https://a.example/1.json', 'https://a.example/2.json']);
    expect(after.ok && [after.value.pageUrl, after.value.entries.map((entry) => entry.key)]).toEqual(['https://www.linkedin.com/in/grace-hopper/', ['https://a.example/3.json']]);
    await worker.settled();
  });

  it('a verdict that arrives after the page changed is not sent to the new page’s chips', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const worker = testWorker({ service: { verify: async () => held.then(() => reportWith('revoked')) } });
    await worker.ask({ type: 'check-links', links: [{ href: CREDLY, source: 'linkedin-entry' }] }, contentSender(7, 'https://www.linkedin.com/in/ada-lovelace/'));
    await worker.ask({ type: 'get-page-settings' }, contentSender(7, 'https://www.linkedin.com/in/grace-hopper/'));
    release();
    await worker.settled();
    expect(worker.sentToTabs).toEqual([]);
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    expect(state.ok && state.value.entries).toEqual([]);
  });

  it('the address comes from the sender’s tab, which follows history.pushState, not from the message', async () => {
    const worker = testWorker();
    const sender: MessageSender = { ...contentSender(7, 'https://www.linkedin.com/in/grace-hopper/'), url: 'https://www.linkedin.com/in/ada-lovelace/' };
    await worker.ask({ type: 'check-links', links: [{ href: CREDLY, source: 'linkedin-entry' }] }, sender);
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    expect(state.ok && state.value.pageUrl).toBe('https://www.linkedin.com/in/grace-hopper/');
    await worker.settled();
  });
});

describe('who may ask', () => {
  const check = { type: 'check-links', links: [{ href: CREDLY, source: 'linkedin-entry' }] };
  it.each<[string, MessageSender]>([
    ['another extension', { ...contentSender(), id: 'some-other-extension' }],
    ['a frame inside the page', { ...contentSender(), frameId: 3 }],
    ['a sender without a tab or page', { id: EXTENSION_ID }],
    ['a web page (no extension id)', { tab: tab(7, 'https://evil.example/'), frameId: 0, url: 'https://evil.example/' }],
    ['a page of another extension', { id: 'some-other-extension', url: 'chrome-extension://some-other-extension/panel.html' }],
  ])('%s is refused, and nothing is verified or stored', async (_, sender) => {
    const worker = testWorker();
    const reply = await worker.ask(check, sender);
    expect(reply).toEqual({ ok: false, error: 'messages are accepted only from this extension’s content scripts and pages' });
    await worker.settled();
    expect(worker.verified).toEqual([]);
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    expect(state.ok && state.value.entries).toEqual([]);
  });

  it('a content script cannot ask what only the extension’s pages may: tab state, rechecks, checks by hand', async () => {
    const worker = testWorker();
    for (const message of [{ type: 'get-tab-state', tabId: 7 }, { type: 'recheck', tabId: 7, key: CREDLY }, { type: 'verify-target', tabId: 7, url: CREDLY, target: 'link' }]) {
      const reply = await worker.ask(message, contentSender());
      expect(reply.ok).toBe(false);
    }
  });

  it('an extension page cannot send what a content script sends (it has no page to speak for)', async () => {
    const worker = testWorker();
    const reply = await worker.ask(check, panelSender);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/unknown message type|needs a tabId/) });
  });
});

describe('page settings', () => {
  it.each<{ page: string; url: string; settings: Partial<Settings>; scan: boolean }>([
    { page: 'a LinkedIn profile, automatic checking on', url: 'https://www.linkedin.com/in/ada-lovelace/', settings: {}, scan: true },
    { page: 'a LinkedIn profile, automatic checking off', url: 'https://www.linkedin.com/in/ada-lovelace/', settings: { autoCheckLinkedIn: false }, scan: false },
    { page: 'a site the user added', url: 'https://careers.example.org/cv/1', settings: { extraSites: ['https://careers.example.org'] }, scan: true },
    { page: 'any other site', url: 'https://careers.example.org/cv/1', settings: {}, scan: false },
    { page: 'a loopback page, in a production build', url: 'http://127.0.0.1:8080/in/ada/', settings: {}, scan: false },
  ])('$page: scan is $scan', async ({ url, settings, scan }) => {
    const worker = testWorker({ settings });
    const reply = await worker.ask<PageSettings>({ type: 'get-page-settings' }, contentSender(7, url));
    expect(reply).toEqual({ ok: true, value: { scan, checkingLabel: 'Checking…', checkingReason: 'Checking the credential…' } });
    await worker.settled();
  });

  it('a page the user asked to check from the panel scans, even with automatic checking off', async () => {
    const worker = testWorker({ settings: { autoCheckLinkedIn: false }, tabUrls: { 7: 'https://www.linkedin.com/in/ada-lovelace/' } });
    expect(await worker.ask({ type: 'check-page', tabId: 7 }, panelSender)).toEqual({ ok: true, value: null });
    expect(worker.sentToTabs).toEqual([{ tabId: 7, message: { type: 'scan-page' } }]);
    const reply = await worker.ask<PageSettings>({ type: 'get-page-settings' }, contentSender(7));
    expect(reply.ok && reply.value.scan).toBe(true);
  });
});

describe('the panel', () => {
  it('clicking a chip opens the panel within the click’s gesture, and the panel shows that credential first', async () => {
    const worker = testWorker();
    await worker.ask({ type: 'check-links', links: [{ href: wrapped(CREDLY), source: 'linkedin-entry' }] }, contentSender());
    const answer = worker.route({ type: 'open-panel', href: wrapped(CREDLY) }, contentSender());
    // Called before the router's answer settles: no await stands between the message and sidePanel.open.
    expect(worker.openPanel).toHaveBeenCalledWith(7);
    await answer;
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    expect(state.ok && state.value.focusKey).toBe(CREDLY);
    await worker.settled();
  });

  it('a restarted worker finishes the checks its predecessor left undone when the panel asks', async () => {
    const first = testWorker();
    await fakeBrowser.storage.session.set({ 'tab:7': { tabId: 7, pageUrl: 'https://cv.example/', entries: [{ key: CREDLY, foundAs: [CREDLY], origin: 'platform-link', target: 'link' }] } });
    expect(first.verified).toEqual([]);
    const restarted = testWorker();
    await restarted.ask({ type: 'get-tab-state', tabId: 7 }, panelSender);
    await restarted.settled();
    const state = await restarted.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    expect(restarted.verified).toEqual([CREDLY]);
    expect(state.ok && state.value.entries[0]?.checked?.report.verdict).toBe('verified');
  });

  it('checking again verifies afresh; a link given by hand becomes an entry of its own', async () => {
    const worker = testWorker({ tabUrls: { 7: 'https://cv.example/' } });
    await worker.ask({ type: 'check-links', links: [{ href: CREDLY, source: 'platform-link' }] }, contentSender(7, 'https://cv.example/'));
    await worker.settled();
    await worker.ask({ type: 'recheck', tabId: 7, key: CREDLY }, panelSender);
    await worker.ask({ type: 'verify-target', tabId: 7, url: 'https://issuer.example/badge.png', target: 'image' }, panelSender);
    await worker.settled();
    expect(worker.verified).toEqual([CREDLY, CREDLY, 'https://issuer.example/badge.png']);
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    expect(state.ok && state.value.entries.map((entry) => [entry.key, entry.origin, entry.target])).toEqual([
      [CREDLY, 'platform-link', 'link'],
      ['https://issuer.example/badge.png', 'panel', 'image'],
    ]);
  });

  it('the text of a QR code read in the panel is verified in place of the image’s own result', async () => {
    const worker = testWorker({ verdicts: { 'https://issuer.example/qr.png': 'unverifiable' } });
    await worker.ask({ type: 'verify-target', tabId: 7, url: 'https://issuer.example/qr.png', target: 'image' }, panelSender);
    await worker.settled();
    await worker.ask({ type: 'verify-qr-text', tabId: 7, key: 'https://issuer.example/qr.png', text: 'https://issuer.example/c.json' }, panelSender);
    await worker.settled();
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    const checked = state.ok ? state.value.entries[0]?.checked : undefined;
    expect([checked?.input, checked?.report.verdict]).toEqual([{ kind: 'qr-text', text: 'https://issuer.example/c.json', imageUrl: 'https://issuer.example/qr.png' }, 'verified']);
  });
});

describe('the claim check in the panel’s state (real engine, fixture issuer)', () => {
  let server: FixtureServer;
  let url: string;
  beforeAll(async () => {
    server = await FixtureServer.start();
    const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const unsigned = openBadgeCredential({ version: 2, issuer: issuer.did, issuerName: 'Fixture University', achievementName: 'Data Literacy Foundations' });
    (unsigned.credentialSubject as JsonObject).name = 'Charles Babbage';
    server.json('/c.json', await issuer.sign(unsigned));
    url = `http://127.0.0.1:${server.port}/c.json`;
  });
  afterAll(() => server.close());

  it('is computed from the worker’s own report and the entry’s words, and names each mismatch', async () => {
    const worker = testWorker({ allowLoopback: true, service: { verify: undefined } });
    const claims = { name: 'Professional Data Engineer', issuer: 'Google', issued: '2025-01' };
    await worker.ask({ type: 'check-links', links: [{ href: url, source: 'linkedin-entry', claims }], profileName: 'Ada Lovelace' }, contentSender());
    await worker.settled();
    const state = await worker.ask<TabState>({ type: 'get-tab-state', tabId: 7 }, panelSender);
    const entry = state.ok ? state.value.entries[0] : undefined;
    expect(entry?.checked?.report.verdict).toBe('verified');
    expect(entry?.claimWarnings.map((warning) => warning.message)).toEqual([
      'The entry says “Google”; the credential was issued by “Fixture University”.',
      'The entry is titled “Professional Data Engineer”; the credential is for “Data Literacy Foundations”.',
      'Issued to a different name: the credential names “Charles Babbage”, the profile is “Ada Lovelace”.',
    ]);
  });
});


/**
 * The background entrypoint as WXT runs it, on WXT's fakeBrowser: main() registers the message
 * listener, which answers this extension's content script and refuses everyone else; settings
 * changes reach the worker. Nothing here touches the network.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../extension/entrypoints/background/index.ts';
import type { Reply } from '../../extension/messaging/protocol.ts';
import type { MessageSender } from '../../extension/messaging/trusted-sender.ts';
import { SETTINGS_KEY } from '../../extension/settings/settings-storage.ts';
import { contentSender, EXTENSION_ID } from './worker-harness.ts';

/** What runtime.onMessage listeners answered, as fakeBrowser collects it. */
async function send(message: unknown, sender: MessageSender): Promise<Reply<unknown>> {
  const answers = (await fakeBrowser.runtime.onMessage.trigger(message, sender)) as unknown[];
  return (await answers.find((answer) => answer !== undefined)) as Reply<unknown>;
}

beforeEach(() => {
  fakeBrowser.reset();
  // The worker may fetch only what a test serves; here, nothing.
  vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('no network in unit tests'))));
});
afterEach(() => vi.unstubAllGlobals());

describe('the background entrypoint', () => {
  it('loads in a worker without a DOM, and main() starts answering messages', async () => {
    expect(globalThis.document).toBeUndefined();
    background.main();
    expect(await send({ type: 'get-page-settings' }, contentSender(3))).toMatchObject({ ok: true });
  });

  it('answers its content script on LinkedIn: check the page, in the chosen words', async () => {
    background.main();
    expect(await send({ type: 'get-page-settings' }, contentSender(3))).toEqual({ ok: true, value: { scan: true, checkingLabel: 'Checking…', checkingReason: 'Checking the credential…' } });
  });

  it('reads the settings from storage: automatic checking off means the content script waits', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { autoCheckLinkedIn: false, language: 'de' } });
    background.main();
    expect(await send({ type: 'get-page-settings' }, contentSender(3))).toEqual({ ok: true, value: { scan: false, checkingLabel: 'Wird geprüft …', checkingReason: 'Der Nachweis wird geprüft …' } });
  });

  it('follows settings changes made on the options page', async () => {
    background.main();
    expect(await send({ type: 'get-page-settings' }, contentSender(3))).toMatchObject({ value: { scan: true } });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { autoCheckLinkedIn: false } });
    expect(await send({ type: 'get-page-settings' }, contentSender(3))).toMatchObject({ value: { scan: false } });
  });

  it('refuses another extension’s message and a malformed one, with reasons', async () => {
    background.main();
    expect(await send({ type: 'get-page-settings' }, { ...contentSender(3), id: 'another-extension' })).toMatchObject({ ok: false });
    expect(await send({ type: 'check-links', links: 'everything' }, contentSender(3))).toEqual({ ok: false, error: 'check-links needs a non-empty list of links' });
    expect(await send({ type: 'get-tab-state', tabId: 3 }, { id: EXTENSION_ID, url: 'https://evil.example/' })).toMatchObject({ ok: false });
  });

  it('a link the URL policy refuses is answered without any fetch', async () => {
    background.main();
    const reply = await send({ type: 'check-links', links: [{ href: 'https://printer.local/badge.json', source: 'credential-json' }] }, contentSender(3, 'https://cv.example/'));
    expect(reply).toMatchObject({ ok: true, value: { accepted: 1 } });
    await vi.waitFor(async () => {
      const stored = (await fakeBrowser.storage.session.get('tab:3'))['tab:3'] as { entries: { checked?: { report: { problems: { code: string }[] } } }[] } | undefined;
      expect(stored?.entries[0]?.checked?.report.problems[0]?.code).toBe('FETCH_REFUSED');
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

/**
 * The options: automatic checking on LinkedIn, extra sites (only https sites with a real host
 * name), trust lists (read the way the engine reads them), language; storage that content scripts
 * are locked out of where the browser allows; and extra sites registered for the content script.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXTRA_SITES_SCRIPT_ID, syncExtraSites, type RegisteredScript, type ScriptingApi } from '../../extension/background/extra-sites.ts';
import { loadSettings, restrictToExtension, saveSettings, SETTINGS_KEY } from '../../extension/settings/settings-storage.ts';
import {
  addExtraSite,
  addTrustList,
  chosenLanguage,
  DEFAULT_SETTINGS,
  engineTrust,
  normalizeSettings,
  removeExtraSite,
  removeTrustList,
  siteOrigin,
  type Settings,
} from '../../extension/settings/settings.ts';

const settings = (extra: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...extra });
const OWN_LIST = JSON.stringify({ type: 'McVerifyTrustList', name: 'Partner universities', issuers: { 'did:web:example.edu': { name: 'Example University' } } });
const DCC_REGISTRY = JSON.stringify({ meta: { created: '2024-01-01' }, registry: { 'did:key:z6Mk1': { name: 'Fixture University', url: 'https://fixture.example' }, 'did:key:z6Mk2': { name: 'Other' } } });

beforeEach(() => fakeBrowser.reset());

describe('extra sites', () => {
  it.each([
    ['example.org', 'https://example.org'],
    ['https://careers.example.org/cv/ada?x=1', 'https://careers.example.org'],
    ['  EXAMPLE.org  ', 'https://example.org'],
    ['http://example.org', null],
    ['https://example.org:8443', null],
    ['localhost', null],
    ['https://192.168.1.10', null],
    ['printer.local', null],
    ['https://user:pass@example.org', null],
    ['javascript:alert(1)', null],
    ['', null],
  ])('“%s” is the site %s', (input, origin) => {
    expect(siteOrigin(input)).toBe(origin);
  });

  it('a site is added once, and can be removed', () => {
    const added = addExtraSite(settings(), 'example.org');
    expect(added).toEqual({ ok: true, settings: settings({ extraSites: ['https://example.org'] }) });
    if (!added.ok) return;
    expect(addExtraSite(added.settings, 'https://example.org/other')).toEqual({ ok: false, error: 'https://example.org is already on the list' });
    expect(removeExtraSite(added.settings, 'https://example.org')).toEqual(settings());
  });

  it('the content script is registered for the sites the user allowed, and only those', async () => {
    const registered: RegisteredScript[][] = [];
    const scripting: ScriptingApi = {
      getRegisteredContentScripts: vi.fn(async () => [{ id: EXTRA_SITES_SCRIPT_ID }]),
      registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => void registered.push(scripts)),
      unregisterContentScripts: vi.fn(async () => undefined),
    };
    const granted = new Set(['https://careers.example.org/*']);
    const result = await syncExtraSites(scripting, { contains: async ({ origins }) => origins.every((origin) => granted.has(origin)) }, ['https://careers.example.org', 'https://revoked.example.org']);
    expect(result).toEqual(['https://careers.example.org']);
    expect(scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [EXTRA_SITES_SCRIPT_ID] });
    expect(registered).toEqual([[{ id: EXTRA_SITES_SCRIPT_ID, matches: ['https://careers.example.org/*'], js: ['content-scripts/credential-chips.js'], runAt: 'document_idle', persistAcrossSessions: true }]]);
  });

  it('with no site allowed, nothing is registered', async () => {
    const scripting: ScriptingApi = { getRegisteredContentScripts: async () => [], registerContentScripts: vi.fn(async () => undefined), unregisterContentScripts: vi.fn(async () => undefined) };
    await syncExtraSites(scripting, { contains: async () => false }, ['https://careers.example.org']);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });
});

describe('trust lists', () => {
  it.each([
    ['an mc-verify trust list', OWN_LIST, 'Partner universities', 1],
    ['a DCC issuer registry, named after its address', DCC_REGISTRY, 'registry.example', 2],
  ])('%s is added with its name and issuer count', (_, text, name, issuerCount) => {
    const change = addTrustList(settings(), { source: { kind: 'url', url: 'https://registry.example/registry.json' }, text, addedAt: '2026-01-01T00:00:00Z' });
    expect(change.ok && change.settings.trustLists.map((list) => [list.name, list.issuerCount, list.id])).toEqual([[name, issuerCount, 'https://registry.example/registry.json']]);
  });

  it.each([
    ['not JSON', '{"registry":', 'the trust list is not JSON'],
    ['JSON that is not a trust list', '{"issuers": []}', /has neither "type": "McVerifyTrustList"/],
    ['an issuer without a name', '{"registry": {"did:key:z1": {}}}', /has no "name"/],
  ])('%s is refused', (_, text, error) => {
    const change = addTrustList(settings(), { source: { kind: 'file', fileName: 'list.json' }, text, addedAt: '2026-01-01T00:00:00Z' });
    expect(change.ok).toBe(false);
    if (!change.ok) expect(change.error).toMatch(error);
  });

  it('the same list is not added twice; a removed list is gone; the engine gets each as { name, document }', () => {
    const input = { source: { kind: 'file' as const, fileName: 'partners.json' }, text: OWN_LIST, addedAt: '2026-01-01T00:00:00Z' };
    const once = addTrustList(settings(), input);
    if (!once.ok) throw new Error(once.error);
    expect(addTrustList(once.settings, input)).toEqual({ ok: false, error: 'this trust list is already added' });
    expect(engineTrust(once.settings)).toEqual([{ name: 'Partner universities', document: JSON.parse(OWN_LIST) }]);
    expect(removeTrustList(once.settings, 'file:partners.json').trustLists).toEqual([]);
  });
});

describe('stored settings', () => {
  it('missing settings are the defaults: automatic checking on LinkedIn, no extra sites or lists, the browser’s language', async () => {
    expect(await loadSettings(fakeBrowser.storage.local)).toEqual({ autoCheckLinkedIn: true, extraSites: [], trustLists: [], language: 'auto' });
  });

  it('tampered or malformed values fall back field by field, and never smuggle in a site or a list', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { autoCheckLinkedIn: 'yes', extraSites: ['http://intranet', 'https://ok.example.org', 42], trustLists: [{ id: 'x', name: 'bad', document: {} }], language: 'klingon' },
    });
    expect(await loadSettings(fakeBrowser.storage.local)).toEqual({ autoCheckLinkedIn: true, extraSites: ['https://ok.example.org'], trustLists: [], language: 'auto' });
  });

  it('saved settings are read back as they were', async () => {
    const change = addTrustList(settings({ autoCheckLinkedIn: false, language: 'fi', extraSites: ['https://example.org'] }), { source: { kind: 'file', fileName: 'p.json' }, text: OWN_LIST, addedAt: '2026-01-01T00:00:00Z' });
    if (!change.ok) throw new Error(change.error);
    await saveSettings(fakeBrowser.storage.local, change.settings);
    expect(await loadSettings(fakeBrowser.storage.local)).toEqual(change.settings);
  });

  it('the area is locked to the extension’s own pages where the browser offers it, and the lack of it is reported', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    expect(await restrictToExtension({ setAccessLevel })).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
    expect(await restrictToExtension({})).toBe(false);
    expect(await restrictToExtension({ setAccessLevel: async () => Promise.reject(new Error('local is not supported')) })).toBe(false);
  });

  it.each([
    [settings({ language: 'nl' }), ['de-DE'], 'nl'],
    [settings(), ['de-AT', 'en'], 'de'],
    [settings(), ['pt-BR'], 'en'],
    [normalizeSettings({ language: 'fr' }), [], 'fr'],
  ])('the language setting %# with browser languages %j shows %s', (value, browserLanguages, language) => {
    expect(chosenLanguage(value, browserLanguages)).toBe(language);
  });
});

/**
 * The user's settings and the rules for changing them: automatic checking on LinkedIn, extra
 * sites, trust lists, language. Pure functions over plain data, so the options page and the
 * worker agree and tests need no browser.
 */
import { readTrustList } from '../../components/core/index.ts';
import { UI_LANGUAGES, type UiLanguage } from '../../components/mc-verify/labels/labels.ts';

export type LanguageSetting = 'auto' | UiLanguage;

/** A trust list as stored: the parsed JSON document and where it came from. */
export interface StoredTrustList {
  /** Unique within the settings. */
  id: string;
  name: string;
  source: { kind: 'url'; url: string } | { kind: 'file'; fileName: string };
  addedAt: string;
  /** Issuer ids the list names, for display. */
  issuerCount: number;
  document: unknown;
}

export interface Settings {
  /** Find and check credentials on LinkedIn pages as they load. */
  autoCheckLinkedIn: boolean;
  /** Origins (https://host) where the content script also runs, each granted by the user. */
  extraSites: string[];
  trustLists: StoredTrustList[];
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  autoCheckLinkedIn: true,
  extraSites: [],
  trustLists: [],
  language: 'auto',
});

/** Sites and lists at most: enough for any recruiter, small enough for storage quotas. */
export const MAX_EXTRA_SITES = 50;
export const MAX_TRUST_LISTS = 20;
/** A trust list document at most, in characters of JSON. */
export const MAX_TRUST_LIST_CHARS = 2_000_000;

export type Change = { ok: true; settings: Settings } | { ok: false; error: string };

/** Settings as read from storage: anything missing or malformed falls back to the default. */
export function normalizeSettings(value: unknown): Settings {
  const stored = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const extraSites = Array.isArray(stored.extraSites) ? stored.extraSites.map((site) => (typeof site === 'string' ? siteOrigin(site) : null)) : [];
  const trustLists = Array.isArray(stored.trustLists) ? stored.trustLists.filter(isStoredTrustList) : [];
  return {
    autoCheckLinkedIn: typeof stored.autoCheckLinkedIn === 'boolean' ? stored.autoCheckLinkedIn : DEFAULT_SETTINGS.autoCheckLinkedIn,
    extraSites: [...new Set(extraSites.filter((site): site is string => site !== null))].slice(0, MAX_EXTRA_SITES),
    trustLists: trustLists.slice(0, MAX_TRUST_LISTS),
    language: isLanguageSetting(stored.language) ? stored.language : DEFAULT_SETTINGS.language,
  };
}

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return value === 'auto' || UI_LANGUAGES.includes(value as UiLanguage);
}

/**
 * The origin a user means by a site they type: `example.org`, `https://example.org/cv` →
 * `https://example.org`. Only https sites with a public-looking host name; null otherwise.
 */
export function siteOrigin(input: string): string | null {
  const text = input.trim();
  if (text === '' || text.length > 300) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.startsWith('[') || host.endsWith('.local') || host.endsWith('.localhost')) return null;
  return `https://${host}`;
}

/** The match pattern that covers a site's pages, for permissions and content scripts. */
export function siteMatchPattern(origin: string): string {
  return `${origin}/*`;
}

export function addExtraSite(settings: Settings, input: string): Change {
  const origin = siteOrigin(input);
  if (!origin) return { ok: false, error: `“${input.trim()}” is not an https site, such as example.org` };
  if (settings.extraSites.includes(origin)) return { ok: false, error: `${origin} is already on the list` };
  if (settings.extraSites.length >= MAX_EXTRA_SITES) return { ok: false, error: `at most ${MAX_EXTRA_SITES} sites can be added` };
  return { ok: true, settings: { ...settings, extraSites: [...settings.extraSites, origin] } };
}

export function removeExtraSite(settings: Settings, origin: string): Settings {
  return { ...settings, extraSites: settings.extraSites.filter((site) => site !== origin) };
}

export interface TrustListInput {
  source: StoredTrustList['source'];
  /** The document's JSON text, as fetched or read from the file. */
  text: string;
  addedAt: string;
}

/** Adds a trust list after reading it the way the engine will (components/core/parse/trust-list.ts). */
export function addTrustList(settings: Settings, input: TrustListInput): Change {
  if (settings.trustLists.length >= MAX_TRUST_LISTS) return { ok: false, error: `at most ${MAX_TRUST_LISTS} trust lists can be added` };
  if (input.text.length > MAX_TRUST_LIST_CHARS) return { ok: false, error: 'the trust list is larger than 2 MB' };
  let document: unknown;
  try {
    document = JSON.parse(input.text);
  } catch {
    return { ok: false, error: 'the trust list is not JSON' };
  }
  const fallbackName = input.source.kind === 'url' ? new URL(input.source.url).hostname : input.source.fileName;
  const read = readTrustList(document, fallbackName);
  if (!read.ok) return { ok: false, error: read.problem.detail };
  const sourceId = input.source.kind === 'url' ? input.source.url : `file:${input.source.fileName}`;
  if (settings.trustLists.some((list) => list.id === sourceId)) return { ok: false, error: 'this trust list is already added' };
  const list: StoredTrustList = { id: sourceId, name: read.list.name, source: input.source, addedAt: input.addedAt, issuerCount: read.list.issuers.size, document };
  return { ok: true, settings: { ...settings, trustLists: [...settings.trustLists, list] } };
}

export function removeTrustList(settings: Settings, id: string): Settings {
  return { ...settings, trustLists: settings.trustLists.filter((list) => list.id !== id) };
}

/** The trust lists as the engine's `trust` option takes them. */
export function engineTrust(settings: Settings): { name: string; document: unknown }[] {
  return settings.trustLists.map((list) => ({ name: list.name, document: list.document }));
}

/** The language to show: the setting, or the browser's. */
export function chosenLanguage(settings: Settings, browserLanguages: readonly string[]): UiLanguage {
  if (settings.language !== 'auto') return settings.language;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const match = UI_LANGUAGES.find((language) => language === primary);
    if (match) return match;
  }
  return 'en';
}

function isStoredTrustList(value: unknown): value is StoredTrustList {
  if (typeof value !== 'object' || value === null) return false;
  const list = value as Partial<StoredTrustList>;
  return typeof list.id === 'string' && typeof list.name === 'string' && typeof list.addedAt === 'string' && typeof list.issuerCount === 'number'
    && typeof list.source === 'object' && list.source !== null && readTrustList(list.document).ok;
}

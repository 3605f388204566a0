/**
 * The messages between the content script, the background worker and the extension pages (side
 * panel, options), and their validation. Every message that reaches the worker is untrusted until
 * `parseContentMessage` / `parsePanelMessage` accept it: a content script lives in a renderer the
 * page may have compromised (research/security.md §3.2, Chrome "Stay secure" §content scripts).
 */
import type { VerificationReport } from '../../components/core/index.ts';
import type { ClaimWarning } from '../claims/claim-check.ts';

/** At most this many links in one `check-links` message; a page sends more in further messages. */
export const MAX_LINKS_PER_MESSAGE = 50;
/** Longer hrefs are not credential links anyone clicks (detection refuses past 8 KiB as well). */
export const MAX_URL_LENGTH = 4096;
/** What an entry's text fields may hold; LinkedIn's own limits are far below. */
export const MAX_CLAIM_LENGTH = 300;
/** QR codes hold at most about 3 KB; this leaves room for any text a QR reader returns. */
export const MAX_QR_TEXT_LENGTH = 16_384;

/** Where on the page a link was found. */
export type LinkSource = 'linkedin-entry' | 'platform-link' | 'credly-embed' | 'blockcerts-verifier' | 'credential-json';
export const LINK_SOURCES: readonly LinkSource[] = ['linkedin-entry', 'platform-link', 'credly-embed', 'blockcerts-verifier', 'credential-json'];

/** How an entry reached the worker: found on the page, or asked for by the user. */
export type EntryOrigin = LinkSource | 'context-menu' | 'panel';

/**
 * What a LinkedIn entry states about the credential, as the page shows it. Only ever displayed as
 * "the entry says …" and compared with the verified credential; never trusted.
 */
export interface EntryClaims {
  /** The certification's name. */
  name?: string;
  /** The issuing organisation. */
  issuer?: string;
  /** Issue month, `YYYY-MM`. */
  issued?: string;
  /** Expiry month, `YYYY-MM`. */
  expires?: string;
  credentialId?: string;
}

const CLAIM_FIELDS = ['name', 'issuer', 'issued', 'expires', 'credentialId'] as const;

/** One credential link the content script found. */
export interface FoundLink {
  /** The href (or embed source) exactly as found; verdicts come back keyed by it. */
  href: string;
  source: LinkSource;
  claims?: EntryClaims;
}

/** What a chip shows. `not-a-credential`: the link leads to a page, not to a credential. */
export type ChipKind =
  | 'checking'
  | 'verified'
  | 'expired'
  | 'revoked'
  | 'suspended'
  | 'not-yet-valid'
  | 'unverifiable'
  | 'not-a-credential'
  | 'invalid';

export const CHIP_KINDS: readonly ChipKind[] = ['checking', 'verified', 'expired', 'revoked', 'suspended', 'not-yet-valid', 'unverifiable', 'not-a-credential', 'invalid'];

/** A chip's state and words, computed by the worker from its own verification. */
export interface ChipVerdict {
  href: string;
  kind: ChipKind;
  /** One or two words. */
  label: string;
  /** Why, in one line. */
  reason: string;
}

// Content script → worker (runtime.sendMessage).

export interface GetPageSettingsMessage {
  type: 'get-page-settings';
}
export interface CheckLinksMessage {
  type: 'check-links';
  links: FoundLink[];
  /** The profile's name as the page shows it, for the claim check. */
  profileName?: string;
}
export interface OpenPanelMessage {
  type: 'open-panel';
  /** The chip that was clicked, so the panel can show its credential first. */
  href?: string;
}
export type ContentMessage = GetPageSettingsMessage | CheckLinksMessage | OpenPanelMessage;

// Extension pages → worker (runtime.sendMessage).

export interface GetTabStateMessage {
  type: 'get-tab-state';
  tabId: number;
}
export interface RecheckMessage {
  type: 'recheck';
  tabId: number;
  key: string;
}
export interface CheckPageMessage {
  type: 'check-page';
  tabId: number;
}
export interface VerifyTargetMessage {
  type: 'verify-target';
  tabId: number;
  /** A credential link or a (baked) badge image URL the user gave the panel. */
  url: string;
  target: 'link' | 'image';
}
export interface VerifyQrTextMessage {
  type: 'verify-qr-text';
  tabId: number;
  /** The image entry whose QR code was read. */
  key: string;
  text: string;
}
export type PanelMessage = GetTabStateMessage | RecheckMessage | CheckPageMessage | VerifyTargetMessage | VerifyQrTextMessage;

// Worker → content script (tabs.sendMessage) and worker → extension pages (runtime.sendMessage).

export interface VerdictsMessage {
  type: 'verdicts';
  verdicts: ChipVerdict[];
}
export interface ScanPageMessage {
  type: 'scan-page';
}
export type WorkerToContentMessage = VerdictsMessage | ScanPageMessage;

export interface TabStateChangedMessage {
  type: 'tab-state-changed';
  tabId: number;
}

// Responses.

export interface PageSettings {
  /** Whether to find and check links now (LinkedIn with automatic checking on, extra sites, a page the user asked to check). */
  scan: boolean;
  /** The chip text while checking, in the chosen language. */
  checkingLabel: string;
  checkingReason: string;
}

export interface CheckLinksResponse {
  /** How many links were taken on; the rest (past the per-page limit) are ignored. */
  accepted: number;
  /** What is known now: cached verdicts, and `checking` for the rest. */
  verdicts: ChipVerdict[];
}

/** One credential the worker checked, with when. */
export interface CheckedCredential {
  /** What was verified: the link after unwrapping wrappers and removing tracking, or an image or QR text. */
  input: CheckedInput;
  report: VerificationReport;
  /** When the worker reached the verdict (ISO 8601). Cached verdicts keep their time. */
  verifiedAt: string;
}

export type CheckedInput =
  | { kind: 'url'; url: string }
  | { kind: 'image'; url: string }
  | { kind: 'qr-text'; text: string; imageUrl: string };

/** One credential entry of a tab, for the side panel. */
export interface EntryState {
  /** Stable id within the tab: the normalised URL (or image URL). */
  key: string;
  /** The hrefs it was found as on the page. */
  foundAs: string[];
  origin: EntryOrigin;
  target: 'link' | 'image';
  claims?: EntryClaims;
  checked?: CheckedCredential;
  /** The claim check, computed from the worker's own report. */
  claimWarnings: ClaimWarning[];
}

export interface TabState {
  tabId: number;
  /** The page's URL as the browser reports it (not as the page says). */
  pageUrl: string | undefined;
  profileName?: string;
  entries: EntryState[];
  /** The entry whose chip was clicked last, if any. */
  focusKey?: string;
  /** The UI language for `<mc-verify lang>`. */
  language: string;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

// Validation.

const refuse = (error: string): { ok: false; error: string } => ({ ok: false, error });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(value).every((key) => allowed.includes(key));
}

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= max;
}

const isTabId = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function parseClaims(value: unknown): EntryClaims | string {
  if (!isRecord(value) || !hasOnlyKeys(value, CLAIM_FIELDS)) return 'claims must be an object with name, issuer, issued, expires, credentialId';
  const claims: EntryClaims = {};
  for (const field of CLAIM_FIELDS) {
    const text = value[field];
    if (text === undefined) continue;
    if (!isShortString(text, MAX_CLAIM_LENGTH)) return `claims.${field} must be text of at most ${MAX_CLAIM_LENGTH} characters`;
    claims[field] = text;
  }
  for (const month of ['issued', 'expires'] as const) {
    const text = claims[month];
    if (text !== undefined && !/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return `claims.${month} must be a month, YYYY-MM`;
  }
  return claims;
}

function parseFoundLink(value: unknown, index: number): FoundLink | string {
  if (!isRecord(value) || !hasOnlyKeys(value, ['href', 'source', 'claims'])) return `links[${index}] must be an object with href, source and claims`;
  const { href, source } = value;
  if (!isShortString(href, MAX_URL_LENGTH)) return `links[${index}].href must be text of at most ${MAX_URL_LENGTH} characters`;
  if (!LINK_SOURCES.includes(source as LinkSource)) return `links[${index}].source is not a known source`;
  const link: FoundLink = { href, source: source as LinkSource };
  if (value.claims !== undefined) {
    const claims = parseClaims(value.claims);
    if (typeof claims === 'string') return `links[${index}]: ${claims}`;
    link.claims = claims;
  }
  return link;
}

/** Accepts a content script's message, or says what is wrong with it. */
export function parseContentMessage(value: unknown): Parsed<ContentMessage> {
  if (!isRecord(value) || typeof value.type !== 'string') return refuse('a message is an object with a type');
  switch (value.type) {
    case 'get-page-settings':
      return hasOnlyKeys(value, ['type']) ? { ok: true, message: { type: 'get-page-settings' } } : refuse('get-page-settings takes no fields');
    case 'open-panel': {
      if (!hasOnlyKeys(value, ['type', 'href'])) return refuse('open-panel takes only href');
      if (value.href === undefined) return { ok: true, message: { type: 'open-panel' } };
      if (!isShortString(value.href, MAX_URL_LENGTH)) return refuse('open-panel href must be a short text');
      return { ok: true, message: { type: 'open-panel', href: value.href } };
    }
    case 'check-links': {
      if (!hasOnlyKeys(value, ['type', 'links', 'profileName'])) return refuse('check-links takes only links and profileName');
      if (!Array.isArray(value.links) || value.links.length === 0) return refuse('check-links needs a non-empty list of links');
      if (value.links.length > MAX_LINKS_PER_MESSAGE) return refuse(`check-links takes at most ${MAX_LINKS_PER_MESSAGE} links`);
      const links: FoundLink[] = [];
      for (const [index, item] of value.links.entries()) {
        const link = parseFoundLink(item, index);
        if (typeof link === 'string') return refuse(link);
        links.push(link);
      }
      const message: CheckLinksMessage = { type: 'check-links', links };
      if (value.profileName !== undefined) {
        if (!isShortString(value.profileName, MAX_CLAIM_LENGTH)) return refuse('check-links profileName must be a short text');
        message.profileName = value.profileName;
      }
      return { ok: true, message };
    }
    default:
      return refuse(`unknown message type ${JSON.stringify(value.type).slice(0, 40)}`);
  }
}

/** Accepts an extension page's message, or says what is wrong with it. */
export function parsePanelMessage(value: unknown): Parsed<PanelMessage> {
  if (!isRecord(value) || typeof value.type !== 'string') return refuse('a message is an object with a type');
  if (!isTabId(value.tabId)) return refuse(`${value.type} needs a tabId`);
  const tabId = value.tabId;
  switch (value.type) {
    case 'get-tab-state':
    case 'check-page':
      return hasOnlyKeys(value, ['type', 'tabId']) ? { ok: true, message: { type: value.type, tabId } } : refuse(`${value.type} takes only tabId`);
    case 'recheck':
      if (!hasOnlyKeys(value, ['type', 'tabId', 'key']) || !isShortString(value.key, MAX_URL_LENGTH)) return refuse('recheck takes tabId and key');
      return { ok: true, message: { type: 'recheck', tabId, key: value.key } };
    case 'verify-target':
      if (!hasOnlyKeys(value, ['type', 'tabId', 'url', 'target']) || !isShortString(value.url, MAX_URL_LENGTH)) return refuse('verify-target takes tabId, url and target');
      if (value.target !== 'link' && value.target !== 'image') return refuse('verify-target target is link or image');
      return { ok: true, message: { type: 'verify-target', tabId, url: value.url, target: value.target } };
    case 'verify-qr-text':
      if (!hasOnlyKeys(value, ['type', 'tabId', 'key', 'text']) || !isShortString(value.key, MAX_URL_LENGTH) || !isShortString(value.text, MAX_QR_TEXT_LENGTH)) {
        return refuse('verify-qr-text takes tabId, key and text');
      }
      return { ok: true, message: { type: 'verify-qr-text', tabId, key: value.key, text: value.text } };
    default:
      return refuse(`unknown message type ${JSON.stringify(value.type).slice(0, 40)}`);
  }
}

function parseChipVerdict(value: unknown): ChipVerdict | null {
  if (!isRecord(value)) return null;
  const { href, kind, label, reason } = value;
  if (!isShortString(href, MAX_URL_LENGTH) || !CHIP_KINDS.includes(kind as ChipKind)) return null;
  if (typeof label !== 'string' || typeof reason !== 'string') return null;
  return { href, kind: kind as ChipKind, label: label.slice(0, 60), reason: reason.slice(0, 400) };
}

/** What the content script accepts from the worker. */
export function parseWorkerToContentMessage(value: unknown): Parsed<WorkerToContentMessage> {
  if (!isRecord(value)) return refuse('not a message');
  if (value.type === 'scan-page') return { ok: true, message: { type: 'scan-page' } };
  if (value.type === 'verdicts' && Array.isArray(value.verdicts)) {
    const verdicts = value.verdicts.map(parseChipVerdict);
    if (verdicts.every((verdict): verdict is ChipVerdict => verdict !== null)) return { ok: true, message: { type: 'verdicts', verdicts } };
  }
  return refuse('not a message from the worker');
}

/** The page settings as the content script reads them from the worker's answer. */
export function parsePageSettings(value: unknown): PageSettings | null {
  if (!isRecord(value) || typeof value.scan !== 'boolean' || typeof value.checkingLabel !== 'string' || typeof value.checkingReason !== 'string') return null;
  return { scan: value.scan, checkingLabel: value.checkingLabel, checkingReason: value.checkingReason };
}

/** The worker's answer to `check-links`, as the content script reads it. */
export function parseCheckLinksResponse(value: unknown): CheckLinksResponse | null {
  if (!isRecord(value) || !Number.isSafeInteger(value.accepted) || !Array.isArray(value.verdicts)) return null;
  const verdicts = value.verdicts.map(parseChipVerdict);
  if (!verdicts.every((verdict): verdict is ChipVerdict => verdict !== null)) return null;
  return { accepted: value.accepted as number, verdicts };
}

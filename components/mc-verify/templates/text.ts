/**
 * Credential text as people should see it: the language picked from a language map, invisible
 * control characters removed, lengths capped, dates formatted. Everything here returns plain
 * strings; they are rendered as text, never as markup.
 */
import type { Text } from '../../core/index.ts';

/** A text value in the language chosen for display, with the tag it is written in, if known. */
export interface PickedText {
  value: string;
  lang?: string;
}

/** Bidirectional embedding, override and isolate controls: they can make a name read as another. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Characters that take no space: they hide differences between two names that look the same. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060-\u2064\uFEFF]|[\u{E0000}-\u{E007F}]/gu;
/** C0 and C1 controls other than tab and line breaks. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Longest name shown; names longer than this are cut. */
export const MAX_NAME_LENGTH = 300;
/** Longest text rendered at all; a 1 MB description is cut here so the page stays responsive. */
export const MAX_TEXT_LENGTH = 20_000;
/** Texts longer than this are shown shortened, with a "Show more" button. */
export const CLAMP_LENGTH = 600;

/**
 * Picks the entry of a language map for `lang`: the exact tag, then the same primary language,
 * then English, then text without a language, then the first entry.
 */
export function pickText(text: Text | undefined, lang: string): PickedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { value: text };
  const entries = Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (entries.length === 0) return undefined;
  const wanted = lang.toLowerCase();
  const primary = wanted.split('-')[0];
  const found =
    entries.find(([tag]) => tag.toLowerCase() === wanted) ??
    entries.find(([tag]) => tag.toLowerCase().split('-')[0] === primary) ??
    entries.find(([tag]) => tag.toLowerCase().split('-')[0] === 'en') ??
    entries.find(([tag]) => tag === '') ??
    entries[0];
  if (!found) return undefined;
  const [tag, value] = found;
  return tag === '' ? { value } : { value, lang: tag };
}

/** A cleaned text, and whether anything was removed (so the view can say so). */
export interface CleanText {
  text: string;
  removed: boolean;
}

/**
 * A name for display on one line: bidi controls, invisible characters and controls removed,
 * whitespace collapsed, length capped.
 */
export function cleanName(value: string): CleanText {
  const stripped = value.replace(BIDI_CONTROLS, '').replace(INVISIBLE, '').replace(CONTROLS, '');
  const removed = stripped.length !== value.length;
  const text = stripped.replace(/\s+/g, ' ').trim();
  return { text: text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH - 1)}…` : text, removed };
}

/**
 * A longer text (a description, a narrative): bidi overrides and controls removed, line breaks
 * kept, length capped at {@link MAX_TEXT_LENGTH}. Joiners stay, as some scripts need them.
 */
export function cleanText(value: string): CleanText {
  const stripped = value.replace(BIDI_CONTROLS, '').replace(CONTROLS, '');
  const cut = stripped.length > MAX_TEXT_LENGTH;
  return { text: cut ? `${stripped.slice(0, MAX_TEXT_LENGTH)}…` : stripped, removed: cut || stripped.length !== value.length };
}

/** The first `length` characters of a text, cut at a word boundary, with an ellipsis. */
export function shorten(value: string, length = CLAMP_LENGTH): string {
  if (value.length <= length) return value;
  const cut = value.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

/**
 * Whether a value looks like a hashed identity (`sha256$…`, a long hex digest) rather than a name:
 * such values are never shown as the recipient's name.
 */
export function looksLikeHash(value: string): boolean {
  const trimmed = value.trim();
  return /^(?:sha(?:1|224|256|384|512)|md5)\$/i.test(trimmed) || /^(?:0x)?[0-9a-f]{32,}$/i.test(trimmed);
}

/** A date in the reader's language; the text as given when it is not a date. */
export function formatDate(value: string, lang: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return cleanName(value).text;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(time);
  } catch {
    return new Date(time).toISOString().slice(0, 10);
  }
}

/** A number in the reader's language. */
export function formatNumber(value: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang).format(value);
  } catch {
    return String(value);
  }
}

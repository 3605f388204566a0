/**
 * Multilingual text as credentials state it, and choosing one language for a reader.
 *
 * Shapes met in the wild: a plain string (OB), a language map `{"en": "x"}` (EC EDC samples),
 * a language map of arrays `{"en": ["x"]}` (EBSI EDC examples, eu-edc.md §1.2), JSON-LD value
 * objects `{"@value": "x", "@language": "en"}` alone or in arrays.
 */
import type { Text } from '../report.ts';

/** A language map with more keys than this is cut: no credential states a text in more languages than the EU has (24) plus a margin. */
const MAX_LANGUAGES = 64;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmpty(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The first non-empty string of a value or a list of values (a language map entry may be either). */
function firstString(value: unknown): string | undefined {
  if (!Array.isArray(value)) return nonEmpty(value);
  for (const entry of value.slice(0, MAX_LANGUAGES)) {
    const text = nonEmpty(entry) ?? (isRecord(entry) ? nonEmpty(entry['@value']) : undefined);
    if (text !== undefined) return text;
  }
  return undefined;
}

/**
 * Reads a text value in any of the shapes above. Untagged text is kept under the key `''` when
 * other languages are present. Empty strings state nothing and are dropped. Where a language holds
 * several strings the first is kept: ELM and OB titles, names and notes are single-valued per language.
 */
export function toText(value: unknown): Text | undefined {
  const single = nonEmpty(value);
  if (single !== undefined) return single;
  const entries = Array.isArray(value) ? value.slice(0, MAX_LANGUAGES) : [value];
  const map: Record<string, string> = {};
  let count = 0;
  const put = (language: string, text: string | undefined) => {
    if (text === undefined || count >= MAX_LANGUAGES || Object.hasOwn(map, language)) return;
    map[language] = text;
    count++;
  };
  for (const entry of entries) {
    if (typeof entry === 'string' || typeof entry === 'number') {
      put('', nonEmpty(entry));
    } else if (isRecord(entry) && Object.hasOwn(entry, '@value')) {
      const language = entry['@language'];
      put(typeof language === 'string' && LANGUAGE_TAG.test(language) ? language : '', nonEmpty(entry['@value']));
    } else if (isRecord(entry)) {
      for (const language of Object.keys(entry).slice(0, MAX_LANGUAGES)) {
        if (LANGUAGE_TAG.test(language)) put(language, firstString(entry[language]));
      }
    }
  }
  const keys = Object.keys(map);
  if (keys.length === 0) return undefined;
  return keys.length === 1 && keys[0] === '' ? map['']! : map;
}

export interface PickedText {
  text: string;
  /** The language tag of the chosen text, absent for untagged text. */
  language?: string;
}

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * Chooses one language of a text for a reader: the exact tag, then the same primary language
 * (the bare tag first, then regional variants), then English, then the first the credential gives.
 * Tags compare case-insensitively (BCP 47 §2.1.1).
 */
export function pickLanguage(text: Text | undefined, locale?: string): PickedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return { text };
  const keys = Object.keys(text).filter((key) => typeof text[key] === 'string');
  if (keys.length === 0) return undefined;
  const result = (key: string): PickedText => (key === '' ? { text: text[key]! } : { text: text[key]!, language: key });
  const wanted = typeof locale === 'string' ? locale.trim().replace(/_/g, '-').toLowerCase() : '';
  if (wanted !== '') {
    const exact = keys.find((key) => key.toLowerCase() === wanted);
    if (exact !== undefined) return result(exact);
    const base = primary(wanted);
    const bare = keys.find((key) => key.toLowerCase() === base);
    if (bare !== undefined) return result(bare);
    const regional = keys.find((key) => key !== '' && primary(key) === base);
    if (regional !== undefined) return result(regional);
  }
  const english = keys.find((key) => key.toLowerCase() === 'en') ?? keys.find((key) => key !== '' && primary(key) === 'en');
  return result(english ?? keys[0]!);
}

/**
 * Trust lists: who vouches that an issuer id belongs to the organisation it names.
 *
 * Two formats are read:
 *
 * 1. mc-verify's own:
 *    ```json
 *    { "type": "McVerifyTrustList", "name": "Partner universities",
 *      "source": "https://example.org/partners.json",
 *      "issuers": { "did:web:example.edu": { "name": "Example University",
 *                   "homepage": "https://example.edu", "source": "https://example.org/partners#ex" } } }
 *    ```
 * 2. The Digital Credentials Consortium's issuer registry (`registry.json`):
 *    `{ "meta": {...}, "registry": { "<did>": { "name", "url", "location" } } }`, optionally with a
 *    top-level `"name"`.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { isObject } from './json.ts';


export interface TrustEntry {
  name: string;
  homepage?: string;
  source?: string;
}

export interface TrustList {
  name: string;
  source?: string;
  issuers: ReadonlyMap<string, TrustEntry>;
}

export type TrustListOutcome = { ok: true; list: TrustList } | { ok: false; problem: Problem };

export const OWN_TRUST_LIST_TYPE = 'McVerifyTrustList';

export function readTrustList(value: unknown, fallbackName = 'trust list'): TrustListOutcome {
  if (!isObject(value)) return malformed(`${fallbackName} is not a JSON object`);
  const name = typeof value.name === 'string' && value.name.trim() !== '' ? value.name : fallbackName;
  if (value.type === OWN_TRUST_LIST_TYPE) return readEntries(value.issuers, 'issuers', name, value.source, 'homepage');
  if (isObject(value.registry)) return readEntries(value.registry, 'registry', name, value.source, 'url');
  return malformed(`${quote(name)} has neither "type": "${OWN_TRUST_LIST_TYPE}" with "issuers" nor a DCC "registry"`);
}

function readEntries(entries: unknown, property: string, name: string, source: unknown, homepageKey: 'homepage' | 'url'): TrustListOutcome {
  if (!isObject(entries)) return malformed(`${quote(name)}: ${property} is not an object of issuer ids`);
  const issuers = new Map<string, TrustEntry>();
  for (const [id, raw] of Object.entries(entries)) {
    if (!isObject(raw) || typeof raw.name !== 'string') {
      return malformed(`${quote(name)}: ${property}[${quote(id)}] has no "name"`);
    }
    const entry: TrustEntry = { name: raw.name };
    const homepage = raw[homepageKey];
    if (typeof homepage === 'string') entry.homepage = homepage;
    if (typeof raw.source === 'string') entry.source = raw.source;
    issuers.set(id, entry);
  }
  const list: TrustList = { name, issuers };
  if (typeof source === 'string') list.source = source;
  return { ok: true, list };
}

function malformed(detail: string): TrustListOutcome {
  return { ok: false, problem: problem('TRUST_LIST_MALFORMED', detail) };
}

/**
 * What a certification entry says, from its lines: the first plain line is the certification's
 * name, the second the issuing organisation; "Issued … · Expires …" gives the months and
 * "Credential ID …" the id (research/links.md §2.1, all three layouts).
 */
import { MAX_CLAIM_LENGTH, type EntryClaims } from '../messaging/protocol.ts';
import { datesOfLine, isDatesLine, monthOf } from './entry-dates.ts';

/** Lines that are buttons or sub-lists, not statements about the credential. */
const NOT_A_CLAIM = /^(skills?\s*:|show credential|see credential|show all|credential url)/i;

export function claimsFromLines(lines: readonly string[]): EntryClaims {
  const claims: EntryClaims = {};
  const plain: string[] = [];
  for (const line of lines) {
    if (isDatesLine(line)) Object.assign(claims, datesOfLine(line));
    else if (/^credential id\b/i.test(line)) claims.credentialId = line.replace(/^credential id\s*:?\s*/i, '');
    else if (!NOT_A_CLAIM.test(line)) plain.push(line);
  }
  const [name, issuer] = plain;
  if (name) claims.name = name;
  if (issuer) claims.issuer = issuer;
  return capped(claims);
}

/** The public layout's `<time>` elements: issue month, then expiry month. */
export function datesOfTimes(times: readonly string[]): { issued?: string; expires?: string } {
  const [issued, expires] = times.map(monthOf);
  return { ...(issued ? { issued } : {}), ...(expires ? { expires } : {}) };
}

function capped(claims: EntryClaims): EntryClaims {
  const out: EntryClaims = {};
  for (const [field, value] of Object.entries(claims) as [keyof EntryClaims, string | undefined][]) {
    if (value) out[field] = value.slice(0, MAX_CLAIM_LENGTH);
  }
  return out;
}

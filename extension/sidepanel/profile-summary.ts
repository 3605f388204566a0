/**
 * The profile summary: "4 of 6 credentials verified, 1 revoked, 1 could not be checked", counted
 * from the worker's own verdicts for the tab's entries.
 */
import type { ChipKind, EntryState } from '../messaging/protocol.ts';
import { chipKindOf } from '../../components/mc-verify/chip-state.ts';

export type SummaryCounts = Readonly<Record<ChipKind, number>> & { readonly total: number };

/** The order the other kinds are listed in after "verified": most serious first. */
const LISTED: readonly Exclude<ChipKind, 'verified'>[] = ['invalid', 'revoked', 'suspended', 'expired', 'not-yet-valid', 'unverifiable', 'not-a-credential', 'checking'];

const PHRASES: Readonly<Record<Exclude<ChipKind, 'verified'>, string>> = {
  invalid: 'invalid',
  revoked: 'revoked',
  suspended: 'suspended',
  expired: 'expired',
  'not-yet-valid': 'not yet valid',
  unverifiable: 'could not be checked',
  'not-a-credential': 'not a credential',
  checking: 'still being checked',
};

export function entryKind(entry: EntryState): ChipKind {
  return entry.checked ? chipKindOf(entry.checked.report) : 'checking';
}

export function summaryCounts(entries: readonly EntryState[]): SummaryCounts {
  const counts: Record<ChipKind, number> = {
    checking: 0,
    verified: 0,
    expired: 0,
    revoked: 0,
    suspended: 0,
    'not-yet-valid': 0,
    unverifiable: 0,
    'not-a-credential': 0,
    invalid: 0,
  };
  for (const entry of entries) counts[entryKind(entry)]++;
  return { ...counts, total: entries.length };
}

/** The summary sentence. */
export function summarySentence(counts: SummaryCounts): string {
  if (counts.total === 0) return 'No credentials found on this page.';
  const noun = counts.total === 1 ? 'credential' : 'credentials';
  const parts = [`${counts.verified} of ${counts.total} ${noun} verified`];
  for (const kind of LISTED) {
    if (counts[kind] > 0) parts.push(`${counts[kind]} ${PHRASES[kind]}`);
  }
  return parts.join(', ');
}

/**
 * What a chip and the summary say: the verdict, "not a credential" for links to pages, the reason
 * in one line in the chosen language, and "4 of 6 credentials verified, 1 revoked, …".
 */
import { describe, expect, it } from 'vitest';
import { unreadableInputReport, type Problem, type ProblemCode, type Verdict, type VerificationReport } from '../../components/core/index.ts';
import { en } from '../../components/mc-verify/labels/en.ts';
import type { ChipKind, EntryState } from '../../extension/messaging/protocol.ts';
import { summaryCounts, summarySentence } from '../../extension/sidepanel/profile-summary.ts';
import { chipKindOf } from '../../components/mc-verify/chip-state.ts';
import { checkingVerdict, chipVerdict } from '../../extension/verdicts/chip-words.ts';

async function report(verdict: Verdict, code?: ProblemCode): Promise<VerificationReport> {
  const base = await unreadableInputReport('stand-in', { kind: 'url' });
  const problems: Problem[] = code ? [{ type: 'https://example.org#x', code, title: code, detail: `${code} detail` }] : [];
  return { ...base, verdict, problems };
}

describe('chips', () => {
  it.each<{ verdict: Verdict; code: ProblemCode | undefined; kind: ChipKind }>([
    { verdict: 'verified', code: undefined, kind: 'verified' },
    { verdict: 'expired', code: 'CREDENTIAL_EXPIRED', kind: 'expired' },
    { verdict: 'revoked', code: 'CREDENTIAL_REVOKED', kind: 'revoked' },
    { verdict: 'suspended', code: 'CREDENTIAL_SUSPENDED', kind: 'suspended' },
    { verdict: 'not-yet-valid', code: 'CREDENTIAL_NOT_YET_VALID', kind: 'not-yet-valid' },
    { verdict: 'invalid', code: 'SIGNATURE_INVALID', kind: 'invalid' },
    { verdict: 'unverifiable', code: 'FETCH_FAILED', kind: 'unverifiable' },
    { verdict: 'unverifiable', code: 'PLATFORM_PAGE', kind: 'not-a-credential' },
    { verdict: 'unverifiable', code: 'LINK_API_UNKNOWN', kind: 'not-a-credential' },
    { verdict: 'invalid', code: 'NOT_A_CREDENTIAL', kind: 'not-a-credential' },
    { verdict: 'unverifiable', code: 'IMAGE_NOT_BAKED', kind: 'not-a-credential' },
  ])('the verdict $verdict with the problem $code shows the chip $kind', async ({ verdict, code, kind }) => {
    expect(chipKindOf(await report(verdict, code))).toBe(kind);
  });

  it.each<{ verdict: Verdict; code: ProblemCode | undefined; label: string; reason: string }>([
    { verdict: 'verified', code: undefined, label: 'Verified', reason: en.verdicts.verified.summary },
    { verdict: 'revoked', code: 'CREDENTIAL_REVOKED', label: 'Revoked', reason: en.verdicts.revoked.summary },
    { verdict: 'invalid', code: 'SIGNATURE_INVALID', label: 'Invalid', reason: en.problems.SIGNATURE_INVALID },
    { verdict: 'unverifiable', code: 'FETCH_FAILED', label: 'Could not verify', reason: en.problems.FETCH_FAILED },
    { verdict: 'unverifiable', code: 'PLATFORM_PAGE', label: 'Not a credential', reason: en.problems.PLATFORM_PAGE },
  ])('the $verdict chip reads “$label” and says why in one line: the state, or its first problem', async ({ verdict, code, label, reason }) => {
    const chip = chipVerdict('https://example.org/c.json', await report(verdict, code), 'en');
    expect([chip.label, chip.reason]).toEqual([label, reason]);
    expect(chip.reason).not.toContain('\n');
  });

  it('chips speak the chosen language', async () => {
    expect(chipVerdict('h', await report('revoked', 'CREDENTIAL_REVOKED'), 'de').label).toBe('Widerrufen');
    expect(chipVerdict('h', await report('unverifiable', 'PLATFORM_PAGE'), 'fr').label).toBe('Pas un justificatif');
    expect(checkingVerdict('h', 'en')).toEqual({ href: 'h', kind: 'checking', label: 'Checking…', reason: 'Checking the credential…' });
  });
});

describe('the profile summary', () => {
  const entry = async (verdict: Verdict | 'checking', code?: ProblemCode): Promise<EntryState> => {
    const base: EntryState = { key: Math.random().toString(36), foundAs: [], origin: 'linkedin-entry', target: 'link', claimWarnings: [] };
    return verdict === 'checking' ? base : { ...base, checked: { input: { kind: 'url', url: base.key }, report: await report(verdict, code), verifiedAt: '2026-01-01T00:00:00Z' } };
  };

  it('counts the verified ones out of all, then the rest, most serious first', async () => {
    const entries = await Promise.all([entry('verified'), entry('verified'), entry('verified'), entry('verified'), entry('revoked', 'CREDENTIAL_REVOKED'), entry('unverifiable', 'FETCH_FAILED')]);
    expect(summarySentence(summaryCounts(entries))).toBe('4 of 6 credentials verified, 1 revoked, 1 could not be checked');
  });

  it('names every kind, including links that are not credentials and checks still running', async () => {
    const entries = await Promise.all([
      entry('invalid', 'SIGNATURE_INVALID'),
      entry('expired', 'CREDENTIAL_EXPIRED'),
      entry('suspended', 'CREDENTIAL_SUSPENDED'),
      entry('not-yet-valid', 'CREDENTIAL_NOT_YET_VALID'),
      entry('unverifiable', 'PLATFORM_PAGE'),
      entry('checking'),
    ]);
    expect(summarySentence(summaryCounts(entries))).toBe('0 of 6 credentials verified, 1 invalid, 1 suspended, 1 expired, 1 not yet valid, 1 not a credential, 1 still being checked');
  });

  it('one credential, or none', async () => {
    expect(summarySentence(summaryCounts([await entry('verified')]))).toBe('1 of 1 credential verified');
    expect(summarySentence(summaryCounts([]))).toBe('No credentials found on this page.');
  });
});

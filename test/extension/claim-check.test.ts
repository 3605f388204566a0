/**
 * The claim check: what a LinkedIn entry says against what the verified credential says. Names
 * are compared as sets of words (case, accents, legal suffixes and extra words aside); months
 * within one of each other agree.
 */
import { describe, expect, it } from 'vitest';
import { unreadableInputReport, type CredentialView, type VerificationReport } from '../../components/core/index.ts';
import { checkClaims } from '../../extension/claims/claim-check.ts';
import { sameOrganisation, samePerson, sameTitle } from '../../extension/claims/name-match.ts';
import type { EntryClaims } from '../../extension/messaging/protocol.ts';

async function reportOf(credential: Partial<CredentialView> | undefined): Promise<VerificationReport> {
  const report: VerificationReport = { ...(await unreadableInputReport('stand-in', { kind: 'url' })), verdict: 'verified' };
  if (credential) {
    report.credential = { types: ['VerifiableCredential'], issuer: { id: 'did:key:z6Mk', name: 'Fixture University' }, subject: { name: 'Ada Lovelace', identifiers: [] }, alignments: [], evidence: [], results: [], ...credential };
  }
  return report;
}

const ACHIEVEMENT = { name: 'Data Literacy Foundations', tags: [] };

describe('names', () => {
  it.each([
    ['Google', 'Google LLC', true],
    ['Google', 'Google Cloud', true],
    ['Université de Genève', 'Universite de Geneve', true],
    ['The Linux Foundation', 'Linux Foundation', true],
    ['Google', 'Fixture University', false],
    ['Amazon Web Services', 'Microsoft', false],
  ])('organisation “%s” and “%s” are the same: %s', (a, b, same) => {
    expect(sameOrganisation(a, b)).toBe(same);
  });

  it.each([
    ['Professional Data Engineer', 'Google Cloud Certified Professional Data Engineer', true],
    ['AWS Certified Solutions Architect – Associate', 'AWS Certified Solutions Architect Associate', true],
    ['Professional Data Engineer', 'Data Literacy Foundations', false],
  ])('title “%s” and “%s” are the same: %s', (a, b, same) => {
    expect(sameTitle(a, b)).toBe(same);
  });

  it.each([
    ['Ada Lovelace', 'Ada King, Countess of Lovelace', true],
    ['José Núñez', 'Jose Nunez', true],
    ['Ada Lovelace', 'Charles Babbage', false],
  ])('person “%s” and “%s” are the same: %s', (a, b, same) => {
    expect(samePerson(a, b)).toBe(same);
  });
});

describe('the claim check', () => {
  it('an entry that matches its credential raises nothing', async () => {
    const report = await reportOf({ achievement: ACHIEVEMENT, validFrom: '2025-01-01T00:00:00Z', validUntil: '2027-01-31T00:00:00Z' });
    const claims: EntryClaims = { name: 'Data Literacy Foundations', issuer: 'Fixture University', issued: '2025-01', expires: '2027-01' };
    expect(checkClaims({ claims, profileName: 'Ada Lovelace', report })).toEqual([]);
  });

  it.each<[string, Partial<CredentialView>, EntryClaims, string | undefined, string]>([
    ['another issuer', { achievement: ACHIEVEMENT }, { issuer: 'Google' }, undefined, 'The entry says “Google”; the credential was issued by “Fixture University”.'],
    ['another certification', { achievement: ACHIEVEMENT }, { name: 'Professional Data Engineer' }, undefined, 'The entry is titled “Professional Data Engineer”; the credential is for “Data Literacy Foundations”.'],
    ['another person', { subject: { name: 'Charles Babbage', identifiers: [] } }, {}, 'Ada Lovelace', 'Issued to a different name: the credential names “Charles Babbage”, the profile is “Ada Lovelace”.'],
    ['a recipient the credential does not name', { subject: { identifiers: [{ type: 'emailAddress', hashed: true, value: 'sha256$ab' }] } }, {}, 'Ada Lovelace', 'The credential does not name its recipient, so it cannot be matched to “Ada Lovelace”.'],
    ['another issue month', { validFrom: '2023-06-01T00:00:00Z' }, { issued: '2025-01' }, undefined, 'The entry says it was issued in January 2025; the credential says June 2023.'],
    ['an expiry the credential does not have', {}, { expires: '2027-01' }, undefined, 'The entry says it expires in January 2027; the credential does not expire.'],
    ['another expiry', { validUntil: '2026-01-01T00:00:00Z' }, { expires: '2028-01' }, undefined, 'The entry says it expires in January 2028; the credential says January 2026.'],
  ])('%s is named', async (_, credential, claims, profileName, message) => {
    const warnings = checkClaims({ claims, profileName, report: await reportOf(credential) });
    expect(warnings.map((warning) => warning.message)).toEqual([message]);
  });

  it('language maps are compared in every language the credential states', async () => {
    const report = await reportOf({ issuer: { id: 'did:key:z', name: { de: 'Technische Universität München', en: 'Technical University of Munich' } } });
    expect(checkClaims({ claims: { issuer: 'Technical University of Munich' }, report })).toEqual([]);
  });

  it('a month apart is the same month (time zones)', async () => {
    const report = await reportOf({ awardedDate: '2024-12-31T23:30:00Z' });
    expect(checkClaims({ claims: { issued: '2025-01' }, report })).toEqual([]);
  });

  it('without a verified credential view there is nothing to compare', async () => {
    expect(checkClaims({ claims: { issuer: 'Google' }, profileName: 'Ada', report: await reportOf(undefined) })).toEqual([]);
  });
});

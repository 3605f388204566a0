/**
 * `validity-period`: the instant of checking lies within validFrom…validUntil (VC 1.1:
 * issuanceDate…expirationDate), with the configured clock skew allowed on both edges. The clock is
 * always the injected one. Security research §6 D58, D59.
 */
import { describe, expect, it } from 'vitest';
import { validityPeriod } from '../../../components/core/checks/validity-period.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { verify } from '../../../components/core/verify.ts';
import { codes, runCheck, verifyOptions, type TestContextOptions } from '../../support/check-context.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../../support/corpus.ts';
import { createDidKey, signJcs } from '../../support/jcs-signer.ts';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const NOW = '2026-06-15T12:00:00Z';
const NOW_MS = Date.parse(NOW);
const DEFAULT_SKEW_S = 300;

/** An ISO instant `seconds` after NOW (before it, when negative). */
function secondsFromNow(seconds: number): string {
  return new Date(NOW_MS + seconds * 1000).toISOString();
}

function credentialValid(window: JsonObject, context = V2): JsonObject {
  return { '@context': [context], type: ['VerifiableCredential'], issuer: 'did:example:issuer', credentialSubject: { id: 'did:example:alice' }, ...window };
}

async function checkValidity(document: JsonObject, options: TestContextOptions = {}) {
  return runCheck(validityPeriod, document, { now: NOW, ...options });
}

describe('validity-period check', () => {
  it('a credential within its validity period passes', async () => {
    const outcome = await checkValidity(credentialValid({ validFrom: '2025-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' }));
    expect(outcome.status).toBe('passed');
  });

  it('a credential that states no validity period passes', async () => {
    expect((await checkValidity(credentialValid({}))).status).toBe('passed');
  });

  it('an expired credential fails with CREDENTIAL_EXPIRED (§6 D58)', async () => {
    const outcome = await checkValidity(credentialValid({ validFrom: '2024-01-01T00:00:00Z', validUntil: '2026-01-01T00:00:00Z' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_EXPIRED']);
    expect(outcome.problems?.[0]?.detail).toContain('2026-01-01T00:00:00Z');
  });

  it('a credential that is not valid yet fails with CREDENTIAL_NOT_YET_VALID (§6 D59)', async () => {
    const outcome = await checkValidity(credentialValid({ validFrom: '2027-01-01T00:00:00Z' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_NOT_YET_VALID']);
  });

  it('a VC 1.1 expirationDate in the past fails with CREDENTIAL_EXPIRED', async () => {
    const outcome = await checkValidity(credentialValid({ issuanceDate: '2024-01-01T00:00:00Z', expirationDate: '2025-01-01T00:00:00Z' }, V1));
    expect(codes(outcome)).toEqual(['CREDENTIAL_EXPIRED']);
  });

  it('a VC 1.1 issuanceDate in the future fails with CREDENTIAL_NOT_YET_VALID', async () => {
    const outcome = await checkValidity(credentialValid({ issuanceDate: '2030-01-01T00:00:00Z' }, V1));
    expect(codes(outcome)).toEqual(['CREDENTIAL_NOT_YET_VALID']);
  });

  it('a VC 1.1 date without a time zone is read as UTC, not local time', async () => {
    const justExpired = secondsFromNow(-DEFAULT_SKEW_S - 1).replace(/\.\d+Z$/, '');
    const outcome = await checkValidity(credentialValid({ issuanceDate: '2024-01-01T00:00:00', expirationDate: justExpired }, V1));
    expect(codes(outcome)).toEqual(['CREDENTIAL_EXPIRED']);
    const stillValid = secondsFromNow(-DEFAULT_SKEW_S + 1).replace(/\.\d+Z$/, '');
    expect((await checkValidity(credentialValid({ issuanceDate: '2024-01-01T00:00:00', expirationDate: stillValid }, V1))).status).toBe('passed');
  });

  it('a VC 2.0 validUntil without a time zone fails with DATE_MALFORMED', async () => {
    const outcome = await checkValidity(credentialValid({ validUntil: '2030-01-01T00:00:00' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['DATE_MALFORMED']);
  });

  it('a validFrom that is not a date fails with DATE_MALFORMED', async () => {
    const outcome = await checkValidity(credentialValid({ validFrom: 'last Tuesday' }));
    expect(codes(outcome)).toEqual(['DATE_MALFORMED']);
  });

  it('an offset time zone is honoured: 13:00+01:00 is noon UTC', async () => {
    const expired = await checkValidity(credentialValid({ validUntil: '2026-06-15T12:54:59+01:00' }));
    expect(codes(expired)).toEqual(['CREDENTIAL_EXPIRED']);
    const valid = await checkValidity(credentialValid({ validUntil: '2026-06-15T13:00:00+01:00' }));
    expect(valid.status).toBe('passed');
  });

  it('a presentation is skipped as NOT_APPLICABLE', async () => {
    const outcome = await checkValidity({ '@context': [V2], type: ['VerifiablePresentation'], validUntil: '2020-01-01T00:00:00Z' });
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
  });

  describe('clock skew tolerance (default 300 s)', () => {
    it.each([
      ['expired 299 s ago', { validUntil: secondsFromNow(-299) }, 'passed'],
      ['expired exactly 300 s ago', { validUntil: secondsFromNow(-300) }, 'passed'],
      ['expired 301 s ago', { validUntil: secondsFromNow(-301) }, 'failed'],
      ['valid from 299 s from now', { validFrom: secondsFromNow(299) }, 'passed'],
      ['valid from exactly 300 s from now', { validFrom: secondsFromNow(300) }, 'passed'],
      ['valid from 301 s from now', { validFrom: secondsFromNow(301) }, 'failed'],
    ] as const)('a credential %s is %s', async (_scenario, window, status) => {
      expect((await checkValidity(credentialValid(window))).status).toBe(status);
    });

    it('with zero skew, a credential that expired one second ago fails with CREDENTIAL_EXPIRED', async () => {
      const outcome = await checkValidity(credentialValid({ validUntil: secondsFromNow(-1) }), { clockSkewSeconds: 0 });
      expect(codes(outcome)).toEqual(['CREDENTIAL_EXPIRED']);
    });

    it('with zero skew, a credential valid from one second from now fails with CREDENTIAL_NOT_YET_VALID', async () => {
      const outcome = await checkValidity(credentialValid({ validFrom: secondsFromNow(1) }), { clockSkewSeconds: 0 });
      expect(codes(outcome)).toEqual(['CREDENTIAL_NOT_YET_VALID']);
    });

    it('a larger configured skew accepts a credential that expired an hour ago', async () => {
      const outcome = await checkValidity(credentialValid({ validUntil: secondsFromNow(-3600) }), { clockSkewSeconds: 3601 });
      expect(outcome.status).toBe('passed');
    });
  });

  it('judges at the injected instant, not the machine clock', async () => {
    const document = credentialValid({ validUntil: '2001-01-01T00:00:00Z' });
    expect((await checkValidity(document, { now: '2000-06-01T00:00:00Z' })).status).toBe('passed');
    expect((await checkValidity(document, { now: '2001-06-01T00:00:00Z' })).status).toBe('failed');
  });
});

describe('validity-period check in the pipeline', () => {
  const documents = corpusDocuments();

  it('a genuine expired credential is expired, not invalid (corpus v2-expired.json)', async () => {
    const report = await verify(corpusFile('dcc-verifier-core/v2-expired.json'), { now: CORPUS_NOW, offline: true, documents });
    expect(report.verdict).toBe('expired');
    expect(codes(report.checks.find((c) => c.id === 'validity-period')!)).toEqual(['CREDENTIAL_EXPIRED']);
  });

  it('a signed credential that is not valid yet is not-yet-valid', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs(credentialValid({ issuer: issuer.did, validFrom: '2030-01-01T00:00:00Z' }), issuer);
    const report = await verify(signed, verifyOptions({ now: NOW }));
    expect(report.verdict).toBe('not-yet-valid');
  });

  it('an expired and tampered credential is invalid, not expired: validity is judged only on authentic data', async () => {
    const report = await verify(corpusFile('dcc-verifier-core/derived/v1-expired-and-tampered.json'), { now: CORPUS_NOW, offline: true, documents });
    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'validity-period')?.status).toBe('skipped');
  });
});

/**
 * `issuer-trust`: who, besides the credential itself, says the issuer is who it claims to be.
 * It informs and never changes the verdict. Security research §6 B32, B34.
 */
import { describe, expect, it } from 'vitest';
import { issuerTrust } from '../../../components/core/checks/issuer-trust.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { verify } from '../../../components/core/verify.ts';
import { codes, runCheck, verifyOptions, warningCodes, type TestContextOptions } from '../../support/check-context.ts';
import { createDidKey, signJcs } from '../../support/jcs-signer.ts';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const ISSUER = 'did:web:university.example';

const ownListVouchingForIssuer = {
  type: 'McVerifyTrustList',
  name: 'Partner universities',
  source: 'https://registry.example/partners.json',
  issuers: { [ISSUER]: { name: 'Example University', homepage: 'https://university.example', source: 'https://registry.example/partners#example' } },
};

const dccRegistryListingIssuer = {
  name: 'DCC Member Registry',
  meta: { created: '2024-01-01' },
  registry: { [ISSUER]: { name: 'Example University', url: 'https://university.example', location: 'Example City' } },
};

const ownListOfOthers = { type: 'McVerifyTrustList', name: 'Other universities', issuers: { 'did:web:other.example': { name: 'Other University' } } };

function credentialIssuedBy(issuer: unknown): JsonObject {
  return { '@context': [V2], type: ['VerifiableCredential'], issuer, credentialSubject: { id: 'did:example:alice' } };
}

async function checkTrust(issuer: unknown, options: TestContextOptions = {}) {
  return runCheck(issuerTrust, credentialIssuedBy(issuer), options);
}

describe('issuer-trust check', () => {
  it('an issuer listed in an mc-verify trust list passes and records who vouches for it', async () => {
    const outcome = await checkTrust({ id: ISSUER, name: 'Example University' }, { trust: [ownListVouchingForIssuer] });
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual([]);
    expect(outcome.facts?.trustedBy).toEqual({
      list: 'Partner universities',
      name: 'Example University',
      homepage: 'https://university.example',
      source: 'https://registry.example/partners#example',
    });
  });

  it('an issuer listed in a DCC issuer registry passes, with the registry url as homepage', async () => {
    const outcome = await checkTrust(ISSUER, { trust: [dccRegistryListingIssuer] });
    expect(outcome.status).toBe('passed');
    expect(outcome.facts?.trustedBy).toEqual({ list: 'DCC Member Registry', name: 'Example University', homepage: 'https://university.example' });
  });

  it('a list without a per-issuer source is cited by its own source', async () => {
    const list = { ...ownListVouchingForIssuer, issuers: { [ISSUER]: { name: 'Example University' } } };
    const outcome = await checkTrust(ISSUER, { trust: [list] });
    expect(outcome.facts?.trustedBy).toEqual({ list: 'Partner universities', name: 'Example University', source: 'https://registry.example/partners.json' });
  });

  it('a list supplied as { name, document } is reported under that name', async () => {
    const outcome = await checkTrust(ISSUER, { trust: [{ name: 'My registry', document: { registry: dccRegistryListingIssuer.registry } }] });
    expect(outcome.facts?.trustedBy?.list).toBe('My registry');
  });

  it('the first list that lists the issuer vouches for it', async () => {
    const outcome = await checkTrust(ISSUER, { trust: [ownListOfOthers, dccRegistryListingIssuer, ownListVouchingForIssuer] });
    expect(outcome.facts?.trustedBy?.list).toBe('DCC Member Registry');
  });

  it('an issuer no list names fails with ISSUER_NOT_IN_TRUST_LIST, also given as a warning', async () => {
    const outcome = await checkTrust({ id: ISSUER, name: 'Famous University' }, { trust: [ownListOfOthers] });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['ISSUER_NOT_IN_TRUST_LIST']);
    expect(warningCodes(outcome)).toEqual(['ISSUER_NOT_IN_TRUST_LIST']);
    expect(outcome.problems?.[0]?.detail).toContain('Famous University');
    expect(outcome.problems?.[0]?.detail).toContain('Other universities');
  });

  it('without any trust list it is skipped as NOT_APPLICABLE with an ISSUER_SELF_ASSERTED warning (§6 B34)', async () => {
    const outcome = await checkTrust({ id: ISSUER, name: 'Famous University' });
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
    expect(warningCodes(outcome)).toEqual(['ISSUER_SELF_ASSERTED']);
  });

  it('a malformed trust list gives only a TRUST_LIST_MALFORMED warning; the issuer is then self-asserted', async () => {
    const outcome = await checkTrust(ISSUER, { trust: [{ type: 'McVerifyTrustList', name: 'Broken', issuers: { [ISSUER]: { homepage: 'x' } } }] });
    expect(outcome.status).toBe('skipped');
    expect(warningCodes(outcome)).toEqual(['TRUST_LIST_MALFORMED', 'ISSUER_SELF_ASSERTED']);
  });

  it('a malformed list beside a good one is a warning, and the good one still vouches', async () => {
    const outcome = await checkTrust(ISSUER, { trust: ['not a list', ownListVouchingForIssuer] });
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['TRUST_LIST_MALFORMED']);
  });

  it('a did:web issuer with a path gets an ISSUER_PATH_DID warning naming the host (§6 B32)', async () => {
    const outcome = await checkTrust('did:web:example.com:u:bob');
    expect(warningCodes(outcome)).toEqual(['ISSUER_PATH_DID', 'ISSUER_SELF_ASSERTED']);
    expect(outcome.warnings?.[0]?.detail).toContain('"example.com"');
  });

  it('a did:web issuer with a path is still warned about when a list vouches for it', async () => {
    const pathDid = 'did:web:example.com:u:bob';
    const outcome = await checkTrust(pathDid, { trust: [{ type: 'McVerifyTrustList', name: 'L', issuers: { [pathDid]: { name: 'Bob' } } }] });
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['ISSUER_PATH_DID']);
  });

  it('a did:web issuer on a host with a port is not a path DID', async () => {
    const outcome = await checkTrust('did:web:example.com%3A8443');
    expect(warningCodes(outcome)).toEqual(['ISSUER_SELF_ASSERTED']);
  });

  it('a presentation is judged by its holder', async () => {
    const outcome = await runCheck(issuerTrust, { '@context': [V2], type: ['VerifiablePresentation'], holder: ISSUER }, { trust: [ownListVouchingForIssuer] });
    expect(outcome.status).toBe('passed');
  });

  it('a presentation without a holder is skipped as NOT_APPLICABLE, never reported as an issuer named "undefined"', async () => {
    const outcome = await runCheck(issuerTrust, { '@context': [V2], type: ['VerifiablePresentation'] }, { trust: [ownListOfOthers] });
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
    const details = [...(outcome.problems ?? []), ...(outcome.warnings ?? [])].map((p) => p.detail);
    expect(details.filter((detail) => detail.includes('undefined'))).toEqual([]);
  });
});

describe('issuer-trust check in the pipeline', () => {
  it('an issuer missing from the trust list leaves a verified credential verified (advisory only)', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs(credentialIssuedBy({ id: issuer.did, name: 'Famous University' }), issuer);
    const report = await verify(signed, verifyOptions({ trust: [ownListOfOthers] }));
    expect(report.checks.find((c) => c.id === 'issuer-trust')?.status).toBe('failed');
    expect(report.verdict).toBe('verified');
    expect(report.warnings.map((w) => w.code)).toContain('ISSUER_NOT_IN_TRUST_LIST');
  });

  it('a listed issuer appears as trusted in the credential view', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs(credentialIssuedBy(issuer.did), issuer);
    const list = { type: 'McVerifyTrustList', name: 'Partners', issuers: { [issuer.did]: { name: 'Example University' } } };
    const report = await verify(signed, verifyOptions({ trust: [list] }));
    expect(report.verdict).toBe('verified');
    expect(report.credential?.issuer.trustedBy).toEqual({ list: 'Partners', name: 'Example University' });
  });
});

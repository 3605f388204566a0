/**
 * security.md §6 C — JOSE, JWT and x5c, cases 36–46. VC-JWT (VC 1.1, `vc` claim) and VC-JOSE
 * (VC 2.0, `typ: vc+jwt`) tokens are signed in this run with `jose` (test/support/issue-jose.ts),
 * including tokens no honest library writes; JAdES seals with certificates generated here
 * (test/core/suites/jades-fixtures.ts). DID documents and key sets are served by the fixture server.
 *
 * C46 (x5c leaf revoked, OCSP/CRL): the engine does not check the revocation of seal certificates
 * (resolve/x509-path.ts; suites/jades.ts only counts embedded rVals), so a trusted seal always
 * carries the warning SEAL_REVOCATION_UNCHECKED rather than implying good standing.
 */
import { describe, expect, it } from 'vitest';
import { VC_V2_CONTEXT } from '../../../components/core/resolve/contexts.ts';
import { customTrustAnchor } from '../../../components/core/resolve/eu-trust-anchors.ts';
import { FixtureServer } from '../../support/fixture-server.ts';
import { ISSUED, openBadgeCredential, type JsonObject } from '../../support/issue.ts';
import {
  createJoseIssuer,
  decodeToken,
  envelope,
  hmacWithPublicKey,
  unsignedToken,
  vcJoseClaims,
  vcJwtClaims,
  VC_JWT_TYP,
  type JoseIssuer,
} from '../../support/issue-jose.ts';
import { expectCase, fixtureScope, LOOPBACK, recordingFetch } from '../../support/security-cases.ts';
import { edcPayload, issue, seal } from '../suites/jades-fixtures.ts';

const given = fixtureScope(async (server) => ({
  /** ES256, did:web on the fixture server. */
  web: await createJoseIssuer({ alg: 'ES256', kind: 'did:web', server, name: 'security-c' }),
  /** EdDSA, did:key. */
  keyIssuer: await createJoseIssuer({ alg: 'EdDSA', kind: 'did:key' }),
  /** RS256, did:jwk. */
  rsaIssuer: await createJoseIssuer({ alg: 'RS256', kind: 'did:jwk' }),
  /** Someone with a valid key of their own (ES256, did:key). */
  stranger: await createJoseIssuer({ alg: 'ES256', kind: 'did:key' }),
}));

/** The VC-JOSE claims of an Open Badges credential that names `issuerId` as its issuer. */
const credentialOf = (issuerId: string, extra: JsonObject = {}) => vcJoseClaims(openBadgeCredential({ version: 2, issuer: issuerId }), extra);
/** A vc+jwt `jose` signs about itself. */
const selfIssued = (jose: JoseIssuer) => jose.sign(credentialOf(jose.id));

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe('§6 C · JOSE, JWT and x5c', () => {
  it('C36 · a JWT with alg "none" (in any case) and an empty signature comes out invalid', async () => {
    for (const jose of [given.web, given.keyIssuer, given.rsaIssuer]) {
      const { header, payload } = decodeToken(await selfIssued(jose));
      for (const alg of ['none', 'None', 'NONE']) {
        await expectCase(`C36 ${jose.kind} ${alg}`, unsignedToken({ ...header, alg }, payload), LOOPBACK, { verdict: 'invalid', codes: ['PROOF_MALFORMED'], checks: { proof: 'failed' }, view: false });
      }
    }
  });

  it("C37 · a JWT made HS256 with the issuer's public key as the HMAC secret comes out invalid", async () => {
    for (const jose of [given.web, given.rsaIssuer]) {
      const { header, payload } = decodeToken(await selfIssued(jose));
      const forged = await hmacWithPublicKey(payload, new TextEncoder().encode(jose.key.publicPem), header);
      await expectCase(`C37 ${jose.alg}`, forged, LOOPBACK, { verdict: 'invalid', codes: ['PROOF_MALFORMED'], checks: { proof: 'failed' }, view: false });
    }
  });

  it("C38 · a JWT verifiable only with the attacker's jwk from its own header, which the issuer does not publish, comes out invalid", async () => {
    for (const victim of [given.web, given.keyIssuer]) {
      const forged = await given.stranger.sign(credentialOf(victim.id), { header: { kid: undefined, jwk: given.stranger.key.publicJwk } });
      await expectCase(`C38 ${victim.kind}`, forged, LOOPBACK, { verdict: 'invalid', codes: ['KEY_NOT_PUBLISHED'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
    }
  });

  it("C39 · a JWT whose kid resolves to a key under another DID or host than the issuer's comes out invalid", async () => {
    const elsewhere = await FixtureServer.start();
    try {
      const otherHost = await createJoseIssuer({ alg: 'ES256', kind: 'did:web', server: elsewhere, name: 'security-c39' });
      for (const signer of [given.stranger, otherHost]) {
        await expectCase(`C39 kid ${signer.kind}`, await signer.sign(credentialOf(given.web.id)), LOOPBACK, { verdict: 'invalid', codes: ['KEY_NOT_ISSUERS'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
      }
    } finally {
      await elsewhere.close();
    }
  });

  it('C40 · a JWT whose registered claims disagree with the credential (iss ≠ issuer.id, jti ≠ id, sub ≠ credentialSubject.id; in a VC-JWT also nbf ≠ issuanceDate) comes out invalid', async () => {
    const credential = openBadgeCredential({ version: 1, issuer: given.keyIssuer.id });
    const claims = vcJwtClaims(credential);
    const vc = claims.vc as JsonObject;
    const disagreeing: [string, JsonObject][] = [
      ['iss', { ...claims, iss: given.stranger.id }],
      ['jti', { ...claims, jti: 'urn:uuid:7d2e4f60-someone-elses-credential', vc: { ...vc, id: credential.id } }],
      ['sub', { ...claims, sub: 'did:example:someone-else' }],
      ['nbf', { ...claims, nbf: seconds('2024-06-01T00:00:00Z'), vc: { ...vc, issuanceDate: ISSUED } }],
    ];
    for (const [claim, payload] of disagreeing) {
      await expectCase(`C40 VC-JWT ${claim}`, await given.keyIssuer.sign(payload, { typ: VC_JWT_TYP }), LOOPBACK, { verdict: 'invalid', codes: ['PROPERTY_WRONG_TYPE'], view: false });
    }
    // In a vc+jwt the payload is the credential; registered claims beside it must not tell another story.
    const jose = credentialOf(given.keyIssuer.id);
    const subject = jose.credentialSubject as JsonObject;
    const contradicting: [string, JsonObject][] = [
      ['iss', { iss: given.stranger.id }],
      ['jti', { jti: 'urn:uuid:7d2e4f60-someone-elses-credential' }],
      ['sub', { sub: 'did:example:someone-else' }],
    ];
    expect(jose.id !== undefined && subject.id !== undefined, 'the credential states an id and a subject id').toBe(true);
    for (const [claim, extra] of contradicting) {
      await expectCase(`C40 vc+jwt ${claim}`, await given.keyIssuer.sign({ ...jose, ...extra }), LOOPBACK, { verdict: 'invalid', codes: ['PROPERTY_WRONG_TYPE'], view: false });
    }
    const agreeing = { ...jose, iss: given.keyIssuer.id, jti: jose.id, sub: subject.id };
    await expectCase('C40 vc+jwt claims that agree', await given.keyIssuer.sign(agreeing), LOOPBACK, { verdict: 'verified', view: true });
  });

  it('C41 · a JWT whose header marks an unknown extension critical comes out invalid', async () => {
    const extension = 'urn:example:must-understand';
    const token = await given.web.sign(credentialOf(given.web.id), { header: { crit: [extension], [extension]: true }, crit: { [extension]: true } });
    await expectCase('C41', token, LOOPBACK, { verdict: 'invalid', checks: { proof: 'failed' }, view: false });
  });

  it('C42 · jku and x5u in a JWT header are never fetched: ignored beside a DID key, and unverifiable when the issuer publishes no key', async () => {
    const elsewhere = await FixtureServer.start();
    try {
      const unpublished = await createJoseIssuer({ alg: 'ES256', kind: 'https', server: elsewhere, name: 'security-c42' });
      given.server.json('/c42/jwks.json', { keys: [given.keyIssuer.key.publicJwk, unpublished.key.publicJwk] });
      const header = { jku: given.server.url('/c42/jwks.json'), x5u: given.server.url('/c42/cert.pem') };
      await expectCase('C42 did:key', await given.keyIssuer.sign(credentialOf(given.keyIssuer.id), { header }), LOOPBACK, { verdict: 'verified' });
      await expectCase('C42 https issuer without a key set', await unpublished.sign(credentialOf(unpublished.id), { header }), LOOPBACK, { verdict: 'unverifiable', codes: ['VERIFICATION_METHOD_UNRESOLVABLE'], view: false });
      expect(given.server.hits('/c42/jwks.json') + given.server.hits('/c42/cert.pem')).toBe(0);
    } finally {
      await elsewhere.close();
    }
  });

  it('C43 · a vc+jwt whose payload also carries a vc claim comes out invalid', async () => {
    const credential = openBadgeCredential({ version: 2, issuer: given.web.id });
    await expectCase('C43', await given.web.sign({ ...credential, vc: credential }), LOOPBACK, { verdict: 'invalid', codes: ['PROPERTY_WRONG_TYPE'], view: false });
  });

  it('C44 · a verified JWT wrapped in JSON that states other claims is shown from the signed payload only', async () => {
    const wrapped = { ...envelope(await selfIssued(given.web)), name: 'Doctor of Everything', credentialSubject: { achievement: { name: 'Doctor of Everything' } } };
    const report = await expectCase('C44', wrapped, LOOPBACK, { verdict: 'verified', view: true });
    expect(report.credential?.name).toBe('Data Literacy Foundations');
    expect(report.credential?.achievement?.name).toBe('Data Literacy Foundations');
  });

  it('C45 · a JAdES seal with a self-signed certificate (no chain to an EU trust anchor) is never verified: unverifiable', async () => {
    const signer = await issue({ subject: 'CN=Fixture Seal, O=Fixture University, 2.5.4.97=NTREE-12345678, C=EE' });
    const payload = { ...(JSON.parse(edcPayload()) as JsonObject), '@context': [VC_V2_CONTEXT], credentialSubject: { id: 'urn:epass:person:1' } };
    const { fetch, asked } = recordingFetch();
    const sealed = await seal({ payload: JSON.stringify(payload), signer });
    await expectCase('C45', sealed, { ...LOOPBACK, fetch }, { verdict: 'unverifiable', codes: ['SEAL_UNTRUSTED'], checks: { proof: 'error' }, view: false });
    expect(asked).toEqual([]);
  });

  it('C46 · a JAdES seal that chains to a trusted anchor says its certificate was not checked for revocation (SEAL_REVOCATION_UNCHECKED)', async () => {
    const ca = await issue({ subject: 'CN=Fixture Qualified CA, O=Fixture Trust Services, C=EE', ca: true });
    const signer = await issue({ subject: 'CN=Fixture Seal, O=Fixture University, 2.5.4.97=NTREE-12345678, C=EE', issuer: ca, qcESeal: true });
    const payload = { ...(JSON.parse(edcPayload()) as JsonObject), '@context': [VC_V2_CONTEXT], credentialSubject: { id: 'urn:epass:person:1' } };
    const sealed = await seal({ payload: JSON.stringify(payload), signer, chain: [ca.base64] });
    await expectCase('C46', sealed, { ...LOOPBACK, euTrustAnchors: [customTrustAnchor(ca.base64)] }, { verdict: 'verified', warns: ['SEAL_REVOCATION_UNCHECKED'], checks: { proof: 'passed' } });
  });
});

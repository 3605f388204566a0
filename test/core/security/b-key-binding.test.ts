/**
 * security.md §6 B — key binding and DIDs, cases 27–35, one named test each. Credentials are
 * signed in this run (test/support/issue.ts, jcs-signer.ts); did:web documents are served by the
 * fixture server on 127.0.0.1, or supplied in `documents` for hosts a test cannot serve.
 *
 * §4 verdicts: VERIFIED_WITH_WARNINGS → 'verified' with the warning in `report.warnings`.
 */
import { describe, expect, it } from 'vitest';
import { VC_V2_CONTEXT } from '../../../components/core/resolve/contexts.ts';
import { FixtureServer } from '../../support/fixture-server.ts';
import { SHORT_TIMEOUT_MS } from '../../support/fixtures.ts';
import { createIssuer, didWebPath, ISSUED, openBadgeCredential, type FixtureIssuer, type JsonObject } from '../../support/issue.ts';
import { createDidKey, signJcs } from '../../support/jcs-signer.ts';
import { expectCase, fixtureScope, LOOPBACK, recordingFetch } from '../../support/security-cases.ts';

const FAMOUS = 'Massachusetts Institute of Technology';

const given = fixtureScope(async (server) => ({
  /** eddsa-rdfc-2022, did:web on the fixture server. */
  issuer: await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name: 'security-b' }),
  /** eddsa-jcs-2022, did:key: signs as whatever DID a case needs. */
  signer: await createDidKey(),
}));

/** A did:web issuer on the fixture server whose served DID document `edit` changes. */
async function issuerWithDocument(name: string, edit: (document: JsonObject) => JsonObject): Promise<FixtureIssuer> {
  const web = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server: given.server, name });
  given.server.json(didWebPath(name), edit(structuredClone(web.didDocument)));
  return web;
}

const selfIssued = (web: FixtureIssuer, issuerName?: string) => web.sign(openBadgeCredential({ version: 2, issuer: web.did, ...(issuerName ? { issuerName } : {}) }));

/** A credential by `did`, signed by `signer` (eddsa-jcs-2022) under the verification method `<did>#key-1`. */
function signedAs(did: string, issuerName = 'Fixture University'): Promise<JsonObject> {
  const credential = { '@context': [VC_V2_CONTEXT], type: ['VerifiableCredential'], issuer: { id: did, name: issuerName }, validFrom: ISSUED, credentialSubject: { id: 'did:example:ada' } };
  return signJcs(credential, given.signer, { verificationMethod: `${did}#key-1` });
}

/** The DID document that makes `signer`'s key the assertion key `<did>#key-1`. */
function signerDocument(did: string): JsonObject {
  const key = `${did}#key-1`;
  return {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id: key, type: 'Multikey', controller: did, publicKeyMultibase: given.signer.publicKeyMultibase }],
    assertionMethod: [key],
  };
}

describe('§6 B · key binding and DIDs', () => {
  it('B27 · a credential validly signed by an attacker\'s did:key but naming another issuer comes out invalid', async () => {
    const attacker = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const forged = await attacker.sign(openBadgeCredential({ version: 2, issuer: given.issuer.did, issuerName: FAMOUS }));
    await expectCase('B27', forged, LOOPBACK, { verdict: 'invalid', codes: ['KEY_NOT_ISSUERS'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
  });

  it('B28 · a credential signed with a key its issuer lists only under authentication comes out invalid', async () => {
    const web = await issuerWithDocument('security-b28', (document) => ({ ...document, assertionMethod: [], authentication: [(document.verificationMethod as JsonObject[])[0]!.id] }));
    await expectCase('B28', await selfIssued(web), LOOPBACK, { verdict: 'invalid', codes: ['KEY_NOT_AUTHORISED'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
  });

  it('B29 · a credential signed with a key marked revoked, or expired, before the proof was created comes out invalid', async () => {
    for (const mark of ['revoked', 'expires'] as const) {
      const web = await issuerWithDocument(`security-b29-${mark}`, (document) => {
        (document.verificationMethod as JsonObject[])[0]![mark] = '2024-06-01T00:00:00Z';
        return document;
      });
      await expectCase(`B29 ${mark}`, await selfIssued(web), LOOPBACK, { verdict: 'invalid', codes: ['KEY_REVOKED'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
    }
  });

  it('B30 · a did:web issuer whose DID document answers 404, cannot be reached or does not answer in time comes out unverifiable', async () => {
    const gone = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server: given.server, name: 'security-b30-gone' });
    given.server.remove(didWebPath('security-b30-gone'));
    const slow = await issuerWithDocument('security-b30-slow', (document) => document);
    given.server.json(didWebPath('security-b30-slow'), slow.didDocument, { delayMs: 5_000 });
    const elsewhere = await FixtureServer.start();
    const closed = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server: elsewhere, name: 'security-b30-closed' });
    await elsewhere.close();
    const cases = [['404', gone], ['no server', closed], ['timeout', slow]] as const;
    for (const [variant, web] of cases) {
      const options = { ...LOOPBACK, timeoutMs: SHORT_TIMEOUT_MS };
      await expectCase(`B30 ${variant}`, await selfIssued(web), options, { verdict: 'unverifiable', codes: ['VERIFICATION_METHOD_UNRESOLVABLE'], checks: { proof: 'error' }, view: false });
    }
  });

  it('B31 · a did:web on localhost with a port, on an IP literal or on a .local host is refused by the URL policy without a request, and comes out unverifiable', async () => {
    const { fetch, asked } = recordingFetch();
    const policy = { ...LOOPBACK, fetch, allowLoopback: false };
    await expectCase('B31 localhost with a port', await selfIssued(given.issuer), policy, { verdict: 'unverifiable', codes: ['FETCH_REFUSED'], view: false });
    for (const did of [`did:web:127.0.0.1%3A${given.server.port}`, 'did:web:10.0.0.7', 'did:web:%5B%3A%3A1%5D', 'did:web:printer.local']) {
      await expectCase(`B31 ${did}`, await signedAs(did), policy, { verdict: 'unverifiable', codes: ['FETCH_REFUSED'], view: false });
    }
    expect(asked).toEqual([]);
    expect(given.server.hits(didWebPath('security-b'))).toBe(0);
  });

  it('B32 · a did:web issuer with a path comes out verified with the ISSUER_PATH_DID warning; one without a path does not get it', async () => {
    await expectCase('B32 path', await selfIssued(given.issuer), LOOPBACK, { verdict: 'verified', warns: ['ISSUER_PATH_DID'] });
    const host = given.server.didWeb();
    given.server.json('/.well-known/did.json', signerDocument(host));
    const report = await expectCase('B32 host only', await signedAs(host), LOOPBACK, { verdict: 'verified' });
    expect(report.warnings.map((w) => w.code)).not.toContain('ISSUER_PATH_DID');
  });

  it('B33 · a did:web issuer on an internationalised (punycode) host keeps its punycode id in the report and is only self-asserted', async () => {
    // Showing the punycode to the viewer is the element's job (section F); the engine must not decode it.
    const homoglyph = 'did:web:xn--80ak6aa92e.com';
    const report = await expectCase('B33', await signedAs(homoglyph, 'Apple'), { ...LOOPBACK, documents: { [homoglyph]: signerDocument(homoglyph) } }, { verdict: 'verified', warns: ['ISSUER_SELF_ASSERTED'] });
    expect(report.credential?.issuer.id).toBe(homoglyph);
    expect(report.credential?.issuer.trustedBy).toBeUndefined();
  });

  it('B34 · a valid proof by an unknown did:key calling itself a famous university comes out verified with a warning that its identity is self-asserted, never vouched for', async () => {
    const unknown = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const credential = await selfIssued(unknown, FAMOUS);
    const bare = await expectCase('B34 no trust list', credential, LOOPBACK, { verdict: 'verified', warns: ['ISSUER_SELF_ASSERTED'] });
    const registry = { name: 'Partner universities', registry: { 'did:web:mit.edu': { name: FAMOUS } } };
    const listed = await expectCase('B34 trust list', credential, { ...LOOPBACK, trust: [registry] }, { verdict: 'verified', warns: ['ISSUER_NOT_IN_TRUST_LIST'], checks: { 'issuer-trust': 'failed' } });
    for (const report of [bare, listed]) {
      expect(report.credential?.issuer).toMatchObject({ id: unknown.did, name: FAMOUS });
      expect(report.credential?.issuer.trustedBy).toBeUndefined();
    }
  });

  it('B35 · an issuer listed only in a sandbox registry is vouched for under that registry\'s name, and no registry is ever retrieved on its own', async () => {
    // Which registries count (production, not test) is the caller's configuration; the engine names the list that vouched.
    const { fetch, asked } = recordingFetch();
    const sandbox = { name: 'DCC Sandbox Registry', registry: { [given.issuer.did]: { name: 'Fixture University (sandbox)' } } };
    const report = await expectCase('B35', await selfIssued(given.issuer), { ...LOOPBACK, fetch, trust: [sandbox] }, { verdict: 'verified', checks: { 'issuer-trust': 'passed' } });
    expect(report.credential?.issuer.trustedBy).toMatchObject({ list: 'DCC Sandbox Registry', name: 'Fixture University (sandbox)' });
    expect(asked).toEqual([given.server.url(didWebPath('security-b'))]);
  });
});

/**
 * security.md §6 A — integrity and JSON-LD (Data Integrity), cases 1–26, one named test each.
 * Credentials are signed in this run: with the Digital Bazaar libraries (test/support/issue.ts),
 * also the way a signer without JSON-LD safe mode signs (`lax`), and with eddsa-jcs-2022 where a
 * credential no RDF signer would sign is needed (test/support/jcs-signer.ts). DID documents,
 * status lists and contexts are served by the fixture server on 127.0.0.1.
 *
 * §4 verdicts: INVALID → 'invalid', UNVERIFIABLE → 'unverifiable', NOT_A_VC → 'invalid' with
 * PROOF_MISSING (never 'verified'); "no claims" → no credential view in the report.
 */
import { describe, expect, it } from 'vitest';
import { VC_V2_CONTEXT } from '../../../components/core/resolve/contexts.ts';
import { loopbackFetch } from '../../support/fixture-server.ts';
import { FUTURE_FROM } from '../../support/fixtures.ts';
import {
  createIssuer,
  ISSUED,
  issueStatusList,
  laxCanonize,
  OB3_CONTEXT,
  openBadgeCredential,
  registerContext,
  statusEntry,
  SUITE_IDS,
  type CredentialOptions,
  type JsonObject,
} from '../../support/issue.ts';
import { createDidKey, signJcs } from '../../support/jcs-signer.ts';
import { expectCase, fixtureScope, LOOPBACK, recordingFetch, withValueAt, without } from '../../support/security-cases.ts';

/** An issuer's own vocabulary: unprotected terms, known to signers and given to the verifier in `documents`. */
const PROFILE_CONTEXT_URL = 'https://issuer.example/contexts/profile-v1.jsonld';
const PROFILE_CONTEXT = {
  '@context': { nickname: 'https://schema.org/alternateName', motto: 'https://schema.org/slogan', knows: { '@id': 'https://schema.org/knows', '@type': '@id' } },
};
registerContext(PROFILE_CONTEXT_URL, PROFILE_CONTEXT);
const WITH_PROFILE = { ...LOOPBACK, documents: { [PROFILE_CONTEXT_URL]: PROFILE_CONTEXT } };

/** Leaves every signer signs, with the value an attacker would rather they had (A1). */
const SIGNED_LEAVES: readonly [readonly (string | number)[], unknown][] = [
  [['name'], 'Advanced Data Science'],
  [['issuer', 'name'], 'Massachusetts Institute of Technology'],
  [['validFrom'], '2024-01-01T00:00:00Z'],
  [['credentialSubject', 'id'], 'did:example:someone-else'],
  [['credentialSubject', 'achievement', 'name'], 'Advanced Data Science (with distinction)'],
  [['credentialSubject', 'achievement', 'criteria', 'narrative'], 'Attended.'],
  [['proof', 'created'], '2025-01-02T00:00:00Z'],
];

const given = fixtureScope(async (server) => ({
  /** eddsa-rdfc-2022, did:web on the fixture server. */
  issuer: await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name: 'security-a' }),
  /** eddsa-jcs-2022, did:key: signs JSON that no RDF signer would. */
  jcsIssuer: await createDidKey(),
}));

const badge = (extra: Partial<CredentialOptions> = {}) => openBadgeCredential({ version: 2, issuer: given.issuer.did, ...extra });
const signedBadge = (extra: Partial<CredentialOptions> = {}) => given.issuer.sign(badge(extra));

/** A VC 2.0 credential about Ada in the issuer's own vocabulary. */
function profileCredential(issuerId: string, extra: JsonObject = {}): JsonObject {
  return {
    '@context': [VC_V2_CONTEXT, PROFILE_CONTEXT_URL],
    id: 'urn:uuid:5c1d9e0a-7b3f-4d8e-a1c2-3e4f5a6b7c8d',
    type: ['VerifiableCredential'],
    issuer: issuerId,
    validFrom: ISSUED,
    credentialSubject: { id: 'did:example:ada', nickname: 'Ada', motto: 'Count on it' },
    ...extra,
  };
}

const signedByJcs = (extra: JsonObject = {}, proof: JsonObject = {}) => signJcs(profileCredential(given.jcsIssuer.did, extra), given.jcsIssuer, proof);
const withProof = (document: JsonObject, changes: JsonObject) => ({ ...document, proof: { ...(document.proof as JsonObject), ...changes } });

describe('§6 A · integrity and JSON-LD', () => {
  it('A1 · a credential with any signed leaf changed comes out invalid, with no credential view', async () => {
    await Promise.all(SUITE_IDS.map(async (suite) => {
      const signer = await createIssuer({ suite });
      const signed = await signer.sign(openBadgeCredential({ version: 2, issuer: signer.did }));
      await expectCase(`A1 ${suite} as signed`, signed, LOOPBACK, { verdict: 'verified', view: true });
      for (const [path, value] of SIGNED_LEAVES) {
        await expectCase(`A1 ${suite} ${path.join('.')} changed`, withValueAt(signed, path, value), LOOPBACK, { verdict: 'invalid', codes: ['SIGNATURE_INVALID'], view: false });
      }
    }));
  });

  it('A2 · a property under a term no context defines, added after issuance, comes out invalid (data loss), in VC 1.1 and VC 2.0', async () => {
    for (const version of [1, 2] as const) {
      const signed = await given.issuer.sign(openBadgeCredential({ version, issuer: given.issuer.did }));
      await expectCase(`A2 VC ${version}`, { ...signed, undefinedTerm: 'added after issuance' }, LOOPBACK, { verdict: 'invalid', codes: ['JSONLD_DATA_LOSS'], view: false });
    }
  });

  it('A3 · an undefined type appended after issuance comes out invalid', async () => {
    for (const version of [1, 2] as const) {
      const signed = await given.issuer.sign(openBadgeCredential({ version, issuer: given.issuer.did }));
      await expectCase(`A3 VC ${version}`, { ...signed, type: [...(signed.type as string[]), 'UndefinedType'] }, LOOPBACK, { verdict: 'invalid', codes: ['JSONLD_DATA_LOSS'], view: false });
    }
  });

  it('A4 · a credential signed without safe mode over a non-IRI id comes out invalid, and so does its copy with the (unsigned) name changed', async () => {
    const signed = await given.issuer.sign(badge({ id: 'not-an-iri' }), { lax: {} });
    const renamed = { ...signed, name: 'Doctor of Everything' };
    expect(await laxCanonize(renamed), 'the lax signature does not cover the name').toBe(await laxCanonize(signed));
    for (const [variant, input] of [['as signed', signed], ['name changed', renamed]] as const) {
      await expectCase(`A4 ${variant}`, input, LOOPBACK, { verdict: 'invalid', codes: ['ID_NOT_URL', 'JSONLD_DATA_LOSS'], view: false });
    }
  });

  it('A5 · a credential signed without safe mode over a non-IRI credentialSubject.id comes out invalid, and so does its copy about someone else', async () => {
    const signed = await given.issuer.sign(badge({ subjectId: 'learner-4f2a' }), { lax: {} });
    const reassigned = withValueAt(signed, ['credentialSubject', 'id'], 'learner-9e1b');
    expect(await laxCanonize(reassigned), 'the lax signature does not cover the subject id').toBe(await laxCanonize(signed));
    for (const [variant, input] of [['as signed', signed], ['subject changed', reassigned]] as const) {
      await expectCase(`A5 ${variant}`, input, LOOPBACK, { verdict: 'invalid', codes: ['ID_NOT_URL', 'JSONLD_DATA_LOSS'], view: false });
    }
  });

  it('A6 · a status list with id "" and subject "#list" whose encodedList was cleared is itself invalid, and the revoked credential pointing at it is never verified', async () => {
    const url = given.server.url('/status/a6');
    const revoked = await issueStatusList(given.issuer, { url, purpose: 'revocation', set: [5] });
    const relative = { ...without(revoked, 'proof'), id: '', credentialSubject: { ...(revoked.credentialSubject as JsonObject), id: '#list' } };
    const signed = await given.issuer.sign(relative, { lax: {} });
    const clear = (await issueStatusList(given.issuer, { url, purpose: 'revocation' })).credentialSubject as JsonObject;
    const cleared = withValueAt(signed, ['credentialSubject', 'encodedList'], clear.encodedList);
    expect(await laxCanonize(cleared), 'the lax signature does not cover encodedList').toBe(await laxCanonize(signed));
    given.server.json('/status/a6', cleared);
    await expectCase('A6 the list', cleared, LOOPBACK, { verdict: 'invalid', codes: ['ID_NOT_URL', 'JSONLD_DATA_LOSS'], view: false });
    // The credential itself is genuine; only its status is unknown, so the engine says unverifiable rather than invalid.
    await expectCase('A6 the credential', await signedBadge({ credentialStatus: statusEntry(url, 5, 'revocation') }), LOOPBACK, {
      verdict: 'unverifiable', codes: ['STATUS_LIST_INVALID'], checks: { proof: 'passed', status: 'error' },
    });
  });

  it('A7 · a relative @type, signed without safe mode, comes out invalid (safe mode), whatever it is changed to', async () => {
    const signed = await given.issuer.sign({ ...badge(), type: ['VerifiableCredential', 'OpenBadgeCredential', 'relative/Type'] }, { lax: {} });
    const retyped = { ...signed, type: ['VerifiableCredential', 'OpenBadgeCredential', 'relative/Other'] };
    expect(await laxCanonize(retyped)).toBe(await laxCanonize(signed));
    for (const [variant, input] of [['as signed', signed], ['type changed', retyped]] as const) {
      await expectCase(`A7 ${variant}`, input, LOOPBACK, { verdict: 'invalid', codes: ['JSONLD_DATA_LOSS'], view: false });
    }
  });

  it('A8 · a credential that only verifies against a base IRI (its own URL) comes out invalid, even when retrieved from that URL', async () => {
    const base = given.server.url('/credentials/');
    const signed = await given.issuer.sign(badge({ id: 'a8.json' }), { lax: { base } });
    expect(await laxCanonize(signed, { base }), 'statements as signed, against the base').not.toBe(await laxCanonize(signed));
    given.server.json('/credentials/a8.json', signed);
    await expectCase('A8 by URL', `${base}a8.json`, LOOPBACK, { verdict: 'invalid', codes: ['ID_NOT_URL', 'JSONLD_DATA_LOSS'], view: false });
  });

  it('A9 · an inline context that swaps two term definitions and their values (same N-Quads, so the proof still passes) is never verified: unverifiable, and shows no view of the credential', async () => {
    const signed = await given.issuer.sign(profileCredential(given.issuer.did));
    await expectCase('A9 as signed', signed, WITH_PROFILE, { verdict: 'verified' });
    const swapped = {
      ...signed,
      '@context': [VC_V2_CONTEXT, PROFILE_CONTEXT_URL, { nickname: 'https://schema.org/slogan', motto: 'https://schema.org/alternateName' }],
      credentialSubject: { id: 'did:example:ada', nickname: 'Count on it', motto: 'Ada' },
    };
    await expectCase('A9 swapped', swapped, WITH_PROFILE, { verdict: 'unverifiable', codes: ['CONTEXT_INLINE'], checks: { context: 'error', proof: 'passed' }, view: false });
  });

  it('A10 · a nested @context inside credentialSubject is never verified unless it is a known context', async () => {
    const inline = await given.issuer.sign(profileCredential(given.issuer.did, { '@context': [VC_V2_CONTEXT], credentialSubject: { '@context': { nickname: 'https://schema.org/alternateName' }, id: 'did:example:ada', nickname: 'Ada' } }));
    await expectCase('A10 inline', inline, WITH_PROFILE, { verdict: 'unverifiable', codes: ['CONTEXT_INLINE'], checks: { context: 'error' } });
    const known = await given.issuer.sign(profileCredential(given.issuer.did, { '@context': [VC_V2_CONTEXT], credentialSubject: { '@context': PROFILE_CONTEXT_URL, id: 'did:example:ada', nickname: 'Ada' } }));
    await expectCase('A10 known', known, WITH_PROFILE, { verdict: 'verified' });
  });

  it('A11 · a later context redefining the protected term VerifiableCredential comes out invalid', async () => {
    const signed = await signedBadge();
    const redefined = { ...signed, '@context': [VC_V2_CONTEXT, OB3_CONTEXT, { VerifiableCredential: 'https://evil.example/vocab#VerifiableCredential' }] };
    await expectCase('A11', redefined, LOOPBACK, { verdict: 'invalid', codes: ['JSONLD_INVALID'], view: false });
  });

  it('A12 · {"@vocab": null} with an unmapped type comes out invalid', async () => {
    const signed = await signedBadge();
    const unmapped = { ...signed, '@context': [VC_V2_CONTEXT, OB3_CONTEXT, { '@vocab': null }], type: [...(signed.type as string[]), 'UnmappedType'] };
    await expectCase('A12', unmapped, LOOPBACK, { verdict: 'invalid', codes: ['JSONLD_DATA_LOSS'], view: false });
  });

  it('A13 · a context URL that is not pinned comes out unverifiable, and is never fetched', async () => {
    const contextUrl = given.server.url('/contexts/a13.jsonld');
    registerContext(contextUrl, PROFILE_CONTEXT);
    given.server.json('/contexts/a13.jsonld', PROFILE_CONTEXT);
    const { fetch, asked } = recordingFetch();
    const signed = await given.issuer.sign(profileCredential(given.issuer.did, { '@context': [VC_V2_CONTEXT, contextUrl] }));
    await expectCase('A13', signed, { ...LOOPBACK, fetch }, { verdict: 'unverifiable', codes: ['CONTEXT_UNKNOWN'], view: false });
    expect(asked).not.toContain(contextUrl);
    expect(given.server.hits('/contexts/a13.jsonld')).toBe(0);
  });

  it('A14 · a malformed @context entry (a number, "https ://not-a-url") comes out invalid', async () => {
    for (const entry of [42, 'https ://not-a-url']) {
      await expectCase(`A14 ${JSON.stringify(entry)}`, await signedByJcs({ '@context': [VC_V2_CONTEXT, entry] }), WITH_PROFILE, { verdict: 'invalid', codes: ['CONTEXT_MALFORMED'] });
    }
  });

  it('A15 · a pinned context offered with other content (by the network or in documents) is never used: the pinned copy decides', async () => {
    // security.md expects INVALID from a verifier that loads it; the engine never loads it, so the genuine credential stays verified.
    const altered = { '@context': { '@version': 1.1, name: 'https://schema.org/description', description: 'https://schema.org/name' } };
    const { fetch, asked } = recordingFetch(async (url, init) => (url.startsWith(given.server.origin) ? loopbackFetch(url, init) : Response.json(altered)));
    const report = await expectCase('A15', await signedBadge(), { ...LOOPBACK, fetch, documents: { [OB3_CONTEXT]: altered, [VC_V2_CONTEXT]: altered } }, { verdict: 'verified' });
    expect(asked.filter((url) => !url.startsWith(given.server.origin)), 'only the DID document is fetched').toEqual([]);
    expect(report.credential?.achievement?.name).toBe('Data Literacy Foundations');
  });

  it('A16 · a credential without a proof (NOT_A_VC) comes out invalid with PROOF_MISSING, never verified', async () => {
    await expectCase('A16', badge(), LOOPBACK, { verdict: 'invalid', codes: ['PROOF_MISSING'], view: false });
  });

  it('A17 · a proof that is not an object, or a document that is not an object, comes out invalid', async () => {
    const signed = await signedBadge();
    for (const proof of ['z5ZzyLDUsPtvXM4o7atD5n14vg8BFh4RRUppDvbWeg3e1c', 42, null, [null]]) {
      await expectCase(`A17 proof ${JSON.stringify(proof)}`, { ...signed, proof }, LOOPBACK, { verdict: 'invalid', codes: ['PROOF_MALFORMED'], view: false });
    }
    for (const document of ['[]', '42', 'null', JSON.stringify([signed])]) {
      await expectCase(`A17 document ${document.slice(0, 20)}`, document, LOOPBACK, { verdict: 'invalid', codes: ['INPUT_NOT_OBJECT'], view: false });
    }
  });

  it('A18 · a proof missing type, verificationMethod or proofPurpose comes out invalid', async () => {
    const signed = await signedBadge();
    for (const property of ['type', 'verificationMethod', 'proofPurpose']) {
      await expectCase(`A18 no ${property}`, { ...signed, proof: without(signed.proof as JsonObject, property) }, LOOPBACK, { verdict: 'invalid', codes: ['PROOF_MALFORMED'], view: false });
    }
  });

  it('A19 · a credential validly signed with proofPurpose authentication comes out invalid', async () => {
    await expectCase('A19', await signedByJcs({}, { proofPurpose: 'authentication' }), WITH_PROFILE, { verdict: 'invalid', codes: ['PROOF_PURPOSE_MISMATCH'], view: false });
  });

  it('A20 · a DataIntegrityProof with an unknown cryptosuite comes out unverifiable, never verified', async () => {
    const signed = await signedBadge();
    for (const cryptosuite of ['bbs-2023', 'made-up-2099']) {
      await expectCase(`A20 ${cryptosuite}`, withProof(signed, { cryptosuite }), LOOPBACK, { verdict: 'unverifiable', codes: ['CRYPTOSUITE_UNSUPPORTED'], view: false });
    }
  });

  it('A21 · a cryptosuite that does not fit the key type (ECDSA suite with an Ed25519 key, and the reverse) comes out invalid', async () => {
    const ecdsa = await createIssuer({ suite: 'ecdsa-rdfc-2019-p256' });
    const cases = [
      ['ecdsa-rdfc-2019 with an Ed25519 key', withProof(await signedBadge(), { cryptosuite: 'ecdsa-rdfc-2019' })],
      ['eddsa-rdfc-2022 with a P-256 key', withProof(await ecdsa.sign(openBadgeCredential({ version: 2, issuer: ecdsa.did })), { cryptosuite: 'eddsa-rdfc-2022' })],
    ] as const;
    for (const [variant, input] of cases) {
      await expectCase(`A21 ${variant}`, input, LOOPBACK, { verdict: 'invalid', codes: ['KEY_SUITE_MISMATCH'], view: false });
    }
  });

  it('A22 · a proofValue that is not multibase, or of the wrong length, comes out invalid', async () => {
    const signed = await signedBadge();
    await expectCase('A22 not multibase', withProof(signed, { proofValue: 'not-multibase-at-all' }), LOOPBACK, { verdict: 'invalid', codes: ['PROOF_MALFORMED'], view: false });
    await expectCase('A22 wrong length', withProof(signed, { proofValue: 'z3mJ9' }), LOOPBACK, { verdict: 'invalid', codes: ['SIGNATURE_INVALID'], view: false });
  });

  it('A23 · a validly signed proof with a malformed created, or an expires in the past, comes out invalid', async () => {
    await expectCase('A23 created', await signedByJcs({}, { created: 'yesterday' }), WITH_PROFILE, { verdict: 'invalid', codes: ['PROOF_MALFORMED'], view: false });
    await expectCase('A23 expires', await signedByJcs({}, { expires: '2026-01-01T00:00:00Z' }), WITH_PROFILE, { verdict: 'invalid', codes: ['PROOF_EXPIRED'], view: false });
    await expectCase('A23 expires later', await signedByJcs({}, { expires: FUTURE_FROM }), WITH_PROFILE, { verdict: 'verified' });
  });

  it('A24 · a validly signed proof whose previousProof names a proof that is not there comes out invalid', async () => {
    await expectCase('A24', await signedByJcs({}, { previousProof: 'urn:uuid:9f0c2d4e-no-such-proof' }), WITH_PROFILE, { verdict: 'invalid', codes: ['PROOF_CHAIN_BROKEN'], view: false });
  });

  it("A25 · the issuer's invalid proof beside a valid proof by an unrelated key comes out invalid", async () => {
    const unsigned = badge();
    const stranger = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const strangers = (await stranger.sign(unsigned)).proof;
    const issuers = (await given.issuer.sign({ ...unsigned, name: 'Something the issuer signed instead' })).proof;
    await expectCase('A25', { ...unsigned, proof: [issuers, strangers] }, LOOPBACK, { verdict: 'invalid', codes: ['SIGNATURE_INVALID'], view: false });
  });

  it('A26 · a poison graph (a clique of blank nodes) comes out unverifiable within the work limit, without hanging', async () => {
    const clique = Array.from({ length: 10 }, (_, i) => ({ id: `_:b${i}`, knows: Array.from({ length: 10 }, (_, j) => `_:b${j}`).filter((_, j) => j !== i) }));
    const signed = await given.issuer.sign(profileCredential(given.issuer.did));
    const started = performance.now();
    await expectCase('A26', withValueAt(signed, ['credentialSubject', 'knows'], clique), WITH_PROFILE, { verdict: 'unverifiable', codes: ['CANONICALIZATION_LIMIT'], view: false });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

/**
 * `issuer-key`: a valid signature says nothing about who signed. A verified proof must use a key
 * the issuer (the holder, for a presentation) controls and authorises for the proof's purpose, and
 * the key must not have been revoked or expired when it signed. Security research §6 B27–B29.
 */
import { describe, expect, it } from 'vitest';
import type { VerifiedProof } from '../../../components/core/checks/check.ts';
import { issuerKey } from '../../../components/core/checks/issuer-key.ts';
import { readControllerDocument, type ControllerDocument } from '../../../components/core/resolve/controller-document.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { verify } from '../../../components/core/verify.ts';
import { clone, codes, runCheck, verifyOptions } from '../../support/check-context.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../../support/corpus.ts';
import { base58btcEncode, createDidKey, signJcs } from '../../support/jcs-signer.ts';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const ISSUER = 'did:web:issuer.example';
const KEY = `${ISSUER}#key-1`;
const SIGNED_AT = '2025-03-01T00:00:00Z';
const PUBLIC_KEY = 'z6MknNQD1WHLGGraFi6zcbGevuAgkVfdyCdtZnQTGWVVvR5Q';

/** A DID document for ISSUER; `method` and `relationships` override the defaults. */
function didDocument(method: JsonObject = {}, relationships: JsonObject = { assertionMethod: [KEY] }): ControllerDocument {
  const document = readControllerDocument({
    id: ISSUER,
    verificationMethod: [{ id: KEY, type: 'Multikey', controller: ISSUER, publicKeyMultibase: PUBLIC_KEY, ...method }],
    ...relationships,
  });
  if (!document) throw new Error('test DID document is not a controller document');
  return document;
}

/** What the proof check would have recorded for a proof made with the first key of `controller`. */
function verifiedProof(controller: ControllerDocument, proof: JsonObject = {}): VerifiedProof {
  const method = controller.methods[0]!;
  return {
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: method.id, created: SIGNED_AT, ...proof },
    suite: 'eddsa-rdfc-2022',
    method,
    controller,
    keySource: 'controller-document',
  };
}

function credentialIssuedBy(issuer: unknown): JsonObject {
  return { '@context': [V2], type: ['VerifiableCredential'], issuer, credentialSubject: { id: 'did:example:alice' } };
}

async function checkIssuerKey(document: JsonObject, proofs: VerifiedProof[]) {
  return runCheck(issuerKey, document, { facts: { verifiedProofs: proofs } });
}

describe('issuer-key check: credentials', () => {
  it('a key the issuer controls and lists under assertionMethod passes and records the issuer document', async () => {
    const controller = didDocument();
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(controller)]);
    expect(outcome.status).toBe('passed');
    expect(outcome.facts?.issuerDocument?.id).toBe(ISSUER);
  });

  it('an issuer given as an object with an id is bound the same way', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy({ id: ISSUER, name: 'Example University' }), [verifiedProof(didDocument())]);
    expect(outcome.status).toBe('passed');
  });

  it('a key controlled by someone else fails with KEY_NOT_ISSUERS (§6 B27)', async () => {
    const attacker = readControllerDocument({
      id: 'did:web:attacker.example',
      verificationMethod: [{ id: 'did:web:attacker.example#key-1', type: 'Multikey', controller: 'did:web:attacker.example', publicKeyMultibase: PUBLIC_KEY }],
      assertionMethod: ['did:web:attacker.example#key-1'],
    })!;
    const outcome = await checkIssuerKey(credentialIssuedBy({ id: ISSUER, name: 'Famous University' }), [verifiedProof(attacker)]);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['KEY_NOT_ISSUERS']);
    expect(outcome.problems?.[0]?.detail).toContain('did:web:attacker.example');
  });

  it('a key in the issuer document whose controller is someone else fails with KEY_NOT_ISSUERS', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(didDocument({ controller: 'did:web:attacker.example' }))]);
    expect(codes(outcome)).toEqual(['KEY_NOT_ISSUERS']);
  });

  it('a key the issuer lists only under authentication fails with KEY_NOT_AUTHORISED (§6 B28)', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(didDocument({}, { authentication: [KEY] }))]);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['KEY_NOT_AUTHORISED']);
  });

  it('a key present in the document but under no relationship fails with KEY_NOT_AUTHORISED', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(didDocument({}, {}))]);
    expect(codes(outcome)).toEqual(['KEY_NOT_AUTHORISED']);
  });

  it('a key revoked before the proof was created fails with KEY_REVOKED (§6 B29)', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(didDocument({ revoked: '2025-02-01T00:00:00Z' }))]);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['KEY_REVOKED']);
  });

  it('a key that had expired before the proof was created fails with KEY_REVOKED (§6 B29)', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(didDocument({ expires: '2025-02-01T00:00:00Z' }))]);
    expect(codes(outcome)).toEqual(['KEY_REVOKED']);
  });

  it('a key revoked after the proof was created passes: it was good when it signed', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(didDocument({ revoked: '2025-06-01T00:00:00Z' }))]);
    expect(outcome.status).toBe('passed');
  });

  it('a revoked key with a proof that does not say when it was created fails with KEY_REVOKED', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(didDocument({ revoked: '2025-06-01T00:00:00Z' }), { created: undefined })]);
    expect(codes(outcome)).toEqual(['KEY_REVOKED']);
  });

  it('an issuer without an id fails with PROPERTY_MISSING', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy({ name: 'Example University' }), [verifiedProof(didDocument())]);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROPERTY_MISSING']);
  });

  it('one proof by the issuer among proofs by others is enough to pass', async () => {
    const other = didDocument({ controller: 'did:web:attacker.example' });
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [verifiedProof(other), verifiedProof(didDocument())]);
    expect(outcome.status).toBe('passed');
  });

  it('when no proof is by the issuer, every reason is reported', async () => {
    const outcome = await checkIssuerKey(credentialIssuedBy(ISSUER), [
      verifiedProof(didDocument({ controller: 'did:web:attacker.example' })),
      verifiedProof(didDocument({}, { authentication: [KEY] })),
    ]);
    expect(codes(outcome)).toEqual(['KEY_NOT_ISSUERS', 'KEY_NOT_AUTHORISED']);
  });
});

describe('issuer-key check: keys that came only with the token (JOSE jwk header)', () => {
  /** What the proof check records for a JWS verified with the key in its own header. */
  async function headerKeyProof(signer: { did: string }, publicKey: CryptoKey): Promise<VerifiedProof> {
    const jwk = await crypto.subtle.exportKey('jwk', publicKey);
    const id = `${signer.did}#header-key`;
    return {
      proof: { type: 'JsonWebSignature', proofPurpose: 'assertionMethod' },
      suite: 'EdDSA',
      method: { id, type: 'JsonWebKey', controller: '', publicKeyJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x } },
      controller: { id: '', methods: [], relationships: { assertionMethod: [], authentication: [] } },
      keySource: 'token-header',
    };
  }

  async function ed25519Pair(): Promise<CryptoKeyPair> {
    return (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  }

  it('a header key that the issuer publishes under assertionMethod passes', async () => {
    const pair = await ed25519Pair();
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const did = `did:key:z${base58btcEncode(Uint8Array.from([0xed, 0x01, ...raw]))}`;
    const outcome = await checkIssuerKey(credentialIssuedBy(did), [await headerKeyProof({ did }, pair.publicKey)]);
    expect(outcome.status).toBe('passed');
  });

  it('a header key that the issuer\'s resolvable DID document does not publish fails with KEY_NOT_PUBLISHED (§6 C38)', async () => {
    const issuer = await createDidKey();
    const attacker = await ed25519Pair();
    const outcome = await checkIssuerKey(credentialIssuedBy(issuer.did), [await headerKeyProof(issuer, attacker.publicKey)]);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['KEY_NOT_PUBLISHED']);
  });

  it('a header key whose issuer cannot be resolved offline is an error with KEY_NOT_PUBLISHED', async () => {
    const attacker = await ed25519Pair();
    const outcome = await checkIssuerKey(credentialIssuedBy('did:web:unreachable.example'), [await headerKeyProof({ did: 'did:web:unreachable.example' }, attacker.publicKey)]);
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['KEY_NOT_PUBLISHED']);
  });
});

describe('issuer-key check: presentations', () => {
  const HOLDER = ISSUER;
  const presentation = (holder?: unknown): JsonObject => ({ '@context': [V2], type: ['VerifiablePresentation'], ...(holder === undefined ? {} : { holder }) });

  it('a presentation signed by its holder with an authentication key passes', async () => {
    const controller = didDocument({}, { authentication: [KEY] });
    const outcome = await checkIssuerKey(presentation(HOLDER), [verifiedProof(controller, { proofPurpose: 'authentication' })]);
    expect(outcome.status).toBe('passed');
  });

  it('a presentation signed by someone other than its holder fails with HOLDER_KEY_MISMATCH and the reason', async () => {
    const controller = didDocument({ controller: 'did:web:attacker.example' }, { authentication: [KEY] });
    const outcome = await checkIssuerKey(presentation(HOLDER), [verifiedProof(controller, { proofPurpose: 'authentication' })]);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['HOLDER_KEY_MISMATCH', 'KEY_NOT_ISSUERS']);
  });

  it('a presentation without a holder passes: there is no one to bind the key to', async () => {
    const outcome = await checkIssuerKey(presentation(), []);
    expect(outcome.status).toBe('passed');
  });
});

describe('issuer-key check in the pipeline', () => {
  const documents = corpusDocuments();
  const DCC_DID_WEB = 'did:web:digitalcredentials.github.io:dcc-did-web';
  const didWebCredential = corpusFile('dcc-verifier-core/v2-didweb-valid-status.json');
  const dccDidDocument = documents.get(DCC_DID_WEB) as { assertionMethod: JsonObject[] };

  /** The corpus documents with the DCC did:web document replaced. */
  function withDidDocument(document: JsonObject): Map<string, unknown> {
    return new Map([...documents, [DCC_DID_WEB, document]]);
  }

  it('a did:web credential whose key is under assertionMethod is verified', async () => {
    const report = await verify(didWebCredential, { now: CORPUS_NOW, offline: true, documents });
    expect(report.checks.find((c) => c.id === 'issuer-key')?.status).toBe('passed');
    expect(report.verdict).toBe('verified');
  });

  it('the same credential is invalid once its key is moved from assertionMethod to authentication', async () => {
    const document = clone(dccDidDocument) as unknown as JsonObject;
    document.authentication = document.assertionMethod;
    delete document.assertionMethod;
    const report = await verify(didWebCredential, { now: CORPUS_NOW, offline: true, documents: withDidDocument(document) });
    const check = report.checks.find((c) => c.id === 'issuer-key');
    expect(check?.status).toBe('failed');
    expect(codes(check!)).toEqual(['KEY_NOT_AUTHORISED']);
    expect(report.verdict).toBe('invalid');
  });

  it('the same credential is invalid once its key is marked revoked before the proof was created', async () => {
    const document = clone(dccDidDocument) as unknown as JsonObject;
    document.assertionMethod = [{ ...dccDidDocument.assertionMethod[0], revoked: '2020-01-01T00:00:00Z' }];
    const report = await verify(didWebCredential, { now: CORPUS_NOW, offline: true, documents: withDidDocument(document) });
    expect(codes(report.checks.find((c) => c.id === 'issuer-key')!)).toEqual(['KEY_REVOKED']);
    expect(report.verdict).toBe('invalid');
  });

  it('a valid signature by an unrelated did:key on a credential naming a famous issuer is invalid (§6 B27)', async () => {
    const attacker = await createDidKey();
    const forged = await signJcs(credentialIssuedBy({ id: 'did:web:famous-university.example', name: 'Famous University' }), attacker);
    const report = await verify(forged, verifyOptions());
    expect(report.checks.find((c) => c.id === 'proof')?.status).toBe('passed');
    expect(codes(report.checks.find((c) => c.id === 'issuer-key')!)).toEqual(['KEY_NOT_ISSUERS']);
    expect(report.verdict).toBe('invalid');
  });

  it('is skipped with REQUIRED_CHECK_NOT_PASSED when the proof did not pass', async () => {
    const report = await verify(corpusFile('dcc-verifier-core/derived/v2-tampered.json'), { now: CORPUS_NOW, offline: true, documents });
    const check = report.checks.find((c) => c.id === 'issuer-key');
    expect(check?.status).toBe('skipped');
    expect(codes(check!)).toEqual(['REQUIRED_CHECK_NOT_PASSED']);
  });
});

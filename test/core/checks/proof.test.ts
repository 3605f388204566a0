/**
 * `proof`: every proof on the document verifies. A malformed proof, a wrong key or a bad signature
 * fails; an unsupported proof type or a key that cannot be retrieved is an error (cannot decide).
 * Security research §6 A1–A3, A16–A25.
 */
import { describe, expect, it } from 'vitest';
import type { VerifiedProof } from '../../../components/core/checks/check.ts';
import { proof } from '../../../components/core/checks/proof.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { verify } from '../../../components/core/verify.ts';
import { clone, codes, runCheck, verifyOptions, warningCodes, type TestContextOptions } from '../../support/check-context.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../../support/corpus.ts';
import { createDidKey, signJcs, type DidKey } from '../../support/jcs-signer.ts';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const documents = corpusDocuments();
const corpus: TestContextOptions = { now: CORPUS_NOW, documents };

/** A corpus credential as parsed JSON. */
function corpusJson(file: string): JsonObject {
  return JSON.parse(new TextDecoder().decode(corpusFile(file))) as JsonObject;
}

/** Ed25519Signature2020 by did:key, verifies (dcc-verifier-core/v2-valid-status.json). */
const validEd25519Signature2020 = corpusJson('dcc-verifier-core/v2-valid-status.json');
/** Ed25519Signature2020 by did:key on a VC 1.1 credential without @vocab. */
const validV1Credential = corpusJson('dcc-verifier-core/v1-no-status.json');
/** Ed25519Signature2020 by a did:web key (dcc-verifier-core/v2-didweb-valid-status.json). */
const validDidWebCredential = corpusJson('dcc-verifier-core/v2-didweb-valid-status.json');
const DID_WEB = 'did:web:digitalcredentials.github.io:dcc-did-web';
const proofOf = (document: JsonObject): JsonObject => document.proof as JsonObject;
const ISSUER_KEY = proofOf(validEd25519Signature2020).verificationMethod as string;

/** A copy of a signed document with proof properties replaced (`undefined` removes one). */
function withProof(document: JsonObject, changes: Record<string, unknown>): JsonObject {
  const copy = clone(document);
  const altered = { ...proofOf(copy) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete altered[key];
    else altered[key] = value;
  }
  copy.proof = altered;
  return copy;
}

function unsignedCredential(issuer: string, extra: JsonObject = {}): JsonObject {
  return {
    '@context': [V2],
    type: ['VerifiableCredential'],
    issuer,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:alice', name: 'Alice' },
    ...extra,
  };
}

function unsignedPresentation(holder: DidKey): JsonObject {
  return { '@context': [V2], type: ['VerifiablePresentation'], holder: holder.did, verifiableCredential: [] };
}

async function checkProof(document: unknown, options: TestContextOptions = corpus) {
  return runCheck(proof, document, options);
}

function verifiedProofs(outcome: { facts?: { verifiedProofs?: VerifiedProof[] } }): VerifiedProof[] {
  return outcome.facts?.verifiedProofs ?? [];
}

describe('proof check: proofs that verify', () => {
  it('an Ed25519Signature2020 proof by a did:key passes and records the verified key', async () => {
    const outcome = await checkProof(validEd25519Signature2020);
    expect(outcome.status).toBe('passed');
    const [verified] = verifiedProofs(outcome);
    expect(verified?.suite).toBe('Ed25519Signature2020');
    expect(verified?.method.id).toBe(ISSUER_KEY);
  });

  it('an eddsa-rdfc-2022 proof passes', async () => {
    const outcome = await checkProof(corpusJson('dcc-verifier-core/v2-eddsa-valid-status.json'));
    expect(outcome.status).toBe('passed');
    expect(verifiedProofs(outcome)[0]?.suite).toBe('eddsa-rdfc-2022');
  });

  it('an Ed25519Signature2020 proof by a did:web key passes with the DID document preloaded', async () => {
    const outcome = await checkProof(validDidWebCredential);
    expect(outcome.status).toBe('passed');
    expect(verifiedProofs(outcome)[0]?.controller.id).toBe(DID_WEB);
  });

  it('an eddsa-jcs-2022 proof passes', async () => {
    const issuer = await createDidKey();
    const outcome = await checkProof(await signJcs(unsignedCredential(issuer.did), issuer), {});
    expect(outcome.status).toBe('passed');
    expect(verifiedProofs(outcome)[0]?.suite).toBe('eddsa-jcs-2022');
  });

  it('a proof set of two valid proofs passes with both proofs verified', async () => {
    const outcome = await checkProof(corpusJson('dcc-verifier-core/v2-two-proofs-valid-status.json'));
    expect(outcome.status).toBe('passed');
    expect(verifiedProofs(outcome)).toHaveLength(2);
  });

  it('a proof whose verificationMethod is an object with an id passes', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { verificationMethod: { id: ISSUER_KEY } }));
    expect(outcome.status).toBe('passed');
  });

  it('a proof with an expiry in the future passes', async () => {
    const issuer = await createDidKey();
    const outcome = await checkProof(await signJcs(unsignedCredential(issuer.did), issuer, { expires: '2099-01-01T00:00:00Z' }), {});
    expect(outcome.status).toBe('passed');
  });
});

describe('proof check: proofs that fail', () => {
  it('a credential without a proof fails with PROOF_MISSING (§6 A16)', async () => {
    const document = clone(validEd25519Signature2020);
    delete document.proof;
    const outcome = await checkProof(document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_MISSING']);
  });

  it.each([
    ['a string', 'z5ZzyLDUsPtvXM4o7atD5n14vg8BFh4RRUppDvbWeg3e1c'],
    ['null', null],
    ['a number', 1],
  ])('a proof that is %s fails with PROOF_MALFORMED (§6 A17)', async (_scenario, value) => {
    const outcome = await checkProof({ ...clone(validEd25519Signature2020), proof: value });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_MALFORMED']);
  });

  it.each(['type', 'verificationMethod', 'proofPurpose'])('a proof without %s fails with PROOF_MALFORMED (§6 A18)', async (property) => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { [property]: undefined }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_MALFORMED']);
    expect(outcome.problems?.[0]?.detail).toContain(property);
  });

  it('a credential proof with proofPurpose authentication fails with PROOF_PURPOSE_MISMATCH (§6 A19)', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { proofPurpose: 'authentication' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_PURPOSE_MISMATCH']);
  });

  it('a proofValue that is not multibase fails with PROOF_MALFORMED (§6 A22)', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { proofValue: 'not-multibase-at-all' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_MALFORMED']);
  });

  it('a multibase proofValue of the wrong length fails with SIGNATURE_INVALID (§6 A22)', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { proofValue: 'z3mJ9' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['SIGNATURE_INVALID']);
  });

  it('a malformed created date fails with PROOF_MALFORMED (§6 A23)', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { created: 'yesterday' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_MALFORMED']);
  });

  it('a proof that expired before the time of checking fails with PROOF_EXPIRED (§6 A23)', async () => {
    const issuer = await createDidKey();
    const outcome = await checkProof(await signJcs(unsignedCredential(issuer.did), issuer, { expires: '2025-06-01T00:00:00Z' }), {});
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_EXPIRED']);
  });

  it('previousProof naming a proof that is not on the document fails with PROOF_CHAIN_BROKEN (§6 A24)', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { previousProof: 'urn:uuid:no-such-proof' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_CHAIN_BROKEN']);
  });

  it('a changed signed leaf fails with SIGNATURE_INVALID (§6 A1)', async () => {
    const tampered = clone(validEd25519Signature2020);
    (tampered as { name: string }).name = 'Doctor of Everything';
    const outcome = await checkProof(tampered);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['SIGNATURE_INVALID']);
  });

  it('the corpus tampered credential (derived/v2-tampered.json) fails with SIGNATURE_INVALID', async () => {
    const outcome = await checkProof(corpusJson('dcc-verifier-core/derived/v2-tampered.json'));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['SIGNATURE_INVALID']);
  });

  it('a JCS-signed credential changed after signing fails with SIGNATURE_INVALID', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs(unsignedCredential(issuer.did), issuer);
    const outcome = await checkProof({ ...signed, validFrom: '2020-01-01T00:00:00Z' }, {});
    expect(codes(outcome)).toEqual(['SIGNATURE_INVALID']);
  });

  it('a property added under a term no context defines fails with JSONLD_DATA_LOSS (§6 A2)', async () => {
    const outcome = await checkProof({ ...clone(validV1Credential), undefinedTerm: 'added after issuance' });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['JSONLD_DATA_LOSS']);
  });

  it('a type no context defines, appended after issuance, fails with JSONLD_DATA_LOSS (§6 A3)', async () => {
    const document = clone(validV1Credential);
    document.type = [...(document.type as string[]), 'UndefinedType'];
    const outcome = await checkProof(document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['JSONLD_DATA_LOSS']);
  });

  it('a relative @type fails with JSONLD_DATA_LOSS (§6 A7)', async () => {
    const document = clone(validEd25519Signature2020);
    document.type = [...(document.type as string[]), 'relative/Type'];
    const outcome = await checkProof(document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['JSONLD_DATA_LOSS']);
  });

  it('the corpus safe-mode breaker (v2-eddsa-safe-mode-breaker.json) fails with JSONLD_DATA_LOSS (§6 A7)', async () => {
    const outcome = await checkProof(corpusJson('dcc-verifier-core/v2-eddsa-safe-mode-breaker.json'));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['JSONLD_DATA_LOSS']);
  });

  it('an id that only means something against a base IRI fails with JSONLD_DATA_LOSS (§6 A8)', async () => {
    const outcome = await checkProof({ ...clone(validEd25519Signature2020), id: 'relative-id' });
    expect(codes(outcome)).toEqual(['JSONLD_DATA_LOSS']);
  });

  it('a later context redefining the protected term VerifiableCredential fails with JSONLD_INVALID (§6 A11)', async () => {
    const document = clone(validEd25519Signature2020);
    document['@context'] = [...(document['@context'] as string[]), { VerifiableCredential: 'https://evil.example/vocab#VerifiableCredential' }];
    const outcome = await checkProof(document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['JSONLD_INVALID']);
  });

  it('@vocab: null with an unmapped type fails with JSONLD_DATA_LOSS (§6 A12)', async () => {
    const document = clone(validEd25519Signature2020);
    document['@context'] = [...(document['@context'] as string[]), { '@vocab': null }];
    document.type = [...(document.type as string[]), 'UnmappedType'];
    const outcome = await checkProof(document);
    expect(codes(outcome)).toEqual(['JSONLD_DATA_LOSS']);
  });

  it('an ECDSA cryptosuite with an Ed25519 key fails with KEY_SUITE_MISMATCH (§6 A21)', async () => {
    const outcome = await checkProof(
      withProof(validEd25519Signature2020, { type: 'DataIntegrityProof', cryptosuite: 'ecdsa-rdfc-2019' }),
    );
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['KEY_SUITE_MISMATCH']);
  });

  it('a verification method the DID document does not list fails with VERIFICATION_METHOD_NOT_FOUND', async () => {
    const outcome = await checkProof(withProof(validDidWebCredential, { verificationMethod: `${DID_WEB}#not-a-key` }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['VERIFICATION_METHOD_NOT_FOUND']);
  });

  it('a verification method that is not a URL fails with VERIFICATION_METHOD_MALFORMED', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { verificationMethod: 'key-1' }));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['VERIFICATION_METHOD_MALFORMED']);
  });

  it('one bad proof in a proof set fails the check even when the other verifies (§6 A25)', async () => {
    const issuer = await createDidKey();
    const good = await signJcs(unsignedCredential(issuer.did), issuer);
    const bad = { ...proofOf(good), proofValue: proofOf(withProof(validEd25519Signature2020, {})).proofValue };
    const outcome = await checkProof({ ...good, proof: [proofOf(good), bad] }, {});
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['SIGNATURE_INVALID']);
    expect(outcome.problems?.[0]?.detail).toContain('proof[1]');
  });
});

describe('proof check: proofs that cannot be decided', () => {
  it('an unknown cryptosuite is an error with CRYPTOSUITE_UNSUPPORTED, never a pass (§6 A20)', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { type: 'DataIntegrityProof', cryptosuite: 'made-up-2099' }));
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['CRYPTOSUITE_UNSUPPORTED']);
  });

  it('an unknown proof type is an error with PROOF_TYPE_UNSUPPORTED', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { type: 'SomeProofType' }));
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['PROOF_TYPE_UNSUPPORTED']);
  });

  it('a did:web key that cannot be retrieved offline is an error with DOCUMENT_NOT_PRELOADED', async () => {
    const outcome = await checkProof(validDidWebCredential, { now: CORPUS_NOW });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['DOCUMENT_NOT_PRELOADED']);
  });

  it('an unsupported DID method is an error with DID_METHOD_UNSUPPORTED', async () => {
    const outcome = await checkProof(withProof(validEd25519Signature2020, { verificationMethod: 'did:example:issuer#key-1' }));
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['DID_METHOD_UNSUPPORTED']);
  });

  it('an RDF-canonicalized credential with an unpinned context is an error with CONTEXT_UNKNOWN', async () => {
    const document = clone(validEd25519Signature2020);
    document['@context'] = [...(document['@context'] as string[]), 'https://evil.example/context.jsonld'];
    const outcome = await checkProof(document);
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['CONTEXT_UNKNOWN']);
  });

  it('a proof set with one valid proof and one unsupported proof is an error, not a pass', async () => {
    const issuer = await createDidKey();
    const good = await signJcs(unsignedCredential(issuer.did), issuer);
    const outcome = await checkProof({ ...good, proof: [proofOf(good), { ...proofOf(good), cryptosuite: 'made-up-2099' }] }, {});
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['CRYPTOSUITE_UNSUPPORTED']);
  });
});

describe('proof check: presentations', () => {
  it('a presentation without a proof of its own is skipped as NOT_APPLICABLE, with a PRESENTATION_UNSIGNED warning', async () => {
    const holder = await createDidKey();
    const outcome = await checkProof(unsignedPresentation(holder), {});
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
    expect(warningCodes(outcome)).toEqual(['PRESENTATION_UNSIGNED']);
  });

  it('a presentation without a proof fails with PROOF_MISSING when the verifier expects a challenge or a domain', async () => {
    const holder = await createDidKey();
    for (const expected of [{ challenge: 'c-123' }, { domain: 'verifier.example' }]) {
      const outcome = await checkProof(unsignedPresentation(holder), expected);
      expect(outcome.status).toBe('failed');
      expect(codes(outcome)).toEqual(['PROOF_MISSING']);
    }
  });

  it('a presentation signed for the expected challenge and domain passes without warnings', async () => {
    const holder = await createDidKey();
    const signed = await signJcs(unsignedPresentation(holder), holder, { proofPurpose: 'authentication', challenge: 'c-123', domain: 'verifier.example' });
    const outcome = await checkProof(signed, { challenge: 'c-123', domain: 'verifier.example' });
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual([]);
  });

  it('a presentation signed for another challenge fails with PROOF_CHALLENGE_MISMATCH', async () => {
    const holder = await createDidKey();
    const signed = await signJcs(unsignedPresentation(holder), holder, { proofPurpose: 'authentication', challenge: 'c-123' });
    const outcome = await checkProof(signed, { challenge: 'c-456' });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['PROOF_CHALLENGE_MISMATCH']);
  });

  it('a presentation signed for another domain fails with PROOF_CHALLENGE_MISMATCH', async () => {
    const holder = await createDidKey();
    const signed = await signJcs(unsignedPresentation(holder), holder, { proofPurpose: 'authentication', challenge: 'c-123', domain: 'elsewhere.example' });
    const outcome = await checkProof(signed, { challenge: 'c-123', domain: 'verifier.example' });
    expect(codes(outcome)).toEqual(['PROOF_CHALLENGE_MISMATCH']);
  });

  it('a presentation challenge nobody asked for passes with a PROOF_CHALLENGE_UNCHECKED warning', async () => {
    const holder = await createDidKey();
    const signed = await signJcs(unsignedPresentation(holder), holder, { proofPurpose: 'authentication', challenge: 'c-123' });
    const outcome = await checkProof(signed, {});
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['PROOF_CHALLENGE_UNCHECKED']);
  });

  it('a presentation proof with an unexpected purpose fails with PROOF_PURPOSE_MISMATCH', async () => {
    const holder = await createDidKey();
    const signed = await signJcs(unsignedPresentation(holder), holder, { proofPurpose: 'capabilityInvocation' });
    const outcome = await checkProof(signed, {});
    expect(codes(outcome)).toEqual(['PROOF_PURPOSE_MISMATCH']);
  });
});

describe('proof check in the pipeline', () => {
  it('a tampered credential is invalid and shows no credential view (§6 A1: no claims)', async () => {
    const report = await verify(corpusFile('dcc-verifier-core/derived/v2-tampered.json'), { now: CORPUS_NOW, offline: true, documents });
    expect(report.verdict).toBe('invalid');
    expect(report.credential).toBeUndefined();
  });

  it('a credential with an unsupported cryptosuite is unverifiable', async () => {
    const report = await verify(withProof(validEd25519Signature2020, { type: 'DataIntegrityProof', cryptosuite: 'made-up-2099' }), verifyOptions(corpus));
    expect(report.verdict).toBe('unverifiable');
  });

  it('a tampered credential with an untrusted inline context is still invalid: the proof does not wait for the context check', async () => {
    const tampered = corpusJson('dcc-verifier-core/derived/v2-tampered.json');
    const subject = { ...(tampered.credentialSubject as JsonObject), '@context': { nickname: 'https://example.org/vocab#nickname' } };
    const report = await verify({ ...tampered, credentialSubject: subject }, verifyOptions(corpus));
    expect(report.checks.find((c) => c.id === 'context')?.status).toBe('error');
    expect(report.checks.find((c) => c.id === 'proof')?.status).toBe('failed');
    expect(report.verdict).toBe('invalid');
  });
});

/**
 * `context`: every @context, top-level and nested, is a pinned (or caller-supplied) context URL,
 * and the first is the VC base context. Malformed entries fail; contexts that cannot be trusted
 * (unknown URLs, inline definitions) make the check an error: the credential cannot be verified.
 * Security research §6 A 9, 10, 13, 14.
 */
import { describe, expect, it } from 'vitest';
import { context } from '../../../components/core/checks/context.ts';
import { verify } from '../../../components/core/verify.ts';
import { codes, runCheck, verifyOptions, type TestContextOptions } from '../../support/check-context.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../../support/corpus.ts';
import { createDidKey, signJcs } from '../../support/jcs-signer.ts';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const OB3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
const UNKNOWN = 'https://evil.example/context.jsonld';

/** A credential with the given @context; everything else is irrelevant to this check. */
function credentialWith(contextValue: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': contextValue,
    type: ['VerifiableCredential'],
    issuer: 'did:example:issuer',
    credentialSubject: { id: 'did:example:alice' },
    ...extra,
  };
}

async function checkContext(document: Record<string, unknown>, options: TestContextOptions = {}) {
  return runCheck(context, document, options);
}

describe('context check', () => {
  it.each([
    ['the VC 2.0 base context alone, as a string', V2],
    ['the VC 2.0 base context alone, in an array', [V2]],
    ['the VC 2.0 base context and the Open Badges 3.0 context', [V2, OB3]],
    ['the VC 1.1 base context and an Ed25519Signature2020 context', [V1, 'https://w3id.org/security/suites/ed25519-2020/v1']],
  ])('a credential with %s passes', async (_scenario, contextValue) => {
    const outcome = await checkContext(credentialWith(contextValue));
    expect(outcome.status).toBe('passed');
    expect(outcome.problems ?? []).toEqual([]);
  });

  it('a context the caller preloaded in documents is trusted and passes', async () => {
    const custom = 'https://issuer.example/contexts/extra.jsonld';
    const outcome = await checkContext(credentialWith([V2, custom]), { documents: { [custom]: { '@context': { extra: 'https://issuer.example/vocab#extra' } } } });
    expect(outcome.status).toBe('passed');
  });

  it('a preloaded document that is not a context (no @context) is not trusted: error with CONTEXT_UNKNOWN', async () => {
    const custom = 'https://issuer.example/contexts/extra.jsonld';
    const outcome = await checkContext(credentialWith([V2, custom]), { documents: { [custom]: { extra: 'not a context' } } });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['CONTEXT_UNKNOWN']);
  });

  it('a document without @context fails with CONTEXT_MISSING', async () => {
    const document = credentialWith(undefined);
    delete document['@context'];
    const outcome = await checkContext(document);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CONTEXT_MISSING']);
  });

  it('an unknown context URL is an error with CONTEXT_UNKNOWN: contexts are never fetched (§6 A13)', async () => {
    const outcome = await checkContext(credentialWith([V2, UNKNOWN]));
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['CONTEXT_UNKNOWN']);
    expect(outcome.problems?.[0]?.detail).toContain(UNKNOWN);
  });

  it('an inline context is an error with CONTEXT_INLINE: it could redefine terms (§6 A9)', async () => {
    const outcome = await checkContext(credentialWith([V2, { name: 'https://schema.org/description', description: 'https://schema.org/name' }]));
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['CONTEXT_INLINE']);
  });

  it('a number in @context fails with CONTEXT_MALFORMED (§6 A14)', async () => {
    const outcome = await checkContext(credentialWith([V2, 42]));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CONTEXT_MALFORMED']);
    expect(outcome.problems?.[0]?.detail).toContain('@context[1]');
  });

  it('a context entry that is not a URL fails with CONTEXT_MALFORMED (§6 A14)', async () => {
    const outcome = await checkContext(credentialWith([V2, 'https ://not-a-url']));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CONTEXT_MALFORMED']);
  });

  it('a first context that is not a VC base context fails with CONTEXT_BASE_MISSING', async () => {
    const outcome = await checkContext(credentialWith([OB3, V2]));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CONTEXT_BASE_MISSING']);
  });

  it('both VC 1.1 and VC 2.0 base contexts fail with CONTEXT_VERSION_MISMATCH', async () => {
    const outcome = await checkContext(credentialWith([V2, V1]));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CONTEXT_VERSION_MISMATCH']);
  });

  it('a malformed entry and an unknown URL together fail, naming both problems', async () => {
    const outcome = await checkContext(credentialWith([V2, 7, UNKNOWN]));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CONTEXT_MALFORMED', 'CONTEXT_UNKNOWN']);
  });

  describe('nested @context (§6 A10)', () => {
    it('an unknown context nested in credentialSubject is an error with CONTEXT_UNKNOWN naming its path', async () => {
      const outcome = await checkContext(credentialWith([V2], { credentialSubject: { '@context': UNKNOWN, id: 'did:example:alice' } }));
      expect(outcome.status).toBe('error');
      expect(codes(outcome)).toEqual(['CONTEXT_UNKNOWN']);
      expect(outcome.problems?.[0]?.detail).toContain('credentialSubject.@context');
    });

    it('an inline context nested deep in an array is an error with CONTEXT_INLINE', async () => {
      const outcome = await checkContext(credentialWith([V2], { evidence: [{ id: 'https://example.org/e/1' }, { '@context': { narrative: '@id' } }] }));
      expect(outcome.status).toBe('error');
      expect(codes(outcome)).toEqual(['CONTEXT_INLINE']);
      expect(outcome.problems?.[0]?.detail).toContain('evidence[1].@context');
    });

    it('a number in a nested @context fails with CONTEXT_MALFORMED', async () => {
      const outcome = await checkContext(credentialWith([V2], { credentialSubject: { '@context': [3], id: 'did:example:alice' } }));
      expect(outcome.status).toBe('failed');
      expect(codes(outcome)).toEqual(['CONTEXT_MALFORMED']);
    });

    it('a pinned context nested in credentialSubject passes', async () => {
      const outcome = await checkContext(credentialWith([V2], { credentialSubject: { '@context': OB3, id: 'did:example:alice' } }));
      expect(outcome.status).toBe('passed');
    });

    it('an unknown context inside the proof is found too', async () => {
      const outcome = await checkContext(credentialWith([V2], { proof: { '@context': UNKNOWN, type: 'DataIntegrityProof' } }));
      expect(outcome.status).toBe('error');
      expect(codes(outcome)).toEqual(['CONTEXT_UNKNOWN']);
    });
  });
});

describe('context check in the pipeline', () => {
  it('a signed credential whose VC context was removed is invalid (corpus derived/v2-no-vc-context.json)', async () => {
    const report = await verify(corpusFile('dcc-verifier-core/derived/v2-no-vc-context.json'), { now: CORPUS_NOW, offline: true, documents: corpusDocuments() });
    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'context')?.status).toBe('failed');
  });

  it('a correctly signed credential with an unknown context is unverifiable, never verified', async () => {
    const issuer = await createDidKey();
    const signed = await signJcs(credentialWith([V2, UNKNOWN], { issuer: issuer.did }), issuer);
    const report = await verify(signed, verifyOptions());
    expect(report.checks.find((c) => c.id === 'proof')?.status).toBe('passed');
    expect(report.checks.find((c) => c.id === 'context')?.status).toBe('error');
    expect(report.verdict).toBe('unverifiable');
  });
});

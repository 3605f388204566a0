/**
 * Credentials and presentations secured as JWTs (VC-JWT 1.1, VC-JOSE-COSE, OB 3.0 §8.2.4 "JSON
 * Web Token Proof Format"), verified with `jose` under an explicit algorithm allow-list.
 *
 * The key comes from `kid` (a DID URL or https URL dereferenced to a controller document), or,
 * without `kid`, from the issuer's DID document or the JWKS at the issuer's origin (OB 3.0
 * Implementation Guide, "Key provenance"). A `jwk` in the header is used only when nothing else
 * names a key: it can show integrity, and issuer-key then asks whether the issuer publishes it.
 * `jku` and `x5u` are never fetched (RFC 8725 §3.10).
 */
import type { CryptoKey as JoseKey } from 'jose';
import { errored, failed, passed, type CheckContext, type CheckOutcome, type VerifiedProof } from '../checks/check.ts';
import { isObject } from '../parse/json.ts';
import type { CompactJws } from '../parse/jwt.ts';
import type { ParsedSubject } from '../parse/parse-input.ts';
import { problem, quote, type Problem } from '../problems.ts';
import type { ControllerDocument } from '../resolve/controller-document.ts';
import { publicJwkOf, type VerificationMethod } from '../resolve/public-key.ts';
import { dereferenceMethod, resolveController } from '../resolve/verification-method.ts';
import { checkChallenge } from './challenge.ts';
import { fetchIssuerJwks } from './jwks.ts';
import { loadOnce } from '../lazy.ts';

const loadJose = loadOnce(() => import('jose'));

/** Algorithms with a public key that identifies the signer. */
const ALLOWED = new Set(['EdDSA', 'Ed25519', 'ES256', 'ES384', 'RS256', 'PS256']);

interface KeyCandidate {
  method: VerificationMethod;
  controller: ControllerDocument;
  keySource: VerifiedProof['keySource'];
}

export async function verifyJose(ctx: CheckContext, subject: ParsedSubject, jws: CompactJws): Promise<CheckOutcome> {
  const { header } = jws;
  const alg = header.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') {
    return failed(problem('PROOF_MALFORMED', `JWS header alg is ${quote(alg)}: the token is not signed`));
  }
  if (/^HS/i.test(alg)) {
    return failed(problem('PROOF_MALFORMED', `JWS header alg ${quote(alg)} is an HMAC with a shared secret, which cannot show who issued the token`));
  }
  if (!ALLOWED.has(alg)) return errored(problem('PROOF_TYPE_UNSUPPORTED', `JWS algorithm ${quote(alg)} is not supported`));

  const purpose = subject.kind === 'presentation' ? 'authentication' : 'assertionMethod';
  const found = await keyCandidates(ctx, subject, header, purpose);
  if (!Array.isArray(found)) return found;
  const problems: Problem[] = [];
  for (const candidate of found) {
    const outcome = await verifyWith(jws, alg, candidate.method);
    if (outcome === true) {
      const proof = {
        type: 'JsonWebSignature',
        alg,
        proofPurpose: purpose,
        verificationMethod: candidate.method.id,
        ...(typeof jws.payload.iat === 'number' ? { created: new Date(jws.payload.iat * 1000).toISOString() } : {}),
      };
      const warnings: Problem[] = [];
      if (purpose === 'authentication') {
        const challenge = checkChallenge(ctx.env, jws.payload.nonce, jws.payload.aud, 'JWT');
        if (challenge?.code === 'PROOF_CHALLENGE_MISMATCH') return failed(challenge);
        if (challenge) warnings.push(challenge);
      }
      return passed({
        facts: { verifiedProofs: [{ proof, suite: `JWS ${alg}`, ...candidate }], verifiedDocument: subject.document },
        warnings,
      });
    }
    problems.push(outcome);
  }
  const decisive = problems.filter((p) => p.code !== 'KEY_TYPE_UNSUPPORTED');
  return decisive.length > 0 ? failed(...decisive) : errored(...problems);
}

async function verifyWith(jws: CompactJws, alg: string, method: VerificationMethod): Promise<true | Problem> {
  const jwk = await publicJwkOf(method);
  if ('code' in jwk) return jwk;
  // jose is loaded only for credentials that arrive as JWTs.
  const { compactVerify, importJWK } = await loadJose();
  let key: JoseKey | Uint8Array;
  try {
    key = await importJWK({ ...jwk, alg }, alg);
  } catch (error) {
    return problem('KEY_SUITE_MISMATCH', `the key ${quote(method.id)} cannot verify ${alg} (${describe(error)})`);
  }
  try {
    await compactVerify(jws.token, key, { algorithms: [alg] });
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
      return problem('SIGNATURE_INVALID', `the ${alg} signature does not match the token for the key ${quote(method.id)}`);
    }
    return problem('PROOF_MALFORMED', `the JWS cannot be verified: ${describe(error)}`);
  }
}

/** The keys that may have signed: named by kid, else the signer's published keys, else the header's jwk. */
async function keyCandidates(ctx: CheckContext, subject: ParsedSubject, header: Record<string, unknown>, purpose: 'assertionMethod' | 'authentication'): Promise<KeyCandidate[] | CheckOutcome> {
  const party = subject.kind === 'presentation' ? subject.document.holder : subject.document.issuer;
  const partyId = isObject(party) ? party.id : party;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const documents = ctx.env.documents;

  if (kid) {
    const reference = /^[a-z][a-z0-9+.-]*:/i.test(kid) ? kid : typeof partyId === 'string' ? `${partyId}${kid.startsWith('#') ? '' : '#'}${kid}` : kid;
    if (!reference.includes('#') && reference.startsWith('did:')) return fromController(await resolveController(reference, documents), purpose);
    const resolved = await dereferenceMethod(reference, documents);
    if (!resolved.ok) return resolved.definitive ? failed(resolved.problem) : errored(resolved.problem);
    return [{ method: resolved.method, controller: resolved.document, keySource: 'controller-document' }];
  }
  if (isObject(header.jwk)) {
    const jwk = header.jwk as JsonWebKey;
    return [{
      method: { id: 'jwk from the token header', type: 'JsonWebKey2020', controller: '', publicKeyJwk: jwk },
      controller: { id: '', methods: [], relationships: { assertionMethod: [], authentication: [] } },
      keySource: 'token-header',
    }];
  }
  if (typeof partyId === 'string' && partyId.startsWith('did:')) return fromController(await resolveController(partyId, documents), purpose);
  if (typeof partyId === 'string' && /^https:\/\//i.test(partyId)) {
    const jwks = await fetchIssuerJwks(partyId, documents);
    if ('code' in jwks) return errored(jwks);
    return fromController(jwks, purpose);
  }
  return errored(problem('VERIFICATION_METHOD_UNRESOLVABLE', 'the JWT names no key (no kid, no jwk) and its issuer publishes none that can be found'));
}

function fromController(document: ControllerDocument | Problem, purpose: 'assertionMethod' | 'authentication'): KeyCandidate[] | CheckOutcome {
  if ('code' in document) return errored(document);
  const methods = document.methods.filter((m) => document.relationships[purpose].includes(m.id));
  if (methods.length === 0) {
    return failed(problem('KEY_NOT_AUTHORISED', `${quote(document.id)} lists no key under ${purpose}`));
  }
  return methods.map((method) => ({ method, controller: document, keySource: 'controller-document' as const }));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Open Badges 2.0 signed assertions (OB 2.0 §SignedBadge): a compact JWS (RS256) whose payload is
 * the assertion, signed with the CryptographicKey named by `verification.creator`. The key counts
 * only if its `owner` is the badge's issuer and that issuer Profile lists it in `publicKey`
 * ("Do not trust a key that is not properly linked from the issuer Profile", step 4).
 */
import { errored, failed, passed, type CheckContext, type CheckOutcome } from '../checks/check.ts';
import { isObject } from '../parse/json.ts';
import type { CompactJws } from '../parse/jwt.ts';
import type { ParsedSubject } from '../parse/parse-input.ts';
import { problem, quote } from '../problems.ts';
import { followBadge, publicKeyIds } from './ob2-graph.ts';
import { loadOnce } from '../lazy.ts';

const loadJose = loadOnce(() => import('jose'));

export async function verifySignedAssertion(ctx: CheckContext, subject: ParsedSubject, jws: CompactJws): Promise<CheckOutcome> {
  const alg = jws.header.alg;
  if (alg !== 'RS256') {
    return failed(problem('PROOF_MALFORMED', `a signed Open Badge must use RS256, not ${quote(alg)}`));
  }
  const assertion = subject.document;
  const verification = isObject(assertion.verification) ? assertion.verification : {};
  const creator = verification.creator;
  if (typeof creator !== 'string') return failed(problem('PROOF_MALFORMED', 'verification.creator does not name the signing key'));
  const documents = ctx.env.documents;
  const fetched = await documents.json(creator);
  if (!fetched.ok) return errored(problem('VERIFICATION_METHOD_UNRESOLVABLE', `the signing key ${quote(creator)} could not be retrieved: ${fetched.problem.detail}`));
  const key = fetched.document;
  if (!isObject(key) || typeof key.publicKeyPem !== 'string') return failed(problem('KEY_MALFORMED', `${quote(creator)} is not a CryptographicKey with publicKeyPem`));
  const { compactVerify, importSPKI } = await loadJose();
  try {
    await compactVerify(jws.token, await importSPKI(key.publicKeyPem, 'RS256'), { algorithms: ['RS256'] });
  } catch (error) {
    const code = (error as { code?: string }).code;
    return failed(code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED'
      ? problem('SIGNATURE_INVALID', `the RS256 signature does not match the assertion for the key ${quote(creator)}`)
      : problem('KEY_MALFORMED', `the key ${quote(creator)} cannot verify the assertion: ${error instanceof Error ? error.message : String(error)}`));
  }
  const graph = await followBadge(assertion, documents);
  if ('code' in graph) return errored(graph);
  const owner = typeof key.owner === 'string' ? key.owner : '';
  const keyId = typeof key.id === 'string' ? key.id : creator;
  const proof = { type: 'SignedBadge', proofPurpose: 'assertionMethod', verificationMethod: keyId };
  const method = { id: keyId, type: 'CryptographicKey', controller: owner };
  const controller = { id: owner, methods: [method], relationships: { assertionMethod: publicKeyIds(graph.issuer).includes(keyId) ? [keyId] : [], authentication: [] } };
  return passed({
    facts: { verifiedProofs: [{ proof, suite: 'OB 2.0 SignedBadge (RS256)', method, controller, keySource: 'controller-document' }], verifiedDocument: assertion, ob2: graph },
  });
}

/** The key must be owned by the badge's issuer and listed in that issuer's publicKey. */
export function checkKeyOwnership(ctx: CheckContext): CheckOutcome {
  const issuer = ctx.facts.ob2?.issuer;
  const verified = ctx.facts.verifiedProofs?.[0];
  if (!issuer || !verified) return errored(problem('BADGE_UNRESOLVABLE', 'the issuer profile or signing key is missing'));
  const issuerId = String(issuer.id);
  if (verified.method.controller !== issuerId) {
    return failed(problem('KEY_NOT_ISSUERS', `the signing key ${quote(verified.method.id)} is owned by ${quote(verified.method.controller)}, not by the issuer ${quote(issuerId)}`));
  }
  if (!publicKeyIds(issuer).includes(verified.method.id)) {
    return failed(problem('KEY_NOT_AUTHORISED', `the issuer ${quote(issuerId)} does not list ${quote(verified.method.id)} in publicKey`));
  }
  return passed({ facts: { issuerDocument: verified.controller } });
}

/**
 * DCC VerifierPlus public shares, created from the Learner Credential Wallet. The API answers
 * `{ vp, credential, id, controller, shared }` where `credential` lists the VP's credentials
 * (digitalcredentials/verifier-plus: README.md, app/lib/credentials.ts `get`). Its
 * `#verify?vc=<url>` links are unwrapped in wrappers.ts.
 */
import { asArray, isObject } from '../../parse/json.ts';
import { problem } from '../../problems.ts';
import type { UnwrapOutcome } from '../link.ts';
import { endpoint, routedRule } from '../rule.ts';

export const verifierPlus = routedRule({
  platform: 'verifierplus',
  name: 'VerifierPlus',
  host: /^(?:stage\.)?verifierplus\.org$/,
  routes: [
    {
      path: /^\/(?:api\/)?credentials\/([0-9a-f-]{36})\/?$/i,
      resolve: (id, url) =>
        endpoint('verifierplus', `https://${url.hostname}/api/credentials/${id.toLowerCase()}`, {
          format: 'platform-json',
          unwrap: 'verifierplus',
        }),
    },
  ],
});

/** Public share → the credentials it holds (the issuer-signed ones, not the sharer's presentation). */
export function unwrapVerifierPlus(body: unknown): UnwrapOutcome {
  if (!isObject(body)) {
    return { kind: 'problem', problem: problem('INPUT_NOT_OBJECT', 'the VerifierPlus answer is not a JSON object') };
  }
  const listed = asArray(body.credential).filter(isObject);
  const fromPresentation = isObject(body.vp) ? asArray(body.vp.verifiableCredential).filter(isObject) : [];
  const documents = listed.length > 0 ? listed : fromPresentation;
  if (documents.length === 0) {
    return { kind: 'problem', problem: problem('PROPERTY_MISSING', 'the VerifierPlus share holds no "credential" and no "vp.verifiableCredential"') };
  }
  return { kind: 'documents', documents };
}

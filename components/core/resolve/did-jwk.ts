/**
 * did:jwk, resolved locally: the DID is a base64url-encoded public JWK (did:jwk §Read).
 * Its one verification method is `<did>#0`.
 */
import { problem, quote, type Problem } from '../problems.ts';
import type { ControllerDocument } from './controller-document.ts';
import { base64urlDecode } from './multibase.ts';

export function resolveDidJwk(did: string): ControllerDocument | Problem {
  const encoded = did.slice('did:jwk:'.length);
  const bytes = base64urlDecode(encoded);
  let jwk: unknown = null;
  try {
    jwk = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : null;
  } catch {
    jwk = null;
  }
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk) || 'd' in jwk) {
    return problem('DID_MALFORMED', `${quote(did)} does not encode a public JWK`);
  }
  const id = `${did}#0`;
  const use = (jwk as JsonWebKey).use;
  return {
    id: did,
    methods: [{ id, type: 'JsonWebKey2020', controller: did, publicKeyJwk: jwk as JsonWebKey }],
    relationships: use === 'enc' ? { assertionMethod: [], authentication: [] } : { assertionMethod: [id], authentication: [id] },
  };
}

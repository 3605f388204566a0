/**
 * The JSON Web Key Set an https issuer publishes at its own origin (OB 3.0 Implementation Guide,
 * "Key provenance": `https://{authority}/.well-known/jwks.json`), read as a controller document
 * whose keys the issuer authorises. A key whose `iss` member names someone else is left out.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { isObject } from '../parse/json.ts';
import { problem, quote, type Problem } from '../problems.ts';
import type { ControllerDocument } from '../resolve/controller-document.ts';
import type { VerificationMethod } from '../resolve/public-key.ts';

export async function fetchIssuerJwks(issuerId: string, documents: DocumentSource): Promise<ControllerDocument | Problem> {
  let url: string;
  try {
    url = new URL('/.well-known/jwks.json', issuerId).href;
  } catch {
    return problem('VERIFICATION_METHOD_UNRESOLVABLE', `${quote(issuerId)} is not a URL with an origin`);
  }
  const fetched = await documents.json(url);
  if (!fetched.ok) {
    return problem('VERIFICATION_METHOD_UNRESOLVABLE', `the issuer's key set ${quote(url)} could not be retrieved: ${fetched.problem.detail}`);
  }
  const keys = isObject(fetched.document) && Array.isArray(fetched.document.keys) ? fetched.document.keys : null;
  if (!keys) return problem('VERIFICATION_METHOD_UNRESOLVABLE', `${quote(url)} is not a JWK Set`);
  const methods: VerificationMethod[] = keys
    .filter((key): key is Record<string, unknown> => isObject(key) && (key.iss === undefined || key.iss === issuerId) && key.use !== 'enc')
    .map((key, i) => ({
      id: `${url}#${typeof key.kid === 'string' ? key.kid : i}`,
      type: 'JsonWebKey2020',
      controller: issuerId,
      publicKeyJwk: key as JsonWebKey,
    }));
  const ids = methods.map((m) => m.id);
  return { id: issuerId, methods, relationships: { assertionMethod: ids, authentication: ids } };
}

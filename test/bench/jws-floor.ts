/**
 * The JWS floor: the least work any verifier must do for a credential secured as a compact JWS
 * (VC-JWT, VC-JOSE, a presentation's JWT and the credential JWTs it nests, an Open Badges 2.0
 * signed assertion): for every token the verdict rests on, verify the signature with `jose` and
 * parse the payload as JSON, nothing else. Keys are resolved before timing (floor-keys.ts) and
 * imported in the timed call, as the JSON-LD floor imports its keys. An OB 2.0 assertion's badge
 * class, issuer profile and revocation list are unsigned hosted documents: looking them up is not
 * signature work, so the floor leaves them out.
 */
import { compactVerify, decodeJwt, decodeProtectedHeader, errors, importJWK, importSPKI, type CryptoKey, type JWTPayload } from 'jose';
import { isCompactJws } from './encoding.ts';
import { FloorUnsupported, resolveCryptographicKey, resolvePublicJwk, type JwsKeyMaterial } from './floor-keys.ts';
import { asList, isJsonObject, typeNames, type JsonObject } from './json.ts';

/** VC-JOSE-COSE §3.2 EnvelopedVerifiableCredential: the token travels in a data: URL. */
const ENVELOPED_JWT = /^data:application\/[^,;]*jwt[^,]*,(.+)$/;

interface TokenKey {
  alg: string;
  material: JwsKeyMaterial;
}

export interface JwsFloorPlan {
  input: Uint8Array;
  /** Each token's algorithm and key, by the token itself: the outer one and every nested one. */
  keys: ReadonlyMap<string, TokenKey>;
  /** The tokens' algorithms, outer token first, as `JWS ES256`. */
  proofs: string[];
}

/** Everything the floor needs besides the input bytes; throws {@link FloorUnsupported}. */
export function planJwsFloor(input: Uint8Array, documents: ReadonlyMap<string, unknown>): JwsFloorPlan {
  const keys = new Map<string, TokenKey>();
  const visit = (token: string): void => {
    const { alg, kid } = decodeProtectedHeader(token);
    if (typeof alg !== 'string') throw new FloorUnsupported('a token names no alg');
    const payload = decodeJwt(token);
    if (credentialOf(payload).credentialStatus !== undefined) throw new FloorUnsupported('the JWS floor does not implement status lists');
    keys.set(token, { alg, material: keyFor(kid, payload, documents) });
    for (const nested of nestedTokens(payload)) visit(nested);
  };
  visit(tokenOf(input));
  return { input, keys, proofs: [...keys.values()].map(({ alg }) => `JWS ${alg}`) };
}

/** Runs the floor once; `true` when every signature verifies. */
export async function runJwsFloor(plan: JwsFloorPlan): Promise<boolean> {
  return verifyToken(tokenOf(plan.input), plan.keys);
}

async function verifyToken(token: string, keys: ReadonlyMap<string, TokenKey>): Promise<boolean> {
  const key = keys.get(token);
  if (!key) return false;
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(token, await importKey(key), { algorithms: [key.alg] }));
  } catch (error) {
    if (error instanceof errors.JWSSignatureVerificationFailed) return false;
    throw error;
  }
  const claims: unknown = JSON.parse(new TextDecoder().decode(payload));
  if (!isJsonObject(claims)) return false;
  const outcomes = await Promise.all(nestedTokens(claims).map((nested) => verifyToken(nested, keys)));
  return outcomes.every(Boolean);
}

function importKey({ alg, material }: TokenKey): Promise<CryptoKey | Uint8Array> {
  return 'spki' in material ? importSPKI(material.spki, alg) : importJWK(material.jwk, alg);
}

function tokenOf(input: Uint8Array): string {
  return new TextDecoder().decode(input).trim();
}

/** The key by `kid`; without one, an OB 2.0 assertion's `verification.creator` or the issuer's did:key. */
function keyFor(kid: string | undefined, payload: JWTPayload, documents: ReadonlyMap<string, unknown>): JwsKeyMaterial {
  if (kid !== undefined) return { jwk: resolvePublicJwk(kid, documents) };
  const creator = isJsonObject(payload.verification) ? payload.verification.creator : undefined;
  if (typeof creator === 'string') return resolveCryptographicKey(creator, documents);
  const issuer = payload.iss ?? credentialOf(payload).issuer;
  const issuerId = isJsonObject(issuer) ? issuer.id : issuer;
  if (typeof issuerId === 'string' && issuerId.startsWith('did:key:')) return { jwk: resolvePublicJwk(issuerId, documents) };
  throw new FloorUnsupported('the token names no key the floor can resolve (no kid, no did:key issuer)');
}

/** The credential or presentation a payload carries: its `vc` / `vp` claim (VC-JWT 1.1), else itself. */
function credentialOf(payload: JsonObject): JsonObject {
  return isJsonObject(payload.vc) ? payload.vc : isJsonObject(payload.vp) ? payload.vp : payload;
}

/** The credential JWTs a presentation nests, as strings (VP-JWT 1.1) or enveloped (VC-JOSE-COSE). */
function nestedTokens(payload: JsonObject): string[] {
  const presentation = credentialOf(payload);
  if (!typeNames(presentation).includes('VerifiablePresentation')) return [];
  return asList(presentation.verifiableCredential).map((entry) => {
    if (typeof entry === 'string' && isCompactJws(entry)) return entry;
    const id = isJsonObject(entry) && typeNames(entry).includes('EnvelopedVerifiableCredential') ? entry.id : undefined;
    const token = typeof id === 'string' ? ENVELOPED_JWT.exec(id)?.[1] : undefined;
    if (token === undefined) throw new FloorUnsupported('a presentation nests a credential that is not a JWT');
    return token;
  });
}

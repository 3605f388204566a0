/**
 * The floors' public keys, resolved before any timing starts: finding a key in a DID document is
 * bookkeeping, not the cryptographic work the floor stands for. The JSON-LD floor reads raw Ed25519
 * keys; the JWS floor reads JWKs (did:jwk, did:key, a listed verification method) and the PEM or
 * JWK of an Open Badges 2.0 CryptographicKey. Anything else is reported as unsupported.
 */
import type { JWK } from 'jose';
import { base58Decode, base64urlDecode, base64urlEncode } from './encoding.ts';
import { asList, isJsonObject, withoutFragment, type JsonObject } from './json.ts';

const ED25519_MULTICODEC = [0xed, 0x01];

export class FloorUnsupported extends Error {}

/** A key as `jose` imports it: a public JWK, or an SPKI PEM (OB 2.0 `publicKeyPem`). */
export type JwsKeyMaterial = { jwk: JWK } | { spki: string };

/** The raw 32-byte Ed25519 key a proof's verificationMethod names. */
export function resolveEd25519Key(methodId: string, documents: ReadonlyMap<string, unknown>): Uint8Array<ArrayBuffer> {
  if (methodId.startsWith('did:key:')) return fromMultikey(withoutFragment(methodId).slice('did:key:'.length));
  const method = findMethod(methodId, documents);
  if (typeof method.publicKeyMultibase === 'string') return fromMultikey(method.publicKeyMultibase);
  if (typeof method.publicKeyBase58 === 'string') return base58Decode(method.publicKeyBase58);
  throw new FloorUnsupported(`verification method ${methodId} has no Ed25519 key the floor can read`);
}

/** The public JWK a JWS `kid` (or, without one, the issuer's did:key) names. */
export function resolvePublicJwk(reference: string, documents: ReadonlyMap<string, unknown>): JWK {
  if (reference.startsWith('did:jwk:')) return fromDidJwk(withoutFragment(reference));
  if (reference.startsWith('did:key:')) return ed25519Jwk(resolveEd25519Key(reference, documents));
  const method = findMethod(reference, documents);
  if (isJsonObject(method.publicKeyJwk)) return method.publicKeyJwk as JWK;
  return ed25519Jwk(resolveEd25519Key(reference, documents));
}

/** The key of an Open Badges 2.0 CryptographicKey document, named by `verification.creator`. */
export function resolveCryptographicKey(creator: string, documents: ReadonlyMap<string, unknown>): JwsKeyMaterial {
  const key = documents.get(creator);
  if (!isJsonObject(key)) throw new FloorUnsupported(`no document for the signing key ${creator}`);
  if (typeof key.publicKeyPem === 'string') return { spki: key.publicKeyPem };
  if (isJsonObject(key.publicKeyJwk)) return { jwk: key.publicKeyJwk as JWK };
  throw new FloorUnsupported(`${creator} has neither publicKeyPem nor publicKeyJwk`);
}

function fromDidJwk(did: string): JWK {
  const value: unknown = JSON.parse(new TextDecoder().decode(base64urlDecode(did.slice('did:jwk:'.length))));
  if (!isJsonObject(value)) throw new FloorUnsupported(`${did} does not encode a JWK`);
  return value as JWK;
}

function ed25519Jwk(raw: Uint8Array): JWK {
  return { kty: 'OKP', crv: 'Ed25519', x: base64urlEncode(raw) };
}

function fromMultikey(multibase: string): Uint8Array<ArrayBuffer> {
  if (!multibase.startsWith('z')) throw new FloorUnsupported(`${multibase} is not base58btc multibase`);
  const bytes = base58Decode(multibase.slice(1));
  if (bytes[0] !== ED25519_MULTICODEC[0] || bytes[1] !== ED25519_MULTICODEC[1] || bytes.length !== 34) {
    throw new FloorUnsupported(`${multibase} is not an Ed25519 multikey`);
  }
  return bytes.subarray(2);
}

/** The method itself when it is preloaded under its own id, else the one its controller document lists. */
function findMethod(methodId: string, documents: ReadonlyMap<string, unknown>): JsonObject {
  const direct = documents.get(methodId);
  if (isJsonObject(direct) && direct.id === methodId) return direct;
  const controller = documents.get(withoutFragment(methodId));
  if (!isJsonObject(controller)) throw new FloorUnsupported(`no document for ${methodId}`);
  const listed = ['verificationMethod', 'assertionMethod', 'authentication'].flatMap((relation) => asList(controller[relation]));
  const method = listed.find((entry) => isJsonObject(entry) && entry.id === methodId);
  if (!isJsonObject(method)) throw new FloorUnsupported(`${methodId} is not listed in its controller document`);
  return method;
}

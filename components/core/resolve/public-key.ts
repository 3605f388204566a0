/**
 * Verification methods → WebCrypto public keys. Supports Multikey, Ed25519VerificationKey2020,
 * Ed25519VerificationKey2018 and JsonWebKey(2020), for Ed25519, P-256 and P-384.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { base58btcDecode, multibaseDecode, MULTICODEC, readMulticodec } from './multibase.ts';

export type KeyAlgorithm = 'Ed25519' | 'P-256' | 'P-384';

export interface PublicKey {
  algorithm: KeyAlgorithm;
  key: CryptoKey;
}

export type KeyOutcome = { ok: true; key: PublicKey } | { ok: false; problem: Problem };

/** A verification method as found in a DID document or controller document. */
export interface VerificationMethod {
  id: string;
  type: string;
  controller: string;
  publicKeyMultibase?: string;
  publicKeyBase58?: string;
  publicKeyJwk?: JsonWebKey;
  revoked?: string;
  expires?: string;
}

const EC_CURVES = {
  'P-256': {
    bytes: 32,
    p: 2n ** 256n - 2n ** 224n + 2n ** 192n + 2n ** 96n - 1n,
    b: 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604bn,
  },
  'P-384': {
    bytes: 48,
    p: 2n ** 384n - 2n ** 128n - 2n ** 96n + 2n ** 32n - 1n,
    b: 0xb3312fa7e23ee7e4988e056be3f82d19181d9c6efe8141120314088f5013875ac656398d8a2ed19d2a85c8edd3ec2aefn,
  },
} as const;

export async function importPublicKey(method: VerificationMethod): Promise<KeyOutcome> {
  const where = `verification method ${quote(method.id)}`;
  try {
    if (method.publicKeyJwk !== undefined) return await importJwk(method.publicKeyJwk, where);
    if (method.type === 'Ed25519VerificationKey2018' && typeof method.publicKeyBase58 === 'string') {
      const raw = base58btcDecode(method.publicKeyBase58);
      if (!raw || raw.length !== 32) return malformed(`${where}: publicKeyBase58 is not a 32-byte Ed25519 key`);
      return await importRaw('Ed25519', raw);
    }
    if (typeof method.publicKeyMultibase === 'string') {
      return await importMultikey(method.publicKeyMultibase, where);
    }
    return { ok: false, problem: problem('KEY_TYPE_UNSUPPORTED', `${where} of type ${quote(method.type)} carries no supported key property`) };
  } catch (error) {
    return malformed(`${where}: the key could not be imported (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Decodes a multicodec-prefixed multibase public key (the did:key and Multikey format). */
export async function importMultikey(multibase: string, where: string): Promise<KeyOutcome> {
  const bytes = multibaseDecode(multibase);
  const header = bytes && readMulticodec(bytes);
  if (!header) return malformed(`${where}: publicKeyMultibase ${quote(multibase)} is not a multibase multicodec key`);
  const { code, payload } = header;
  if (code === MULTICODEC.ed25519Pub) {
    if (payload.length !== 32) return malformed(`${where}: the Ed25519 key is ${payload.length} bytes, not 32`);
    return importRaw('Ed25519', payload);
  }
  if (code === MULTICODEC.p256Pub || code === MULTICODEC.p384Pub) {
    const curve = code === MULTICODEC.p256Pub ? 'P-256' : 'P-384';
    const point = decompress(curve, payload);
    if (!point) return malformed(`${where}: ${quote(multibase)} is not a valid compressed ${curve} point`);
    return importRaw(curve, point);
  }
  return { ok: false, problem: problem('KEY_TYPE_UNSUPPORTED', `${where}: multicodec 0x${code.toString(16)} is not a supported key type`) };
}

async function importJwk(jwk: JsonWebKey, where: string): Promise<KeyOutcome> {
  if (jwk.d !== undefined) return malformed(`${where}: publicKeyJwk contains a private key`);
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') {
    const key = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, { name: 'Ed25519' }, true, ['verify']);
    return { ok: true, key: { algorithm: 'Ed25519', key } };
  }
  if (jwk.kty === 'EC' && (jwk.crv === 'P-256' || jwk.crv === 'P-384')) {
    const key = await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: jwk.crv, x: jwk.x, y: jwk.y },
      { name: 'ECDSA', namedCurve: jwk.crv },
      true,
      ['verify'],
    );
    return { ok: true, key: { algorithm: jwk.crv, key } };
  }
  return { ok: false, problem: problem('KEY_TYPE_UNSUPPORTED', `${where}: publicKeyJwk ${quote(`${jwk.kty}/${jwk.crv}`)} is not a supported key type`) };
}

async function importRaw(algorithm: KeyAlgorithm, raw: Uint8Array): Promise<KeyOutcome> {
  const params = algorithm === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', namedCurve: algorithm };
  // Public keys are extractable so that the same key can be recognised in another format (JWK).
  const key = await crypto.subtle.importKey('raw', raw as BufferSource, params, true, ['verify']);
  return { ok: true, key: { algorithm, key } };
}

/** Decompresses a SEC1 compressed point (0x02/0x03 ‖ x) to 0x04 ‖ x ‖ y; both curves have p ≡ 3 (mod 4). */
function decompress(curve: 'P-256' | 'P-384', compressed: Uint8Array): Uint8Array | null {
  const { bytes, p, b } = EC_CURVES[curve];
  if (compressed.length !== bytes + 1 || (compressed[0] !== 2 && compressed[0] !== 3)) return null;
  const x = toBigInt(compressed.subarray(1));
  if (x >= p) return null;
  const rhs = mod(x ** 3n - 3n * x + b, p);
  let y = modPow(rhs, (p + 1n) / 4n, p);
  if (mod(y * y, p) !== rhs) return null;
  if ((y & 1n) !== BigInt(compressed[0]! & 1)) y = p - y;
  const out = new Uint8Array(1 + 2 * bytes);
  out[0] = 4;
  out.set(compressed.subarray(1), 1);
  out.set(fromBigInt(y, bytes), 1 + bytes);
  return out;
}

function mod(a: bigint, m: bigint): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

function modPow(base: bigint, exponent: bigint, m: bigint): bigint {
  let result = 1n;
  let b = mod(base, m);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return result;
}

function toBigInt(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const byte of bytes) n = (n << 8n) | BigInt(byte);
  return n;
}

function fromBigInt(n: bigint, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return out;
}

function malformed(detail: string): KeyOutcome {
  return { ok: false, problem: problem('KEY_MALFORMED', detail) };
}

/**
 * The public key of a verification method as a JWK with only its public members, so keys stated
 * in different formats (Multikey, JWK, base58) can be compared and handed to JOSE.
 */
export async function publicJwkOf(method: VerificationMethod): Promise<JsonWebKey | Problem> {
  const jwk = method.publicKeyJwk;
  if (jwk?.kty === 'RSA') return { kty: 'RSA', n: jwk.n, e: jwk.e };
  const imported = await importPublicKey(method);
  if (!imported.ok) return imported.problem;
  const exported = await crypto.subtle.exportKey('jwk', imported.key.key);
  const { kty, crv, x, y } = exported;
  return y === undefined ? { kty, crv, x } : { kty, crv, x, y };
}

/** True when two JWKs hold the same public key. */
export function sameJwk(a: JsonWebKey, b: JsonWebKey): boolean {
  return a.kty === b.kty && a.crv === b.crv && a.x === b.x && a.y === b.y && a.n === b.n && a.e === b.e;
}

/** Signature checks with WebCrypto, shared by every suite. */
import type { PublicKey } from '../resolve/public-key.ts';
import type { HashAlgorithm } from './data-integrity.ts';

const SIGNATURE_BYTES = { Ed25519: 64, 'P-256': 64, 'P-384': 96 } as const;

/** Hash used with ECDSA on each curve (vc-di-ecdsa §3.3: P-256 → SHA-256, P-384 → SHA-384). */
export function curveHash(key: PublicKey): HashAlgorithm {
  return key.algorithm === 'P-384' ? 'SHA-384' : 'SHA-256';
}

/** Verifies a raw signature (Ed25519, or ECDSA r‖s) over data; wrong-length signatures do not verify. */
export async function verifySignature(key: PublicKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  if (signature.length !== SIGNATURE_BYTES[key.algorithm]) return false;
  const algorithm = key.algorithm === 'Ed25519' ? { name: 'Ed25519' } : { name: 'ECDSA', hash: curveHash(key) };
  return crypto.subtle.verify(algorithm, key.key, signature as BufferSource, data as BufferSource);
}

/**
 * The JWS signature of a JAdES seal (RFC 7515 §5.2, RFC 7518 §3): the allowed algorithms, the key
 * taken from the signing certificate, and the check over `ASCII(protected) "." payload`.
 */
import { problem, quote, type Problem } from '../problems.ts';
import type { ParsedCertificate } from '../resolve/x509-certificate.ts';
import { CURVES } from '../resolve/x509-signature.ts';

export type SealAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512';

interface AlgorithmSpec {
  key: 'RSA' | 'EC';
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512';
  curve?: 'P-256' | 'P-384' | 'P-521';
}

const ALGORITHMS: Record<SealAlgorithm, AlgorithmSpec> = {
  RS256: { key: 'RSA', hash: 'SHA-256' },
  RS384: { key: 'RSA', hash: 'SHA-384' },
  RS512: { key: 'RSA', hash: 'SHA-512' },
  PS256: { key: 'RSA', hash: 'SHA-256' },
  PS384: { key: 'RSA', hash: 'SHA-384' },
  PS512: { key: 'RSA', hash: 'SHA-512' },
  ES256: { key: 'EC', hash: 'SHA-256', curve: 'P-256' },
  ES384: { key: 'EC', hash: 'SHA-384', curve: 'P-384' },
  ES512: { key: 'EC', hash: 'SHA-512', curve: 'P-521' },
};

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';

/** Why a seal was rejected: its status and the problem that says so. */
export interface Rejection {
  status: 'malformed' | 'invalid' | 'unsupported';
  problem: Problem;
}

export function isSealAlgorithm(alg: string): alg is SealAlgorithm {
  return Object.hasOwn(ALGORITHMS, alg);
}

/** `true` when the signature verifies; otherwise why not (a wrong key type is invalid, an unknown curve unsupported). */
export async function verifySealSignature(alg: SealAlgorithm, signer: ParsedCertificate, signature: Uint8Array, signingInput: Uint8Array): Promise<true | Rejection> {
  const spec = ALGORITHMS[alg];
  const keyType = signer.publicKeyAlgorithm === RSA_ENCRYPTION ? 'RSA' : signer.publicKeyAlgorithm === EC_PUBLIC_KEY ? 'EC' : 'other';
  const curve = signer.publicKeyCurve ? CURVES[signer.publicKeyCurve] : undefined;
  const mismatch = { status: 'invalid', problem: problem('KEY_SUITE_MISMATCH', `"alg" ${alg} does not fit the ${curve?.name ?? keyType} key of the signing certificate`) } as const;
  if (keyType !== spec.key) return mismatch;
  if (keyType === 'EC' && !curve) {
    return { status: 'unsupported', problem: problem('KEY_TYPE_UNSUPPORTED', `the signing certificate's curve ${quote(signer.publicKeyCurve)} is not supported`) };
  }
  if (spec.curve !== undefined && curve?.name !== spec.curve) return mismatch;
  const key = await importSigningKey(signer, alg, spec);
  if (!key) return { status: 'unsupported', problem: problem('KEY_TYPE_UNSUPPORTED', 'the public key of the signing certificate could not be imported') };
  const valid = await crypto.subtle.verify(verifyParams(alg, spec), key, signature as BufferSource, signingInput as BufferSource).catch(() => false);
  if (valid) return true;
  return { status: 'invalid', problem: problem('SIGNATURE_INVALID', `the ${alg} signature does not verify over the protected header and payload with the key of "${signer.subject}"`) };
}

async function importSigningKey(signer: ParsedCertificate, alg: SealAlgorithm, spec: AlgorithmSpec): Promise<CryptoKey | null> {
  const algorithm: RsaHashedImportParams | EcKeyImportParams =
    spec.curve !== undefined ? { name: 'ECDSA', namedCurve: spec.curve } : { name: alg.startsWith('PS') ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5', hash: spec.hash };
  try {
    return await crypto.subtle.importKey('spki', signer.spki as BufferSource, algorithm, false, ['verify']);
  } catch {
    return null;
  }
}

/** RFC 7518 §3.4–3.5: ECDSA signatures are raw r‖s (as WebCrypto wants); the PSS salt is as long as the hash. */
function verifyParams(alg: SealAlgorithm, spec: AlgorithmSpec): Algorithm | RsaPssParams | EcdsaParams {
  if (spec.key === 'EC') return { name: 'ECDSA', hash: spec.hash };
  if (alg.startsWith('PS')) return { name: 'RSA-PSS', saltLength: Number(spec.hash.slice(4)) / 8 };
  return { name: 'RSASSA-PKCS1-v1_5' };
}

/**
 * Signatures as X.509 and CMS express them (an AlgorithmIdentifier and a DER signature value),
 * checked with WebCrypto. RSA PKCS#1 v1.5, RSA-PSS and ECDSA on P-256/P-384/P-521; anything else
 * (Brainpool curves, EdDSA in certificates, DSA) is `unsupported`, never `false`.
 */
import { ECDSASigValue } from '@peculiar/asn1-ecc';
import { RsaSaPssParams } from '@peculiar/asn1-rsa';
import { AsnConvert } from '@peculiar/asn1-schema';
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import type { ParsedCertificate } from './x509-certificate.ts';

export type HashName = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';
export type SignatureOutcome = boolean | 'unsupported';

export const HASH_OIDS: Record<string, HashName> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

const RSA_PKCS1: Record<string, HashName> = {
  '1.2.840.113549.1.1.5': 'SHA-1',
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
};

const ECDSA: Record<string, HashName> = {
  '1.2.840.10045.4.1': 'SHA-1',
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
};

const RSA_ENCRYPTION = '1.2.840.113549.1.1.1';
const RSA_PSS = '1.2.840.113549.1.1.10';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';

export const CURVES: Record<string, { name: 'P-256' | 'P-384' | 'P-521'; bytes: number }> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bytes: 32 },
  '1.3.132.0.34': { name: 'P-384', bytes: 48 },
  '1.3.132.0.35': { name: 'P-521', bytes: 66 },
};

interface Scheme {
  algorithm: RsaHashedImportParams | EcKeyImportParams;
  verify: Algorithm | RsaPssParams | EcdsaParams;
  /** ECDSA signatures arrive DER-encoded (RFC 3279 §2.2.3); WebCrypto wants r‖s. */
  derEcdsa?: number;
}

/** A certificate's signature, checked with its issuer's public key. */
export function verifyCertificateSignature(certificate: ParsedCertificate, issuer: ParsedCertificate): Promise<SignatureOutcome> {
  return verifySpkiSignature(issuer, certificate.signatureAlgorithm, certificate.signatureValue, certificate.tbs);
}

/**
 * Verifies `signature` over `data` with the key of `signer`. `digestHint` covers CMS, where the
 * signature algorithm may be plain rsaEncryption and the hash comes from the digestAlgorithm (RFC 5754 §3.2).
 */
export async function verifySpkiSignature(
  signer: ParsedCertificate,
  algorithm: AlgorithmIdentifier,
  signature: Uint8Array,
  data: Uint8Array,
  digestHint?: HashName,
): Promise<SignatureOutcome> {
  const scheme = schemeFor(signer, algorithm, digestHint);
  if (!scheme) return 'unsupported';
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', signer.spki as BufferSource, scheme.algorithm, false, ['verify']);
  } catch {
    return 'unsupported';
  }
  const raw = scheme.derEcdsa === undefined ? signature : derToRawEcdsa(signature, scheme.derEcdsa);
  if (!raw) return false;
  try {
    return await crypto.subtle.verify(scheme.verify, key, raw as BufferSource, data as BufferSource);
  } catch {
    return false;
  }
}

function schemeFor(signer: ParsedCertificate, algorithm: AlgorithmIdentifier, digestHint?: HashName): Scheme | null {
  const id = algorithm.algorithm;
  if (signer.publicKeyAlgorithm === RSA_ENCRYPTION) {
    const hash = RSA_PKCS1[id] ?? (id === RSA_ENCRYPTION ? digestHint : undefined);
    if (hash) return { algorithm: { name: 'RSASSA-PKCS1-v1_5', hash }, verify: { name: 'RSASSA-PKCS1-v1_5' } };
    if (id === RSA_PSS) return pssScheme(algorithm);
    return null;
  }
  if (signer.publicKeyAlgorithm === EC_PUBLIC_KEY) {
    const curve = signer.publicKeyCurve ? CURVES[signer.publicKeyCurve] : undefined;
    const hash = ECDSA[id];
    if (!curve || !hash) return null;
    return { algorithm: { name: 'ECDSA', namedCurve: curve.name }, verify: { name: 'ECDSA', hash }, derEcdsa: curve.bytes };
  }
  return null;
}

/** RFC 4055 §3.1: RSASSA-PSS parameters name the hash and salt length (MGF1 with the same hash assumed). */
function pssScheme(algorithm: AlgorithmIdentifier): Scheme | null {
  if (!algorithm.parameters) return null;
  try {
    const params = AsnConvert.parse(algorithm.parameters, RsaSaPssParams);
    const hash = HASH_OIDS[params.hashAlgorithm.algorithm];
    if (!hash) return null;
    return { algorithm: { name: 'RSA-PSS', hash }, verify: { name: 'RSA-PSS', saltLength: params.saltLength } };
  } catch {
    return null;
  }
}

/** DER `SEQUENCE { r INTEGER, s INTEGER }` → fixed-width r‖s; `null` when malformed or oversized. */
export function derToRawEcdsa(signature: Uint8Array, size: number): Uint8Array | null {
  try {
    const value = AsnConvert.parse(signature, ECDSASigValue);
    const r = fixedWidth(new Uint8Array(value.r), size);
    const s = fixedWidth(new Uint8Array(value.s), size);
    if (!r || !s) return null;
    const out = new Uint8Array(size * 2);
    out.set(r, 0);
    out.set(s, size);
    return out;
  } catch {
    return null;
  }
}

function fixedWidth(integer: Uint8Array, size: number): Uint8Array | null {
  let start = 0;
  while (start < integer.length - 1 && integer[start] === 0) start++;
  const trimmed = integer.subarray(start);
  if (trimmed.length > size) return null;
  const out = new Uint8Array(size);
  out.set(trimmed, size - trimmed.length);
  return out;
}

/**
 * A minimal eddsa-jcs-2022 signer (W3C vc-di-eddsa §3.4) with throw-away did:key identities, so
 * check tests can make genuinely signed credentials, presentations and status lists of any shape
 * without a network or a fixture server. JCS needs no JSON-LD, so signing is synchronous logic
 * over WebCrypto. `signEddsa` signs the same way with another canonicalization, such as RDFC-1.0
 * without a work limit for documents no bounded canonicalizer will sign.
 *
 * @example
 * ```ts
 * const issuer = await createDidKey();
 * const signed = await signJcs({ ...credential, issuer: issuer.did }, issuer);
 * ```
 */
import type { JsonObject } from '../../components/core/suites/canonize.ts';
import { canonicalJson } from '../../components/core/suites/jcs.ts';

export interface DidKey {
  did: string;
  /** `did:key:<fingerprint>#<fingerprint>`, the one verification method of the DID. */
  verificationMethod: string;
  publicKeyMultibase: string;
  privateKey: CryptoKey;
}

const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58btcEncode(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! << 8;
      digits[i] = carry % 58;
      carry = Math.floor(carry / 58);
    }
    while (carry > 0) {
      digits.push(carry % 58);
      carry = Math.floor(carry / 58);
    }
  }
  let zeros = '';
  for (const byte of bytes) {
    if (byte !== 0) break;
    zeros += '1';
  }
  return zeros + digits.reverse().map((d) => BASE58_ALPHABET[d]).join('');
}

/** A fresh Ed25519 did:key. */
export async function createDidKey(): Promise<DidKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const publicKeyMultibase = `z${base58btcEncode(Uint8Array.from([0xed, 0x01, ...raw]))}`;
  const did = `did:key:${publicKeyMultibase}`;
  return { did, verificationMethod: `${did}#${publicKeyMultibase}`, publicKeyMultibase, privateKey: pair.privateKey };
}

/** When test proofs were made, unless a test says otherwise. */
export const SIGNED_AT = '2025-01-01T00:00:00Z';

/**
 * Adds an eddsa-jcs-2022 proof by `signer`. `proof` overrides or adds proof options (purpose,
 * challenge, created, a different verificationMethod...); they are signed too.
 */
export async function signJcs(document: JsonObject, signer: DidKey, proof: JsonObject = {}): Promise<JsonObject> {
  return signEddsa(document, signer, { cryptosuite: 'eddsa-jcs-2022', canonicalize: canonicalJson }, proof);
}

/** How an EdDSA Data Integrity cryptosuite turns a document into the text it hashes. */
export interface EddsaSuite {
  cryptosuite: string;
  canonicalize: (document: JsonObject) => string | Promise<string>;
}

/**
 * Adds an EdDSA Data Integrity proof by `signer` (vc-di-eddsa §3: the hash of the canonical proof
 * configuration, then of the canonical document, signed), canonicalized as `suite` says.
 */
export async function signEddsa(document: JsonObject, signer: DidKey, suite: EddsaSuite, proof: JsonObject = {}): Promise<JsonObject> {
  const unsecured: JsonObject = { ...document };
  delete unsecured.proof;
  const options: JsonObject = {
    type: 'DataIntegrityProof',
    cryptosuite: suite.cryptosuite,
    created: SIGNED_AT,
    verificationMethod: signer.verificationMethod,
    proofPurpose: 'assertionMethod',
    ...proof,
  };
  const config = { ...options, '@context': unsecured['@context'] };
  const [configHash, documentHash] = await Promise.all([sha256(await suite.canonicalize(config)), sha256(await suite.canonicalize(unsecured))]);
  const data = Uint8Array.from([...configHash, ...documentHash]);
  const signature = new Uint8Array(await crypto.subtle.sign({ name: 'Ed25519' }, signer.privateKey, data));
  return { ...unsecured, proof: { ...options, proofValue: `z${base58btcEncode(signature)}` } };
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/**
 * Ed25519Signature2018: a detached JWS with an unencoded payload (RFC 7797, `b64: false`) over
 * the hash data of the proof options and the document.
 */
import { problem, quote } from '../problems.ts';
import { base64urlDecode, base64urlDecodeCanonical, concatBytes } from '../resolve/multibase.ts';
import { hashData, proofConfiguration } from './data-integrity.ts';
import { verifySignature } from './signature.ts';
import type { ProofSuite } from './suite.ts';

export const ed25519Signature2018: ProofSuite = {
  name: 'Ed25519Signature2018',
  accepts: (proof) => proof.type === 'Ed25519Signature2018',
  canonicalization: 'rdfc',
  keyAlgorithms: ['Ed25519'],
  async verify({ unsecured, proof, key, canonize }) {
    const parts = typeof proof.jws === 'string' ? proof.jws.split('.') : [];
    const [encodedHeader = '', payload, encodedSignature = ''] = parts;
    const header = decodeHeader(encodedHeader);
    const signature = base64urlDecodeCanonical(encodedSignature);
    if (parts.length !== 3 || payload !== '' || !header || !signature) {
      return problem('PROOF_MALFORMED', `proof.jws ${quote(proof.jws)} is not a detached JWS`);
    }
    if (header.alg !== 'EdDSA' || header.b64 !== false || !Array.isArray(header.crit) || header.crit.length !== 1 || header.crit[0] !== 'b64') {
      return problem('PROOF_MALFORMED', `proof.jws header ${quote(header)} must be {"alg":"EdDSA","b64":false,"crit":["b64"]}`);
    }
    const outcome = proofConfiguration(proof, unsecured, ['proofValue', 'jws', 'signatureValue'], 'linked-data-signatures');
    if (!outcome.ok) return outcome.problem;
    const data = concatBytes(new TextEncoder().encode(`${encodedHeader}.`), await hashData(outcome.config, unsecured, canonize, 'SHA-256'));
    return verifySignature(key, signature, data);
  },
};

function decodeHeader(encoded: string): Record<string, unknown> | null {
  const bytes = base64urlDecode(encoded);
  if (!bytes) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

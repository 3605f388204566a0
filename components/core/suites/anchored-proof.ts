/** Recognising Blockcerts proofs without loading their verifier (which needs CBOR decoding). */
import type { JsonObject } from './canonize.ts';

/** cert-verifier-js src/suites/MerkleProof2019.ts validateProofType: the type, or the chained type, decides. */
export function isMerkleProof2019(proof: JsonObject): boolean {
  const type = proof.type === 'ChainedProof2021' ? proof.chainedProofType : proof.type;
  return type === 'MerkleProof2019' || (type === 'DataIntegrityProof' && proof.cryptosuite === 'merkle-proof-2019');
}

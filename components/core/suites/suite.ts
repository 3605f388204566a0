/**
 * Proof suites as plain objects: which proofs a suite accepts, which keys it verifies with, and
 * how it checks a proof against the unsecured document.
 */
import type { Problem } from '../problems.ts';
import type { KeyAlgorithm, PublicKey } from '../resolve/public-key.ts';
import type { Canonize, JsonObject } from './canonize.ts';

export interface SuiteInput {
  /** The document with the proofs removed (and, for chains, the previous proofs put back). */
  unsecured: JsonObject;
  proof: JsonObject;
  key: PublicKey;
  canonize: Canonize;
}

/** `true` when the signature verifies, `false` when it does not, a problem when the proof is malformed. */
export type SuiteOutcome = boolean | Problem;

export interface ProofSuite {
  /** The name reports use: the cryptosuite, or the proof type for legacy suites. */
  name: string;
  accepts(proof: JsonObject): boolean;
  /** How the document is made into bytes: RDF Dataset Canonicalization, or JSON Canonicalization (RFC 8785). */
  canonicalization: 'rdfc' | 'jcs';
  keyAlgorithms: readonly KeyAlgorithm[];
  verify(input: SuiteInput): Promise<SuiteOutcome>;
}

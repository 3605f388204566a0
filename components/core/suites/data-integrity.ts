/**
 * The parts of VC Data Integrity 1.0 shared by the RDFC-based suites: the proof configuration
 * (§ "Proof Configuration" of each cryptosuite) and the hash data (hash of the canonical proof
 * configuration, then hash of the canonical document).
 */
import { problem, quote, type Problem } from '../problems.ts';
import { concatBytes, multibaseDecode } from '../resolve/multibase.ts';
import type { KeyAlgorithm, PublicKey } from '../resolve/public-key.ts';
import type { Canonize, JsonObject } from './canonize.ts';
import { canonicalJson } from './jcs.ts';
import { verifySignature } from './signature.ts';
import type { ProofSuite } from './suite.ts';

export type HashAlgorithm = 'SHA-256' | 'SHA-384';

/**
 * Data Integrity keeps the proof configuration in the document's context, and a proof that brings
 * its own @context must use a prefix of it (vc-di-eddsa §3.3.2 step 2); the 2018/2020 Linked Data
 * Signatures keep a proof's own @context.
 */
export type ContextRule = 'data-integrity' | 'linked-data-signatures';

export type ConfigOutcome = { ok: true; config: JsonObject } | { ok: false; problem: Problem };

/** The proof without its signature properties, in the context the suite prescribes. */
export function proofConfiguration(proof: JsonObject, unsecured: JsonObject, signatureProperties: readonly string[], rule: ContextRule): ConfigOutcome {
  const documentContext = unsecured['@context'];
  const proofContext = proof['@context'];
  if (rule === 'data-integrity' && proofContext !== undefined && !isContextPrefix(proofContext, documentContext)) {
    return { ok: false, problem: problem('PROOF_MALFORMED', `proof.@context ${quote(proofContext)} is not a prefix of the document @context`) };
  }
  const context = rule === 'linked-data-signatures' && proofContext !== undefined ? proofContext : documentContext;
  const config: JsonObject = { ...proof, '@context': context };
  for (const property of signatureProperties) delete config[property];
  return { ok: true, config };
}

export async function hashData(config: JsonObject, unsecured: JsonObject, canonize: Canonize, algorithm: HashAlgorithm): Promise<Uint8Array> {
  const [canonicalConfig, canonicalDocument] = await Promise.all([canonize(config), canonize(unsecured)]);
  return hashPair(canonicalConfig, canonicalDocument, algorithm);
}

/** hash(proof configuration) ‖ hash(document), the hash data every Data Integrity suite signs. */
export async function hashPair(canonicalConfig: string, canonicalDocument: string, algorithm: HashAlgorithm): Promise<Uint8Array> {
  const [configHash, documentHash] = await Promise.all([digest(algorithm, canonicalConfig), digest(algorithm, canonicalDocument)]);
  return concatBytes(configHash, documentHash);
}

export async function digest(algorithm: HashAlgorithm, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(algorithm, new TextEncoder().encode(text)));
}

export interface SuiteDefinition {
  name: string;
  accepts(proof: JsonObject): boolean;
  keyAlgorithms: readonly KeyAlgorithm[];
  hash(key: PublicKey): HashAlgorithm;
  canonicalization: 'rdfc' | 'jcs';
  contextRule: ContextRule;
}

/** A suite whose signature is a base58btc `proofValue` over hash data of the canonical forms. */
export function defineSuite(definition: SuiteDefinition): ProofSuite {
  return {
    name: definition.name,
    accepts: definition.accepts,
    canonicalization: definition.canonicalization,
    keyAlgorithms: definition.keyAlgorithms,
    async verify({ unsecured, proof, key, canonize }) {
      const signature = typeof proof.proofValue === 'string' && proof.proofValue.startsWith('z') ? multibaseDecode(proof.proofValue) : null;
      if (!signature) return problem('PROOF_MALFORMED', `proof.proofValue ${quote(proof.proofValue)} is not base58btc multibase`);
      const outcome = proofConfiguration(proof, unsecured, ['proofValue', 'jws', 'signatureValue'], definition.contextRule);
      if (!outcome.ok) return outcome.problem;
      const algorithm = definition.hash(key);
      const data = definition.canonicalization === 'rdfc'
        ? await hashData(outcome.config, unsecured, canonize, algorithm)
        : await hashPair(canonicalJson(outcome.config), canonicalJson(unsecured), algorithm);
      return verifySignature(key, signature, data);
    },
  };
}

function isContextPrefix(prefix: unknown, context: unknown): boolean {
  const a = Array.isArray(prefix) ? prefix : [prefix];
  const b = Array.isArray(context) ? context : [context];
  return a.length <= b.length && a.every((entry, i) => JSON.stringify(entry) === JSON.stringify(b[i]));
}

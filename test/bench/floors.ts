/**
 * The floors by family: which one a credential gets, and each prepared as one "verify once" call.
 * JSON-LD proofs get floor.ts (canonicalize, hash, verify); compact JWS get jws-floor.ts (verify,
 * parse). Each family's modules are imported on demand, so a cold process loads only its own.
 */
import { isCompactJws } from './encoding.ts';
import { FloorUnsupported } from './floor-keys.ts';
import { asList, isJsonObject, parseJsonObject, type JsonObject } from './json.ts';

export type FloorFamily = 'json-ld' | 'jws';

export const FLOOR_FAMILIES: readonly FloorFamily[] = ['json-ld', 'jws'];

export interface Floor {
  family: FloorFamily;
  /** The proofs, as `type`, `cryptosuite` or `JWS alg`. */
  proofs: string[];
  /** How many signed documents the verdict rests on. */
  signedDocuments: number;
  /** One run of the floor; `true` when every signature verifies. */
  run: () => Promise<boolean>;
}

/** The floor a credential gets, or `null` when it is neither a JSON-LD proof nor a compact JWS. */
export function floorFamily(bytes: Uint8Array): FloorFamily | null {
  const document = parseJsonObject(bytes);
  if (document) return linkedDataProofs(document).length > 0 ? 'json-ld' : null;
  return isCompactJws(new TextDecoder().decode(bytes).trim()) ? 'jws' : null;
}

/** Plans the floor for `bytes` (keys resolved, nothing timed yet); throws {@link FloorUnsupported}. */
export async function prepareFloor(bytes: Uint8Array, documents: ReadonlyMap<string, unknown>): Promise<Floor> {
  const family = floorFamily(bytes);
  switch (family) {
    case 'json-ld': {
      const { createCanonize, planFloor, runFloor } = await import('./floor.ts');
      const plan = planFloor(bytes, documents);
      const canonize = createCanonize(documents);
      const proofs = linkedDataProofs(parseJsonObject(bytes)!).map(proofName);
      return { family, proofs, signedDocuments: plan.signedDocuments, run: () => runFloor(plan, canonize) };
    }
    case 'jws': {
      const { planJwsFloor, runJwsFloor } = await import('./jws-floor.ts');
      const plan = planJwsFloor(bytes, documents);
      return { family, proofs: plan.proofs, signedDocuments: plan.keys.size, run: () => runJwsFloor(plan) };
    }
    case null:
      throw new FloorUnsupported('neither a JSON-LD proof nor a compact JWS');
  }
}

/** Proof objects as JSON-LD proofs carry them: a `type` and a `verificationMethod`. */
function linkedDataProofs(document: JsonObject): JsonObject[] {
  return asList(document.proof).filter((proof): proof is JsonObject => isJsonObject(proof) && typeof proof.type === 'string' && proof.verificationMethod !== undefined);
}

function proofName(proof: JsonObject): string {
  return proof.type === 'DataIntegrityProof' ? `${String(proof.cryptosuite)}` : String(proof.type);
}

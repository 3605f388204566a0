/**
 * Which corpus cases the benchmark times: those expected `verified` that carry JSON-LD Data
 * Integrity or Linked Data proofs and that mc-verify does verify. Every other expected-verified
 * case is listed with the reason it was left out.
 */
import { verify, type VerificationReport } from '../../components/core/index.ts';
import { CORPUS_CASES, corpusFile } from '../support/corpus.ts';
import { FloorUnsupported } from './floor-keys.ts';
import { planFloor } from './floor.ts';
import { asList, isJsonObject, parseJsonObject, type JsonObject } from './json.ts';
import { engineOptions } from './subjects.ts';
import { verifierCoreUnsupported } from './verifier-core.ts';

export interface BenchCase {
  file: string;
  bytes: Uint8Array;
  /** The proofs, as `type` or `DataIntegrityProof/cryptosuite`. */
  proofs: string[];
  /** How many signed documents the verdict rests on (input, embedded credentials, status lists). */
  signedDocuments: number;
  /** Why verifier-core is not compared on this case, or `null` when it is. */
  verifierCoreExcluded: string | null;
}

export interface Exclusion {
  file: string;
  reason: string;
}

export async function selectBenchCases(documents: ReadonlyMap<string, unknown>): Promise<{ cases: BenchCase[]; excluded: Exclusion[] }> {
  const cases: BenchCase[] = [];
  const excluded: Exclusion[] = [];
  for (const corpusCase of CORPUS_CASES.filter((c) => c.expect === 'verified')) {
    const bytes = corpusFile(corpusCase.file);
    const outcome = await benchCase(corpusCase.file, corpusCase.format, bytes, documents);
    if ('reason' in outcome) excluded.push(outcome);
    else cases.push(outcome);
  }
  return { cases, excluded };
}

async function benchCase(file: string, format: string, bytes: Uint8Array, documents: ReadonlyMap<string, unknown>): Promise<BenchCase | Exclusion> {
  const document = parseJsonObject(bytes);
  const proofs = document ? linkedDataProofs(document) : [];
  if (!document || proofs.length === 0) return { file, reason: `not a JSON-LD Data Integrity / Linked Data proof (${format})` };
  const report = await verify(bytes, engineOptions(documents));
  if (report.verdict !== 'verified') return { file, reason: `mc-verify does not verify it: ${report.verdict} (${firstProblem(report)})` };
  let signedDocuments: number;
  try {
    signedDocuments = planFloor(bytes, documents).signedDocuments;
  } catch (error) {
    if (!(error instanceof FloorUnsupported)) throw error;
    return { file, reason: `no floor for it: ${error.message}` };
  }
  return { file, bytes, proofs: proofs.map(proofName), signedDocuments, verifierCoreExcluded: verifierCoreUnsupported(document) };
}

/** The report's first problem, or its first failing child's (a CLR's nested credential). */
function firstProblem(report: VerificationReport): string {
  const own = report.problems[0]?.detail;
  if (own !== undefined) return own;
  const child = report.children?.find((entry) => entry.verdict !== 'verified');
  return child ? `nested credential: ${child.verdict}, ${firstProblem(child)}` : 'no problem named';
}

/** Proof objects as JSON-LD proofs carry them: a `type` and a `verificationMethod`. */
function linkedDataProofs(document: JsonObject): JsonObject[] {
  return asList(document.proof).filter((proof): proof is JsonObject => isJsonObject(proof) && typeof proof.type === 'string' && proof.verificationMethod !== undefined);
}

function proofName(proof: JsonObject): string {
  return proof.type === 'DataIntegrityProof' ? `${String(proof.cryptosuite)}` : String(proof.type);
}

/**
 * Which corpus cases the benchmark times: those expected `verified` that mc-verify does verify and
 * that a floor exists for: JSON-LD Data Integrity / Linked Data proofs, and compact JWS (VC-JWT,
 * VC-JOSE, presentations of them, OB 2.0 signed assertions). Every other expected-verified case
 * is listed with the reason it was left out.
 */
import { verify, type VerificationReport } from '../../components/core/index.ts';
import { CORPUS_CASES, corpusFile, hostedAssertionIn } from '../support/corpus.ts';
import { base64urlDecode } from './encoding.ts';
import { FloorUnsupported } from './floor-keys.ts';
import { floorFamily, prepareFloor, type Floor, type FloorFamily } from './floors.ts';
import { asList, isJsonObject, parseJsonObject } from './json.ts';
import { engineOptions } from './subjects.ts';
import { verifierCoreUnsupported } from './verifier-core.ts';

export interface BenchCase {
  file: string;
  bytes: Uint8Array;
  family: FloorFamily;
  /** The proofs, as `type`, `cryptosuite` or `JWS alg`. */
  proofs: string[];
  /** How many signed documents the verdict rests on (input, nested credentials, status lists). */
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
  const family = floorFamily(bytes);
  if (family === null) return { file, reason: await withoutFloor(file, format, bytes, documents) };
  const report = await verify(bytes, engineOptions(documents));
  if (report.verdict !== 'verified') return { file, reason: refusal(report) };
  let floor: Floor;
  try {
    floor = await prepareFloor(bytes, documents);
  } catch (error) {
    if (!(error instanceof FloorUnsupported)) throw error;
    return { file, reason: `no floor for it: ${error.message}` };
  }
  const { proofs, signedDocuments } = floor;
  return { file, bytes, family, proofs, signedDocuments, verifierCoreExcluded: verifierCoreUnsupported(parseJsonObject(bytes)) };
}

/** Why a case that is neither a JSON-LD proof nor a compact JWS gets no floor. */
async function withoutFloor(file: string, format: string, bytes: Uint8Array, documents: ReadonlyMap<string, unknown>): Promise<string> {
  const assertion = await hostedAssertionIn(file, bytes);
  if (assertion?.type === 'Assertion' && isJsonObject(assertion.verification) && assertion.verification.type === 'hosted') {
    return `OB 2.0 hosted assertion (${format}): no signature to floor; its verdict rests on the copy the issuer hosts at its id`;
  }
  const report = await verify(bytes, engineOptions(documents));
  const verdict = report.verdict === 'verified' ? 'mc-verify verifies it' : refusal(report);
  if (sealedWithCertificate(bytes)) {
    return `${format}, a JAdES seal (JWS JSON serialization, x5c certificate chain): not floored, since its verdict needs X.509 path validation to an EU trust anchor and time-stamp checks, beyond a compact-JWS floor; ${verdict}`;
  }
  return `neither a JSON-LD proof nor a compact JWS (${format}); ${verdict}`;
}

/** A JWS in JSON serialization whose first signature carries an X.509 chain in its protected header. */
function sealedWithCertificate(bytes: Uint8Array): boolean {
  const signature = asList(parseJsonObject(bytes)?.signatures)[0];
  if (!isJsonObject(signature) || typeof signature.protected !== 'string') return false;
  const header = parseJsonObject(base64urlDecode(signature.protected));
  return Array.isArray(header?.x5c);
}

function refusal(report: VerificationReport): string {
  return `mc-verify does not verify it: ${report.verdict} (${firstProblem(report)})`;
}

/** The report's first problem, or its first failing child's (a CLR's nested credential). */
function firstProblem(report: VerificationReport): string {
  const own = report.problems[0]?.detail;
  if (own !== undefined) return own;
  const child = report.children?.find((entry) => entry.verdict !== 'verified');
  return child ? `nested credential: ${child.verdict}, ${firstProblem(child)}` : 'no problem named';
}

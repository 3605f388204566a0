/**
 * Proofs embedded in the document: every one must verify (VC Data Integrity §4.4 "Verify Proof",
 * §4.5 proof sets and chains). The document is canonicalized before any key is looked up, so a
 * document that would lose data under safe mode fails without a network request.
 *
 * An unsupported proof type or an unreachable key makes the outcome `error` (cannot decide);
 * a malformed proof, a wrong key or a bad signature makes it `failed`.
 */
import { parseDate, type DateRules } from '../parse/dates.ts';
import { problem, quote, type Problem } from '../problems.ts';
import { importPublicKey } from '../resolve/public-key.ts';
import { dereferenceMethod } from '../resolve/verification-method.ts';
import { CanonizeFailure, type JsonObject } from './canonize.ts';
import { withoutFragment } from '../fetch/documents.ts';
import { checkChallenge } from './challenge.ts';
import { isMerkleProof2019 } from './anchored-proof.ts';
import type { MerkleProofOutcome } from './merkle-proof-2019.ts';
import { SUITES } from './index.ts';
import { errored, failed, notApplicable, passed, type CheckContext, type CheckOutcome, type VerifiedProof } from '../checks/check.ts';
import type { ParsedSubject } from '../parse/parse-input.ts';
import { asArray, isObject } from '../parse/json.ts';
import { loadOnce } from '../lazy.ts';

const loadMerkleProof = loadOnce(() => import('./merkle-proof-2019.ts'));

type ProofResult =
  | { status: 'passed'; verified: VerifiedProof; warnings: Problem[] }
  | { status: 'failed' | 'error'; problem: Problem };

/** The most proofs verified on one document (a set or a chain); real credentials carry one to three. */
const MAX_PROOFS = 32;

/** Canonicalization problems that mean the document cannot be trusted as written. */
const CANONICAL_FAILURES = new Set(['JSONLD_DATA_LOSS', 'JSONLD_INVALID']);

export async function verifyEmbeddedProofs(ctx: CheckContext, subject: ParsedSubject): Promise<CheckOutcome> {
  const proofs = asArray(subject.document.proof);
  if (proofs.length === 0) {
    if (subject.kind !== 'presentation') return failed(problem('PROOF_MISSING', 'the credential has no proof: anyone could have written it'));
    const expected = ctx.env.challenge ?? ctx.env.domain;
    // A verifier that asked for a challenge or domain asked the holder to prove possession (VC-DI §2.2).
    if (expected !== undefined) return failed(problem('PROOF_MISSING', `the presentation has no proof, but was expected to answer ${quote(expected)}: whoever presents it has not shown they hold it`));
    return notApplicable('the presentation carries no proof of its own', [
      problem('PRESENTATION_UNSIGNED', 'the presentation has no proof: who presents these credentials is not confirmed; each credential is verified on its own'),
    ]);
  }
  if (proofs.length > MAX_PROOFS) {
    return errored(problem('CANONICALIZATION_LIMIT', `the document carries ${proofs.length} proofs; at most ${MAX_PROOFS} are verified, as each costs a canonicalization and a key lookup`));
  }
  const unsecured: JsonObject = { ...subject.document };
  delete unsecured.proof;
  // A presentation proves control by its holder (authentication); Blockcerts presentations are
  // instead asserted by their issuer, which issuer-key then checks against assertionMethod.
  const purposes = subject.kind === 'presentation' ? ['authentication', 'assertionMethod'] : ['assertionMethod'];
  const results = await Promise.all(
    proofs.map((entry, i) =>
      verifyOne(ctx, entry, { where: proofs.length > 1 ? `proof[${i}]` : 'proof', document: subject.document, unsecured, purposes, dataModel: subject.dataModel }),
    ),
  );
  const failures = results.filter((r) => r.status === 'failed');
  if (failures.length > 0) return failed(...failures.map((r) => (r as { problem: Problem }).problem));
  const errors = results.filter((r) => r.status === 'error');
  if (errors.length > 0) return errored(...errors.map((r) => (r as { problem: Problem }).problem));
  const verified = results as Extract<ProofResult, { status: 'passed' }>[];
  return passed({
    facts: { verifiedProofs: verified.map((r) => r.verified), verifiedDocument: subject.document },
    warnings: verified.flatMap((r) => r.warnings),
  });
}

interface ProofPlace {
  /** How the proof is named in problems: `proof` or `proof[i]`. */
  where: string;
  /** The document as received, all proofs included. */
  document: JsonObject;
  /** The document without its proofs. */
  unsecured: JsonObject;
  purposes: readonly string[];
  dataModel: DateRules;
}

async function verifyOne(ctx: CheckContext, entry: unknown, { where, document, unsecured, purposes, dataModel }: ProofPlace): Promise<ProofResult> {
  const fail = (code: Problem['code'], detail: string): ProofResult => ({ status: 'failed', problem: problem(code, `${where}: ${detail}`) });
  const cannot = (code: Problem['code'], detail: string): ProofResult => ({ status: 'error', problem: problem(code, `${where}: ${detail}`) });

  if (!isObject(entry)) return fail('PROOF_MALFORMED', `is ${quote(entry)}, not an object`);
  const reference = isObject(entry.verificationMethod) ? entry.verificationMethod.id : entry.verificationMethod;
  if (typeof entry.type !== 'string') return fail('PROOF_MALFORMED', 'type is missing');
  if (typeof reference !== 'string') return fail('PROOF_MALFORMED', 'verificationMethod is missing');
  if (typeof entry.proofPurpose !== 'string') return fail('PROOF_MALFORMED', 'proofPurpose is missing');
  if (!purposes.includes(entry.proofPurpose)) {
    return fail('PROOF_PURPOSE_MISMATCH', `proofPurpose is ${quote(entry.proofPurpose)}, not ${purposes.map((p) => quote(p)).join(' or ')}`);
  }
  for (const property of ['created', 'expires'] as const) {
    if (entry[property] !== undefined && parseDate(entry[property], dataModel) === null) {
      return fail('PROOF_MALFORMED', `${property} ${quote(entry[property])} is not a dateTimeStamp`);
    }
  }
  const expires = parseDate(entry.expires, dataModel);
  if (expires !== null && expires + ctx.env.clockSkewMs < ctx.env.now) return fail('PROOF_EXPIRED', `the proof expired at ${quote(entry.expires)}`);
  if (isMerkleProof2019(entry)) return verifyAnchoredProof(ctx, entry, document, reference, where);
  const suite = SUITES.find((candidate) => candidate.accepts(entry));
  if (!suite) {
    return entry.type === 'DataIntegrityProof'
      ? cannot('CRYPTOSUITE_UNSUPPORTED', `cryptosuite ${quote(entry.cryptosuite)} is not supported`)
      : cannot('PROOF_TYPE_UNSUPPORTED', `proof type ${quote(entry.type)} is not supported`);
  }
  const input = withPreviousProofs(entry, asArray(document.proof), unsecured);
  if (!input) return fail('PROOF_CHAIN_BROKEN', `previousProof ${quote(entry.previousProof)} names no proof on the document`);
  if (suite.canonicalization === 'rdfc') {
    try {
      await ctx.env.canonize(input);
    } catch (error) {
      if (!(error instanceof CanonizeFailure)) throw error;
      const status = CANONICAL_FAILURES.has(error.problem.code) ? 'failed' : 'error';
      return { status, problem: problem(error.problem.code, `${where}: ${error.problem.detail}`) };
    }
  }

  const resolved = await dereferenceMethod(reference, ctx.env.documents);
  if (!resolved.ok) {
    return { status: resolved.definitive ? 'failed' : 'error', problem: problem(resolved.problem.code, `${where}: ${resolved.problem.detail}`) };
  }
  const key = await importPublicKey(resolved.method);
  if (!key.ok) {
    return key.problem.code === 'KEY_TYPE_UNSUPPORTED' ? cannot(key.problem.code, key.problem.detail) : fail(key.problem.code, key.problem.detail);
  }
  if (!suite.keyAlgorithms.includes(key.key.algorithm)) {
    return fail('KEY_SUITE_MISMATCH', `${suite.name} cannot be verified with the ${key.key.algorithm} key ${quote(reference)}`);
  }
  let outcome;
  try {
    outcome = await suite.verify({ unsecured: input, proof: entry, key: key.key, canonize: ctx.env.canonize });
  } catch (error) {
    if (!(error instanceof CanonizeFailure)) throw error;
    const status = CANONICAL_FAILURES.has(error.problem.code) ? 'failed' : 'error';
    return { status, problem: problem(error.problem.code, `${where} configuration: ${error.problem.detail}`) };
  }
  if (outcome !== true) {
    return outcome === false
      ? fail('SIGNATURE_INVALID', `the ${suite.name} signature by ${quote(reference)} does not match the document`)
      : fail(outcome.code, outcome.detail);
  }
  const warnings: Problem[] = [];
  if (entry.proofPurpose === 'authentication') {
    const challengeProblem = checkChallenge(ctx.env, entry.challenge, entry.domain, where);
    if (challengeProblem?.code === 'PROOF_CHALLENGE_MISMATCH') return { status: 'failed', problem: challengeProblem };
    if (challengeProblem) warnings.push(challengeProblem);
  }
  return { status: 'passed', verified: { proof: entry, suite: suite.name, method: resolved.method, controller: resolved.document, keySource: 'controller-document' }, warnings };
}

/**
 * A Blockcerts MerkleProof2019: the document's hash is a leaf of a Merkle tree whose root was
 * written to a blockchain. The tree is checked here; the anchor only with an explorer the caller
 * configures. A confirmed anchor counts as the issuer's when the transaction was paid from an
 * address the issuer profile lists (`ecdsa-koblitz-pubkey:<address>`).
 */
async function verifyAnchoredProof(ctx: CheckContext, entry: JsonObject, document: JsonObject, reference: string, where: string): Promise<ProofResult> {
  // CBOR decoding of the receipt is loaded only for Blockcerts credentials.
  const { verifyMerkleProof2019 } = await loadMerkleProof();
  let outcome: MerkleProofOutcome;
  try {
    outcome = await verifyMerkleProof2019({ document, proof: entry, canonize: ctx.env.canonize, explorer: ctx.env.anchorExplorer });
  } catch (error) {
    if (!(error instanceof CanonizeFailure)) throw error;
    return { status: CANONICAL_FAILURES.has(error.problem.code) ? 'failed' : 'error', problem: problem(error.problem.code, `${where}: ${error.problem.detail}`) };
  }
  if (outcome.status !== 'confirmed') {
    return { status: outcome.status === 'invalid' ? 'failed' : 'error', problem: problem(outcome.problem.code, `${where}: ${outcome.problem.detail}`) };
  }
  const address = outcome.confirmation.issuingAddress;
  if (!address) return { status: 'error', problem: problem('ANCHOR_NOT_CONFIRMED', `${where}: the explorer did not say which address paid for ${outcome.anchor.uri}`) };
  const profileId = withoutFragment(reference);
  const profile = await ctx.env.documents.json(profileId);
  if (!profile.ok || !isObject(profile.document)) {
    return { status: 'error', problem: problem('VERIFICATION_METHOD_UNRESOLVABLE', `${where}: the issuer profile ${quote(profileId)} could not be retrieved`) };
  }
  const method = { id: `ecdsa-koblitz-pubkey:${address}`, type: 'BlockchainAddress', controller: profileId };
  const listed = asArray(profile.document.publicKey).some((key) => isObject(key) && key.id === method.id);
  const controller = { id: profileId, methods: [method], relationships: { assertionMethod: listed ? [method.id] : [], authentication: [] } };
  return { status: 'passed', verified: { proof: entry, suite: 'MerkleProof2019', method, controller, keySource: 'controller-document' }, warnings: [] };
}

/**
 * A proof in a chain secures the document together with the proofs it names in previousProof
 * (VC Data Integrity §4.5 step 3); a proof without previousProof secures the bare document.
 */
function withPreviousProofs(entry: JsonObject, all: unknown[], unsecured: JsonObject): JsonObject | null {
  if (entry.previousProof === undefined) return unsecured;
  const ids = asArray(entry.previousProof);
  const previous = ids.map((id) => all.find((candidate) => isObject(candidate) && candidate.id === id));
  if (previous.some((found) => found === undefined)) return null;
  return { ...unsecured, proof: previous.length === 1 ? previous[0] : previous };
}


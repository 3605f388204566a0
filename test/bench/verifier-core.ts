/**
 * @digitalcredentials/verifier-core, the comparison. It verifies credentials (not presentations)
 * with Ed25519Signature2020 or eddsa-rdfc-2022 proofs, and no JWTs. It takes no document loader: it fetches
 * remote contexts, did:web documents and status lists through the global fetch, so the benchmark
 * runs it under {@link installOfflineFetch}. Its OB 3.0 / CLR JSON-schema check (informational,
 * outside its verdict) asks for schemas the corpus does not hold and logs each miss to the console,
 * so the console is muted while it runs.
 */
import { verifyCredential } from '@digitalcredentials/verifier-core';
import { asList, isJsonObject, typeNames, type JsonObject } from './json.ts';

type VerificationResponse = Awaited<ReturnType<typeof verifyCredential>>;
type Credential = Parameters<typeof verifyCredential>[0]['credential'];

const SUPPORTED_PROOFS = new Set(['Ed25519Signature2020', 'DataIntegrityProof/eddsa-rdfc-2022']);
/** Not part of validity: we give verifier-core no registries, as we give mc-verify no trust lists. */
const IGNORED_STEPS = new Set(['registered_issuer']);

/** Why verifier-core cannot take this credential (`null`: not a JSON object), or `null` when it can. */
export function verifierCoreUnsupported(document: JsonObject | null): string | null {
  if (document === null) return 'verifier-core verifies JSON-LD credentials only, not JWS-secured ones (VC-JWT, VC-JOSE, OB 2.0 signed)';
  if (!typeNames(document).includes('VerifiableCredential')) return 'verifyCredential takes credentials, not presentations';
  const proofs = asList(document.proof).filter(isJsonObject);
  const unsupported = proofs.map(proofName).filter((name) => !SUPPORTED_PROOFS.has(name));
  if (unsupported.length > 0) return `verifier-core does not implement ${unsupported.join(', ')}`;
  const nested = nestedInClr(document);
  return nested > 0 ? `not the same work: verifier-core checks only the CLR's own proof, not the ${nested} credential(s) it nests, which mc-verify verifies` : null;
}

function nestedInClr(document: JsonObject): number {
  const subject = document.credentialSubject;
  return typeNames(document).includes('ClrCredential') && isJsonObject(subject) ? asList(subject.verifiableCredential).length : 0;
}

/** One verification from bytes, as mc-verify gets them. */
export async function runVerifierCore(bytes: Uint8Array): Promise<VerificationResponse> {
  const credential = JSON.parse(new TextDecoder().decode(bytes)) as Credential;
  return muted(() => verifyCredential({ credential, knownDIDRegistries: [] }));
}

/** `null` when verifier-core judged the credential valid, else what it objected to. */
export function verifierCoreObjection(response: VerificationResponse): string | null {
  if (response.errors?.length) return response.errors.map((error) => `${error.name ?? 'error'}: ${error.message}`).join('; ');
  const log = response.log ?? [];
  if (!log.some((step) => step.id === 'valid_signature' && step.valid === true)) return 'no valid_signature step';
  const failed = log.filter((step) => !IGNORED_STEPS.has(step.id) && step.valid !== true);
  return failed.length > 0 ? `steps not valid: ${failed.map((step) => step.id).join(', ')}` : null;
}

function proofName(proof: JsonObject): string {
  return proof.type === 'DataIntegrityProof' ? `${String(proof.type)}/${String(proof.cryptosuite)}` : String(proof.type);
}

async function muted<T>(operation: () => Promise<T>): Promise<T> {
  const { log, error } = console;
  console.log = console.error = () => {};
  try {
    return await operation();
  } finally {
    console.log = log;
    console.error = error;
  }
}

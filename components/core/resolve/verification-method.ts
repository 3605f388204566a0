/**
 * Dereferences a proof's `verificationMethod` to the method and the controller document that
 * holds it. The key is only ever taken from a controller document (a DID document, or an https
 * document at the URL without its fragment), never from the reference itself.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { problem, quote, type Problem, type ProblemCode } from '../problems.ts';
import { readControllerDocument, type ControllerDocument } from './controller-document.ts';
import { resolveDidJwk } from './did-jwk.ts';
import { resolveDidKey } from './did-key.ts';
import { resolveDidWeb } from './did-web.ts';
import type { VerificationMethod } from './public-key.ts';

export type MethodOutcome =
  | { ok: true; method: VerificationMethod; document: ControllerDocument }
  | { ok: false; problem: Problem; definitive: boolean };

/** Problems that mean the reference itself is wrong (a forgery signal), not merely unreachable. */
const DEFINITIVE: ReadonlySet<ProblemCode> = new Set([
  'VERIFICATION_METHOD_MALFORMED',
  'VERIFICATION_METHOD_NOT_FOUND',
  'DID_MALFORMED',
  'DID_DOCUMENT_MISMATCH',
]);

export async function dereferenceMethod(reference: string, documents: DocumentSource): Promise<MethodOutcome> {
  const hash = reference.indexOf('#');
  const controllerId = hash === -1 ? reference : reference.slice(0, hash);
  const document = await resolveController(controllerId, documents);
  if (!isDocument(document)) return failure(document);
  const method = document.methods.find((m) => m.id === reference);
  if (!method) {
    return failure(problem('VERIFICATION_METHOD_NOT_FOUND', `${quote(controllerId)} does not list the verification method ${quote(reference)}`));
  }
  return { ok: true, method, document };
}

/** Resolves a DID or an https URL to its controller document. */
export async function resolveController(id: string, documents: DocumentSource): Promise<ControllerDocument | Problem> {
  if (id.startsWith('did:')) {
    const method = id.split(':')[1] ?? '';
    if (method === 'key') return resolveDidKey(id);
    if (method === 'jwk') return resolveDidJwk(id);
    if (method === 'web') return resolveDidWeb(id, documents);
    const preloaded = readControllerDocument(documents.preloaded(id));
    if (preloaded && preloaded.id === id) return preloaded;
    return problem('DID_METHOD_UNSUPPORTED', `${quote(id)} uses the DID method ${quote(method)}, which is not supported`);
  }
  if (/^https?:\/\//i.test(id)) {
    const fetched = await documents.json(id);
    if (!fetched.ok) {
      return problem(
        fetched.problem.code === 'FETCH_REFUSED' || fetched.problem.code === 'DOCUMENT_NOT_PRELOADED' ? fetched.problem.code : 'VERIFICATION_METHOD_UNRESOLVABLE',
        `the controller document ${quote(id)} could not be retrieved: ${fetched.problem.detail}`,
      );
    }
    const document = readControllerDocument(fetched.document);
    if (!document) return problem('VERIFICATION_METHOD_NOT_FOUND', `${quote(id)} is not a controller document listing keys`);
    if (document.id !== id) {
      return problem('DID_DOCUMENT_MISMATCH', `the document at ${quote(id)} has id ${quote(document.id)}`);
    }
    return document;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(id)) {
    return problem('VERIFICATION_METHOD_UNRESOLVABLE', `${quote(id)} uses a URL scheme that cannot be resolved`);
  }
  return problem('VERIFICATION_METHOD_MALFORMED', `${quote(id)} is not a URL or DID`);
}

function isDocument(value: ControllerDocument | Problem): value is ControllerDocument {
  return 'methods' in value;
}

function failure(value: Problem): MethodOutcome {
  return { ok: false, problem: value, definitive: DEFINITIVE.has(value.code) };
}

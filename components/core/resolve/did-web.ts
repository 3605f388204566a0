/**
 * did:web: the DID document lives at an https URL derived from the DID (did:web §3.2 Read).
 * Retrieval goes through the document source, so the URL policy, the preloaded documents and
 * the offline switch all apply.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { problem, quote, type Problem } from '../problems.ts';
import { readControllerDocument, type ControllerDocument } from './controller-document.ts';

/** did:web:example.com:u:alice → https://example.com/u/alice/did.json */
export function didWebUrl(did: string): string | Problem {
  const segments = did.slice('did:web:'.length).split(':');
  const [host, ...path] = segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return '';
    }
  });
  if (!host || segments.some((segment) => segment === '') || path.some((p) => p.includes('/') || p === '..' || p === '.')) {
    return problem('DID_MALFORMED', `${quote(did)} is not a well-formed did:web identifier`);
  }
  const base = `https://${host}`;
  try {
    const url = new URL(path.length === 0 ? '/.well-known/did.json' : `/${path.map(encodeURIComponent).join('/')}/did.json`, base);
    return url.href;
  } catch {
    return problem('DID_MALFORMED', `${quote(did)} names an invalid host`);
  }
}

export async function resolveDidWeb(did: string, documents: DocumentSource): Promise<ControllerDocument | Problem> {
  const preloaded = documents.preloaded(did);
  let raw: unknown = preloaded;
  if (raw === undefined) {
    const url = didWebUrl(did);
    if (typeof url !== 'string') return url;
    const fetched = await documents.json(url);
    if (!fetched.ok) {
      return problem(
        fetched.problem.code === 'FETCH_REFUSED' || fetched.problem.code === 'DOCUMENT_NOT_PRELOADED' ? fetched.problem.code : 'VERIFICATION_METHOD_UNRESOLVABLE',
        `the DID document of ${quote(did)} could not be retrieved: ${fetched.problem.detail}`,
      );
    }
    raw = fetched.document;
  }
  const document = readControllerDocument(raw);
  if (!document) return problem('DID_MALFORMED', `the DID document of ${quote(did)} is not a DID document`);
  if (document.id !== did) {
    return problem('DID_DOCUMENT_MISMATCH', `the DID document retrieved for ${quote(did)} has id ${quote(document.id)}`);
  }
  return document;
}

/**
 * The JSON-LD document loader handed to canonicalization. It serves pinned contexts and contexts
 * the caller preloaded in `documents`; anything else is an error, never a network request.
 */
import type { DocumentLoader } from 'jsonld';
import type { DocumentSource } from '../fetch/documents.ts';

import { BUNDLED_CONTEXTS } from './contexts.ts';
import { isObject } from '../parse/json.ts';

/** Thrown by the loader for a context it does not know; canonicalization failures carry it as cause. */
export class UnknownContextError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`unknown JSON-LD context ${url}`);
    this.name = 'UnknownContextError';
    this.url = url;
  }
}

/** A context document the engine can use: pinned, or preloaded by the caller. */
export function findContext(url: string, documents: DocumentSource): object | undefined {
  const bundled = BUNDLED_CONTEXTS.get(url);
  if (bundled) return bundled;
  const preloaded = documents.preloaded(url);
  return isObject(preloaded) && '@context' in preloaded ? preloaded : undefined;
}

export function createContextLoader(documents: DocumentSource): DocumentLoader {
  return async (url) => {
    const document = findContext(url, documents);
    if (!document) throw new UnknownContextError(url);
    return { contextUrl: null, documentUrl: url, document };
  };
}

/**
 * RDF Dataset Canonicalization (RDFC-1.0) of JSON-LD in safe mode with a null base: any term
 * that would be dropped, and so left unsigned, is an error (VC Data Integrity §2.4
 * "Securing Data Losslessly"). Work is bounded by rdf-canonize's work factor and the signal.
 */
import jsonld, { type DocumentLoader } from 'jsonld';
import { problem, quote, type Problem } from '../problems.ts';
import { UnknownContextError } from '../resolve/context-loader.ts';

export type JsonObject = Record<string, unknown>;

/** Canonical N-Quads of a document; rejects with {@link CanonizeFailure}. */
export type Canonize = (document: JsonObject) => Promise<string>;

export class CanonizeFailure extends Error {
  readonly problem: Problem;
  constructor(failure: Problem) {
    super(failure.detail);
    this.name = 'CanonizeFailure';
    this.problem = failure;
  }
}

interface JsonLdError {
  name?: string;
  message?: string;
  details?: { code?: string; term?: string; event?: { code?: string; message?: string; details?: unknown }; cause?: unknown };
}

export function createCanonize(documentLoader: DocumentLoader, signal?: AbortSignal): Canonize {
  const memo = new WeakMap<JsonObject, Promise<string>>();
  return (document) => {
    let pending = memo.get(document);
    if (!pending) {
      pending = jsonld
        .canonize(document, {
          algorithm: 'RDFC-1.0',
          format: 'application/n-quads',
          safe: true,
          base: null,
          documentLoader,
          canonizeOptions: { maxWorkFactor: 1, signal: signal ?? null },
        })
        .catch((error: unknown) => {
          throw new CanonizeFailure(classify(error));
        });
      memo.set(document, pending);
    }
    return pending;
  };
}

function classify(error: unknown): Problem {
  const e = (error ?? {}) as JsonLdError;
  const cause = e.details?.cause;
  if (cause instanceof UnknownContextError) {
    return problem('CONTEXT_UNKNOWN', `the JSON-LD context ${quote(cause.url)} is not pinned and is never fetched`);
  }
  if (e.name === 'jsonld.ValidationError' && e.details?.event) {
    const { code, message, details } = e.details.event;
    return problem('JSONLD_DATA_LOSS', `${message ?? code} ${quote(details)}`);
  }
  if (e.name === 'jsonld.SyntaxError' || e.name === 'jsonld.InvalidUrl') {
    const where = e.details?.term ? ` (term ${quote(e.details.term)})` : '';
    return problem('JSONLD_INVALID', `${e.message ?? 'invalid JSON-LD'}${where}`);
  }
  const message = error instanceof Error ? error.message : String(error);
  // rdf-canonize reports its work limit and aborts only by message (rdf-canonize lib/RDFC10.js).
  if (/Maximum deep iterations exceeded|Abort signal received/.test(message)) {
    return problem('CANONICALIZATION_LIMIT', `canonicalization stopped: ${message}`);
  }
  return problem('INTERNAL_ERROR', `canonicalization failed: ${message}`);
}

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

/**
 * Work limits checked before canonicalizing: jsonld's node map is quadratic in the length of an
 * array, RDFC-1.0 in the number of alike blank nodes (a ring of 3,000 takes seconds before its own
 * work factor stops it), and every value costs about 0.1 ms (security research §1.3). Real
 * credentials stay far below: the largest in the corpus has 2,345 values, arrays of 7 and 269
 * blank nodes. `maxValues` counts every document canonicalized for one verification.
 */
export const CANONICAL_LIMITS = { maxValues: 50_000, maxArrayLength: 5_000, maxBlankNodes: 2_000 } as const;

export function createCanonize(documentLoader: DocumentLoader, signal?: AbortSignal): Canonize {
  const memo = new WeakMap<JsonObject, Promise<string>>();
  let values = 0;
  return (document) => {
    let pending = memo.get(document);
    if (!pending) {
      const work = measure(document);
      values += work.values;
      const excess = work.longestArray > CANONICAL_LIMITS.maxArrayLength ? `the document has an array of ${work.longestArray} entries; the limit is ${CANONICAL_LIMITS.maxArrayLength}`
        : work.blankNodes > CANONICAL_LIMITS.maxBlankNodes ? `the document has ${work.blankNodes} nodes without an id; the limit is ${CANONICAL_LIMITS.maxBlankNodes}`
        : values > CANONICAL_LIMITS.maxValues ? `the verification would canonicalize ${values} values; the limit is ${CANONICAL_LIMITS.maxValues}`
        : null;
      pending = excess ? Promise.reject(new CanonizeFailure(problem('CANONICALIZATION_LIMIT', `canonicalization was not started: ${excess}`))) : jsonld
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

/** Counts values, the longest array and the objects that become blank nodes, without recursion. */
function measure(document: JsonObject): { values: number; longestArray: number; blankNodes: number } {
  let values = 0;
  let longestArray = 0;
  let blankNodes = 0;
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    values++;
    if (Array.isArray(value)) {
      longestArray = Math.max(longestArray, value.length);
      for (const entry of value) stack.push(entry);
    } else if (typeof value === 'object' && value !== null) {
      const node = value as JsonObject;
      const id = node.id ?? node['@id'];
      if ((id === undefined && !('@value' in node)) || (typeof id === 'string' && id.startsWith('_:'))) blankNodes++;
      // Contexts are pinned and become no statements.
      for (const [key, child] of Object.entries(node)) if (key !== '@context') stack.push(child);
    }
  }
  return { values, longestArray, blankNodes };
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

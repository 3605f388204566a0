/**
 * Whether a mutant that came out `verified` still says exactly what its original said. RDF
 * Dataset Canonicalization signs a set of statements, so a JSON change that leaves the set as it
 * was — removing a statement stated twice (two nodes with one `id` merge, RDF 1.1 Concepts §3),
 * or a context entry no term uses — is no change to what the issuer signed. Such a mutant is
 * "equivalent" in the sense of mutation testing: the canonical N-Quads of both documents, proofs
 * aside, are identical, and so are their proofs.
 */
import jsonld from 'jsonld';
import type { VerifyOptions } from '../../components/core/index.ts';
import { BUNDLED_CONTEXTS } from '../../components/core/resolve/contexts.ts';
import type { JsonObject } from './issue.ts';

export async function sameSignedStatements(original: JsonObject, mutant: JsonObject, documents: VerifyOptions['documents']): Promise<boolean> {
  if (JSON.stringify(original.proof) !== JSON.stringify(mutant.proof)) return false;
  const [a, b] = await Promise.all([canonicalStatements(original, documents), canonicalStatements(mutant, documents)]);
  return a !== null && a === b;
}

async function canonicalStatements(document: JsonObject, documents: VerifyOptions['documents']): Promise<string | null> {
  const unsecured = { ...document };
  delete unsecured.proof;
  const lookup = (url: string): unknown => (documents instanceof Map ? documents.get(url) : (documents as Record<string, unknown> | undefined)?.[url]);
  try {
    return await jsonld.canonize(unsecured, {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      base: null,
      documentLoader: async (url: string) => {
        const context = BUNDLED_CONTEXTS.get(url) ?? lookup(url);
        if (context === undefined) throw new Error(`no context ${url}`);
        return { contextUrl: null, documentUrl: url, document: context };
      },
    });
  } catch {
    return null;
  }
}

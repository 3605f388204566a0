/**
 * The corpus credentials the element benchmark verifies in Chromium: one of each common kind, all
 * expected `verified`, and the documents the page preloads for them.
 */
import { corpusDocuments, corpusFile, hostedAssertionIn } from '../support/corpus.ts';

export interface ElementCase {
  label: string;
  file: string;
}

export const ELEMENT_CASES: readonly ElementCase[] = [
  { label: 'OB 3.0, VC 2.0, eddsa-rdfc-2022', file: '1edtech-ob-spec/obv3-eddsa-rdfc-2022-testvector.signed.json' },
  { label: 'VC 1.1, Ed25519Signature2020', file: 'dcc-verifier-core/v1-no-status.json' },
  { label: 'VC-JOSE (VC 2.0), ES256 did:jwk', file: 'credo-ts/vc-jose/credo-es256-didjwk.vc2.jwt' },
  { label: 'OB 2.0 hosted assertion', file: '1edtech-validator/ob20/basic-assertion.json' },
];

/** Each case's bytes, by corpus path. */
export function elementCredentials(): Map<string, Uint8Array> {
  return new Map(ELEMENT_CASES.map(({ file }) => [file, corpusFile(file)]));
}

/**
 * The corpus documents, plus each OB 2.0 hosted assertion at its own id: such an assertion is
 * authentic only as its issuer hosts it, and the issuer's host here is the corpus (as in
 * test/core/conformance-corpus.test.ts).
 */
export async function elementDocuments(credentials: ReadonlyMap<string, Uint8Array>): Promise<Map<string, unknown>> {
  const documents = corpusDocuments();
  for (const [file, bytes] of credentials) {
    const assertion = await hostedAssertionIn(file, bytes);
    if (assertion?.type === 'Assertion' && typeof assertion.id === 'string') documents.set(assertion.id, assertion);
  }
  return documents;
}

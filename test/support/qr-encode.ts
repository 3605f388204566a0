/**
 * QR payload text for tests: a JSON-LD credential or presentation compressed to CBOR-LD and
 * written as VPQR (`VP1-`) or W3C VC Barcodes (`VC1-`) text with @digitalbazaar/vpqr, using the
 * pinned contexts only (CBOR-LD registry entry 1, no type table).
 */
import { util as vpqr } from '@digitalbazaar/vpqr';
import type { DocumentLoader } from '@digitalbazaar/vpqr';
import { BUNDLED_CONTEXTS } from '../../components/core/resolve/contexts.ts';

const pinnedLoader: DocumentLoader = async (url) => {
  const document = BUNDLED_CONTEXTS.get(url);
  if (!document) throw new Error(`the QR encoder has no pinned context ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

/** `VC1-R…` / `VP1-R…` (base45) or `VP1-B…` (base32) text for the document. */
export async function qrText(header: 'VC1-' | 'VP1-', document: unknown, encoding: 'R' | 'B' = 'R'): Promise<string> {
  const { payload } = await vpqr.toQrCode({ header, jsonldDocument: document, documentLoader: pinnedLoader, registryEntryId: 1, qrMultibaseEncoding: encoding });
  return payload;
}

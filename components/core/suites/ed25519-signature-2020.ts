/** Ed25519Signature2020 (W3C CCG), kept for the many credentials issued before Data Integrity. */
import { defineSuite } from './data-integrity.ts';

export const ed25519Signature2020 = defineSuite({
  name: 'Ed25519Signature2020',
  accepts: (proof) => proof.type === 'Ed25519Signature2020',
  keyAlgorithms: ['Ed25519'],
  hash: () => 'SHA-256',
  canonicalization: 'rdfc',
  contextRule: 'linked-data-signatures',
});

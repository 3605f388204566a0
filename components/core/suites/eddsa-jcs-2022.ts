/** DataIntegrityProof with cryptosuite eddsa-jcs-2022 (W3C vc-di-eddsa §3.4): JSON canonicalization. */
import { defineSuite } from './data-integrity.ts';

export const eddsaJcs2022 = defineSuite({
  name: 'eddsa-jcs-2022',
  accepts: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-jcs-2022',
  keyAlgorithms: ['Ed25519'],
  hash: () => 'SHA-256',
  canonicalization: 'jcs',
  contextRule: 'data-integrity',
});

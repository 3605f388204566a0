/** DataIntegrityProof with cryptosuite eddsa-rdfc-2022 (W3C vc-di-eddsa §3.3). */
import { defineSuite } from './data-integrity.ts';

export const eddsaRdfc2022 = defineSuite({
  name: 'eddsa-rdfc-2022',
  accepts: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'eddsa-rdfc-2022',
  keyAlgorithms: ['Ed25519'],
  hash: () => 'SHA-256',
  canonicalization: 'rdfc',
  contextRule: 'data-integrity',
});

/** DataIntegrityProof with cryptosuite ecdsa-rdfc-2019, P-256 and P-384 (W3C vc-di-ecdsa §3.3). */
import { defineSuite } from './data-integrity.ts';
import { curveHash } from './signature.ts';

export const ecdsaRdfc2019 = defineSuite({
  name: 'ecdsa-rdfc-2019',
  accepts: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'ecdsa-rdfc-2019',
  keyAlgorithms: ['P-256', 'P-384'],
  hash: curveHash,
  canonicalization: 'rdfc',
  contextRule: 'data-integrity',
});

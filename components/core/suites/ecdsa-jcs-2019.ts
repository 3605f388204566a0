/** DataIntegrityProof with cryptosuite ecdsa-jcs-2019 (W3C vc-di-ecdsa §3.4): JSON canonicalization. */
import { defineSuite } from './data-integrity.ts';
import { curveHash } from './signature.ts';

export const ecdsaJcs2019 = defineSuite({
  name: 'ecdsa-jcs-2019',
  accepts: (proof) => proof.type === 'DataIntegrityProof' && proof.cryptosuite === 'ecdsa-jcs-2019',
  keyAlgorithms: ['P-256', 'P-384'],
  hash: curveHash,
  canonicalization: 'jcs',
  contextRule: 'data-integrity',
});

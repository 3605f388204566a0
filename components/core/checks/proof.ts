/**
 * `proof`: the securing mechanism vouches for the document — embedded proofs (Data Integrity and
 * Linked Data signatures), a JWS (VC-JWT, VC-JOSE), a JAdES seal (Europass), or for Open Badges
 * 2.0 the issuer's hosted copy or its signature. Each mechanism lives in suites/; this check only picks the right one.
 */
import { verifyEdcSeal } from '../suites/edc-seal.ts';
import { verifyEmbeddedProofs } from '../suites/embedded-proofs.ts';
import { verifyJose } from '../suites/jose.ts';
import { verifyHostedAssertion } from '../suites/ob2-hosted.ts';
import { verifySignedAssertion } from '../suites/ob2-signed.ts';
import { failed, subjectOf, type Check } from './check.ts';

export const proof: Check = {
  id: 'proof',
  // Not 'context': a document with an unpinned context may still be shown to be tampered with.
  // It can never pass as verified, because the context check decides that on its own.
  requires: ['parse'],
  async run(ctx) {
    const subject = subjectOf(ctx);
    const { securing } = subject;
    switch (securing.type) {
      case 'embedded':
        return verifyEmbeddedProofs(ctx, subject);
      case 'jose':
        return securing.mismatches.length > 0 ? failed(...securing.mismatches) : verifyJose(ctx, subject, securing.jws);
      case 'ob2-hosted':
        return verifyHostedAssertion(ctx, subject);
      case 'ob2-signed':
        return verifySignedAssertion(ctx, subject, securing.jws);
      case 'jades':
        return verifyEdcSeal(ctx, subject, securing.sealed);
    }
  },
};

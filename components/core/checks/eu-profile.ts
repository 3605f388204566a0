/**
 * `eu-profile`: what the credential states of the EU micro-credential definition (Council
 * Recommendation of 16 June 2022, Annex I) — which elements, with what values, and which are
 * missing. It informs a reader; the verdict never depends on it. Only credentials that present
 * themselves as micro-credentials, or state elements particular to them, get the missing ones
 * listed as warnings: for other badges that list would be noise.
 */
import type { ElementId } from '../profile/types.ts';
import { notApplicable, passed, subjectOf, verifiedDocumentOf, type Check } from './check.ts';
import { loadOnce } from '../lazy.ts';

const loadProfile = loadOnce(() => import('../profile/index.ts'));

/** Elements only a micro-credential states; title, issuer and date every credential has. */
const DISTINCTIVE: readonly ElementId[] = ['workload', 'level', 'assessment', 'participation', 'quality-assurance', 'supervision', 'prerequisites', 'stackability'];

export const euProfile: Check = {
  id: 'eu-profile',
  // Only what the proof covered is reported as the credential's statement.
  requires: ['proof', 'issuer-key'],
  async run(ctx) {
    const subject = subjectOf(ctx);
    if (subject.kind === 'presentation') return notApplicable('presentations state no learning achievement of their own');
    if (ctx.env.depth > 0) return notApplicable('documents verified on the credential\'s behalf (status lists) have no profile');
    // The extraction tables are loaded only for credentials that get this far.
    const { extractEuProfile } = await loadProfile();
    const profile = extractEuProfile({ document: verifiedDocumentOf(ctx), family: subject.family, ...(ctx.facts.ob2 ? { ob2: ctx.facts.ob2 } : {}), coveredByProof: true });
    const relevant = profile.claimsMicroCredential.claimed || profile.elements.some((element) => element.present && DISTINCTIVE.includes(element.id));
    if (!relevant) return notApplicable('the credential neither presents itself as a micro-credential nor states its distinctive elements');
    return passed({ facts: { euProfile: profile }, warnings: profile.warnings });
  },
};

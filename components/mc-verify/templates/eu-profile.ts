/**
 * The place for the EU Annex I panel (Council Recommendation 2022/C 243/02: learner, title,
 * country, awarding body, date, learning outcomes, workload in ECTS, level, assessment,
 * participation, quality assurance). It renders nothing today; the panel that reads
 * `credential.euProfile` comes with its own issue and slots in here, at the end of the details.
 */
import { nothing } from 'lit';
import type { CredentialView } from '../../core/index.ts';
import type { RenderContext } from './context.ts';

/** The EU micro-credential panel: nothing when the credential has no `euProfile` (and, for now, nothing at all). */
export function euProfilePanel(credential: CredentialView, _ctx: RenderContext): typeof nothing {
  if (!credential.euProfile) return nothing;
  return nothing;
}

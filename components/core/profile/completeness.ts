/**
 * Completeness against Annex I: how many of the eleven mandatory elements the credential states,
 * and which are missing. Presence means "stated", not "correct".
 */
import type { Completeness, EuElement } from './types.ts';
import { MANDATORY_ELEMENTS, OPTIONAL_ELEMENTS } from './types.ts';

export function completeness(elements: readonly EuElement[]): Completeness {
  const present = new Set(elements.filter((element) => element.present).map((element) => element.id));
  const missing = MANDATORY_ELEMENTS.filter((id) => !present.has(id));
  const optionalMissing = OPTIONAL_ELEMENTS.filter((id) => !present.has(id));
  return {
    mandatoryPresent: MANDATORY_ELEMENTS.length - missing.length,
    mandatoryTotal: 11,
    missing,
    optionalPresent: OPTIONAL_ELEMENTS.length - optionalMissing.length,
    optionalTotal: 5,
    optionalMissing,
  };
}

/**
 * Warning codes of the EU micro-credential profile, in the shape of problems.ts (type URL,
 * technical title, detail naming the property and the value). Kept here until they are merged
 * into the main catalogue; none of them changes a verdict.
 */
import { MC_VERIFY_PROBLEM_BASE } from '../problems.ts';

const own = (name: string) => `${MC_VERIFY_PROBLEM_BASE}${name}`;

const CATALOGUE = {
  EU_ELEMENT_MISSING: [own('EU_ELEMENT_MISSING'), 'A mandatory element of the EU micro-credential definition is not stated'],
  WORKLOAD_RATIO_UNUSUAL: [own('WORKLOAD_RATIO_UNUSUAL'), 'The stated hours per ECTS credit are outside 20 to 35'],
  DURATION_MONTHS_SUSPICIOUS: [own('DURATION_MONTHS_SUSPICIOUS'), 'A workload duration is stated in months (P…M), not minutes (PT…M) or hours'],
  DURATION_MALFORMED: [own('DURATION_MALFORMED'), 'A duration is not an ISO 8601 duration'],
  CREDITS_MALFORMED: [own('CREDITS_MALFORMED'), 'A credit value is not a non-negative number'],
  CREDITS_UNIT_ASSUMED: [own('CREDITS_UNIT_ASSUMED'), 'Credits are stated without a credit system and are read as ECTS'],
  EQF_LEVEL_MALFORMED: [own('EQF_LEVEL_MALFORMED'), 'An EQF level is not a level from 1 to 8'],
  COUNTRY_UNRECOGNISED: [own('COUNTRY_UNRECOGNISED'), 'A country is not a recognised ISO 3166-1 code'],
  ESCO_URI_MALFORMED: [own('ESCO_URI_MALFORMED'), 'A skill given as ESCO is not an ESCO skill URI'],
  EU_VALUES_DISAGREE: [own('EU_VALUES_DISAGREE'), 'The credential states the same element with different values'],
  EU_PROFILE_TRUNCATED: [own('EU_PROFILE_TRUNCATED'), 'Extraction of the EU profile stopped at a work limit'],
} as const satisfies Record<string, readonly [string, string]>;

/** Profile warning codes. Stable: never renamed or reused. */
export type ProfileCode = keyof typeof CATALOGUE;

export const PROFILE_CODES = Object.keys(CATALOGUE) as ProfileCode[];

/** A profile warning in the shape of W3C problem details (the same shape as `Problem`). */
export interface ProfileProblem {
  type: string;
  code: ProfileCode;
  title: string;
  detail: string;
}

/** Builds a profile warning from its code and a detail that names the property and the value. */
export function profileProblem(code: ProfileCode, detail: string): ProfileProblem {
  const [type, title] = CATALOGUE[code];
  return { type, code, title, detail };
}

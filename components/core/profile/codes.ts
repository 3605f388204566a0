/**
 * The warning codes the EU micro-credential profile raises: a subset of the problem catalogue.
 * None of them changes a verdict.
 */
import { problem, type Problem, type ProblemCode } from '../problems.ts';

export const PROFILE_CODES = [
  'EU_ELEMENT_MISSING',
  'WORKLOAD_RATIO_UNUSUAL',
  'DURATION_MONTHS_SUSPICIOUS',
  'DURATION_MALFORMED',
  'CREDITS_MALFORMED',
  'CREDITS_UNIT_ASSUMED',
  'EQF_LEVEL_MALFORMED',
  'COUNTRY_UNRECOGNISED',
  'ESCO_URI_MALFORMED',
  'EU_VALUES_DISAGREE',
  'EU_PROFILE_TRUNCATED',
] as const satisfies readonly ProblemCode[];

export type ProfileCode = (typeof PROFILE_CODES)[number];

/** A profile warning: a problem with one of the profile codes. */
export type ProfileProblem = Problem & { code: ProfileCode };

export function profileProblem(code: ProfileCode, detail: string): ProfileProblem {
  return problem(code, detail) as ProfileProblem;
}

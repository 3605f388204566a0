/**
 * What a verdict chip shows for a report: its verdict, except that an input holding no credential
 * at all — a web page, a platform page without a public credential link, an image without a baked
 * credential — reads "not a credential" rather than "invalid" or "could not verify": nothing was
 * there to check. Free of lit and the DOM, so the extension's service worker uses it too.
 */
import type { Problem, ProblemCode, Verdict, VerificationReport } from '../core/index.ts';

export type ChipKind = Verdict | 'not-a-credential';

/** Problems that mean "this is not a credential": the link or image holds none. */
export const NOT_A_CREDENTIAL_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['PLATFORM_PAGE', 'NOT_A_CREDENTIAL', 'LINK_API_UNKNOWN', 'IMAGE_NOT_BAKED']);

export function chipKindOf(report: VerificationReport): ChipKind {
  if (report.verdict !== 'verified' && notACredentialProblem(report)) return 'not-a-credential';
  return report.verdict;
}

/** The problem that says the input is not a credential, if one does. */
export function notACredentialProblem(report: VerificationReport): Problem | undefined {
  return report.problems.find((problem) => NOT_A_CREDENTIAL_CODES.has(problem.code));
}

/**
 * mc-verify's verification engine: DOM-free, usable in Node, a web page or an extension service
 * worker.
 *
 * @packageDocumentation
 */
export { unreadableInputReport, verify } from './verify.ts';
export type { VerifyOptions } from './options.ts';
export type { VerifyInput } from './parse/parse-input.ts';
export type { FetchLike } from './fetch/fetch-bytes.ts';
export { toVerdict, SEVERITY } from './verdict/to-verdict.ts';
export { readTrustList, OWN_TRUST_LIST_TYPE, type TrustList, type TrustEntry } from './parse/trust-list.ts';
export { PROBLEM_CODES, type Problem, type ProblemCode } from './problems.ts';
export {
  CHECK_IDS,
  REPORT_VERSION,
  VERDICTS,
  type AchievementView,
  type AlignmentView,
  type CheckId,
  type CheckResult,
  type CheckStatus,
  type CredentialFormat,
  type CredentialView,
  type EvidenceView,
  type IssuerView,
  type ReportSource,
  type ResultView,
  type SubjectView,
  type Text,
  type TrustVouch,
  type Verdict,
  type VerificationReport,
} from './report.ts';

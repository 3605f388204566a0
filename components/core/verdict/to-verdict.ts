/**
 * Check results → verdict. This is the only place policy lives: which checks decide, and in what
 * order of severity. The view shows the verdict; it never recomputes it.
 */
import type { ProblemCode } from '../problems.ts';
import type { CheckId, CheckResult, Verdict } from '../report.ts';

/** Checks whose outcome decides the verdict. The others (trust, recipient, EU profile) inform. */
const DECISIVE: ReadonlySet<CheckId> = new Set(['parse', 'context', 'conformance', 'proof', 'issuer-key', 'validity-period', 'status']);

/** Failures that describe a genuine credential's state rather than a defect. */
const STATE_VERDICTS: ReadonlyMap<ProblemCode, Verdict> = new Map([
  ['CREDENTIAL_REVOKED', 'revoked'],
  ['CREDENTIAL_SUSPENDED', 'suspended'],
  ['CREDENTIAL_EXPIRED', 'expired'],
  ['CREDENTIAL_NOT_YET_VALID', 'not-yet-valid'],
]);

/** From most to least severe; a presentation takes the most severe verdict of itself and its credentials. */
export const SEVERITY: readonly Verdict[] = ['invalid', 'revoked', 'suspended', 'expired', 'not-yet-valid', 'unverifiable', 'verified'];

export function toVerdict(checks: readonly CheckResult[], childVerdicts: readonly Verdict[] = []): Verdict {
  return mostSevere([ownVerdict(checks, childVerdicts.length > 0), ...childVerdicts]);
}

function ownVerdict(checks: readonly CheckResult[], hasChildren: boolean): Verdict {
  const decisive = checks.filter((check) => DECISIVE.has(check.id));
  const states: Verdict[] = [];
  for (const check of decisive) {
    if (check.status !== 'failed') continue;
    const codes = (check.problems ?? []).map((p) => STATE_VERDICTS.get(p.code));
    if (codes.length === 0 || codes.some((verdict) => verdict === undefined)) return 'invalid';
    states.push(...(codes as Verdict[]));
  }
  if (states.length > 0) return mostSevere(states);
  if (decisive.some((check) => check.status === 'error')) return 'unverifiable';
  // Nothing was proven unless a proof passed, or the document only carries credentials that were.
  const proof = checks.find((check) => check.id === 'proof');
  if (proof?.status !== 'passed' && !hasChildren) return 'unverifiable';
  return 'verified';
}

export function mostSevere(verdicts: readonly Verdict[]): Verdict {
  return SEVERITY.find((verdict) => verdicts.includes(verdict)) ?? 'unverifiable';
}

/**
 * A verification report → the fix-it advice for the learner who owns the credential: one item per
 * problem code (one per missing Annex I element), plus "expires soon" for a credential that is
 * valid now but not for long. Pure and language-free; the page puts it into words.
 */
import type { Problem, ProblemCode, VerificationReport } from '../../../components/core/index.ts';
import { MANDATORY_ELEMENTS, type MandatoryElementId } from '../../../components/core/profile/types.ts';
import { ADVICE_RULES, isAdvisedCode, SEVERITY_ORDER, type AdvisedCode, type AdviceOwner, type AdviceSeverity } from './advice-rules.ts';

/** How close an end date has to be before the learner is told. */
export const EXPIRES_SOON_DAYS = 90;

export type AdviceTopic =
  | { kind: 'code'; code: AdvisedCode }
  | { kind: 'missing-element'; element: MandatoryElementId }
  | { kind: 'expires-soon' }
  /** A problem without advice of its own: the element's sentence for it, and "ask your issuer". */
  | { kind: 'other'; code: ProblemCode };

export interface AdviceItem {
  topic: AdviceTopic;
  severity: AdviceSeverity;
  owner: AdviceOwner;
  /** The problem behind the advice, for the technical detail. */
  problem?: Problem;
  validUntil?: string;
  validFrom?: string;
}

/** Codes that explain other checks rather than say anything about the credential. */
const BOOKKEEPING: ReadonlySet<ProblemCode> = new Set(['NOT_APPLICABLE', 'REQUIRED_CHECK_NOT_PASSED']);

export function deriveAdvice(report: VerificationReport, now: Date): AdviceItem[] {
  const items: AdviceItem[] = [];
  const seen = new Set<string>();
  const add = (key: string, item: AdviceItem): void => {
    if (seen.has(key)) return;
    seen.add(key);
    items.push(item);
  };
  for (const each of [report, ...(report.children ?? [])]) {
    const dates = datesOf(each);
    const blocking = each.verdict !== 'verified';
    for (const [problem, fromWarnings] of [...each.problems.map((p) => [p, false] as const), ...each.warnings.map((p) => [p, true] as const)]) {
      const { code } = problem;
      if (BOOKKEEPING.has(code)) continue;
      if (code === 'EU_ELEMENT_MISSING') {
        for (const element of missingElements(each, problem)) add(`missing:${element}`, { topic: { kind: 'missing-element', element }, ...ADVICE_RULES.EU_ELEMENT_MISSING, problem });
        continue;
      }
      if (isAdvisedCode(code)) {
        const rule = ADVICE_RULES[code];
        // A problem that is only a warning never stops a recruiter, whatever it would mean as a failure.
        const severity = fromWarnings && rule.severity === 'blocker' ? 'warning' : rule.severity;
        add(code, { topic: { kind: 'code', code }, severity, owner: rule.owner, problem, ...dates });
      } else if (!fromWarnings) {
        add(code, { topic: { kind: 'other', code }, severity: blocking ? 'blocker' : 'tip', owner: 'issuer', problem });
      }
    }
    const until = each.credential?.validUntil;
    if (each.verdict === 'verified' && until !== undefined && Date.parse(until) - now.getTime() < EXPIRES_SOON_DAYS * 86_400_000) {
      add('expires-soon', { topic: { kind: 'expires-soon' }, severity: 'warning', owner: 'issuer', validUntil: until });
    }
  }
  return items.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

function datesOf(report: VerificationReport): { validUntil?: string; validFrom?: string } {
  const { validUntil, validFrom } = report.credential ?? {};
  return { ...(validUntil !== undefined ? { validUntil } : {}), ...(validFrom !== undefined ? { validFrom } : {}) };
}

/** The elements the profile lists as missing; from the problem's detail when the profile is absent. */
function missingElements(report: VerificationReport, problem: Problem): MandatoryElementId[] {
  const listed = report.credential?.euProfile?.completeness.missing;
  if (listed && listed.length > 0) return listed;
  const named = /Annex I element ([a-z-]+)/.exec(problem.detail)?.[1];
  return MANDATORY_ELEMENTS.filter((element) => element === named);
}

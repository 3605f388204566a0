/**
 * A chip's words: a label of one or two words and the reason in one line, from the worker's own
 * report, in the chosen language. The reason is what hovering or focusing the chip says.
 */
import type { VerificationReport } from '../../components/core/index.ts';
import type { UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import { problemSentence } from '../../components/mc-verify/labels/problem-sentence.ts';
import type { ChipVerdict } from '../messaging/protocol.ts';
import { chipKindOf, notACredentialProblem } from '../../components/mc-verify/chip-state.ts';
import { labelsFor } from './label-sets.ts';

/** The chip for a finished report. */
export function chipVerdict(href: string, report: VerificationReport, language: UiLanguage): ChipVerdict {
  const labels = labelsFor(language);
  const kind = chipKindOf(report);
  if (kind === 'not-a-credential') {
    const problem = notACredentialProblem(report);
    const reason = problem ? problemSentence(problem, labels) : labels.verdicts.unverifiable.summary;
    return { href, kind, label: labels.ui.chipNotCredential, reason };
  }
  const verdict = labels.verdicts[kind];
  // For a genuine credential's state the summary says why; otherwise the first problem does.
  const [first] = report.problems;
  const reason = (kind === 'invalid' || kind === 'unverifiable') && first ? problemSentence(first, labels) : verdict.summary;
  return { href, kind, label: verdict.chip, reason };
}

/** The chip while the worker checks. */
export function checkingVerdict(href: string, language: UiLanguage): ChipVerdict {
  const labels = labelsFor(language);
  return { href, kind: 'checking', label: labels.ui.chipChecking, reason: labels.ui.checking };
}

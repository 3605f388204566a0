/**
 * The plain-language sentence for a problem. Free of lit and the DOM, so the extension's service
 * worker can use it too.
 */
import type { Problem } from '../../core/index.ts';
import { en } from './en.ts';
import type { Labels } from './labels.ts';

/** The sentence in `labels`' language; English, then the technical title, when a newer engine sends an unknown code. */
export function problemSentence(problem: Problem, labels: Labels): string {
  return labels.problems[problem.code] ?? en.problems[problem.code] ?? problem.title;
}

/**
 * The checks, one per line: what was checked, its state in words and as an icon, a plain sentence,
 * and for experts the problem codes behind a "Technical details" button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckId, CheckResult, Problem, ProblemCode } from '../../core/index.ts';
// The report module alone: the engine itself is loaded only when something is verified.
import { CHECK_IDS } from '../../core/report.ts';
import type { CheckState } from '../labels/labels.ts';
import type { RenderContext } from './context.ts';
import { checkIcon } from './icons.ts';
import { expanderButton, heading, idFor } from './parts.ts';
import { cleanText } from './text.ts';
import { problemSentence } from './verdict.ts';

/** Codes that record how the pipeline ran rather than a problem; the check's sentence says all they say. */
const BOOKKEEPING: ReadonlySet<ProblemCode> = new Set(['REQUIRED_CHECK_NOT_PASSED', 'NOT_APPLICABLE']);

/** The sentences that explain one check result, without repeats. */
export function checkSentences(check: CheckResult, ctx: RenderContext): string[] {
  const label = ctx.labels.checks[check.id];
  const problems = check.problems ?? [];
  if (check.status === 'passed') return [label.passed];
  if (check.status === 'skipped') {
    return unique(
      problems.length === 0
        ? [label.notApplicable]
        : problems.map((p) => (p.code === 'REQUIRED_CHECK_NOT_PASSED' ? ctx.labels.ui.requiredNotPassed : p.code === 'NOT_APPLICABLE' ? label.notApplicable : problemSentence(p, ctx.labels))),
    );
  }
  if (problems.length === 0) return [check.status === 'failed' ? label.failed : label.error];
  return unique(problems.map((p) => problemSentence(p, ctx.labels)));
}

/** The code, technical title and detail of each problem, for people who know the specifications. */
export function problemDetails(problems: readonly Problem[], ctx: RenderContext): TemplateResult {
  return html`<dl class="problems" part="problem-details">
    ${problems.map(
      (problem) => html`<div class="problem">
        <dt><span class="problem__code-label">${ctx.labels.ui.problemCode}</span> <code part="problem-code">${problem.code}</code></dt>
        <dd><span class="problem__title">${problem.title}</span> <span class="problem__detail" dir="auto">${cleanText(problem.detail).text}</span></dd>
      </div>`,
    )}
  </dl>`;
}

function checkItem(check: CheckResult | { id: CheckId; status: 'pending' }, ctx: RenderContext): TemplateResult {
  const state: CheckState = check.status;
  const label = ctx.labels.checks[check.id];
  const result = check.status === 'pending' ? undefined : check;
  const problems = result?.problems ?? [];
  const technical = problems.some((problem) => !BOOKKEEPING.has(problem.code));
  const region = idFor(ctx, `check-${check.id}-details`);
  return html`<li class="check check--${state}" part="check check-${state}" data-check=${check.id} data-state=${state}>
    <span class="check__icon">${checkIcon(state)}</span>
    <div class="check__body">
      <p class="check__head"><span class="check__name">${label.name}</span> <span class="check__state">${ctx.labels.ui.states[state]}</span></p>
      ${result ? checkSentences(result, ctx).map((sentence) => html`<p class="check__sentence">${sentence}</p>`) : nothing}
      ${technical
        ? html`${expanderButton(region, ctx.labels.ui.technicalDetails, ctx.labels.ui.technicalDetails)}
            <div id=${region} class="check__details" hidden>${problemDetails(problems, ctx)}</div>`
        : nothing}
    </div>
  </li>`;
}

/** Every check of a report, in pipeline order. */
export function checkList(checks: readonly CheckResult[], ctx: RenderContext): TemplateResult {
  return html`<ul class="checks" part="checks">
    ${checks.map((check) => checkItem(check, ctx))}
  </ul>`;
}

/**
 * The checks while a verification runs: those already finished with their result, the rest
 * waiting. The engine reports at the end today, so until then every check is waiting.
 */
export function pendingCheckList(ctx: RenderContext, finished: readonly CheckResult[] = []): TemplateResult {
  const done = new Map(finished.map((check) => [check.id, check]));
  return html`<ul class="checks checks--pending" part="checks">
    ${CHECK_IDS.map((id) => checkItem(done.get(id) ?? { id, status: 'pending' }, ctx))}
  </ul>`;
}

/** Things a careful reader should know that do not change the verdict. */
export function warningList(warnings: readonly Problem[], ctx: RenderContext): TemplateResult | typeof nothing {
  if (warnings.length === 0) return nothing;
  const region = idFor(ctx, 'warnings-details');
  return html`<section class="notes" part="notes">
    ${heading(ctx.headingLevel + 1, ctx.labels.ui.notesHeading, 'section__title')}
    <ul>
      ${unique(warnings.map((w) => problemSentence(w, ctx.labels))).map((sentence) => html`<li>${sentence}</li>`)}
    </ul>
    ${expanderButton(region, ctx.labels.ui.technicalDetails, ctx.labels.ui.technicalDetails)}
    <div id=${region} hidden>${problemDetails(warnings, ctx)}</div>
  </section>`;
}

function unique(sentences: readonly string[]): string[] {
  return [...new Set(sentences)];
}

/** The verdict at a glance: a banner for the full view, a chip for a link on someone else's page. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Verdict, VerificationReport } from '../../core/index.ts';
import { en } from '../labels/en.ts';
import { chipKindOf, notACredentialProblem, type ChipKind } from '../chip-state.ts';
import type { Labels } from '../labels/labels.ts';
import { problemSentence } from '../labels/problem-sentence.ts';
import type { RenderContext } from './context.ts';
import { iconFor, verdictIcon } from './icons.ts';
import { heading } from './parts.ts';
import { formatDate } from './text.ts';

/**
 * What a chip can show: a finished report, a verdict alone, an input that holds no credential, a
 * check under way, or a failure to run.
 */
export type ChipState = VerificationReport | ChipKind | 'checking' | 'error';

/** Verdicts that describe a genuine credential's state; their summary already says why. */
const STATE_VERDICTS: ReadonlySet<Verdict> = new Set(['expired', 'not-yet-valid', 'revoked', 'suspended']);

export { problemSentence } from '../labels/problem-sentence.ts';

/**
 * A small verdict chip: icon and one or two words. Usable without `<mc-verify>`: the extension's
 * content script renders it next to links (style it with `chipStyles`).
 *
 * @example
 * ```ts
 * render(verdictChip(report, labels), shadowRoot);
 * ```
 */
export function verdictChip(state: ChipState, labels: Labels = en): TemplateResult {
  if (state === 'checking') {
    return html`<span class="chip chip--checking" part="chip chip-checking">${iconFor('spinner')}<span class="chip__label">${labels.ui.chipChecking}</span></span>`;
  }
  if (state === 'error') {
    return html`<span class="chip chip--error" part="chip chip-error">${iconFor('warning')}<span class="chip__label">${labels.ui.chipError}</span></span>`;
  }
  const verdict = typeof state === 'string' ? state : chipKindOf(state);
  if (verdict === 'not-a-credential') {
    const reason = typeof state === 'string' ? undefined : notACredentialProblem(state);
    return html`<span class="chip" part="chip chip-not-a-credential" title=${reason ? problemSentence(reason, labels) : nothing} data-verdict="not-a-credential"
      >${iconFor('minus')}<span class="chip__label">${labels.ui.chipNotCredential}</span></span
    >`;
  }
  const label = labels.verdicts[verdict];
  return html`<span class="chip chip--${verdict}" part="chip chip-${verdict}" title=${label.summary} data-verdict=${verdict}
    >${verdictIcon(verdict)}<span class="chip__label">${label.chip}</span></span
  >`;
}

/** The verdict banner: icon, title, what it means, the main reason when it is not obvious, and when it was checked. */
export function verdictBanner(report: VerificationReport, ctx: RenderContext): TemplateResult {
  const { verdict } = report;
  const label = ctx.labels.verdicts[verdict];
  const reason = verdict !== 'verified' && !STATE_VERDICTS.has(verdict) ? report.problems[0] : undefined;
  return html`<div class="verdict verdict--${verdict}" part="verdict verdict-${verdict}" data-verdict=${verdict}>
    <span class="verdict__icon" part="verdict-icon">${verdictIcon(verdict)}</span>
    <div class="verdict__text">
      ${heading(ctx.headingLevel, label.title, 'verdict__title', 'verdict-title')}
      <p class="verdict__summary" part="verdict-summary">${label.summary}</p>
      ${reason ? html`<p class="verdict__reason">${problemSentence(reason, ctx.labels)}</p>` : nothing}
      <p class="verdict__checked">${ctx.labels.ui.checkedAt}: <time datetime=${report.checkedAt}>${formatDate(report.checkedAt, ctx.lang)}</time></p>
    </div>
  </div>`;
}

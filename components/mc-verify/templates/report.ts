/**
 * The whole view of a report, and the views while checking and when checking could not run. Pure
 * functions: report in, template out; usable without registering `<mc-verify>`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CheckResult, VerificationReport } from '../../core/index.ts';
import type { ErrorReason } from '../labels/labels.ts';
import { checkList, pendingCheckList, warningList } from './check-list.ts';
import type { RenderContext } from './context.ts';
import { credentialDetails, credentialSummary } from './credential.ts';
import { iconFor } from './icons.ts';
import { expanderButton, heading, idFor } from './parts.ts';
import { verdictBanner } from './verdict.ts';

/** The checks section: heading, list, and the notes that do not change the verdict. */
function checksSection(report: VerificationReport, ctx: RenderContext): TemplateResult {
  return html`<section class="section section--checks" part="checks-section">
    ${heading(ctx.headingLevel + 1, ctx.labels.ui.checksHeading, 'section__title')} ${checkList(report.checks, ctx)} ${warningList(report.warnings, ctx)}
  </section>`;
}

/** One report per credential a presentation carries, each in the compact layout. */
function childReports(report: VerificationReport, ctx: RenderContext): TemplateResult | typeof nothing {
  const children = report.children ?? [];
  if (children.length === 0) return nothing;
  return html`<section class="section section--children" part="children">
    ${heading(ctx.headingLevel + 1, ctx.labels.ui.presentationHeading(children.length), 'section__title')}
    <ol class="children">
      ${children.map(
        (child, index) =>
          html`<li class="child">${reportView(child, { ...ctx, compact: true, idPrefix: `${ctx.idPrefix}-c${index}`, headingLevel: ctx.headingLevel + 2 })}</li>`,
      )}
    </ol>
  </section>`;
}

/**
 * Everything below the verdict banner: what the verified credential says, then every check. In the
 * compact layout, everything after the name and issuer sits behind one button. Without
 * `report.credential` (the proof did not pass) nothing the credential claims is shown.
 */
export function reportBody(report: VerificationReport, ctx: RenderContext): TemplateResult {
  const credential = report.credential;
  const summary = credential ? credentialSummary(credential, ctx) : html`<p class="no-details" part="no-details">${ctx.labels.ui.noDetails}</p>`;
  const details = html`${credential ? credentialDetails(credential, ctx) : nothing} ${childReports(report, ctx)} ${checksSection(report, ctx)}`;
  if (!ctx.compact) return html`<article class="credential" part="credential">${summary}${details}</article>`;
  const region = idFor(ctx, 'more');
  return html`<article class="credential" part="credential">
    ${summary} ${expanderButton(region, ctx.labels.ui.showMore, ctx.labels.ui.showLess, 'expander more')}
    <div id=${region} class="more" hidden>${details}</div>
  </article>`;
}

/** The whole view of a finished report: the verdict banner, then {@link reportBody}. */
export function reportView(report: VerificationReport, ctx: RenderContext): TemplateResult {
  return html`<div class="report ${ctx.compact ? 'report--compact' : 'report--full'}" part="report">${verdictBanner(report, ctx)}${reportBody(report, ctx)}</div>`;
}

/** The banner shown while checking, announced like a verdict. */
export function progressBanner(ctx: RenderContext): TemplateResult {
  return html`<div class="verdict verdict--checking" part="verdict verdict-checking">
    <span class="verdict__icon spin" part="verdict-icon">${iconFor('spinner')}</span>
    <div class="verdict__text">
      ${heading(ctx.headingLevel, ctx.labels.ui.checking, 'verdict__title', 'verdict-title')}
      <p class="verdict__summary" part="verdict-summary">${ctx.labels.ui.checkingNote}</p>
    </div>
  </div>`;
}

/** Below the banner while checking: the list of checks, filled in as results arrive. */
export function progressBody(ctx: RenderContext, finished: readonly CheckResult[] = []): TemplateResult {
  return html`<section class="section section--checks" part="progress" aria-busy="true">
    ${heading(ctx.headingLevel + 1, ctx.labels.ui.checksHeading, 'section__title')} ${pendingCheckList(ctx, finished)}
  </section>`;
}

/** The whole view while checking: {@link progressBanner}, then {@link progressBody}. */
export function progressView(ctx: RenderContext, finished: readonly CheckResult[] = []): TemplateResult {
  return html`<div class="report report--checking">${progressBanner(ctx)}${progressBody(ctx, finished)}</div>`;
}

/** The banner when checking could not run at all: what happened and what to do next. */
export function errorView(reason: ErrorReason, ctx: RenderContext): TemplateResult {
  const label = ctx.labels.errors[reason];
  return html`<div class="verdict verdict--error" part="error" data-error=${reason}>
    <span class="verdict__icon" part="verdict-icon">${iconFor('warning')}</span>
    <div class="verdict__text">
      ${heading(ctx.headingLevel, label.title, 'verdict__title', 'verdict-title')}
      <p class="verdict__summary" part="error-next">${label.next}</p>
    </div>
  </div>`;
}

/**
 * What the credential says, from the report's verified view only: badge image, achievement,
 * issuer, recipient, dates, description, criteria, skills, evidence and results. Every value is
 * rendered as text, markdown goes through the sanitiser, links and images through the allow-lists.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AlignmentView, CredentialView, EvidenceView, IssuerView, ResultView, SubjectView, Text } from '../../core/index.ts';
import type { IdentityKind } from '../labels/labels.ts';
import type { RenderContext } from './context.ts';
import { euProfilePanel } from './eu-profile.ts';
import { iconFor } from './icons.ts';
import { markdown } from './markdown.ts';
import { cappedList, expanderButton, heading, idFor, safeLink } from './parts.ts';
import { CLAMP_LENGTH, cleanName, cleanText, formatDate, formatNumber, looksLikeHash, pickText, shorten } from './text.ts';
import { imageSrc } from './urls.ts';

/** A one-line name from a text value, in the reader's language, with `lang` and `dir="auto"`. */
export function nameText(value: Text | undefined, ctx: RenderContext): TemplateResult | undefined {
  const picked = pickText(value, ctx.lang);
  if (!picked) return undefined;
  const { text } = cleanName(picked.value);
  if (text === '') return undefined;
  return html`<bdi dir="auto" lang=${picked.lang ?? nothing}>${text}</bdi>`;
}

/**
 * A longer text, rendered as sanitised markdown. Past {@link CLAMP_LENGTH} characters a shortened
 * version shows first, with a "Show more" button that reveals the whole text.
 */
export function longText(value: Text | undefined, ctx: RenderContext, key: string, part: string): TemplateResult | typeof nothing {
  const picked = pickText(value, ctx.lang);
  if (!picked) return nothing;
  const { text } = cleanText(picked.value);
  if (text.trim() === '') return nothing;
  const lang = picked.lang ?? nothing;
  if (text.length <= CLAMP_LENGTH) return html`<div class="prose" part=${part} lang=${lang} dir="auto">${markdown(text)}</div>`;
  const short = idFor(ctx, `${key}-short`);
  const full = idFor(ctx, `${key}-full`);
  return html`<div class="clamped" part=${part}>
    <div id=${short} class="prose" lang=${lang} dir="auto" data-collapsed-only>${markdown(shorten(text))}</div>
    <div id=${full} class="prose" lang=${lang} dir="auto" hidden>${markdown(text)}</div>
    ${expanderButton(`${short} ${full}`, ctx.labels.ui.showMore, ctx.labels.ui.showLess)}
  </div>`;
}

/** An image that does not load is removed rather than shown as a broken icon. */
function hideBrokenImage(event: Event): void {
  if (event.currentTarget instanceof HTMLImageElement) event.currentTarget.hidden = true;
}

function badgeImage(credential: CredentialView): TemplateResult | typeof nothing {
  const src = imageSrc(credential.image ?? credential.achievement?.image);
  // alt="": the achievement's name is the heading beside it; SVGs load as images, so their scripts never run.
  return src
    ? html`<img class="credential__image" part="image" src=${src} alt="" referrerpolicy="no-referrer" loading="lazy" decoding="async" @error=${hideBrokenImage} />`
    : nothing;
}

function issuerBlock(issuer: IssuerView, ctx: RenderContext): TemplateResult {
  const { ui } = ctx.labels;
  const picked = pickText(issuer.name, ctx.lang);
  const cleaned = picked ? cleanName(picked.value) : undefined;
  const name = cleaned && cleaned.text !== '' ? html`<bdi dir="auto" lang=${picked?.lang ?? nothing}>${cleaned.text}</bdi>` : html`<bdi dir="ltr">${cleanName(issuer.id).text}</bdi>`;
  const vouch = issuer.trustedBy;
  return html`<div class="issuer" part="issuer">
    <dt>${ui.issuedBy}</dt>
    <dd>
      <span class="issuer__name" part="issuer-name">${name}</span>
      ${vouch
        ? html`<p class="trust trust--confirmed" part="issuer-trust">${iconFor('shield')} ${ui.issuerConfirmed(cleanName(vouch.list).text, cleanName(vouch.name).text)}</p>`
        : html`<p class="trust trust--unconfirmed" part="issuer-trust">${iconFor('info')} ${ui.issuerUnconfirmed}</p>`}
      ${cleaned?.removed ? html`<p class="note">${iconFor('warning')} ${ui.issuerControlChars}</p>` : nothing}
      ${issuer.url && !ctx.compact ? html`<p class="issuer__url">${ui.issuerWebsite}: ${safeLink(issuer.url, undefined, ctx)}</p>` : nothing}
    </dd>
  </div>`;
}

function identityKind(type: string): IdentityKind {
  const t = type.toLowerCase();
  if (t.includes('email')) return 'email';
  if (t.includes('url') || t === 'sourcedid') return 'url';
  if (t.includes('phone') || t.includes('telephone')) return 'telephone';
  return 'other';
}

/** The recipient: a name when the credential states one, never a hash shown as if it were a name. */
function recipientBlock(subject: SubjectView, ctx: RenderContext): TemplateResult {
  const { ui } = ctx.labels;
  const picked = pickText(subject.name, ctx.lang);
  const name = picked && !looksLikeHash(picked.value) ? cleanName(picked.value).text : '';
  let shown: TemplateResult;
  if (name !== '') shown = html`<bdi dir="auto" lang=${picked?.lang ?? nothing}>${name}</bdi>`;
  else {
    const hashed = subject.identifiers.find((identifier) => identifier.hashed);
    const plain = subject.identifiers.find((identifier) => !identifier.hashed && !looksLikeHash(identifier.value));
    if (hashed) shown = html`<span class="recipient__hashed">${ui.recipientHashed(ui.identityKinds[identityKind(hashed.type)])}</span>`;
    else if (plain) shown = html`<bdi dir="ltr">${cleanName(plain.value).text}</bdi>`;
    else if (subject.id && !looksLikeHash(subject.id)) shown = html`<bdi dir="ltr" class="recipient__id">${cleanName(subject.id).text}</bdi>`;
    else shown = html`<span class="recipient__none">${ui.recipientNotNamed}</span>`;
  }
  return html`<div class="recipient" part="recipient"><dt>${ui.issuedTo}</dt><dd>${shown}</dd></div>`;
}

function dateRow(label: string, value: string | undefined, ctx: RenderContext, key: string): TemplateResult | typeof nothing {
  if (!value) return nothing;
  return html`<div class="date date--${key}"><dt>${label}</dt><dd><time datetime=${cleanName(value).text}>${formatDate(value, ctx.lang)}</time></dd></div>`;
}

function factRow(label: string, value: TemplateResult | string | undefined): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
}

function achievementFacts(credential: CredentialView, ctx: RenderContext): TemplateResult | typeof nothing {
  const achievement = credential.achievement;
  if (!achievement) return nothing;
  const { ui } = ctx.labels;
  const rows = [
    factRow(ui.achievementType, achievement.achievementType ? cleanName(achievement.achievementType).text : undefined),
    factRow(ui.credits, achievement.creditsAvailable !== undefined ? formatNumber(achievement.creditsAvailable, ctx.lang) : undefined),
    factRow(ui.fieldOfStudy, nameText(achievement.fieldOfStudy, ctx)),
    factRow(ui.specialization, nameText(achievement.specialization, ctx)),
    factRow(ui.code, achievement.humanCode ? cleanName(achievement.humanCode).text : undefined),
  ].filter((row) => row !== nothing);
  return rows.length > 0 ? html`<dl class="facts facts--achievement" part="achievement-facts">${rows}</dl>` : nothing;
}

function section(title: string, body: unknown, part: string, level: number): TemplateResult {
  return html`<section class="section" part=${part}>${heading(level, title, 'section__title')}${body}</section>`;
}

function alignmentItem(alignment: AlignmentView, index: number, ctx: RenderContext): TemplateResult {
  const name = nameText(alignment.name, ctx) ?? (alignment.code ? cleanName(alignment.code).text : undefined);
  const meta = [alignment.framework, alignment.code && alignment.name ? alignment.code : undefined].filter((v): v is string => !!v).map((v) => cleanName(v).text);
  return html`<li class="alignment">
    <span class="alignment__name">${alignment.url ? safeLink(alignment.url, name, ctx) : (name ?? nothing)}</span>
    ${meta.length > 0 ? html`<span class="meta">${meta.join(' · ')}</span>` : nothing}
    ${longText(alignment.description, ctx, `alignment-${index}`, 'alignment-description')}
  </li>`;
}

function evidenceItem(evidence: EvidenceView, index: number, ctx: RenderContext): TemplateResult {
  const name = nameText(evidence.name, ctx);
  return html`<li class="evidence">
    ${name ? html`<span class="evidence__name">${name}</span>` : nothing}
    ${evidence.id ? safeLink(evidence.id, ctx.labels.ui.evidenceLink, ctx) : nothing}
    ${evidence.genre ? html`<span class="meta">${cleanName(evidence.genre).text}</span>` : nothing}
    ${longText(evidence.description, ctx, `evidence-${index}-description`, 'evidence-description')}
    ${longText(evidence.narrative, ctx, `evidence-${index}-narrative`, 'evidence-narrative')}
  </li>`;
}

function resultItem(result: ResultView, ctx: RenderContext): TemplateResult {
  const { ui } = ctx.labels;
  const rows = [
    result.value ? cleanName(result.value).text : undefined,
    result.status ? `${ui.resultStatus}: ${cleanName(result.status).text}` : undefined,
    result.achievedLevel ? `${ui.level}: ${cleanName(result.achievedLevel).text}` : undefined,
  ].filter((row): row is string => row !== undefined);
  return html`<li class="result" dir="auto">${rows.join(' · ')}</li>`;
}

/**
 * The credential's name and who issued it: the part shown even in the compact layout, where the
 * EU micro-credential completeness line joins it (a recruiter's first question).
 */
export function credentialSummary(credential: CredentialView, ctx: RenderContext): TemplateResult {
  const name = nameText(credential.achievement?.name ?? credential.name, ctx) ?? nameText(credential.name, ctx);
  return html`<div class="credential__header">
    ${badgeImage(credential)}
    <div class="credential__heading">
      ${name ? heading(ctx.headingLevel + 1, name, 'credential__name', 'name') : nothing}
      <dl class="facts facts--people">${issuerBlock(credential.issuer, ctx)} ${recipientBlock(credential.subject, ctx)}</dl>
      ${ctx.compact ? euProfilePanel(credential, ctx) : nothing}
    </div>
  </div>`;
}

/** Everything else the credential says: dates, description, criteria, skills, evidence, results, tags. */
export function credentialDetails(credential: CredentialView, ctx: RenderContext): TemplateResult {
  const { ui } = ctx.labels;
  const level = ctx.headingLevel + 2;
  const achievement = credential.achievement;
  const description = achievement?.description ?? credential.description;
  const criteria = achievement?.criteria;
  const hasDates = credential.validFrom || credential.validUntil || credential.awardedDate;
  return html`
    ${hasDates
      ? html`<dl class="facts facts--dates" part="dates">
          ${dateRow(ui.awarded, credential.awardedDate, ctx, 'awarded')} ${dateRow(ui.validFrom, credential.validFrom, ctx, 'valid-from')}
          ${dateRow(ui.validUntil, credential.validUntil, ctx, 'valid-until')}
        </dl>`
      : nothing}
    ${achievementFacts(credential, ctx)}
    ${description ? section(ui.descriptionHeading, longText(description, ctx, 'description', 'description'), 'description-section', level) : nothing}
    ${criteria && (criteria.narrative || criteria.id)
      ? section(
          ui.criteriaHeading,
          html`${longText(criteria.narrative, ctx, 'criteria', 'criteria')}
          ${criteria.id ? html`<p>${safeLink(criteria.id, ui.criteriaLink, ctx)}</p>` : nothing}`,
          'criteria-section',
          level,
        )
      : nothing}
    ${credential.alignments.length > 0
      ? section(ui.skillsHeading, html`<ul class="list" part="alignments">${cappedList(credential.alignments, (a, i) => alignmentItem(a, i, ctx), ctx)}</ul>`, 'alignments-section', level)
      : nothing}
    ${credential.evidence.length > 0
      ? section(ui.evidenceHeading, html`<ul class="list" part="evidence">${cappedList(credential.evidence, (e, i) => evidenceItem(e, i, ctx), ctx)}</ul>`, 'evidence-section', level)
      : nothing}
    ${credential.results.length > 0
      ? section(ui.resultsHeading, html`<ul class="list" part="results">${cappedList(credential.results, (r) => resultItem(r, ctx), ctx)}</ul>`, 'results-section', level)
      : nothing}
    ${achievement && achievement.tags.length > 0
      ? section(ui.tagsHeading, html`<ul class="tags" part="tags">${cappedList(achievement.tags, (t) => html`<li dir="auto">${cleanName(t).text}</li>`, ctx)}</ul>`, 'tags-section', level)
      : nothing}
    ${ctx.compact ? nothing : euProfilePanel(credential, ctx)}
  `;
}

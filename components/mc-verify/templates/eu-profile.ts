/**
 * The EU micro-credential panel: what a credential states of Annex I of Council Recommendation
 * 2022/C 243/02 (`credential.euProfile`). A completeness line a recruiter reads at a glance, the
 * sixteen elements in Annex I order with their values, the profile's warnings, and for experts the
 * JSON path of every value. Every value is rendered as text; links go through the allow-list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CredentialView, Text } from '../../core/index.ts';
import type { Convention, ElementEntry, ElementValue, EuElement, EuProfile, NormalisedViews, Skill, SkillFramework, SourceDocument } from '../../core/profile/types.ts';
import type { SupervisionCase } from '../labels/labels.ts';
import type { RenderContext } from './context.ts';
import { iconFor } from './icons.ts';
import { cappedList, expanderButton, heading, idFor, safeLink } from './parts.ts';
import { CLAMP_LENGTH, cleanName, cleanText, formatDate, formatNumber, looksLikeHash, pickText, shorten } from './text.ts';
import { problemSentence } from './verdict.ts';

type Rendered = TemplateResult | undefined;

/** The data models a value can be read by: proper names, the same in every language. */
const CONVENTIONS: Readonly<Record<Convention, string>> = {
  elm: 'European Learning Model',
  ob3: 'Open Badges 3.0',
  ob2: 'Open Badges 2.0',
  vc: 'W3C Verifiable Credentials',
  educredentials: 'educredentials',
  edubadges: 'Edubadges',
};

const FRAMEWORKS: Readonly<Record<SkillFramework, string | undefined>> = { esco: 'ESCO', digcomp: 'DigComp', other: undefined };

/** A language tag as an attribute, or nothing: a malformed tag from a credential would make the page's language invalid. */
function langAttr(tag: string | undefined): string | typeof nothing {
  return tag !== undefined && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : nothing;
}

/** A one-line text in the reader's language, or undefined when it is empty. */
function oneLine(value: Text | undefined, ctx: RenderContext): Rendered {
  const picked = pickText(value, ctx.lang);
  const text = picked ? cleanName(picked.value).text : '';
  return text === '' ? undefined : html`<bdi dir="auto" lang=${langAttr(picked?.lang)}>${text}</bdi>`;
}

/** A longer text as plain text (never markup), shortened behind "Show more" past {@link CLAMP_LENGTH}. */
function plainText(value: Text | undefined, ctx: RenderContext, key: string): Rendered {
  const picked = pickText(value, ctx.lang);
  const text = picked ? cleanText(picked.value).text : '';
  if (text.trim() === '') return undefined;
  const lang = langAttr(picked?.lang);
  if (text.length <= CLAMP_LENGTH) return html`<span class="eu-text" lang=${lang} dir="auto">${text}</span>`;
  const short = idFor(ctx, `${key}-short`);
  const full = idFor(ctx, `${key}-full`);
  return html`<span id=${short} class="eu-text" lang=${lang} dir="auto" data-collapsed-only>${shorten(text)}</span
    ><span id=${full} class="eu-text" lang=${lang} dir="auto" hidden>${text}</span>
    ${expanderButton(`${short} ${full}`, ctx.labels.ui.showMore, ctx.labels.ui.showLess)}`;
}

/** Secondary facts after a value, joined; nothing when there are none. */
function meta(parts: readonly (string | undefined)[]): TemplateResult | typeof nothing {
  const shown = parts.filter((part): part is string => part !== undefined && part !== '');
  return shown.length > 0 ? html` <span class="eu-meta">${shown.join(' · ')}</span>` : nothing;
}

function plainString(value: Text | undefined, ctx: RenderContext): string | undefined {
  const picked = pickText(value, ctx.lang);
  const text = picked ? cleanName(picked.value).text : '';
  return text === '' ? undefined : text;
}

/** A country's name in the reader's language; the code when the browser has no names. */
export function countryName(code: string, lang: string): string {
  const clean = cleanName(code).text;
  if (!/^[a-z]{2}$/i.test(clean) || !('DisplayNames' in Intl)) return clean;
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' }).of(clean.toUpperCase()) ?? clean;
  } catch {
    return clean;
  }
}

/** Names joined as the language lists them ("a, b and c"). */
function listOf(names: readonly string[], lang: string): string {
  try {
    return new Intl.ListFormat([lang], { style: 'long', type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

function hoursText(hours: number, views: NormalisedViews, ctx: RenderContext): TemplateResult {
  const { eu } = ctx.labels;
  const ratio = views.hoursPerEcts !== undefined && hours === views.hours ? eu.hoursPerEcts(formatNumber(Math.round(views.hoursPerEcts * 10) / 10, ctx.lang)) : undefined;
  return html`${eu.hours(hours, formatNumber(hours, ctx.lang))}${ratio ? ` (${ratio})` : nothing}`;
}

/** A link when the URL is http(s), the text alone otherwise. */
function linked(url: string | undefined, text: TemplateResult | string, ctx: RenderContext): TemplateResult {
  const link = safeLink(url, text, ctx);
  return link === nothing ? html`${text}` : link;
}

function skillItem(skill: Skill, ctx: RenderContext): TemplateResult {
  const label = oneLine(skill.label, ctx) ?? html`<bdi dir="ltr">${cleanName(skill.uri).text}</bdi>`;
  return html`<span class="eu-skill">${linked(skill.uri, label, ctx)}</span>${meta([FRAMEWORKS[skill.framework], skill.code ? cleanName(skill.code).text : undefined])}`;
}

function skillList(skills: readonly Skill[], ctx: RenderContext): TemplateResult | typeof nothing {
  if (skills.length === 0) return nothing;
  return html`<ul class="eu-skills" part="eu-skills">${cappedList(skills, (skill) => html`<li>${skillItem(skill, ctx)}</li>`, ctx)}</ul>`;
}

function supervisionCase(supervised: boolean | undefined, idVerified: boolean | undefined): SupervisionCase | undefined {
  const id = idVerified === undefined ? undefined : idVerified ? 'verified' : 'unverified';
  if (supervised === undefined) return id;
  const head = supervised ? 'supervised' : 'unsupervised';
  return id ? `${head}-${id}` : head;
}

function dateText(date: string, ctx: RenderContext): TemplateResult {
  return html`<time datetime=${cleanName(date).text}>${formatDate(date, ctx.lang)}</time>`;
}

/** The identity kinds are written for the middle of a sentence; as a field name they start a line. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function identifierText(value: Extract<ElementValue, { kind: 'identifier' }>, ctx: RenderContext): Rendered {
  const { ui, eu } = ctx.labels;
  const scheme = value.scheme.toLowerCase();
  const kind = scheme.includes('email') ? ui.identityKinds.email : scheme.includes('phone') ? ui.identityKinds.telephone : undefined;
  // A digest is never shown as if it identified someone, whatever the credential says of it.
  if (value.hashed || looksLikeHash(value.value)) return html`${ui.recipientHashed(kind ?? ui.identityKinds.other)}`;
  const name = kind ? capitalised(kind) : scheme === 'nationalid' ? eu.nationalId : scheme === 'id' ? capitalised(ui.identityKinds.other) : cleanName(value.scheme).text;
  const country = value.country ? countryName(value.country, ctx.lang) : undefined;
  return html`${name}${ctx.labels.eu.colon}<bdi dir="ltr">${cleanName(value.value).text}</bdi>${country ? ` (${country})` : nothing}`;
}

function qualityText(value: Extract<ElementValue, { kind: 'quality-assurance' }>, ctx: RenderContext, key: string): Rendered {
  const typeLabel = plainString(value.type?.label, ctx);
  const main = plainString(value.name, ctx) ?? typeLabel ?? (value.code ? cleanName(value.code).text : undefined);
  const agent = plainString(value.agent, ctx);
  const head = main ? linked(value.url, main, ctx) : safeLink(value.url, undefined, ctx);
  const description = plainText(value.description, ctx, `${key}-description`);
  if (head === nothing && !agent && !description) return undefined;
  return html`${head}${meta([main !== typeLabel ? typeLabel : undefined, agent ? `${ctx.labels.eu.qualityBody}${ctx.labels.eu.colon}${agent}` : undefined])}${description
    ? html`<br />${description}`
    : nothing}`;
}

function stackabilityText(value: Extract<ElementValue, { kind: 'stackability' }>, ctx: RenderContext): Rendered {
  const { eu } = ctx.labels;
  const facts: TemplateResult[] = [];
  if (value.stackable !== undefined) facts.push(html`${value.stackable ? eu.stackable : eu.standAlone}`);
  if (value.partialQualification !== undefined) facts.push(html`${value.partialQualification ? eu.partialQualification : eu.notPartialQualification}`);
  const target = oneLine(value.label, ctx) ?? (value.target ? html`<bdi dir="ltr">${cleanName(value.target).text}</bdi>` : undefined);
  if (target) facts.push(value.relation ? html`${eu.relations[value.relation]}${eu.colon}${linked(value.target, target, ctx)}` : target);
  return facts.length > 0 ? html`${facts.map((fact, index) => (index === 0 ? fact : html`; ${fact}`))}` : undefined;
}

/** One value, as words a reader understands; undefined when it has nothing to show. */
function valueText(value: ElementValue, ctx: RenderContext, views: NormalisedViews, key: string): Rendered {
  const { eu } = ctx.labels;
  switch (value.kind) {
    case 'text':
      return plainText(value.text, ctx, key);
    case 'name': {
      const name = oneLine(value.text, ctx);
      if (!name) return undefined;
      return value.part === 'full' ? name : html`${value.part === 'given' ? eu.givenName : eu.familyName}${eu.colon}${name}`;
    }
    case 'identifier':
      return identifierText(value, ctx);
    case 'date':
      return html`${eu.dates[value.meaning]}${eu.colon}${dateText(value.date, ctx)}`;
    case 'organisation': {
      const name = oneLine(value.name, ctx) ?? (value.id ? html`<bdi dir="ltr">${cleanName(value.id).text}</bdi>` : undefined);
      return name ? html`${name}${meta([value.role === 'awarding-body' ? undefined : eu.roles[value.role]])}` : undefined;
    }
    case 'country':
      return html`${countryName(value.code, ctx.lang)}`;
    case 'region': {
      const code = value.code ?? value.uri;
      return oneLine(value.label, ctx) ?? (code ? html`<bdi dir="ltr">${cleanName(code).text}</bdi>` : undefined);
    }
    case 'outcome': {
      const title = oneLine(value.title, ctx);
      return title || value.skills.length > 0 ? html`${title ?? nothing}${skillList(value.skills, ctx)}` : undefined;
    }
    case 'skill':
      return skillItem(value, ctx);
    case 'ects':
      return html`${eu.ects(value.credits, formatNumber(value.credits, ctx.lang))}${meta([value.assumed ? eu.ectsAssumed : undefined])}`;
    case 'credits':
      return html`${eu.credits(value.credits, formatNumber(value.credits, ctx.lang))}${meta([
        plainString(value.frameworkLabel, ctx) ?? (value.framework ? cleanName(value.framework).text : undefined),
      ])}`;
    case 'duration':
      return value.hours !== undefined ? hoursText(value.hours, views, ctx) : html`${eu.durationAsStated(cleanName(value.iso).text)}`;
    case 'hours':
      return hoursText(value.hours, views, ctx);
    case 'eqf':
      return linked(value.uri, eu.eqf(value.level), ctx);
    case 'framework-level':
    case 'concept': {
      const label = oneLine(value.label, ctx) ?? (value.kind === 'framework-level' && value.code ? html`${cleanName(value.code).text}` : undefined);
      const shown = label ?? (value.uri ? html`<bdi dir="ltr">${cleanName(value.uri).text}</bdi>` : undefined);
      return shown && value.kind === 'framework-level' ? html`${shown}${meta([value.framework ? cleanName(value.framework).text : undefined])}` : shown;
    }
    case 'term':
      return html`${cleanName(value.term).text}`;
    case 'supervision': {
      const known = supervisionCase(value.supervised, value.idVerified);
      return known ? html`${eu.supervision[known]}` : (oneLine(value.label, ctx) ?? (value.term ? html`${cleanName(value.term).text}` : undefined));
    }
    case 'quality-assurance':
      return qualityText(value, ctx, key);
    case 'grade': {
      const grade = oneLine(value.value, ctx);
      const scale = plainString(value.scale?.name, ctx) ?? (value.scale?.type ? cleanName(value.scale.type).text : undefined);
      return grade ? html`${grade}${meta([scale ? `${eu.gradeScale}${eu.colon}${scale}` : undefined])}` : undefined;
    }
    case 'stackability':
      return stackabilityText(value, ctx);
    case 'link':
      return linked(value.url, oneLine(value.label, ctx) ?? html`<bdi dir="ltr">${cleanName(value.url).text}</bdi>`, ctx);
  }
}

/**
 * The values worth showing: each distinct value once (the same title read at two paths is one),
 * given and family names only without a full name, a bare `id` only when nothing else identifies.
 */
function shownValues(element: EuElement): ElementValue[] {
  const seen = new Set<string>();
  const values = element.values.map((entry) => entry.value).filter((value) => {
    const key = JSON.stringify(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const hasFull = values.some((value) => value.kind === 'name' && value.part === 'full');
  const named = values.filter((value) => !(hasFull && value.kind === 'name' && value.part !== 'full'));
  const identifying = named.filter((value) => !(value.kind === 'identifier' && value.scheme === 'id'));
  return identifying.length > 0 ? identifying : named;
}

/** "Not stated", with an icon and words: a required element gets the warning shape, an optional one a dash. */
function notStated(mandatory: boolean, ctx: RenderContext): TemplateResult {
  return html`<span class="eu-not-stated ${mandatory ? 'eu-not-stated--required' : ''}" part="eu-not-stated"
    >${iconFor(mandatory ? 'warning' : 'minus')}<span>${ctx.labels.eu.notStated}</span></span
  >`;
}

function elementRow(element: EuElement, profile: EuProfile, ctx: RenderContext): TemplateResult {
  const items = shownValues(element)
    .map((value, index) => valueText(value, ctx, profile.views, `eu-${element.id}-${index}`))
    .filter((item): item is TemplateResult => item !== undefined);
  const missing = items.length === 0;
  let body: TemplateResult;
  if (missing) body = notStated(element.mandatory, ctx);
  else if (items.length === 1 && items[0]) body = items[0];
  else body = html`<ul class="eu-values">${cappedList(items, (item) => html`<li>${item}</li>`, ctx)}</ul>`;
  return html`<div class="eu-element${missing ? ' eu-element--missing' : ''}" part=${missing ? 'eu-element eu-element-missing' : 'eu-element'} data-element=${element.id}>
    <dt>${ctx.labels.eu.elements[element.id].name}</dt>
    <dd>${body}</dd>
  </div>`;
}

/** "10 of 11 required elements stated — missing: type of quality assurance", with an icon that repeats it. */
function completenessLine(profile: EuProfile, ctx: RenderContext): TemplateResult {
  const { eu } = ctx.labels;
  const { mandatoryPresent, mandatoryTotal, missing } = profile.completeness;
  const complete = missing.length === 0;
  const text = complete
    ? eu.complete(mandatoryTotal)
    : `${eu.completeness(mandatoryPresent, mandatoryTotal)} — ${eu.missing(listOf(missing.map((id) => eu.elements[id].inSentence), ctx.lang))}`;
  return html`<p class="eu__completeness" part="eu-completeness" data-complete=${String(complete)}>${iconFor(complete ? 'check' : 'warning')}<span>${text}</span></p>`;
}

/** "2 ECTS credits · EQF level 6", or nothing when the credential states neither. */
function summaryLine(views: NormalisedViews, ctx: RenderContext): TemplateResult | typeof nothing {
  const { eu } = ctx.labels;
  const parts = [
    views.ects !== undefined ? eu.ects(views.ects, formatNumber(views.ects, ctx.lang)) : undefined,
    views.eqfLevel !== undefined ? eu.eqf(views.eqfLevel) : undefined,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? html`<p class="eu__summary" part="eu-summary">${parts.join(' · ')}</p>` : nothing;
}

/** The profile's warnings in plain words; a missing element already shows as "Not stated". */
function warningList(profile: EuProfile, ctx: RenderContext, level: number): TemplateResult | typeof nothing {
  const sentences = [...new Set(profile.warnings.filter((warning) => warning.code !== 'EU_ELEMENT_MISSING').map((warning) => problemSentence(warning, ctx.labels)))];
  if (sentences.length === 0) return nothing;
  return html`<div class="eu__warnings" part="eu-warnings">
    ${heading(level, ctx.labels.eu.warningsHeading, 'eu__subtitle')}
    <ul>
      ${cappedList(sentences, (sentence) => html`<li>${iconFor('warning')}<span>${sentence}</span></li>`, ctx)}
    </ul>
  </div>`;
}

function sourceItem(path: string, document: SourceDocument, ctx: RenderContext, convention?: Convention, covered?: boolean): TemplateResult {
  const { eu } = ctx.labels;
  return html`<li>
    <code dir="ltr">${cleanName(path).text}</code>${meta([
      document === 'credential' ? undefined : eu.documents[document],
      convention ? CONVENTIONS[convention] : undefined,
      covered === false ? eu.notCovered : undefined,
    ])}
  </li>`;
}

function sourceRow(name: string, items: readonly TemplateResult[], ctx: RenderContext): TemplateResult {
  return html`<div>
    <dt>${name}</dt>
    <dd><ul>${cappedList(items, (item) => item, ctx)}</ul></dd>
  </div>`;
}

/** For experts: the JSON path of every value and of every micro-credential signal, behind a button. */
function sourcesBlock(profile: EuProfile, ctx: RenderContext): TemplateResult {
  const { eu } = ctx.labels;
  const region = idFor(ctx, 'eu-sources');
  const signals = profile.claimsMicroCredential.signals;
  const withValues = profile.elements.filter((element) => element.values.length > 0);
  const entry = (value: ElementEntry): TemplateResult => sourceItem(value.path, value.document, ctx, value.convention, value.covered);
  return html`${expanderButton(region, eu.sources, eu.sources)}
    <div id=${region} class="eu__sources" hidden>
      <dl class="eu__paths" part="eu-sources">
        ${signals.length > 0 ? sourceRow(eu.claimSources, signals.map((signal) => sourceItem(signal.path, signal.document, ctx)), ctx) : nothing}
        ${withValues.map((element) => sourceRow(eu.elements[element.id].name, element.values.map(entry), ctx))}
      </dl>
    </div>`;
}

function elementList(elements: readonly EuElement[], profile: EuProfile, ctx: RenderContext, title: string, level: number, kind: string): TemplateResult {
  return html`${heading(level, title, 'eu__subtitle')}
    <dl class="eu__elements eu__elements--${kind}" part="eu-elements">
      ${elements.map((element) => elementRow(element, profile, ctx))}
    </dl>`;
}

/** The compact layout: the completeness line and the ECTS/EQF summary, nothing more. */
function compactPanel(profile: EuProfile, ctx: RenderContext): TemplateResult {
  return html`<div class="eu eu--compact" part="eu-profile">
    <p class="eu__label">${ctx.labels.checks['eu-profile'].name}</p>
    ${completenessLine(profile, ctx)} ${summaryLine(profile.views, ctx)}
  </div>`;
}

function fullPanel(profile: EuProfile, ctx: RenderContext): TemplateResult {
  const { eu } = ctx.labels;
  const level = ctx.headingLevel + 2;
  const claimed = profile.claimsMicroCredential.claimed;
  return html`<section class="section eu" part="eu-profile">
    ${heading(level, ctx.labels.checks['eu-profile'].name, 'section__title')}
    <p class="eu__intro">${eu.intro}</p>
    ${completenessLine(profile, ctx)} ${summaryLine(profile.views, ctx)}
    <p class="eu__claim" part="eu-claim" data-claimed=${String(claimed)}>${iconFor('info')}<span>${claimed ? eu.claimed : eu.notClaimed}</span></p>
    ${elementList(
      profile.elements.filter((element) => element.mandatory),
      profile,
      ctx,
      eu.mandatoryHeading,
      level + 1,
      'mandatory',
    )}
    ${elementList(
      profile.elements.filter((element) => !element.mandatory),
      profile,
      ctx,
      eu.optionalHeading,
      level + 1,
      'optional',
    )}
    ${warningList(profile, ctx, level + 1)} ${sourcesBlock(profile, ctx)}
  </section>`;
}

/**
 * The EU micro-credential panel: nothing when the credential has no `euProfile`; in the compact
 * layout the completeness line and the ECTS/EQF summary, otherwise everything.
 */
export function euProfilePanel(credential: CredentialView, ctx: RenderContext): TemplateResult | typeof nothing {
  const profile = credential.euProfile;
  if (!profile) return nothing;
  return ctx.compact ? compactPanel(profile, ctx) : fullPanel(profile, ctx);
}

/**
 * Readers shared by the extractors: each reads one kind of value at a node, adds it to an element
 * and reports what it could not read. A reader never adds a value it had to guess.
 */
import { quote } from '../problems.ts';
import type { Text } from '../report.ts';
import { where, type Collector } from './collector.ts';
import { looksLikeCountryCode, resolveCountry } from './countries.ts';
import { durationHours, hasMonths, parseDuration } from './durations.ts';
import { parseCredits, parseQuantity } from './ects.ts';
import { eqfUri, parseEqf } from './eqf.ts';
import { pickLanguage, toText } from './languages.ts';
import { isEscoNonSkillUri, isEscoSkillUri, skillFramework } from './skills.ts';
import type { Convention, ElementId, ElementValue, OrganisationRole, Skill } from './types.ts';
import { idOf, isRecord, type JsonNode } from './walk.ts';

export function textOf(node: JsonNode | undefined): Text | undefined {
  return node ? toText(node.value) : undefined;
}

/** One language of a text, for warning details. */
export function shown(text: Text | undefined, c: Collector): string | undefined {
  return pickLanguage(text, c.locale)?.text;
}

/** Adds a text value when the node states one. */
export function addText(c: Collector, element: ElementId, node: JsonNode | undefined, convention: Convention): boolean {
  const text = textOf(node);
  if (text === undefined || !node) return false;
  c.add(element, { kind: 'text', text }, node, convention);
  return true;
}

/** A credit value: ECTS when `ects`, else credits in the given framework. */
export function addCredits(
  c: Collector,
  node: JsonNode | undefined,
  convention: Convention,
  as: { ects: true; assumed: boolean } | { ects: false; framework?: string; frameworkLabel?: Text },
): number | undefined {
  if (!node) return undefined;
  const credits = parseCredits(node.value);
  if (credits === undefined) {
    c.warn('CREDITS_MALFORMED', `${where(node)} is ${quote(node.value)}, not a non-negative number`);
    return undefined;
  }
  if (as.ects) {
    c.add('workload', { kind: 'ects', credits, assumed: as.assumed }, node, convention);
  } else {
    c.add('workload', { kind: 'credits', credits, ...(as.framework ? { framework: as.framework } : {}), ...(as.frameworkLabel ? { frameworkLabel: as.frameworkLabel } : {}) }, node, convention);
  }
  return credits;
}

/** An ISO 8601 workload duration; months are kept but flagged, never converted. */
export function addDuration(c: Collector, node: JsonNode | undefined, convention: Convention): void {
  if (!node) return;
  const parsed = parseDuration(node.value);
  if (!parsed.ok) {
    c.warn('DURATION_MALFORMED', `${where(node)} is ${quote(node.value)}: ${parsed.reason}`);
    return;
  }
  const hours = durationHours(parsed.parts);
  c.add('workload', hours === undefined ? { kind: 'duration', iso: parsed.iso } : { kind: 'duration', iso: parsed.iso, hours }, node, convention);
  if (hasMonths(parsed.parts)) {
    c.warn(
      'DURATION_MONTHS_SUSPICIOUS',
      `${where(node)} is ${quote(parsed.iso)}: ${parsed.parts.months} months of workload (minutes would be PT${parsed.parts.months}M)`,
    );
  }
}

/** Hours stated as a plain number. */
export function addHours(c: Collector, node: JsonNode | undefined, convention: Convention): void {
  if (!node) return;
  const hours = parseQuantity(node.value);
  if (hours === undefined) {
    c.warn('DURATION_MALFORMED', `${where(node)} is ${quote(node.value)}, not a number of hours`);
    return;
  }
  c.add('workload', { kind: 'hours', hours }, node, convention);
}

/** An EQF level from a URI, number or code; an unreadable statement is kept as a framework level and reported. */
export function addEqf(c: Collector, node: JsonNode | undefined, convention: Convention, fallback?: { label?: Text; uri?: string }): boolean {
  if (!node) return false;
  const level = parseEqf(node.value);
  if (level !== undefined) {
    c.add('level', { kind: 'eqf', level, uri: eqfUri(level) }, node, convention);
    return true;
  }
  c.warn('EQF_LEVEL_MALFORMED', `${where(node)} is ${quote(node.value)}, not an EQF level from 1 to 8`);
  if (fallback && (fallback.label !== undefined || fallback.uri !== undefined)) {
    c.add('level', { kind: 'framework-level', framework: 'EQF', ...fallback }, node, convention);
    return true;
  }
  return false;
}

/** A country code or authority URI; a free-text country name is kept as text. */
export function addCountry(c: Collector, node: JsonNode | undefined, convention: Convention, label?: Text): void {
  if (!node) return;
  const value = typeof node.value === 'string' ? node.value : idOf(node);
  const country = resolveCountry(value);
  if (country) {
    c.add('issuer-country', { kind: 'country', code: country.code, alpha3: country.alpha3, ...(label !== undefined ? { label } : {}) }, node, convention);
    return;
  }
  if (value !== undefined && looksLikeCountryCode(value)) {
    c.warn('COUNTRY_UNRECOGNISED', `${where(node)} is ${quote(value)}, not a recognised ISO 3166-1 code`);
    c.add('issuer-country', { kind: 'region', ...(value.includes(':') ? { uri: value } : { code: value }), ...(label !== undefined ? { label } : {}) }, node, convention);
    return;
  }
  const text = textOf(node) ?? label;
  if (text !== undefined) c.add('issuer-country', { kind: 'text', text }, node, convention);
}

/**
 * A skill from its URI and label. `claimedEsco`: the credential places it in ESCO (ELM
 * `relatedESCOSkill`, OB `targetFramework: "ESCO"`), so a URI that is not an ESCO skill is reported.
 */
export function skillOf(c: Collector, node: JsonNode, uri: string | undefined, label: Text | undefined, claimedEsco: boolean, code?: string): Skill | undefined {
  if (uri === undefined) return undefined;
  const framework = skillFramework(uri);
  if ((claimedEsco || framework === 'esco') && !isEscoSkillUri(uri) && !isEscoNonSkillUri(uri)) {
    c.warn('ESCO_URI_MALFORMED', `${where(node)} names ${quote(uri)}${label !== undefined ? ` (${quote(shown(label, c))})` : ''}, not an ESCO skill URI http://data.europa.eu/esco/skill/<uuid>`);
  }
  return { uri, framework, ...(label !== undefined ? { label } : {}), ...(code !== undefined ? { code } : {}) };
}

/** A concept (ELM `Concept`, or a bare IRI) as stated. */
export function conceptOf(node: JsonNode | undefined): { uri?: string; scheme?: string; label?: Text } | undefined {
  if (!node) return undefined;
  if (typeof node.value === 'string') return node.value.trim() === '' ? undefined : /^[a-z][a-z0-9+.-]*:\S+$/i.test(node.value) ? { uri: node.value } : { label: node.value };
  if (!isRecord(node.value)) return undefined;
  const uri = typeof node.value.id === 'string' ? node.value.id : undefined;
  const inScheme = node.value.inScheme;
  const scheme = typeof inScheme === 'string' ? inScheme : isRecord(inScheme) && typeof inScheme.id === 'string' ? inScheme.id : undefined;
  const label = toText(node.value.prefLabel) ?? toText(node.value.notation);
  if (uri === undefined && label === undefined) return undefined;
  return { ...(uri !== undefined ? { uri } : {}), ...(scheme !== undefined ? { scheme } : {}), ...(label !== undefined ? { label } : {}) };
}

export function addConcept(c: Collector, element: ElementId, node: JsonNode | undefined, convention: Convention): boolean {
  const concept = conceptOf(node);
  if (!concept || !node) return false;
  c.add(element, { kind: 'concept', ...concept }, node, convention);
  return true;
}

/** A boolean as stated: JSON true/false, or the strings "true"/"false". */
export function booleanOf(node: JsonNode | undefined): boolean | undefined {
  if (!node) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (node.value === 'true') return true;
  if (node.value === 'false') return false;
  return undefined;
}

/** An organisation value with only the parts that were stated. */
export function organisationValue(role: OrganisationRole, parts: { id?: string | undefined; name?: Text | undefined; homepage?: string | undefined }, identifiers: { scheme?: string; value: string }[]): ElementValue {
  return {
    kind: 'organisation',
    role,
    ...(parts.id !== undefined ? { id: parts.id } : {}),
    ...(parts.name !== undefined ? { name: parts.name } : {}),
    ...(parts.homepage !== undefined ? { homepage: parts.homepage } : {}),
    identifiers,
  };
}

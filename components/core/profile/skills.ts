/**
 * Skill frameworks by concept URI. ESCO skills are `http://data.europa.eu/esco/skill/<uuid>`
 * (scheme `http://data.europa.eu/esco/concept-scheme/skills`); DigComp competences are
 * `http://data.europa.eu/snb/dcf/<id>` (eu-edc.md §7).
 */
import type { SkillFramework } from './types.ts';

const ESCO_SKILL = /^https?:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/?$/i;
const ESCO_ANY = /^https?:\/\/data\.europa\.eu\/esco\//i;
const DIGCOMP = /^https?:\/\/data\.europa\.eu\/snb\/dcf\//i;

export function isEscoSkillUri(uri: string): boolean {
  return ESCO_SKILL.test(uri);
}

export function skillFramework(uri: string): SkillFramework {
  if (ESCO_ANY.test(uri)) return 'esco';
  if (DIGCOMP.test(uri)) return 'digcomp';
  return 'other';
}

/** ESCO concepts that are not skills (occupations, ISCO groups, schemes): not worth a warning when named as a skill. */
const ESCO_NOT_SKILL = /^https?:\/\/data\.europa\.eu\/esco\/(?:occupation|isco|concept-scheme)\//i;

export function isEscoNonSkillUri(uri: string): boolean {
  return ESCO_NOT_SKILL.test(uri);
}

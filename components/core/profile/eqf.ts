/**
 * European Qualifications Framework levels. ELM states the concept URI
 * `http://data.europa.eu/snb/eqf/{1..8}` (scheme `…/eqf/25831c2`); Open Badges implementers state
 * a code or a name in an alignment ("4", "EQF level 4") or a number in an Edubadges extension.
 */
import type { EqfLevel } from './types.ts';

export const EQF_URI_BASE = 'http://data.europa.eu/snb/eqf/';

const EQF_URI = /^https?:\/\/data\.europa\.eu\/snb\/eqf\/(\d+)\/?$/;
/** "6", "6.0", "EQF 6", "EQF-6", "EQF6", "level 6", "Level 6", "EQF level 6", "EQF Level: 6". */
const EQF_CODE = /^(?:eqf\s*[-:]?\s*)?(?:level\s*[-:]?\s*)?(\d{1,2})(?:\.0+)?$/i;

export function eqfUri(level: EqfLevel): string {
  return `${EQF_URI_BASE}${level}`;
}

function asLevel(n: number): EqfLevel | undefined {
  return Number.isInteger(n) && n >= 1 && n <= 8 ? (n as EqfLevel) : undefined;
}

/** Whether a string is an EQF concept URI (of any number). */
export function isEqfUri(value: unknown): value is string {
  return typeof value === 'string' && EQF_URI.test(value);
}

/** Reads an EQF level from a concept URI, a number or a code. */
export function parseEqf(value: unknown): EqfLevel | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, '@value')) {
    return parseEqf((value as Record<string, unknown>)['@value']);
  }
  if (typeof value === 'number') return asLevel(value);
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const text = value.trim();
  const uri = EQF_URI.exec(text);
  if (uri) return asLevel(Number(uri[1]));
  const code = EQF_CODE.exec(text);
  return code ? asLevel(Number(code[1])) : undefined;
}

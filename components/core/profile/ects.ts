/**
 * Credit values as credentials state them: ELM `creditPoint.point` is a string ("2"),
 * educredentials `ECTS` is typed xsd:integer but sent as 3.0, Edubadges `ECTS` is a JSON number,
 * and decimal commas occur ("2,5"). All become a number; anything else is refused, never guessed.
 */

/** The ELM credit framework concept for ECTS (eu-edc.md §7). */
export const ECTS_FRAMEWORK_URI = 'http://data.europa.eu/snb/education-credit/6fcec5c5af';

/** ECTS Users' Guide 2015: 60 credits ≈ 1,500–1,800 hours, so 25–30 h per credit; warn outside 20–35 (eu-edc.md §7). */
export const HOURS_PER_ECTS_MIN = 20;
export const HOURS_PER_ECTS_MAX = 35;

const DECIMAL = /^(\d{1,6})(?:[.,](\d{1,6}))?$/;
const ECTS_SUFFIX = /\s*ECTS$/i;

/** A JSON-LD value object's `@value`, or the value itself. */
function scalar(value: unknown): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, '@value')
    ? (value as Record<string, unknown>)['@value']
    : value;
}

/** Reads a non-negative quantity: a finite number, or a decimal string with `.` or `,`. */
export function parseQuantity(value: unknown): number | undefined {
  const raw = scalar(value);
  if (typeof raw === 'number') return Number.isFinite(raw) && raw >= 0 ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const match = DECIMAL.exec(raw.trim());
  if (!match) return undefined;
  return Number(match[2] === undefined ? match[1] : `${match[1]}.${match[2]}`);
}

/** Reads a credit value: a quantity, optionally followed by the unit "ECTS". */
export function parseCredits(value: unknown): number | undefined {
  const raw = scalar(value);
  return parseQuantity(typeof raw === 'string' ? raw.trim().replace(ECTS_SUFFIX, '') : raw);
}

/** Whether a framework concept URI is ECTS (tolerating https and a trailing slash). */
export function isEctsFramework(uri: unknown): boolean {
  return typeof uri === 'string' && uri.replace(/^https:/, 'http:').replace(/\/$/, '') === ECTS_FRAMEWORK_URI;
}

/** Hours per ECTS credit, rounded to two decimals; undefined for zero credits. */
export function hoursPerEcts(hours: number, ects: number): number | undefined {
  if (!(ects > 0)) return undefined;
  return Math.round((hours / ects) * 100) / 100;
}

export function workloadRatioUnusual(ratio: number): boolean {
  return ratio < HOURS_PER_ECTS_MIN || ratio > HOURS_PER_ECTS_MAX;
}

/**
 * ISO 8601 durations (ELM `volumeOfLearning` is an xsd:duration), read strictly.
 *
 * The trap this guards against: `P60M` is sixty *months*, `PT60M` sixty minutes. The EC's own
 * Annex I sample states `P60M` on a learning activity next to `PT60H` on the qualification
 * (eu-edc.md §1.2), so a month count in a workload is reported, never converted.
 */

export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export type DurationParse = { ok: true; iso: string; parts: DurationParts } | { ok: false; reason: string };

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
/** ISO 8601-1 §5.5.2: PnYnMnDTnHnMnS, or PnW on its own. No sign: a workload is never negative. */
const DURATION = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);
const WEEKS = new RegExp(`^P${NUMBER}W$`);
/** Longer strings are not durations anyone writes; refusing them bounds the work. */
const MAX_LENGTH = 64;

const toNumber = (text: string | undefined) => (text === undefined ? 0 : Number(text.replace(',', '.')));

/** Parses an ISO 8601 duration. Only the smallest stated component may carry a fraction (ISO 8601-1 §5.5.2.4). */
export function parseDuration(value: unknown): DurationParse {
  if (typeof value !== 'string') return { ok: false, reason: 'not a string' };
  if (value.length > MAX_LENGTH) return { ok: false, reason: `longer than ${MAX_LENGTH} characters` };
  const weeks = WEEKS.exec(value);
  if (weeks) {
    return { ok: true, iso: value, parts: { years: 0, months: 0, weeks: toNumber(weeks[1]), days: 0, hours: 0, minutes: 0, seconds: 0 } };
  }
  const match = DURATION.exec(value);
  if (!match) return { ok: false, reason: 'not of the form PnYnMnDTnHnMnS or PnW' };
  const components = match.slice(1, 7);
  const stated = components.map((text, i) => [text, i] as const).filter(([text]) => text !== undefined);
  if (stated.length === 0) return { ok: false, reason: 'no component is stated' };
  if (value.endsWith('T')) return { ok: false, reason: 'T is not followed by a time component' };
  const fractional = stated.filter(([text]) => /[.,]/.test(text!));
  if (fractional.length > 1 || (fractional.length === 1 && fractional[0]![1] !== stated[stated.length - 1]![1])) {
    return { ok: false, reason: 'only the smallest component may have a fraction' };
  }
  const [years, months, days, hours, minutes, seconds] = components.map(toNumber) as [number, number, number, number, number, number];
  return { ok: true, iso: value, parts: { years, months, weeks: 0, days, hours, minutes, seconds } };
}

/**
 * The duration in hours, when it converts exactly: time components only. Days, weeks, months and
 * years of study are not a number of hours (a study day is not 24 hours; a month has no fixed length).
 */
export function durationHours(parts: DurationParts): number | undefined {
  if (parts.years !== 0 || parts.months !== 0 || parts.weeks !== 0 || parts.days !== 0) return undefined;
  const hours = parts.hours + parts.minutes / 60 + parts.seconds / 3600;
  return Math.round(hours * 1e6) / 1e6;
}

/** Whether the duration counts calendar months (the `P…M` before any `T`). */
export function hasMonths(parts: DurationParts): boolean {
  return parts.months !== 0;
}

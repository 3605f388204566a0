/**
 * ISO 8601 durations, read strictly: `PT60H` is sixty hours, `P60M` sixty months (never minutes),
 * and only durations made of time components convert to hours.
 */
import { describe, expect, it } from 'vitest';
import { durationHours, parseDuration } from '../../../components/core/profile/index.ts';

describe('parseDuration and durationHours', () => {
  it.each<[string, number]>([
    ['PT60H', 60],
    ['PT45H', 45],
    ['PT1H30M', 1.5],
    ['PT90M', 1.5],
    ['PT7.5H', 7.5],
    ['PT7,5H', 7.5],
    ['PT3600S', 1],
    ['PT0H', 0],
    ['PT2H15M36S', 2.26],
  ])('converts %s to %d hours', (iso, hours) => {
    const parsed = parseDuration(iso);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(durationHours(parsed.parts)).toBe(hours);
  });

  it.each<[string, Partial<Record<'years' | 'months' | 'weeks' | 'days', number>>]>([
    ['P60M', { months: 60 }],
    ['P1M', { months: 1 }],
    ['P1Y', { years: 1 }],
    ['P2W', { weeks: 2 }],
    ['P5D', { days: 5 }],
    ['P1DT2H', { days: 1 }],
    ['P1Y2M3DT4H5M6S', { years: 1, months: 2, days: 3 }],
  ])('reads %s but gives no hours: calendar units are not hours of study', (iso, parts) => {
    const parsed = parseDuration(iso);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.parts).toMatchObject(parts);
    expect(durationHours(parsed.parts)).toBeUndefined();
  });

  it('tells sixty months from sixty minutes', () => {
    const months = parseDuration('P60M');
    const minutes = parseDuration('PT60M');
    expect(months.ok && months.parts.months).toBe(60);
    expect(minutes.ok && minutes.parts.minutes).toBe(60);
    expect(minutes.ok && durationHours(minutes.parts)).toBe(1);
  });

  it.each<[string, unknown]>([
    ['an empty string', ''],
    ['P alone', 'P'],
    ['PT alone', 'PT'],
    ['a T with nothing after it', 'P1DT'],
    ['hours without T', 'P60H'],
    ['lower case', 'pt60h'],
    ['a negative duration', '-PT60H'],
    ['components out of order', 'PT30M1H'],
    ['a fraction on a larger component', 'PT1.5H30M'],
    ['weeks mixed with days', 'P1W2D'],
    ['a unit suffix', '60 hours'],
    ['surrounding spaces', ' PT60H '],
    ['a number', 60],
    ['null', null],
    ['a very long string', `PT${'9'.repeat(100)}H`],
  ])('refuses %s', (_what, value) => {
    expect(parseDuration(value).ok).toBe(false);
  });
});

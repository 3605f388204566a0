/**
 * Dates: VC 2.0 requires an XML Schema dateTimeStamp (a time zone is mandatory); VC 1.1 allowed
 * xsd:dateTime, whose missing zone is read as UTC, never local time.
 */
import { describe, expect, it } from 'vitest';
import { parseDate, validityOf } from '../../../components/core/parse/dates.ts';

const NOON_UTC = Date.UTC(2025, 5, 1, 12, 0, 0);

describe('parseDate', () => {
  it.each([
    ['a UTC date', '2025-06-01T12:00:00Z', NOON_UTC],
    ['a lower-case z', '2025-06-01T12:00:00z', NOON_UTC],
    ['a positive offset', '2025-06-01T14:00:00+02:00', NOON_UTC],
    ['a negative offset', '2025-06-01T07:00:00-05:00', NOON_UTC],
    ['fractional seconds', '2025-06-01T12:00:00.250Z', NOON_UTC + 250],
    ['a zero offset', '2025-06-01T12:00:00+00:00', NOON_UTC],
  ])('reads %s', (_scenario, value, expected) => {
    expect(parseDate(value, 2)).toBe(expected);
    expect(parseDate(value, 1)).toBe(expected);
  });

  it('defaults to the VC 2.0 rules', () => {
    expect(parseDate('2025-06-01T12:00:00')).toBeNull();
  });

  it('refuses a date without a time zone under VC 2.0 rules', () => {
    expect(parseDate('2025-06-01T12:00:00', 2)).toBeNull();
  });

  it('refuses a date without a time zone when the data model is unknown', () => {
    expect(parseDate('2025-06-01T12:00:00', null)).toBeNull();
  });

  it('reads a date without a time zone as UTC under VC 1.1 rules', () => {
    expect(parseDate('2025-06-01T12:00:00', 1)).toBe(NOON_UTC);
  });

  it.each([
    ['a date without a time', '2025-06-01'],
    ['a space instead of T', '2025-06-01 12:00:00Z'],
    ['month 13', '2025-13-01T12:00:00Z'],
    ['day 32', '2025-06-32T12:00:00Z'],
    ['hour 24', '2025-06-01T24:00:00Z'],
    ['an offset without a colon', '2025-06-01T12:00:00+0200'],
    ['an RFC 2822 date', 'Sun, 01 Jun 2025 12:00:00 GMT'],
    ['surrounding spaces', ' 2025-06-01T12:00:00Z '],
    ['an empty string', ''],
  ])('refuses %s', (_scenario, value) => {
    expect(parseDate(value, 2)).toBeNull();
    expect(parseDate(value, 1)).toBeNull();
  });

  it.each([
    ['a number', 1_748_779_200_000],
    ['null', null],
    ['undefined', undefined],
    ['an object', { '@value': '2025-06-01T12:00:00Z' }],
  ])('refuses %s', (_scenario, value) => {
    expect(parseDate(value)).toBeNull();
  });

  it('refuses a day that does not exist in the month (February 30)', () => {
    expect(parseDate('2025-02-30T12:00:00Z')).toBeNull();
  });
});

describe('validityOf', () => {
  it('reads validFrom and validUntil', () => {
    expect(validityOf({ validFrom: 'a', validUntil: 'b' })).toEqual({ validFrom: { property: 'validFrom', value: 'a' }, validUntil: { property: 'validUntil', value: 'b' } });
  });

  it('maps VC 1.1 issuanceDate and expirationDate to the same window', () => {
    expect(validityOf({ issuanceDate: 'a', expirationDate: 'b' })).toEqual({ validFrom: { property: 'issuanceDate', value: 'a' }, validUntil: { property: 'expirationDate', value: 'b' } });
  });

  it('prefers the VC 2.0 names when both are present', () => {
    const window = validityOf({ issuanceDate: 'old', validFrom: 'new', expirationDate: 'old', validUntil: 'new' });
    expect(window.validFrom?.property).toBe('validFrom');
    expect(window.validUntil?.property).toBe('validUntil');
  });

  it('states nothing for a credential without dates', () => {
    expect(validityOf({})).toEqual({});
  });

  it('keeps a malformed value as it is, for the checks to judge', () => {
    expect(validityOf({ validUntil: 42 }).validUntil).toEqual({ property: 'validUntil', value: 42 });
  });
});

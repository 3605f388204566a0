/**
 * Credit values as credentials state them (ELM strings, educredentials decimals, decimal commas)
 * and the hours-per-credit rule of thumb (ECTS Users' Guide 2015: 25–30 hours; warn outside 20–35).
 */
import { describe, expect, it } from 'vitest';
import { hoursPerEcts, isEctsFramework, parseCredits } from '../../../components/core/profile/index.ts';

describe('parseCredits', () => {
  it.each<[string, unknown, number]>([
    ['an ELM string', '2', 2],
    ['a number', 2, 2],
    ['a decimal string', '2.0', 2],
    ['a decimal comma', '2,5', 2.5],
    ['a decimal number', 3.0, 3],
    ['a half credit', 0.5, 0.5],
    ['zero', '0', 0],
    ['a unit suffix', '5 ECTS', 5],
    ['surrounding spaces', ' 6 ', 6],
    ['a JSON-LD value object', { '@value': '4', '@type': 'xsd:decimal' }, 4],
  ])('reads %s', (_what, value, expected) => {
    expect(parseCredits(value)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['a negative number', -1],
    ['a negative string', '-1'],
    ['a word', 'two'],
    ['an empty string', ''],
    ['an exponent', '1e3'],
    ['two separators', '1.000,5'],
    ['infinity', Infinity],
    ['NaN', Number.NaN],
    ['null', null],
    ['a list', [2]],
    ['a boolean', true],
  ])('refuses %s', (_what, value) => {
    expect(parseCredits(value)).toBeUndefined();
  });
});

describe('hoursPerEcts', () => {
  it.each<[number, number, number | undefined]>([
    [60, 2, 30],
    [45, 5, 9],
    [84, 3, 28],
    [25, 3, 8.33],
    [10, 0, undefined],
  ])('%d hours for %d ECTS is %s hours per credit', (hours, ects, expected) => {
    expect(hoursPerEcts(hours, ects)).toBe(expected);
  });
});

describe('isEctsFramework', () => {
  it.each<[unknown, boolean]>([
    ['http://data.europa.eu/snb/education-credit/6fcec5c5af', true],
    ['https://data.europa.eu/snb/education-credit/6fcec5c5af/', true],
    ['http://data.europa.eu/snb/education-credit/other', false],
    ['ECTS', false],
    [undefined, false],
  ])('%s → %s', (uri, expected) => {
    expect(isEctsFramework(uri)).toBe(expected);
  });
});

/**
 * Multilingual text: the shapes credentials use (strings, language maps, maps of arrays, JSON-LD
 * value objects), and choosing a language: exact tag, primary language, English, then the first.
 */
import { describe, expect, it } from 'vitest';
import { pickLanguage, toText } from '../../../components/core/profile/index.ts';
import type { Text } from '../../../components/core/report.ts';

describe('toText', () => {
  it.each<[string, unknown, Text | undefined]>([
    ['a plain string', 'Pass', 'Pass'],
    ['a number', 19, '19'],
    ['a language map', { en: 'Pass', de: 'Bestanden' }, { en: 'Pass', de: 'Bestanden' }],
    ['a language map of arrays (EBSI)', { en: ['David Smith'] }, { en: 'David Smith' }],
    ['a value object', { '@value': 'Pass', '@language': 'en' }, { en: 'Pass' }],
    ['an untagged value object', { '@value': 'Pass' }, 'Pass'],
    ['a list of value objects', [{ '@value': 'Pass', '@language': 'en' }, { '@value': 'Réussi', '@language': 'fr' }], { en: 'Pass', fr: 'Réussi' }],
    ['a list mixing untagged and tagged text', ['Pass', { '@value': 'Réussi', '@language': 'fr' }], { '': 'Pass', fr: 'Réussi' }],
    ['a map with a key that is not a language tag', { en: 'Pass', 'not a tag': 'x', '@id': 'y' }, { en: 'Pass' }],
    ['an empty string', '', undefined],
    ['spaces only', '   ', undefined],
    ['an empty map', {}, undefined],
    ['a map of empty arrays', { en: [] }, undefined],
    ['null', null, undefined],
    ['a boolean', true, undefined],
  ])('reads %s', (_what, value, expected) => {
    expect(toText(value)).toEqual(expected);
  });

  it('keeps the first text of a language stated twice', () => {
    expect(toText([{ '@value': 'first', '@language': 'en' }, { '@value': 'second', '@language': 'en' }])).toEqual({ en: 'first' });
  });
});

describe('pickLanguage', () => {
  const text: Text = { de: 'Bestanden', 'de-AT': 'Bestanden (AT)', 'pt-BR': 'Aprovado', en: 'Pass', fr: 'Réussi' };

  it.each<[string, string | undefined, string | undefined, string]>([
    ['the exact tag', 'de-AT', 'de-AT', 'Bestanden (AT)'],
    ['the exact tag in another case', 'DE-at', 'de-AT', 'Bestanden (AT)'],
    ['an underscore locale', 'de_AT', 'de-AT', 'Bestanden (AT)'],
    ['the bare primary language for a regional locale', 'de-CH', 'de', 'Bestanden'],
    ['a regional variant for a bare locale', 'pt', 'pt-BR', 'Aprovado'],
    ['English when the language is not given', 'nl', 'en', 'Pass'],
    ['English without a locale', undefined, 'en', 'Pass'],
  ])('chooses %s', (_what, locale, language, chosen) => {
    expect(pickLanguage(text, locale)).toEqual({ text: chosen, language });
  });

  it('falls back to the first language when there is no English', () => {
    expect(pickLanguage({ nl: 'Geslaagd', fr: 'Réussi' }, 'it')).toEqual({ text: 'Geslaagd', language: 'nl' });
  });

  it('falls back to a regional English', () => {
    expect(pickLanguage({ nl: 'Geslaagd', 'en-GB': 'Passed' }, 'it')).toEqual({ text: 'Passed', language: 'en-GB' });
  });

  it('returns a plain string as it is, without a language', () => {
    expect(pickLanguage('Pass', 'de')).toEqual({ text: 'Pass' });
  });

  it('returns untagged text without a language', () => {
    expect(pickLanguage({ '': 'Pass' }, 'de')).toEqual({ text: 'Pass' });
  });

  it('returns nothing for nothing', () => {
    expect(pickLanguage(undefined, 'en')).toBeUndefined();
    expect(pickLanguage({}, 'en')).toBeUndefined();
  });
});

/** Countries to canonical ISO 3166-1 codes: alpha-2, alpha-3, EU authority URIs, EU aliases. */
import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, COUNTRY_CODES_ALPHA3, resolveCountry } from '../../../components/core/profile/index.ts';

const EU_AND_EEA = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO'];

describe('resolveCountry', () => {
  it.each<[unknown, string, string]>([
    ['IE', 'IE', 'IRL'],
    ['ie', 'IE', 'IRL'],
    ['IRL', 'IE', 'IRL'],
    ['http://publications.europa.eu/resource/authority/country/IRL', 'IE', 'IRL'],
    ['https://publications.europa.eu/resource/authority/country/SVN', 'SI', 'SVN'],
    ['NL', 'NL', 'NLD'],
    ['EL', 'GR', 'GRC'],
    ['UK', 'GB', 'GBR'],
    ['CHE', 'CH', 'CHE'],
    ['US', 'US', 'USA'],
  ])('reads %s as %s / %s', (value, code, alpha3) => {
    expect(resolveCountry(value)).toEqual({ code, alpha3 });
  });

  it.each<[string, unknown]>([
    ['an unknown alpha-2 code', 'ZZ'],
    ['an unknown alpha-3 code', 'ZZZ'],
    ['a country name', 'Ireland'],
    ['an authority URI with an alpha-2 code', 'http://publications.europa.eu/resource/authority/country/IE'],
    ['another vocabulary', 'http://publications.europa.eu/resource/authority/atu/IRL_CTH_DUB'],
    ['a prototype key', 'constructor'],
    ['a number', 372],
    ['null', null],
  ])('refuses %s', (_what, value) => {
    expect(resolveCountry(value)).toBeUndefined();
  });

  it('covers every EU and EEA member, both ways', () => {
    for (const code of EU_AND_EEA) {
      const alpha3 = COUNTRY_CODES[code];
      expect(alpha3, code).toMatch(/^[A-Z]{3}$/);
      expect(COUNTRY_CODES_ALPHA3[alpha3!]).toBe(code);
    }
  });

  it('maps alpha-2 and alpha-3 one to one', () => {
    expect(Object.keys(COUNTRY_CODES_ALPHA3)).toHaveLength(Object.keys(COUNTRY_CODES).length);
  });
});

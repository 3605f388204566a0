/**
 * Countries to canonical ISO 3166-1 codes. ELM states the EU Publications Office authority URI
 * (`http://publications.europa.eu/resource/authority/country/IRL`, alpha-3), OB 3.0 an alpha-2
 * `addressCountryCode`; the table maps both ways. Country names live in the credential (ELM
 * `prefLabel`) and in the element's labels, never here.
 *
 * Coverage: EU and EEA members, Switzerland, the United Kingdom, candidate and neighbouring
 * countries, and the countries most often met in international education. A code outside the table
 * is reported, not guessed.
 */

/** ISO 3166-1 alpha-2 → alpha-3. */
export const COUNTRY_CODES: Readonly<Record<string, string>> = Object.freeze({
  // European Union
  AT: 'AUT', BE: 'BEL', BG: 'BGR', HR: 'HRV', CY: 'CYP', CZ: 'CZE', DK: 'DNK', EE: 'EST', FI: 'FIN',
  FR: 'FRA', DE: 'DEU', GR: 'GRC', HU: 'HUN', IE: 'IRL', IT: 'ITA', LV: 'LVA', LT: 'LTU', LU: 'LUX',
  MT: 'MLT', NL: 'NLD', PL: 'POL', PT: 'PRT', RO: 'ROU', SK: 'SVK', SI: 'SVN', ES: 'ESP', SE: 'SWE',
  // European Economic Area, Switzerland, United Kingdom
  IS: 'ISL', LI: 'LIE', NO: 'NOR', CH: 'CHE', GB: 'GBR',
  // candidate, neighbouring and small European states
  AL: 'ALB', BA: 'BIH', ME: 'MNE', MK: 'MKD', RS: 'SRB', TR: 'TUR', UA: 'UKR', MD: 'MDA', GE: 'GEO',
  AM: 'ARM', AZ: 'AZE', BY: 'BLR', RU: 'RUS', AD: 'AND', MC: 'MCO', SM: 'SMR', VA: 'VAT',
  // elsewhere
  US: 'USA', CA: 'CAN', MX: 'MEX', BR: 'BRA', AR: 'ARG', CL: 'CHL', CO: 'COL', PE: 'PER',
  AU: 'AUS', NZ: 'NZL', JP: 'JPN', CN: 'CHN', KR: 'KOR', IN: 'IND', SG: 'SGP', ID: 'IDN', MY: 'MYS',
  PH: 'PHL', TH: 'THA', VN: 'VNM', HK: 'HKG', TW: 'TWN', PK: 'PAK', BD: 'BGD', KZ: 'KAZ', UZ: 'UZB',
  IL: 'ISR', AE: 'ARE', SA: 'SAU', QA: 'QAT', JO: 'JOR', LB: 'LBN', EG: 'EGY', MA: 'MAR', TN: 'TUN',
  DZ: 'DZA', NG: 'NGA', GH: 'GHA', KE: 'KEN', ET: 'ETH', ZA: 'ZAF',
});

/** ISO 3166-1 alpha-3 → alpha-2. */
export const COUNTRY_CODES_ALPHA3: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(Object.entries(COUNTRY_CODES).map(([alpha2, alpha3]) => [alpha3, alpha2])),
);

/** EU institutions write Greece as EL and the United Kingdom as UK (Interinstitutional Style Guide §7.1). */
const EU_ALIASES: Readonly<Record<string, string>> = { EL: 'GR', UK: 'GB' };

const AUTHORITY = /^https?:\/\/publications\.europa\.eu\/resource\/authority\/country\/([A-Za-z]{3})\/?$/;

export interface CountryCode {
  /** ISO 3166-1 alpha-2. */
  code: string;
  alpha3: string;
}

/** Reads an alpha-2 code, an alpha-3 code, or an EU authority country URI. */
export function resolveCountry(value: unknown): CountryCode | undefined {
  if (typeof value !== 'string' || value.length > 120) return undefined;
  const text = value.trim();
  const authority = AUTHORITY.exec(text);
  const code = (authority ? authority[1]! : text).toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(code)) return undefined;
  if (code.length === 3) {
    const alpha2 = Object.hasOwn(COUNTRY_CODES_ALPHA3, code) ? COUNTRY_CODES_ALPHA3[code] : undefined;
    return alpha2 === undefined ? undefined : { code: alpha2, alpha3: code };
  }
  if (authority) return undefined;
  const alpha2 = Object.hasOwn(EU_ALIASES, code) ? EU_ALIASES[code]! : code;
  const alpha3 = Object.hasOwn(COUNTRY_CODES, alpha2) ? COUNTRY_CODES[alpha2] : undefined;
  return alpha3 === undefined ? undefined : { code: alpha2, alpha3 };
}

/** Whether a string looks like a country code or authority URI (so that failing to resolve it is worth reporting). */
export function looksLikeCountryCode(value: unknown): boolean {
  return typeof value === 'string' && (/^[A-Za-z]{2,3}$/.test(value.trim()) || /\/authority\/country\//.test(value));
}

/** EQF levels from concept URIs, numbers and the codes implementers write. */
import { describe, expect, it } from 'vitest';
import { eqfUri, parseEqf } from '../../../components/core/profile/index.ts';

describe('parseEqf', () => {
  it.each<[unknown, number]>([
    ['http://data.europa.eu/snb/eqf/6', 6],
    ['https://data.europa.eu/snb/eqf/4/', 4],
    ['6', 6],
    [6, 6],
    ['6.0', 6],
    ['EQF 6', 6],
    ['EQF6', 6],
    ['EQF-6', 6],
    ['eqf level 5', 5],
    ['level 6', 6],
    ['Level 1', 1],
    ['EQF Level: 8', 8],
    [{ '@value': '3' }, 3],
  ])('reads %s as level %d', (value, level) => {
    expect(parseEqf(value)).toBe(level);
  });

  it.each<[string, unknown]>([
    ['level 0', '0'],
    ['level 9', 9],
    ['a URI for level 9', 'http://data.europa.eu/snb/eqf/9'],
    ['the EQF concept scheme', 'http://data.europa.eu/snb/eqf/25831c2'],
    ['a fraction', 6.5],
    ['a word', 'six'],
    ['a national framework level', 'NLQF 6'],
    ['a QDR concept', 'http://data.europa.eu/snb/qdr/c_c392e7a2'],
    ['another host', 'http://example.org/snb/eqf/6'],
    ['an empty string', ''],
    ['null', null],
  ])('refuses %s', (_what, value) => {
    expect(parseEqf(value)).toBeUndefined();
  });

  it('builds the concept URI of a level', () => {
    expect(eqfUri(6)).toBe('http://data.europa.eu/snb/eqf/6');
  });
});

/**
 * Baked text classification: a hosted URL, JSON or a compact JWS, as the 1EdTech validator tells
 * them apart; anything else is not a credential the pipeline can follow.
 */
import { describe, expect, it } from 'vitest';
import { bakedSvgText, classifyBakedText, isBakedPayload } from '../../../components/core/parse/baked.ts';
import { problem } from '../../../components/core/problems.ts';

const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIn0.c2lnbmF0dXJl';

describe('classifyBakedText', () => {
  it.each([
    'https://issuer.example/assertions/123.json',
    'http://issuer.example/assertions/123',
    'HTTPS://ISSUER.EXAMPLE/a?b=c#d',
  ])('takes %s for a hosted URL', (url) => {
    expect(classifyBakedText(url)).toEqual({ kind: 'url', value: url });
  });

  it('takes text starting with { for JSON, without parsing it', () => {
    expect(classifyBakedText('{"type":"Assertion"}')).toEqual({ kind: 'json', value: '{"type":"Assertion"}' });
    expect(classifyBakedText('{ not json yet')).toEqual({ kind: 'json', value: '{ not json yet' });
  });

  it('takes three base64url segments for a compact JWS', () => {
    expect(classifyBakedText(JWS)).toEqual({ kind: 'jws', value: JWS });
  });

  it('takes an unsecured JWS with an empty signature for a JWS, so the proof check can refuse it', () => {
    expect(classifyBakedText('eyJhbGciOiJub25lIn0.eyJhIjoxfQ.')?.kind).toBe('jws');
  });

  it('trims surrounding whitespace, line breaks and a byte order mark from the value', () => {
    expect(classifyBakedText(`\uFEFF\n  ${JWS}\r\n`)).toEqual({ kind: 'jws', value: JWS });
    expect(classifyBakedText('\n\t{"a":1}\n')).toEqual({ kind: 'json', value: '{"a":1}' });
  });

  it.each([
    ['empty text', ''],
    ['whitespace', '  \n '],
    ['plain words', 'a badge'],
    ['a URL with another scheme', 'ftp://issuer.example/a'],
    ['a URL with a space inside', 'https://issuer.example/a b'],
    ['a JSON array', '[{"a":1}]'],
    ['two segments', 'eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ'],
    ['four segments', `${JWS}.eyJhIjoxfQ`],
    ['segments with base64 padding', 'eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ==.c2ln'],
    ['a JWE-shaped token', 'a.b.c.d.e'],
  ])('returns null for %s', (_what, text) => {
    expect(classifyBakedText(text)).toBeNull();
  });
});

describe('bakedSvgText', () => {
  it('offers the body when there is one, since it holds the credential itself', () => {
    expect(bakedSvgText({ container: 'svg', namespace: 'ob2', verify: 'https://issuer.example/a', body: '{"a":1}' })).toBe('{"a":1}');
  });

  it('offers the verify attribute when there is no body', () => {
    expect(bakedSvgText({ container: 'svg', namespace: 'ob3', verify: JWS })).toBe(JWS);
  });

  it('offers nothing when the element is empty', () => {
    expect(bakedSvgText({ container: 'svg', namespace: 'ob3' })).toBeUndefined();
  });
});

describe('isBakedPayload', () => {
  it('tells a payload from a problem and from nothing', () => {
    expect(isBakedPayload({ container: 'png', keyword: 'openbadges', chunk: 'tEXt', text: 'https://a.example/' })).toBe(true);
    expect(isBakedPayload(problem('INPUT_UNRECOGNISED', 'the data does not start with the PNG signature'))).toBe(false);
    expect(isBakedPayload(null)).toBe(false);
  });
});

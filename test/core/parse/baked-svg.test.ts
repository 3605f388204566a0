/**
 * Baked SVG extraction without a DOM: the badge element is found by namespace (any prefix),
 * markup that merely looks like it (comments, CDATA, processing instructions, attribute values)
 * is not, and any input is scanned in linear time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyBakedText, type BakedPayload, type BakedSvg } from '../../../components/core/parse/baked.ts';
import { DEFAULT_SVG_LIMITS, extractFromSvg } from '../../../components/core/parse/baked-svg.ts';
import type { Problem, ProblemCode } from '../../../components/core/problems.ts';
import { bakeSvg, MINIMAL_SVG, OB2_SVG_NAMESPACE, OB3_SVG_NAMESPACE } from '../../support/bake.ts';
import { CORPUS } from '../../support/corpus.ts';

const OB3_JSON = JSON.stringify({ type: ['VerifiableCredential', 'OpenBadgeCredential'], name: 'Teamwork <&> "quotes" ✓' }, null, 2);
const JWS = 'eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJodHRwczovL2lzc3Vlci5leGFtcGxlIn0.c2lnbmF0dXJl';
const HOSTED_URL = 'https://issuer.example/assertions/123';
const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';

function corpusSvg(file: string): string {
  return readFileSync(join(CORPUS, file), 'utf8');
}

function expectSvg(result: BakedPayload | Problem | null): BakedSvg {
  expect(result, JSON.stringify(result)).toHaveProperty('container', 'svg');
  return result as BakedSvg;
}

function expectProblem(result: BakedPayload | Problem | null, code: ProblemCode): Problem {
  expect(result, JSON.stringify(result)).toHaveProperty('code', code);
  return result as Problem;
}

describe('extractFromSvg on the corpus images', () => {
  it('reads the OB 3.0 JSON credential from the CDATA body of a generated badge', () => {
    const payload = expectSvg(extractFromSvg(corpusSvg('links/baked/generated_ob3_openbadges_credential.svg')));
    expect(payload.namespace).toBe('ob3');
    expect(payload.verify).toBeUndefined();
    expect(JSON.parse(payload.body ?? '')).toHaveProperty('type', ['VerifiableCredential', 'OpenBadgeCredential']);
  });

  it('reads both the verify URL and the JSON body of the reference bakery OB 2.0 example', () => {
    const payload = expectSvg(extractFromSvg(corpusSvg('links/baked/openbadges-bakery_baked_example.svg')));
    expect(payload).toMatchObject({ namespace: 'ob2', verify: 'https://example.org/assertion.json' });
    expect(JSON.parse(payload.body ?? '')).toHaveProperty('uid', 'abcdef12345');
  });

  it('reads the 1EdTech JSON badge past its DOCTYPE, with CR LF line ends normalised', () => {
    const payload = expectSvg(extractFromSvg(corpusSvg('1edtech-validator/ob30/baked/simple-json.svg')));
    expect(payload.namespace).toBe('ob3');
    expect(payload.body).not.toContain('\r');
    expect(classifyBakedText(payload.body ?? '')?.kind).toBe('json');
    expect(JSON.parse(payload.body ?? '')).toHaveProperty('name', 'Teamwork Badge');
  });

  it.each(['simple-jwt.svg', 'simple-jwt_v1.svg'])('reads the 1EdTech VC-JWT badge %s from the verify attribute', (file) => {
    const payload = expectSvg(extractFromSvg(corpusSvg(`1edtech-validator/ob30/baked/${file}`)));
    expect(payload.namespace).toBe('ob3');
    expect(payload.body).toBeUndefined();
    expect(classifyBakedText(payload.verify ?? '')?.kind).toBe('jws');
  });
});

describe('extractFromSvg on images baked in the test', () => {
  it('returns an OB 3.0 JSON body exactly as baked', () => {
    expect(extractFromSvg(bakeSvg(MINIMAL_SVG, { namespace: 'ob3', body: OB3_JSON }))).toEqual({ container: 'svg', namespace: 'ob3', body: OB3_JSON });
  });

  it('returns an OB 3.0 VC-JWT from the verify attribute of a self-closing element', () => {
    expect(extractFromSvg(bakeSvg(MINIMAL_SVG, { namespace: 'ob3', verify: JWS }))).toEqual({ container: 'svg', namespace: 'ob3', verify: JWS });
  });

  it('returns an OB 2.0 assertion with its hosted verify URL and its body', () => {
    const payload = expectSvg(extractFromSvg(bakeSvg(MINIMAL_SVG, { namespace: 'ob2', verify: HOSTED_URL, body: '{"type":"Assertion"}' })));
    expect(payload).toEqual({ container: 'svg', namespace: 'ob2', verify: HOSTED_URL, body: '{"type":"Assertion"}' });
  });

  it('keeps a body that contains "]]>" intact across split CDATA sections', () => {
    const body = '{"note":"a]]>b"}';
    expect(expectSvg(extractFromSvg(bakeSvg(MINIMAL_SVG, { namespace: 'ob3', body }))).body).toBe(body);
  });

  it('recognises the badge element under a custom prefix', () => {
    const svg = bakeSvg(MINIMAL_SVG, { namespace: 'ob3', verify: JWS, prefix: 'vc' });
    expect(svg).toContain('<vc:credential');
    expect(extractFromSvg(svg)).toEqual({ container: 'svg', namespace: 'ob3', verify: JWS });
  });

  it('recognises a badge element in the default namespace declared on the element itself', () => {
    const svg = `<svg ${SVG_NS}><credential xmlns="${OB3_SVG_NAMESPACE}" verify="${JWS}"/><rect/></svg>`;
    expect(extractFromSvg(svg)).toEqual({ container: 'svg', namespace: 'ob3', verify: JWS });
  });

  it('finds a badge element nested inside a group', () => {
    const svg = `<svg ${SVG_NS} xmlns:ob="${OB2_SVG_NAMESPACE}"><g><ob:assertion verify="${HOSTED_URL}"></ob:assertion></g></svg>`;
    expect(extractFromSvg(svg)).toEqual({ container: 'svg', namespace: 'ob2', verify: HOSTED_URL });
  });

  it('goes by namespace, not by the prefix openbadges', () => {
    const wrongNamespace = `<svg ${SVG_NS} xmlns:openbadges="https://example.org/not-badges"><openbadges:credential verify="${JWS}"/></svg>`;
    expect(extractFromSvg(wrongNamespace)).toBeNull();
    const ob2NamespaceOb3Name = `<svg ${SVG_NS} xmlns:openbadges="${OB2_SVG_NAMESPACE}"><openbadges:credential verify="${JWS}"/></svg>`;
    expect(extractFromSvg(ob2NamespaceOb3Name)).toBeNull();
    const undeclared = `<svg ${SVG_NS}><openbadges:credential verify="${JWS}"/></svg>`;
    expect(extractFromSvg(undeclared)).toBeNull();
  });

  it('stops a namespace declaration at the end of the element that made it', () => {
    const svg = `<svg ${SVG_NS}><g xmlns:ob="${OB3_SVG_NAMESPACE}"/><ob:credential verify="${JWS}"/></svg>`;
    expect(extractFromSvg(svg)).toBeNull();
  });

  it('decodes entities and character references in the verify attribute', () => {
    const svg = `<svg ${SVG_NS} xmlns:openbadges="${OB2_SVG_NAMESPACE}"><openbadges:assertion verify="https://issuer.example/a?x=1&amp;y=&#50;&#x33;&amp;q=&quot;&lt;&gt;&apos;"/></svg>`;
    expect(expectSvg(extractFromSvg(svg)).verify).toBe('https://issuer.example/a?x=1&y=23&q="<>\'');
  });

  it('reads a verify attribute in single quotes, with a double quote inside', () => {
    const svg = `<svg ${SVG_NS} xmlns:openbadges='${OB2_SVG_NAMESPACE}'><openbadges:assertion verify='https://issuer.example/"a"' /></svg>`;
    expect(expectSvg(extractFromSvg(svg)).verify).toBe('https://issuer.example/"a"');
  });

  it('leaves references it cannot decode as written', () => {
    const svg = `<svg ${SVG_NS} xmlns:o="${OB2_SVG_NAMESPACE}"><o:assertion verify="a&nbsp;b&#0;c&#xZZ;d & e&amp"/></svg>`;
    expect(expectSvg(extractFromSvg(svg)).verify).toBe('a&nbsp;b&#0;c&#xZZ;d & e&amp');
  });

  it('normalises literal line breaks in the verify attribute to spaces and trims it', () => {
    const svg = `<svg ${SVG_NS} xmlns:o="${OB3_SVG_NAMESPACE}"><o:credential verify="\r\n  ${JWS}\t\n"/></svg>`;
    expect(expectSvg(extractFromSvg(svg)).verify).toBe(JWS);
  });

  it('entity-decodes a body written as text rather than CDATA', () => {
    const svg = `<svg ${SVG_NS} xmlns:o="${OB3_SVG_NAMESPACE}"><o:credential>\n  {"name":"R&amp;D &lt;1&gt;"}\n</o:credential></svg>`;
    expect(expectSvg(extractFromSvg(svg)).body).toBe('{"name":"R&D <1>"}');
  });

  it('leaves comments and processing instructions inside the badge element out of its body', () => {
    const svg = `<svg ${SVG_NS} xmlns:o="${OB3_SVG_NAMESPACE}"><o:credential><!-- note --><![CDATA[{"a":]]><?pi x?>1}</o:credential></svg>`;
    expect(expectSvg(extractFromSvg(svg)).body).toBe('{"a":1}');
  });

  it('omits verify and body when both are empty', () => {
    const svg = `<svg ${SVG_NS} xmlns:o="${OB3_SVG_NAMESPACE}"><o:credential verify="  ">  </o:credential></svg>`;
    expect(extractFromSvg(svg)).toEqual({ container: 'svg', namespace: 'ob3' });
  });

  it('ignores badge elements written inside comments', () => {
    const svg = `<svg ${SVG_NS} xmlns:openbadges="${OB3_SVG_NAMESPACE}"><!-- <openbadges:credential verify="fake.fake.fake"/> -->`
      + `<openbadges:credential verify="${JWS}"/><!-- <openbadges:credential verify="also.fake.fake"/> --></svg>`;
    expect(extractFromSvg(svg)).toEqual({ container: 'svg', namespace: 'ob3', verify: JWS });
  });

  it('returns null when the only badge element is commented out', () => {
    const svg = `<svg ${SVG_NS} xmlns:openbadges="${OB3_SVG_NAMESPACE}"><!--<openbadges:credential verify="${JWS}"/>--><rect/></svg>`;
    expect(extractFromSvg(svg)).toBeNull();
  });

  it('ignores badge-like markup in CDATA, processing instructions, attribute values and the DOCTYPE', () => {
    const fake = `<openbadges:credential verify="fake.fake.fake"/>`;
    const svg = `<?xml version="1.0"?><?note ${fake}?>`
      + `<!DOCTYPE svg [ <!ENTITY fake '${fake}'> <!-- ] > --> <!ATTLIST svg x CDATA "]>"> ]>`
      + `<svg ${SVG_NS} xmlns:openbadges="${OB3_SVG_NAMESPACE}">`
      + `<style><![CDATA[ ${fake} ]]></style><desc data-a='a > b ${fake.replace(/</g, '&lt;')}'>&fake;</desc><rect/></svg>`;
    expect(extractFromSvg(svg)).toBeNull();
  });

  it('returns null for an unbaked SVG', () => {
    expect(extractFromSvg(MINIMAL_SVG)).toBeNull();
  });

  it('returns null when the namespace is declared but no badge element follows', () => {
    expect(extractFromSvg(`<svg ${SVG_NS} xmlns:openbadges="${OB3_SVG_NAMESPACE}"><rect/></svg>`)).toBeNull();
  });

  it('reports two badge elements as a problem instead of choosing one', () => {
    const svg = `<svg ${SVG_NS} xmlns:a="${OB3_SVG_NAMESPACE}" xmlns:b="${OB2_SVG_NAMESPACE}"><a:credential verify="${JWS}"/><b:assertion verify="${HOSTED_URL}"/></svg>`;
    const detail = expectProblem(extractFromSvg(svg), 'BAKED_MULTIPLE').detail;
    expect(detail).toContain('2 badge elements');
    expect(detail).toContain('<a:credential>');
    expect(detail).toContain('<b:assertion>');
  });

  it('reports a badge element nested inside another as two badge elements', () => {
    const svg = `<svg ${SVG_NS} xmlns:o="${OB3_SVG_NAMESPACE}"><o:credential><o:credential/></o:credential></svg>`;
    expect(expectProblem(extractFromSvg(svg), 'BAKED_MULTIPLE').detail).toContain('2 badge elements');
  });
});

describe('extractFromSvg on malformed or hostile text', () => {
  it.each([
    ['a root element other than svg', `<html><body/></html>`, 'not <svg>'],
    ['no root element', `<?xml version="1.0"?><!-- nothing -->`, 'no root element'],
    ['empty text', '', 'no root element'],
    ['an unterminated comment', `<svg ${SVG_NS}><!-- <rect/></svg>`, 'comment'],
    ['an unterminated CDATA section', `<svg ${SVG_NS}><![CDATA[ x</svg>`, 'CDATA section'],
    ['an unterminated attribute value', `<svg ${SVG_NS} viewBox="0 0 1 1><rect/></svg>`, 'not closed'],
    ['an unquoted attribute value', `<svg ${SVG_NS} width=10/>`, 'not quoted'],
    ['a repeated attribute', `<svg ${SVG_NS}><rect x="1" x="2"/></svg>`, 'repeats the attribute x'],
    ['a mismatched end tag', `<svg ${SVG_NS}><g></rect></svg>`, 'does not match <g>'],
    ['a truncated document', `<svg ${SVG_NS}><g><rect/>`, 'ends inside <g>'],
    ['a bare < in text', `<svg ${SVG_NS}>a < b</svg>`, 'a name was expected'],
  ])('reports %s as malformed', (_what, svg, detail) => {
    expect(expectProblem(extractFromSvg(svg), 'IMAGE_MALFORMED').detail).toContain(detail);
  });

  it('refuses text over the size limit before scanning it', () => {
    const result = extractFromSvg(MINIMAL_SVG, { ...DEFAULT_SVG_LIMITS, maxChars: 20 });
    expect(expectProblem(result, 'INPUT_TOO_LARGE').detail).toContain('the limit is 20');
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = `<svg ${SVG_NS}>${'<g>'.repeat(2000)}${'</g>'.repeat(2000)}</svg>`;
    expect(expectProblem(extractFromSvg(deep), 'INPUT_TOO_DEEP').detail).toContain('deeper than 1024 levels');
  });

  it('finds the badge element at the end of a 5 MB SVG', () => {
    const path = `<path d="${'M0 0L10 10'.repeat(50_000)}"/>`;
    const base = `<svg ${SVG_NS}>${path.repeat(10)}<rect/></svg>`;
    const svg = base.replace('<rect/>', `<openbadges:credential verify="${JWS}"/>`).replace('<svg ', `<svg xmlns:openbadges="${OB3_SVG_NAMESPACE}" `);
    expect(svg.length).toBeGreaterThan(5_000_000);
    expect(extractFromSvg(svg)).toEqual({ container: 'svg', namespace: 'ob3', verify: JWS });
  });

  it.each([
    ['5 MB of "&" in a badge body', () => `<svg ${SVG_NS} xmlns:o="${OB3_SVG_NAMESPACE}"><o:credential>${'&'.repeat(5_000_000)}</o:credential></svg>`],
    ['5 MB of "&#" in a verify attribute', () => `<svg ${SVG_NS} xmlns:o="${OB3_SVG_NAMESPACE}"><o:credential verify="${'&#'.repeat(2_500_000)}"/></svg>`],
    ['5 MB of sibling elements', () => `<svg ${SVG_NS}>${'<g/>'.repeat(1_250_000)}</svg>`],
    ['5 MB of namespace declarations', () => `<svg ${SVG_NS} ${Array.from({ length: 250_000 }, (_, i) => `xmlns:p${i}="u"`).join(' ')}/>`],
  ])('scans %s in one pass', (_what, build) => {
    const result = extractFromSvg(build());
    expect(result === null || 'container' in result).toBe(true);
  });

  it.each([
    ['5 MB of unterminated comment openers', () => `<svg ${SVG_NS}>${'<!--'.repeat(1_250_000)}`],
    ['5 MB of "<" characters', () => '<'.repeat(5_000_000)],
    ['5 MB of unclosed start tags', () => `<svg ${SVG_NS}>${'<a'.repeat(2_500_000)}`],
    ['5 MB of attributes with no value', () => `<svg ${SVG_NS} ${'a '.repeat(2_500_000)}>`],
    ['5 MB of an unterminated DOCTYPE', () => `<!DOCTYPE svg [${'['.repeat(5_000_000)}`],
  ])('gives up on %s in one pass', (_what, build) => {
    expectProblem(extractFromSvg(build()), 'IMAGE_MALFORMED');
  });
});

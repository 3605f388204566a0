/** sniffHtml: alternates and JSON-LD blocks found in HTML text without a DOM. */
import { describe, expect, it } from 'vitest';
import { sniffHtml } from '../../../components/core/detect/index.ts';

/** Table rows titled by their behaviour sentence (`%s` keeps the sentence whole in reports). */
const titled = <Row extends { says: string }>(rows: Row[]) => rows.map((row) => [row.says, row] as const);

const PAGE = 'https://issuer.example/badges/42';

describe('sniffHtml', () => {
  it.each(titled([
    { says: 'finds a rel=alternate link of type application/ld+json', type: 'application/ld+json' },
    { says: 'finds a rel=alternate link of type application/vc+ld+json', type: 'application/vc+ld+json' },
    { says: 'finds a rel=alternate link of type application/json', type: 'application/json' },
    { says: 'finds a rel=alternate link of type application/vc+jwt', type: 'application/vc+jwt' },
  ]))('%s', (_says, { type }) => {
    const html = `<html><head><link rel="alternate" type="${type}" href="/badges/42.json"></head></html>`;
    expect(sniffHtml(html, PAGE).alternates).toEqual([{ href: 'https://issuer.example/badges/42.json', type }]);
  });

  it.each(titled([
    { says: 'ignores an oEmbed alternate', tag: '<link rel="alternate" type="application/json+oembed" href="/oembed">' },
    { says: 'ignores a stylesheet link', tag: '<link rel="stylesheet" type="application/json" href="/x.json">' },
    { says: 'ignores an alternate without href', tag: '<link rel="alternate" type="application/ld+json">' },
    { says: 'ignores an alternate to a javascript: URL', tag: '<link rel="alternate" type="application/ld+json" href="javascript:alert(1)">' },
    { says: 'ignores a link inside a comment', tag: '<!-- <link rel="alternate" type="application/ld+json" href="/c.json"> -->' },
    { says: 'ignores a link written inside another script', tag: '<script>var s = \'<link rel="alternate" type="application/ld+json" href="/s.json">\';</script>' },
    { says: 'ignores a tag whose name only starts with link', tag: '<linkish rel="alternate" type="application/ld+json" href="/l.json">' },
  ]))('%s', (_says, { tag }) => {
    expect(sniffHtml(`<head>${tag}</head>`, PAGE).alternates).toEqual([]);
  });

  it('reads attributes in any case, order and quoting', () => {
    const html = "<LINK HREF=/a.json TYPE='Application/LD+JSON; profile=\"x\"' REL='Alternate Canonical'>";
    expect(sniffHtml(html, PAGE).alternates).toEqual([{ href: 'https://issuer.example/a.json', type: 'application/ld+json' }]);
  });

  it('reads a quoted value that contains >', () => {
    const html = '<link title="a > b" rel="alternate" type="application/json" href="/gt.json">';
    expect(sniffHtml(html, PAGE).alternates).toEqual([{ href: 'https://issuer.example/gt.json', type: 'application/json' }]);
  });

  it('decodes character references in href', () => {
    const html = '<link rel="alternate" type="application/json" href="/a?x=1&amp;y=&#50;&#x33;">';
    expect(sniffHtml(html, PAGE).alternates[0]?.href).toBe('https://issuer.example/a?x=1&y=23');
  });

  it('resolves hrefs against the first <base href>', () => {
    const html = '<base href="https://cdn.example/creds/"><base href="https://other.example/"><link rel="alternate" type="application/json" href="42.json">';
    expect(sniffHtml(html, PAGE).alternates[0]?.href).toBe('https://cdn.example/creds/42.json');
  });

  it('lists each alternate URL once', () => {
    const tag = '<link rel="alternate" type="application/json" href="/a.json">';
    expect(sniffHtml(tag + tag, PAGE).alternates).toHaveLength(1);
  });

  it('returns the text of each application/ld+json script', () => {
    const html = '<script type="application/ld+json">\n{"@context":"https://www.w3.org/ns/credentials/v2"}\n</script><script type="application/ld+json; charset=utf-8">{"b":2}</SCRIPT >';
    expect(sniffHtml(html, PAGE).jsonLd).toEqual(['{"@context":"https://www.w3.org/ns/credentials/v2"}', '{"b":2}']);
  });

  it('ends a script block only at </script followed by a delimiter', () => {
    const html = '<script type="application/ld+json">{"a":"</scripts>"}</script>';
    expect(sniffHtml(html, PAGE).jsonLd).toEqual(['{"a":"</scripts>"}']);
  });

  it('skips scripts of other types', () => {
    expect(sniffHtml('<script>{"a":1}</script><script type="module">x</script>', PAGE).jsonLd).toEqual([]);
  });

  it('returns what it found when a script is never closed', () => {
    expect(sniffHtml('<script type="application/ld+json">{"a":1}', PAGE).jsonLd).toEqual(['{"a":1}']);
  });

  it('survives a tag that is never closed', () => {
    expect(sniffHtml('<link rel="alternate" type="application/json" href="/a.json"', PAGE)).toEqual({ alternates: [], jsonLd: [], truncated: false });
  });

  it('reads only the first maxChars characters and says so', () => {
    const html = `${' '.repeat(100)}<script type="application/ld+json">{}</script>`;
    expect(sniffHtml(html, PAGE, { maxChars: 50, maxResults: 32 })).toEqual({ alternates: [], jsonLd: [], truncated: true });
  });

  it('returns at most maxResults of each kind', () => {
    const html = '<script type="application/ld+json">{}</script>'.repeat(10);
    expect(sniffHtml(html, PAGE, { maxChars: 10_000, maxResults: 3 }).jsonLd).toHaveLength(3);
  });

  it('works through a page of unclosed tags in one pass', () => {
    const hostile = '<link a="'.repeat(20_000) + '<<<<'.repeat(50_000) + '<script'.repeat(20_000);
    const started = performance.now();
    const result = sniffHtml(hostile, PAGE);
    expect(result.alternates).toEqual([]);
    // Not a timing assertion (ARCHITECTURE.md: timings are benchmarks); it only guards against a hang.
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

/**
 * Finds machine-readable credentials an HTML page points to or embeds, without a DOM:
 * `<link rel="alternate" type="application/ld+json | application/vc+ld+json | application/json |
 * application/vc+jwt" href>` and `<script type="application/ld+json">` blocks (research/links.md §1,
 * "Generic" row). One forward pass over the text: every step moves the position on, so the work is
 * linear in the input, which is capped.
 */

export interface HtmlAlternate {
  /** Absolute http(s) URL, resolved against the page (or its first `<base href>`). */
  href: string;
  /** The media type, lower case, without parameters. */
  type: string;
}

export interface HtmlSniff {
  alternates: HtmlAlternate[];
  /** The text of each `<script type="application/ld+json">` block, as written. */
  jsonLd: string[];
  /** True when the page was longer than `maxChars` and only its start was read. */
  truncated: boolean;
}

export interface SniffLimits {
  maxChars: number;
  /** At most this many alternates and this many script blocks are returned. */
  maxResults: number;
}

export const DEFAULT_SNIFF_LIMITS: SniffLimits = { maxChars: 2 * 1024 * 1024, maxResults: 32 };

const ALTERNATE_TYPES: ReadonlySet<string> = new Set([
  'application/ld+json',
  'application/vc+ld+json',
  'application/json',
  'application/vc+jwt',
]);

interface Tag {
  attributes: Map<string, string>;
  /** Index just after the tag's `>`. */
  end: number;
  /** False when the text ended inside the tag, which HTML then drops. */
  closed: boolean;
}

export function sniffHtml(html: string, baseUrl: string | URL, limits: SniffLimits = DEFAULT_SNIFF_LIMITS): HtmlSniff {
  const truncated = html.length > limits.maxChars;
  const text = truncated ? html.slice(0, limits.maxChars) : html;
  const hrefs: HtmlAlternate[] = [];
  const jsonLd: string[] = [];
  let base: string | undefined;
  let pos = 0;
  while (pos < text.length && (hrefs.length < limits.maxResults || jsonLd.length < limits.maxResults)) {
    const open = text.indexOf('<', pos);
    if (open < 0) break;
    if (text.startsWith('<!--', open)) {
      const close = text.indexOf('-->', open + 4);
      pos = close < 0 ? text.length : close + 3;
      continue;
    }
    const name = readTagName(text, open + 1);
    if (name.name !== 'link' && name.name !== 'script' && name.name !== 'base') {
      pos = open + 1;
      continue;
    }
    const tag = readAttributes(text, name.end);
    pos = tag.end;
    if (!tag.closed) break;
    if (name.name === 'base') {
      base ??= tag.attributes.get('href');
    } else if (name.name === 'link') {
      const alternate = alternateOf(tag);
      if (alternate && hrefs.length < limits.maxResults) hrefs.push(alternate);
    } else {
      const body = scriptBody(text, tag.end);
      pos = body.next;
      if (mediaType(tag.attributes.get('type')) === 'application/ld+json' && jsonLd.length < limits.maxResults) {
        jsonLd.push(body.text.trim());
      }
    }
  }
  return { alternates: resolveAll(hrefs, baseUrl, base), jsonLd, truncated };
}

function alternateOf(tag: Tag): HtmlAlternate | null {
  const rel = tag.attributes.get('rel')?.toLowerCase().split(/[\t\n\f\r ]+/) ?? [];
  const type = mediaType(tag.attributes.get('type'));
  const href = tag.attributes.get('href')?.trim();
  if (!rel.includes('alternate') || !ALTERNATE_TYPES.has(type) || !href) return null;
  return { href, type };
}

/** Resolves hrefs against the page's `<base href>` (itself relative to the page) and keeps distinct http(s) URLs. */
function resolveAll(found: HtmlAlternate[], pageUrl: string | URL, baseHref: string | undefined): HtmlAlternate[] {
  const page = parseUrl(pageUrl);
  const base = (baseHref !== undefined && page ? parseUrl(baseHref.trim(), page) : null) ?? page;
  const seen = new Set<string>();
  const resolved: HtmlAlternate[] = [];
  for (const { href, type } of found) {
    const url = base ? parseUrl(href, base) : parseUrl(href);
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || seen.has(url.href)) continue;
    seen.add(url.href);
    resolved.push({ href: url.href, type });
  }
  return resolved;
}

function parseUrl(href: string | URL, base?: URL): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function mediaType(value: string | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isNameChar = (c: number) => isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

/** The tag name starting at `from` (lower case; empty when none), and where it ends. */
function readTagName(text: string, from: number): { name: string; end: number } {
  let end = from;
  while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
  return { name: text.slice(from, end).toLowerCase(), end };
}

/** Reads attributes up to the closing `>` (quoted values may contain `>`). The first of a repeated name wins, as in HTML. */
function readAttributes(text: string, from: number): Tag {
  const attributes = new Map<string, string>();
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) return { attributes, end: i + 1, closed: true }; // >
    if (isSpace(c) || c === 0x2f) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < text.length && !isSpace(text.charCodeAt(i)) && !'=>/'.includes(text[i]!)) i++;
    if (i === nameStart) {
      i++; // a stray '=' where a name belongs
      continue;
    }
    const name = text.slice(nameStart, i).toLowerCase();
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    let value = '';
    if (text[i] === '=') {
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      const read = readValue(text, i);
      value = decodeEntities(read.value);
      i = read.end;
    }
    if (name && !attributes.has(name)) attributes.set(name, value);
  }
  return { attributes, end: text.length, closed: false };
}

function readValue(text: string, from: number): { value: string; end: number } {
  const quote = text[from];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, from + 1);
    const end = close < 0 ? text.length : close;
    return { value: text.slice(from + 1, end), end: Math.min(end + 1, text.length) };
  }
  let end = from;
  while (end < text.length && !isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 0x3e) end++;
  return { value: text.slice(from, end), end };
}

/** A script element's text runs to the first `</script` followed by a space, `/` or `>` (HTML script data state). */
function scriptBody(text: string, from: number): { text: string; next: number } {
  let search = from;
  for (;;) {
    const close = text.indexOf('</', search);
    if (close < 0) return { text: text.slice(from), next: text.length };
    const after = text.charCodeAt(close + 8);
    if (text.slice(close + 2, close + 8).toLowerCase() === 'script' && (isSpace(after) || after === 0x2f || after === 0x3e)) {
      const end = text.indexOf('>', close + 8);
      return { text: text.slice(from, close), next: end < 0 ? text.length : end + 1 };
    }
    search = close + 2;
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** Decodes the character references that occur in URLs and media types; others stay as written. */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|amp|quot|apos|lt|gt);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

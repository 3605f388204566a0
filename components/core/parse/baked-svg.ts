/**
 * Credentials baked into SVG images, found without a DOM: a single forward scan over the XML
 * (tags, attributes, comments, CDATA, processing instructions, a DOCTYPE) that tracks namespace
 * declarations, so the badge element is recognised by namespace, whatever its prefix.
 *
 * OB 3.0 §Baked Badge/SVG: `<credential>` in `https://purl.imsglobal.org/ob/v3p0`, JWS in `verify`
 * or JSON in a CDATA body. OB 2.0 Baking §SVGs: `<assertion>` in `http://openbadges.org`, `verify`
 * holding a JWS or the hosted URL, JSON in a CDATA body. Both: "only one" such element.
 *
 * Every step moves forward and every search starts where the last one ended, so the work is
 * linear in the input; entity references are decoded (the five XML ones and character
 * references) but never expanded from a DTD.
 */
import { problem, type Problem } from '../problems.ts';
import { bakedMultiple, imageMalformed, type BakedPayload, type BakedSvg, type BakedSvgNamespace } from './baked.ts';

export interface SvgLimits {
  /** Characters read at most; badge SVGs are kilobytes, the pipeline's byte cap normally bites first. */
  maxChars: number;
  /** Element nesting at most; real SVGs nest tens deep. */
  maxDepth: number;
}

export const DEFAULT_SVG_LIMITS: SvgLimits = {
  maxChars: 8 * 1024 * 1024,
  maxDepth: 1024,
};

const BADGE_ELEMENTS: readonly { kind: BakedSvgNamespace; namespace: string; localName: string }[] = [
  { kind: 'ob3', namespace: 'https://purl.imsglobal.org/ob/v3p0', localName: 'credential' },
  { kind: 'ob2', namespace: 'http://openbadges.org', localName: 'assertion' },
];

/**
 * The badge baked into an SVG: the payload, null when the image carries none, or a problem when
 * the text is not a well-formed SVG or carries more than one badge element.
 */
export function extractFromSvg(text: string, limits: SvgLimits = DEFAULT_SVG_LIMITS): BakedPayload | null | Problem {
  if (text.length > limits.maxChars) {
    return problem('INPUT_TOO_LARGE', `the SVG has ${text.length} characters; the limit is ${limits.maxChars}`);
  }
  return new SvgBadgeScanner(text, limits.maxDepth).scan();
}

interface StartTag {
  attributes: Attribute[];
  selfClosing: boolean;
}

interface Attribute {
  name: string;
  /** As written between the quotes, not yet normalised or decoded. */
  raw: string;
}

interface OpenElement {
  name: string;
  /** Namespace bindings this element shadowed, restored when it closes ([prefix, previous URI]). */
  shadowed: [string, string | undefined][];
}

interface BadgeCapture {
  /** Stack depth of the badge element: its text is collected until the element at this depth closes. */
  depth: number;
  namespace: BakedSvgNamespace;
  verify: string | undefined;
  parts: string[];
}

/** Thrown inside the scanner only, turned into problems at its boundary. */
class MalformedSvg extends Error {}
class DepthExceeded extends Error {}

class SvgBadgeScanner {
  private pos = 0;
  private readonly open: OpenElement[] = [];
  /** In-scope namespace bindings: prefix ('' for the default namespace) → namespace URI. */
  private readonly bindings = new Map<string, string>();
  private rootSeen = false;
  private capture: BadgeCapture | null = null;
  private found: BakedSvg | null = null;
  private readonly badgesSeen: string[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  scan(): BakedPayload | null | Problem {
    try {
      this.scanDocument();
    } catch (error) {
      if (error instanceof MalformedSvg) return imageMalformed(error.message);
      if (error instanceof DepthExceeded) return problem('INPUT_TOO_DEEP', error.message);
      throw error;
    }
    if (this.badgesSeen.length > 1) {
      // OB 2.0 Baking §SVGs and OB 3.0 §Baked Badge: "There MUST be only one" badge element.
      return bakedMultiple(`the SVG has ${this.badgesSeen.length} badge elements (${this.badgesSeen.join(', ')}); at most one is allowed`);
    }
    return this.found;
  }

  private scanDocument(): void {
    const { text } = this;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      this.collectText(lt < 0 ? text.length : lt);
      if (lt < 0) break;
      this.pos = lt;
      this.scanMarkup();
      if (this.rootSeen && this.open.length === 0) return;
    }
    if (!this.rootSeen) this.fail('the text has no root element');
    const unclosed = this.open[this.open.length - 1];
    if (unclosed) this.fail(`the SVG ends inside <${unclosed.name}>`);
  }

  private scanMarkup(): void {
    if (this.startsWith('<!--')) this.skipComment();
    else if (this.startsWith('<![CDATA[')) this.scanCdata();
    else if (this.startsWith('<!')) this.skipDeclaration();
    else if (this.startsWith('<?')) this.skipPast('?>', 'processing instruction');
    else if (this.startsWith('</')) this.scanEndTag();
    else this.scanStartTag();
  }

  private skipComment(): void {
    this.pos += '<!--'.length;
    this.skipPast('-->', 'comment');
  }

  private scanCdata(): void {
    const start = this.pos + '<![CDATA['.length;
    this.pos = start;
    this.skipPast(']]>', 'CDATA section');
    if (this.capture) this.capture.parts.push(normaliseLineEnds(this.text.slice(start, this.pos - ']]>'.length)));
  }

  /** `<!DOCTYPE …>`, including an internal subset whose declarations may hold `>` in quotes or comments. */
  private skipDeclaration(): void {
    if (this.rootSeen) this.fail(`a declaration appears inside the root element at character ${this.pos}`);
    const { text } = this;
    const start = this.pos;
    let quote = '';
    let bracketDepth = 0;
    this.pos += '<!'.length;
    while (this.pos < text.length) {
      const c = text[this.pos];
      if (quote) {
        if (c === quote) quote = '';
      } else if (this.startsWith('<!--')) {
        this.skipComment();
        continue;
      } else if (this.startsWith('<?')) {
        this.skipPast('?>', 'processing instruction');
        continue;
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '[') {
        bracketDepth++;
      } else if (c === ']') {
        bracketDepth--;
      } else if (c === '>' && bracketDepth <= 0) {
        this.pos++;
        return;
      }
      this.pos++;
    }
    this.fail(`the declaration at character ${start} is not closed`);
  }

  private scanEndTag(): void {
    const start = this.pos;
    this.pos += '</'.length;
    const name = this.readName();
    this.skipWhitespace();
    if (this.text[this.pos] !== '>') this.fail(`the end tag at character ${start} is not closed`);
    this.pos++;
    const element = this.open[this.open.length - 1];
    if (!element || element.name !== name) {
      this.fail(`the end tag </${name}> at character ${start} does not match ${element ? `<${element.name}>` : 'any open element'}`);
    }
    this.closeElement();
  }

  private scanStartTag(): void {
    const start = this.pos;
    this.pos++;
    const name = this.readName();
    const { attributes, selfClosing } = this.readAttributes(start);
    if (this.open.length >= this.maxDepth) throw new DepthExceeded(`the SVG nests elements deeper than ${this.maxDepth} levels`);
    const element: OpenElement = { name, shadowed: this.declareNamespaces(attributes) };
    const { prefix, localName } = splitQualifiedName(name);
    if (!this.rootSeen) this.checkRoot(localName, name);
    this.open.push(element);
    const badge = this.badgeNamespace(prefix, localName);
    if (badge) this.recordBadge(badge, name, start, attributes);
    if (selfClosing) this.closeElement();
  }

  /** Attributes up to and including the tag's closing `>` or `/>`. */
  private readAttributes(tagStart: number): StartTag {
    const { text } = this;
    const attributes: Attribute[] = [];
    let names: Set<string> | null = null;
    for (;;) {
      this.skipWhitespace();
      const c = text[this.pos];
      if (c === '>') {
        this.pos++;
        return { attributes, selfClosing: false };
      }
      if (c === '/' && text[this.pos + 1] === '>') {
        this.pos += 2;
        return { attributes, selfClosing: true };
      }
      if (c === undefined) this.fail(`the tag at character ${tagStart} is not closed`);
      const attribute = this.readAttribute();
      names ??= new Set();
      if (names.has(attribute.name)) this.fail(`the tag at character ${tagStart} repeats the attribute ${attribute.name}`);
      names.add(attribute.name);
      attributes.push(attribute);
    }
  }

  private readAttribute(): Attribute {
    const { text } = this;
    const name = this.readName();
    this.skipWhitespace();
    if (text[this.pos] !== '=') this.fail(`the attribute ${name} at character ${this.pos} has no value`);
    this.pos++;
    this.skipWhitespace();
    const quote = text[this.pos];
    if (quote !== '"' && quote !== "'") this.fail(`the value of the attribute ${name} at character ${this.pos} is not quoted`);
    const end = text.indexOf(quote, this.pos + 1);
    if (end < 0) this.fail(`the value of the attribute ${name} at character ${this.pos} is not closed`);
    const raw = text.slice(this.pos + 1, end);
    this.pos = end + 1;
    return { name, raw };
  }

  /** Applies `xmlns` / `xmlns:p` declarations (Namespaces in XML §3), returning what they shadowed. */
  private declareNamespaces(attributes: Attribute[]): [string, string | undefined][] {
    const shadowed: [string, string | undefined][] = [];
    for (const { name, raw } of attributes) {
      const prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice('xmlns:'.length) : null;
      if (prefix === null) continue;
      shadowed.push([prefix, this.bindings.get(prefix)]);
      this.bindings.set(prefix, decodeAttributeValue(raw));
    }
    return shadowed;
  }

  private checkRoot(localName: string, name: string): void {
    if (localName !== 'svg') this.fail(`the root element is <${name}>, not <svg>`);
    this.rootSeen = true;
  }

  private badgeNamespace(prefix: string, localName: string): BakedSvgNamespace | null {
    // An unprefixed name is in the default namespace; an undeclared prefix is in none.
    const namespace = this.bindings.get(prefix);
    if (namespace === undefined) return null;
    return BADGE_ELEMENTS.find((element) => element.namespace === namespace && element.localName === localName)?.kind ?? null;
  }

  private recordBadge(namespace: BakedSvgNamespace, name: string, start: number, attributes: Attribute[]): void {
    this.badgesSeen.push(`<${name}> at character ${start}`);
    if (this.badgesSeen.length > 1) return;
    const verifyRaw = attributes.find((attribute) => attribute.name === 'verify')?.raw;
    this.capture = { depth: this.open.length, namespace, verify: verifyRaw === undefined ? undefined : decodeAttributeValue(verifyRaw), parts: [] };
  }

  private closeElement(): void {
    const capture = this.capture;
    if (capture && capture.depth === this.open.length) {
      this.found = toPayload(capture);
      this.capture = null;
    }
    const element = this.open.pop();
    for (const [prefix, previous] of element?.shadowed ?? []) {
      if (previous === undefined) this.bindings.delete(prefix);
      else this.bindings.set(prefix, previous);
    }
  }

  private collectText(end: number): void {
    if (this.capture && end > this.pos) this.capture.parts.push(decodeEntities(normaliseLineEnds(this.text.slice(this.pos, end))));
  }

  /** An XML name: everything up to whitespace or a character that ends a name in markup. */
  private readName(): string {
    const { text } = this;
    const start = this.pos;
    while (this.pos < text.length && !isNameTerminator(text.charCodeAt(this.pos))) this.pos++;
    if (this.pos === start) this.fail(`a name was expected at character ${start}`);
    return text.slice(start, this.pos);
  }

  private skipWhitespace(): void {
    while (this.pos < this.text.length && isXmlWhitespace(this.text.charCodeAt(this.pos))) this.pos++;
  }

  private skipPast(terminator: string, what: string): void {
    const end = this.text.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`the ${what} before character ${this.pos} is not closed`);
    this.pos = end + terminator.length;
  }

  private startsWith(token: string): boolean {
    return this.text.startsWith(token, this.pos);
  }

  private fail(detail: string): never {
    throw new MalformedSvg(`the SVG is not well-formed: ${detail}`);
  }
}

function toPayload(capture: BadgeCapture): BakedSvg {
  const payload: BakedSvg = { container: 'svg', namespace: capture.namespace };
  const verify = capture.verify?.trim();
  if (verify) payload.verify = verify;
  const body = capture.parts.join('').trim();
  if (body) payload.body = body;
  return payload;
}

function splitQualifiedName(name: string): { prefix: string; localName: string } {
  const colon = name.indexOf(':');
  return colon < 0 ? { prefix: '', localName: name } : { prefix: name.slice(0, colon), localName: name.slice(colon + 1) };
}

function isXmlWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** Whitespace, `/`, `>`, `=`, `<` and quotes end a name; well-formed names contain none of them. */
function isNameTerminator(c: number): boolean {
  return isXmlWhitespace(c) || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x3c || c === 0x22 || c === 0x27;
}

/** XML 1.0 §2.11: CR LF and lone CR become LF before anything else sees the text. */
function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** XML 1.0 §3.3.3: literal whitespace in an attribute value becomes a space; references are decoded after. */
function decodeAttributeValue(raw: string): string {
  return decodeEntities(normaliseLineEnds(raw).replace(/[\t\n]/g, ' '));
}

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** `#x10FFFF` and `#1114111` are the longest references worth decoding; the `;` must come within this. */
const MAX_REFERENCE_LENGTH = 10;

/**
 * Decodes the predefined entities and character references (XML 1.0 §4.1, §4.6). Anything else,
 * such as an entity a DTD would declare, stays as written: DTDs are never read.
 */
function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  const parts: string[] = [];
  let from = 0;
  while (amp >= 0) {
    const semicolon = text.slice(amp + 1, amp + 2 + MAX_REFERENCE_LENGTH).indexOf(';');
    const decoded = semicolon < 0 ? undefined : decodeReference(text.slice(amp + 1, amp + 1 + semicolon));
    if (decoded !== undefined) {
      parts.push(text.slice(from, amp), decoded);
      from = amp + semicolon + 2;
    }
    amp = text.indexOf('&', decoded === undefined ? amp + 1 : from);
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function decodeReference(reference: string): string | undefined {
  if (!reference.startsWith('#')) return PREDEFINED_ENTITIES[reference];
  const hex = reference[1] === 'x';
  const digits = reference.slice(hex ? 2 : 1);
  if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return undefined;
  const codePoint = Number.parseInt(digits, hex ? 16 : 10);
  return isXmlChar(codePoint) ? String.fromCodePoint(codePoint) : undefined;
}

/** XML 1.0 §2.2 Char. */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

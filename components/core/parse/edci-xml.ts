/**
 * Legacy Europass credentials (EDCI 1.x, ELM v2): XML documents whose root is
 * `verifiablePresentation` or `europassCredential` in a namespace under http://data.europa.eu/snb,
 * sealed with enveloped XAdES. Recognised here without a DOM (the engine has none) so the verdict
 * can say "unverifiable: legacy XAdES seal not supported" instead of "not a credential".
 */
import { problem, type Problem } from '../problems.ts';

export type LegacyEdciRoot = 'verifiablePresentation' | 'europassCredential';

export interface LegacyEdciXml {
  root: LegacyEdciRoot;
  namespace: string;
  /** An XML-DSig `Signature` element appears in the document. */
  signed: boolean;
  /** XAdES qualifying properties (ETSI EN 319 132-1 namespace) appear in the document. */
  xades: boolean;
  /** What to report: the format is recognised but its seal cannot be checked here. */
  problem: Problem;
}

const ROOTS: ReadonlySet<string> = new Set<LegacyEdciRoot>(['verifiablePresentation', 'europassCredential']);
const SNB = 'http://data.europa.eu/snb';
const XMLDSIG = 'http://www.w3.org/2000/09/xmldsig#';
const XADES = 'http://uri.etsi.org/01903/';
/** The prolog (declaration, comments, DOCTYPE) is short; do not scan a large non-XML input for it. */
const PROLOG_LIMIT = 64 * 1024;

/** Recognises a legacy EDCI XML credential; `null` for anything else. */
export function detectLegacyEdciXml(text: string): LegacyEdciXml | null {
  const start = rootStart(text);
  if (start < 0) return null;
  const tag = readStartTag(text, start);
  if (!tag) return null;
  const colon = tag.name.indexOf(':');
  const prefix = colon < 0 ? '' : tag.name.slice(0, colon);
  const local = colon < 0 ? tag.name : tag.name.slice(colon + 1);
  const namespace = tag.namespaces.get(prefix);
  if (!ROOTS.has(local) || namespace === undefined || !inSnbNamespace(namespace)) return null;
  const signed = text.includes(XMLDSIG) && /<(?:[A-Za-z_][\w.-]*:)?Signature[\s>/]/.test(text);
  const xades = text.includes(XADES);
  const seal = signed ? `an enveloped XML signature${xades ? ' (XAdES)' : ''}` : 'no XML signature';
  return {
    root: local as LegacyEdciRoot,
    namespace,
    signed,
    xades,
    problem: problem(
      'EDCI_XML_UNSUPPORTED',
      `legacy Europass XML credential (EDCI 1.x, root ${local} in ${namespace}) with ${seal}; XAdES seals are not verified`,
    ),
  };
}

function inSnbNamespace(namespace: string): boolean {
  return namespace === SNB || namespace.startsWith(`${SNB}/`);
}

/** Index of the root element's '<', after a BOM, the XML declaration, comments, PIs and DOCTYPE. */
function rootStart(text: string): number {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < Math.min(text.length, PROLOG_LIMIT)) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') i++;
    else if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else if (text.startsWith('<!DOCTYPE', i)) i = afterDoctype(text, i);
    else return c === '<' ? i : -1;
    if (i < 0) return -1;
  }
  return -1;
}

function after(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end < 0 ? -1 : end + terminator.length;
}

/** A DOCTYPE may carry an internal subset in brackets, which may itself contain '>'. */
function afterDoctype(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

interface StartTag {
  name: string;
  /** Namespace declarations on the root: '' for the default namespace, else the prefix. */
  namespaces: Map<string, string>;
}

/** Reads `<name attr="value" ...>` (quotes may hold '>'), keeping the xmlns declarations. */
function readStartTag(text: string, start: number): StartTag | null {
  const nameMatch = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(start, start + 256));
  if (!nameMatch) return null;
  const end = tagEnd(text, start);
  if (end < 0) return null;
  const attributes = text.slice(start + nameMatch[0].length, end);
  const namespaces = new Map<string, string>();
  for (const match of attributes.matchAll(/\bxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    namespaces.set(match[1] ?? '', match[2] ?? match[3] ?? '');
  }
  return { name: nameMatch[1]!, namespaces };
}

function tagEnd(text: string, start: number): number {
  let quote = '';
  for (let i = start; i < Math.min(text.length, start + PROLOG_LIMIT); i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i;
    }
  }
  return -1;
}

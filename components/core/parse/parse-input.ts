/**
 * Input → the document to verify, and how it is secured. Accepts a URL (fetched under the URL
 * policy), text (JSON, a JWT), bytes, or an already-parsed object, and recognises W3C credentials
 * and presentations (JSON-LD with embedded proofs, VC-JWT, VC-JOSE) and Open Badges 2.0.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { problem, quote, type Problem } from '../problems.ts';
import type { CredentialFormat, ReportSource } from '../report.ts';
import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../resolve/contexts.ts';
import type { JsonObject } from '../suites/canonize.ts';
import { asArray, checkJsonValue, decodeUtf8, isObject, parseJson, typeList, type JsonLimits } from './json.ts';
import { bakedSvgText, classifyBakedText, isBakedPayload, type BakedPayload } from './baked.ts';
import { decodeCompactJws, looksLikeCompactJws, type CompactJws } from './jwt.ts';
import { isOb2Assertion, ob2VerificationType } from './ob2.ts';
import { createContextLoader } from '../resolve/context-loader.ts';
import { isJadesEnvelope, parseJadesEnvelope } from '../suites/jades-envelope.ts';
import { readDataUrl } from './data-url.ts';
import { detectLegacyEdciXml } from './edci-xml.ts';
import { decodeJwtCredential } from './vc-jwt.ts';
import { loadOnce } from '../lazy.ts';

const loadReadUrl = loadOnce(() => import('./read-url.ts'));
const loadBakedPng = loadOnce(() => import('./baked-png.ts'));
const loadBakedSvg = loadOnce(() => import('./baked-svg.ts'));
const loadQrPayload = loadOnce(() => import('./qr-payload.ts'));

/** What `verify` accepts: a URL, text (JSON or a JWT), bytes, or a parsed JSON object. */
export type VerifyInput = string | URL | Uint8Array | ArrayBuffer | JsonObject;

/** How the document is secured, which decides how `proof` and `issuer-key` are checked. */
export type Securing =
  | { type: 'embedded' }
  | { type: 'jose'; jws: CompactJws; mismatches: Problem[] }
  | { type: 'ob2-hosted' }
  | { type: 'ob2-signed'; jws: CompactJws }
  /** A Europass EDC: a JAdES seal over the payload; `sealed` is the envelope as received. */
  | { type: 'jades'; sealed: JsonObject };

export interface ParsedSubject {
  kind: 'credential' | 'presentation';
  /** The data model the document follows: W3C Verifiable Credentials, or Open Badges 2.0. */
  family: 'vc' | 'ob2';
  /** The claims: the document as received, or the credential a JWT carries. */
  document: JsonObject;
  format: CredentialFormat;
  /** The VC data model version its base context names, if any. */
  dataModel: 1 | 2 | null;
  securing: Securing;
  /** The image the credential was baked into, if it came in one. */
  container?: 'png' | 'svg';
}

export type ParseOutcome =
  | { ok: true; subject: ParsedSubject }
  | { ok: false; problem: Problem; /** true when nothing was decided (not retrievable, not supported) */ undecided: boolean };

export interface ReadInput {
  source: ReportSource;
  parsed: ParseOutcome;
}

export interface ParseContext {
  documents: DocumentSource;
  limits: JsonLimits;
}

/** The first eight bytes of every PNG (PNG §5.2). */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** For URLs a credential names itself, such as the hosted assertion URL baked into an image. */
const INPUT_ACCEPT = 'application/ld+json, application/vc+ld+json, application/json;q=0.9, application/vc+jwt;q=0.8, text/plain;q=0.5';

export async function readInput(input: VerifyInput, context: ParseContext): Promise<ReadInput> {
  if (input instanceof URL || (typeof input === 'string' && /^https?:\/\/\S+$/i.test(input.trim()))) {
    const url = input instanceof URL ? input.href : input.trim();
    // Platform rules and page sniffing are loaded only for URL inputs.
    const { readUrl } = await loadReadUrl();
    const { outcome, platform } = await readUrl(url, context, { bytes: parseBytes, value: parseValue, undecided });
    return { source: platform ? { kind: 'url', url, platform } : { kind: 'url', url }, parsed: outcome };
  }
  if (typeof input === 'string') return { source: { kind: 'text' }, parsed: await parseText(input, context) };
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    return { source: { kind: 'bytes' }, parsed: await parseBytes(input instanceof Uint8Array ? input : new Uint8Array(input), context) };
  }
  const invalid = checkJsonValue(input, context.limits);
  return { source: { kind: 'object' }, parsed: invalid ? refuse(invalid) : await parseValue(input, context) };
}

export async function parseBytes(bytes: Uint8Array, context: ParseContext): Promise<ParseOutcome> {
  if (bytes.byteLength > context.limits.maxBytes) {
    return refuse(problem('INPUT_TOO_LARGE', `the input has ${bytes.byteLength} bytes; the limit is ${context.limits.maxBytes}`));
  }
  if (PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    const { extractFromPng } = await loadBakedPng();
    return parseBaked(await extractFromPng(bytes), context);
  }
  return parseText(decodeUtf8(bytes), context);
}

/**
 * A badge image: the text baked into it is a credential (JSON or a JWT) or, in legacy Open Badges
 * images, the URL of a hosted assertion (OB 2.0 Baking §PNG; OB 3.0 §5.3 "Baked Badges").
 */
async function parseBaked(baked: BakedPayload | Problem | null, context: ParseContext): Promise<ParseOutcome> {
  if (baked === null) return refuse(problem('IMAGE_NOT_BAKED', 'the image carries no baked credential'));
  if (!isBakedPayload(baked)) return refuse(baked);
  const text = baked.container === 'png' ? baked.text : bakedSvgText(baked);
  const classified = text === undefined ? null : classifyBakedText(text);
  if (!classified) return refuse(problem('INPUT_UNRECOGNISED', `the credential baked into the ${baked.container.toUpperCase()} is neither JSON, a JWT nor a URL`));
  let parsed: ParseOutcome;
  if (classified.kind === 'url') {
    const fetched = await context.documents.bytes(classified.value, INPUT_ACCEPT);
    parsed = fetched.ok ? await parseText(decodeUtf8(fetched.bytes), context) : undecided(fetched.problem);
  } else {
    parsed = await parseText(classified.value, context);
  }
  return parsed.ok ? accept({ ...parsed.subject, container: baked.container }) : parsed;
}

export async function parseText(text: string, context: ParseContext): Promise<ParseOutcome> {
  const trimmed = text.trim();
  if (trimmed === '') return refuse(problem('INPUT_EMPTY', 'the input is empty'));
  if (/^[{["\-\d]|^(true|false|null)$/.test(trimmed)) {
    const json = parseJson(trimmed, context.limits);
    return json.ok ? parseValue(json.value, context) : refuse(json.problem);
  }
  if (looksLikeCompactJws(trimmed)) return parseJws(trimmed, context);
  if (/^(VP1-|VC1-|openid-credential-offer:|dccrequest:)/i.test(trimmed)) return parseQrText(trimmed, context);
  if (trimmed.startsWith('<') && /<svg[\s>]/i.test(trimmed.slice(0, 4096))) {
    const { extractFromSvg } = await loadBakedSvg();
    return parseBaked(extractFromSvg(trimmed), context);
  }
  const legacy = trimmed.startsWith('<') ? detectLegacyEdciXml(trimmed) : null;
  if (legacy) return undecided(legacy.problem);
  return refuse(problem('INPUT_UNRECOGNISED', `the input starting ${quote(trimmed.slice(0, 40))} is neither JSON nor a JWT`));
}

/** QR code text: compressed CBOR-LD credentials (VPQR, VC Barcodes) or an issuance offer. */
async function parseQrText(text: string, context: ParseContext): Promise<ParseOutcome> {
  // CBOR-LD decoding is loaded only when a QR payload needs it.
  const { readQrPayload } = await loadQrPayload();
  const reading = await readQrPayload(text, { documentLoader: createContextLoader(context.documents) });
  if (reading.kind === 'decoded') return parseValue(reading.document, context);
  if (reading.kind === 'undecodable') return undecided(reading.problem);
  if (reading.kind === 'issuance-offer') return refuse(reading.problem);
  return refuse(problem('QR_PAYLOAD_MALFORMED', `the QR text starting ${quote(text.slice(0, 40))} is not a credential payload`));
}

/** A JSON value (or a JWT string, as in a presentation's verifiableCredential) → what it is. */
export async function parseValue(value: unknown, context: ParseContext): Promise<ParseOutcome> {
  if (typeof value === 'string') return parseText(value, context);
  if (!isObject(value)) {
    return refuse(problem('INPUT_NOT_OBJECT', `the document is ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not a JSON object`));
  }
  if (isOb2Assertion(value)) return parseOb2(value);
  if (isJadesEnvelope(value)) return parseSealed(value);
  const types = typeList(value.type);
  if (types.includes('EnvelopedVerifiableCredential') || types.includes('EnvelopedVerifiablePresentation')) {
    const data = typeof value.id === 'string' ? readDataUrl(value.id) : null;
    if (!data) return refuse(problem('INPUT_UNRECOGNISED', `the enveloped credential's id ${quote(value.id, 60)} is not a data: URL`));
    return parseText(data.text, context);
  }
  const kind = types.includes('VerifiablePresentation') ? 'presentation'
    : types.includes('VerifiableCredential') || 'credentialSubject' in value ? 'credential'
    : null;
  if (!kind) {
    return refuse(problem('NOT_A_CREDENTIAL', `type ${quote(value.type)} names neither VerifiableCredential nor VerifiablePresentation`));
  }
  const dataModel = dataModelOf(value['@context']);
  return accept({ kind, family: 'vc', document: value, dataModel, format: jsonLdFormat(kind, dataModel), securing: { type: 'embedded' } });
}

function parseJws(token: string, context: ParseContext): ParseOutcome {
  const jws = decodeCompactJws(token);
  if (!('token' in jws)) return refuse(jws);
  // The payload is held to the same limits as JSON given directly.
  const excess = checkJsonValue(jws.payload, context.limits, 'the JWT payload');
  if (excess) return refuse(excess);
  if (isOb2Assertion(jws.payload)) {
    return accept({ kind: 'credential', family: 'ob2', document: jws.payload, dataModel: null, format: 'ob2-signed', securing: { type: 'ob2-signed', jws } });
  }
  const decoded = decodeJwtCredential(jws);
  if (!decoded) return refuse(problem('NOT_A_CREDENTIAL', 'the JWT carries neither a credential nor a presentation'));
  const dataModel = dataModelOf(decoded.document['@context']) ?? decoded.dataModel;
  const format: CredentialFormat = decoded.kind === 'credential' ? (dataModel === 2 ? 'vc2-jose' : 'vc1-jwt') : dataModel === 2 ? 'vp2-jose' : 'vp1-jwt';
  return accept({ kind: decoded.kind, family: 'vc', document: decoded.document, dataModel, format, securing: { type: 'jose', jws, mismatches: decoded.mismatches } });
}

/** A JAdES envelope (Europass EDC): the credential is the payload, as the seal's JSON text. */
function parseSealed(sealed: JsonObject): ParseOutcome {
  const opened = parseJadesEnvelope(sealed);
  if (!opened.ok) return refuse(opened.problem);
  const payload = opened.envelope.payloadJson;
  if (!isObject(payload)) return refuse(opened.envelope.payloadProblem ?? problem('INPUT_NOT_OBJECT', 'the sealed payload is not a JSON object'));
  const types = typeList(payload.type);
  const kind = types.includes('VerifiablePresentation') ? 'presentation' : types.includes('VerifiableCredential') ? 'credential' : null;
  if (!kind) return refuse(problem('NOT_A_CREDENTIAL', `the sealed payload has type ${quote(payload.type)}, neither a credential nor a presentation`));
  return accept({ kind, family: 'vc', document: payload, dataModel: dataModelOf(payload['@context']), format: 'edc-jades', securing: { type: 'jades', sealed } });
}

function parseOb2(assertion: JsonObject): ParseOutcome {
  const verification = ob2VerificationType(assertion);
  if (verification === 'signed') {
    return undecided(problem('FORMAT_UNSUPPORTED', 'this Open Badges 2.0 assertion is signed, but only its JSON was given: the signed JWS is needed to verify it'));
  }
  return accept({ kind: 'credential', family: 'ob2', document: assertion, dataModel: null, format: 'ob2-hosted', securing: { type: 'ob2-hosted' } });
}


function jsonLdFormat(kind: 'credential' | 'presentation', dataModel: 1 | 2 | null): CredentialFormat {
  if (dataModel === null) return 'unknown';
  if (kind === 'credential') return dataModel === 1 ? 'vc1-jsonld' : 'vc2-jsonld';
  return dataModel === 1 ? 'vp1-jsonld' : 'vp2-jsonld';
}

function dataModelOf(context: unknown): 1 | 2 | null {
  const first = Array.isArray(context) ? context[0] : context;
  return first === VC_V1_CONTEXT ? 1 : first === VC_V2_CONTEXT ? 2 : null;
}

/**
 * The credentials verified as children: those a presentation carries (VCDM 2.0 §4.13
 * `verifiableCredential`), and those a CLR 2.0 credential nests in its subject.
 */
export function embeddedCredentials(subject: ParsedSubject): unknown[] {
  const { document } = subject;
  if (subject.kind === 'presentation') return asArray(document.verifiableCredential);
  if (typeList(document.type).includes('ClrCredential') && isObject(document.credentialSubject)) {
    return asArray(document.credentialSubject.verifiableCredential);
  }
  return [];
}

/** The most credentials one document may carry, each verified on its own (real ones carry a few). */
const MAX_EMBEDDED_CREDENTIALS = 100;

function accept(subject: ParsedSubject): ParseOutcome {
  const embedded = embeddedCredentials(subject).length;
  if (embedded > MAX_EMBEDDED_CREDENTIALS) {
    return refuse(problem('INPUT_TOO_LARGE', `the ${subject.kind} carries ${embedded} credentials; at most ${MAX_EMBEDDED_CREDENTIALS} are verified, each on its own`));
  }
  return { ok: true, subject };
}

function refuse(reason: Problem): ParseOutcome {
  return { ok: false, problem: reason, undecided: false };
}

export function undecided(reason: Problem): ParseOutcome {
  return { ok: false, problem: reason, undecided: true };
}

/**
 * QR code text → what it holds: a URL, JSON, a compact JWS, a CBOR-LD credential (`VP1-` VPQR,
 * `VC1-` W3C VC Barcodes), or an issuance offer, which is not verifiable (research/links.md §4).
 * CBOR-LD payloads decode with @digitalbazaar/vpqr and @digitalbazaar/cborld against pinned
 * contexts only: a context that is not pinned makes the payload undecodable, never a fetch.
 */
import type { DocumentLoader } from 'jsonld';
import { util as vpqr, type TypeTable, type TypeTableLoader } from '@digitalbazaar/vpqr';
import { problem, quote, type Problem } from '../problems.ts';
import { UnknownContextError } from '../resolve/context-loader.ts';
import { BUNDLED_CONTEXTS } from '../resolve/contexts.ts';
import type { JsonObject } from '../suites/canonize.ts';
import { checkJsonValue, DEFAULT_JSON_LIMITS, isObject } from './json.ts';

export type CborLdScheme = 'vpqr' | 'vc-barcode';

export interface CborLdPayload {
  kind: 'cbor-ld';
  scheme: CborLdScheme;
  header: 'VP1-' | 'VC1-';
  encoding: 'base45' | 'base32';
  text: string;
}

export type QrPayload =
  | { kind: 'url'; url: string }
  | { kind: 'json'; text: string }
  | { kind: 'jwt'; token: string }
  | CborLdPayload
  /** An invitation to receive a credential (OpenID4VCI, DCC request): nothing to verify. */
  | { kind: 'issuance-offer'; problem: Problem }
  | { kind: 'unrecognised'; problem: Problem };

/** QR version 40 holds at most 7089 characters (numeric mode, ISO/IEC 18004 table 7); longer text came from elsewhere. */
export const MAX_QR_TEXT = 7089;

const BASE45 = /^[0-9A-Z $%*+\-./:]+$/;
const BASE32 = /^[A-Z2-7]+=*$/;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

interface CborLdHeader {
  header: CborLdPayload['header'];
  scheme: CborLdScheme;
  /** Multibase prefixes the scheme allows: VPQR takes base45 and base32 (vpqr lib/util.js); VC Barcodes base45 only (vc-barcodes "Decode"). */
  encodings: Partial<Record<string, { encoding: CborLdPayload['encoding']; alphabet: RegExp }>>;
}

const CBOR_LD_HEADERS: readonly CborLdHeader[] = [
  { header: 'VP1-', scheme: 'vpqr', encodings: { R: { encoding: 'base45', alphabet: BASE45 }, B: { encoding: 'base32', alphabet: BASE32 } } },
  { header: 'VC1-', scheme: 'vc-barcode', encodings: { R: { encoding: 'base45', alphabet: BASE45 } } },
];

/** Issuance deep links (research/links.md §4 and corpus qr-payloads/qr_payload_kinds.txt). */
const ISSUANCE_OFFERS: readonly { pattern: RegExp; name: string }[] = [
  { pattern: /^openid-credential-offer:\/\//i, name: 'an OpenID4VCI credential offer' },
  { pattern: /^dccrequest:\/\//i, name: 'a DCC credential request' },
  { pattern: /^https:\/\/lcw\.app\/request(?:\.html)?(?:[?#]|$)/i, name: 'a Learner Credential Wallet credential request' },
];

export function classifyQrPayload(raw: string): QrPayload {
  const text = raw.trim();
  if (text === '') return unrecognised(problem('INPUT_EMPTY', 'the QR code text is empty'));
  if (text.length > MAX_QR_TEXT) {
    return unrecognised(problem('INPUT_TOO_LARGE', `the QR code text has ${text.length} characters; a QR code holds at most ${MAX_QR_TEXT}`));
  }
  const cborLd = CBOR_LD_HEADERS.find((entry) => text.startsWith(entry.header));
  if (cborLd) return classifyCborLd(text, cborLd);
  const offer = ISSUANCE_OFFERS.find((entry) => entry.pattern.test(text));
  if (offer) {
    const detail = `the QR code holds ${offer.name} (${quote(text, 60)}): an invitation to receive a credential, not a credential that can be verified`;
    return { kind: 'issuance-offer', problem: problem('ISSUANCE_OFFER', detail) };
  }
  if (/^https?:\/\/\S+$/i.test(text) && URL.canParse(text)) return { kind: 'url', url: text };
  if (text.startsWith('{')) return { kind: 'json', text };
  if (COMPACT_JWS.test(text)) return { kind: 'jwt', token: text };
  return unrecognised(problem('INPUT_UNRECOGNISED', `the QR code text starting ${quote(text.slice(0, 40))} is not a URL, JSON, a JWT or a CBOR-LD credential`));
}

function classifyCborLd(text: string, entry: CborLdHeader): QrPayload {
  const prefix = text.charAt(entry.header.length);
  const body = text.slice(entry.header.length + 1);
  const encoding = entry.encodings[prefix];
  if (!encoding) {
    const allowed = Object.keys(entry.encodings).map((p) => quote(p)).join(' or ');
    return unrecognised(problem('QR_PAYLOAD_MALFORMED', `the ${entry.header} QR payload has multibase prefix ${quote(prefix)}; ${entry.header} allows ${allowed}`));
  }
  if (!encoding.alphabet.test(body)) {
    return unrecognised(problem('QR_PAYLOAD_MALFORMED', `the ${entry.header} QR payload has characters outside the ${encoding.encoding} alphabet`));
  }
  return { kind: 'cbor-ld', scheme: entry.scheme, header: entry.header, encoding: encoding.encoding, text };
}

function unrecognised(reason: Problem): QrPayload {
  return { kind: 'unrecognised', problem: reason };
}

export type QrDecodeOutcome =
  | { ok: true; scheme: CborLdScheme; document: JsonObject }
  | { ok: false; scheme: CborLdScheme; problem: Problem; /** Contexts the payload needs that are not pinned. */ missingContexts: string[] };

export interface QrDecodeOptions {
  /** Loads JSON-LD contexts; the default serves pinned contexts only and fetches nothing. */
  documentLoader?: DocumentLoader;
  /** CBOR-LD type tables by registry entry id, beyond the ones known here. */
  typeTables?: ReadonlyMap<number, TypeTable>;
}

/**
 * The type table of CBOR-LD registry entry 100, used by the VC Barcodes examples
 * (w3c/vc-barcodes index.html; the same table in filip26/iridium-cbor-ld UtopiaBarcode.java and
 * spruceid ssi). Entry 1 (no table) is built into @digitalbazaar/cborld.
 */
const VC_BARCODES_EXAMPLES: TypeTable = new Map([
  ['context', new Map([
    ['https://www.w3.org/ns/credentials/v2', 32768],
    ['https://w3id.org/vc-barcodes/v1', 32769],
    ['https://w3id.org/utopia/v2', 32770],
  ])],
  ['https://w3id.org/security#cryptosuiteString', new Map([
    ['ecdsa-rdfc-2019', 1],
    ['ecdsa-sd-2023', 2],
    ['eddsa-rdfc-2022', 3],
    ['ecdsa-xi-2023', 4],
  ])],
]);

const KNOWN_TYPE_TABLES: ReadonlyMap<number, TypeTable> = new Map([[100, VC_BARCODES_EXAMPLES]]);

const pinnedContexts: DocumentLoader = async (url) => {
  const document = BUNDLED_CONTEXTS.get(url);
  if (!document) throw new UnknownContextError(url);
  return { contextUrl: null, documentUrl: url, document };
};

/** Decodes a `VP1-` or `VC1-` payload into the JSON-LD document it compresses. */
export async function decodeCborLdPayload(payload: CborLdPayload, options: QrDecodeOptions = {}): Promise<QrDecodeOutcome> {
  const { scheme } = payload;
  const missingContexts: string[] = [];
  const fail = (reason: Problem): QrDecodeOutcome => ({ ok: false, scheme, problem: reason, missingContexts });
  let decoded: unknown;
  try {
    const result = await vpqr.fromQrCode({
      expectedHeader: payload.header,
      text: payload.text,
      documentLoader: recordMissing(options.documentLoader ?? pinnedContexts, missingContexts),
      typeTableLoader: typeTableLoader(options.typeTables),
    });
    decoded = result.jsonldDocument;
  } catch (error) {
    return fail(missingContexts.length > 0 ? missingContextsProblem(payload, missingContexts) : decodeProblem(payload, error));
  }
  if (missingContexts.length > 0) return fail(missingContextsProblem(payload, missingContexts));
  if (!isObject(decoded)) return fail(problem('INPUT_NOT_OBJECT', `the ${payload.header} QR payload decodes to ${quote(decoded, 60)}, not a JSON object`));
  const tooBig = checkJsonValue(decoded, DEFAULT_JSON_LIMITS, `the decoded ${payload.header} QR payload`);
  return tooBig ? fail(tooBig) : { ok: true, scheme, document: decoded };
}

/**
 * A loader that notes every context it cannot serve and answers it with an empty context, so
 * decoding goes on and names all the missing contexts at once. The document decoded that way is
 * never returned.
 */
function recordMissing(load: DocumentLoader, missing: string[]): DocumentLoader {
  return async (url) => {
    try {
      return await load(url);
    } catch {
      if (!missing.includes(url)) missing.push(url);
      return { contextUrl: null, documentUrl: url, document: { '@context': {} } };
    }
  };
}

function typeTableLoader(extra: ReadonlyMap<number, TypeTable> | undefined): TypeTableLoader {
  return async ({ registryEntryId }) => extra?.get(registryEntryId) ?? KNOWN_TYPE_TABLES.get(registryEntryId);
}

function missingContextsProblem(payload: CborLdPayload, missing: string[]): Problem {
  const list = missing.map((url) => quote(url)).join(', ');
  return problem('CONTEXT_UNKNOWN', `the ${payload.header} QR payload needs @context ${list}, which ${missing.length === 1 ? 'is' : 'are'} not pinned`);
}

function decodeProblem(payload: CborLdPayload, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  if (isObject(error) && error.code === 'ERR_NO_TYPETABLE') {
    return problem('FORMAT_UNSUPPORTED', `the ${payload.header} QR payload uses a CBOR-LD registry entry whose type table is not known (${message})`);
  }
  return problem('QR_PAYLOAD_MALFORMED', `the ${payload.header} QR payload is not valid ${payload.encoding} CBOR-LD (${message})`);
}

/** A QR payload after decoding what can be decoded here. */
export type QrReading =
  | Exclude<QrPayload, CborLdPayload>
  | { kind: 'decoded'; scheme: CborLdScheme; document: JsonObject }
  | { kind: 'undecodable'; scheme: CborLdScheme; problem: Problem; missingContexts: string[] };

/** Classifies QR code text and decodes CBOR-LD payloads; URLs, JSON and JWTs are returned for the usual pipeline. */
export async function readQrPayload(text: string, options: QrDecodeOptions = {}): Promise<QrReading> {
  const payload = classifyQrPayload(text);
  if (payload.kind !== 'cbor-ld') return payload;
  const outcome = await decodeCborLdPayload(payload, options);
  return outcome.ok
    ? { kind: 'decoded', scheme: outcome.scheme, document: outcome.document }
    : { kind: 'undecodable', scheme: outcome.scheme, problem: outcome.problem, missingContexts: outcome.missingContexts };
}

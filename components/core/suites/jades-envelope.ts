/**
 * The JAdES envelope of a European Digital Credential: a JWS in the JSON serialization
 * (RFC 7515 §7.2), general (`signatures: [...]`) or flattened, with an enveloped payload that is
 * usually unencoded (`b64: false`, RFC 7797). Parsing only: nothing here checks a signature.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { decodeUtf8, isObject, parseJson } from '../parse/json.ts';
import { base64urlDecode } from '../resolve/multibase.ts';

export interface JadesSignatureEntry {
  /** The protected header exactly as sent (base64url): the signing input uses these characters. */
  protected: string;
  protectedHeader: Record<string, unknown>;
  /** The unprotected header (`etsiU` lives here), when present. */
  header?: Record<string, unknown>;
  /** The signature exactly as sent (base64url): `sigTst` time-stamps these characters. */
  signature: string;
}

export interface JadesEnvelope {
  kind: 'jades-envelope';
  serialization: 'general' | 'flattened';
  /** The `payload` member exactly as sent: raw text when b64 is false, base64url otherwise. */
  payload: string;
  /** RFC 7797 §3: absent means true. Taken from the first signature's protected header. */
  b64: boolean;
  /** The payload as text (decoded from base64url when b64 is true). */
  payloadText: string;
  /** The payload parsed as JSON, when it is JSON. */
  payloadJson?: unknown;
  /** Why the payload is not JSON, when it is not (the seal may still be checked). */
  payloadProblem?: Problem;
  signatures: JadesSignatureEntry[];
}

export type EnvelopeOutcome = { ok: true; envelope: JadesEnvelope } | { ok: false; problem: Problem };

/** The shape test alone: a JSON-serialized JWS with an enveloped string payload. */
export function isJadesEnvelope(value: unknown): boolean {
  if (!isObject(value) || typeof value.payload !== 'string') return false;
  if (Array.isArray(value.signatures)) return value.signatures.length > 0;
  return typeof value.protected === 'string' && typeof value.signature === 'string';
}

/** Reads an envelope from a parsed object or JSON text; a problem says why it is not a usable one. */
export function parseJadesEnvelope(value: unknown): EnvelopeOutcome {
  const input = typeof value === 'string' ? parseJson(value, undefined, 'the JAdES envelope') : { ok: true as const, value };
  if (!input.ok) return input;
  if (!isJadesEnvelope(input.value)) {
    return { ok: false, problem: problem('INPUT_UNRECOGNISED', 'not a JWS JSON serialization with "payload" and "signatures" (or "protected" and "signature")') };
  }
  const object = input.value as Record<string, unknown>;
  const serialization = Array.isArray(object.signatures) ? 'general' : 'flattened';
  const rawSignatures = serialization === 'general' ? (object.signatures as unknown[]) : [object];
  const signatures: JadesSignatureEntry[] = [];
  for (const [index, raw] of rawSignatures.entries()) {
    const entry = readSignature(raw, serialization === 'general' ? `signatures[${index}]` : 'the envelope');
    if ('code' in entry) return { ok: false, problem: entry };
    signatures.push(entry);
  }
  return withPayload(object.payload as string, serialization, signatures);
}

function readSignature(raw: unknown, where: string): JadesSignatureEntry | Problem {
  if (!isObject(raw)) return malformed(`${where} is not an object`);
  if (typeof raw.protected !== 'string') return malformed(`${where} has no "protected" header; a seal's header must be integrity-protected`);
  if (typeof raw.signature !== 'string' || base64urlDecode(raw.signature) === null) return malformed(`${where}.signature is not base64url`);
  if (raw.header !== undefined && !isObject(raw.header)) return malformed(`${where}.header is not an object`);
  const protectedHeader = decodeHeader(raw.protected);
  if (!protectedHeader) return malformed(`${where}.protected is not base64url-encoded JSON object text: ${quote(raw.protected, 80)}`);
  const overlap = raw.header ? Object.keys(raw.header).filter((name) => name in protectedHeader) : [];
  // RFC 7515 §7.2.1: the protected and unprotected header parameter names must be disjoint.
  if (overlap.length > 0) return malformed(`${where}: ${overlap.map((name) => quote(name)).join(', ')} appear in both the protected and the unprotected header`);
  const entry: JadesSignatureEntry = { protected: raw.protected, protectedHeader, signature: raw.signature };
  if (raw.header) entry.header = raw.header;
  return entry;
}

function decodeHeader(encoded: string): Record<string, unknown> | null {
  const bytes = base64urlDecode(encoded);
  if (!bytes) return null;
  const parsed = parseJson(decodeUtf8(bytes), undefined, 'the protected header');
  return parsed.ok && isObject(parsed.value) ? parsed.value : null;
}

function withPayload(payload: string, serialization: JadesEnvelope['serialization'], signatures: JadesSignatureEntry[]): EnvelopeOutcome {
  const b64 = signatures[0]!.protectedHeader.b64 !== false;
  // RFC 7797 §3: every signature over one payload must agree on b64.
  if (signatures.some((entry) => (entry.protectedHeader.b64 !== false) !== b64)) return { ok: false, problem: malformed('the signatures disagree on "b64"') };
  let payloadText = payload;
  if (b64) {
    const bytes = base64urlDecode(payload);
    if (!bytes) return { ok: false, problem: malformed('"payload" is not base64url although "b64" is not false') };
    payloadText = decodeUtf8(bytes);
  }
  const envelope: JadesEnvelope = { kind: 'jades-envelope', serialization, payload, b64, payloadText, signatures };
  const parsed = parseJson(payloadText, undefined, 'the sealed payload');
  if (parsed.ok) envelope.payloadJson = parsed.value;
  else envelope.payloadProblem = parsed.problem;
  return { ok: true, envelope };
}

function malformed(detail: string): Problem {
  return problem('PROOF_MALFORMED', detail);
}

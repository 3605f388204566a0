/**
 * Input → the document to verify. Accepts a URL (fetched under the URL policy), text (JSON),
 * bytes, or an already-parsed object, and says what kind of document it is.
 */
import type { DocumentSource } from '../fetch/documents.ts';
import { JSON_ACCEPT } from '../fetch/fetch-bytes.ts';
import { problem, quote, type Problem } from '../problems.ts';
import type { CredentialFormat, ReportSource } from '../report.ts';

import { VC_V1_CONTEXT, VC_V2_CONTEXT } from '../resolve/contexts.ts';
import type { JsonObject } from '../suites/canonize.ts';
import { checkJsonValue, decodeUtf8, isObject, parseJson, typeList, type JsonLimits } from './json.ts';

/** What `verify` accepts: a URL, text (JSON), bytes, or a parsed JSON object. */
export type VerifyInput = string | URL | Uint8Array | ArrayBuffer | JsonObject;

export interface ParsedSubject {
  kind: 'credential' | 'presentation';
  /** The document exactly as received, proof included. */
  document: JsonObject;
  format: CredentialFormat;
  /** The VC data model version its base context names, if any. */
  dataModel: 1 | 2 | null;
}

export type ParseOutcome =
  | { ok: true; subject: ParsedSubject }
  | { ok: false; problem: Problem; /** true when the input could not be retrieved (not decided) */ unreachable: boolean };

export interface ReadInput {
  source: ReportSource;
  parsed: ParseOutcome;
}

export async function readInput(input: VerifyInput, documents: DocumentSource, limits: JsonLimits): Promise<ReadInput> {
  if (input instanceof URL || (typeof input === 'string' && /^https?:\/\/\S+$/i.test(input.trim()))) {
    const url = input instanceof URL ? input.href : input.trim();
    const source: ReportSource = { kind: 'url', url };
    const fetched = await documents.bytes(url, JSON_ACCEPT);
    if (!fetched.ok) return { source, parsed: { ok: false, problem: fetched.problem, unreachable: true } };
    return { source, parsed: parseText(decodeUtf8(fetched.bytes), limits) };
  }
  if (typeof input === 'string') return { source: { kind: 'text' }, parsed: parseText(input, limits) };
  if (input instanceof Uint8Array || input instanceof ArrayBuffer) {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    if (bytes.byteLength > limits.maxBytes) {
      return { source: { kind: 'bytes' }, parsed: refuse(problem('INPUT_TOO_LARGE', `the input has ${bytes.byteLength} bytes; the limit is ${limits.maxBytes}`)) };
    }
    return { source: { kind: 'bytes' }, parsed: parseText(decodeUtf8(bytes), limits) };
  }
  const invalid = checkJsonValue(input, limits);
  return { source: { kind: 'object' }, parsed: invalid ? refuse(invalid) : classify(input) };
}

function parseText(text: string, limits: JsonLimits): ParseOutcome {
  const trimmed = text.trim();
  if (trimmed === '') return refuse(problem('INPUT_EMPTY', 'the input is empty'));
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return refuse(problem('INPUT_UNRECOGNISED', `the input starting ${quote(trimmed.slice(0, 40))} is not JSON`));
  }
  const json = parseJson(trimmed, limits);
  return json.ok ? classify(json.value) : refuse(json.problem);
}

/** Decides whether a JSON value is a credential or a presentation. */
export function classify(value: unknown): ParseOutcome {
  if (!isObject(value)) {
    return refuse(problem('INPUT_NOT_OBJECT', `the document is ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not a JSON object`));
  }
  const types = typeList(value.type);
  const kind = types.includes('VerifiablePresentation') ? 'presentation'
    : types.includes('VerifiableCredential') || 'credentialSubject' in value ? 'credential'
    : null;
  if (!kind) {
    return refuse(problem('NOT_A_CREDENTIAL', `type ${quote(value.type)} names neither VerifiableCredential nor VerifiablePresentation`));
  }
  const dataModel = dataModelOf(value['@context']);
  const format: CredentialFormat = dataModel === null ? 'unknown' : `${kind === 'credential' ? 'vc' : 'vp'}${dataModel}-jsonld`;
  return { ok: true, subject: { kind, document: value, format, dataModel } };
}


function dataModelOf(context: unknown): 1 | 2 | null {
  const first = Array.isArray(context) ? context[0] : context;
  return first === VC_V1_CONTEXT ? 1 : first === VC_V2_CONTEXT ? 2 : null;
}

function refuse(reason: Problem): ParseOutcome {
  return { ok: false, problem: reason, unreachable: false };
}

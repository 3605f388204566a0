/**
 * Bitstring Status List v1.0 entries (and their predecessor, StatusList2021): retrieve the
 * status list credential, verify it as a credential in its own right, make sure it speaks for the
 * credential's issuer, then read one bit (W3C Bitstring Status List §3.2 "Validate Algorithm").
 */
import type { Environment, VerifiedProof } from '../checks/check.ts';
import { Gunzip } from 'fflate';
import { problem, quote, type Problem } from '../problems.ts';
import type { ControllerDocument } from './controller-document.ts';
import { base64urlDecode, multibaseDecode } from './multibase.ts';
import type { VerificationMethod } from './public-key.ts';
import { checkJsonValue, DEFAULT_JSON_LIMITS, isObject, typeList } from '../parse/json.ts';

export type StatusState = 'clear' | 'set' | 'unknown' | 'ignored' | 'malformed';

export interface StatusEntryOutcome {
  state: StatusState;
  purpose: string;
  problems: Problem[];
  warnings: Problem[];
}

export interface StatusEntryContext {
  env: Environment;
  issuerId: string;
  /** The issuer's controller document, when the issuer-key check bound a key to it. */
  issuerDocument: ControllerDocument | undefined;
}

interface ListFlavour {
  entryType: string;
  credentialType: string;
  subjectType: string;
  decode(encoded: string): Uint8Array | null;
}

const FLAVOURS: readonly ListFlavour[] = [
  {
    entryType: 'BitstringStatusListEntry',
    credentialType: 'BitstringStatusListCredential',
    subjectType: 'BitstringStatusList',
    // §2.1: "a Multibase-encoded base64url (with no padding) representation of the GZIP-compressed bitstring"
    decode: (encoded) => (encoded.startsWith('u') ? multibaseDecode(encoded) : null),
  },
  {
    entryType: 'StatusList2021Entry',
    credentialType: 'StatusList2021Credential',
    subjectType: 'StatusList2021',
    // StatusList2021 used plain base64url; some issuers added the multibase prefix anyway.
    decode: (encoded) => base64urlDecode(encoded) ?? (encoded.startsWith('u') ? base64urlDecode(encoded.slice(1)) : null),
  },
];

export const STATUS_LIST_ENTRY_TYPES = FLAVOURS.map((flavour) => flavour.entryType);

/** Status lists shorter than this give away which credential is being checked (§6.1 herd privacy). */
const MINIMUM_ENTRIES = 131_072;
/** The largest bitstring mc-verify will inflate: 2^27 entries. */
const MAX_BITSTRING_BYTES = 16 * 1024 * 1024;

export async function checkStatusListEntry(entry: Record<string, unknown>, where: string, context: StatusEntryContext): Promise<StatusEntryOutcome> {
  const flavour = FLAVOURS.find((candidate) => typeList(entry.type).includes(candidate.entryType))!;
  const purpose = typeof entry.statusPurpose === 'string' ? entry.statusPurpose : '';
  const outcome = (state: StatusState, problems: Problem[] = [], warnings: Problem[] = []): StatusEntryOutcome => ({ state, purpose, problems, warnings });

  const index = typeof entry.statusListIndex === 'string' && /^\d{1,10}$/.test(entry.statusListIndex) ? Number(entry.statusListIndex)
    : typeof entry.statusListIndex === 'number' && Number.isSafeInteger(entry.statusListIndex) && entry.statusListIndex >= 0 ? entry.statusListIndex
    : null;
  if (index === null) return outcome('malformed', [problem('STATUS_ENTRY_MALFORMED', `${where}.statusListIndex ${quote(entry.statusListIndex)} is not a non-negative integer`)]);
  if (typeof entry.statusListCredential !== 'string') {
    return outcome('malformed', [problem('STATUS_ENTRY_MALFORMED', `${where}.statusListCredential is ${quote(entry.statusListCredential)}, not a URL`)]);
  }
  if (purpose !== 'revocation' && purpose !== 'suspension') {
    return outcome('ignored', [], [problem('STATUS_PURPOSE_IGNORED', `${where}.statusPurpose ${quote(entry.statusPurpose)} was not evaluated`)]);
  }
  if (entry.statusSize !== undefined && entry.statusSize !== 1 && entry.statusSize !== '1') {
    return outcome('malformed', [problem('STATUS_ENTRY_MALFORMED', `${where}.statusSize ${quote(entry.statusSize)} must be 1 for ${purpose}`)]);
  }

  const url = entry.statusListCredential;
  // The list may be secured like any credential: embedded proof (JSON), or a vc+jwt served as
  // text or enveloped (Bitstring Status List §2.2 leaves the securing mechanism open).
  const fetched = await context.env.documents.bytes(url, 'application/vc+ld+json, application/ld+json, application/json, application/vc+jwt;q=0.9, application/vc;q=0.9');
  if (!fetched.ok) return outcome('unknown', [problem('STATUS_LIST_UNREACHABLE', `the status list ${quote(url)} could not be retrieved: ${fetched.problem.detail}`)]);
  const text = new TextDecoder().decode(fetched.bytes).trim();
  let value: unknown = text;
  if (text.startsWith('{')) {
    try {
      value = JSON.parse(text);
    } catch {
      return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `the status list ${quote(url)} is not valid JSON`)]);
    }
    // Held to the same depth and value-count limits as every other document (its bytes were capped when fetched).
    const excess = checkJsonValue(value, { ...DEFAULT_JSON_LIMITS, maxBytes: Infinity }, `the status list ${quote(url)}`);
    if (excess) return outcome('unknown', [problem('STATUS_LIST_MALFORMED', excess.detail)]);
  }
  const parsed = await context.env.parse(value);
  if (!parsed.ok) return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `the status list ${quote(url)} is not a credential: ${parsed.problem.detail}`)]);
  const list = parsed.subject.document;
  const { report, verifiedProofs } = await context.env.verifyDocument(value, url);
  if (report.verdict !== 'verified') {
    const code = report.verdict === 'expired' || report.verdict === 'not-yet-valid' ? 'STATUS_LIST_EXPIRED' : 'STATUS_LIST_INVALID';
    const reason = report.problems[0]?.detail ?? report.verdict;
    return outcome('unknown', [problem(code, `the status list ${quote(url)} is ${report.verdict}: ${reason}`)]);
  }
  if (!typeList(list.type).includes(flavour.credentialType)) {
    return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `the status list ${quote(url)} has type ${quote(list.type)}, not ${flavour.credentialType}`)]);
  }
  const subject = list.credentialSubject;
  if (!isObject(subject) || !typeList(subject.type).includes(flavour.subjectType) || typeof subject.encodedList !== 'string') {
    return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `the status list ${quote(url)} has no ${flavour.subjectType} subject with an encodedList`)]);
  }
  const listPurposes = typeof subject.statusPurpose === 'string' ? [subject.statusPurpose] : typeList(subject.statusPurpose);
  if (!listPurposes.includes(purpose)) {
    return outcome('unknown', [problem('STATUS_PURPOSE_MISMATCH', `${where} asks about ${quote(purpose)}, but the status list ${quote(url)} is for ${quote(subject.statusPurpose)}`)]);
  }
  const compressed = flavour.decode(subject.encodedList);
  const bitstring = compressed && gunzipCapped(compressed, MAX_BITSTRING_BYTES);
  if (!bitstring) return outcome('unknown', [problem('STATUS_LIST_MALFORMED', `the encodedList of ${quote(url)} is not a GZIP-compressed bitstring within ${MAX_BITSTRING_BYTES} bytes`)]);

  const warnings: Problem[] = [];
  const entries = bitstring.length * 8;
  if (entries < MINIMUM_ENTRIES) {
    warnings.push(problem('STATUS_LIST_TOO_SHORT', `the status list ${quote(url)} has ${entries} entries, fewer than ${MINIMUM_ENTRIES}: checking it may reveal which credential was checked`));
  }
  if (index >= entries) {
    return outcome('malformed', [problem('STATUS_INDEX_OUT_OF_RANGE', `${where}.statusListIndex ${index} is beyond the ${entries} entries of ${quote(url)}`)], warnings);
  }
  // §3.1 Bitstring Encoding: index 0 is the left-most bit of the first byte.
  const set = ((bitstring[index >> 3]! >> (7 - (index & 7))) & 1) === 1;

  const marked = set ? [problem(purpose === 'revocation' ? 'CREDENTIAL_REVOKED' : 'CREDENTIAL_SUSPENDED', `${where}: entry ${index} of the status list ${quote(url)} is set for ${purpose}`)] : [];
  const listIssuer = isObject(list.issuer) ? list.issuer.id : list.issuer;
  if (!speaksForIssuer(String(listIssuer), url, verifiedProofs, context)) {
    const mismatch = problem(
      'STATUS_LIST_ISSUER_MISMATCH',
      `the status list ${quote(url)} was issued by ${quote(listIssuer)}, which is not the credential issuer ${quote(context.issuerId)}`,
    );
    // A verified list that says "revoked" is believed: the credential is no better than revoked.
    // Only a list that speaks for the issuer may say "still valid".
    return set ? outcome('set', marked, [...warnings, mismatch]) : outcome('unknown', [mismatch], warnings);
  }
  return outcome(set ? 'set' : 'clear', marked, warnings);
}

/**
 * A status list speaks for the credential issuer when the issuer issued it, when it was signed
 * with a key the issuer lists for assertions, or when it is served from the origin that the
 * issuer's own identifier (did:web host or https URL) is bound to.
 */
function speaksForIssuer(listIssuer: string, url: string, listProofs: readonly VerifiedProof[], context: StatusEntryContext): boolean {
  if (listIssuer === context.issuerId) return true;
  const issuerDocument = context.issuerDocument;
  if (issuerDocument) {
    const assertionKeys = issuerDocument.methods.filter((m) => issuerDocument.relationships.assertionMethod.includes(m.id));
    if (listProofs.some((p) => assertionKeys.some((m) => sameKey(m, p.method)))) return true;
  }
  const issuerOrigin = originOf(context.issuerId);
  return issuerOrigin !== null && issuerOrigin === originOf(url);
}

function sameKey(a: VerificationMethod, b: VerificationMethod): boolean {
  if (a.publicKeyMultibase && a.publicKeyMultibase === b.publicKeyMultibase) return true;
  if (a.publicKeyBase58 && a.publicKeyBase58 === b.publicKeyBase58) return true;
  const [x, y] = [a.publicKeyJwk, b.publicKeyJwk];
  return !!x && !!y && x.kty === y.kty && x.crv === y.crv && x.x === y.x && x.y === y.y;
}

function originOf(id: string): string | null {
  if (id.startsWith('did:web:')) {
    const host = id.slice('did:web:'.length).split(':')[0];
    try {
      return host ? new URL(`https://${decodeURIComponent(host)}`).origin : null;
    } catch {
      return null;
    }
  }
  try {
    const url = new URL(id);
    return url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** How much GZIP input is inflated at a time. */
const GUNZIP_SLICE = 1024;

/**
 * Inflates a GZIP bitstring synchronously (streams cost a turn of the event loop per chunk, which
 * dominated status checks), stopping as soon as the output passes `maxBytes`: a small gzip bomb
 * must not become a large allocation.
 */
function gunzipCapped(compressed: Uint8Array, maxBytes: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Gunzip((chunk, final) => {
    total += chunk.byteLength;
    if (total > maxBytes) throw new RangeError('inflated past the cap');
    chunks.push(chunk);
    ended ||= final;
  });
  try {
    // fflate inflates all it is given before handing any of it over, so it is given a slice at a
    // time: 1 KiB of GZIP inflates to at most about 1 MiB (DEFLATE's ratio is 1032:1).
    for (let offset = 0; offset < compressed.byteLength && !ended; offset += GUNZIP_SLICE) {
      const end = Math.min(offset + GUNZIP_SLICE, compressed.byteLength);
      inflater.push(compressed.subarray(offset, end), end === compressed.byteLength);
    }
  } catch {
    return null;
  }
  if (!ended) return null;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

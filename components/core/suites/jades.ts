/**
 * JAdES seals on European Digital Credentials (ETSI TS 119 182-1, JWS JSON serialization,
 * RFC 7797 unencoded payload): the signature over `ASCII(protected) "." payload` with the key of
 * `x5c[0]`, the header's certificate references, the time-stamp tokens, and a certification path
 * to a trust anchor at the best signature time.
 *
 * The result separates four outcomes the verdict needs apart: `malformed` and `invalid` (forged or
 * broken: verdict `invalid`), `unsupported` and `untrusted` (could not decide: `unverifiable`), and
 * `trusted` (the seal is intact and its certificate chains to a trusted anchor: can be `verified`).
 * Revocation of the seal certificate is not checked (embedded `rVals` are only counted).
 */
import { problem, quote, type Problem } from '../problems.ts';
import { isObject } from '../parse/json.ts';
import { loadAnchors, type LoadedAnchor, type TrustAnchor, type TrustSnapshot } from '../resolve/eu-trust-anchors.ts';
import { base64urlDecode, base64urlEncode } from '../resolve/multibase.ts';
import { buildCertificatePath, type CertificatePath } from '../resolve/x509-path.ts';
import { OID, decodeBase64, parseCertificate, sha256Hex, type ParsedCertificate } from '../resolve/x509-certificate.ts';
import { CURVES } from '../resolve/x509-signature.ts';
import { parseJadesEnvelope, type JadesEnvelope, type JadesSignatureEntry } from './jades-envelope.ts';
import { issuerSerialMatches, readIssuerSerial } from './jades-kid.ts';
import { checkTimestamp, type TimestampCheck, type TimestampKind } from './jades-timestamp.ts';

export { compareEidasIdentifier, type EidasComparison, type EidasMatch } from './jades-eidas.ts';
export { isJadesEnvelope, parseJadesEnvelope, type EnvelopeOutcome, type JadesEnvelope, type JadesSignatureEntry } from './jades-envelope.ts';
export type { TimestampCheck } from './jades-timestamp.ts';

export type JadesSealStatus = 'malformed' | 'invalid' | 'unsupported' | 'untrusted' | 'trusted';

export interface JadesVerifyOptions {
  /** The anchors a seal certificate may chain to; the (empty) default EU snapshot when omitted. */
  trustAnchors?: TrustSnapshot | readonly TrustAnchor[];
  /** The current time; certificates are checked at it when no trusted time-stamp proves an earlier one. */
  now: Date;
  /**
   * Validate at the signer's own claimed signing time (`sigT`) when no trusted `sigTst` exists.
   * Off by default: `sigT` is chosen by whoever holds the key, so an expired or compromised key
   * could claim any time inside its certificate's validity (ETSI EN 319 102-1 takes proof of
   * existence only from trusted time-stamps).
   */
  useClaimedSigningTime?: boolean;
}

export interface SealCertificate {
  subject: string;
  issuer: string;
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  sha256: string;
  organisationIdentifier?: string;
  organisation?: string;
  commonName?: string;
  country?: string;
  /** ETSI EN 319 412-5 statements, as the certificate claims them (a trusted list may override). */
  qualified: { qcCompliance: boolean; qcTypeESeal: boolean; qcSscd: boolean; qcTypes: string[] };
  policies: string[];
}

export interface SealChain {
  trusted: boolean;
  path: { subject: string; issuer: string; notBefore: string; notAfter: string }[];
  anchor?: Pick<TrustAnchor, 'subject' | 'country' | 'serviceType' | 'status' | 'source' | 'snapshotDate'>;
  reasons: string[];
}

export interface JadesSealResult {
  status: JadesSealStatus;
  /** Why the status is not `trusted`; empty when it is. */
  problems: Problem[];
  /** Findings that did not decide the status. */
  warnings: Problem[];
  algorithm?: string;
  b64?: boolean;
  /** The signer's claimed signing time (`sigT`), ISO 8601. */
  claimedSigningTime?: string;
  /** Undefined when the signature was not checked (malformed or unsupported seal). */
  signatureValid?: boolean;
  certificateReferences: { x5tS256: 'match' | 'mismatch' | 'absent'; kid: 'match' | 'mismatch' | 'absent' | 'not-issuer-serial' };
  signer?: SealCertificate;
  timestamps: TimestampCheck[];
  validationTime?: { time: string; source: 'sigTst' | 'sigT' | 'now' };
  chain?: SealChain;
  /** Names of the `etsiU` components, in order (sigTst, xVals, rVals, arcTst, …). */
  unsignedComponents: string[];
  revocation: { checked: false; crls: number; ocspResponses: number };
}

type SealAlgorithm = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384' | 'ES512';

const ALGORITHMS: Record<SealAlgorithm, { key: 'RSA' | 'EC'; hash: 'SHA-256' | 'SHA-384' | 'SHA-512'; curve?: string }> = {
  RS256: { key: 'RSA', hash: 'SHA-256' },
  RS384: { key: 'RSA', hash: 'SHA-384' },
  RS512: { key: 'RSA', hash: 'SHA-512' },
  PS256: { key: 'RSA', hash: 'SHA-256' },
  PS384: { key: 'RSA', hash: 'SHA-384' },
  PS512: { key: 'RSA', hash: 'SHA-512' },
  ES256: { key: 'EC', hash: 'SHA-256', curve: 'P-256' },
  ES384: { key: 'EC', hash: 'SHA-384', curve: 'P-384' },
  ES512: { key: 'EC', hash: 'SHA-512', curve: 'P-521' },
};

/** RFC 7515 §4.1.11: a recipient must understand every `crit` name; these are the ones processed here. */
const UNDERSTOOD_CRITICAL = new Set(['b64', 'sigT', 'adoTst', 'sigD']);

interface SealHeader {
  alg: SealAlgorithm;
  b64: boolean;
  certificates: ParsedCertificate[];
  x5tS256?: string;
  kid?: string;
  sigT?: string;
  adoTst?: unknown;
}

interface Unsigned {
  names: string[];
  certificates: ParsedCertificate[];
  tokens: { kind: TimestampKind; der: Uint8Array | null; covered: Uint8Array | null }[];
  crls: number;
  ocspResponses: number;
}

const encoder = new TextEncoder();

/** Verifies the seal of an envelope (parsed, or anything `parseJadesEnvelope` accepts). */
export async function verifyJadesSeal(input: unknown, options: JadesVerifyOptions): Promise<JadesSealResult> {
  const result = emptyResult();
  const parsed = isParsedEnvelope(input) ? { ok: true as const, envelope: input } : parseJadesEnvelope(input);
  if (!parsed.ok) return decide(result, 'malformed', parsed.problem);
  const { envelope } = parsed;
  if (envelope.signatures.length !== 1) {
    return decide(result, 'unsupported', problem('PROOF_TYPE_UNSUPPORTED', `the envelope has ${envelope.signatures.length} signatures; an EDC seal has exactly one`));
  }
  const entry = envelope.signatures[0]!;
  const header = readHeader(entry.protectedHeader, result);
  if (!header) return result;
  result.algorithm = header.alg;
  result.b64 = header.b64;
  if (header.sigT !== undefined) result.claimedSigningTime = header.sigT;
  const signer = header.certificates[0]!;
  result.signer = await summarise(signer);
  if (!(await signatureHolds(envelope, entry, header, signer, result))) return result;
  if (!(await referencesHold(header, signer, result))) return result;
  return judgeTrust(envelope, entry, header, signer, options, result);
}

function emptyResult(): JadesSealResult {
  return {
    status: 'malformed',
    problems: [],
    warnings: [],
    certificateReferences: { x5tS256: 'absent', kid: 'absent' },
    timestamps: [],
    unsignedComponents: [],
    revocation: { checked: false, crls: 0, ocspResponses: 0 },
  };
}

function decide(result: JadesSealResult, status: JadesSealStatus, reason?: Problem): JadesSealResult {
  result.status = status;
  if (reason) result.problems.push(reason);
  return result;
}

function isParsedEnvelope(value: unknown): value is JadesEnvelope {
  return isObject(value) && value.kind === 'jades-envelope' && Array.isArray(value.signatures);
}

/** The protected header: algorithm allow-list, `crit` (RFC 7515 §4.1.11, RFC 7797 §6), and `x5c`. */
function readHeader(header: Record<string, unknown>, result: JadesSealResult): SealHeader | null {
  const alg = header.alg;
  if (typeof alg !== 'string') return fail(result, 'malformed', problem('PROOF_MALFORMED', 'the protected header has no "alg"'));
  if (alg === 'none' || /^HS\d+$/.test(alg)) {
    return fail(result, 'invalid', problem('PROOF_MALFORMED', `"alg" is ${quote(alg)}: a seal needs a public-key signature, not ${alg === 'none' ? 'none' : 'a shared-secret MAC'}`));
  }
  if (!(alg in ALGORITHMS)) return fail(result, 'unsupported', problem('CRYPTOSUITE_UNSUPPORTED', `"alg" ${quote(alg)} is not supported`));
  const critical = readCrit(header, result);
  if (!critical) return null;
  if (header.b64 !== undefined && typeof header.b64 !== 'boolean') return fail(result, 'malformed', problem('PROOF_MALFORMED', '"b64" is not a boolean'));
  const b64 = header.b64 !== false;
  if (!b64 && !critical.includes('b64')) return fail(result, 'malformed', problem('PROOF_MALFORMED', '"b64" is false but not listed in "crit" (RFC 7797 §6)'));
  if (header.sigD !== undefined) return fail(result, 'unsupported', problem('PROOF_TYPE_UNSUPPORTED', '"sigD" (detached data objects) is not supported'));
  if (header.sigT !== undefined && (typeof header.sigT !== 'string' || Number.isNaN(Date.parse(header.sigT)))) {
    return fail(result, 'malformed', problem('PROOF_MALFORMED', `"sigT" ${quote(header.sigT)} is not a date-time`));
  }
  const certificates = readX5c(header.x5c, result);
  if (!certificates) return null;
  return {
    alg: alg as SealAlgorithm,
    b64,
    certificates,
    ...(typeof header['x5t#S256'] === 'string' ? { x5tS256: header['x5t#S256'] } : {}),
    ...(typeof header.kid === 'string' ? { kid: header.kid } : {}),
    ...(typeof header.sigT === 'string' ? { sigT: header.sigT } : {}),
    ...(header.adoTst !== undefined ? { adoTst: header.adoTst } : {}),
  };
}

function readCrit(header: Record<string, unknown>, result: JadesSealResult): string[] | null {
  const crit = header.crit;
  if (crit === undefined) return [];
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every((name) => typeof name === 'string')) {
    return fail(result, 'malformed', problem('PROOF_MALFORMED', `"crit" ${quote(crit)} is not a non-empty array of names`));
  }
  const names = crit as string[];
  const unknown = names.filter((name) => !UNDERSTOOD_CRITICAL.has(name));
  if (unknown.length > 0) {
    return fail(result, 'invalid', problem('PROOF_MALFORMED', `"crit" lists ${unknown.map((name) => quote(name)).join(', ')}, which this verifier does not understand (RFC 7515 §4.1.11)`));
  }
  const absent = names.filter((name) => !(name in header));
  if (absent.length > 0) return fail(result, 'malformed', problem('PROOF_MALFORMED', `"crit" lists ${absent.map((name) => quote(name)).join(', ')}, absent from the header`));
  return names;
}

function readX5c(x5c: unknown, result: JadesSealResult): ParsedCertificate[] | null {
  if (x5c === undefined) {
    return fail(result, 'unsupported', problem('PROOF_TYPE_UNSUPPORTED', 'the protected header has no "x5c": the signing certificate is not in the seal'));
  }
  if (!Array.isArray(x5c) || x5c.length === 0) return fail(result, 'malformed', problem('PROOF_MALFORMED', '"x5c" is not a non-empty array'));
  const certificates: ParsedCertificate[] = [];
  for (const [index, value] of x5c.entries()) {
    const der = typeof value === 'string' ? decodeBase64(value) : null;
    const certificate = der ? parseCertificate(der) : null;
    if (!certificate) return fail(result, 'malformed', problem('PROOF_MALFORMED', `"x5c"[${index}] is not a base64 DER certificate`));
    certificates.push(certificate);
  }
  return certificates;
}

function fail<T>(result: JadesSealResult, status: JadesSealStatus, reason: Problem): T | null {
  decide(result, status, reason);
  return null;
}

/** RFC 7515 §5.2 with RFC 7797 §3: the signing input is ASCII(protected) "." payload, payload as sent. */
async function signatureHolds(envelope: JadesEnvelope, entry: JadesSignatureEntry, header: SealHeader, signer: ParsedCertificate, result: JadesSealResult): Promise<boolean> {
  const spec = ALGORITHMS[header.alg];
  const keyType = signer.publicKeyAlgorithm === '1.2.840.113549.1.1.1' ? 'RSA' : signer.publicKeyAlgorithm === '1.2.840.10045.2.1' ? 'EC' : 'other';
  const curve = signer.publicKeyCurve ? CURVES[signer.publicKeyCurve] : undefined;
  if (keyType !== spec.key || (spec.curve !== undefined && curve?.name !== spec.curve)) {
    if (keyType === 'EC' && !curve) return !fail(result, 'unsupported', problem('KEY_TYPE_UNSUPPORTED', `the signing certificate's curve ${quote(signer.publicKeyCurve)} is not supported`));
    return !fail(result, 'invalid', problem('KEY_SUITE_MISMATCH', `"alg" ${header.alg} does not fit the ${curve?.name ?? keyType} key of the signing certificate`));
  }
  const key = await importSigningKey(signer, header.alg);
  if (!key) return !fail(result, 'unsupported', problem('KEY_TYPE_UNSUPPORTED', 'the public key of the signing certificate could not be imported'));
  const signature = base64urlDecode(entry.signature)!;
  const input = encoder.encode(`${entry.protected}.${envelope.payload}`);
  const valid = await crypto.subtle.verify(verifyParams(header.alg), key, signature as BufferSource, input as BufferSource).catch(() => false);
  result.signatureValid = valid;
  if (!valid) return !fail(result, 'invalid', problem('SIGNATURE_INVALID', `the ${header.alg} signature does not verify over the protected header and payload with the key of "${signer.subject}"`));
  return true;
}

async function importSigningKey(signer: ParsedCertificate, alg: SealAlgorithm): Promise<CryptoKey | null> {
  const spec = ALGORITHMS[alg];
  const algorithm: RsaHashedImportParams | EcKeyImportParams =
    spec.key === 'EC' ? { name: 'ECDSA', namedCurve: spec.curve! } : { name: alg.startsWith('PS') ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5', hash: spec.hash };
  try {
    return await crypto.subtle.importKey('spki', signer.spki as BufferSource, algorithm, false, ['verify']);
  } catch {
    return null;
  }
}

/** RFC 7518 §3.3–3.5: PSS salt equals the hash length; ECDSA signatures are raw r‖s. */
function verifyParams(alg: SealAlgorithm): Algorithm | RsaPssParams | EcdsaParams {
  const spec = ALGORITHMS[alg];
  if (spec.key === 'EC') return { name: 'ECDSA', hash: spec.hash };
  if (alg.startsWith('PS')) return { name: 'RSA-PSS', saltLength: Number(spec.hash.slice(4)) / 8 };
  return { name: 'RSASSA-PKCS1-v1_5' };
}

/** ETSI TS 119 182-1 §5.1.7/§5.1.4: x5t#S256 digests x5c[0]; kid is the DER IssuerSerial of it. */
async function referencesHold(header: SealHeader, signer: ParsedCertificate, result: JadesSealResult): Promise<boolean> {
  if (header.x5tS256 !== undefined) {
    const digest = base64urlEncode(new Uint8Array(await crypto.subtle.digest('SHA-256', signer.der as BufferSource)));
    result.certificateReferences.x5tS256 = digest === header.x5tS256 ? 'match' : 'mismatch';
  }
  if (header.kid !== undefined) {
    const issuerSerial = readIssuerSerial(header.kid);
    result.certificateReferences.kid = !issuerSerial ? 'not-issuer-serial' : issuerSerialMatches(issuerSerial, signer) ? 'match' : 'mismatch';
  }
  const { x5tS256, kid } = result.certificateReferences;
  if (x5tS256 === 'mismatch') return !fail(result, 'invalid', problem('PROOF_MALFORMED', `"x5t#S256" ${quote(header.x5tS256)} is not the SHA-256 of "x5c"[0]`));
  if (kid === 'mismatch') return !fail(result, 'invalid', problem('PROOF_MALFORMED', `"kid" names another issuer or serial number than "x5c"[0] ("${signer.issuer}", ${signer.serialNumberHex})`));
  if (x5tS256 === 'absent') result.warnings.push(problem('PROOF_MALFORMED', 'the protected header has no "x5t#S256" digest of the signing certificate'));
  return true;
}

async function judgeTrust(
  envelope: JadesEnvelope,
  entry: JadesSignatureEntry,
  header: SealHeader,
  signer: ParsedCertificate,
  options: JadesVerifyOptions,
  result: JadesSealResult,
): Promise<JadesSealResult> {
  const unsigned = readUnsigned(envelope, entry, result);
  result.unsignedComponents = unsigned.names;
  result.revocation = { checked: false, crls: unsigned.crls, ocspResponses: unsigned.ocspResponses };
  const anchors = await loadAnchors(options.trustAnchors);
  const pool = [...header.certificates.slice(1), ...unsigned.certificates];
  const tokens = [...adoTstTokens(header, envelope, result), ...unsigned.tokens];
  for (const token of tokens) await addTimestamp(token, pool, anchors, result);
  if (result.status === 'invalid') return result;
  const time = bestSignatureTime(result, header, options);
  result.validationTime = { time: time.time.toISOString(), source: time.source };
  const path = await buildCertificatePath(signer, pool, anchors, time.time);
  result.chain = chainSummary(path);
  return decideTrust(path, signer, result);
}

/** ETSI TS 119 182-1 §5.2.8.1: the adoTst imprint is computed over the JWS Payload as it appears in the JWS. */
function adoTstTokens(header: SealHeader, envelope: JadesEnvelope, result: JadesSealResult): Unsigned['tokens'] {
  if (header.adoTst === undefined) return [];
  return tokensOf('adoTst', header.adoTst, encoder.encode(envelope.payload), result);
}

function tokensOf(kind: TimestampKind, value: unknown, covered: Uint8Array | null, result: JadesSealResult): Unsigned['tokens'] {
  const list = isObject(value) && Array.isArray(value.tstTokens) ? value.tstTokens : null;
  if (!list || list.length === 0) {
    result.warnings.push(problem('PROOF_MALFORMED', `${kind} has no "tstTokens"`));
    return [];
  }
  return list.map((token) => ({ kind, der: isObject(token) && typeof token.val === 'string' ? decodeBase64(token.val) : null, covered }));
}

async function addTimestamp(token: Unsigned['tokens'][number], pool: readonly ParsedCertificate[], anchors: readonly LoadedAnchor[], result: JadesSealResult): Promise<void> {
  if (!token.der) {
    result.warnings.push(problem('PROOF_MALFORMED', `a ${token.kind} token is not base64 DER`));
    return;
  }
  const { check } = await checkTimestamp(token.kind, token.der, token.covered, pool, anchors);
  result.timestamps.push(check);
  if (check.error) result.warnings.push(problem('PROOF_MALFORMED', `${token.kind}: ${check.error}`));
  if (check.imprint === 'mismatch' && token.kind === 'adoTst') {
    decide(result, 'invalid', problem('SIGNATURE_INVALID', 'the signed all-data-objects time-stamp (adoTst) does not cover this payload'));
  } else if (check.imprint === 'mismatch') {
    result.warnings.push(problem('PROOF_MALFORMED', `the ${token.kind} message imprint does not match; the time-stamp is ignored`));
  } else if (check.tsaSignature !== 'valid' && !check.error) {
    result.warnings.push(problem('PROOF_MALFORMED', `the ${token.kind} time-stamp's TSA signature is ${check.tsaSignature}; the time-stamp is ignored`));
  } else if (!check.tsaTrusted && token.kind === 'sigTst') {
    result.warnings.push(problem('ISSUER_NOT_IN_TRUST_LIST', `the sigTst time-stamping authority ${quote(check.tsa?.subject ?? 'unknown')} is not trusted (${check.tsaReasons.join('; ')}); its time is not used`));
  }
}

/** ETSI EN 319 102-1 §5.6.2: proof of existence comes from a trusted signature time-stamp; otherwise the current time. */
function bestSignatureTime(result: JadesSealResult, header: SealHeader, options: JadesVerifyOptions): { time: Date; source: 'sigTst' | 'sigT' | 'now' } {
  const proven = result.timestamps
    .filter((check) => check.kind === 'sigTst' && check.imprint === 'match' && check.tsaSignature === 'valid' && check.tsaTrusted && check.genTime)
    .map((check) => Date.parse(check.genTime!));
  if (proven.length > 0) return { time: new Date(Math.min(...proven)), source: 'sigTst' };
  if (options.useClaimedSigningTime && header.sigT !== undefined) return { time: new Date(header.sigT), source: 'sigT' };
  return { time: options.now, source: 'now' };
}

function decideTrust(path: CertificatePath, signer: ParsedCertificate, result: JadesSealResult): JadesSealResult {
  const usage = signer.keyUsage;
  if (usage && !usage.digitalSignature && !usage.nonRepudiation) {
    return decide(result, 'untrusted', problem('KEY_NOT_AUTHORISED', `the keyUsage of "${signer.subject}" allows neither digitalSignature nor nonRepudiation`));
  }
  if (path.trusted) return decide(result, 'trusted');
  const code = path.reachedAnchor ? 'KEY_REVOKED' : 'ISSUER_NOT_IN_TRUST_LIST';
  return decide(result, 'untrusted', problem(code, `the seal certificate "${signer.subject}" has no trusted certification path: ${path.reasons.join('; ')}`));
}

function chainSummary(path: CertificatePath): SealChain {
  const summary: SealChain = {
    trusted: path.trusted,
    path: path.path.map((certificate) => ({
      subject: certificate.subject,
      issuer: certificate.issuer,
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
    })),
    reasons: path.reasons,
  };
  if (path.anchor) {
    const { subject, country, serviceType, status, source, snapshotDate } = path.anchor;
    summary.anchor = { subject, country, serviceType, status, source, snapshotDate };
  }
  return summary;
}

/** ETSI TS 119 182-1 §5.3: `etsiU` holds base64url-encoded JSON components, or clear JSON ones. */
function readUnsigned(envelope: JadesEnvelope, entry: JadesSignatureEntry, result: JadesSealResult): Unsigned {
  const unsigned: Unsigned = { names: [], certificates: [], tokens: [], crls: 0, ocspResponses: 0 };
  const etsiU = entry.header?.etsiU;
  if (etsiU === undefined) return unsigned;
  if (!Array.isArray(etsiU)) {
    result.warnings.push(problem('PROOF_MALFORMED', '"etsiU" is not an array; its components are ignored'));
    return unsigned;
  }
  const allEncoded = etsiU.every((component) => typeof component === 'string');
  for (const [index, raw] of etsiU.entries()) {
    const component = decodeComponent(raw);
    if (!component) {
      result.warnings.push(problem('PROOF_MALFORMED', `"etsiU"[${index}] is not a JSON object with one member`));
      continue;
    }
    unsigned.names.push(component.name);
    const covered = coveredBy(component.name, envelope, entry, allEncoded ? (etsiU.slice(0, index) as string[]) : null);
    readComponent(component.name, component.value, covered, unsigned, result);
  }
  return unsigned;
}

function decodeComponent(raw: unknown): { name: string; value: unknown } | null {
  let value = raw;
  if (typeof raw === 'string') {
    const bytes = base64urlDecode(raw);
    if (!bytes) return null;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    } catch {
      return null;
    }
  }
  if (!isObject(value)) return null;
  const names = Object.keys(value);
  return names.length === 1 ? { name: names[0]!, value: value[names[0]!] } : null;
}

/**
 * What each unsigned time-stamp covers: sigTst the base64url signature (§5.3.4); arcTst the payload,
 * '.', the protected header, '.', the signature, '.', then the earlier etsiU components as they are
 * written (§5.3.6.3.1.1; clear-JSON components need a canonicalization this verifier does not do).
 */
function coveredBy(name: string, envelope: JadesEnvelope, entry: JadesSignatureEntry, earlier: string[] | null): Uint8Array | null {
  if (name === 'sigTst') return encoder.encode(entry.signature);
  if (name === 'arcTst' && earlier) return encoder.encode(`${envelope.payload}.${entry.protected}.${entry.signature}.${earlier.join('')}`);
  return null;
}

function readComponent(name: string, value: unknown, covered: Uint8Array | null, unsigned: Unsigned, result: JadesSealResult): void {
  if (name === 'sigTst' || name === 'arcTst') {
    unsigned.tokens.push(...tokensOf(name, value, covered, result));
  } else if (name === 'xVals') {
    unsigned.certificates.push(...certificateValues(value));
  } else if (name === 'rVals' && isObject(value)) {
    unsigned.crls += Array.isArray(value.crlVals) ? value.crlVals.length : 0;
    unsigned.ocspResponses += Array.isArray(value.ocspVals) ? value.ocspVals.length : 0;
  }
}

/** ETSI TS 119 182-1 §5.3.5.1: xVals is an array of {x509Cert: {val}} (or otherCert, ignored). */
function certificateValues(value: unknown): ParsedCertificate[] {
  if (!Array.isArray(value)) return [];
  const out: ParsedCertificate[] = [];
  for (const item of value) {
    const encoded = isObject(item) && isObject(item.x509Cert) && typeof item.x509Cert.val === 'string' ? item.x509Cert.val : null;
    const der = encoded ? decodeBase64(encoded) : null;
    const certificate = der ? parseCertificate(der) : null;
    if (certificate) out.push(certificate);
  }
  return out;
}

async function summarise(certificate: ParsedCertificate): Promise<SealCertificate> {
  const { qualified, attributes } = certificate;
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    serialNumber: certificate.serialNumberHex,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    sha256: await sha256Hex(certificate.der),
    ...attributes,
    qualified: {
      qcCompliance: qualified.qcCompliance,
      qcTypeESeal: qualified.qcTypes.includes(OID.qcTypeESeal),
      qcSscd: qualified.qcSscd,
      qcTypes: qualified.qcTypes,
    },
    policies: certificate.policies,
  };
}

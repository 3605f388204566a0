/**
 * JAdES seals on European Digital Credentials (ETSI TS 119 182-1, JWS JSON serialization,
 * RFC 7797 unencoded payload): the signature over `ASCII(protected) "." payload` with the key of
 * `x5c[0]`, the header's certificate references, the time-stamp tokens, and a certification path
 * to a trust anchor at the best signature time.
 *
 * The result separates the outcomes the verdict needs apart: `malformed` and `invalid` (broken or
 * forged: verdict `invalid`), `unsupported` and `untrusted` (could not decide: `unverifiable`), and
 * `trusted` (the seal is intact and its certificate chains to a trusted anchor: can be `verified`).
 * Revocation of the seal certificate is not checked; embedded `rVals` are only counted.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { isObject } from '../parse/json.ts';
import { loadAnchors, type LoadedAnchor, type TrustAnchor, type TrustSnapshot } from '../resolve/eu-trust-anchors.ts';
import { base64urlDecode, base64urlEncode } from '../resolve/multibase.ts';
import { OID, sha256Hex, type ParsedCertificate } from '../resolve/x509-certificate.ts';
import { buildCertificatePath, type CertificatePath } from '../resolve/x509-path.ts';
import { parseJadesEnvelope, type JadesEnvelope, type JadesSignatureEntry } from './jades-envelope.ts';
import { readSealHeader, type SealHeader } from './jades-header.ts';
import { issuerSerialMatches, readIssuerSerial } from './jades-kid.ts';
import { verifySealSignature } from './jades-signature.ts';
import { checkTimestamp, type TimestampCheck } from './jades-timestamp.ts';
import { adoTstCovers, readUnsignedProperties, timestampTokens, type TokenToCheck } from './jades-unsigned.ts';

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

const encoder = new TextEncoder();
/** A seal carries a handful of time-stamps (adoTst, sigTst, arcTst); more is not worth the work. */
const MAX_TIMESTAMP_TOKENS = 16;

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
  const read = readSealHeader(entry.protectedHeader);
  if (!read.ok) return decide(result, read.rejection.status, read.rejection.problem);
  const { header } = read;
  const signer = header.certificates[0]!;
  Object.assign(result, { algorithm: header.alg, b64: header.b64, signer: await summarise(signer) });
  if (header.sigT !== undefined) result.claimedSigningTime = header.sigT;
  // RFC 7515 §5.2 with RFC 7797 §3: the signing input is ASCII(protected) "." payload, the payload as sent.
  const signed = await verifySealSignature(header.alg, signer, base64urlDecode(entry.signature)!, encoder.encode(`${entry.protected}.${envelope.payload}`));
  if (signed === true || signed.problem.code === 'SIGNATURE_INVALID') result.signatureValid = signed === true;
  if (signed !== true) return decide(result, signed.status, signed.problem);
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

/** ETSI TS 119 182-1 §5.1.7 and §5.1.4: x5t#S256 digests x5c[0]; kid is the DER IssuerSerial of it. */
async function referencesHold(header: SealHeader, signer: ParsedCertificate, result: JadesSealResult): Promise<boolean> {
  const references = result.certificateReferences;
  if (header.x5tS256 !== undefined) {
    const digest = base64urlEncode(new Uint8Array(await crypto.subtle.digest('SHA-256', signer.der as BufferSource)));
    references.x5tS256 = digest === header.x5tS256 ? 'match' : 'mismatch';
  }
  if (header.kid !== undefined) {
    const issuerSerial = readIssuerSerial(header.kid);
    references.kid = !issuerSerial ? 'not-issuer-serial' : issuerSerialMatches(issuerSerial, signer) ? 'match' : 'mismatch';
  }
  if (references.x5tS256 === 'mismatch') {
    decide(result, 'invalid', problem('PROOF_MALFORMED', `"x5t#S256" ${quote(header.x5tS256)} is not the SHA-256 of "x5c"[0]`));
    return false;
  }
  if (references.kid === 'mismatch') {
    decide(result, 'invalid', problem('PROOF_MALFORMED', `"kid" names another issuer or serial number than "x5c"[0] ("${signer.issuer}", ${signer.serialNumberHex})`));
    return false;
  }
  if (references.x5tS256 === 'absent') result.warnings.push(problem('PROOF_MALFORMED', 'the protected header has no "x5t#S256" digest of the signing certificate'));
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
  const unsigned = readUnsignedProperties(envelope, entry);
  result.warnings.push(...unsigned.warnings);
  result.unsignedComponents = unsigned.names;
  result.revocation = { checked: false, crls: unsigned.crls, ocspResponses: unsigned.ocspResponses };
  const anchors = await loadAnchors(options.trustAnchors);
  const pool = [...header.certificates.slice(1), ...unsigned.certificates];
  const adoTst = header.adoTst === undefined ? [] : timestampTokens('adoTst', header.adoTst, adoTstCovers(envelope), result.warnings);
  const tokens = [...adoTst, ...unsigned.tokens];
  if (tokens.length > MAX_TIMESTAMP_TOKENS) result.warnings.push(problem('PROOF_MALFORMED', `the seal carries ${tokens.length} time-stamp tokens; only the first ${MAX_TIMESTAMP_TOKENS} are checked`));
  for (const token of tokens.slice(0, MAX_TIMESTAMP_TOKENS)) {
    if (!(await timestampHolds(token, pool, anchors, result))) return result;
  }
  const time = bestSignatureTime(result.timestamps, header, options);
  result.validationTime = { time: time.time.toISOString(), source: time.source };
  const path = await buildCertificatePath(signer, pool, anchors, time.time);
  result.chain = chainSummary(path);
  return decideTrust(path, signer, result);
}

/**
 * Records one time-stamp. Only an adoTst that does not cover the payload rejects the seal: it is
 * inside the signed header. An unsigned one that does not fit is anyone's addition and is ignored.
 */
async function timestampHolds(token: TokenToCheck, pool: readonly ParsedCertificate[], anchors: readonly LoadedAnchor[], result: JadesSealResult): Promise<boolean> {
  if (!token.der) {
    result.warnings.push(problem('PROOF_MALFORMED', `a ${token.kind} token is not base64 DER`));
    return true;
  }
  const { check } = await checkTimestamp(token.kind, token.der, token.covered, pool, anchors);
  result.timestamps.push(check);
  if (check.imprint === 'mismatch' && token.kind === 'adoTst') {
    decide(result, 'invalid', problem('SIGNATURE_INVALID', 'the signed all-data-objects time-stamp (adoTst) does not cover this payload'));
    return false;
  }
  const warning = timestampWarning(check);
  if (warning) result.warnings.push(warning);
  return true;
}

function timestampWarning(check: TimestampCheck): Problem | null {
  if (check.error) return problem('PROOF_MALFORMED', `${check.kind}: ${check.error}`);
  if (check.imprint === 'mismatch') return problem('PROOF_MALFORMED', `the ${check.kind} message imprint does not match; the time-stamp is ignored`);
  if (check.tsaSignature !== 'valid') return problem('PROOF_MALFORMED', `the ${check.kind} time-stamp's TSA signature is ${check.tsaSignature}; the time-stamp is ignored`);
  if (!check.tsaTrusted && check.kind === 'sigTst') {
    return problem('TIMESTAMP_UNTRUSTED', `the sigTst time-stamping authority ${quote(check.tsa?.subject ?? 'unknown')} is not trusted (${check.tsaReasons.join('; ')}); its time is not used`);
  }
  return null;
}

/** ETSI EN 319 102-1 §5.6.2: proof of existence comes from a trusted signature time-stamp; otherwise the current time. */
function bestSignatureTime(timestamps: readonly TimestampCheck[], header: SealHeader, options: JadesVerifyOptions): { time: Date; source: 'sigTst' | 'sigT' | 'now' } {
  const proven = timestamps
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
  // An anchor reached but a certificate outside its validity (or otherwise unfit) vs. no anchor at all.
  const code = path.reachedAnchor ? 'SEAL_CERTIFICATE_EXPIRED' : 'SEAL_UNTRUSTED';
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

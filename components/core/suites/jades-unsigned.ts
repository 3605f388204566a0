/**
 * The unsigned JAdES properties (`etsiU`, ETSI TS 119 182-1 §5.3): time-stamp tokens with the bytes
 * each one covers, certificate values (`xVals`) and revocation values (`rVals`, counted only).
 * Components are base64url-encoded JSON (as the EC's sealing service writes them) or clear JSON.
 */
import { problem, type Problem } from '../problems.ts';
import { isObject } from '../parse/json.ts';
import { base64urlDecode } from '../resolve/multibase.ts';
import { decodeBase64, parseCertificate, type ParsedCertificate } from '../resolve/x509-certificate.ts';
import type { JadesEnvelope, JadesSignatureEntry } from './jades-envelope.ts';
import type { TimestampKind } from './jades-timestamp.ts';

export interface TokenToCheck {
  kind: TimestampKind;
  /** The token's DER, `null` when its `val` is not base64. */
  der: Uint8Array | null;
  /** The bytes its message imprint should cover, `null` when they cannot be rebuilt. */
  covered: Uint8Array | null;
}

export interface UnsignedProperties {
  /** Component names in order (sigTst, xVals, rVals, arcTst, …). */
  names: string[];
  certificates: ParsedCertificate[];
  tokens: TokenToCheck[];
  crls: number;
  ocspResponses: number;
  warnings: Problem[];
}

const encoder = new TextEncoder();

export function readUnsignedProperties(envelope: JadesEnvelope, entry: JadesSignatureEntry): UnsignedProperties {
  const unsigned: UnsignedProperties = { names: [], certificates: [], tokens: [], crls: 0, ocspResponses: 0, warnings: [] };
  const etsiU = entry.header?.etsiU;
  if (etsiU === undefined) return unsigned;
  if (!Array.isArray(etsiU)) {
    unsigned.warnings.push(problem('PROOF_MALFORMED', '"etsiU" is not an array; its components are ignored'));
    return unsigned;
  }
  const allEncoded = etsiU.every((component) => typeof component === 'string');
  for (const [index, raw] of etsiU.entries()) {
    const component = decodeComponent(raw);
    if (!component) {
      unsigned.warnings.push(problem('PROOF_MALFORMED', `"etsiU"[${index}] is not a JSON object with one member`));
      continue;
    }
    unsigned.names.push(component.name);
    const covered = coveredBy(component.name, envelope, entry, allEncoded ? (etsiU.slice(0, index) as string[]) : null);
    readComponent(component.name, component.value, covered, unsigned);
  }
  return unsigned;
}

/** The tokens of a time-stamp property (`{tstTokens: [{val}]}`); a property without tokens is a warning. */
export function timestampTokens(kind: TimestampKind, value: unknown, covered: Uint8Array | null, warnings: Problem[]): TokenToCheck[] {
  const list = isObject(value) && Array.isArray(value.tstTokens) ? value.tstTokens : null;
  if (!list || list.length === 0) {
    warnings.push(problem('PROOF_MALFORMED', `${kind} has no "tstTokens"`));
    return [];
  }
  return list.map((token) => ({ kind, der: isObject(token) && typeof token.val === 'string' ? decodeBase64(token.val) : null, covered }));
}

/** ETSI TS 119 182-1 §5.2.8.1: adoTst covers the JWS Payload as it appears in the JWS (raw when b64 is false). */
export function adoTstCovers(envelope: JadesEnvelope): Uint8Array {
  return encoder.encode(envelope.payload);
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
 * '.', the protected header, '.', the signature, '.', then the earlier etsiU components as written
 * (§5.3.6.3.1.1; clear-JSON components need a canonicalization this verifier does not do).
 */
function coveredBy(name: string, envelope: JadesEnvelope, entry: JadesSignatureEntry, earlier: string[] | null): Uint8Array | null {
  if (name === 'sigTst') return encoder.encode(entry.signature);
  if (name === 'arcTst' && earlier) return encoder.encode(`${envelope.payload}.${entry.protected}.${entry.signature}.${earlier.join('')}`);
  return null;
}

function readComponent(name: string, value: unknown, covered: Uint8Array | null, unsigned: UnsignedProperties): void {
  if (name === 'sigTst' || name === 'arcTst') {
    unsigned.tokens.push(...timestampTokens(name, value, covered, unsigned.warnings));
  } else if (name === 'xVals') {
    unsigned.certificates.push(...certificateValues(value));
  } else if (name === 'rVals' && isObject(value)) {
    unsigned.crls += Array.isArray(value.crlVals) ? value.crlVals.length : 0;
    unsigned.ocspResponses += Array.isArray(value.ocspVals) ? value.ocspVals.length : 0;
  }
}

/** ETSI TS 119 182-1 §5.3.5.1: xVals is an array of {x509Cert: {val}} (otherCert entries are ignored). */
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

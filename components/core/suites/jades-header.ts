/**
 * The protected header of a JAdES seal (ETSI TS 119 182-1 §5.1–5.2): the algorithm allow-list,
 * `crit` (RFC 7515 §4.1.11), `b64` (RFC 7797 §3, §6), `sigT`, and the certificates in `x5c`.
 */
import { problem, quote } from '../problems.ts';
import { decodeBase64, parseCertificate, type ParsedCertificate } from '../resolve/x509-certificate.ts';
import { isSealAlgorithm, type Rejection, type SealAlgorithm } from './jades-signature.ts';

/** RFC 7515 §4.1.11: a recipient must understand every `crit` name; these are the ones processed here. */
const UNDERSTOOD_CRITICAL = new Set(['b64', 'sigT', 'adoTst', 'sigD']);

export interface SealHeader {
  alg: SealAlgorithm;
  b64: boolean;
  /** `x5c`, parsed: the signing certificate first. */
  certificates: ParsedCertificate[];
  x5tS256?: string;
  kid?: string;
  sigT?: string;
  adoTst?: unknown;
}

export type HeaderOutcome = { ok: true; header: SealHeader } | { ok: false; rejection: Rejection };

export function readSealHeader(header: Record<string, unknown>): HeaderOutcome {
  const alg = checkAlgorithm(header.alg);
  if (typeof alg !== 'string') return { ok: false, rejection: alg };
  const crit = readCrit(header);
  if (!Array.isArray(crit)) return { ok: false, rejection: crit };
  const rejection = checkParameters(header, crit);
  if (rejection) return { ok: false, rejection };
  const certificates = readX5c(header.x5c);
  if (!Array.isArray(certificates)) return { ok: false, rejection: certificates };
  return {
    ok: true,
    header: {
      alg,
      b64: header.b64 !== false,
      certificates,
      ...(typeof header['x5t#S256'] === 'string' ? { x5tS256: header['x5t#S256'] } : {}),
      ...(typeof header.kid === 'string' ? { kid: header.kid } : {}),
      ...(typeof header.sigT === 'string' ? { sigT: header.sigT } : {}),
      ...(header.adoTst !== undefined ? { adoTst: header.adoTst } : {}),
    },
  };
}

/** `none` and HMACs are refused outright: a seal is a public-key signature (ETSI TS 119 182-1 §5.1.2). */
function checkAlgorithm(alg: unknown): SealAlgorithm | Rejection {
  if (typeof alg !== 'string') return malformed('the protected header has no "alg"');
  if (alg === 'none' || /^HS\d+$/.test(alg)) {
    const kind = alg === 'none' ? 'none' : 'a shared-secret MAC';
    return { status: 'invalid', problem: problem('PROOF_MALFORMED', `"alg" is ${quote(alg)}: a seal needs a public-key signature, not ${kind}`) };
  }
  if (!isSealAlgorithm(alg)) return { status: 'unsupported', problem: problem('CRYPTOSUITE_UNSUPPORTED', `"alg" ${quote(alg)} is not supported`) };
  return alg;
}

function readCrit(header: Record<string, unknown>): string[] | Rejection {
  const crit = header.crit;
  if (crit === undefined) return [];
  if (!Array.isArray(crit) || crit.length === 0 || !crit.every((name) => typeof name === 'string')) {
    return malformed(`"crit" ${quote(crit)} is not a non-empty array of names`);
  }
  const names = crit as string[];
  const unknown = names.filter((name) => !UNDERSTOOD_CRITICAL.has(name));
  if (unknown.length > 0) {
    // RFC 7515 §4.1.11: "If any of the listed extension Header Parameters are not understood ... the JWS is invalid."
    return { status: 'invalid', problem: problem('PROOF_MALFORMED', `"crit" lists ${list(unknown)}, which this verifier does not understand (RFC 7515 §4.1.11)`) };
  }
  const absent = names.filter((name) => !(name in header));
  return absent.length > 0 ? malformed(`"crit" lists ${list(absent)}, absent from the header`) : names;
}

function checkParameters(header: Record<string, unknown>, crit: string[]): Rejection | null {
  if (header.b64 !== undefined && typeof header.b64 !== 'boolean') return malformed('"b64" is not a boolean');
  if (header.b64 === false && !crit.includes('b64')) return malformed('"b64" is false but not listed in "crit" (RFC 7797 §6)');
  if (header.sigD !== undefined) return { status: 'unsupported', problem: problem('PROOF_TYPE_UNSUPPORTED', '"sigD" (detached data objects) is not supported') };
  if (header.sigT !== undefined && (typeof header.sigT !== 'string' || Number.isNaN(Date.parse(header.sigT)))) {
    return malformed(`"sigT" ${quote(header.sigT)} is not a date-time`);
  }
  return null;
}

/** RFC 7515 §4.1.6: base64 (not base64url) DER certificates, the signer's first. */
function readX5c(x5c: unknown): ParsedCertificate[] | Rejection {
  if (x5c === undefined) {
    return { status: 'unsupported', problem: problem('PROOF_TYPE_UNSUPPORTED', 'the protected header has no "x5c": the signing certificate is not in the seal') };
  }
  if (!Array.isArray(x5c) || x5c.length === 0) return malformed('"x5c" is not a non-empty array');
  const certificates: ParsedCertificate[] = [];
  for (const [index, value] of x5c.entries()) {
    const der = typeof value === 'string' ? decodeBase64(value) : null;
    const certificate = der ? parseCertificate(der) : null;
    if (!certificate) return malformed(`"x5c"[${index}] is not a base64 DER certificate`);
    certificates.push(certificate);
  }
  return certificates;
}

function malformed(detail: string): Rejection {
  return { status: 'malformed', problem: problem('PROOF_MALFORMED', detail) };
}

function list(names: string[]): string {
  return names.map((name) => quote(name)).join(', ');
}

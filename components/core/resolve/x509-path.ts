/**
 * Certification path building and validation (RFC 5280 §6.1, the parts an e-seal needs): from a
 * signer certificate through supplied intermediates (JAdES `x5c` and `xVals`, CMS certificates) to
 * a trust anchor, every signature checked, every certificate valid at the validation time, issuers
 * being CAs allowed to sign certificates, path length constraints kept, and no critical extension
 * left unprocessed. Name matching compares the DER of the names. Revocation is not checked here.
 */
import { anchorApplies, type LoadedAnchor, type TrustAnchor } from './eu-trust-anchors.ts';
import { equalBytes, type ParsedCertificate } from './x509-certificate.ts';
import { verifyCertificateSignature } from './x509-signature.ts';

const MAX_PATH_LENGTH = 8;
/** Supplied certificates come from untrusted input: bound the work a crafted mesh of cross-certificates can cause. */
const MAX_SIGNATURE_CHECKS = 64;

export interface CertificatePath {
  trusted: boolean;
  /** Signer first; when trusted, the last certificate is the anchor's. When not, the longest path tried. */
  path: ParsedCertificate[];
  anchor?: TrustAnchor;
  /** Some path reached a trust anchor (and then failed a check, when not trusted). */
  reachedAnchor: boolean;
  /** Why no trusted path was found, most specific first; empty when trusted. */
  reasons: string[];
}

interface Search {
  pool: ParsedCertificate[];
  anchors: readonly LoadedAnchor[];
  at: Date;
  reasons: string[];
  longest: ParsedCertificate[];
  reachedAnchor: boolean;
  signatureChecks: number;
}

/** Looks for a path from `leaf` to one of `anchors` that is valid at `at`. */
export async function buildCertificatePath(
  leaf: ParsedCertificate,
  intermediates: readonly ParsedCertificate[],
  anchors: readonly LoadedAnchor[],
  at: Date,
): Promise<CertificatePath> {
  const pool = unique([...anchors.map((anchor) => anchor.certificate), ...intermediates]);
  const search: Search = { pool, anchors, at, reasons: [], longest: [leaf], reachedAnchor: false, signatureChecks: 0 };
  const found = await extend([leaf], search);
  if (found) return { trusted: true, path: found.path, anchor: found.anchor, reachedAnchor: true, reasons: [] };
  return { trusted: false, path: search.longest, reachedAnchor: search.reachedAnchor, reasons: [...new Set(search.reasons)] };
}

async function extend(path: ParsedCertificate[], search: Search): Promise<{ path: ParsedCertificate[]; anchor: TrustAnchor } | null> {
  if (path.length > search.longest.length) search.longest = path;
  const current = path[path.length - 1]!;
  const anchor = anchorFor(current, search);
  if (anchor) {
    search.reachedAnchor = true;
    const failure = validatePath(path, search.at);
    if (failure === null) return { path, anchor };
    search.reasons.unshift(failure);
    return null;
  }
  if (path.length >= MAX_PATH_LENGTH) {
    search.reasons.push(`the path is longer than ${MAX_PATH_LENGTH} certificates`);
    return null;
  }
  const issuers = issuersOf(current, search.pool).filter((issuer) => !path.includes(issuer));
  if (issuers.length === 0) search.reasons.push(chainEnd(current));
  for (const issuer of issuers) {
    if (++search.signatureChecks > MAX_SIGNATURE_CHECKS) {
      search.reasons.push(`the path search stopped after ${MAX_SIGNATURE_CHECKS} signature checks`);
      return null;
    }
    const verified = await verifyCertificateSignature(current, issuer);
    if (verified !== true) {
      search.reasons.push(`the signature on "${current.subject}" ${verified === false ? 'does not verify' : 'uses an unsupported algorithm'} with the key of "${issuer.subject}"`);
      continue;
    }
    const found = await extend([...path, issuer], search);
    if (found) return found;
  }
  return null;
}

/** A certificate is an anchor when it is the listed certificate, or the same subject and key (a re-issued root). */
function anchorFor(certificate: ParsedCertificate, search: Search): TrustAnchor | undefined {
  for (const { entry, certificate: listed } of search.anchors) {
    const same = equalBytes(listed.der, certificate.der) || (equalBytes(listed.subjectDer, certificate.subjectDer) && equalBytes(listed.spki, certificate.spki));
    if (!same) continue;
    if (anchorApplies(entry, search.at)) return entry;
    search.reasons.push(`the trust anchor "${entry.subject}" is not granted at ${search.at.toISOString()} (status ${entry.status})`);
  }
  return undefined;
}

function issuersOf(certificate: ParsedCertificate, pool: readonly ParsedCertificate[]): ParsedCertificate[] {
  return pool.filter(
    (candidate) =>
      equalBytes(candidate.subjectDer, certificate.issuerDer) &&
      (certificate.authorityKeyId === undefined || candidate.subjectKeyId === undefined || certificate.authorityKeyId === candidate.subjectKeyId),
  );
}

function chainEnd(certificate: ParsedCertificate): string {
  if (equalBytes(certificate.issuerDer, certificate.subjectDer)) {
    return `the chain ends at the self-signed "${certificate.subject}", which is not a trust anchor`;
  }
  return `no certificate of the issuer "${certificate.issuer}" of "${certificate.subject}" was supplied or trusted`;
}

/** RFC 5280 §6.1.3–6.1.4 checks on a path whose last certificate is a trust anchor; `null` when it holds. */
function validatePath(path: readonly ParsedCertificate[], at: Date): string | null {
  const anchorIndex = path.length - 1;
  for (const [index, certificate] of path.entries()) {
    const failure = validityFailure(certificate, at) ?? (index === anchorIndex ? null : criticalFailure(certificate)) ?? (index > 0 ? issuerFailure(certificate, index, index === anchorIndex) : null);
    if (failure) return failure;
  }
  return null;
}

function validityFailure(certificate: ParsedCertificate, at: Date): string | null {
  const time = at.getTime();
  if (time >= certificate.notBefore.getTime() && time <= certificate.notAfter.getTime()) return null;
  return `"${certificate.subject}" is valid from ${certificate.notBefore.toISOString()} to ${certificate.notAfter.toISOString()}, not at ${at.toISOString()}`;
}

function criticalFailure(certificate: ParsedCertificate): string | null {
  if (certificate.unsupportedCriticalExtensions.length === 0) return null;
  return `"${certificate.subject}" has critical extensions that are not supported: ${certificate.unsupportedCriticalExtensions.join(', ')}`;
}

/** An issuer must be a CA (the anchor only when it says otherwise), may sign certificates, and keep its path length. */
function issuerFailure(issuer: ParsedCertificate, index: number, isAnchor: boolean): string | null {
  const ca = issuer.basicConstraints?.ca;
  if (isAnchor ? ca === false : ca !== true) return `"${issuer.subject}" issued a certificate but is not a CA (basicConstraints)`;
  if (issuer.keyUsage && !issuer.keyUsage.keyCertSign) return `"${issuer.subject}" issued a certificate but its keyUsage lacks keyCertSign`;
  const pathLength = issuer.basicConstraints?.pathLength;
  // The intermediates below this issuer, the signer excluded (RFC 5280 §4.2.1.9).
  if (pathLength !== undefined && index - 1 > pathLength) return `"${issuer.subject}" allows ${pathLength} intermediate certificates below it, the path has ${index - 1}`;
  return null;
}

function unique(certificates: readonly ParsedCertificate[]): ParsedCertificate[] {
  const out: ParsedCertificate[] = [];
  for (const certificate of certificates) {
    if (!out.some((seen) => equalBytes(seen.der, certificate.der))) out.push(certificate);
  }
  return out;
}

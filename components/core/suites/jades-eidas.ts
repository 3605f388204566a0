/**
 * Matching the issuer an EDC names (`issuer.eIDASIdentifier.notation`) with the legal person in the
 * seal certificate (subject organizationIdentifier, OID 2.5.4.97).
 *
 * ETSI EN 319 412-1 §5.1.4 writes the certificate value as a 3-letter type (VAT, NTR, PSD, LEI, …),
 * a 2-letter country code, a hyphen, then the identifier ("VATES-A00000000", "NTREE-17207834"),
 * or a 2-letter local type, a country code and ':' ("XX:ES-…"). Issuers write the notation either
 * the same way or as the bare identifier (MyNextID: "17207834"); VAT numbers are also often written
 * with their country prefix ("ESA00000000").
 */

export type EidasMatch = 'exact' | 'normalised' | 'mismatch' | 'missing';

export interface EidasComparison {
  match: EidasMatch;
  /** The certificate value split into its parts, when it follows EN 319 412-1. */
  certificate?: { type: string; country: string; identifier: string };
  detail: string;
}

interface Semantics {
  type: string;
  country: string;
  identifier: string;
}

const THREE_LETTER = /^([A-Z]{3})([A-Z]{2})-(.+)$/;
const LOCAL = /^([A-Z]{2}):([A-Z]{2})-(.+)$/;

/** Compares the credential's notation with the certificate's organizationIdentifier. */
export function compareEidasIdentifier(issuerNotation: string | undefined, certificateOrganisationIdentifier: string | undefined): EidasComparison {
  const notation = clean(issuerNotation);
  const certificateValue = clean(certificateOrganisationIdentifier);
  if (!notation || !certificateValue) {
    return { match: 'missing', detail: !notation ? 'the credential states no eIDAS identifier' : 'the seal certificate has no organizationIdentifier' };
  }
  const certificate = semantics(certificateValue);
  const withParts = certificate ? { certificate } : {};
  if (notation === certificateValue) return { match: 'exact', ...withParts, detail: `both are ${certificateValue}` };
  if (!certificate) return { match: 'mismatch', detail: `${notation} differs from ${certificateValue}` };
  const stated = semantics(notation);
  const same = stated ? sameSemantics(stated, certificate) : bareMatches(notation, certificate);
  if (same) return { match: 'normalised', certificate, detail: `${notation} names the same legal person as ${certificateValue}` };
  return { match: 'mismatch', certificate, detail: `${notation} differs from ${certificateValue}` };
}

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, '').toUpperCase();
}

function semantics(value: string): Semantics | null {
  const match = THREE_LETTER.exec(value) ?? LOCAL.exec(value);
  return match ? { type: match[1]!, country: match[2]!, identifier: match[3]! } : null;
}

function sameSemantics(a: Semantics, b: Semantics): boolean {
  return a.type === b.type && a.country === b.country && a.identifier === b.identifier;
}

/** A bare identifier matches the certificate's, with or without the country prefix VAT numbers carry. */
function bareMatches(notation: string, certificate: Semantics): boolean {
  const stripped = stripSeparators(notation);
  const identifier = stripSeparators(certificate.identifier);
  if (stripped === identifier) return true;
  // VAT numbers carry the country code (EL for Greece in both the VIES and EN 319 412-1 conventions).
  return certificate.type === 'VAT' && stripped === certificate.country + identifier;
}

function stripSeparators(value: string): string {
  return value.replace(/[-./]/g, '');
}

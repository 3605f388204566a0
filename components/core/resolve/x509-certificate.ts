/**
 * X.509 certificates (RFC 5280) read into plain data with @peculiar/asn1-x509, without
 * @peculiar/x509 itself: that library needs a global `Reflect.getMetadata` polyfill (tsyringe),
 * which a DOM-free engine that also runs inside other people's web pages must not install.
 */
import { ECParameters } from '@peculiar/asn1-ecc';
import { AsnArray, AsnConvert, AsnPropTypes, AsnProp, AsnType, AsnTypeTypes } from '@peculiar/asn1-schema';
import {
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  CertificatePolicies,
  ExtendedKeyUsage,
  KeyUsage,
  Name,
  SubjectKeyIdentifier,
  type AlgorithmIdentifier,
  type Extension,
} from '@peculiar/asn1-x509';
import { base64Decode } from './multibase.ts';

/** ETSI EN 319 412-5 §4.2: QCStatement ::= SEQUENCE { statementId OID, statementInfo ANY OPTIONAL }. */
class QcStatement {
  statementId = '';
  statementInfo?: ArrayBuffer;
}
AsnType({ type: AsnTypeTypes.Sequence })(QcStatement);
AsnProp({ type: AsnPropTypes.ObjectIdentifier })(QcStatement.prototype, 'statementId');
AsnProp({ type: AsnPropTypes.Any, optional: true })(QcStatement.prototype, 'statementInfo');

class QcStatements extends AsnArray<QcStatement> {}
AsnType({ type: AsnTypeTypes.Sequence, itemType: QcStatement })(QcStatements);

/** ETSI EN 319 412-5 §4.2.3: QcType ::= SEQUENCE OF OBJECT IDENTIFIER. */
class ObjectIdentifiers extends AsnArray<string> {}
AsnType({ type: AsnTypeTypes.Sequence, itemType: AsnPropTypes.ObjectIdentifier })(ObjectIdentifiers);

export const OID = {
  organisationIdentifier: '2.5.4.97',
  commonName: '2.5.4.3',
  organisation: '2.5.4.10',
  country: '2.5.4.6',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extendedKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  certificatePolicies: '2.5.29.32',
  qcStatements: '1.3.6.1.5.5.7.1.3',
  qcCompliance: '0.4.0.1862.1.1',
  qcSscd: '0.4.0.1862.1.4',
  qcType: '0.4.0.1862.1.6',
  qcTypeESign: '0.4.0.1862.1.6.1',
  qcTypeESeal: '0.4.0.1862.1.6.2',
  qcTypeWeb: '0.4.0.1862.1.6.3',
  timeStamping: '1.3.6.1.5.5.7.3.8',
} as const;

/** Extensions whose meaning is understood here or harmless to ignore (RFC 5280 §4.2: unknown critical ones fail). */
const UNDERSTOOD_EXTENSIONS = new Set<string>([
  OID.basicConstraints,
  OID.keyUsage,
  OID.extendedKeyUsage,
  OID.subjectKeyIdentifier,
  OID.authorityKeyIdentifier,
  OID.certificatePolicies,
  OID.qcStatements,
  '2.5.29.17', // subjectAltName
  '2.5.29.18', // issuerAltName
  '2.5.29.31', // cRLDistributionPoints
  '2.5.29.46', // freshestCRL
  '2.5.29.9', // subjectDirectoryAttributes
  '1.3.6.1.5.5.7.1.1', // authorityInfoAccess
  '1.3.6.1.5.5.7.1.11', // subjectInfoAccess
  '1.3.6.1.5.5.7.48.1.5', // id-pkix-ocsp-nocheck
]);

const NAME_LABELS: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.4': 'SN',
  '2.5.4.5': 'serialNumber',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.42': 'GN',
  '2.5.4.97': 'organizationIdentifier',
  '1.2.840.113549.1.9.1': 'E',
};

export interface KeyUsageBits {
  digitalSignature: boolean;
  nonRepudiation: boolean;
  keyCertSign: boolean;
}

export interface QualifiedStatements {
  /** QcCompliance (0.4.0.1862.1.1): the issuer claims the certificate is an EU qualified certificate. */
  qcCompliance: boolean;
  /** QcSSCD (0.4.0.1862.1.4): the private key is claimed to be in a qualified signature/seal creation device. */
  qcSscd: boolean;
  /** QcType values (0.4.0.1862.1.6.x); 0.4.0.1862.1.6.2 is an electronic seal. */
  qcTypes: string[];
}

/** One certificate as plain data. Byte fields keep the DER so chains can be compared exactly. */
export interface ParsedCertificate {
  der: Uint8Array;
  tbs: Uint8Array;
  serialNumberHex: string;
  /** DER of the issuer and subject Name, re-encoded the same way so issuer/subject comparison is consistent. */
  issuerDer: Uint8Array;
  subjectDer: Uint8Array;
  issuer: string;
  subject: string;
  notBefore: Date;
  notAfter: Date;
  spki: Uint8Array;
  publicKeyAlgorithm: string;
  /** The named curve OID for EC keys. */
  publicKeyCurve?: string;
  signatureAlgorithm: AlgorithmIdentifier;
  signatureValue: Uint8Array;
  subjectKeyId?: string;
  authorityKeyId?: string;
  basicConstraints?: { ca: boolean; pathLength?: number };
  keyUsage?: KeyUsageBits;
  extendedKeyUsage?: string[];
  policies: string[];
  qualified: QualifiedStatements;
  unsupportedCriticalExtensions: string[];
  /** Subject attributes an e-seal verifier shows: organizationIdentifier (2.5.4.97), O, CN, C. */
  attributes: { organisationIdentifier?: string; organisation?: string; commonName?: string; country?: string };
}

/** Parses a DER certificate; `null` when it is not one. */
export function parseCertificate(der: Uint8Array): ParsedCertificate | null {
  try {
    const cert = AsnConvert.parse(der, Certificate);
    const tbsRaw = cert.tbsCertificateRaw;
    if (!tbsRaw) return null;
    const tbs = cert.tbsCertificate;
    const extensions = readExtensions(tbs.extensions ?? []);
    return {
      der,
      tbs: new Uint8Array(tbsRaw),
      serialNumberHex: integerHex(tbs.serialNumber),
      issuerDer: new Uint8Array(AsnConvert.serialize(tbs.issuer)),
      subjectDer: new Uint8Array(AsnConvert.serialize(tbs.subject)),
      issuer: nameToString(tbs.issuer),
      subject: nameToString(tbs.subject),
      notBefore: tbs.validity.notBefore.getTime(),
      notAfter: tbs.validity.notAfter.getTime(),
      spki: new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo)),
      publicKeyAlgorithm: tbs.subjectPublicKeyInfo.algorithm.algorithm,
      ...curveOf(tbs.subjectPublicKeyInfo.algorithm),
      signatureAlgorithm: cert.signatureAlgorithm,
      signatureValue: new Uint8Array(cert.signatureValue),
      ...extensions,
      attributes: subjectAttributes(tbs.subject),
    };
  } catch {
    return null;
  }
}

/** Parses a base64 (standard alphabet, as in `x5c` and `xVals`) DER certificate. */
export function parseCertificateBase64(text: string): ParsedCertificate | null {
  const bytes = decodeBase64(text);
  return bytes ? parseCertificate(bytes) : null;
}

/** A Name for display, RDNs in certificate order (RFC 4514 would reverse them), OpenSSL-style labels. */
export function nameToString(name: Name): string {
  return name
    .map((rdn) => rdn.map((atv) => `${NAME_LABELS[atv.type] ?? atv.type}=${atv.value.toString()}`).join('+'))
    .join(', ');
}

/** Hex of a DER INTEGER's content, without the sign-padding zero bytes. */
export function integerHex(value: ArrayBuffer): string {
  const bytes = new Uint8Array(value);
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return toHex(bytes.subarray(start));
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}

/** Standard base64 with optional whitespace (certificates are often wrapped); `null` when malformed. */
export function decodeBase64(text: string): Uint8Array | null {
  return base64Decode(text.replace(/\s+/g, ''));
}

/** RFC 5480 §2.1.1: an EC public key names its curve in the algorithm parameters. */
function curveOf(algorithm: AlgorithmIdentifier): { publicKeyCurve?: string } {
  if (algorithm.algorithm !== '1.2.840.10045.2.1' || !algorithm.parameters) return {};
  try {
    const curve = AsnConvert.parse(algorithm.parameters, ECParameters).namedCurve;
    return curve ? { publicKeyCurve: curve } : {};
  } catch {
    return {};
  }
}

type ExtensionFields = Pick<
  ParsedCertificate,
  'subjectKeyId' | 'authorityKeyId' | 'basicConstraints' | 'keyUsage' | 'extendedKeyUsage' | 'policies' | 'qualified' | 'unsupportedCriticalExtensions'
>;

function readExtensions(extensions: readonly Extension[]): ExtensionFields {
  const fields: ExtensionFields = {
    policies: [],
    qualified: { qcCompliance: false, qcSscd: false, qcTypes: [] },
    unsupportedCriticalExtensions: [],
  };
  for (const extension of extensions) {
    const value = extension.extnValue.buffer;
    if (extension.critical && !UNDERSTOOD_EXTENSIONS.has(extension.extnID)) {
      fields.unsupportedCriticalExtensions.push(extension.extnID);
    }
    readExtension(extension.extnID, value, fields);
  }
  return fields;
}

function readExtension(id: string, value: ArrayBuffer, fields: ExtensionFields): void {
  switch (id) {
    case OID.basicConstraints: {
      const bc = AsnConvert.parse(value, BasicConstraints);
      fields.basicConstraints = bc.pathLenConstraint === undefined ? { ca: bc.cA } : { ca: bc.cA, pathLength: bc.pathLenConstraint };
      return;
    }
    case OID.keyUsage: {
      const flags = AsnConvert.parse(value, KeyUsage).toNumber();
      // KeyUsageFlags in @peculiar/asn1-x509: digitalSignature = 1, nonRepudiation = 2, keyCertSign = 32.
      fields.keyUsage = { digitalSignature: (flags & 1) !== 0, nonRepudiation: (flags & 2) !== 0, keyCertSign: (flags & 32) !== 0 };
      return;
    }
    case OID.extendedKeyUsage:
      fields.extendedKeyUsage = [...AsnConvert.parse(value, ExtendedKeyUsage)];
      return;
    case OID.subjectKeyIdentifier:
      fields.subjectKeyId = toHex(new Uint8Array(AsnConvert.parse(value, SubjectKeyIdentifier).buffer));
      return;
    case OID.authorityKeyIdentifier: {
      const aki = AsnConvert.parse(value, AuthorityKeyIdentifier);
      if (aki.keyIdentifier) fields.authorityKeyId = toHex(new Uint8Array(aki.keyIdentifier.buffer));
      return;
    }
    case OID.certificatePolicies:
      fields.policies = AsnConvert.parse(value, CertificatePolicies).map((policy) => policy.policyIdentifier);
      return;
    case OID.qcStatements:
      fields.qualified = readQcStatements(value);
      return;
    default:
  }
}

function readQcStatements(value: ArrayBuffer): QualifiedStatements {
  const qualified: QualifiedStatements = { qcCompliance: false, qcSscd: false, qcTypes: [] };
  for (const statement of AsnConvert.parse(value, QcStatements)) {
    if (statement.statementId === OID.qcCompliance) qualified.qcCompliance = true;
    if (statement.statementId === OID.qcSscd) qualified.qcSscd = true;
    if (statement.statementId === OID.qcType && statement.statementInfo) {
      qualified.qcTypes.push(...AsnConvert.parse(statement.statementInfo, ObjectIdentifiers));
    }
  }
  return qualified;
}

function subjectAttributes(name: Name): ParsedCertificate['attributes'] {
  const attributes: ParsedCertificate['attributes'] = {};
  for (const rdn of name) {
    for (const atv of rdn) {
      const text = atv.value.toString();
      if (atv.type === OID.organisationIdentifier) attributes.organisationIdentifier ??= text;
      else if (atv.type === OID.organisation) attributes.organisation ??= text;
      else if (atv.type === OID.commonName) attributes.commonName ??= text;
      else if (atv.type === OID.country) attributes.country ??= text;
    }
  }
  return attributes;
}

/**
 * The JAdES `kid`: base64 of the DER IssuerSerial (RFC 5035 §4; ETSI TS 119 182-1 §5.1.4) of the
 * signing certificate. Any other `kid` is only a hint (RFC 7515 §4.1.4) and is not compared.
 */
import { AsnConvert, AsnIntegerArrayBufferConverter, AsnProp, AsnPropTypes, AsnType, AsnTypeTypes } from '@peculiar/asn1-schema';
import { GeneralNames } from '@peculiar/asn1-x509';
import { base64urlDecode } from '../resolve/multibase.ts';
import { decodeBase64, equalBytes, integerHex, type ParsedCertificate } from '../resolve/x509-certificate.ts';

/** IssuerSerial ::= SEQUENCE { issuer GeneralNames, serialNumber CertificateSerialNumber, issuerUID OPTIONAL }. */
class IssuerSerial {
  issuer = new GeneralNames();
  serialNumber = new ArrayBuffer(0);
  issuerUID?: ArrayBuffer;
}
AsnType({ type: AsnTypeTypes.Sequence })(IssuerSerial);
AsnProp({ type: GeneralNames })(IssuerSerial.prototype, 'issuer');
AsnProp({ type: AsnPropTypes.Integer, converter: AsnIntegerArrayBufferConverter })(IssuerSerial.prototype, 'serialNumber');
AsnProp({ type: AsnPropTypes.BitString, optional: true })(IssuerSerial.prototype, 'issuerUID');

export interface KidIssuerSerial {
  /** DER of each directoryName in the issuer GeneralNames. */
  issuers: Uint8Array[];
  serialNumberHex: string;
}

/** Reads a `kid` as an IssuerSerial; `null` when it is some other kind of key id. */
export function readIssuerSerial(kid: string): KidIssuerSerial | null {
  const der = decodeBase64(kid) ?? base64urlDecode(kid);
  if (!der || der[0] !== 0x30) return null;
  try {
    const value = AsnConvert.parse(der, IssuerSerial);
    const issuers = value.issuer
      .filter((name) => name.directoryName !== undefined)
      .map((name) => new Uint8Array(AsnConvert.serialize(name.directoryName!)));
    return issuers.length > 0 ? { issuers, serialNumberHex: integerHex(value.serialNumber) } : null;
  } catch {
    return null;
  }
}

export function issuerSerialMatches(kid: KidIssuerSerial, certificate: ParsedCertificate): boolean {
  return kid.serialNumberHex === certificate.serialNumberHex && kid.issuers.some((issuer) => equalBytes(issuer, certificate.issuerDer));
}

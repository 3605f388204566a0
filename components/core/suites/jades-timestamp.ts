/**
 * RFC 3161 time-stamp tokens as JAdES carries them (`adoTst`, `sigTst`, `arcTst`, ETSI TS 119 182-1
 * §5.2.8, §5.3.4, §5.3.6): the CMS SignedData is parsed with @peculiar/asn1-cms, the TSTInfo with a
 * schema declared here (@peculiar/asn1-tsp is not installed), the message imprint compared, the
 * TSA's CMS signature verified (RFC 5652 §5.4) and the TSA certificate chained to the anchors at genTime.
 */
import { Attribute, ContentInfo, SignedData, type SignerInfo } from '@peculiar/asn1-cms';
import {
  AsnArray,
  AsnConvert,
  AsnIntegerArrayBufferConverter,
  AsnProp,
  AsnPropTypes,
  AsnType,
  AsnTypeTypes,
  OctetString,
} from '@peculiar/asn1-schema';
import { AlgorithmIdentifier, Extensions, GeneralName } from '@peculiar/asn1-x509';
import type { LoadedAnchor } from '../resolve/eu-trust-anchors.ts';
import { buildCertificatePath } from '../resolve/x509-path.ts';
import { OID, equalBytes, integerHex, parseCertificate, sha256Hex, toHex, type ParsedCertificate } from '../resolve/x509-certificate.ts';
import { HASH_OIDS, verifySpkiSignature, type HashName } from '../resolve/x509-signature.ts';

const ID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const ID_CT_TSTINFO = '1.2.840.113549.1.9.16.1.4';
const ID_CONTENT_TYPE = '1.2.840.113549.1.9.3';
const ID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';

/** RFC 3161 §2.4.2: MessageImprint ::= SEQUENCE { hashAlgorithm AlgorithmIdentifier, hashedMessage OCTET STRING }. */
class MessageImprint {
  hashAlgorithm = new AlgorithmIdentifier();
  hashedMessage = new OctetString();
}
AsnType({ type: AsnTypeTypes.Sequence })(MessageImprint);
AsnProp({ type: AlgorithmIdentifier })(MessageImprint.prototype, 'hashAlgorithm');
AsnProp({ type: OctetString })(MessageImprint.prototype, 'hashedMessage');

/** RFC 3161 §2.4.2: Accuracy ::= SEQUENCE { seconds INTEGER OPTIONAL, millis [0] OPTIONAL, micros [1] OPTIONAL }. */
class Accuracy {
  seconds?: number;
  millis?: number;
  micros?: number;
}
AsnType({ type: AsnTypeTypes.Sequence })(Accuracy);
AsnProp({ type: AsnPropTypes.Integer, optional: true })(Accuracy.prototype, 'seconds');
AsnProp({ type: AsnPropTypes.Integer, context: 0, implicit: true, optional: true })(Accuracy.prototype, 'millis');
AsnProp({ type: AsnPropTypes.Integer, context: 1, implicit: true, optional: true })(Accuracy.prototype, 'micros');

/** RFC 3161 §2.4.2 TSTInfo (module uses IMPLICIT TAGS; `tsa` is a CHOICE, hence explicit). */
class TstInfo {
  version = 1;
  policy = '';
  messageImprint = new MessageImprint();
  serialNumber = new ArrayBuffer(0);
  genTime = new Date(0);
  accuracy?: Accuracy;
  ordering?: boolean;
  nonce?: ArrayBuffer;
  tsa?: GeneralName;
  extensions?: Extensions;
}
AsnType({ type: AsnTypeTypes.Sequence })(TstInfo);
AsnProp({ type: AsnPropTypes.Integer })(TstInfo.prototype, 'version');
AsnProp({ type: AsnPropTypes.ObjectIdentifier })(TstInfo.prototype, 'policy');
AsnProp({ type: MessageImprint })(TstInfo.prototype, 'messageImprint');
AsnProp({ type: AsnPropTypes.Integer, converter: AsnIntegerArrayBufferConverter })(TstInfo.prototype, 'serialNumber');
AsnProp({ type: AsnPropTypes.GeneralizedTime })(TstInfo.prototype, 'genTime');
AsnProp({ type: Accuracy, optional: true })(TstInfo.prototype, 'accuracy');
AsnProp({ type: AsnPropTypes.Boolean, optional: true })(TstInfo.prototype, 'ordering');
AsnProp({ type: AsnPropTypes.Integer, converter: AsnIntegerArrayBufferConverter, optional: true })(TstInfo.prototype, 'nonce');
AsnProp({ type: GeneralName, context: 0, optional: true })(TstInfo.prototype, 'tsa');
AsnProp({ type: Extensions, context: 1, implicit: true, optional: true })(TstInfo.prototype, 'extensions');

/** CMS signed attributes are signed as their DER `SET OF` encoding (RFC 5652 §5.4), not as `[0]`. */
class SignedAttributeSet extends AsnArray<Attribute> {}
AsnType({ type: AsnTypeTypes.Set, itemType: Attribute })(SignedAttributeSet);

export type TimestampKind = 'adoTst' | 'sigTst' | 'arcTst';

export interface ParsedTimestamp {
  genTime: Date;
  policy: string;
  serialNumberHex: string;
  imprintAlgorithm: string;
  imprintHash?: HashName;
  hashedMessage: Uint8Array;
  eContent: Uint8Array;
  signedData: SignedData;
  certificates: ParsedCertificate[];
}

/** The result of checking one token, as plain data. */
export interface TimestampCheck {
  kind: TimestampKind;
  genTime?: string;
  policy?: string;
  /** Whether the imprint equals the hash of what this kind of time-stamp covers. */
  imprint: 'match' | 'mismatch' | 'unsupported-hash' | 'not-evaluated';
  /** The TSA's CMS signature over the TSTInfo. */
  tsaSignature: 'valid' | 'invalid' | 'unsupported' | 'signer-not-found';
  tsa?: { subject: string; sha256: string };
  /** The TSA certificate chains to a trust anchor at genTime and is a time-stamping certificate. */
  tsaTrusted: boolean;
  tsaReasons: string[];
  /** Set when the token could not be read at all. */
  error?: string;
}

/** Reads a DER time-stamp token; a string explains why it is not one. */
export function parseTimestampToken(der: Uint8Array): ParsedTimestamp | string {
  try {
    const contentInfo = AsnConvert.parse(der, ContentInfo);
    if (contentInfo.contentType !== ID_SIGNED_DATA) return `content type ${contentInfo.contentType} is not CMS SignedData`;
    const signedData = AsnConvert.parse(contentInfo.content, SignedData);
    const encap = signedData.encapContentInfo;
    if (encap.eContentType !== ID_CT_TSTINFO || !encap.eContent?.single) return 'the SignedData does not encapsulate a TSTInfo';
    const eContent = new Uint8Array(encap.eContent.single.buffer);
    const info = AsnConvert.parse(eContent, TstInfo);
    const imprintAlgorithm = info.messageImprint.hashAlgorithm.algorithm;
    const imprintHash = HASH_OIDS[imprintAlgorithm];
    return {
      genTime: info.genTime,
      policy: info.policy,
      serialNumberHex: integerHex(info.serialNumber),
      imprintAlgorithm,
      ...(imprintHash ? { imprintHash } : {}),
      hashedMessage: new Uint8Array(info.messageImprint.hashedMessage.buffer),
      eContent,
      signedData,
      certificates: embeddedCertificates(signedData),
    };
  } catch (error) {
    return `the token is not DER CMS (${error instanceof Error ? error.message : String(error)})`;
  }
}

/**
 * Checks a token against the bytes it should time-stamp (`covered`, or `null` when the input
 * cannot be rebuilt), with `pool` as extra certificates (JAdES `xVals`) and `anchors` for the TSA.
 */
export async function checkTimestamp(
  kind: TimestampKind,
  der: Uint8Array,
  covered: Uint8Array | null,
  pool: readonly ParsedCertificate[],
  anchors: readonly LoadedAnchor[],
): Promise<{ check: TimestampCheck; token?: ParsedTimestamp }> {
  const token = parseTimestampToken(der);
  if (typeof token === 'string') {
    return { check: { kind, imprint: 'not-evaluated', tsaSignature: 'signer-not-found', tsaTrusted: false, tsaReasons: [], error: token } };
  }
  const imprint = await compareImprint(token, covered);
  const signer = findSigner(token.signedData.signerInfos[0], [...token.certificates, ...pool]);
  const tsaSignature = signer ? await verifyTokenSignature(token, signer) : 'signer-not-found';
  const check: TimestampCheck = {
    kind,
    genTime: token.genTime.toISOString(),
    policy: token.policy,
    imprint,
    tsaSignature,
    tsaTrusted: false,
    tsaReasons: [],
  };
  if (signer) {
    check.tsa = { subject: signer.subject, sha256: await sha256Hex(signer.der) };
    await judgeTsa(check, signer, token, pool, anchors);
  }
  return { check, token };
}

async function compareImprint(token: ParsedTimestamp, covered: Uint8Array | null): Promise<TimestampCheck['imprint']> {
  if (covered === null) return 'not-evaluated';
  if (!token.imprintHash) return 'unsupported-hash';
  const digest = new Uint8Array(await crypto.subtle.digest(token.imprintHash, covered as BufferSource));
  return equalBytes(digest, token.hashedMessage) ? 'match' : 'mismatch';
}

/** RFC 3161 §2.3: the TSA certificate has the sole, critical extended key usage id-kp-timeStamping. */
async function judgeTsa(
  check: TimestampCheck,
  signer: ParsedCertificate,
  token: ParsedTimestamp,
  pool: readonly ParsedCertificate[],
  anchors: readonly LoadedAnchor[],
): Promise<void> {
  if (!signer.extendedKeyUsage?.includes(OID.timeStamping)) check.tsaReasons.push(`"${signer.subject}" is not a time-stamping certificate`);
  const path = await buildCertificatePath(signer, [...token.certificates, ...pool], anchors, token.genTime);
  check.tsaReasons.push(...path.reasons);
  check.tsaTrusted = path.trusted && check.tsaReasons.length === 0 && check.tsaSignature === 'valid';
}

function embeddedCertificates(signedData: SignedData): ParsedCertificate[] {
  const out: ParsedCertificate[] = [];
  for (const choice of signedData.certificates ?? []) {
    if (!choice.certificate) continue;
    const parsed = parseCertificate(new Uint8Array(AsnConvert.serialize(choice.certificate)));
    if (parsed) out.push(parsed);
  }
  return out;
}

/** RFC 5652 §5.3: the signer is named by issuer and serial number, or by subject key identifier. */
function findSigner(signerInfo: SignerInfo | undefined, certificates: readonly ParsedCertificate[]): ParsedCertificate | undefined {
  if (!signerInfo) return undefined;
  const { issuerAndSerialNumber, subjectKeyIdentifier } = signerInfo.sid;
  if (issuerAndSerialNumber) {
    const issuer = new Uint8Array(AsnConvert.serialize(issuerAndSerialNumber.issuer));
    const serial = integerHex(issuerAndSerialNumber.serialNumber);
    return certificates.find((certificate) => equalBytes(certificate.issuerDer, issuer) && certificate.serialNumberHex === serial);
  }
  if (subjectKeyIdentifier) {
    const keyId = toHex(new Uint8Array(subjectKeyIdentifier.buffer));
    return certificates.find((certificate) => certificate.subjectKeyId === keyId);
  }
  return undefined;
}

/** RFC 5652 §5.4/§5.6: content-type and message-digest attributes, then the signature over the attributes. */
async function verifyTokenSignature(token: ParsedTimestamp, signer: ParsedCertificate): Promise<TimestampCheck['tsaSignature']> {
  const signerInfo = token.signedData.signerInfos[0];
  if (!signerInfo?.signedAttrs || token.signedData.signerInfos.length !== 1) return 'invalid';
  const digestHash = HASH_OIDS[signerInfo.digestAlgorithm.algorithm];
  if (!digestHash) return 'unsupported';
  if (attributeOid(signerInfo.signedAttrs, ID_CONTENT_TYPE) !== ID_CT_TSTINFO) return 'invalid';
  const expected = new Uint8Array(await crypto.subtle.digest(digestHash, token.eContent as BufferSource));
  const digest = attributeOctets(signerInfo.signedAttrs, ID_MESSAGE_DIGEST);
  if (!digest || !equalBytes(digest, expected)) return 'invalid';
  const signedBytes = new Uint8Array(AsnConvert.serialize(new SignedAttributeSet(signerInfo.signedAttrs)));
  const outcome = await verifySpkiSignature(signer, signerInfo.signatureAlgorithm, new Uint8Array(signerInfo.signature.buffer), signedBytes, digestHash);
  if (outcome === 'unsupported') return 'unsupported';
  return outcome ? 'valid' : 'invalid';
}

function attributeValue(attributes: readonly Attribute[], type: string): ArrayBuffer | undefined {
  const attribute = attributes.find((candidate) => candidate.attrType === type);
  return attribute?.attrValues.length === 1 ? attribute.attrValues[0] : undefined;
}

function attributeOctets(attributes: readonly Attribute[], type: string): Uint8Array | undefined {
  const value = attributeValue(attributes, type);
  return value ? new Uint8Array(AsnConvert.parse(value, OctetString).buffer) : undefined;
}

function attributeOid(attributes: readonly Attribute[], type: string): string | undefined {
  const value = attributeValue(attributes, type);
  return value ? AsnConvert.parse(value, ObjectIdentifierValue).value : undefined;
}

/** A lone OBJECT IDENTIFIER value (the content-type attribute), as a one-alternative CHOICE. */
class ObjectIdentifierValue {
  value = '';
}
AsnType({ type: AsnTypeTypes.Choice })(ObjectIdentifierValue);
AsnProp({ type: AsnPropTypes.ObjectIdentifier })(ObjectIdentifierValue.prototype, 'value');

/**
 * Test fixtures for JAdES seals: certificates generated with @peculiar/x509 and WebCrypto, and
 * seals signed the way the European Commission's sealing service writes them (JWS JSON general
 * serialization, b64:false, x5c + x5t#S256 + sigT, crit).
 */
import './reflect-shim.ts';
import { readFileSync } from 'node:fs';
import * as x509 from '@peculiar/x509';
import { base64urlEncode } from '../../../components/core/resolve/multibase.ts';

x509.cryptoProvider.set(crypto);

export const CORPUS_EU = new URL('../../../../shared/corpus/eu/', import.meta.url);
export const CORPUS_EUROPASS = new URL('../../../../shared/corpus/europass-edc/', import.meta.url);

/** A corpus file, parsed (the corpus is read-only; nothing is written back). */
export function corpusJson(path: string, base: URL = CORPUS_EU): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(path, base), 'utf8')) as Record<string, unknown>;
}

export function corpusText(path: string, base: URL = CORPUS_EU): string {
  return readFileSync(new URL(path, base), 'utf8');
}

export type KeyKind = 'RSA' | 'RSA-PSS' | 'P-256' | 'P-384';

export interface Issued {
  certificate: x509.X509Certificate;
  keys: CryptoKeyPair;
  /** DER, standard base64 (as x5c and trust anchors carry it). */
  base64: string;
}

const KEY_PARAMS: Record<KeyKind, RsaHashedKeyGenParams | EcKeyGenParams> = {
  RSA: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  'RSA-PSS': { name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
  'P-256': { name: 'ECDSA', namedCurve: 'P-256' },
  'P-384': { name: 'ECDSA', namedCurve: 'P-384' },
};

const SIGNING: Record<KeyKind, Algorithm | EcdsaParams> = {
  RSA: { name: 'RSASSA-PKCS1-v1_5' },
  'RSA-PSS': { name: 'RSA-PSS', saltLength: 32 } as Algorithm,
  'P-256': { name: 'ECDSA', hash: 'SHA-256' },
  'P-384': { name: 'ECDSA', hash: 'SHA-384' },
};

/** QCStatements (ETSI EN 319 412-5): QcCompliance and QcType = eseal, DER-encoded by hand. */
const QC_ESEAL = hex('301f3008060604008e4601013013060604008e4601063009060704008e46010602');

export interface CertificateSpec {
  subject: string;
  key?: KeyKind;
  issuer?: Issued;
  ca?: boolean;
  pathLength?: number;
  notBefore?: Date;
  notAfter?: Date;
  keyUsage?: x509.KeyUsageFlags;
  extendedKeyUsage?: string[];
  qcESeal?: boolean;
  /** Extra extensions, such as an unsupported critical one. */
  extensions?: x509.Extension[];
}

/** Issues a certificate (self-signed without `issuer`). The key is RSA-2048 unless `key` says otherwise. */
export async function issue(spec: CertificateSpec): Promise<Issued> {
  const kind = spec.key ?? 'RSA';
  const keys = (await crypto.subtle.generateKey(KEY_PARAMS[kind], true, ['sign', 'verify'])) as CryptoKeyPair;
  const extensions = await extensionsFor(spec, keys);
  const common = {
    serialNumber: randomSerial(),
    notBefore: spec.notBefore ?? new Date('2024-01-01T00:00:00Z'),
    notAfter: spec.notAfter ?? new Date('2030-01-01T00:00:00Z'),
    extensions,
  };
  const certificate = spec.issuer
    ? await x509.X509CertificateGenerator.create({
        ...common,
        subject: spec.subject,
        issuer: spec.issuer.certificate.subject,
        publicKey: keys.publicKey,
        signingKey: spec.issuer.keys.privateKey,
        signingAlgorithm: SIGNING[issuerKind(spec.issuer)],
      })
    : await x509.X509CertificateGenerator.createSelfSigned({ ...common, name: spec.subject, keys, signingAlgorithm: SIGNING[kind] });
  return { certificate, keys, base64: encodeBase64(new Uint8Array(certificate.rawData)) };
}

async function extensionsFor(spec: CertificateSpec, keys: CryptoKeyPair): Promise<x509.Extension[]> {
  const extensions: x509.Extension[] = [await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)];
  if (spec.issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(spec.issuer.keys.publicKey));
  if (spec.ca !== undefined) extensions.push(new x509.BasicConstraintsExtension(spec.ca, spec.pathLength, true));
  const usage = spec.keyUsage ?? (spec.ca ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation);
  extensions.push(new x509.KeyUsagesExtension(usage, true));
  if (spec.extendedKeyUsage) extensions.push(new x509.ExtendedKeyUsageExtension(spec.extendedKeyUsage, true));
  if (spec.qcESeal) extensions.push(new x509.Extension('1.3.6.1.5.5.7.1.3', false, QC_ESEAL as BufferSource));
  extensions.push(...(spec.extensions ?? []));
  return extensions;
}

function issuerKind(issuer: Issued): KeyKind {
  const algorithm = issuer.keys.privateKey.algorithm as EcKeyAlgorithm;
  return algorithm.name === 'ECDSA' ? (algorithm.namedCurve as KeyKind) : algorithm.name === 'RSA-PSS' ? 'RSA-PSS' : 'RSA';
}

export type SealAlg = 'RS256' | 'PS256' | 'ES256' | 'ES384';

const SEAL_SIGN: Record<SealAlg, Algorithm | RsaPssParams | EcdsaParams> = {
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
  PS256: { name: 'RSA-PSS', saltLength: 32 },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  ES384: { name: 'ECDSA', hash: 'SHA-384' },
};

export interface SealSpec {
  payload: string;
  signer: Issued;
  /** Certificates after the signer in x5c (base64). */
  chain?: string[];
  alg?: SealAlg;
  /** Key used to sign, when it differs from the signer's (to forge a mismatch). */
  signingKey?: CryptoKey;
  b64?: boolean;
  /** Members merged into (or, with `undefined`, removed from) the protected header. */
  header?: Record<string, unknown>;
  /** The etsiU array of the unprotected header. */
  etsiU?: unknown[];
  flattened?: boolean;
}

/** Signs a seal; returns the envelope as the EC's sealing service writes it. */
export async function seal(spec: SealSpec): Promise<Record<string, unknown>> {
  const alg = spec.alg ?? 'RS256';
  const b64 = spec.b64 ?? false;
  const der = new Uint8Array(spec.signer.certificate.rawData);
  const header = withoutUndefined({
    alg,
    typ: 'jose+json',
    cty: 'json',
    x5c: [spec.signer.base64, ...(spec.chain ?? [])],
    'x5t#S256': base64urlEncode(new Uint8Array(await crypto.subtle.digest('SHA-256', der))),
    sigT: '2026-01-12T07:12:23Z',
    ...(b64 ? {} : { b64: false }),
    crit: b64 ? ['sigT'] : ['b64', 'sigT'],
    ...spec.header,
  });
  const protectedHeader = base64urlEncode(new TextEncoder().encode(JSON.stringify(header)));
  const payload = b64 ? base64urlEncode(new TextEncoder().encode(spec.payload)) : spec.payload;
  const key = spec.signingKey ?? spec.signer.keys.privateKey;
  const signature = new Uint8Array(await crypto.subtle.sign(SEAL_SIGN[alg], key, new TextEncoder().encode(`${protectedHeader}.${payload}`)));
  const entry: Record<string, unknown> = { protected: protectedHeader, signature: base64urlEncode(signature) };
  if (spec.etsiU) entry.header = { etsiU: spec.etsiU };
  return spec.flattened ? { payload, ...entry } : { payload, signatures: [entry] };
}

/** A minimal EDC-like payload (the seal covers whatever text it is given). */
export function edcPayload(notation = 'NTREE-12345678'): string {
  return JSON.stringify({
    '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
    id: 'urn:credential:test-seal',
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    issuer: { id: 'urn:epass:org:test', type: 'Organisation', eIDASIdentifier: { type: 'LegalIdentifier', notation } },
    validFrom: '2026-01-01T00:00:00Z',
  });
}

/** base64url JSON, as etsiU components are written. */
export function encodeComponent(value: unknown): string {
  return base64urlEncode(new TextEncoder().encode(JSON.stringify(value)));
}

/** Decodes the protected header of a corpus envelope. */
export function protectedHeaderOf(envelope: Record<string, unknown>): Record<string, unknown> {
  const entry = (envelope.signatures as Record<string, unknown>[])[0]!;
  return JSON.parse(Buffer.from(entry.protected as string, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The decoded etsiU components of a corpus envelope, by name, with the encoded strings kept. */
export function etsiUOf(envelope: Record<string, unknown>): { encoded: string[]; byName: Record<string, unknown> } {
  const entry = (envelope.signatures as Record<string, unknown>[])[0]!;
  const encoded = (entry.header as { etsiU: string[] }).etsiU;
  const byName: Record<string, unknown> = {};
  for (const component of encoded) Object.assign(byName, JSON.parse(Buffer.from(component, 'base64url').toString('utf8')));
  return { encoded, byName };
}

/** The base64 certificates of a corpus envelope's xVals. */
export function xValsOf(envelope: Record<string, unknown>): string[] {
  const xVals = etsiUOf(envelope).byName.xVals as { x509Cert: { val: string } }[];
  return xVals.map((value) => value.x509Cert.val);
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function randomSerial(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  bytes[0] = bytes[0]! & 0x7f || 1;
  return Buffer.from(bytes).toString('hex');
}

function hex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'hex'));
}

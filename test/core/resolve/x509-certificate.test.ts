import { describe, expect, it } from 'vitest';
import { OID, parseCertificate, parseCertificateBase64 } from '../../../components/core/resolve/x509-certificate.ts';
import { corpusJson, issue, protectedHeaderOf, xValsOf } from '../suites/jades-fixtures.ts';

const annex1 = corpusJson('ec-elm/Sample-MC-Annex1-signed.jsonld');
const myNextId = corpusJson('mynextid/edc-mc-signed.jsonld');
const x5c0 = (envelope: Record<string, unknown>) => (protectedHeaderOf(envelope).x5c as string[])[0]!;

describe('X.509 certificates as plain data', () => {
  it('reads the EC TEST seal certificate: names, serial, validity, organisationIdentifier and QC statements', () => {
    const certificate = parseCertificateBase64(x5c0(annex1))!;
    expect(certificate.issuer).toBe('C=ES, O=ANF Autoridad de Certificacion, organizationIdentifier=VATES-G63287510, OU=Certificados Cualificados de Sello Electronico, CN=ANF AC Qualified Certificates for eSeal');
    expect(certificate.serialNumberHex).toBe('03378f4d568b289fb8ed0c03');
    expect(certificate.notAfter.toISOString()).toBe('2025-05-10T14:31:15.000Z');
    expect(certificate.attributes).toEqual({ country: 'ES', commonName: 'TEST SEAL', organisation: 'ORGANIZACION TEST', organisationIdentifier: 'VATES-A00000000' });
    expect(certificate.qualified).toEqual({ qcCompliance: true, qcSscd: false, qcTypes: [OID.qcTypeESeal] });
    expect(certificate.publicKeyAlgorithm).toBe('1.2.840.113549.1.1.1');
    expect(certificate.keyUsage?.nonRepudiation).toBe(true);
  });

  it('reads the MyNextID production e-seal certificate and its Halcom CA', () => {
    const seal = parseCertificateBase64(x5c0(myNextId))!;
    expect(seal.attributes.organisationIdentifier).toBe('NTREE-17207834');
    expect(seal.qualified.qcCompliance && seal.qualified.qcTypes.includes(OID.qcTypeESeal)).toBe(true);
    const ca = xValsOf(myNextId).map((b64) => parseCertificateBase64(b64)!).find((c) => c.attributes.commonName === 'Halcom CA PO e-seal 2')!;
    expect(ca.basicConstraints?.ca).toBe(true);
    expect(ca.subjectKeyId).toBe(seal.authorityKeyId);
  });

  it('reads the curve of an EC key and the extended key usage', async () => {
    const tsa = await issue({ subject: 'CN=TSA', key: 'P-384', extendedKeyUsage: [OID.timeStamping] });
    const certificate = parseCertificateBase64(tsa.base64)!;
    expect(certificate.publicKeyCurve).toBe('1.3.132.0.34');
    expect(certificate.extendedKeyUsage).toEqual([OID.timeStamping]);
  });

  it('returns null for bytes that are not a certificate', () => {
    expect(parseCertificate(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(parseCertificateBase64('not base64!')).toBeNull();
  });
});

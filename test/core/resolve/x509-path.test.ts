import '../suites/reflect-shim.ts';
import * as x509 from '@peculiar/x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { customTrustAnchor, loadAnchors, TL, type TrustAnchor } from '../../../components/core/resolve/eu-trust-anchors.ts';
import { buildCertificatePath } from '../../../components/core/resolve/x509-path.ts';
import { parseCertificateBase64, type ParsedCertificate } from '../../../components/core/resolve/x509-certificate.ts';
import { issue, type Issued } from '../suites/jades-fixtures.ts';

const AT = new Date('2026-06-01T00:00:00Z');
const parsed = (issued: Issued): ParsedCertificate => parseCertificateBase64(issued.base64)!;

describe('certification paths', () => {
  let root: Issued;
  let intermediate: Issued;
  let leaf: Issued;

  beforeAll(async () => {
    root = await issue({ key: 'P-256', subject: 'CN=Path Root, O=Test QTSP, C=SI', ca: true });
    intermediate = await issue({ key: 'P-256', subject: 'CN=Path e-seal CA, O=Test QTSP, C=SI', ca: true, issuer: root });
    leaf = await issue({ key: 'P-256', subject: 'CN=Path Seal, O=Test University, C=SI', issuer: intermediate });
  });

  const path = async (intermediates: Issued[], anchors: TrustAnchor[], at = AT, signer = leaf) =>
    buildCertificatePath(parsed(signer), intermediates.map(parsed), await loadAnchors(anchors), at);

  it('leads from the signer through a supplied intermediate to a root anchor', async () => {
    const result = await path([intermediate], [customTrustAnchor(root.base64)]);
    expect(result.trusted).toBe(true);
    expect(result.path.map((c) => c.subject)).toEqual(['CN=Path Seal, O=Test University, C=SI', 'CN=Path e-seal CA, O=Test QTSP, C=SI', 'CN=Path Root, O=Test QTSP, C=SI']);
    expect(result.anchor?.source).toBe('caller');
  });

  it('may end at an intermediate that is itself the anchor', async () => {
    expect((await path([], [customTrustAnchor(intermediate.base64)])).trusted).toBe(true);
  });

  it('ends untrusted at a self-signed root that is not an anchor', async () => {
    const result = await path([intermediate, root], []);
    expect(result.trusted).toBe(false);
    expect(result.reachedAnchor).toBe(false);
    expect(result.reasons).toEqual(['the chain ends at the self-signed "CN=Path Root, O=Test QTSP, C=SI", which is not a trust anchor']);
    expect(result.path).toHaveLength(3);
  });

  it('ends untrusted when an intermediate is missing', async () => {
    const result = await path([], [customTrustAnchor(root.base64)]);
    expect(result.trusted).toBe(false);
    expect(result.reasons[0]).toBe('no certificate of the issuer "CN=Path e-seal CA, O=Test QTSP, C=SI" of "CN=Path Seal, O=Test University, C=SI" was supplied or trusted');
  });

  it('does not accept a certificate signed by another key under the issuer name', async () => {
    const impostor = await issue({ key: 'P-256', subject: 'CN=Path e-seal CA, O=Test QTSP, C=SI', ca: true, issuer: root });
    const result = await path([impostor], [customTrustAnchor(root.base64)]);
    expect(result.trusted).toBe(false);
  });

  it('checks every certificate at the validation time', async () => {
    const result = await path([intermediate], [customTrustAnchor(root.base64)], new Date('2031-01-01T00:00:00Z'));
    expect(result.trusted).toBe(false);
    expect(result.reachedAnchor).toBe(true);
    expect(result.reasons[0]).toContain('is valid from 2024-01-01T00:00:00.000Z to 2030-01-01T00:00:00.000Z, not at 2031-01-01T00:00:00.000Z');
  });

  it('refuses an issuer that is not a CA', async () => {
    const notCa = await issue({ key: 'P-256', subject: 'CN=Not a CA', ca: false, issuer: root, keyUsage: x509.KeyUsageFlags.keyCertSign });
    const signer = await issue({ key: 'P-256', subject: 'CN=Below a non-CA', issuer: notCa });
    const result = await path([notCa], [customTrustAnchor(root.base64)], AT, signer);
    expect(result.reasons[0]).toBe('"CN=Not a CA" issued a certificate but is not a CA (basicConstraints)');
  });

  it('refuses an issuer whose key usage lacks keyCertSign', async () => {
    const noCertSign = await issue({ key: 'P-256', subject: 'CN=No certSign CA', ca: true, issuer: root, keyUsage: x509.KeyUsageFlags.cRLSign });
    const signer = await issue({ key: 'P-256', subject: 'CN=Below it', issuer: noCertSign });
    const result = await path([noCertSign], [customTrustAnchor(root.base64)], AT, signer);
    expect(result.reasons[0]).toContain('lacks keyCertSign');
  });

  it('keeps a path length constraint', async () => {
    const strictRoot = await issue({ key: 'P-256', subject: 'CN=Strict Root', ca: true, pathLength: 0 });
    const ca = await issue({ key: 'P-256', subject: 'CN=Under strict root', ca: true, issuer: strictRoot });
    const signer = await issue({ key: 'P-256', subject: 'CN=Too deep', issuer: ca });
    const result = await path([ca], [customTrustAnchor(strictRoot.base64)], AT, signer);
    expect(result.reasons[0]).toBe('"CN=Strict Root" allows 0 intermediate certificates below it, the path has 1');
  });

  it('refuses a certificate with a critical extension it cannot process', async () => {
    const unknownCritical = new x509.Extension('1.2.3.4.5', true, new Uint8Array([0x05, 0x00]));
    const signer = await issue({ key: 'P-256', subject: 'CN=Odd extension', issuer: intermediate, extensions: [unknownCritical] });
    const result = await path([intermediate], [customTrustAnchor(root.base64)], AT, signer);
    expect(result.reasons[0]).toContain('critical extensions that are not supported: 1.2.3.4.5');
  });

  it('uses an anchor only while its trusted-list status is granted', async () => {
    const withdrawn = { ...customTrustAnchor(root.base64), status: TL.withdrawn };
    const result = await path([intermediate], [withdrawn]);
    expect(result.trusted).toBe(false);
    expect(result.reasons).toContain(`the trust anchor "CN=Path Root, O=Test QTSP, C=SI" is not granted at ${AT.toISOString()} (status ${TL.withdrawn})`);
  });

  it('does not use an anchor before its status starting time', async () => {
    const later = { ...customTrustAnchor(root.base64), statusStartingTime: '2027-01-01T00:00:00Z' };
    expect((await path([intermediate], [later])).trusted).toBe(false);
    expect((await path([intermediate], [later], new Date('2027-06-01T00:00:00Z'))).trusted).toBe(true);
  });

  it('stops searching a crafted mesh of same-name, same-key certificates after a bounded number of signature checks', async () => {
    const keys = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
    const signing = { name: 'ECDSA', hash: 'SHA-256' };
    const mesh = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        x509.X509CertificateGenerator.createSelfSigned({
          serialNumber: (i + 1).toString(16).padStart(2, '0'),
          name: 'CN=Mesh',
          keys,
          signingAlgorithm: signing,
          notBefore: new Date('2024-01-01T00:00:00Z'),
          notAfter: new Date('2030-01-01T00:00:00Z'),
          extensions: [new x509.BasicConstraintsExtension(true, undefined, true)],
        }),
      ),
    );
    const signer = await x509.X509CertificateGenerator.create({
      serialNumber: 'ff',
      subject: 'CN=Mesh leaf',
      issuer: 'CN=Mesh',
      publicKey: keys.publicKey,
      signingKey: keys.privateKey,
      signingAlgorithm: signing,
      notBefore: new Date('2024-01-01T00:00:00Z'),
      notAfter: new Date('2030-01-01T00:00:00Z'),
    });
    const toParsed = (certificate: x509.X509Certificate) => parseCertificateBase64(Buffer.from(certificate.rawData).toString('base64'))!;
    const result = await buildCertificatePath(toParsed(signer), mesh.map(toParsed), [], AT);
    expect(result.trusted).toBe(false);
    expect(result.reasons).toContain('the path search stopped after 64 signature checks');
  });
});

import { describe, expect, it } from 'vitest';
import { checkTimestamp, parseTimestampToken } from '../../../components/core/suites/jades-timestamp.ts';
import { customTrustAnchor, loadAnchors } from '../../../components/core/resolve/eu-trust-anchors.ts';
import { parseCertificateBase64, type ParsedCertificate } from '../../../components/core/resolve/x509-certificate.ts';
import { corpusJson, etsiUOf, protectedHeaderOf, xValsOf } from './jades-fixtures.ts';

const annex1 = corpusJson('ec-elm/Sample-MC-Annex1-signed.jsonld');
const entry = (annex1.signatures as Record<string, string>[])[0]!;
const tokenOf = (value: unknown) => new Uint8Array(Buffer.from((value as { tstTokens: { val: string }[] }).tstTokens[0]!.val, 'base64'));
const adoTst = tokenOf(protectedHeaderOf(annex1).adoTst);
const sigTst = tokenOf(etsiUOf(annex1).byName.sigTst);
const pool = xValsOf(annex1).map((b64) => parseCertificateBase64(b64)).filter((c): c is ParsedCertificate => c !== null);
const nowinaRoot = xValsOf(annex1).find((b64) => b64.startsWith('MIIDVzCCAj+g'))!;
const encode = (text: string) => new TextEncoder().encode(text);

describe('RFC 3161 time-stamp tokens in JAdES', () => {
  it('reads the TSTInfo of the EC sample adoTst: genTime, policy and a SHA-256 imprint', () => {
    const token = parseTimestampToken(adoTst);
    if (typeof token === 'string') throw new Error(token);
    expect(token.genTime.toISOString()).toBe('2023-09-27T11:54:17.000Z');
    expect(token.policy).toBe('1.2.3.4');
    expect(token.imprintHash).toBe('SHA-256');
    expect(token.hashedMessage).toHaveLength(32);
    expect(token.certificates.map((c) => c.subject)).toContain('CN=good-tsa, O=Nowina Solutions, OU=PKI-TEST, C=LU');
  });

  it('the adoTst imprint is the SHA-256 of the UTF-8 payload; the sigTst imprint is the SHA-256 of the base64url signature', async () => {
    expect((await checkTimestamp('adoTst', adoTst, encode(annex1.payload as string), pool, [])).check.imprint).toBe('match');
    expect((await checkTimestamp('sigTst', sigTst, encode(entry.signature!), pool, [])).check.imprint).toBe('match');
    expect((await checkTimestamp('sigTst', sigTst, encode(annex1.payload as string), pool, [])).check.imprint).toBe('mismatch');
  });

  it('the TSA CMS signature verifies, and fails once the signature value changes', async () => {
    expect((await checkTimestamp('adoTst', adoTst, null, pool, [])).check.tsaSignature).toBe('valid');
    const tampered = adoTst.slice();
    const last = tampered.length - 1;
    tampered[last] = tampered[last]! ^ 0x01;
    expect((await checkTimestamp('adoTst', tampered, null, pool, [])).check.tsaSignature).toBe('invalid');
  });

  it('a token whose TSTInfo was altered no longer matches its signed message digest', async () => {
    const tampered = adoTst.slice();
    const genTime = Buffer.from(tampered).indexOf('20230927');
    tampered[genTime + 3] = '4'.charCodeAt(0);
    const { check } = await checkTimestamp('adoTst', tampered, null, pool, []);
    expect(check.genTime).toBe('2024-09-27T11:54:17.000Z');
    expect(check.tsaSignature).toBe('invalid');
  });

  it('the TSA is trusted only when its certificate chains to an anchor at genTime', async () => {
    const untrusted = (await checkTimestamp('sigTst', sigTst, null, pool, [])).check;
    expect(untrusted.tsaTrusted).toBe(false);
    expect(untrusted.tsaReasons[0]).toContain('CN=root-ca, O=Nowina Solutions');
    const trusted = (await checkTimestamp('sigTst', sigTst, null, pool, await loadAnchors([customTrustAnchor(nowinaRoot)]))).check;
    expect(trusted.tsaTrusted).toBe(true);
  });

  it('without the bytes it covers, the imprint is reported as not evaluated', async () => {
    expect((await checkTimestamp('arcTst', sigTst, null, pool, [])).check.imprint).toBe('not-evaluated');
  });

  it('bytes that are not a time-stamp token are reported, not thrown', async () => {
    expect(typeof parseTimestampToken(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x01]))).toBe('string');
    const { check } = await checkTimestamp('sigTst', encode('not DER'), null, pool, []);
    expect(check.error).toContain('not DER CMS');
    expect(check.tsaTrusted).toBe(false);
  });
});

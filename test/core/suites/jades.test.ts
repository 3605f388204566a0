import { beforeAll, describe, expect, it } from 'vitest';
import { customTrustAnchor, HALCOM_ROOT_SI_TL_2019 } from '../../../components/core/resolve/eu-trust-anchors.ts';
import { compareEidasIdentifier, parseJadesEnvelope, verifyJadesSeal } from '../../../components/core/suites/jades.ts';
import { base64urlEncode } from '../../../components/core/resolve/multibase.ts';
import {
  CORPUS_EUROPASS,
  corpusJson,
  edcPayload,
  etsiUOf,
  issue,
  protectedHeaderOf,
  seal,
  xValsOf,
  type Issued,
} from './jades-fixtures.ts';

const NOW = new Date('2026-11-23T00:00:00Z');

const EC_SEALED = [
  ['eu', 'ec-elm/Sample-MC-Annex1-signed.jsonld'],
  ['eu', 'ec-elm/Sample-CertOfPart-signed.jsonld'],
  ['eu', 'ec-edci-tests/credential-signed.jsonld'],
  ['eu', 'ec-edci-tests/credential-jws-invalid.jsonld'],
  ['eu', 'ec-edci-tests/json_sealed_advanced.json'],
  ['eu', 'ec-edci-tests/json_to_seal-signed-jades-baseline-lta.json'],
  ['europass-edc', 'elm3/Sample-MC-Annex1-signed.jsonld'],
  ['europass-edc', 'edci/signed_credential.jsonld'],
] as const;

function load(corpus: 'eu' | 'europass-edc', path: string): Record<string, unknown> {
  return corpus === 'eu' ? corpusJson(path) : corpusJson(path, CORPUS_EUROPASS);
}

const annex1 = () => corpusJson('ec-elm/Sample-MC-Annex1-signed.jsonld');
const myNextId = () => corpusJson('mynextid/edc-mc-signed.jsonld');

describe('EDC seals made by the European Commission with its TEST seal certificate', () => {
  it.each(EC_SEALED)('the seal on %s/%s verifies cryptographically but chains to no trusted anchor, so it is untrusted', async (corpus, path) => {
    const result = await verifyJadesSeal(load(corpus, path), { now: NOW });
    expect(result.status).toBe('untrusted');
    expect(result.signatureValid).toBe(true);
    expect(result.algorithm).toBe('RS256');
    expect(result.b64).toBe(false);
    expect(result.certificateReferences).toEqual({ x5tS256: 'match', kid: 'match' });
    expect(result.chain?.trusted).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['SEAL_UNTRUSTED']);
    expect(result.timestamps.every((check) => check.imprint === 'match' && check.tsaSignature === 'valid' && !check.tsaTrusted)).toBe(true);
  });

  it('a one-character change in the payload makes the signature invalid', async () => {
    const envelope = annex1();
    const payload = envelope.payload as string;
    expect(payload).toContain('1018d05f');
    const result = await verifyJadesSeal({ ...envelope, payload: payload.replace('1018d05f', '1018d05e') }, { now: NOW });
    expect(result.status).toBe('invalid');
    expect(result.signatureValid).toBe(false);
    expect(result.problems[0]?.code).toBe('SIGNATURE_INVALID');
  });

  it('a changed signature value makes the seal invalid', async () => {
    const envelope = annex1();
    const [entry] = envelope.signatures as Record<string, string>[];
    const signature = entry!.signature!;
    const flipped = signature.slice(0, 10) + (signature[10] === 'A' ? 'B' : 'A') + signature.slice(11);
    const result = await verifyJadesSeal({ ...envelope, signatures: [{ ...entry, signature: flipped }] }, { now: NOW });
    expect(result.status).toBe('invalid');
  });

  it('describes the signer: organisationIdentifier, O, and the qualified e-seal statements it claims', async () => {
    const { signer } = await verifyJadesSeal(annex1(), { now: NOW });
    expect(signer).toMatchObject({
      organisationIdentifier: 'VATES-A00000000',
      organisation: 'ORGANIZACION TEST',
      commonName: 'TEST SEAL',
      country: 'ES',
      serialNumber: '03378f4d568b289fb8ed0c03',
      notAfter: '2025-05-10T14:31:15.000Z',
      qualified: { qcCompliance: true, qcTypeESeal: true, qcSscd: false },
    });
    expect(signer?.policies).toContain('0.4.0.194112.1.1');
  });

  it('its eIDAS identifier is exactly the certificate organisationIdentifier', async () => {
    const envelope = parseJadesEnvelope(annex1());
    if (!envelope.ok) throw new Error('not an envelope');
    const notation = (envelope.envelope.payloadJson as { issuer: { eIDASIdentifier: { notation: string } } }).issuer.eIDASIdentifier.notation;
    const { signer } = await verifyJadesSeal(envelope.envelope, { now: NOW });
    expect(compareEidasIdentifier(notation, signer?.organisationIdentifier).match).toBe('exact');
  });

  it('its time-stamps cover the payload (adoTst), the signature (sigTst) and the archive data (arcTst), from an untrusted test TSA', async () => {
    const result = await verifyJadesSeal(annex1(), { now: NOW });
    expect(result.timestamps.map((check) => [check.kind, check.imprint, check.genTime])).toEqual([
      ['adoTst', 'match', '2023-09-27T11:54:17.000Z'],
      ['sigTst', 'match', '2023-09-27T11:54:20.000Z'],
      ['arcTst', 'match', '2023-09-27T11:54:20.000Z'],
    ]);
    expect(result.timestamps[1]?.tsa?.subject).toBe('CN=good-tsa, O=Nowina Solutions, OU=PKI-TEST, C=LU');
    expect(result.validationTime).toEqual({ time: NOW.toISOString(), source: 'now' });
    expect(result.unsignedComponents).toEqual(['sigTst', 'xVals', 'rVals', 'arcTst']);
    expect(result.revocation).toEqual({ checked: false, crls: 1, ocspResponses: 1 });
    expect(result.warnings.some((w) => w.detail.includes('sigTst time-stamping authority'))).toBe(true);
  });

  describe('when the caller trusts the test infrastructure (never the default)', () => {
    const sealCa = () => xValsOf(annex1()).find((b64) => b64.startsWith('MIIH/zCCBeeg'))!;
    const nowinaRoot = () => xValsOf(annex1()).find((b64) => b64.startsWith('MIIDVzCCAj+g'))!;

    it('a trusted signature time-stamp proves the seal existed while its now-expired certificate was valid', async () => {
      const anchors = [customTrustAnchor(sealCa()), customTrustAnchor(nowinaRoot())];
      const result = await verifyJadesSeal(annex1(), { now: NOW, trustAnchors: anchors });
      expect(result.timestamps.find((check) => check.kind === 'sigTst')?.tsaTrusted).toBe(true);
      expect(result.validationTime).toEqual({ time: '2023-09-27T11:54:20.000Z', source: 'sigTst' });
      expect(result.status).toBe('trusted');
      expect(result.chain?.path.map((c) => c.subject.match(/CN=([^,]+)/)?.[1])).toEqual(['TEST SEAL', 'ANF AC Qualified Certificates for eSeal']);
    });

    it('without a trusted time-stamp the certificate is checked now, has expired, and the seal is untrusted', async () => {
      const result = await verifyJadesSeal(annex1(), { now: NOW, trustAnchors: [customTrustAnchor(sealCa())] });
      expect(result.status).toBe('untrusted');
      expect(result.problems[0]?.code).toBe('SEAL_CERTIFICATE_EXPIRED');
      expect(result.chain?.reasons[0]).toContain('is valid from 2023-05-11T14:31:15.000Z to 2025-05-10T14:31:15.000Z, not at 2026-11-23');
    });

    it('validating at the signer-claimed sigT happens only when the caller opts in', async () => {
      const result = await verifyJadesSeal(annex1(), { now: NOW, trustAnchors: [customTrustAnchor(sealCa())], useClaimedSigningTime: true });
      expect(result.validationTime).toEqual({ time: '2023-09-27T11:54:17.000Z', source: 'sigT' });
      expect(result.status).toBe('trusted');
    });
  });
});

describe('the MyNextID EDC sealed with a production Halcom e-seal certificate', () => {
  it('is untrusted with the default (empty) snapshot: its chain ends at a root that is no anchor', async () => {
    const result = await verifyJadesSeal(myNextId(), { now: NOW });
    expect(result.status).toBe('untrusted');
    expect(result.signatureValid).toBe(true);
    expect(result.problems[0]?.detail).toContain('self-signed "C=SI, O=Halcom d.d., organizationIdentifier=VATSI-43353126, CN=Halcom Root Certificate Authority", which is not a trust anchor');
  });

  it('is trusted when the Halcom root from the 2019 Slovenian trusted list is an anchor', async () => {
    const result = await verifyJadesSeal(myNextId(), { now: NOW, trustAnchors: [HALCOM_ROOT_SI_TL_2019] });
    expect(result.status).toBe('trusted');
    expect(result.problems).toEqual([]);
    expect(result.chain?.path.map((c) => c.subject.match(/CN=([^,]+)/)?.[1])).toEqual(['VELOCERT OU', 'Halcom CA PO e-seal 2', 'Halcom Root Certificate Authority']);
    expect(result.chain?.anchor).toMatchObject({ country: 'SI', serviceType: 'http://uri.etsi.org/TrstSvc/Svctype/CA/QC', snapshotDate: '2019-08-20T00:00:00Z' });
    expect(result.signer).toMatchObject({ organisationIdentifier: 'NTREE-17207834', organisation: 'VELOCERT OU', qualified: { qcCompliance: true, qcTypeESeal: true } });
  });

  it('carries no adoTst, and its time-stamps come from the untrusted DSS test TSA', async () => {
    const result = await verifyJadesSeal(myNextId(), { now: NOW, trustAnchors: [HALCOM_ROOT_SI_TL_2019] });
    expect(result.timestamps.map((check) => `${check.kind}:${check.imprint}:${check.tsaTrusted}`)).toEqual(['sigTst:match:false', 'arcTst:match:false']);
    expect(result.timestamps[0]?.tsa?.subject).toBe('C=BE, O=DSS TEST PKI, OU=TEST PKI, CN=self-signed-tsa');
    expect(result.validationTime?.source).toBe('now');
  });

  it('names its issuer by the bare registry number, which matches the certificate NTREE- identifier once normalised', () => {
    const payload = JSON.parse(myNextId().payload as string) as { issuer: { eIDASIdentifier: { notation: string } } };
    expect(compareEidasIdentifier(payload.issuer.eIDASIdentifier.notation, 'NTREE-17207834').match).toBe('normalised');
  });
});

describe('seals signed in the test', () => {
  let sealer: Issued;
  let anchor: ReturnType<typeof customTrustAnchor>;

  beforeAll(async () => {
    sealer = await issue({ subject: 'CN=Test University Seal, O=Test University, 2.5.4.97=NTREE-12345678, C=EE', qcESeal: true });
    anchor = customTrustAnchor(sealer.base64, { name: 'test seal' });
  });

  it('a seal with a self-signed certificate is untrusted with the default anchors', async () => {
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer }), { now: NOW });
    expect(result.status).toBe('untrusted');
    expect(result.signatureValid).toBe(true);
    expect(result.problems[0]?.code).toBe('SEAL_UNTRUSTED');
  });

  it('the same seal is trusted when its certificate is passed as a trust anchor', async () => {
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer }), { now: NOW, trustAnchors: [anchor] });
    expect(result.status).toBe('trusted');
    expect(result.signer).toMatchObject({ organisationIdentifier: 'NTREE-12345678', organisation: 'Test University', qualified: { qcCompliance: true, qcTypeESeal: true, qcSscd: false } });
    expect(result.chain?.anchor?.source).toBe('caller');
  });

  it.each([
    ['PS256', 'RSA-PSS'],
    ['ES256', 'P-256'],
    ['ES384', 'P-384'],
  ] as const)('a %s seal verifies', async (alg, key) => {
    const signer = await issue({ subject: `CN=${alg} seal, O=Test`, key });
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer, alg }), { now: NOW, trustAnchors: [customTrustAnchor(signer.base64)] });
    expect(result.status).toBe('trusted');
  });

  it('the flattened serialization with a base64url payload (b64 true) verifies too', async () => {
    const envelope = await seal({ payload: edcPayload(), signer: sealer, b64: true, flattened: true });
    const result = await verifyJadesSeal(envelope, { now: NOW, trustAnchors: [anchor] });
    expect(result.b64).toBe(true);
    expect(result.status).toBe('trusted');
  });

  it('a chain from x5c through an intermediate CA to a root anchor is trusted', async () => {
    const root = await issue({ subject: 'CN=Test Root, O=Test QTSP', ca: true });
    const intermediate = await issue({ subject: 'CN=Test e-seal CA, O=Test QTSP', ca: true, issuer: root });
    const signer = await issue({ subject: 'CN=Seal, O=Test University', issuer: intermediate, key: 'P-256' });
    const envelope = await seal({ payload: edcPayload(), signer, alg: 'ES256', chain: [intermediate.base64] });
    const result = await verifyJadesSeal(envelope, { now: NOW, trustAnchors: [customTrustAnchor(root.base64)] });
    expect(result.status).toBe('trusted');
    expect(result.chain?.path).toHaveLength(3);
  });

  it('alg "none" makes the seal invalid', async () => {
    const result = await verifyJadesSeal(unsignedNone(), { now: NOW, trustAnchors: [anchor] });
    expect(result.status).toBe('invalid');
    expect(result.problems[0]?.detail).toContain('"none"');
  });

  it('an HMAC algorithm (HS256) makes the seal invalid', async () => {
    const envelope = await seal({ payload: edcPayload(), signer: sealer });
    const result = await verifyJadesSeal(withHeader(envelope, { alg: 'HS256' }), { now: NOW, trustAnchors: [anchor] });
    expect(result.status).toBe('invalid');
    expect(result.problems[0]?.detail).toContain('shared-secret MAC');
  });

  it.each(['EdDSA', 'ES256K'])('the unsupported algorithm %s leaves the seal unsupported, not invalid', async (alg) => {
    const envelope = await seal({ payload: edcPayload(), signer: sealer });
    const result = await verifyJadesSeal(withHeader(envelope, { alg }), { now: NOW });
    expect(result.status).toBe('unsupported');
    expect(result.problems[0]?.code).toBe('CRYPTOSUITE_UNSUPPORTED');
  });

  it('a crit entry this verifier does not understand makes the seal invalid although its signature verifies', async () => {
    const envelope = await seal({ payload: edcPayload(), signer: sealer, header: { sigPId: { id: 'urn:oid:1.2.3' }, crit: ['b64', 'sigT', 'sigPId'] } });
    const result = await verifyJadesSeal(envelope, { now: NOW, trustAnchors: [anchor] });
    expect(result.status).toBe('invalid');
    expect(result.problems[0]?.detail).toContain('"sigPId"');
  });

  it('a crit entry naming a parameter absent from the header is malformed', async () => {
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer, header: { crit: ['b64', 'sigT', 'adoTst'] } }), { now: NOW });
    expect(result.status).toBe('malformed');
  });

  it('b64 false without "b64" in crit is malformed (RFC 7797 §6)', async () => {
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer, header: { crit: ['sigT'] } }), { now: NOW });
    expect(result.status).toBe('malformed');
  });

  it('a signature made with another key than the x5c certificate is invalid', async () => {
    const other = await issue({ subject: 'CN=Someone else' });
    const envelope = await seal({ payload: edcPayload(), signer: sealer, signingKey: other.keys.privateKey });
    const result = await verifyJadesSeal(envelope, { now: NOW, trustAnchors: [anchor] });
    expect(result.status).toBe('invalid');
    expect(result.problems[0]?.code).toBe('SIGNATURE_INVALID');
  });

  it('an ES256 header over a P-384 certificate key is invalid', async () => {
    const signer = await issue({ subject: 'CN=P-384 seal', key: 'P-384' });
    const envelope = await seal({ payload: edcPayload(), signer, alg: 'ES384' });
    const result = await verifyJadesSeal(withHeader(envelope, { alg: 'ES256' }), { now: NOW });
    expect(result.status).toBe('invalid');
    expect(result.problems.map((p) => p.code)).toEqual(['KEY_SUITE_MISMATCH']);
  });

  it('a certificate key on a curve WebCrypto lacks leaves the seal unsupported, not invalid', async () => {
    const signer = await issue({ subject: 'CN=Curve seal', key: 'P-256' });
    const der = Buffer.from(signer.base64, 'base64');
    const prime256v1 = Buffer.from('06082a8648ce3d030107', 'hex');
    const at = der.indexOf(prime256v1);
    der[at + prime256v1.length - 1] = 0x01; // prime192v1, same encoded length
    const envelope = await seal({ payload: edcPayload(), signer, alg: 'ES256', header: { x5c: [der.toString('base64')], 'x5t#S256': undefined } });
    const result = await verifyJadesSeal(envelope, { now: NOW });
    expect(result.status).toBe('unsupported');
    expect(result.problems.map((p) => p.code)).toEqual(['KEY_TYPE_UNSUPPORTED']);
  });

  it('x5t#S256 naming another certificate makes the seal invalid', async () => {
    const x5t = protectedHeaderOf(annex1())['x5t#S256'];
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer, header: { 'x5t#S256': x5t } }), { now: NOW, trustAnchors: [anchor] });
    expect(result.certificateReferences.x5tS256).toBe('mismatch');
    expect(result.status).toBe('invalid');
    expect(result.chain).toBeUndefined();
  });

  it('a kid naming another certificate issuer and serial makes the seal invalid', async () => {
    const kid = protectedHeaderOf(annex1()).kid;
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer, header: { kid } }), { now: NOW, trustAnchors: [anchor] });
    expect(result.certificateReferences.kid).toBe('mismatch');
    expect(result.status).toBe('invalid');
    expect(result.problems.map((p) => p.code)).toEqual(['PROOF_MALFORMED']);
  });

  it('a kid that is not an IssuerSerial is only a hint', async () => {
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer, header: { kid: 'seal-key-1' } }), { now: NOW, trustAnchors: [anchor] });
    expect(result.certificateReferences.kid).toBe('not-issuer-serial');
    expect(result.status).toBe('trusted');
  });

  it('a seal without x5c is unsupported: the signing certificate is not in it', async () => {
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer, header: { x5c: undefined } }), { now: NOW });
    expect(result.status).toBe('unsupported');
  });

  it('an envelope with two signatures is unsupported', async () => {
    const envelope = await seal({ payload: edcPayload(), signer: sealer });
    const [entry] = envelope.signatures as unknown[];
    const result = await verifyJadesSeal({ ...envelope, signatures: [entry, entry] }, { now: NOW });
    expect(result.status).toBe('unsupported');
  });

  it('an adoTst that time-stamps another payload makes the seal invalid', async () => {
    const adoTst = protectedHeaderOf(annex1()).adoTst;
    const envelope = await seal({ payload: edcPayload(), signer: sealer, header: { adoTst, crit: ['b64', 'sigT', 'adoTst'] } });
    const result = await verifyJadesSeal(envelope, { now: NOW, trustAnchors: [anchor] });
    expect(result.signatureValid).toBe(true);
    expect(result.timestamps[0]).toMatchObject({ kind: 'adoTst', imprint: 'mismatch' });
    expect(result.status).toBe('invalid');
  });

  it('a sigTst that time-stamps another signature is ignored with a warning', async () => {
    const { encoded } = etsiUOf(annex1());
    const envelope = await seal({ payload: edcPayload(), signer: sealer, etsiU: [encoded[0]] });
    const result = await verifyJadesSeal(envelope, { now: NOW, trustAnchors: [anchor] });
    expect(result.timestamps[0]).toMatchObject({ kind: 'sigTst', imprint: 'mismatch' });
    expect(result.warnings.some((w) => w.detail.includes('sigTst message imprint does not match'))).toBe(true);
    expect(result.status).toBe('trusted');
    expect(result.validationTime?.source).toBe('now');
  });

  it('a certificate that has expired by now makes the seal untrusted, not invalid', async () => {
    const expired = await issue({ subject: 'CN=Old seal', notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2022-01-01T00:00:00Z') });
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: expired }), { now: NOW, trustAnchors: [customTrustAnchor(expired.base64)] });
    expect(result.status).toBe('untrusted');
    expect(result.problems[0]?.code).toBe('SEAL_CERTIFICATE_EXPIRED');
  });

  it('a certificate whose key usage allows neither digitalSignature nor nonRepudiation makes the seal untrusted', async () => {
    const encipherOnly = await issue({ subject: 'CN=Encryption key', keyUsage: 4 });
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: encipherOnly }), { now: NOW, trustAnchors: [customTrustAnchor(encipherOnly.base64)] });
    expect(result.status).toBe('untrusted');
    expect(result.problems[0]?.code).toBe('KEY_NOT_AUTHORISED');
  });

  it('input that is not a JWS JSON envelope is malformed', async () => {
    const result = await verifyJadesSeal({ '@context': [], type: ['VerifiableCredential'] }, { now: NOW });
    expect(result.status).toBe('malformed');
    expect(result.problems[0]?.code).toBe('INPUT_UNRECOGNISED');
  });

  it('the result is plain JSON data', async () => {
    const result = await verifyJadesSeal(await seal({ payload: edcPayload(), signer: sealer }), { now: NOW, trustAnchors: [anchor] });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  function withHeader(envelope: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
    const [entry] = envelope.signatures as Record<string, string>[];
    const header = { ...protectedHeaderOf(envelope), ...changes };
    const encoded = base64urlEncode(new TextEncoder().encode(JSON.stringify(header)));
    return { ...envelope, signatures: [{ ...entry, protected: encoded }] };
  }

  function unsignedNone(): Record<string, unknown> {
    const header = base64urlEncode(new TextEncoder().encode(JSON.stringify({ alg: 'none', b64: false, crit: ['b64'], x5c: [sealer.base64] })));
    return { payload: edcPayload(), signatures: [{ protected: header, signature: '' }] };
  }
});

describe('parseJadesEnvelope', () => {
  it('reads the payload text and JSON of an unencoded (b64:false) general serialization', () => {
    const outcome = parseJadesEnvelope(annex1());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.envelope).toMatchObject({ serialization: 'general', b64: false });
    expect(outcome.envelope.payloadText).toBe(annex1().payload);
    expect((outcome.envelope.payloadJson as { type: string[] }).type).toEqual(['VerifiableCredential', 'EuropeanDigitalCredential']);
    expect(outcome.envelope.signatures[0]?.protectedHeader).toMatchObject({ alg: 'RS256', b64: false, crit: ['b64', 'sigT', 'adoTst'] });
    expect(outcome.envelope.signatures[0]?.header?.etsiU).toHaveLength(4);
  });

  it('accepts the envelope as JSON text too', () => {
    const outcome = parseJadesEnvelope(JSON.stringify(myNextId()));
    expect(outcome.ok && outcome.envelope.serialization).toBe('general');
  });

  it('decodes a base64url payload when b64 is not false', () => {
    const payload = base64urlEncode(new TextEncoder().encode('{"a":1}'));
    const header = base64urlEncode(new TextEncoder().encode('{"alg":"RS256"}'));
    const outcome = parseJadesEnvelope({ payload, protected: header, signature: 'AAAA' });
    expect(outcome.ok && outcome.envelope).toMatchObject({ serialization: 'flattened', b64: true, payloadText: '{"a":1}', payloadJson: { a: 1 } });
  });

  it('does not recognise a plain credential', () => {
    const outcome = parseJadesEnvelope(corpusJson('ec-elm/Sample-MC-Annex1-unsigned.jsonld'));
    expect(!outcome.ok && outcome.problem.code).toBe('INPUT_UNRECOGNISED');
  });

  it('a protected header that is not base64url-encoded JSON is malformed', () => {
    const outcome = parseJadesEnvelope({ payload: '{}', signatures: [{ protected: 'not json!', signature: 'AAAA' }] });
    expect(!outcome.ok && outcome.problem.code).toBe('PROOF_MALFORMED');
  });

  it('a signature without a protected header is malformed', () => {
    const outcome = parseJadesEnvelope({ payload: '{}', signatures: [{ header: { alg: 'RS256' }, signature: 'AAAA' }] });
    expect(!outcome.ok && outcome.problem.detail).toContain('no "protected" header');
  });

  it('a header parameter both protected and unprotected is malformed', () => {
    const header = base64urlEncode(new TextEncoder().encode('{"alg":"RS256","b64":false,"crit":["b64"]}'));
    const outcome = parseJadesEnvelope({ payload: '{}', signatures: [{ protected: header, header: { alg: 'none' }, signature: 'AAAA' }] });
    expect(!outcome.ok && outcome.problem.detail).toContain('both the protected and the unprotected header');
  });

  it('a payload that is not JSON still yields an envelope, with the reason', () => {
    const header = base64urlEncode(new TextEncoder().encode('{"alg":"RS256","b64":false,"crit":["b64"]}'));
    const outcome = parseJadesEnvelope({ payload: 'plain text', signatures: [{ protected: header, signature: 'AAAA' }] });
    expect(outcome.ok && outcome.envelope.payloadJson).toBeUndefined();
    expect(outcome.ok && outcome.envelope.payloadProblem?.code).toBe('INPUT_NOT_JSON');
  });
});

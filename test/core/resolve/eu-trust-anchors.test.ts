import { describe, expect, it } from 'vitest';
import {
  customTrustAnchor,
  DEFAULT_EU_TRUST_SNAPSHOT,
  HALCOM_ROOT_SI_TL_2019,
  loadAnchors,
  readTrustSnapshot,
  TL,
  TRUST_SNAPSHOT_FORMAT,
} from '../../../components/core/resolve/eu-trust-anchors.ts';
import { sha256Hex, decodeBase64 } from '../../../components/core/resolve/x509-certificate.ts';
import { corpusJson, etsiUOf, protectedHeaderOf, xValsOf } from '../suites/jades-fixtures.ts';

const TEST_SEALED = ['ec-elm/Sample-MC-Annex1-signed.jsonld', 'ec-edci-tests/credential-signed.jsonld', 'mynextid/edc-mc-signed.jsonld'];

describe('EU trust anchors', () => {
  it('the default snapshot is empty, says why, and names its format', () => {
    expect(DEFAULT_EU_TRUST_SNAPSHOT.format).toBe(TRUST_SNAPSHOT_FORMAT);
    expect(DEFAULT_EU_TRUST_SNAPSHOT.anchors).toEqual([]);
    expect(DEFAULT_EU_TRUST_SNAPSHOT.description).toMatch(/Empty/);
    expect(readTrustSnapshot(JSON.parse(JSON.stringify(DEFAULT_EU_TRUST_SNAPSHOT))).ok).toBe(true);
  });

  it('the documented Halcom root is byte-identical to the root in the MyNextID seal xVals', async () => {
    expect(xValsOf(corpusJson('mynextid/edc-mc-signed.jsonld'))).toContain(HALCOM_ROOT_SI_TL_2019.certificate);
    expect(await sha256Hex(decodeBase64(HALCOM_ROOT_SI_TL_2019.certificate)!)).toBe(HALCOM_ROOT_SI_TL_2019.sha256);
    expect(HALCOM_ROOT_SI_TL_2019).toMatchObject({ country: 'SI', serviceType: TL.caQc, status: TL.granted });
    expect(HALCOM_ROOT_SI_TL_2019.additionalServiceInformation).toContain(TL.forESeals);
  });

  it.each(TEST_SEALED)('no certificate or time-stamping authority of %s is a default anchor', async (path) => {
    const envelope = corpusJson(path);
    const certificates = [...(protectedHeaderOf(envelope).x5c as string[]), ...xValsOf(envelope)];
    const defaults = DEFAULT_EU_TRUST_SNAPSHOT.anchors.map((anchor) => anchor.certificate);
    expect(certificates.filter((certificate) => defaults.includes(certificate))).toEqual([]);
    expect(etsiUOf(envelope).byName.sigTst).toBeDefined();
  });

  it('reads a snapshot from JSON and refuses one without the format or with a broken anchor', () => {
    const snapshot = { format: TRUST_SNAPSHOT_FORMAT, snapshotDate: '2026-11-23T00:00:00Z', description: 'test', anchors: [HALCOM_ROOT_SI_TL_2019] };
    const outcome = readTrustSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(outcome.ok && outcome.snapshot.anchors).toHaveLength(1);
    expect(readTrustSnapshot({ anchors: [] })).toMatchObject({ ok: false, problem: { code: 'TRUST_LIST_MALFORMED' } });
    const broken = readTrustSnapshot({ ...snapshot, anchors: [{ ...HALCOM_ROOT_SI_TL_2019, certificate: 'not base64!' }] });
    expect(!broken.ok && broken.problem.detail).toBe('anchors[0]: "certificate" is not base64');
    const badFingerprint = readTrustSnapshot({ ...snapshot, anchors: [{ ...HALCOM_ROOT_SI_TL_2019, sha256: 42 }] });
    expect(!badFingerprint.ok && badFingerprint.problem.detail).toBe('anchors[0]: "sha256" is not a string');
  });

  it('drops an anchor whose certificate does not match its recorded fingerprint', async () => {
    const wrong = { ...HALCOM_ROOT_SI_TL_2019, sha256: '00'.repeat(32) };
    expect(await loadAnchors([HALCOM_ROOT_SI_TL_2019])).toHaveLength(1);
    expect(await loadAnchors([wrong])).toHaveLength(0);
  });

  it('a caller-supplied anchor is granted, marked as coming from the caller, and named after its certificate', () => {
    const anchor = customTrustAnchor(HALCOM_ROOT_SI_TL_2019.certificate, { name: 'my root', addedAt: '2026-11-23' });
    expect(anchor).toMatchObject({
      subject: 'C=SI, O=Halcom d.d., organizationIdentifier=VATSI-43353126, CN=Halcom Root Certificate Authority',
      country: 'SI',
      status: TL.granted,
      source: 'caller',
      snapshotDate: '2026-11-23',
    });
  });
});

/**
 * Trust anchors for EU e-seals: which certification authorities an EDC seal may chain to.
 *
 * The authority is the EU List of Trusted Lists (LOTL, https://ec.europa.eu/tools/lotl/eu-lotl.xml,
 * ETSI TS 119 612) and the national trusted lists it points to. Those are large XAdES-signed XML
 * files that a page cannot fetch (no CORS guarantee) and this engine does not download at verify
 * time, so verification takes a *snapshot*: plain JSON, built offline, passed in by the caller.
 *
 * Snapshot format (`format: "mc-verify/eu-trust-anchors@1"`), JSON-able:
 * ```json
 * { "format": "mc-verify/eu-trust-anchors@1",
 *   "snapshotDate": "2026-11-23T00:00:00Z",
 *   "description": "CA/QC services granted for e-seals, from the EU LOTL",
 *   "anchors": [{
 *     "certificate": "MIID…",                      // DER, standard base64 (as in the TL's X509Certificate)
 *     "sha256": "d7ba3f4f…",                       // hex SHA-256 of the DER, checked on load
 *     "subject": "C=SI, O=Halcom d.d., …",          // for display
 *     "country": "SI",                              // SchemeTerritory of the trusted list
 *     "tspName": "HALCOM D.D.", "serviceName": "Halcom Root Certificate Authority",
 *     "serviceType": "http://uri.etsi.org/TrstSvc/Svctype/CA/QC",
 *     "status": "http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted",
 *     "statusStartingTime": "2019-07-11T00:00:00Z",
 *     "additionalServiceInformation": ["http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSeals"],
 *     "source": "https://…/SI_TL.xml#TSLSequenceNumber=37",
 *     "snapshotDate": "2019-08-20T00:00:00Z" }] }    // ListIssueDateTime of the list the entry was read from
 * ```
 * Only anchors whose `status` is `…/Svcstatus/granted` and whose `statusStartingTime` is not
 * after the validation time are used; the others are kept for display.
 *
 * How to build one (a CI job, never the browser), following ETSI TS 119 615:
 * 1. Download the LOTL; verify its XAdES signature with the LOTL signing certificates announced in
 *    the Official Journal (the pivot chain), not with whatever certificate the file carries.
 * 2. For each `OtherTSLPointer` with MimeType `application/vnd.etsi.tsl+xml`, download the national
 *    list and verify its signature against the `ServiceDigitalIdentities` the LOTL gives for it.
 * 3. Keep `TSPService`s with `ServiceTypeIdentifier` `…/Svctype/CA/QC` whose current status is
 *    granted and that serve e-seals (`AdditionalServiceInformation` `…/SvcInfoExt/ForeSeals`, or
 *    none, which means all purposes), and `…/Svctype/TSA/QTST` for time-stamping units. Emit one
 *    anchor per `X509Certificate` in the service's `ServiceDigitalIdentity`.
 * 4. Record `source` (TSLLocation + TSLSequenceNumber) and `snapshotDate` (ListIssueDateTime);
 *    refuse lists past their NextUpdate. Publish the snapshot signed by the project key.
 *
 * The default snapshot is EMPTY, on purpose: with no network there is no current trusted list to
 * copy, and an entry taken from an expired list would turn "could not decide" into "verified".
 * {@link HALCOM_ROOT_SI_TL_2019} is the one entry that could be documented from a public copy of a
 * trusted list; it is exported for callers (and tests) that accept a 2019 list, not used by default.
 * The European Commission's TEST seal certificates (ANF "TEST SEAL", Nowina "PKI-TEST" TSA, DSS
 * "self-signed-tsa") must never be added: samples sealed with them have to stay unverifiable.
 */
import { problem, quote, type Problem } from '../problems.ts';
import { isObject } from '../parse/json.ts';
import { decodeBase64, parseCertificate, sha256Hex, type ParsedCertificate } from './x509-certificate.ts';

export const TRUST_SNAPSHOT_FORMAT = 'mc-verify/eu-trust-anchors@1';

/** ETSI TS 119 612 URIs used in snapshots. */
export const TL = {
  caQc: 'http://uri.etsi.org/TrstSvc/Svctype/CA/QC',
  tsaQtst: 'http://uri.etsi.org/TrstSvc/Svctype/TSA/QTST',
  granted: 'http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/granted',
  withdrawn: 'http://uri.etsi.org/TrstSvc/TrustedList/Svcstatus/withdrawn',
  forESeals: 'http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSeals',
  rootCaQc: 'http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/RootCA-QC',
} as const;

export interface TrustAnchor {
  /** DER certificate, standard base64. */
  certificate: string;
  /** Hex SHA-256 of the DER; when present it must match. */
  sha256?: string;
  subject: string;
  /** ISO 3166-1 alpha-2 territory of the trusted list ("EL" for Greece, as the lists write it). */
  country: string;
  tspName?: string;
  serviceName?: string;
  serviceType: string;
  status: string;
  statusStartingTime?: string;
  additionalServiceInformation?: string[];
  /** Where the entry was read: trusted-list location and sequence number, or "caller". */
  source: string;
  /** When the source said this: the list's ListIssueDateTime, or when the caller added it. */
  snapshotDate: string;
}

export interface TrustSnapshot {
  format: typeof TRUST_SNAPSHOT_FORMAT;
  snapshotDate: string;
  description: string;
  anchors: readonly TrustAnchor[];
}

/** A snapshot entry with its certificate parsed, ready for path building. */
export interface LoadedAnchor {
  entry: TrustAnchor;
  certificate: ParsedCertificate;
}

export const DEFAULT_EU_TRUST_SNAPSHOT: TrustSnapshot = Object.freeze({
  format: TRUST_SNAPSHOT_FORMAT,
  snapshotDate: '2026-11-23T00:00:00Z',
  description:
    'Empty: no EU trusted list could be retrieved when this snapshot was made (no network), and no ' +
    'current list was available from a verifiable public copy. Pass a snapshot built from the EU LOTL.',
  anchors: Object.freeze([]),
});

/**
 * "Halcom Root Certificate Authority" (Halcom d.d., SI), as listed in the Slovenian trusted list,
 * TSLSequenceNumber 37, ListIssueDateTime 2019-08-20, NextUpdate 2020-02-20: a CA/QC service,
 * status granted since 2019-07-11, RootCA-QC, ForeSignatures + ForeSeals + ForWebSiteAuthentication.
 * Public copy: esig/dss `dss-tsl-validation/src/test/resources/lotlCache/SI.xml`, commit
 * 7eb584bd2fecbea31f5543f5b7aa76f897f87c5e (the list's signature was not re-verified here).
 * Byte-identical to the root in the MyNextID EDC sample's `xVals`, which chains
 * "Halcom CA PO e-seal 2" (issued 2023, so absent from this list) to it.
 * Not in the default snapshot: the list expired in 2020 and says nothing about the service's status later.
 */
export const HALCOM_ROOT_SI_TL_2019: TrustAnchor = Object.freeze({
  certificate:
    'MIIDgDCCAmigAwIBAgIDDN+bMA0GCSqGSIb3DQEBCwUAMGgxCzAJBgNVBAYTAlNJMRQwEgYDVQQKEwtIYWxjb20gZC5kLjEXMBUGA1UEYRMOVkFUU0ktNDMzNTMxMjYxKjAo' +
    'BgNVBAMTIUhhbGNvbSBSb290IENlcnRpZmljYXRlIEF1dGhvcml0eTAeFw0xNjA2MTAwNzA3NTBaFw0zNjA2MTAwNzA3NTBaMGgxCzAJBgNVBAYTAlNJMRQwEgYDVQQK' +
    'EwtIYWxjb20gZC5kLjEXMBUGA1UEYRMOVkFUU0ktNDMzNTMxMjYxKjAoBgNVBAMTIUhhbGNvbSBSb290IENlcnRpZmljYXRlIEF1dGhvcml0eTCCASIwDQYJKoZIhvcN' +
    'AQEBBQADggEPADCCAQoCggEBAOlSpsYa72O7rYH0kLJajw3VFjO0HBj7y4kqMLtlgcTh+wKplAd25dcV5HpkEIDqPNCzoq2uHB/qu4FhmNT5jWmVxEUuAwnKhvpcWhEX' +
    'QDA+8MZjCcnxjUGlVg0FZGlLWKwqKZa7QDMWNEtnbNfxtEal6lmoQ2gPjDgqqjz2RAOG+IrbRSErKR4St/qlZUHeBghYcJU+9EzZ6w8pqZGKnq3KEvXlleY42Rqmi5xP' +
    'pkgTEKV5RL1qOyn1FndAy36bXN++i+vnoBlvnxU/J54psfUN/F9HojzdLgsC+/SN6uwMsfm0Baz5j6k9biwdOZ/QTp9OyGqegANh3M/4bZTLD88CAwEAAaMzMDEwDwYD' +
    'VR0TAQH/BAUwAwEB/zARBgNVHQ4ECgQIQq6mQ8eYKLAwCwYDVR0PBAQDAgEGMA0GCSqGSIb3DQEBCwUAA4IBAQBSuXnQ22P+GYH7DPnB5VBZyp2y+1wz0Dioq7UaTlMl' +
    'dSLTSb/Kgc/T4XujkUZ1yhrr2fVdvHuGNf2Bl5yE1yaYIvyxNdCplbZ8/+SXtEB+SV1oyOLUOXUnTwORsjFXv4bXbcpxACI30DtYJFCgnIyaiY71KEZs5xbtsIGr9EYm' +
    'r6boGkV3cBaSsntxcdz330lnwDMIDi5TwXerx0qRTBLv5w4J5XUxIK5u/FqKgJwQsNuoSszzK9w2NKb3qQtnnZDLPSafdc1MyR0GCnWLUsCB8NEmrMySphScXDwWQvuT' +
    'zAKoE/PargrDuBX0sNDU4BYgT6xQmHgmlB5o65Ry/veL',
  sha256: 'd7ba3f4ff8ad05633451470dda3378a3491b90005e5c687d2b68d53647cfdd66',
  subject: 'C=SI, O=Halcom d.d., organizationIdentifier=VATSI-43353126, CN=Halcom Root Certificate Authority',
  country: 'SI',
  tspName: 'HALCOM D.D.',
  serviceName: 'Halcom Root Certificate Authority',
  serviceType: TL.caQc,
  status: TL.granted,
  statusStartingTime: '2019-07-11T00:00:00Z',
  additionalServiceInformation: [
    TL.rootCaQc,
    'http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForeSignatures',
    TL.forESeals,
    'http://uri.etsi.org/TrstSvc/TrustedList/SvcInfoExt/ForWebSiteAuthentication',
  ],
  source:
    'http://www.mju.gov.si/fileadmin/mju.gov.si/pageuploads/DID/Informacijska_druzba/eIDAS/SI_TL.xml#TSLSequenceNumber=37 ' +
    '(copy: github.com/esig/dss@7eb584bd2fecbea31f5543f5b7aa76f897f87c5e dss-tsl-validation/src/test/resources/lotlCache/SI.xml)',
  snapshotDate: '2019-08-20T00:00:00Z',
});

export type SnapshotOutcome = { ok: true; snapshot: TrustSnapshot } | { ok: false; problem: Problem };

/** Checks a JSON value (a `--trust` file, a refreshed download) against the snapshot format. */
export function readTrustSnapshot(value: unknown): SnapshotOutcome {
  if (!isObject(value) || value.format !== TRUST_SNAPSHOT_FORMAT) {
    return malformed(`the trust snapshot has no "format": ${quote(TRUST_SNAPSHOT_FORMAT)}`);
  }
  if (typeof value.snapshotDate !== 'string' || !Array.isArray(value.anchors)) {
    return malformed('the trust snapshot needs a "snapshotDate" string and an "anchors" array');
  }
  const anchors: TrustAnchor[] = [];
  for (const [index, raw] of value.anchors.entries()) {
    const anchor = readAnchor(raw);
    if (typeof anchor === 'string') return malformed(`anchors[${index}]: ${anchor}`);
    anchors.push(anchor);
  }
  const description = typeof value.description === 'string' ? value.description : '';
  return { ok: true, snapshot: { format: TRUST_SNAPSHOT_FORMAT, snapshotDate: value.snapshotDate, description, anchors } };
}

const REQUIRED_STRINGS = ['certificate', 'subject', 'country', 'serviceType', 'status', 'source', 'snapshotDate'] as const;
const OPTIONAL_STRINGS = ['sha256', 'tspName', 'serviceName', 'statusStartingTime'] as const;

function readAnchor(raw: unknown): TrustAnchor | string {
  if (!isObject(raw)) return 'is not an object';
  for (const key of REQUIRED_STRINGS) {
    if (typeof raw[key] !== 'string') return `"${key}" is not a string`;
  }
  for (const key of OPTIONAL_STRINGS) {
    if (raw[key] !== undefined && typeof raw[key] !== 'string') return `"${key}" is not a string`;
  }
  const info = raw.additionalServiceInformation;
  if (info !== undefined && !(Array.isArray(info) && info.every((uri) => typeof uri === 'string'))) return '"additionalServiceInformation" is not an array of URIs';
  if (!decodeBase64(raw.certificate as string)) return '"certificate" is not base64';
  return raw as unknown as TrustAnchor;
}

/**
 * An anchor for a certificate the caller trusts outright (a test CA, an institution's own root).
 * `addedAt` is when the caller decided to trust it; it is shown, never compared.
 */
export function customTrustAnchor(certificateBase64: string, options: { name?: string; addedAt?: string } = {}): TrustAnchor {
  const certificate = parseCertificate(decodeBase64(certificateBase64) ?? new Uint8Array());
  const name = options.name ?? 'caller-supplied anchor';
  return {
    certificate: certificateBase64,
    subject: certificate?.subject ?? name,
    country: certificate?.attributes.country ?? '',
    serviceName: name,
    serviceType: TL.caQc,
    status: TL.granted,
    source: 'caller',
    snapshotDate: options.addedAt ?? '',
  };
}

/** The anchors of a snapshot or list, parsed; entries whose certificate or fingerprint is wrong are dropped. */
export async function loadAnchors(trust: TrustSnapshot | readonly TrustAnchor[] = DEFAULT_EU_TRUST_SNAPSHOT): Promise<LoadedAnchor[]> {
  const entries = 'anchors' in trust ? trust.anchors : trust;
  const loaded: LoadedAnchor[] = [];
  for (const entry of entries) {
    const der = decodeBase64(entry.certificate);
    const certificate = der ? parseCertificate(der) : null;
    if (!der || !certificate) continue;
    if (entry.sha256 !== undefined && entry.sha256.toLowerCase() !== (await sha256Hex(der))) continue;
    loaded.push({ entry, certificate });
  }
  return loaded;
}

/** ETSI TS 119 615: a service vouches only while granted; a status that starts later did not apply yet. */
export function anchorApplies(entry: TrustAnchor, at: Date): boolean {
  if (entry.status !== TL.granted) return false;
  if (entry.statusStartingTime === undefined) return true;
  const start = Date.parse(entry.statusStartingTime);
  return Number.isNaN(start) || start <= at.getTime();
}

function malformed(detail: string): SnapshotOutcome {
  return { ok: false, problem: problem('TRUST_LIST_MALFORMED', detail) };
}

/**
 * QR payloads: classification of every kind in the links corpus (qr-payloads/), decoding of VPQR
 * (`VP1-`) and VC Barcodes (`VC1-`) CBOR-LD with pinned contexts only, and the problems for what
 * cannot be decoded or verified.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { util as vpqr, type TypeTable } from '@digitalbazaar/vpqr';
import type { DocumentLoader } from 'jsonld';
import { verify } from '../../../components/core/index.ts';
import { classifyQrPayload, decodeCborLdPayload, MAX_QR_TEXT, readQrPayload, type CborLdPayload } from '../../../components/core/parse/qr-payload.ts';
import { BUNDLED_CONTEXTS } from '../../../components/core/resolve/contexts.ts';

/** Table rows titled by their behaviour sentence (`%s` keeps the sentence whole in reports). */
const titled = <Row extends { says: string }>(rows: Row[]) => rows.map((row) => [row.says, row] as const);

const LINKS = fileURLToPath(new URL('../../../../shared/corpus/links/', import.meta.url));
const corpusText = (path: string) => readFileSync(`${LINKS}${path}`, 'utf8').trim();

const VP1_R = corpusText('qr-payloads/vpqr_example_VP1-R_base45.txt');
const VP1_B = corpusText('qr-payloads/vpqr_example_VP1-B_base32.txt');
const VC1_R = corpusText('qr-payloads/w3c-vc-barcodes_example_VC1.txt');
const OB3_FIXTURE = 'dcc-vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json';
const ob3Credential = JSON.parse(corpusText(OB3_FIXTURE)) as Record<string, unknown>;

const pinnedLoader: DocumentLoader = async (url) => {
  const document = BUNDLED_CONTEXTS.get(url);
  if (!document) throw new Error(`not pinned: ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

async function encode(header: 'VP1-' | 'VC1-', document: unknown, options: { encoding?: 'R' | 'B'; loader?: DocumentLoader; registryEntryId?: number; table?: TypeTable } = {}): Promise<string> {
  const { table } = options;
  const { payload } = await vpqr.toQrCode({
    header,
    jsonldDocument: document,
    documentLoader: options.loader ?? pinnedLoader,
    registryEntryId: options.registryEntryId ?? 1,
    qrMultibaseEncoding: options.encoding ?? 'R',
    ...(table ? { typeTableLoader: async () => table } : {}),
  });
  return payload;
}

function asCborLd(text: string): CborLdPayload {
  const payload = classifyQrPayload(text);
  if (payload.kind !== 'cbor-ld') throw new Error(`expected a CBOR-LD payload, got ${payload.kind}`);
  return payload;
}

describe('classifyQrPayload', () => {
  it.each(titled([
    { says: 'reads a VPQR base45 payload as CBOR-LD', text: VP1_R, expected: { kind: 'cbor-ld', scheme: 'vpqr', header: 'VP1-', encoding: 'base45' } },
    { says: 'reads a VPQR base32 payload as CBOR-LD', text: VP1_B, expected: { kind: 'cbor-ld', scheme: 'vpqr', header: 'VP1-', encoding: 'base32' } },
    { says: 'reads a VC Barcodes payload as CBOR-LD', text: VC1_R, expected: { kind: 'cbor-ld', scheme: 'vc-barcode', header: 'VC1-', encoding: 'base45' } },
    { says: 'reads a Credly share URL as a URL', text: 'https://www.credly.com/badges/48c47ac0-5268-45cf-b76c-b015f9a72fc4/public_url', expected: { kind: 'url', url: 'https://www.credly.com/badges/48c47ac0-5268-45cf-b76c-b015f9a72fc4/public_url' } },
    { says: 'reads a Europass share view URL as a URL', text: 'https://europa.eu/europass/digital-credentials/viewer/#/shareview/a1B2c3', expected: { kind: 'url' } },
    { says: 'reads a VerifierPlus verify URL as a URL', text: 'https://verifierplus.org/#verify?vc=https://digitalcredentials.github.io/vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json', expected: { kind: 'url' } },
    { says: 'reads a raw VC JSON URL as a URL', text: 'https://digitalcredentials.github.io/vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json', expected: { kind: 'url' } },
    { says: 'reads a Blockcerts record URL as a URL', text: 'https://blockcerts.learningmachine.com/certificate/ab56912734bb5784bced00b7e0e82ac9', expected: { kind: 'url' } },
    { says: 'reads surrounding whitespace away', text: '  https://example.org/vc.json\n', expected: { kind: 'url', url: 'https://example.org/vc.json' } },
    { says: 'reads a JSON credential as JSON', text: '{"@context":["https://www.w3.org/ns/credentials/v2"],"type":["VerifiableCredential"]}', expected: { kind: 'json' } },
    { says: 'reads a compact JWS as a JWT', text: 'eyJhbGciOiJFZERTQSIsInR5cCI6InZjK2p3dCJ9.eyJpc3MiOiJkaWQ6ZXhhbXBsZToxIn0.c2lnbmF0dXJl', expected: { kind: 'jwt' } },
  ]))('%s', (_says, { text, expected }) => {
    expect(classifyQrPayload(text)).toMatchObject(expected);
  });

  it.each(titled([
    { says: 'calls an OpenID4VCI offer by URI an issuance offer', text: 'openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Foffers%2F1' },
    { says: 'calls an OpenID4VCI offer by value an issuance offer', text: 'openid-credential-offer://?credential_offer=%7B%22credential_issuer%22%3A%22https%3A%2F%2Fissuer.example%22%7D' },
    { says: 'calls a DCC request deep link an issuance offer', text: 'dccrequest://request?issuer=https%3A%2F%2Fissuer.example&vc_request_url=https%3A%2F%2Fissuer.example%2Frequest' },
    { says: 'calls an LCW request link an issuance offer', text: 'https://lcw.app/request?request=%7B%22credential_request_uri%22%3A%22https%3A%2F%2Fissuer.example%22%7D' },
    { says: 'calls a legacy LCW request link an issuance offer', text: 'https://lcw.app/request.html?issuer=https%3A%2F%2Fissuer.example&vc_request_url=https%3A%2F%2Fissuer.example%2Fr' },
  ]))('%s', (_says, { text }) => {
    const payload = classifyQrPayload(text);
    expect(payload).toMatchObject({ kind: 'issuance-offer', problem: { code: 'ISSUANCE_OFFER' } });
    expect(payload.kind === 'issuance-offer' && payload.problem.detail).toContain('not a credential that can be verified');
  });

  it.each(titled([
    { says: 'refuses empty text', text: '   ', code: 'INPUT_EMPTY' },
    { says: 'refuses text longer than a QR code holds', text: `https://example.org/${'a'.repeat(MAX_QR_TEXT)}`, code: 'INPUT_TOO_LARGE' },
    { says: 'refuses plain words', text: 'Certificate of completion', code: 'INPUT_UNRECOGNISED' },
    { says: 'refuses a VC Barcode in base32, which VC Barcodes do not allow', text: 'VC1-BAAAA', code: 'QR_PAYLOAD_MALFORMED' },
    { says: 'refuses a VPQR payload with an unknown multibase prefix', text: 'VP1-Z1234', code: 'QR_PAYLOAD_MALFORMED' },
    { says: 'refuses a VPQR base45 payload with lower-case letters', text: 'VP1-R0or*W3', code: 'QR_PAYLOAD_MALFORMED' },
    { says: 'refuses a VPQR base32 payload with digits outside base32', text: 'VP1-B3ECQ0189', code: 'QR_PAYLOAD_MALFORMED' },
  ]))('%s', (_says, { text, code }) => {
    expect(classifyQrPayload(text)).toMatchObject({ kind: 'unrecognised', problem: { code } });
  });
});

describe('decodeCborLdPayload: corpus examples', () => {
  it.each(titled([
    { says: 'names the age context the VPQR base45 example needs, which is not pinned', text: VP1_R, missing: ['https://w3id.org/age/v1'] },
    { says: 'names the age context the VPQR base32 example needs, which is not pinned', text: VP1_B, missing: ['https://w3id.org/age/v1'] },
    { says: 'names both example contexts the VC Barcodes example needs, which are not pinned', text: VC1_R, missing: ['https://w3id.org/vc-barcodes/v1', 'https://w3id.org/utopia/v2'] },
  ]))('%s', async (_says, { text, missing }) => {
    const outcome = await decodeCborLdPayload(asCborLd(text));
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'CONTEXT_UNKNOWN' }, missingContexts: missing });
    expect(outcome.ok === false && outcome.problem.detail).toContain(missing[0]);
  });

  it('asks the document loader for contexts and fetches nothing itself', async () => {
    const asked: string[] = [];
    const recording: DocumentLoader = async (url) => {
      asked.push(url);
      return pinnedLoader(url);
    };
    await decodeCborLdPayload(asCborLd(VP1_R), { documentLoader: recording });
    expect(asked).toEqual(['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/age/v1', 'https://w3id.org/security/suites/ed25519-2020/v1']);
  });
});

describe('decodeCborLdPayload: payloads encoded with pinned contexts', () => {
  it.each(titled([
    { says: 'decodes a VC Barcode back to the credential it compresses', header: 'VC1-' as const, encoding: 'R' as const },
    { says: 'decodes a VPQR base45 payload back to the document it compresses', header: 'VP1-' as const, encoding: 'R' as const },
    { says: 'decodes a VPQR base32 payload back to the document it compresses', header: 'VP1-' as const, encoding: 'B' as const },
  ]))('%s', async (_says, { header, encoding }) => {
    const text = await encode(header, ob3Credential, { encoding });
    expect(await decodeCborLdPayload(asCborLd(text))).toEqual({ ok: true, scheme: header === 'VC1-' ? 'vc-barcode' : 'vpqr', document: ob3Credential });
  });

  it('yields a credential whose signature still verifies', async () => {
    const reading = await readQrPayload(await encode('VC1-', ob3Credential));
    if (reading.kind !== 'decoded') throw new Error(`expected a decoded payload, got ${reading.kind}`);
    const report = await verify(reading.document, { offline: true });
    expect(report.verdict).toBe('verified');
  });

  it('uses contexts the caller injects and reports them missing without', async () => {
    const contextUrl = 'https://example.org/contexts/course/v1';
    const context = { '@context': { '@protected': true, courseCode: 'https://example.org/vocab#courseCode' } };
    const withCourse: DocumentLoader = async (url) => (url === contextUrl ? { contextUrl: null, documentUrl: url, document: context } : pinnedLoader(url));
    const credential = { ...ob3Credential, '@context': [...(ob3Credential['@context'] as string[]), contextUrl], courseCode: 'MC-101' };
    const payload = asCborLd(await encode('VC1-', credential, { loader: withCourse }));

    expect(await decodeCborLdPayload(payload)).toMatchObject({ ok: false, problem: { code: 'CONTEXT_UNKNOWN' }, missingContexts: [contextUrl] });
    expect(await decodeCborLdPayload(payload, { documentLoader: withCourse })).toEqual({ ok: true, scheme: 'vc-barcode', document: credential });
  });

  it('uses type tables the caller injects and calls an unknown registry entry unsupported', async () => {
    const table: TypeTable = new Map([['context', new Map([['https://www.w3.org/ns/credentials/v2', 40000]])]]);
    const payload = asCborLd(await encode('VC1-', ob3Credential, { registryEntryId: 4242, table }));

    const unknown = await decodeCborLdPayload(payload);
    expect(unknown).toMatchObject({ ok: false, problem: { code: 'FORMAT_UNSUPPORTED' }, missingContexts: [] });
    expect(unknown.ok === false && unknown.problem.detail).toContain('4242');
    expect(await decodeCborLdPayload(payload, { typeTables: new Map([[4242, table]]) })).toMatchObject({ ok: true, document: ob3Credential });
  });
});

describe('decodeCborLdPayload: damaged payloads', () => {
  it.each(titled([
    { says: 'calls base45 of an impossible length unreadable', text: 'VC1-R0OR*W' },
    { says: 'calls base45 that overflows two bytes unreadable', text: 'VP1-R:::' },
    { says: 'calls base45 bytes that are not CBOR-LD unreadable', text: 'VC1-R0OR*W3' },
    { says: 'calls a truncated corpus payload unreadable', text: VC1_R.slice(0, 60) },
  ]))('%s', async (_says, { text }) => {
    expect(await decodeCborLdPayload(asCborLd(text))).toMatchObject({ ok: false, problem: { code: 'QR_PAYLOAD_MALFORMED' }, missingContexts: [] });
  });
});

describe('readQrPayload', () => {
  it('returns URLs for the link pipeline untouched', async () => {
    expect(await readQrPayload('https://www.credential.net/10000005')).toEqual({ kind: 'url', url: 'https://www.credential.net/10000005' });
  });

  it('returns an undecodable CBOR-LD payload with its problem and missing contexts', async () => {
    expect(await readQrPayload(VC1_R)).toMatchObject({ kind: 'undecodable', scheme: 'vc-barcode', missingContexts: ['https://w3id.org/vc-barcodes/v1', 'https://w3id.org/utopia/v2'] });
  });

  it('returns an issuance offer as not verifiable', async () => {
    expect(await readQrPayload('openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example%2Fo')).toMatchObject({ kind: 'issuance-offer' });
  });
});

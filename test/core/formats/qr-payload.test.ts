/**
 * QR code payloads (research/links.md §4): a credential issued in this run, compressed to CBOR-LD
 * as W3C VC Barcodes text (`VC1-R`, base45) and, inside a presentation its holder signed, as VPQR
 * text (`VP1-R`, and `VP1-B` base32), decoded against pinned contexts and verified; and an
 * OpenID4VCI offer, which is an invitation to receive a credential, not one to verify. Fixtures are
 * named `qr-payload/<scenario>[<header>]--<expected verdict>`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerifyOptions } from '../../../components/core/index.ts';
import { CHALLENGE, NOW } from '../../support/fixtures.ts';
import { expectFixture, fixtureName, type FormatFixture } from '../../support/format-fixture.ts';
import { createIssuer, issuePresentation, openBadgeCredential, type JsonObject } from '../../support/issue.ts';
import { qrText } from '../../support/qr-encode.ts';

const OPTIONS: VerifyOptions = { offline: true, now: NOW };

let credential: JsonObject;
let presentation: JsonObject;

beforeAll(async () => {
  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  const holder = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, subjectId: holder.did }));
  // A VC 1.1 presentation: the VC 2.0 context gives verifiableCredential a scoped "@context": null,
  // which the CBOR-LD encoder (@digitalbazaar/cborld 8) cannot compress.
  const held = await issuer.sign(openBadgeCredential({ version: 1, issuer: issuer.did, subjectId: holder.did }));
  presentation = await issuePresentation(holder, [held], CHALLENGE, 1);
}, 60_000);

describe('QR code payloads', () => {
  it('a VC1-R payload made from our own credential decodes to that credential and comes out verified', async () => {
    const text = await qrText('VC1-', credential);
    expect(text).toMatch(/^VC1-R[0-9A-Z $%*+\-./:]+$/);
    const expected: FormatFixture = { name: fixtureName('qr-payload', 'valid', 'verified', 'VC1-R'), scenario: 'valid', input: text, expect: 'verified', codes: [], options: OPTIONS };
    const report = await verify(text, OPTIONS);
    expectFixture(expected, report, { parse: 'passed', proof: 'passed', 'issuer-key': 'passed' });
    expect(report.source.kind).toBe('text');
    expect(report.credential?.id).toBe(credential.id);
    expect(report.credential?.achievement?.name).toBe('Data Literacy Foundations');
  });

  it.each(['R', 'B'] as const)('a VP1-%s payload of a presentation signed by its holder comes out verified, with the credential as a verified child', async (encoding) => {
    const text = await qrText('VP1-', presentation, encoding);
    expect(text.startsWith(`VP1-${encoding}`)).toBe(true);
    const options = { ...OPTIONS, challenge: CHALLENGE };
    const expected: FormatFixture = { name: fixtureName('qr-payload', 'presentation', 'verified', `VP1-${encoding}`), scenario: 'presentation', input: text, expect: 'verified', codes: [], options, children: ['verified'] };
    const report = await verify(text, options);
    expectFixture(expected, report, { proof: 'passed', 'issuer-key': 'passed' });
    expect(report.format).toBe('vp1-jsonld');
  });

  it('a VC1-R payload of a credential changed before encoding comes out invalid', async () => {
    const changed = structuredClone(credential);
    ((changed.credentialSubject as JsonObject).achievement as JsonObject).name = 'Something never awarded';
    const text = await qrText('VC1-', changed);
    const expected: FormatFixture = { name: fixtureName('qr-payload', 'tampered', 'invalid', 'VC1-R'), scenario: 'tampered', input: text, expect: 'invalid', codes: ['SIGNATURE_INVALID'], options: OPTIONS };
    expectFixture(expected, await verify(text, OPTIONS), { proof: 'failed' });
  });

  it('an openid-credential-offer:// text is reported as an issuance offer (ISSUANCE_OFFER), never as a credential', async () => {
    const text = 'openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example.org%2Foffers%2F7f3a';
    const expected: FormatFixture = { name: fixtureName('qr-payload', 'issuance-offer', 'invalid'), scenario: 'issuance-offer', input: text, expect: 'invalid', codes: ['ISSUANCE_OFFER'], options: OPTIONS };
    const report = await verify(text, OPTIONS);
    expectFixture(expected, report, { parse: 'failed' });
    expect(report.credential).toBeUndefined();
  });
});

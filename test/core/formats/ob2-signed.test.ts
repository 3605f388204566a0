/**
 * Open Badges 2.0 signed assertions (OB 2.0 §SignedBadge): an RS256 compact JWS whose payload is
 * the assertion, signed with a fresh RSA key. The CryptographicKey (publicKeyPem, owner), the issuer
 * Profile (publicKey, revocationList), the BadgeClass and the RevocationList are served by a
 * fixture server on 127.0.0.1. Fixtures are named `ob2-signed/<scenario>--<expected verdict>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type ProblemCode, type Verdict, type VerificationReport, type VerifyOptions } from '../../../components/core/index.ts';
import { FixtureServer, loopbackFetch } from '../../support/fixture-server.ts';
import { NOW } from '../../support/fixtures.ts';
import { expectFixture, fixtureName, type FormatFixture } from '../../support/format-fixture.ts';
import { base64urlJson, decodeToken, hmacWithPublicKey, unsignedToken } from '../../support/issue-jose.ts';
import { createOb2SigningIssuer, OB2_BADGE_NAME, OB2_ISSUER_NAME, ob2Site } from '../../support/issue-ob2.ts';

type Scenario = 'valid' | 'tampered' | 'key-not-listed' | 'key-owner-not-issuer' | 'revoked' | 'alg-none' | 'hs256-public-key';
type Fixture = FormatFixture<Scenario>;

const OPTIONS: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };
const REVOKED_ID = 'urn:uuid:3f0e2b8c-9d41-4c6a-8f15-0b7d2e9a4c11';

let server: FixtureServer;
let fixtures: Fixture[];

beforeAll(async () => {
  server = await FixtureServer.start();
  const site = ob2Site(server);
  const add = (scenario: Scenario, expected: Verdict, input: string, codes: ProblemCode[] = []): Fixture =>
    ({ name: fixtureName('ob2-signed', scenario, expected), scenario, input, expect: expected, codes, options: OPTIONS });

  const issuer = await createOb2SigningIssuer(site, 'signer', { revoked: [REVOKED_ID] });
  const valid = await issuer.sign();
  const { header, payload, signature } = decodeToken(valid);
  const tampered = `${valid.split('.')[0]}.${base64urlJson({ ...payload, issuedOn: '2019-01-01T00:00:00Z' })}.${signature}`;
  const unlisted = await createOb2SigningIssuer(site, 'unlisted', { listKey: false });
  const someoneElse = site.issuer('someone-else');
  const disowned = await createOb2SigningIssuer(site, 'disowned', { owner: String(someoneElse.id) });
  fixtures = [
    add('valid', 'verified', valid),
    add('tampered', 'invalid', tampered, ['SIGNATURE_INVALID']),
    add('key-not-listed', 'invalid', await unlisted.sign(), ['KEY_NOT_AUTHORISED']),
    add('key-owner-not-issuer', 'invalid', await disowned.sign(), ['KEY_NOT_ISSUERS']),
    add('revoked', 'revoked', await issuer.sign({ id: REVOKED_ID }), ['CREDENTIAL_REVOKED']),
    add('alg-none', 'invalid', unsignedToken({ ...header, alg: 'none' }, payload), ['PROOF_MALFORMED']),
    add('hs256-public-key', 'invalid', await hmacWithPublicKey(payload, new TextEncoder().encode(issuer.joseKey.publicPem), header), ['PROOF_MALFORMED']),
  ];
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function verifyScenario(scenario: Scenario): Promise<{ fixture: Fixture; report: VerificationReport }> {
  const fixture = fixtures.find((candidate) => candidate.scenario === scenario);
  if (!fixture) throw new Error(`no fixture for ${scenario}`);
  return { fixture, report: await verify(fixture.input, fixture.options) };
}

describe('Open Badges 2.0 signed assertions', () => {
  it("an RS256 assertion signed with a key its issuer's Profile lists and owns comes out verified, showing the BadgeClass and issuer", async () => {
    const { fixture, report } = await verifyScenario('valid');
    expectFixture(fixture, report, { parse: 'passed', context: 'passed', conformance: 'passed', proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'passed' });
    expect(report.format).toBe('ob2-signed');
    expect(report.credential?.name).toBe(OB2_BADGE_NAME);
    expect(report.credential?.issuer.name).toBe(OB2_ISSUER_NAME);
  });

  it('a signed assertion whose payload was changed after signing comes out invalid', async () => {
    const { fixture, report } = await verifyScenario('tampered');
    expectFixture(fixture, report, { proof: 'failed', 'issuer-key': 'skipped' });
  });

  it("a signed assertion whose key the issuer's Profile does not list in publicKey comes out invalid", async () => {
    const { fixture, report } = await verifyScenario('key-not-listed');
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
  });

  it('a signed assertion whose CryptographicKey names another owner than the issuer comes out invalid', async () => {
    const { fixture, report } = await verifyScenario('key-owner-not-issuer');
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
  });

  it("a signed assertion listed in its issuer's revocationList comes out revoked", async () => {
    const { fixture, report } = await verifyScenario('revoked');
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', status: 'failed' });
    expect(report.problems[0]?.detail).toContain('Awarded in error');
  });

  it('a signed assertion with alg none and no signature comes out invalid', async () => {
    const { fixture, report } = await verifyScenario('alg-none');
    expectFixture(fixture, report, { proof: 'failed' });
  });

  it("a signed assertion made HS256 with the issuer's public key PEM as the HMAC secret comes out invalid", async () => {
    const { fixture, report } = await verifyScenario('hs256-public-key');
    expectFixture(fixture, report, { proof: 'failed' });
  });
});

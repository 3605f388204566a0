/**
 * Baked badge images (OB 3.0 §5.3 "Baked Badges", OB 2.0 Baking 1.0): credentials issued in this
 * run baked into a PNG (`iTXt` chunk, keyword `openbadgecredential`) and an SVG
 * (`<openbadges:credential>`, JSON in CDATA or a JWT in `verify`), an image with nothing baked in,
 * and a legacy OB 2.0 PNG whose `tEXt` chunk holds the hosted assertion URL served by a fixture
 * server. Fixtures are named `baked/<scenario>[<container>]--<expected verdict>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerificationReport, type VerifyOptions } from '../../../components/core/index.ts';
import { bakePng, bakeSvg, MINIMAL_SVG, minimalPng } from '../../support/bake.ts';
import { FixtureServer, loopbackFetch } from '../../support/fixture-server.ts';
import { NOW } from '../../support/fixtures.ts';
import { expectFixture, fixtureName, type FormatFixture } from '../../support/format-fixture.ts';
import { createIssuer, openBadgeCredential, type JsonObject } from '../../support/issue.ts';
import { createJoseIssuer, vcJoseClaims, vcJwtClaims, VC_JWT_TYP } from '../../support/issue-jose.ts';
import { OB2_BADGE_NAME, ob2Site } from '../../support/issue-ob2.ts';

type Scenario = 'valid' | 'tampered' | 'not-baked' | 'ob2-hosted-url';
type Fixture = FormatFixture<Scenario>;

const OPTIONS: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };
const text = (value: unknown) => JSON.stringify(value);

let server: FixtureServer;
let fixtures: Fixture[];

beforeAll(async () => {
  server = await FixtureServer.start();
  const add = (scenario: Scenario, expected: FormatFixture['expect'], container: string, input: Uint8Array | string, codes: FormatFixture['codes'] = []): Fixture =>
    ({ name: fixtureName('baked', scenario, expected, container), scenario, input, expect: expected, codes, options: OPTIONS });

  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  const credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did }));
  const tampered: JsonObject = structuredClone(credential);
  ((tampered.credentialSubject as JsonObject).achievement as JsonObject).name = 'Something never awarded';

  const joseIssuer = await createJoseIssuer({ alg: 'EdDSA', kind: 'did:key' });
  const vcJose = await joseIssuer.sign(vcJoseClaims(openBadgeCredential({ version: 2, issuer: joseIssuer.id })));
  const vcJwt = await joseIssuer.sign(vcJwtClaims(openBadgeCredential({ version: 1, issuer: joseIssuer.id })), { typ: VC_JWT_TYP });

  const site = ob2Site(server);
  const profile = site.issuer('baker');
  const badge = site.badgeClass('baker', 'open-data', String(profile.id));
  const assertion = site.publish(site.assertion('baker', 'legacy', String(badge.id)));

  fixtures = [
    add('valid', 'verified', 'OB 3.0 JSON in PNG iTXt openbadgecredential', bakePng(minimalPng(), 'openbadgecredential', text(credential))),
    add('valid', 'verified', 'OB 3.0 JSON in SVG credential CDATA', bakeSvg(MINIMAL_SVG, { namespace: 'ob3', body: text(credential) })),
    add('valid', 'verified', 'OB 3.0 JSON in SVG credential CDATA, as bytes', new TextEncoder().encode(bakeSvg(MINIMAL_SVG, { namespace: 'ob3', body: text(credential) }))),
    add('valid', 'verified', 'VC-JOSE in SVG credential verify', bakeSvg(MINIMAL_SVG, { namespace: 'ob3', verify: vcJose })),
    add('valid', 'verified', 'VC-JWT in PNG iTXt openbadgecredential', bakePng(minimalPng(), 'openbadgecredential', vcJwt)),
    add('tampered', 'invalid', 'PNG', bakePng(minimalPng(), 'openbadgecredential', text(tampered)), ['SIGNATURE_INVALID']),
    add('tampered', 'invalid', 'SVG', bakeSvg(MINIMAL_SVG, { namespace: 'ob3', body: text(tampered) }), ['SIGNATURE_INVALID']),
    add('not-baked', 'invalid', 'PNG', minimalPng(), ['IMAGE_NOT_BAKED']),
    add('ob2-hosted-url', 'verified', 'PNG tEXt openbadges', bakePng(minimalPng(), 'openbadges', String(assertion.id), { chunkType: 'tEXt' })),
  ];
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function verifyScenario(scenario: Scenario): Promise<{ fixture: Fixture; report: VerificationReport }[]> {
  const selected = fixtures.filter((fixture) => fixture.scenario === scenario);
  expect(selected.length, `no fixtures for ${scenario}`).toBeGreaterThan(0);
  return Promise.all(selected.map(async (fixture) => ({ fixture, report: await verify(fixture.input, fixture.options) })));
}

describe('baked badge images', () => {
  it('a credential of our own baked into a PNG iTXt chunk or an SVG (JSON in CDATA, or a JWT in verify) comes out verified, naming its container', async () => {
    const outcomes = await verifyScenario('valid');
    for (const { fixture, report } of outcomes) {
      expectFixture(fixture, report, { parse: 'passed', proof: 'passed', 'issuer-key': 'passed' });
      expect.soft(report.source.container, fixture.name).toBe(fixture.name.includes('PNG') ? 'png' : 'svg');
      expect.soft(report.credential?.achievement?.name, fixture.name).toBe('Data Literacy Foundations');
    }
    expect(outcomes.map(({ report }) => report.format)).toEqual(['vc2-jsonld', 'vc2-jsonld', 'vc2-jsonld', 'vc2-jose', 'vc1-jwt']);
  });

  it('a credential changed after signing and baked again comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('tampered')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it('a PNG with no credential baked in yields a report naming IMAGE_NOT_BAKED, never a crash', async () => {
    for (const { fixture, report } of await verifyScenario('not-baked')) {
      expectFixture(fixture, report, { parse: 'failed' });
      expect.soft(report.source.kind, fixture.name).toBe('bytes');
    }
  });

  it('an OB 2.0 PNG whose tEXt chunk holds the hosted assertion URL is verified from the issuer\'s server', async () => {
    for (const { fixture, report } of await verifyScenario('ob2-hosted-url')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
      expect.soft(report.format, fixture.name).toBe('ob2-hosted');
      expect.soft(report.source.container, fixture.name).toBe('png');
      expect.soft(report.credential?.name, fixture.name).toBe(OB2_BADGE_NAME);
    }
  });
});

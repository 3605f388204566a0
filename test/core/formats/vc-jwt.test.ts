/**
 * VC-JWT (VC 1.1 §6.3.1): the credential travels in the `vc` claim and the registered claims
 * stand for its properties (`iss` issuer, `jti` id, `sub` subject, `nbf` issuanceDate, `exp`
 * expirationDate). Open Badges 3.0 credentials issued in this run with `jose` — EdDSA, ES256,
 * ES384 and RS256 keys, named in `kid` as did:key, did:jwk or did:web (served by the fixture
 * server) — and the JOSE attacks of security.md §6 C. Fixtures are named
 * `vc-jwt/<scenario>[<alg> <issuer kind>]--<expected verdict>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerificationReport } from '../../../components/core/index.ts';
import { FixtureServer } from '../../support/fixture-server.ts';
import { expectFixture, statusOf } from '../../support/format-fixture.ts';
import { buildJoseFixtures, type JoseFixture, type JoseScenario, type JoseServers } from '../../support/jose-fixtures.ts';

let servers: JoseServers;
let fixtures: JoseFixture[];

beforeAll(async () => {
  servers = { home: await FixtureServer.start(), elsewhere: await FixtureServer.start() };
  fixtures = await buildJoseFixtures('vc-jwt', servers);
}, 60_000);

afterAll(async () => {
  await Promise.all([servers?.home.close(), servers?.elsewhere.close()]);
});

async function verifyScenario(scenario: JoseScenario): Promise<{ fixture: JoseFixture; report: VerificationReport }[]> {
  const selected = fixtures.filter((fixture) => fixture.scenario === scenario);
  expect(selected.length, `no fixtures for ${scenario}`).toBeGreaterThan(0);
  return Promise.all(selected.map(async (fixture) => ({ fixture, report: await verify(fixture.input, fixture.options) })));
}

describe('VC-JWT (VC 1.1 vc claim)', () => {
  it('a VC-JWT signed by its issuer (EdDSA, ES256, ES384, RS256; kid a did:key, did:jwk or did:web URL, or no kid and the https issuer\'s JWK Set) comes out verified, showing the vc claim', async () => {
    const outcomes = await verifyScenario('valid');
    for (const { fixture, report } of outcomes) {
      expectFixture(fixture, report, { parse: 'passed', context: 'passed', conformance: 'passed', proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'skipped' });
      expect.soft(report.format, fixture.name).toBe('vc1-jwt');
      expect.soft(report.problems, fixture.name).toEqual([]);
      expect.soft(report.credential?.achievement?.name, fixture.name).toBe('Data Literacy Foundations');
      expect.soft(report.credential?.issuer.name, fixture.name).toBe('Fixture University');
      // nbf stands for issuanceDate: the view shows it as the start of validity.
      expect.soft(report.credential?.validFrom, fixture.name).toBe('2025-01-01T00:00:00Z');
    }
    expect(outcomes.length).toBe(15);
  });

  it('a VC-JWT whose payload was changed after signing, with the original signature, comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('tampered')) {
      expectFixture(fixture, report, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it('a genuine VC-JWT whose exp has passed comes out expired', async () => {
    for (const { fixture, report } of await verifyScenario('expired')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
      expect.soft(report.problems[0]?.detail, fixture.name).toContain('expirationDate');
    }
  });

  it('a genuine VC-JWT whose nbf is in the future comes out not-yet-valid', async () => {
    for (const { fixture, report } of await verifyScenario('not-yet-valid')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
    }
  });

  it("a VC-JWT whose bit is set in its issuer's BitstringStatusList comes out revoked", async () => {
    for (const { fixture, report } of await verifyScenario('revoked')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'failed' });
    }
  });

  it('a VC-JWT whose kid names the issuer\'s key but which another key signed comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('wrong-key')) {
      expectFixture(fixture, report, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it("a VC-JWT validly signed by the signer's own DID, naming another issuer, comes out invalid", async () => {
    for (const { fixture, report } of await verifyScenario('unbound-key')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
    }
  });

  it('a VC-JWT verifiable only with a jwk from its own header, which the issuer (DID document or https JWK Set) does not publish, comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('jwk-not-published')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
    }
  });

  it("a VC-JWT with a header jwk whose https issuer's keys cannot be retrieved is unverifiable", async () => {
    for (const { fixture, report } of await verifyScenario('jwk-keys-unreachable')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'error' });
    }
  });

  it("a VC-JWT with a header jwk that the https issuer publishes in its origin's /.well-known/jwks.json comes out verified", async () => {
    for (const { fixture, report } of await verifyScenario('jwk-published')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
    }
  });

  it('a VC-JWT with alg none and an empty signature comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('alg-none')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it("a VC-JWT signed HS256 with the issuer's public key as the HMAC secret comes out invalid", async () => {
    for (const { fixture, report } of await verifyScenario('hs256-public-key')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it('a VC-JWT whose header marks an unknown extension critical comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('unknown-crit')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it('a VC-JWT whose iss differs from the issuer id in its vc claim comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('iss-mismatch')) {
      expectFixture(fixture, report, { proof: 'failed' });
      expect.soft(report.problems[0]?.detail, fixture.name).toMatch(/iss .* disagrees with vc\.issuer\.id/);
    }
  });

  it('a VC-JWT whose exp or nbf contradicts the expirationDate or issuanceDate its vc claim states comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('claims-disagree')) {
      expectFixture(fixture, report);
      expect.soft(report.credential, fixture.name).toBeUndefined();
    }
  });

  it('a VP-JWT signed by its holder reports each VC-JWT it holds as a child, and takes the worst verdict', async () => {
    for (const { fixture, report } of await verifyScenario('presentation')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
      expect.soft(report.format, fixture.name).toBe('vp1-jwt');
      expect.soft(report.credential, `${fixture.name}: a presentation has no view of its own`).toBeUndefined();
      for (const child of report.children ?? []) {
        expect.soft(child.format, fixture.name).toBe('vc1-jwt');
        expect.soft(statusOf(child, 'issuer-key'), fixture.name).toBe('passed');
      }
    }
  });
});

/**
 * VC-JOSE (VC-JOSE-COSE §3.1, `typ: vc+jwt`): the JWT payload is the VC 2.0 credential itself.
 * Open Badges 3.0 credentials issued in this run with `jose` — EdDSA, ES256, ES384 and RS256 keys,
 * named in `kid` as did:key, did:jwk or did:web (served by the fixture server) — and the JOSE
 * attacks of security.md §6 C. Fixtures are named `vc-jose/<scenario>[<alg> <issuer kind>]--<expected verdict>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerificationReport } from '../../../components/core/index.ts';
import { FixtureServer } from '../../support/fixture-server.ts';
import { expectFixture } from '../../support/format-fixture.ts';
import { buildJoseFixtures, type JoseFixture, type JoseScenario, type JoseServers } from '../../support/jose-fixtures.ts';

let servers: JoseServers;
let fixtures: JoseFixture[];

beforeAll(async () => {
  servers = { home: await FixtureServer.start(), elsewhere: await FixtureServer.start() };
  fixtures = await buildJoseFixtures('vc-jose', servers);
}, 60_000);

afterAll(async () => {
  await Promise.all([servers?.home.close(), servers?.elsewhere.close()]);
});

async function verifyScenario(scenario: JoseScenario): Promise<{ fixture: JoseFixture; report: VerificationReport }[]> {
  const selected = fixtures.filter((fixture) => fixture.scenario === scenario);
  expect(selected.length, `no fixtures for ${scenario}`).toBeGreaterThan(0);
  return Promise.all(selected.map(async (fixture) => ({ fixture, report: await verify(fixture.input, fixture.options) })));
}

describe('VC-JOSE (VC 2.0, typ vc+jwt)', () => {
  it('a VC-JOSE credential signed by its issuer (EdDSA, ES256, ES384, RS256; kid a did:key, did:jwk or did:web URL, or no kid and the https issuer\'s JWK Set) comes out verified, showing the payload', async () => {
    const outcomes = await verifyScenario('valid');
    for (const { fixture, report } of outcomes) {
      expectFixture(fixture, report, { parse: 'passed', context: 'passed', conformance: 'passed', proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'skipped' });
      expect.soft(report.format, fixture.name).toBe('vc2-jose');
      expect.soft(report.problems, fixture.name).toEqual([]);
      expect.soft(report.credential?.achievement?.name, fixture.name).toBe('Data Literacy Foundations');
      expect.soft(report.credential?.issuer.name, fixture.name).toBe('Fixture University');
      expect.soft(report.credential?.validFrom, fixture.name).toBe('2025-01-01T00:00:00Z');
    }
    expect(outcomes.length).toBe(15);
  });

  it('a VC-JOSE credential whose payload was changed after signing, with the original signature, comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('tampered')) {
      expectFixture(fixture, report, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it('a genuine VC-JOSE credential whose validUntil has passed comes out expired', async () => {
    for (const { fixture, report } of await verifyScenario('expired')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
      expect.soft(report.problems[0]?.detail, fixture.name).toContain('validUntil');
    }
  });

  it('a genuine VC-JOSE credential whose JWT exp claim has passed (RFC 7519 §4.1.4) comes out expired', async () => {
    for (const { fixture, report } of await verifyScenario('expired-by-exp-claim')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
    }
  });

  it('a genuine VC-JOSE credential whose validFrom is in the future comes out not-yet-valid', async () => {
    for (const { fixture, report } of await verifyScenario('not-yet-valid')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
    }
  });

  it('a genuine VC-JOSE credential whose JWT nbf claim is in the future (RFC 7519 §4.1.5) comes out not-yet-valid', async () => {
    for (const { fixture, report } of await verifyScenario('not-yet-valid-by-nbf-claim')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
    }
  });

  it("a VC-JOSE credential whose bit is set in its issuer's BitstringStatusList comes out revoked", async () => {
    for (const { fixture, report } of await verifyScenario('revoked')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'failed' });
    }
  });

  it("a VC-JOSE credential whose bit is set in its issuer's BitstringStatusList, itself secured as a vc+jwt (plain or enveloped), comes out revoked", async () => {
    for (const { fixture, report } of await verifyScenario('revoked-by-jose-list')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'failed' });
    }
  });

  it('a VC-JOSE credential whose kid names the issuer\'s key but which another key signed comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('wrong-key')) {
      expectFixture(fixture, report, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it("a VC-JOSE credential validly signed by the signer's own DID, naming another issuer, comes out invalid", async () => {
    for (const { fixture, report } of await verifyScenario('unbound-key')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
    }
  });

  it('a VC-JOSE credential verifiable only with a jwk from its own header, which the issuer (DID document or https JWK Set) does not publish, comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('jwk-not-published')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
    }
  });

  it("a VC-JOSE credential with a header jwk whose https issuer's keys cannot be retrieved is unverifiable", async () => {
    for (const { fixture, report } of await verifyScenario('jwk-keys-unreachable')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'error' });
    }
  });

  it("a VC-JOSE credential with a header jwk that the https issuer publishes in its origin's /.well-known/jwks.json comes out verified", async () => {
    for (const { fixture, report } of await verifyScenario('jwk-published')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
    }
  });

  it('a VC-JOSE credential with alg none and an empty signature comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('alg-none')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it("a VC-JOSE credential signed HS256 with the issuer's public key as the HMAC secret comes out invalid", async () => {
    for (const { fixture, report } of await verifyScenario('hs256-public-key')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it('a VC-JOSE credential whose header marks an unknown extension critical comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('unknown-crit')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it('a VC-JOSE credential whose iss claim names someone other than issuer.id comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('iss-mismatch')) {
      expectFixture(fixture, report);
      expect.soft(report.credential, `${fixture.name}: no view of a credential whose issuer is in dispute`).toBeUndefined();
    }
  });

  it('a vc+jwt whose payload also carries a vc claim comes out invalid', async () => {
    for (const { fixture, report } of await verifyScenario('vc-claim-in-vc-jwt')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it('an EnvelopedVerifiableCredential (data:application/vc+jwt,<jwt>) inside a presentation is verified as a child', async () => {
    for (const { fixture, report } of await verifyScenario('enveloped-in-presentation')) {
      expectFixture(fixture, report);
      const [child] = report.children ?? [];
      expect.soft(child?.format, fixture.name).toBe('vc2-jose');
      expect.soft(child?.credential?.achievement?.name, fixture.name).toBe('Data Literacy Foundations');
    }
  });
});

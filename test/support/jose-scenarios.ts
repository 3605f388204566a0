/**
 * What VC-JWT (the VC 1.1 `vc` claim) and VC-JOSE (`typ: vc+jwt`) share: the fixture servers and
 * fixtures of a test file, and the scenarios whose outcome does not depend on the encoding —
 * tampering, revocation, key binding and the JOSE attacks of security.md §6 C — stated once and
 * run for each format.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verify, type VerificationReport } from '../../components/core/index.ts';
import { FixtureServer } from './fixture-server.ts';
import { expectFixture } from './format-fixture.ts';
import { buildJoseFixtures, type JoseFixture, type JoseFormat, type JoseScenario, type JoseServers } from './jose-fixtures.ts';

export type VerifyScenario = (scenario: JoseScenario) => Promise<{ fixture: JoseFixture; report: VerificationReport }[]>;

/** Starts the file's fixture servers and issues `format`'s fixtures; verifies a scenario's fixtures on demand. */
export function useJoseFixtures(format: JoseFormat): VerifyScenario {
  let servers: JoseServers;
  let fixtures: JoseFixture[];

  beforeAll(async () => {
    servers = { home: await FixtureServer.start(), elsewhere: await FixtureServer.start() };
    fixtures = await buildJoseFixtures(format, servers);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([servers?.home.close(), servers?.elsewhere.close()]);
  });

  return async (scenario) => {
    const selected = fixtures.filter((fixture) => fixture.scenario === scenario);
    expect(selected.length, `no fixtures for ${scenario}`).toBeGreaterThan(0);
    return Promise.all(selected.map(async (fixture) => ({ fixture, report: await verify(fixture.input, fixture.options) })));
  };
}

/** The shared scenarios as tests; `credential` names the format in each sentence ("a VC-JWT"). */
export function sharedJoseScenarios(credential: string, verifyScenario: VerifyScenario): void {
  it(`${credential} whose payload was changed after signing, with the original signature, comes out invalid`, async () => {
    for (const { fixture, report } of await verifyScenario('tampered')) {
      expectFixture(fixture, report, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it(`${credential} whose bit is set in its issuer's BitstringStatusList comes out revoked`, async () => {
    for (const { fixture, report } of await verifyScenario('revoked')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'failed' });
    }
  });

  it(`${credential} whose kid names the issuer's key but which another key signed comes out invalid`, async () => {
    for (const { fixture, report } of await verifyScenario('wrong-key')) {
      expectFixture(fixture, report, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it(`${credential} validly signed by the signer's own DID, naming another issuer, comes out invalid`, async () => {
    for (const { fixture, report } of await verifyScenario('unbound-key')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
    }
  });

  it(`${credential} verifiable only with a jwk from its own header, which the issuer (DID document or https JWK Set) does not publish, comes out invalid`, async () => {
    for (const { fixture, report } of await verifyScenario('jwk-not-published')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
    }
  });

  it(`${credential} with a header jwk whose https issuer's keys cannot be retrieved is unverifiable`, async () => {
    for (const { fixture, report } of await verifyScenario('jwk-keys-unreachable')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'error' });
    }
  });

  it(`${credential} with a header jwk that the https issuer publishes in its origin's /.well-known/jwks.json comes out verified`, async () => {
    for (const { fixture, report } of await verifyScenario('jwk-published')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
    }
  });

  it(`${credential} with alg none and an empty signature comes out invalid`, async () => {
    for (const { fixture, report } of await verifyScenario('alg-none')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it(`${credential} signed HS256 with the issuer's public key as the HMAC secret comes out invalid`, async () => {
    for (const { fixture, report } of await verifyScenario('hs256-public-key')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });

  it(`${credential} whose header marks an unknown extension critical comes out invalid`, async () => {
    for (const { fixture, report } of await verifyScenario('unknown-crit')) {
      expectFixture(fixture, report, { proof: 'failed' });
    }
  });
}

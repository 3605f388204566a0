/**
 * VC-JWT (VC 1.1 §6.3.1): the credential travels in the `vc` claim and the registered claims
 * stand for its properties (`iss` issuer, `jti` id, `sub` subject, `nbf` issuanceDate, `exp`
 * expirationDate). Open Badges 3.0 credentials issued in this run with `jose` — EdDSA, ES256,
 * ES384 and RS256 keys, named in `kid` as did:key, did:jwk or did:web (served by the fixture
 * server) — and the JOSE attacks of security.md §6 C. Fixtures are named
 * `vc-jwt/<scenario>[<alg> <issuer kind>]--<expected verdict>`.
 */
import { describe, expect, it } from 'vitest';
import { expectFixture, statusOf } from '../../support/format-fixture.ts';
import { sharedJoseScenarios, useJoseFixtures } from '../../support/jose-scenarios.ts';

const verifyScenario = useJoseFixtures('vc-jwt');

describe('VC-JWT (VC 1.1 vc claim)', () => {
  sharedJoseScenarios('a VC-JWT', verifyScenario);

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

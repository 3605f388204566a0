/**
 * VC-JOSE (VC-JOSE-COSE §3.1, `typ: vc+jwt`): the JWT payload is the VC 2.0 credential itself.
 * Open Badges 3.0 credentials issued in this run with `jose` — EdDSA, ES256, ES384 and RS256 keys,
 * named in `kid` as did:key, did:jwk or did:web (served by the fixture server) — and the JOSE
 * attacks of security.md §6 C. Fixtures are named `vc-jose/<scenario>[<alg> <issuer kind>]--<expected verdict>`.
 */
import { describe, expect, it } from 'vitest';
import { expectFixture } from '../../support/format-fixture.ts';
import { sharedJoseScenarios, useJoseFixtures } from '../../support/jose-scenarios.ts';

const verifyScenario = useJoseFixtures('vc-jose');

describe('VC-JOSE (VC 2.0, typ vc+jwt)', () => {
  sharedJoseScenarios('a VC-JOSE credential', verifyScenario);

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

  it("a VC-JOSE credential whose bit is set in its issuer's BitstringStatusList, itself secured as a vc+jwt (plain or enveloped), comes out revoked", async () => {
    for (const { fixture, report } of await verifyScenario('revoked-by-jose-list')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'failed' });
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

/**
 * Open Badges 2.0 hosted assertions (OB 2.0 §HostedBadge): the assertion, its BadgeClass and the
 * issuer Profile are served by fixture servers on 127.0.0.1, and each scenario is verified twice,
 * from the assertion URL and from a pasted copy of its JSON. The issuer's hosted copy is what is
 * judged and shown; the copy given only names where to look. Fixtures are named
 * `ob2-hosted/<scenario>[by URL | pasted]--<expected verdict>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type ProblemCode, type Verdict, type VerificationReport, type VerifyOptions } from '../../../components/core/index.ts';
import { deadOrigin, FixtureServer, loopbackFetch } from '../../support/fixture-server.ts';
import { EXPIRED_UNTIL, FUTURE_FROM, NOW } from '../../support/fixtures.ts';
import { expectFixture, fixtureName, statusOf, type FormatFixture } from '../../support/format-fixture.ts';
import type { JsonObject } from '../../support/issue.ts';
import { OB2_BADGE_NAME, OB2_ISSUED, OB2_ISSUER_NAME, ob2Site, RECIPIENT_EMAIL, type Ob2Site } from '../../support/issue-ob2.ts';
import { platformFetch } from '../../support/platform-fetch.ts';

type Scenario =
  | 'valid'
  | 'pasted-copy-differs'
  | 'gone'
  | 'gone-by-url'
  | 'revoked'
  | 'expired'
  | 'not-yet-valid'
  | 'outside-scope'
  | 'prefix-trick'
  | 'html'
  | 'unreachable'
  | 'recipient-match'
  | 'recipient-mismatch';

type Fixture = FormatFixture<Scenario>;

const OPTIONS: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };
const SALT = 'pepper-7f3a';

let home: FixtureServer;
let elsewhere: FixtureServer;
let platforms: FixtureServer;
let fixtures: Fixture[];

beforeAll(async () => {
  [home, elsewhere, platforms] = await Promise.all([FixtureServer.start(), FixtureServer.start(), FixtureServer.start()]);
  fixtures = await buildFixtures();
}, 60_000);

afterAll(async () => {
  await Promise.all([home?.close(), elsewhere?.close(), platforms?.close()]);
});

async function buildFixtures(): Promise<Fixture[]> {
  const fixtures: Fixture[] = [];
  const site = ob2Site(home);
  const issuer = site.issuer('uni');
  const badge = site.badgeClass('uni', 'open-data', String(issuer.id));
  const badgeId = String(badge.id);
  /** The scenario verified from the assertion URL and from a pasted copy of its JSON. */
  const both = (scenario: Scenario, expected: Verdict, assertion: JsonObject, codes: ProblemCode[] = [], options: VerifyOptions = OPTIONS, variant = '') => {
    for (const [via, input] of [['by URL', String(assertion.id)], ['pasted', assertion]] as const) {
      fixtures.push({ name: fixtureName('ob2-hosted', scenario, expected, `${variant}${via}`), scenario, input, expect: expected, codes, options });
    }
  };
  const hosted = (name: string, options: Parameters<Ob2Site['assertion']>[3] = {}) => site.publish(site.assertion('uni', name, badgeId, options));

  both('valid', 'verified', hosted('valid'));

  const original = hosted('pasted-differs');
  const pasted = { ...original, issuedOn: '2024-02-02T00:00:00Z', evidence: [{ narrative: 'Something the issuer never wrote.' }] };
  fixtures.push({ name: fixtureName('ob2-hosted', 'pasted-copy-differs', 'verified', 'pasted'), scenario: 'pasted-copy-differs', input: pasted, expect: 'verified', codes: [], warns: ['HOSTED_COPY_DIFFERS'], options: OPTIONS });

  // The issuer revokes a hosted assertion by answering 410 Gone with {"revoked": true} (Mozilla OBI
  // "Revoking Issued Badges"; Credly does exactly this).
  const gone = site.assertion('uni', 'gone', badgeId);
  home.route(new URL(String(gone.id)).pathname, { status: 410, body: { revoked: true } });
  fixtures.push(
    { name: fixtureName('ob2-hosted', 'gone', 'revoked', 'pasted'), scenario: 'gone', input: gone, expect: 'revoked', codes: ['CREDENTIAL_REVOKED'], options: OPTIONS },
    { name: fixtureName('ob2-hosted', 'gone-by-url', 'revoked', 'by URL'), scenario: 'gone-by-url', input: String(gone.id), expect: 'revoked', codes: ['CREDENTIAL_REVOKED'], options: OPTIONS },
  );

  both('revoked', 'revoked', hosted('revoked', { revoked: true }), ['CREDENTIAL_REVOKED']);
  both('expired', 'expired', hosted('expired', { expires: EXPIRED_UNTIL }), ['CREDENTIAL_EXPIRED']);
  both('not-yet-valid', 'not-yet-valid', hosted('future', { issuedOn: FUTURE_FROM }), ['CREDENTIAL_NOT_YET_VALID']);

  // Hosted (with its BadgeClass) on another origin than the issuer's, which names no allowedOrigins.
  const other = ob2Site(elsewhere);
  const foreignBadge = other.badgeClass('borrowed', 'open-data', String(issuer.id));
  both('outside-scope', 'invalid', other.publish(other.assertion('borrowed', 'a-1', String(foreignBadge.id))), ['OUTSIDE_VERIFICATION_SCOPE']);

  // startsWith "https://localhost": https://localhost:<port>/... starts with that string, but on another origin.
  const prefixed = site.issuer('prefixed', { verification: { type: 'VerificationObject', startsWith: 'https://localhost' } });
  const prefixedBadge = other.badgeClass('prefixed', 'open-data', String(prefixed.id));
  both('prefix-trick', 'invalid', other.publish(other.assertion('prefixed', 'a-1', String(prefixedBadge.id))), ['OUTSIDE_VERIFICATION_SCOPE'], OPTIONS, 'https://localhost, ');
  // The same with host names (security.md §6 E63): https://badges.example.org vs https://badges.example.org.evil.test.
  const victim = ob2Site(platforms, 'https://badges.example.org');
  const attacker = ob2Site(platforms, 'https://badges.example.org.evil.test');
  const victimProfile = victim.issuer('victim', { verification: { type: 'VerificationObject', startsWith: 'https://badges.example.org' } });
  const attackerBadge = attacker.badgeClass('attacker', 'open-data', String(victimProfile.id));
  const viaHosts = { ...OPTIONS, fetch: platformFetch(platforms, ['badges.example.org', 'badges.example.org.evil.test']) };
  both('prefix-trick', 'invalid', attacker.publish(attacker.assertion('attacker', 'a-1', String(attackerBadge.id))), ['OUTSIDE_VERIFICATION_SCOPE'], viaHosts, 'https://badges.example.org, ');

  const html = site.assertion('uni', 'html', badgeId);
  home.route(new URL(String(html.id)).pathname, { body: '<!doctype html><html><body><h1>Open Data Practitioner</h1></body></html>', headers: { 'content-type': 'text/html; charset=utf-8' } });
  both('html', 'unverifiable', html);

  both('unreachable', 'unverifiable', { ...site.assertion('uni', 'unreachable', badgeId), id: `${await deadOrigin()}/ob2/uni/assertions/unreachable` });

  const salted = hosted('salted', { recipient: { email: RECIPIENT_EMAIL, salt: SALT } });
  both('recipient-match', 'verified', salted, [], { ...OPTIONS, recipient: RECIPIENT_EMAIL });
  both('recipient-mismatch', 'verified', salted, ['RECIPIENT_MISMATCH'], { ...OPTIONS, recipient: 'grace.hopper@example.org' });
  return fixtures;
}

async function verifyScenario(scenario: Scenario): Promise<{ fixture: Fixture; report: VerificationReport }[]> {
  const selected = fixtures.filter((fixture) => fixture.scenario === scenario);
  expect(selected.length, `no fixtures for ${scenario}`).toBeGreaterThan(0);
  return Promise.all(selected.map(async (fixture) => ({ fixture, report: await verify(fixture.input, fixture.options) })));
}

describe('Open Badges 2.0 hosted assertions', () => {
  it("a hosted assertion within its issuer's origin comes out verified, and the view shows the BadgeClass and the issuer's name", async () => {
    for (const { fixture, report } of await verifyScenario('valid')) {
      expectFixture(fixture, report, { parse: 'passed', context: 'passed', conformance: 'passed', proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'passed', recipient: 'skipped' });
      expect.soft(report.format, fixture.name).toBe('ob2-hosted');
      expect.soft(report.credential?.name, fixture.name).toBe(OB2_BADGE_NAME);
      expect.soft(report.credential?.achievement?.name, fixture.name).toBe(OB2_BADGE_NAME);
      expect.soft(report.credential?.issuer.name, fixture.name).toBe(OB2_ISSUER_NAME);
      expect.soft(report.credential?.subject.identifiers[0]?.hashed, `${fixture.name}: the hashed email stays a hash`).toBe(true);
    }
  });

  it("a pasted copy that differs from the issuer's hosted copy is judged and shown as hosted, with HOSTED_COPY_DIFFERS as a warning", async () => {
    for (const { fixture, report } of await verifyScenario('pasted-copy-differs')) {
      expectFixture(fixture, report, { proof: 'passed' });
      expect.soft(report.credential?.validFrom, `${fixture.name}: the hosted issuedOn`).toBe(OB2_ISSUED);
      expect.soft(report.credential?.evidence.map((e) => e.narrative), `${fixture.name}: the hosted evidence`).toEqual(['Data set published at the city open data portal.']);
      expect.soft(report.problems, `${fixture.name}: a warning, not a problem`).toEqual([]);
    }
  });

  it('a pasted assertion whose hosted URL answers 410 Gone comes out revoked', async () => {
    for (const { fixture, report } of await verifyScenario('gone')) {
      expectFixture(fixture, report, { proof: 'passed', status: 'failed' });
      expect.soft(report.credential, `${fixture.name}: nothing is shown of an assertion the issuer withdrew`).toBeUndefined();
    }
  });

  it('an assertion URL that answers 410 Gone with {"revoked": true} comes out revoked', async () => {
    for (const { fixture, report } of await verifyScenario('gone-by-url')) {
      expectFixture(fixture, report);
      expect.soft(report.credential, `${fixture.name}: nothing is shown of an assertion the issuer withdrew`).toBeUndefined();
    }
  });

  it("an assertion whose hosted copy says revoked: true comes out revoked, whatever the pasted copy says", async () => {
    for (const { fixture, report } of await verifyScenario('revoked')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', status: 'failed' });
    }
    const [pasted] = fixtures.filter((f) => f.scenario === 'revoked' && typeof f.input !== 'string');
    const denied = { ...(pasted!.input as JsonObject) };
    delete denied.revoked;
    const report = await verify(denied, OPTIONS);
    expect(report.verdict).toBe('revoked');
    expect(report.warnings.map((w) => w.code)).toContain('HOSTED_COPY_DIFFERS');
  });

  it('a genuine assertion whose expires has passed comes out expired', async () => {
    for (const { fixture, report } of await verifyScenario('expired')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed', status: 'passed' });
    }
  });

  it('a genuine assertion issued on a date in the future comes out not-yet-valid', async () => {
    for (const { fixture, report } of await verifyScenario('not-yet-valid')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
    }
  });

  it("an assertion hosted on another origin than its issuer's, with no allowedOrigins, comes out invalid", async () => {
    for (const { fixture, report } of await verifyScenario('outside-scope')) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
      expect.soft(report.credential, fixture.name).toBeUndefined();
    }
  });

  it("an assertion URL that starts with the issuer's startsWith prefix but lies on another origin comes out invalid", async () => {
    const outcomes = await verifyScenario('prefix-trick');
    for (const { fixture, report } of outcomes) {
      expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'failed' });
    }
    expect(outcomes.length).toBe(4);
  });

  it('a hosted URL that answers an HTML page instead of the assertion leaves it unverifiable', async () => {
    for (const { fixture, report } of await verifyScenario('html')) {
      expectFixture(fixture, report);
    }
  });

  it('a hosted URL that cannot be reached leaves the assertion unverifiable', async () => {
    for (const { fixture, report } of await verifyScenario('unreachable')) {
      expectFixture(fixture, report);
    }
  });

  it('a salted, hashed recipient email that matches the email the viewer gives passes the recipient check', async () => {
    for (const { fixture, report } of await verifyScenario('recipient-match')) {
      expectFixture(fixture, report, { recipient: 'passed' });
    }
  });

  it('a salted, hashed recipient email that does not match fails the recipient check and leaves the verdict verified', async () => {
    for (const { fixture, report } of await verifyScenario('recipient-mismatch')) {
      expectFixture(fixture, report, { recipient: 'failed' });
      expect.soft(statusOf(report, 'proof'), fixture.name).toBe('passed');
      expect.soft(report.credential?.name, fixture.name).toBe(OB2_BADGE_NAME);
    }
  });
});

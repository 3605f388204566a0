/**
 * End-to-end scenarios: credentials issued in this run with the Digital Bazaar libraries, served
 * (did:web documents, status lists) by a real HTTP server on 127.0.0.1, verified by the engine.
 * One test per scenario; each verifies that scenario's fixtures across proof suites, issuer kinds
 * and data model versions, and names the fixture (`<profile>/<variant>--<expected verdict>`) on failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../components/core/checks/index.ts';
import { verify, type CheckId, type CheckStatus, type ProblemCode, type VerificationReport } from '../../components/core/index.ts';
import { FixtureServer } from '../support/fixture-server.ts';
import { buildFixtures, CHALLENGE, NOW, type Fixture, type FixtureServers, type ScenarioId } from '../support/fixtures.ts';
import { createIssuer, issuePresentation, openBadgeCredential } from '../support/issue.ts';

const PIPELINE: readonly CheckId[] = CHECKS.map((check) => check.id);

let servers: FixtureServers;
let fixtures: Fixture[];

beforeAll(async () => {
  servers = { home: await FixtureServer.start(), elsewhere: await FixtureServer.start() };
  fixtures = await buildFixtures(servers);
}, 60_000);

afterAll(async () => {
  await Promise.all([servers?.home.close(), servers?.elsewhere.close()]);
});

interface Outcome {
  fixture: Fixture;
  report: VerificationReport;
}

/** Verifies every fixture of a scenario, concurrently. */
async function verifyScenario(scenario: ScenarioId): Promise<Outcome[]> {
  const selected = fixtures.filter((fixture) => fixture.scenario === scenario);
  expect(selected.length, `no fixtures for ${scenario}`).toBeGreaterThan(0);
  return Promise.all(selected.map(async (fixture) => ({ fixture, report: await verify(fixture.input, fixture.options) })));
}

function codesOf(report: VerificationReport): ProblemCode[] {
  return [...report.problems, ...(report.children ?? []).flatMap((child) => child.problems)].map((p) => p.code);
}

function statusOf(report: VerificationReport, id: CheckId): CheckStatus | undefined {
  return report.checks.find((check) => check.id === id)?.status;
}

function explain(report: VerificationReport): string {
  const problems = [...report.problems, ...(report.children ?? []).flatMap((child) => child.problems)];
  return problems.map((p) => `${p.code}: ${p.detail}`).join(' | ') || 'no problems';
}

/**
 * The outcome every fixture must have: its verdict, its problem codes, every check listed in
 * pipeline order, a report that is plain JSON, and a credential view exactly when the proof passed
 * and the signing key was bound to the issuer (nothing is shown of a credential anyone could sign).
 */
function expectOutcome({ fixture, report }: Outcome, checks: Partial<Record<CheckId, CheckStatus>> = {}): void {
  const name = fixture.name;
  expect.soft(report.verdict, `${name}: ${explain(report)}`).toBe(fixture.expect);
  for (const code of fixture.codes) expect.soft(codesOf(report), `${name} names ${code}`).toContain(code);
  expect.soft(report.checks.map((check) => check.id), `${name} lists every check`).toEqual(PIPELINE);
  for (const [id, status] of Object.entries(checks)) {
    expect.soft(statusOf(report, id as CheckId), `${name}: check ${id}`).toBe(status);
  }
  for (const check of report.checks.filter((c) => c.status === 'failed' || c.status === 'error' || c.status === 'skipped')) {
    expect.soft(check.problems?.length ?? 0, `${name}: check ${check.id} (${check.status}) says why`).toBeGreaterThan(0);
  }
  const vouched = statusOf(report, 'proof') === 'passed' && statusOf(report, 'issuer-key') === 'passed';
  const isCredential = report.format === 'vc1-jsonld' || report.format === 'vc2-jsonld';
  expect.soft(report.credential !== undefined, `${name}: credential view present exactly when the proof and issuer key passed`).toBe(vouched && isCredential);
  expect.soft(JSON.parse(JSON.stringify(report)), `${name}: the report is plain JSON`).toEqual(report);
  expect.soft(report.checkedAt, name).toBe(new Date(NOW).toISOString());
  if (fixture.children) {
    expect.soft(report.children?.map((child) => child.verdict), `${name}: children verdicts`).toEqual(fixture.children);
  }
}

describe('scenarios', () => {
  it('a credential signed by its issuer, with its status bits clear, comes out verified', async () => {
    const outcomes = await verifyScenario('valid');
    for (const outcome of outcomes) {
      const { fixture, report } = outcome;
      expectOutcome(outcome, {
        parse: 'passed', context: 'passed', conformance: 'passed', proof: 'passed', 'issuer-key': 'passed',
        'validity-period': 'passed', status: 'passed', 'issuer-trust': 'skipped', recipient: 'skipped',
      });
      expect.soft(report.problems, fixture.name).toEqual([]);
      expect.soft(report.format, fixture.name).toBe(fixture.name.includes('-vc1/') ? 'vc1-jsonld' : 'vc2-jsonld');
      const issuer = fixture.input.issuer as { id: string };
      expect.soft(report.credential?.issuer.id, fixture.name).toBe(issuer.id);
      expect.soft(report.credential?.achievement?.name, fixture.name).toBe('Data Literacy Foundations');
      expect.soft(report.credential?.types, fixture.name).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
      const warnings = report.warnings.map((w) => w.code);
      expect.soft(warnings, `${fixture.name}: no trust list was given`).toContain('ISSUER_SELF_ASSERTED');
      if (issuer.id.startsWith('did:web:')) expect.soft(warnings, `${fixture.name}: path-based did:web`).toContain('ISSUER_PATH_DID');
    }
    expect(outcomes.length).toBe(20);
  });

  it('a status list credential signed by the issuer verifies as a credential in its own right', async () => {
    const outcomes = await verifyScenario('status-list-credential');
    for (const outcome of outcomes) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'skipped' });
      expect.soft(outcome.report.credential?.types, outcome.fixture.name).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    }
    expect(outcomes.length).toBe(40);
  });

  it('a credential with a claim changed after signing comes out invalid, with no credential view', async () => {
    for (const outcome of await verifyScenario('tampered')) {
      expectOutcome(outcome, { proof: 'failed', 'issuer-key': 'skipped', 'validity-period': 'skipped', status: 'skipped' });
      expect.soft(outcome.report.credential, outcome.fixture.name).toBeUndefined();
    }
  });

  it('a genuine credential past its validUntil (VC 1.1: expirationDate) comes out expired', async () => {
    for (const outcome of await verifyScenario('expired')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed', status: 'passed' });
    }
  });

  it('a genuine credential before its validFrom (VC 1.1: issuanceDate) comes out not-yet-valid', async () => {
    for (const outcome of await verifyScenario('not-yet-valid')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed', status: 'passed' });
    }
  });

  it("a credential whose bit is set in its issuer's revocation list comes out revoked", async () => {
    for (const outcome of await verifyScenario('revoked')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'failed' });
      expect.soft(outcome.report.problems.map((p) => p.code), outcome.fixture.name).toEqual(['CREDENTIAL_REVOKED']);
    }
  });

  it("a credential whose bit is set in its issuer's suspension list comes out suspended", async () => {
    for (const outcome of await verifyScenario('suspended')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'passed', status: 'failed' });
      expect.soft(outcome.report.problems.map((p) => p.code), outcome.fixture.name).toEqual(['CREDENTIAL_SUSPENDED']);
    }
  });

  it('a credential whose proof names another real key than the one that signed comes out invalid', async () => {
    for (const outcome of await verifyScenario('wrong-key')) {
      expectOutcome(outcome, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it('a credential signed with a valid did:key that is not the issuer comes out invalid', async () => {
    for (const outcome of await verifyScenario('key-not-issuers')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'failed', 'validity-period': 'passed', status: 'skipped', 'issuer-trust': 'skipped' });
    }
  });

  it('a proof of an unknown type comes out unverifiable, never verified or invalid', async () => {
    for (const outcome of await verifyScenario('unknown-proof-type')) {
      expectOutcome(outcome, { proof: 'error', 'issuer-key': 'skipped', 'validity-period': 'skipped', status: 'skipped' });
      const skipped = outcome.report.checks.find((check) => check.id === 'issuer-key');
      expect.soft(skipped?.problems?.map((p) => p.code), outcome.fixture.name).toEqual(['REQUIRED_CHECK_NOT_PASSED']);
    }
  });

  it('a Data Integrity proof with an unsupported cryptosuite comes out unverifiable', async () => {
    const outcomes = await verifyScenario('unsupported-cryptosuite');
    for (const outcome of outcomes) expectOutcome(outcome, { proof: 'error', 'issuer-key': 'skipped' });
    expect(outcomes.length).toBe(12);
  });

  it('a status list that answers 404 leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('status-list-404')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'error' });
    }
  });

  it('a status list on a server that is down leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('status-list-server-down')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'error' });
    }
  });

  it('a status list that does not answer in time leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('status-list-timeout')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'error' });
      expect.soft(outcome.report.problems[0]?.detail, outcome.fixture.name).toMatch(/did not answer within/);
    }
  });

  it('a status list signed by another issuer saying "not revoked" leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('status-list-foreign-issuer')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'error' });
    }
  });

  it('a did:web issuer whose DID document answers 404 leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('did-web-404')) {
      expectOutcome(outcome, { proof: 'error', 'issuer-key': 'skipped' });
    }
  });

  it('a did:web issuer whose DID document does not answer in time leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('did-web-timeout')) {
      expectOutcome(outcome, { proof: 'error', 'issuer-key': 'skipped' });
    }
  });

  it('a presentation signed by its holder reports each credential with its own verdict, and takes the worst', async () => {
    for (const outcome of await verifyScenario('presentation')) {
      const { fixture, report } = outcome;
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed' });
      expect.soft(report.format, fixture.name).toBe(fixture.name.includes('-vc1/') ? 'vp1-jsonld' : 'vp2-jsonld');
      expect.soft(report.credential, `${fixture.name}: a presentation has no credential view of its own`).toBeUndefined();
      for (const [i, child] of (report.children ?? []).entries()) {
        expect.soft(child.checks.map((check) => check.id), `${fixture.name} child ${i}`).toEqual(PIPELINE);
        expect.soft(child.credential !== undefined, `${fixture.name} child ${i}: view iff proof and issuer key passed`).toBe(statusOf(child, 'proof') === 'passed' && statusOf(child, 'issuer-key') === 'passed');
      }
    }
  });

  it('a credential signed with a key the issuer lists only for authentication comes out invalid', async () => {
    for (const outcome of await verifyScenario('key-not-authorised')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'failed' });
    }
  });

  it('a did:web document that names another DID comes out invalid', async () => {
    for (const outcome of await verifyScenario('did-document-mismatch')) {
      expectOutcome(outcome, { proof: 'failed', 'issuer-key': 'skipped' });
    }
  });

  it('a status list whose bits were changed after signing leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('status-list-tampered')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'error' });
    }
  });

  it('a revocation entry that points at a suspension list leaves the credential unverifiable', async () => {
    for (const outcome of await verifyScenario('status-purpose-mismatch')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'error' });
    }
  });

  it('a status index past the end of the list comes out invalid', async () => {
    for (const outcome of await verifyScenario('status-index-out-of-range')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'failed' });
    }
  });

  it("a status list URL that redirects within the issuer's server is followed", async () => {
    for (const outcome of await verifyScenario('status-list-redirect')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'passed', status: 'failed' });
    }
  });

  it('a credential retrieved by URL verifies and reports where it came from', async () => {
    const selected = fixtures.filter((fixture) => fixture.scenario === 'credential-by-url');
    expect(selected.length).toBe(5);
    for (const fixture of selected) {
      const report = await verify(fixture.url!, fixture.options);
      expectOutcome({ fixture, report }, { proof: 'passed', 'issuer-key': 'passed' });
      expect.soft(report.source, fixture.name).toEqual({ kind: 'url', url: fixture.url });
    }
  });

  it('a presentation that carries a credential about someone other than its holder is not verified', async () => {
    for (const outcome of await verifyScenario('presentation-foreign-subject')) {
      expectOutcome(outcome, { proof: 'passed', 'issuer-key': 'error' });
    }
  });

  it('a presentation checked against another challenge than the one it was signed for comes out invalid', async () => {
    const [presentation] = fixtures.filter((fixture) => fixture.scenario === 'presentation' && fixture.expect === 'verified');
    const report = await verify(presentation!.input, { ...presentation!.options, challenge: 'another-challenge' });
    expect(report.verdict).toBe('invalid');
    expect(codesOf(report)).toContain('PROOF_CHALLENGE_MISMATCH');
  });

  it('a presentation object that carries one credential object twice (shared, not cyclic) verifies like its JSON text', async () => {
    const holder = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, subjectId: holder.did }));
    const signed = await issuePresentation(holder, [credential, structuredClone(credential)], CHALLENGE);
    const shared = { ...signed, verifiableCredential: [credential, credential] };
    const options = { now: NOW, challenge: CHALLENGE };
    const fromText = await verify(JSON.stringify(shared), options);
    expect(fromText.verdict, explain(fromText)).toBe('verified');
    const fromObject = await verify(shared, options);
    expect(fromObject.verdict, explain(fromObject)).toBe('verified');
  });

  it('every fixture is named <profile>/<scenario>--<expected verdict>, uniquely', () => {
    const names = fixtures.map((fixture) => fixture.name);
    expect(new Set(names).size).toBe(names.length);
    for (const fixture of fixtures) expect(fixture.name).toMatch(new RegExp(`^[a-z0-9-]+/[a-z0-9-]+--${fixture.expect}$`));
  });
});

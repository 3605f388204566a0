/**
 * Format-by-format fixtures: one input, the verdict it must get and the problem codes its report
 * must name, under a name `<format>/<scenario>--<expected verdict>` (with the issuing profile in
 * brackets when a scenario is issued several ways, e.g. `vc-jose/valid[ES256 did:web]--verified`).
 * The `expectFixture` assertion is the one every format test uses, so each report is held to the
 * same rules as in scenarios.test.ts.
 */
import { expect } from 'vitest';
import { CHECKS } from '../../components/core/checks/index.ts';
import type { CheckId, CheckStatus, ProblemCode, Verdict, VerificationReport, VerifyInput, VerifyOptions } from '../../components/core/index.ts';

export interface FormatFixture<Scenario extends string = string> {
  /** `<format>/<scenario>[<profile>]--<expected verdict>` */
  name: string;
  scenario: Scenario;
  input: VerifyInput;
  expect: Verdict;
  /** Problem codes the report (or one of its children) must name. */
  codes: ProblemCode[];
  /** Warning codes the report must carry. */
  warns?: ProblemCode[];
  options: VerifyOptions;
  /** For presentations and CLRs: the verdicts of the embedded credentials, in order. */
  children?: Verdict[];
}

/** What `expectFixture` holds a report to: the parts of a fixture that say what must come out. */
export type Expectation = Pick<FormatFixture, 'name' | 'expect' | 'codes' | 'warns' | 'children'>;

export function fixtureName(format: string, scenario: string, expected: Verdict, profile?: string): string {
  return `${format}/${scenario}${profile ? `[${profile}]` : ''}--${expected}`;
}

export const PIPELINE: readonly CheckId[] = CHECKS.map((check) => check.id);

/** Every problem code of the report and of its children. */
export function codesOf(report: VerificationReport): ProblemCode[] {
  return [...report.problems, ...(report.children ?? []).flatMap((child) => child.problems)].map((p) => p.code);
}

export function warningCodesOf(report: VerificationReport): ProblemCode[] {
  return report.warnings.map((w) => w.code);
}

export function statusOf(report: VerificationReport, id: CheckId): CheckStatus | undefined {
  return report.checks.find((check) => check.id === id)?.status;
}

/** The problems of a report and its children, for failure messages. */
export function explain(report: VerificationReport): string {
  const problems = [...report.problems, ...(report.children ?? []).flatMap((child) => child.problems)];
  return problems.map((p) => `${p.code}: ${p.detail}`).join(' | ') || 'no problems';
}

/**
 * The outcome every format fixture must have: its verdict, codes and warnings, every check listed
 * in pipeline order, every check that did not pass saying why, a report that is plain JSON, no
 * credential view unless the proof and the issuer key both passed, and the children's verdicts.
 */
export function expectFixture(fixture: Expectation, report: VerificationReport, checks: Partial<Record<CheckId, CheckStatus>> = {}): void {
  const { name } = fixture;
  expect.soft(report.verdict, `${name}: ${explain(report)}`).toBe(fixture.expect);
  for (const code of fixture.codes) expect.soft(codesOf(report), `${name} names ${code}`).toContain(code);
  for (const code of fixture.warns ?? []) expect.soft(warningCodesOf(report), `${name} warns ${code}`).toContain(code);
  expect.soft(report.checks.map((check) => check.id), `${name} lists every check`).toEqual(PIPELINE);
  for (const [id, status] of Object.entries(checks)) {
    expect.soft(statusOf(report, id as CheckId), `${name}: check ${id}`).toBe(status);
  }
  for (const check of report.checks.filter((c) => c.status !== 'passed')) {
    expect.soft(check.problems?.length ?? 0, `${name}: check ${check.id} (${check.status}) says why`).toBeGreaterThan(0);
  }
  const vouched = statusOf(report, 'proof') === 'passed' && statusOf(report, 'issuer-key') === 'passed';
  if (!vouched) expect.soft(report.credential, `${name}: no credential view without a vouched-for proof`).toBeUndefined();
  expect.soft(JSON.parse(JSON.stringify(report)), `${name}: the report is plain JSON`).toEqual(report);
  if (fixture.children) {
    expect.soft(report.children?.map((child) => child.verdict), `${name}: children verdicts`).toEqual(fixture.children);
  }
}

/**
 * The pipeline, top to bottom: input → fetch → parse → checks → verdict → report.
 *
 * @example
 * ```ts
 * const report = await verify(credentialJson, { now: new Date(), trust: [registry] });
 * if (report.verdict === 'verified') show(report.credential);
 * ```
 */
import { CHECKS } from './checks/index.ts';
import type { CheckContext, CheckOutcome, Environment, Facts, NestedVerification } from './checks/check.ts';
import { createDocumentSource, type DocumentSource } from './fetch/documents.ts';
import { resolveOptions, type VerifyOptions } from './options.ts';
import { toCredentialView } from './parse/credential-view.ts';
import type { JsonLimits } from './parse/json.ts';
import { classify, readInput, type ParseOutcome, type ReadInput, type VerifyInput } from './parse/parse-input.ts';
import { problem, type Problem } from './problems.ts';
import { REPORT_VERSION, type CheckResult, type ReportSource, type VerificationReport } from './report.ts';
import { createContextLoader } from './resolve/context-loader.ts';
import { createCanonize } from './suites/canonize.ts';
import { toVerdict } from './verdict/to-verdict.ts';

/** Verifies one input and returns a report. Bad input yields a report with problems, never a throw. */
export async function verify(input: VerifyInput, options: VerifyOptions = {}): Promise<VerificationReport> {
  return run(options, (documents, json) => readInput(input, documents, json));
}

/**
 * The report for an input that could not even be read (a missing file, a closed stream): every
 * check is listed, the verdict is `unverifiable`.
 */
export async function unreadableInputReport(detail: string, source: ReportSource, options: VerifyOptions = {}): Promise<VerificationReport> {
  return run(options, async () => ({ source, parsed: { ok: false, problem: problem('INPUT_UNREADABLE', detail), unreachable: true } }));
}

async function run(options: VerifyOptions, read: (documents: DocumentSource, json: JsonLimits) => Promise<ReadInput>): Promise<VerificationReport> {
  const resolved = resolveOptions(options);
  const documents = createDocumentSource({
    documents: resolved.documents,
    offline: resolved.offline,
    fetch: resolved.fetch,
    policy: resolved.policy,
    limits: resolved.limits,
    json: resolved.json,
    signal: resolved.signal,
  });
  const environment = (depth: number): Environment => ({
    now: resolved.now,
    clockSkewMs: resolved.clockSkewMs,
    documents,
    canonize: createCanonize(createContextLoader(documents), resolved.signal),
    trust: resolved.trust,
    trustProblems: resolved.trustProblems,
    recipient: resolved.recipient,
    challenge: resolved.challenge,
    domain: resolved.domain,
    signal: resolved.signal,
    depth,
    verifyDocument: (document, url) => verifyParsed(classify(document), { kind: 'url', url }, environment(depth + 1)),
  });

  const { source, parsed } = await read(documents, resolved.json);
  if (resolved.sourceName !== undefined) source.name = resolved.sourceName;
  return (await verifyParsed(parsed, source, environment(0))).report;
}

async function verifyParsed(parsed: ParseOutcome, source: ReportSource, env: Environment): Promise<NestedVerification> {
  const started = performance.now();
  const { results, warnings, facts, timings } = await runChecks(parsed, env);
  const children = parsed.ok && parsed.subject.kind === 'presentation'
    ? await Promise.all(embeddedCredentials(parsed.subject.document).map((credential) => verifyParsed(classify(credential), { kind: 'object' }, env)))
    : [];
  const childReports = children.map((child) => child.report);
  const verdict = toVerdict(results, childReports.map((child) => child.verdict));
  const proofPassed = results.some((result) => result.id === 'proof' && result.status === 'passed');

  const report: VerificationReport = {
    reportVersion: REPORT_VERSION,
    verdict,
    checks: results,
    problems: results.filter((r) => r.status === 'failed' || r.status === 'error').flatMap((r) => r.problems ?? []),
    warnings,
    format: parsed.ok ? parsed.subject.format : 'unknown',
    source,
    checkedAt: new Date(env.now).toISOString(),
    timings: { totalMs: round(performance.now() - started), checks: timings },
  };
  if (parsed.ok && parsed.subject.kind === 'credential' && proofPassed) {
    report.credential = toCredentialView(parsed.subject.document, facts.trustedBy);
  }
  if (childReports.length > 0) report.children = childReports;
  return { report, verifiedProofs: facts.verifiedProofs ?? [] };
}

/** Runs every check in order; a check whose requirements did not pass is skipped with the reason. */
async function runChecks(parsed: ParseOutcome, env: Environment) {
  const results: CheckResult[] = [];
  const warnings: Problem[] = [];
  const facts: Facts = {};
  const timings: VerificationReport['timings']['checks'] = {};
  for (const check of CHECKS) {
    const unmet = check.requires.filter((id) => results.find((r) => r.id === id)?.status !== 'passed');
    if (unmet.length > 0) {
      results.push({ id: check.id, status: 'skipped', problems: [problem('REQUIRED_CHECK_NOT_PASSED', `skipped because ${unmet.map((id) => `"${id}"`).join(' and ')} did not pass`)] });
      continue;
    }
    const context: CheckContext = { parsed, env, facts };
    const started = performance.now();
    let outcome: CheckOutcome;
    try {
      outcome = await check.run(context);
    } catch (error) {
      outcome = { status: 'error', problems: [problem('INTERNAL_ERROR', `${check.id}: ${error instanceof Error ? error.message : String(error)}`)] };
    }
    timings[check.id] = round(performance.now() - started);
    const result: CheckResult = { id: check.id, status: outcome.status };
    if (outcome.problems?.length) result.problems = outcome.problems;
    results.push(result);
    warnings.push(...(outcome.warnings ?? []));
    Object.assign(facts, outcome.facts);
  }
  return { results, warnings, facts, timings };
}

/** The credentials a presentation carries (VCDM 2.0 §4.13 `verifiableCredential`). */
function embeddedCredentials(presentation: Record<string, unknown>): unknown[] {
  const value = presentation.verifiableCredential;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

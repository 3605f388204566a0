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
import { createDocumentSource } from './fetch/documents.ts';
import { resolveOptions, type VerifyOptions } from './options.ts';
import { toCredentialView } from './parse/credential-view.ts';
import { toOb2View } from './parse/ob2-view.ts';
import { embeddedCredentials, parseValue, readInput, undecided, type ParseContext, type ParseOutcome, type ParsedSubject, type ReadInput, type VerifyInput } from './parse/parse-input.ts';
import { problem, type Problem } from './problems.ts';
import { REPORT_VERSION, type CheckResult, type CredentialView, type ReportSource, type VerificationReport } from './report.ts';
import { createContextLoader } from './resolve/context-loader.ts';
import { createCanonize } from './suites/canonize.ts';
import { toVerdict } from './verdict/to-verdict.ts';

/** Verifies one input and returns a report. Bad input yields a report with problems, never a throw. */
export async function verify(input: VerifyInput, options: VerifyOptions = {}): Promise<VerificationReport> {
  return run(options, (context) => readInput(input, context));
}

/**
 * The report for an input that could not even be read (a missing file, a closed stream): every
 * check is listed, the verdict is `unverifiable`.
 */
export async function unreadableInputReport(detail: string, source: ReportSource, options: VerifyOptions = {}): Promise<VerificationReport> {
  return run(options, async () => ({ source, parsed: undecided(problem('INPUT_UNREADABLE', detail)) }));
}

async function run(options: VerifyOptions, read: (context: ParseContext) => Promise<ReadInput>): Promise<VerificationReport> {
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
    anchorExplorer: resolved.anchorExplorer,
    euTrustAnchors: resolved.euTrustAnchors,
    depth,
    parse: (value) => parseValue(value, parseContext),
    verifyDocument: async (document, url) => verifyParsed(await parseValue(document, parseContext), { kind: 'url', url }, environment(depth + 1)),
  });
  const parseContext: ParseContext = { documents, limits: resolved.json };

  const { source, parsed } = await read(parseContext);
  if (resolved.sourceName !== undefined) source.name = resolved.sourceName;
  if (parsed.ok && parsed.subject.container) source.container = parsed.subject.container;
  return (await verifyParsed(parsed, source, environment(0), resolved.onCheck)).report;
}

async function verifyParsed(parsed: ParseOutcome, source: ReportSource, env: Environment, onCheck?: (result: CheckResult) => void): Promise<NestedVerification> {
  const started = performance.now();
  const { results, warnings, facts, timings } = await runChecks(parsed, env, onCheck);
  const children = parsed.ok
    ? await Promise.all(embeddedCredentials(parsed.subject).map(async (credential) => verifyParsed(await env.parse(credential), { kind: 'object' }, env)))
    : [];
  const childReports = children.map((child) => child.report);
  const verdict = toVerdict(results, childReports.map((child) => child.verdict));
  // The view shows only what a proof covered and only once the signer is known to be the issuer,
  // and never when the terms' meaning is in doubt: an unpinned or inline context can swap what the
  // signed statements are called (research/security.md §6 A9).
  const vouched = ['proof', 'issuer-key'].every((id) => results.some((result) => result.id === id && result.status === 'passed'))
    && !results.some((result) => result.id === 'context' && (result.status === 'failed' || result.status === 'error'));

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
  if (parsed.ok && parsed.subject.kind === 'credential' && vouched) {
    const view = credentialView(parsed.subject, facts);
    if (view) report.credential = view;
  }
  if (childReports.length > 0) report.children = childReports;
  return { report, verifiedProofs: facts.verifiedProofs ?? [] };
}

/** Runs every check in order; a check whose requirements did not pass is skipped with the reason. */
async function runChecks(parsed: ParseOutcome, env: Environment, onCheck?: (result: CheckResult) => void) {
  const results: CheckResult[] = [];
  const warnings: Problem[] = [];
  const facts: Facts = {};
  const timings: VerificationReport['timings']['checks'] = {};
  for (const check of CHECKS) {
    const unmet = check.requires.filter((id) => results.find((r) => r.id === id)?.status !== 'passed');
    if (unmet.length > 0) {
      const skipped: CheckResult = { id: check.id, status: 'skipped', problems: [problem('REQUIRED_CHECK_NOT_PASSED', `skipped because ${unmet.map((id) => `"${id}"`).join(' and ')} did not pass`)] };
      results.push(skipped);
      onCheck?.(skipped);
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
    if (outcome.status === 'error' && env.signal?.aborted && !outcome.problems?.some((p) => p.code === 'VERIFICATION_ABORTED')) {
      // Whatever the check could not retrieve or finish, the reason is that the caller cancelled.
      outcome = { ...outcome, problems: [problem('VERIFICATION_ABORTED', `${check.id} was cancelled before it could finish`), ...(outcome.problems ?? [])] };
    }
    timings[check.id] = round(performance.now() - started);
    const result: CheckResult = { id: check.id, status: outcome.status };
    if (outcome.problems?.length) result.problems = outcome.problems;
    results.push(result);
    onCheck?.(result);
    warnings.push(...(outcome.warnings ?? []));
    Object.assign(facts, outcome.facts);
  }
  return { results, warnings, facts, timings };
}

/** The display view, from the document the securing mechanism vouched for and nothing else. */
function credentialView(subject: ParsedSubject, facts: Facts): CredentialView | undefined {
  const document = facts.verifiedDocument;
  if (!document) return undefined;
  const { badgeClass, issuer } = facts.ob2 ?? {};
  const view = subject.family === 'vc' ? toCredentialView(document, facts.trustedBy)
    : badgeClass && issuer ? toOb2View(document, badgeClass, issuer, facts.trustedBy)
    : undefined;
  if (view && facts.euProfile) view.euProfile = facts.euProfile;
  return view;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

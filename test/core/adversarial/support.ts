/**
 * What the adversarial suites share: a timed `verify`, the shape every report under attack must
 * still have, and a fetch that records every request the engine makes.
 */
import { expect } from 'vitest';
import { CHECKS } from '../../../components/core/checks/index.ts';
import { verify, type FetchLike, type ProblemCode, type Verdict, type VerificationReport, type VerifyInput, type VerifyOptions } from '../../../components/core/index.ts';

export interface TimedReport {
  report: VerificationReport;
  /** Wall-clock milliseconds `verify` took. */
  ms: number;
  /**
   * How much the heap and array buffers grew during the call, in bytes: a sanity bound only, as
   * the collector runs when it likes.
   */
  grownBytes: number;
}

const memoryInUse = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

/** Verifies `input` and measures how long it took and how much memory it held on to. A throw fails the calling test. */
export async function timedVerify(input: VerifyInput, options: VerifyOptions): Promise<TimedReport> {
  const before = memoryInUse();
  const started = performance.now();
  const report = await verify(input, options);
  return { report, ms: performance.now() - started, grownBytes: memoryInUse() - before };
}

/** Every problem of a report and of its children, as `CODE: detail` lines for failure messages. */
export function explain(report: VerificationReport): string {
  const all = [...report.problems, ...(report.children ?? []).flatMap((child) => child.problems)];
  return all.map((p) => `${p.code}: ${p.detail}`).join('\n') || 'no problems';
}

/** Every problem code of a report and of its children. */
export function codesOf(report: VerificationReport): ProblemCode[] {
  return [...report.problems, ...(report.children ?? []).flatMap((child) => child.problems)].map((p) => p.code);
}

export interface RefusalExpectations {
  /** The verdicts the report may have. Default: `unverifiable` only. */
  verdicts?: readonly Verdict[];
  /**
   * Whether the report may still show the credential: only when its proof and issuer key passed
   * and something later (its status) could not be decided. Default: false.
   */
  vouched?: boolean;
}

/**
 * A report for an input the engine must not vouch for: the verdict is one of the allowed ones
 * (never `verified`), every check is listed, at least one problem says why, nothing is shown as
 * the credential unless its signature was vouched for, and the report is plain JSON.
 */
export function expectRefusedReport(report: VerificationReport, { verdicts = ['unverifiable'], vouched = false }: RefusalExpectations = {}): void {
  expect(verdicts, explain(report)).toContain(report.verdict);
  expect(report.verdict).not.toBe('verified');
  expect(report.checks.map((check) => check.id)).toEqual(CHECKS.map((check) => check.id));
  expect(codesOf(report).length).toBeGreaterThan(0);
  if (!vouched) expect(report.credential).toBeUndefined();
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
}

/** Asserts that some problem detail of the report matches `pattern`. */
export function expectDetail(report: VerificationReport, pattern: RegExp): void {
  expect(explain(report)).toMatch(pattern);
}

/** A fetch that records every URL the engine asks for before handing the request on. */
export interface RecordingFetch {
  fetch: FetchLike;
  /** Every URL asked for, in order. */
  urls: string[];
}

/**
 * Records each request, then passes it to `inner`. Without `inner` every request is refused as
 * a network error would be, so nothing leaves the test.
 */
export function recordingFetch(inner?: FetchLike): RecordingFetch {
  const urls: string[] = [];
  return {
    urls,
    fetch: (url, init) => {
      urls.push(url);
      return inner ? inner(url, init) : Promise.reject(new TypeError(`no network in this test (asked for ${url})`));
    },
  };
}

/** The hosts of recorded URLs that are not the loopback fixture servers. */
export function nonLoopbackHosts(urls: readonly string[]): string[] {
  return urls.map((url) => new URL(url).hostname).filter((host) => host !== 'localhost' && host !== '127.0.0.1');
}

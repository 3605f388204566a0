/**
 * For the named security cases (security.md §6 A–E, test/core/security/*.test.ts): the options
 * every case verifies with, a fetch that records what the engine asked for, and `expectCase`, which
 * verifies an input and holds its report to the case's expectation and to the rules every report
 * keeps (see `expectFixture`). Each case is named by its §6 number, e.g. `C36`.
 *
 * @example
 * ```ts
 * await expectCase('C36', token, LOOPBACK, { verdict: 'invalid', codes: ['PROOF_MALFORMED'], view: false });
 * ```
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { verify, type CheckId, type CheckStatus, type FetchLike, type ProblemCode, type Verdict, type VerificationReport, type VerifyInput, type VerifyOptions } from '../../components/core/index.ts';
import { FixtureServer, loopbackFetch } from './fixture-server.ts';
import { NOW } from './fixtures.ts';
import { expectFixture } from './format-fixture.ts';
import type { JsonObject } from './issue.ts';

/** Fixture servers through `loopbackFetch`, judged at the fixture instant. */
export const LOOPBACK: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };

export interface CaseExpectation {
  verdict: Verdict;
  /** Problem codes the report (or one of its children) must name. */
  codes?: ProblemCode[];
  /** Warning codes the report must carry. */
  warns?: ProblemCode[];
  /** The status of particular checks. */
  checks?: Partial<Record<CheckId, CheckStatus>>;
  /** Whether the report carries a credential view; unchecked when left out. */
  view?: boolean;
}

/** Verifies `input` (`verify` must not throw) and holds the report to `expected`; `name` says which case and variant. */
export async function expectCase(name: string, input: VerifyInput, options: VerifyOptions, expected: CaseExpectation): Promise<VerificationReport> {
  const report = await verify(input, options);
  const { verdict, codes = [], warns, checks = {}, view } = expected;
  expectFixture({ name, expect: verdict, codes, ...(warns ? { warns } : {}) }, report, checks);
  if (view !== undefined) expect.soft(report.credential !== undefined, `${name}: credential view`).toBe(view);
  return report;
}

/**
 * What a test file's cases are given: `count` fixture servers started before its first test (the
 * first is `server`), whatever `setup` makes with them (issuers, served documents), and the servers
 * closed after its last test. The object is filled in by the time the first test runs.
 */
export function fixtureScope<T extends object>(setup: (...servers: FixtureServer[]) => Promise<T>, count = 1): Readonly<{ server: FixtureServer; servers: FixtureServer[] } & T> {
  const scope = { servers: [] as FixtureServer[] } as { server: FixtureServer; servers: FixtureServer[] } & T;
  beforeAll(async () => {
    const servers = await Promise.all(Array.from({ length: count }, () => FixtureServer.start()));
    Object.assign(scope, { server: servers[0], servers });
    Object.assign(scope, await setup(...servers));
  });
  afterAll(async () => {
    await Promise.all(scope.servers.map((server) => server.close()));
  });
  return scope;
}

/** A fetch that appends every URL it is asked for to `asked`, then fetches it with `base`. */
export function recordingFetch(base: FetchLike = loopbackFetch): { fetch: FetchLike; asked: string[] } {
  const asked: string[] = [];
  return { asked, fetch: (input, init) => (asked.push(input), base(input, init)) };
}

/** A copy of `document` with the value at `path` replaced. */
export function withValueAt(document: JsonObject, path: readonly (string | number)[], value: unknown): JsonObject {
  const copy = structuredClone(document);
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], copy) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}

/** A copy of `document` without the properties named. */
export function without(document: JsonObject, ...properties: string[]): JsonObject {
  return Object.fromEntries(Object.entries(document).filter(([key]) => !properties.includes(key)));
}

/**
 * The `mc-verify` command, run as a child process exactly as users and outside checks run it
 * (ARCHITECTURE.md, "CLI contract"): JSON Lines with --json, one human line per input without it,
 * exit status 0 / 1 / 2 / 64, `-` for standard input, and a report (never a stack trace) for a bad
 * input. Inputs come from the shared corpus; temporary files live under os.tmpdir().
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../../components/core/index.ts';
import { CORPUS, CORPUS_NOW } from '../../support/corpus.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'components/core/bin/mc-verify.js');
const MAP = join(CORPUS, 'url-map.json');
const VALID = join(CORPUS, 'dcc-verifier-core/v2-valid-status.json');
const REVOKED = join(CORPUS, 'dcc-verifier-core/v2-revoked.json');
const STATUS_LIST_URL = 'https://raw.githubusercontent.com/digitalcredentials/verifier-core/refs/heads/main/src/test-fixtures/status/e5WK8CbZ1GjycuPombrj';
/** Judged at the corpus instant, with only the corpus documents. */
const CORPUS_ARGS = ['--offline', '--now', CORPUS_NOW, '--documents', MAP];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node components/core/bin/mc-verify.js ARGS` from the repository root. */
function mcVerify(args: readonly string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** stdout as JSON Lines: one JSON object per line, each line ending in a newline. */
function jsonLines(run: Run): VerificationReport[] {
  expect(run.stdout.endsWith('\n'), `stdout ends with a newline: ${JSON.stringify(run.stdout.slice(-80))}`).toBe(true);
  const lines = run.stdout.slice(0, -1).split('\n');
  return lines.map((line) => {
    const value = JSON.parse(line) as unknown;
    expect(typeof value === 'object' && value !== null && !Array.isArray(value)).toBe(true);
    return value as VerificationReport;
  });
}

/** stdout as human lines, one per input. */
function humanLines(run: Run): string[] {
  expect(run.stdout.endsWith('\n')).toBe(true);
  return run.stdout.slice(0, -1).split('\n');
}

function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
  expect(run.stdout).not.toMatch(/\n\s+at [^\n]+:\d+:\d+/);
}

function expectReportShape(report: VerificationReport): void {
  expect(report.reportVersion).toBe(1);
  expect(typeof report.verdict).toBe('string');
  expect(Array.isArray(report.checks)).toBe(true);
  expect(report.checks[0]?.id).toBe('parse');
  for (const check of report.checks) expect(['passed', 'failed', 'skipped', 'error']).toContain(check.status);
}

let temp: string;
/** A documents map with every corpus document except the status list the valid credential uses. */
let mapWithoutStatusList: string;
let trustList: string;
let issuerId: string;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'mc-verify-cli-'));
  const map = JSON.parse(readFileSync(MAP, 'utf8')) as Record<string, string>;
  const absolute: Record<string, string> = {};
  for (const [key, file] of Object.entries(map)) if (key !== STATUS_LIST_URL) absolute[key] = join(CORPUS, file);
  mapWithoutStatusList = join(temp, 'no-status-list.json');
  writeFileSync(mapWithoutStatusList, JSON.stringify(absolute));

  const credential = JSON.parse(readFileSync(VALID, 'utf8')) as { issuer: { id: string } };
  issuerId = credential.issuer.id;
  trustList = join(temp, 'partners.json');
  writeFileSync(
    trustList,
    JSON.stringify({
      type: 'McVerifyTrustList',
      name: 'Partner Institutions Test List',
      source: 'https://trust.example.org/partners.json',
      issuers: { [issuerId]: { name: 'Example Corp (as listed)', homepage: 'https://example.org' } },
    }),
  );
});

afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

describe('mc-verify --json', () => {
  it('prints exactly one JSON report on one line and exits 0 when the credential is verified', async () => {
    const run = await mcVerify(['--json', ...CORPUS_ARGS, VALID]);
    expect(run.code).toBe(0);
    const reports = jsonLines(run);
    expect(reports).toHaveLength(1);
    expectReportShape(reports[0]!);
    expect(reports[0]!.verdict).toBe('verified');
    expect(reports[0]!.checks.every((check) => check.status === 'passed' || check.status === 'skipped')).toBe(true);
    expect(reports[0]!.checkedAt).toBe(new Date(CORPUS_NOW).toISOString());
  });

  it('prints one line per input, in input order, and exits 1 when one is revoked', async () => {
    const run = await mcVerify(['--json', ...CORPUS_ARGS, VALID, REVOKED]);
    expect(run.code).toBe(1);
    const reports = jsonLines(run);
    expect(reports.map((report) => report.verdict)).toEqual(['verified', 'revoked']);
    for (const report of reports) expectReportShape(report);
    expect(reports[1]!.problems.map((found) => found.code)).toContain('CREDENTIAL_REVOKED');
  });

  it('exits 2 when a status list is not among the offline documents, reporting the credential unverifiable', async () => {
    const run = await mcVerify(['--json', '--offline', '--now', CORPUS_NOW, '--documents', mapWithoutStatusList, VALID]);
    expect(run.code).toBe(2);
    const [report] = jsonLines(run);
    expect(report!.verdict).toBe('unverifiable');
    expect(report!.checks.find((check) => check.id === 'status')?.status).toBe('error');
  });

  it('exits 2 when one input is verified and another is unverifiable', async () => {
    const run = await mcVerify(['--json', '--offline', '--now', CORPUS_NOW, '--documents', mapWithoutStatusList, join(CORPUS, 'dcc-verifier-core/v2-no-status.json'), VALID]);
    expect(run.code).toBe(2);
    expect(jsonLines(run).map((report) => report.verdict)).toEqual(['verified', 'unverifiable']);
  });

  it('exits 1 when one input is unverifiable and another is revoked (the worse one wins)', async () => {
    const missing = join(temp, 'does-not-exist.json');
    const run = await mcVerify(['--json', ...CORPUS_ARGS, missing, REVOKED]);
    expect(run.code).toBe(1);
    expect(jsonLines(run).map((report) => report.verdict)).toEqual(['unverifiable', 'revoked']);
  });

  it('resolves the paths in the documents map relative to the map file, not the working directory', async () => {
    const run = await mcVerify(['--json', ...CORPUS_ARGS, VALID], { cwd: temp });
    expect(run.code).toBe(0);
    expect(jsonLines(run)[0]!.verdict).toBe('verified');
  });
});

describe('mc-verify with bad inputs', () => {
  it('reports a missing file as unverifiable (INPUT_UNREADABLE) with exit 2, not a stack trace', async () => {
    const missing = join(temp, 'no-such-credential.json');
    const run = await mcVerify(['--json', ...CORPUS_ARGS, missing]);
    expect(run.code).toBe(2);
    expectNoStackTrace(run);
    const [report] = jsonLines(run);
    expectReportShape(report!);
    expect(report!.verdict).toBe('unverifiable');
    expect(report!.problems[0]?.code).toBe('INPUT_UNREADABLE');
    expect(report!.problems[0]?.detail).toContain(missing);
  });

  it('reports a missing file in human output with a line, not a stack trace', async () => {
    const missing = join(temp, 'no-such-credential.json');
    const run = await mcVerify([...CORPUS_ARGS, missing]);
    expect(run.code).toBe(2);
    expectNoStackTrace(run);
    const lines = humanLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(missing);
    expect(lines[0]).toContain('INPUT_UNREADABLE');
  });

  it('reports a directory given as input as unverifiable with exit 2', async () => {
    const run = await mcVerify(['--json', ...CORPUS_ARGS, temp]);
    expect(run.code).toBe(2);
    expectNoStackTrace(run);
    expect(jsonLines(run)[0]!.problems[0]?.code).toBe('INPUT_UNREADABLE');
  });

  it('reports a file that is not a credential as invalid with exit 1', async () => {
    const notes = join(temp, 'notes.txt');
    writeFileSync(notes, 'Dear recruiter, please trust me.\n');
    const run = await mcVerify(['--json', ...CORPUS_ARGS, notes]);
    expect(run.code).toBe(1);
    expectNoStackTrace(run);
    const [report] = jsonLines(run);
    expect(report!.verdict).toBe('invalid');
    expect(report!.checks[0]).toMatchObject({ id: 'parse', status: 'failed' });
  });

  it('reports a URL the fetch policy refuses as unverifiable (FETCH_REFUSED) with exit 2', async () => {
    const run = await mcVerify(['--json', 'http://192.168.1.1/credential.json']);
    expect(run.code).toBe(2);
    const [report] = jsonLines(run);
    expect(report!.verdict).toBe('unverifiable');
    expect(report!.problems[0]?.code).toBe('FETCH_REFUSED');
  });
});

describe('mc-verify reading standard input', () => {
  it('verifies the credential piped to "-" and exits 0', async () => {
    const run = await mcVerify(['--json', ...CORPUS_ARGS, '-'], { stdin: readFileSync(VALID) });
    expect(run.code).toBe(0);
    const [report] = jsonLines(run);
    expect(report!.verdict).toBe('verified');
    expect(report!.source.name).toBe('standard input');
  });

  it('reports an empty standard input as invalid (INPUT_EMPTY) with exit 1', async () => {
    const run = await mcVerify(['--json', ...CORPUS_ARGS, '-'], { stdin: '' });
    expect(run.code).toBe(1);
    expect(jsonLines(run)[0]!.problems[0]?.code).toBe('INPUT_EMPTY');
  });
});

describe('mc-verify human output', () => {
  it('prints one line per input with the verdict, the input and, when not verified, the first problem', async () => {
    const run = await mcVerify([...CORPUS_ARGS, VALID, REVOKED]);
    expect(run.code).toBe(1);
    const lines = humanLines(run);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/verified/);
    expect(lines[0]).toContain(VALID);
    expect(lines[1]).toMatch(/REVOKED/);
    expect(lines[1]).toContain(REVOKED);
    expect(lines[1]).toContain('CREDENTIAL_REVOKED');
    expect(lines[1]).toContain('The issuer has revoked the credential');
  });

  it('says on the line of an unverifiable credential why it could not be verified', async () => {
    const run = await mcVerify(['--offline', '--now', CORPUS_NOW, '--documents', mapWithoutStatusList, VALID]);
    expect(run.code).toBe(2);
    const lines = humanLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not verify/);
    expect(lines[0]).toContain('STATUS_LIST_UNREACHABLE');
  });

  it('says that the issuer identity is not confirmed when no trust list is given', async () => {
    const run = await mcVerify([...CORPUS_ARGS, VALID]);
    expect(run.code).toBe(0);
    expect(humanLines(run)[0]).toContain('not confirmed by a trust list');
  });
});

describe('mc-verify --trust', () => {
  it('passes the issuer-trust check when the trust list names the issuer', async () => {
    const run = await mcVerify(['--json', ...CORPUS_ARGS, '--trust', trustList, VALID]);
    expect(run.code).toBe(0);
    const [report] = jsonLines(run);
    expect(report!.verdict).toBe('verified');
    expect(report!.checks.find((check) => check.id === 'issuer-trust')?.status).toBe('passed');
    expect(report!.credential?.issuer.trustedBy).toMatchObject({ list: 'Partner Institutions Test List', name: 'Example Corp (as listed)' });
  });

  it('mentions the trust list that vouches for the issuer on the human line', async () => {
    const run = await mcVerify([...CORPUS_ARGS, '--trust', trustList, VALID]);
    expect(run.code).toBe(0);
    const [line] = humanLines(run);
    expect(line).toContain('Partner Institutions Test List');
    expect(line).toContain('Example Corp (as listed)');
  });

  it('fails the issuer-trust check, without changing the verdict, when the list does not name the issuer', async () => {
    const other = join(temp, 'other-list.json');
    writeFileSync(other, JSON.stringify({ type: 'McVerifyTrustList', name: 'Other list', issuers: { 'did:web:other.example.org': { name: 'Other' } } }));
    const run = await mcVerify(['--json', ...CORPUS_ARGS, '--trust', other, VALID]);
    expect(run.code).toBe(0);
    const [report] = jsonLines(run);
    expect(report!.verdict).toBe('verified');
    expect(report!.checks.find((check) => check.id === 'issuer-trust')?.status).toBe('failed');
  });
});

describe('mc-verify usage errors', () => {
  it.each([
    ['no INPUT is given', [] as string[]],
    ['only options and no INPUT are given', ['--json', '--offline']],
    ['an unknown option is given', ['--frobnicate', VALID]],
    ['--now is not a date', ['--now', 'yesterday', VALID]],
    ['--now has no value', [VALID, '--now']],
    ['--documents names a file that does not exist', ['--documents', '/nonexistent/mc-verify-map.json', VALID]],
    ['--trust names a file that does not exist', ['--trust', '/nonexistent/mc-verify-trust.json', VALID]],
  ])('exits 64 with a message on standard error when %s', async (_what, args) => {
    const run = await mcVerify(args);
    expect(run.code).toBe(64);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/mc-verify: /);
    expect(run.stderr).toContain('Usage: mc-verify');
    expectNoStackTrace(run);
  });

  it('exits 64 when the documents map names a file that does not exist', async () => {
    const map = join(temp, 'broken-map.json');
    writeFileSync(map, JSON.stringify({ 'https://issuer.example.org/status/1': 'missing-status-list.json' }));
    const run = await mcVerify(['--documents', map, VALID]);
    expect(run.code).toBe(64);
    expect(run.stderr).toContain('missing-status-list.json');
    expectNoStackTrace(run);
  });

  it.each([['March 5'], ['1'], ['12/01/2026']])('exits 64 when --now is %j, which is not an ISO 8601 date', async (value) => {
    const run = await mcVerify(['--now', value, ...['--offline', '--documents', MAP], VALID]);
    expect(run.code).toBe(64);
    expect(run.stdout).toBe('');
  });
});

describe('mc-verify --help and --version', () => {
  it('prints the usage and exits 0 with --help', async () => {
    const run = await mcVerify(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: mc-verify');
    expect(run.stdout).toContain('--json');
  });

  it('prints the package version and exits 0 with --version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await mcVerify(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });
});

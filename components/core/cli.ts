/**
 * The `mc-verify` command.
 *
 *     mc-verify [--json] [--now ISO] [--offline] [--documents MAP.json] [--trust FILE] INPUT...
 *
 * INPUT is a file path, a URL, or `-` for standard input. Exit status: 0 all verified; 1 some not
 * verified (invalid, expired, revoked, ...); 2 some could not be verified and none worse; 64 usage.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { VerifyOptions } from './options.ts';
import { parseDate } from './parse/dates.ts';
import { isObject } from './parse/json.ts';
import type { Verdict, VerificationReport } from './report.ts';
import { mostSevere } from './verdict/to-verdict.ts';
import { unreadableInputReport, verify } from './verify.ts';

export const EXIT = { verified: 0, notVerified: 1, unverifiable: 2, usage: 64 } as const;

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  readStdin(): Promise<Uint8Array>;
  fetch?: VerifyOptions['fetch'];
}

const USAGE = `Usage: mc-verify [--json] [--now ISO] [--offline] [--documents MAP.json] [--trust FILE] INPUT...

Verifies digital credentials (W3C Verifiable Credentials, Open Badges) and prints one verdict per input.

  INPUT               a file, a URL, or - for standard input
  --json              print one JSON report per input (JSON Lines)
  --now ISO           judge validity at this instant instead of now
  --offline           fetch nothing; use only --documents
  --documents FILE    JSON object mapping URLs and DIDs to files (paths relative to FILE)
  --trust FILE        a trust list of issuers (mc-verify or DCC registry format); repeatable
  --help, --version

Exit status: 0 all verified, 1 some not verified, 2 some could not be verified, 64 usage error.`;

class UsageError extends Error {}

interface Arguments {
  json: boolean;
  offline: boolean;
  now?: string;
  documents?: string;
  trust: string[];
  inputs: string[];
}

function parseArguments(argv: readonly string[]): Arguments | 'help' | 'version' {
  const args: Arguments = { json: false, offline: false, trust: [], inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined || (next.startsWith('--') && next !== '-')) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--version') return 'version';
    if (arg === '--json') args.json = true;
    else if (arg === '--offline') args.offline = true;
    else if (arg === '--now') args.now = value();
    else if (arg === '--documents') args.documents = value();
    else if (arg === '--trust') args.trust.push(value());
    else if (arg === '--') {
      args.inputs.push(...argv.slice(i + 1));
      break;
    }    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.inputs.push(arg);
  }
  if (args.inputs.length === 0) throw new UsageError('no INPUT given');
  if (args.now !== undefined && parseDate(args.now, 2) === null && parseDate(`${args.now}T00:00:00Z`, 2) === null) {
    throw new UsageError(`--now ${args.now} is not an ISO 8601 date, such as 2026-11-23 or 2026-11-23T09:30:00Z`);
  }
  return args;
}

/** Runs the command; returns the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ReturnType<typeof parseArguments>;
  let options: VerifyOptions;
  try {
    args = parseArguments(argv);
    if (args === 'help') {
      io.stdout(USAGE);
      return EXIT.verified;
    }
    if (args === 'version') {
      io.stdout(await packageVersion());
      return EXIT.verified;
    }
    options = {
      offline: args.offline,
      ...(args.now !== undefined ? { now: args.now } : {}),
      ...(args.documents !== undefined ? { documents: await loadDocumentMap(args.documents) } : {}),
      ...(args.trust.length > 0 ? { trust: await Promise.all(args.trust.map(loadTrustList)) } : {}),
      ...(io.fetch ? { fetch: io.fetch } : {}),
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`mc-verify: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }

  const verdicts: Verdict[] = [];
  for (const input of args.inputs) {
    const report = await verifyInput(input, options, io);
    verdicts.push(report.verdict);
    io.stdout(args.json ? JSON.stringify(report) : describe(input, report));
  }
  return exitStatus(verdicts);
}

async function verifyInput(input: string, options: VerifyOptions, io: CliIo): Promise<VerificationReport> {
  if (/^https?:\/\//i.test(input)) return verify(input, options);
  const name = input === '-' ? 'standard input' : input;
  let bytes: Uint8Array;
  try {
    bytes = input === '-' ? await io.readStdin() : new Uint8Array(await readFile(input));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message : String(error);
    return unreadableInputReport(`${name} could not be read (${reason})`, { kind: 'bytes', name }, options);
  }
  return verify(bytes, { ...options, sourceName: name });
}

export function exitStatus(verdicts: readonly Verdict[]): number {
  const worst = mostSevere(verdicts);
  return worst === 'verified' ? EXIT.verified : worst === 'unverifiable' ? EXIT.unverifiable : EXIT.notVerified;
}

const LABELS: Record<Verdict, string> = {
  verified: '✔ verified',
  invalid: '✘ INVALID',
  expired: '✘ expired',
  'not-yet-valid': '✘ not yet valid',
  revoked: '✘ REVOKED',
  suspended: '✘ suspended',
  unverifiable: '? could not verify',
};

/** One line a recruiter can read: the verdict, the input, and what it is or what went wrong. */
export function describe(input: string, report: VerificationReport): string {
  const head = `${LABELS[report.verdict]}  ${input}`;
  if (report.verdict === 'verified') {
    const view = report.credential;
    const name = plain(view?.name) ?? plain(view?.achievement?.name);
    const issuer = view?.issuer.trustedBy?.name ?? plain(view?.issuer.name) ?? view?.issuer.id;
    const vouched = view?.issuer.trustedBy ? ` (vouched for by ${view.issuer.trustedBy.list})` : ' (issuer identity not confirmed by a trust list)';
    const children = report.children ? `presentation of ${report.children.length} credential(s)` : undefined;
    return `${head} — ${children ?? `${name ? `“${name}” ` : ''}issued by ${issuer}${vouched}`}${completenessLine(report)}`;
  }
  const first = report.problems[0] ?? report.children?.flatMap((child) => child.problems)[0];
  return first ? `${head} — ${first.title}: ${shorten(first.detail, 200)} [${first.code}]` : head;
}

/** The EU micro-credential completeness, for credentials that present themselves as one. */
function completenessLine(report: VerificationReport): string {
  const profile = report.credential?.euProfile;
  if (!profile) return '';
  const { mandatoryPresent, mandatoryTotal, missing } = profile.completeness;
  const named = missing.length > 0 ? ` (missing: ${missing.map((id) => id.replace(/-/g, ' ')).join(', ')})` : '';
  return ` · EU micro-credential: ${mandatoryPresent} of ${mandatoryTotal} mandatory elements stated${named}`;
}

function plain(text: unknown): string | undefined {
  if (typeof text === 'string') return text;
  if (isObject(text)) return (text.en ?? Object.values(text)[0]) as string | undefined;
  return undefined;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

async function loadDocumentMap(path: string): Promise<Map<string, unknown>> {
  const map = await readJson(path, '--documents');
  if (!isObject(map)) throw new UsageError(`--documents ${path} must be a JSON object mapping URLs to files`);
  const documents = new Map<string, unknown>();
  await Promise.all(
    Object.entries(map).map(async ([key, file]) => {
      if (typeof file !== 'string') throw new UsageError(`--documents ${path}: ${key} must map to a file path`);
      const location = resolve(dirname(path), file);
      let bytes: Buffer;
      try {
        bytes = await readFile(location);
      } catch {
        throw new UsageError(`--documents ${path}: ${location} (for ${key}) cannot be read`);
      }
      try {
        documents.set(key, JSON.parse(bytes.toString('utf8')));
      } catch {
        documents.set(key, new Uint8Array(bytes));
      }
    }),
  );
  return documents;
}

async function loadTrustList(path: string): Promise<unknown> {
  const document = await readJson(path, '--trust');
  return isObject(document) && typeof document.name === 'string' ? document : { name: basename(path), document };
}

async function readJson(path: string, option: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`${option} ${path} cannot be read`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UsageError(`${option} ${path} is not valid JSON`);
  }
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

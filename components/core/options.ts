/**
 * Verification options and their defaults. Everything from the outside world — the network, the
 * clock, preloaded documents, trust lists, cancellation — comes in here.
 */
import type { FetchLike, FetchLimits } from './fetch/fetch-bytes.ts';
import type { PreloadedDocument } from './fetch/documents.ts';
import type { UrlPolicy } from './fetch/url-policy.ts';
import { DEFAULT_JSON_LIMITS, type JsonLimits } from './parse/json.ts';
import { readTrustList, type TrustList } from './parse/trust-list.ts';
import { quote, type Problem } from './problems.ts';
import type { CheckResult } from './report.ts';
import type { AnchorExplorer } from './suites/merkle-proof-2019.ts';
import type { TrustAnchor, TrustSnapshot } from './resolve/eu-trust-anchors.ts';

export interface VerifyOptions {
  /** The fetch to retrieve documents with. Default: the global `fetch`. */
  fetch?: FetchLike;
  /** The instant to judge validity at. Default: the current time. */
  now?: Date | string | number;
  /** Tolerance for clocks that disagree, in seconds. Default: 300. */
  clockSkewSeconds?: number;
  /**
   * Preloaded documents by URL or DID: DID documents, status lists, issuer profiles, extra JSON-LD
   * contexts. Values are parsed JSON, or text / bytes as a server would send them.
   */
  documents?: ReadonlyMap<string, PreloadedDocument> | Readonly<Record<string, PreloadedDocument>>;
  /** Retrieve nothing from the network; only `documents` are available. Default: false. */
  offline?: boolean;
  /**
   * Trust lists, as parsed JSON (mc-verify's own format or a DCC issuer registry). Each may carry a
   * `name`; `{ name, document }` names one that does not.
   */
  trust?: readonly (unknown | { name: string; document: unknown })[];
  /** An email address or URL the viewer knows the recipient by. */
  recipient?: string;
  /** The challenge and domain a presentation must have been signed for. */
  challenge?: string;
  domain?: string;
  /** Cancels the verification. */
  signal?: AbortSignal;
  /** Time limit for each retrieval, in milliseconds. Default: 10000. */
  timeoutMs?: number;
  /** Size limit for the input and each retrieved document, in bytes. Default: 5 MiB. */
  maxBytes?: number;
  /** Let the URL policy allow loopback hosts, for local fixture servers. Default: false. */
  allowLoopback?: boolean;
  /** A name for the input in the report, such as a file path. */
  sourceName?: string;
  /**
   * Looks up the blockchain transaction a Blockcerts proof is anchored in. Without one, anchored
   * proofs are checked up to their Merkle root and the verdict is `unverifiable`.
   */
  anchorExplorer?: AnchorExplorer;
  /**
   * EU trust anchors (qualified e-seal CAs) for Europass credentials, replacing the bundled
   * snapshot. See resolve/eu-trust-anchors.ts for the format.
   */
  euTrustAnchors?: TrustSnapshot | readonly TrustAnchor[];
  /** Called with each check's result as the input's checks finish, for progress displays. */
  onCheck?: (result: CheckResult) => void;
}

export interface ResolvedOptions {
  fetch: FetchLike;
  now: number;
  clockSkewMs: number;
  documents: ReadonlyMap<string, PreloadedDocument>;
  offline: boolean;
  trust: TrustList[];
  trustProblems: Problem[];
  recipient: string | undefined;
  challenge: string | undefined;
  domain: string | undefined;
  signal: AbortSignal | undefined;
  limits: FetchLimits;
  json: JsonLimits;
  policy: UrlPolicy;
  sourceName: string | undefined;
  anchorExplorer: AnchorExplorer | undefined;
  euTrustAnchors: TrustSnapshot | readonly TrustAnchor[] | undefined;
  onCheck: ((result: CheckResult) => void) | undefined;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_CLOCK_SKEW_SECONDS = 300;

export function resolveOptions(options: VerifyOptions): ResolvedOptions {
  const maxBytes = options.maxBytes ?? DEFAULT_JSON_LIMITS.maxBytes;
  const trust: TrustList[] = [];
  const trustProblems: Problem[] = [];
  for (const [i, entry] of (options.trust ?? []).entries()) {
    const named = isNamed(entry);
    const outcome = readTrustList(named ? entry.document : entry, named ? entry.name : `trust list ${i + 1}`);
    if (outcome.ok) trust.push(named ? { ...outcome.list, name: entry.name } : outcome.list);
    else trustProblems.push(outcome.problem);
  }
  const documents = options.documents instanceof Map ? options.documents : new Map(Object.entries(options.documents ?? {}));
  return {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    now: toInstant(options.now),
    clockSkewMs: (options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS) * 1000,
    documents,
    offline: options.offline ?? false,
    trust,
    trustProblems,
    recipient: options.recipient,
    challenge: options.challenge,
    domain: options.domain,
    signal: options.signal,
    limits: { timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes, maxRedirects: 3 },
    json: { ...DEFAULT_JSON_LIMITS, maxBytes },
    policy: { allowLoopback: options.allowLoopback ?? false },
    sourceName: options.sourceName,
    anchorExplorer: options.anchorExplorer,
    euTrustAnchors: options.euTrustAnchors,
    onCheck: options.onCheck,
  };
}

/** Reads `now`; an unreadable value is a caller's programming error, reported as one. */
function toInstant(now: VerifyOptions['now']): number {
  if (now === undefined) return Date.now();
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (Number.isNaN(ms)) throw new TypeError(`options.now ${quote(now)} is not a date`);
  return ms;
}

function isNamed(entry: unknown): entry is { name: string; document: unknown } {
  return typeof entry === 'object' && entry !== null && 'document' in entry && typeof (entry as { name?: unknown }).name === 'string';
}


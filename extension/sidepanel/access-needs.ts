/**
 * Which sites a credential could not be checked without: when retrieving the credential, its
 * issuer's keys or its status list failed, the https origins named in those problems (a did:web
 * names its host). The panel asks the user to allow them (optional host permissions, requested
 * from extension UI only, research/security.md §3.1) and then checks again.
 */
import type { EntryState } from '../messaging/protocol.ts';

/** Problems that a missing host permission can cause (the fetch fails without CORS). */
const NETWORK_PROBLEMS = new Set(['FETCH_FAILED', 'FETCH_HTTP_ERROR', 'VERIFICATION_METHOD_UNRESOLVABLE', 'STATUS_LIST_UNREACHABLE', 'HOSTED_COPY_UNRETRIEVABLE', 'BADGE_UNRESOLVABLE']);

export function originsNeeded(entry: EntryState): string[] {
  const report = entry.checked?.report;
  if (!report || report.verdict !== 'unverifiable') return [];
  const problems = [...report.problems, ...report.warnings].filter((problem) => NETWORK_PROBLEMS.has(problem.code));
  if (problems.length === 0) return [];
  const origins = new Set<string>();
  const source = report.source.url ?? (entry.checked?.input.kind === 'qr-text' ? undefined : entry.checked?.input.url);
  for (const text of [source ?? '', ...problems.map((problem) => problem.detail)]) {
    for (const [url] of text.matchAll(/https:\/\/[^\s"'“”<>)]+/g)) addOrigin(origins, url);
    for (const [, host] of text.matchAll(/did:web:([A-Za-z0-9.%-]+)/g)) addOrigin(origins, `https://${decodeURIComponent(host ?? '')}/`);
  }
  return [...origins];
}

function addOrigin(origins: Set<string>, url: string): void {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:' && parsed.hostname.includes('.')) origins.add(parsed.origin);
  } catch {
    // not a URL after all
  }
}

/** The permission pattern for an origin's pages. */
export const originPattern = (origin: string): string => `${origin}/*`;

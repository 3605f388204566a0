/**
 * Open Badges 2.0 hosted assertions (OB 2.0 §HostedBadge). The assertion is authentic because the
 * issuer serves it: the copy given is only used to find its `id`, the copy retrieved from there is
 * what is judged and shown, and that URL must lie where the issuer allows (its verification scope).
 * HTTP 410 Gone from the issuer means the assertion was revoked (§"Revoking Hosted Assertions").
 */
import { errored, failed, passed, type CheckContext, type CheckOutcome } from '../checks/check.ts';
import { isObject } from '../parse/json.ts';
import { isOb2Assertion } from '../parse/ob2.ts';
import type { ParsedSubject } from '../parse/parse-input.ts';
import { problem, quote, type Problem } from '../problems.ts';
import { canonicalJson } from './jcs.ts';
import { followBadge } from './ob2-graph.ts';

export async function verifyHostedAssertion(ctx: CheckContext, subject: ParsedSubject): Promise<CheckOutcome> {
  const given = subject.document;
  const id = given.id;
  if (typeof id !== 'string' || !/^https?:\/\//i.test(id)) {
    return failed(problem('PROOF_MALFORMED', `a hosted assertion is verified by retrieving its id, but id is ${quote(id)}`));
  }
  const documents = ctx.env.documents;
  const fetched = await documents.json(id);
  if (!fetched.ok) {
    if (fetched.status === 410) {
      // The scope of the URL that answered Gone is judged by issuer-key from the copy given.
      const graph = await followBadge(given, documents);
      if ('code' in graph) return errored(graph);
      return passed({ facts: { ob2: { ...graph, gone: true } } });
    }
    return errored(problem('HOSTED_COPY_UNRETRIEVABLE', `the issuer's copy at ${quote(id)} could not be retrieved: ${fetched.problem.detail}`));
  }
  const hosted = fetched.document;
  if (!isObject(hosted) || !isOb2Assertion(hosted) || hosted.id !== id) {
    return failed(problem('HOSTED_ID_MISMATCH', `the document at ${quote(id)} is not that assertion (its id is ${quote(isObject(hosted) ? hosted.id : hosted)})`));
  }
  const warnings: Problem[] = [];
  if (canonicalJson(hosted) !== canonicalJson(given)) {
    warnings.push(problem('HOSTED_COPY_DIFFERS', `the assertion given differs from the copy the issuer serves at ${quote(id)}; the issuer's copy is used`));
  }
  const graph = await followBadge(hosted, documents);
  if ('code' in graph) return errored(graph);
  return passed({ facts: { verifiedDocument: hosted, ob2: graph }, warnings });
}

/**
 * The verification scope (OB 2.0 §VerificationObject): by default the assertion must be hosted at
 * its issuer's origin; an issuer may widen that with `allowedOrigins` (host names) or narrow it
 * with `startsWith` (URL prefixes). A prefix must also keep the origin, so that
 * `https://example.org` does not admit `https://example.org.evil.test/`.
 */
export function checkHostedScope(ctx: CheckContext, subject: ParsedSubject): CheckOutcome {
  const issuer = ctx.facts.ob2?.issuer;
  const id = String(subject.document.id);
  if (!issuer) return errored(problem('BADGE_UNRESOLVABLE', 'the issuer profile was not retrieved'));
  const policy = isObject(issuer.verification) ? issuer.verification : {};
  const list = (value: unknown): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter((v): v is string => typeof v === 'string');
  const prefixes = list(policy.startsWith);
  const hosts = list(policy.allowedOrigins);
  let allowed: boolean;
  let rule: string;
  if (prefixes.length > 0) {
    allowed = prefixes.some((prefix) => id.startsWith(prefix) && originOf(prefix) === originOf(id));
    rule = `start with ${prefixes.map((p) => quote(p)).join(' or ')}`;
  } else if (hosts.length > 0) {
    allowed = hosts.includes(hostOf(id) ?? '');
    rule = `be hosted on ${hosts.map((h) => quote(h)).join(' or ')}`;
  } else {
    allowed = originOf(id) !== null && originOf(id) === originOf(String(issuer.id));
    rule = `share the issuer's origin ${quote(originOf(String(issuer.id)))}`;
  }
  return allowed ? passed() : failed(problem('OUTSIDE_VERIFICATION_SCOPE', `the assertion ${quote(id)} must ${rule}`));
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed.origin;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * Accredible: credential.net and its subdomains, *.accredible.com (e.g. google.accredible.com).
 * Credential pages map to the unauthenticated credential-net API, whose record names the OB 2.0
 * assertion in `badge_assertion_url` (research/links.md §1, Accredible row; accredible/api-documentation
 * openapi.json). White-label domains are in accredible-white-label.ts.
 */
import { isObject } from '../../parse/json.ts';
import { problem, quote } from '../../problems.ts';
import type { UnwrapOutcome } from '../link.ts';
import { endpoint, platformPage, routedRule, type Route } from '../rule.ts';

/** Accredible credential ids: a UUID or a number. */
export const ACCREDIBLE_ID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+)';

export function credentialNetRecord(id: string) {
  return endpoint('accredible', `https://api.accredible.com/v1/credential-net/credentials/${id.toLowerCase()}`, {
    format: 'platform-json',
    unwrap: 'accredible',
  });
}

const routes: Route[] = [
  { path: new RegExp(`^/${ACCREDIBLE_ID}/?$`, 'i'), resolve: credentialNetRecord },
  { path: new RegExp(`^/v1/credential-net/credentials/${ACCREDIBLE_ID}/?$`, 'i'), resolve: credentialNetRecord },
  {
    path: /^\/v1\/obi\/badge_assertions\/([A-Za-z0-9_-]+)\/?$/,
    resolve: (id) => endpoint('accredible', `https://api.accredible.com/v1/obi/badge_assertions/${id}`, { format: 'ob2-hosted' }),
  },
  {
    path: /^\/profile\/([^/]+)\/wallet\/?$/i,
    resolve: (_slug, url) => platformPage('accredible', 'Accredible', 'wallet', url, "wallet (a person's list of credentials)"),
  },
];

export const accredible = routedRule({
  platform: 'accredible',
  name: 'Accredible',
  host: /^(?:[a-z0-9-]+\.)*(?:credential\.net|accredible\.com)$/,
  routes,
});

/** credential-net record → its OB 2.0 assertion. Without one, the record is only the platform's own statement. */
export function unwrapAccredible(body: unknown): UnwrapOutcome {
  const data = isObject(body) ? body.data : undefined;
  if (!isObject(data)) {
    return { kind: 'problem', problem: problem('PROPERTY_MISSING', 'the Accredible answer has no "data" object') };
  }
  const assertionUrl = data.badge_assertion_url;
  if (typeof assertionUrl === 'string' && /^https?:\/\//i.test(assertionUrl)) return { kind: 'link', url: assertionUrl };
  return {
    kind: 'problem',
    problem: problem('FORMAT_UNSUPPORTED', `the Accredible credential ${quote(data.uuid ?? data.id)} names no badge_assertion_url, so there is no signed or hosted credential to check`),
  };
}

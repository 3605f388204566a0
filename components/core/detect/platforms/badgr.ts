/**
 * Badgr, renamed Canvas Credentials and then Parchment Digital Badges, on all regional hosts.
 * Share pages map to the public assertion API (research/links.md §1, Badgr row; hosts from
 * concentricsky/badgr-server and developerdocs.instructure.com).
 */
import type { RecipientHint } from '../link.ts';
import { endpoint, routedRule, type Route } from '../rule.ts';

/** Host → its public API host, in order; the API hosts answer for themselves. */
const API_HOSTS: readonly { host: RegExp; api: (match: RegExpExecArray) => string }[] = [
  {
    host: /^api\.(?:(?:eu|au|ca|sg|demo|test)\.)?(?:badgr\.(?:io|com)|badges\.parchment\.(?:com|eu|au|ca|sg))$/,
    api: (match) => match[0],
  },
  { host: /^(?:(eu|au|ca|sg)\.)?badgr\.(?:com|io)$/, api: (match) => (match[1] ? `api.${match[1]}.badgr.io` : 'api.badgr.io') },
  { host: /^(?:(?:demo|test)\.)?badges\.parchment\.(?:com|eu|au|ca|sg)$/, api: (match) => `api.${match[0]}` },
];

export function badgrApiHost(hostname: string): string | null {
  for (const entry of API_HOSTS) {
    const match = entry.host.exec(hostname);
    if (match) return entry.api(match);
  }
  return null;
}

const RECIPIENT_PARAMS: readonly [string, RecipientHint['type']][] = [
  ['identity__email', 'email'],
  ['identity__url', 'url'],
  ['identity__telephone', 'telephone'],
];

/** The recipient a share URL names for the viewer to check (badgr-server public_api.py). */
function recipientHint(url: URL): RecipientHint | undefined {
  for (const [param, type] of RECIPIENT_PARAMS) {
    const identity = url.searchParams.get(param);
    if (identity) return { type, identity };
  }
  return undefined;
}

function publicAssertion(id: string, url: URL) {
  const fetchUrl = `https://${badgrApiHost(url.hostname) ?? url.hostname}/public/assertions/${id}`;
  const recipient = recipientHint(url);
  return endpoint('badgr', fetchUrl, { format: 'ob2-hosted' }, recipient ? { recipient } : {});
}

const routes: Route[] = [
  // `.json` is the API's format suffix; `/image` and `/baked` are the same assertion's badge image.
  { path: /^\/public\/assertions\/([A-Za-z0-9_-]+)(?:\.json)?(?:\/(?:image|baked))?\/?$/, resolve: publicAssertion },
];

export const badgr = routedRule({
  platform: 'badgr',
  name: 'Parchment Digital Badges (Badgr, Canvas Credentials)',
  host: (hostname) => badgrApiHost(hostname) !== null,
  routes,
});

/**
 * Credly, and Acclaim (youracclaim.com) before it became Credly. Badge pages map to the OB 2.0
 * hosted assertion endpoint (research/links.md §1, Credly row).
 */
import { endpoint, followRedirect, platformPage, routedRule, type Route } from '../rule.ts';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
/** Suffixes LinkedIn shares and embeds append to a badge page; they name the same badge. */
const SHARE_SUFFIX = '(?:/(?:public_url|linked_in_profile|linked_in|embed))?';

const isAcclaim = (url: URL): boolean => url.hostname.endsWith('youracclaim.com');

function assertionUrl(uuid: string, url: URL): string {
  const id = uuid.toLowerCase();
  return isAcclaim(url)
    ? `https://www.youracclaim.com/api/v1/obi/v2/badge_assertions/${id}`
    : `https://api.credly.com/v1/obi/v2/badge_assertions/${id}`;
}

const hostedAssertion = (uuid: string, url: URL) => endpoint('credly', assertionUrl(uuid, url), { format: 'ob2-hosted' });

/** An assertion endpoint given directly: fetch it as it is, over https, without query or fragment. */
const sameEndpoint = (_uuid: string, url: URL) =>
  endpoint('credly', `https://${url.hostname}${url.pathname.replace(/\/$/, '')}`, { format: 'ob2-hosted' });

const routes: Route[] = [
  { path: new RegExp(`^/(?:badges|earner/earned/badge)/${UUID}${SHARE_SUFFIX}/?$`, 'i'), resolve: hostedAssertion },
  { path: new RegExp(`^(?:/api)?/v1/obi/v2/badge_assertions/${UUID}/?$`, 'i'), resolve: sameEndpoint },
  { path: /^\/go\/([A-Za-z0-9]+)\/?$/, resolve: () => followRedirect('credly') },
  {
    path: /^\/users\/([^/]+)(?:\/badges(?:\.json)?)?\/?$/i,
    resolve: (_vanity, url) => platformPage('credly', 'Credly', 'wallet', url, "wallet (a person's list of badges)"),
  },
  {
    path: /^\/org\/([^/]+)\/badge\/[^/]+\/?$/i,
    resolve: (_org, url) => platformPage('credly', 'Credly', 'badge-template', url, 'badge template (what the badge means, not anyone\'s award of it)'),
  },
];

export const credly = routedRule({
  platform: 'credly',
  name: 'Credly',
  host: /^(?:www\.|api\.)?(?:credly|youracclaim)\.com$/,
  routes,
});

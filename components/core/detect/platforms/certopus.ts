/** Certopus: no public JSON endpoint found (its API needs a key), so pages are fetched generically (research/links.md §1). */
import { generic, routedRule } from '../rule.ts';

export const certopus = routedRule({
  platform: 'certopus',
  name: 'Certopus',
  host: /^(?:www\.)?certopus\.com$/,
  routes: [{ path: /^\/c\/([0-9a-f]{32})\/?$/i, resolve: (_, url) => generic(url, 'certopus') }],
});

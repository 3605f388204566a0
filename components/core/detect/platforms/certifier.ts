/** Certifier (credsverse.com): no machine-readable endpoint found, so pages are fetched generically (research/links.md §1). */
import { generic, routedRule } from '../rule.ts';

export const certifier = routedRule({
  platform: 'certifier',
  name: 'Certifier',
  host: /^credsverse\.com$/,
  routes: [{ path: /^\/credentials\/([0-9a-f-]{36})\/?$/i, resolve: (_, url) => generic(url, 'certifier') }],
});

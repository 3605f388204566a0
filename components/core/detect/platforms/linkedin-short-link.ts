/** LinkedIn's lnkd.in short links: the target is only known after the redirect (research/links.md §2.1). */
import { followRedirect, routedRule } from '../rule.ts';

export const linkedinShortLink = routedRule({
  platform: 'linkedin',
  name: 'LinkedIn',
  host: /^lnkd\.in$/,
  routes: [{ path: /^\/([A-Za-z0-9_-]+)\/?$/, resolve: () => followRedirect('linkedin') }],
});

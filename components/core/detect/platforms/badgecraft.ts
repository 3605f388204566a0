/** Badgecraft: no public assertion URL found (its APIs need a token), so pages are fetched generically (research/links.md §1). */
import { generic, routedRule } from '../rule.ts';

export const badgecraft = routedRule({
  platform: 'badgecraft',
  name: 'Badgecraft',
  host: /^(?:www\.)?badgecraft\.eu$/,
  routes: [{ path: /^\/[a-z]{2}\/user-badges\/([A-Za-z0-9-]+)\/?$/i, resolve: (_, url) => generic(url, 'badgecraft') }],
});

/**
 * edubadges (SURF, NL), a Badgr fork with the same public API on api.edubadges.nl
 * (edubadges/edubadges.github.io, ob3-edubadges/74-continued-support-for-url-sharing-and-2-verification.md).
 * The demo site's API host is not documented, so demo.edubadges.nl falls through to generic detection.
 */
import { endpoint, routedRule } from '../rule.ts';

export const edubadges = routedRule({
  platform: 'edubadges',
  name: 'edubadges',
  host: /^(?:www\.|api\.)?edubadges\.nl$/,
  routes: [
    {
      path: /^\/public\/assertions\/([A-Za-z0-9_-]+)(?:\.json)?\/?$/,
      resolve: (id) => endpoint('edubadges', `https://api.edubadges.nl/public/assertions/${id}`, { format: 'ob2-hosted' }),
    },
  ],
});

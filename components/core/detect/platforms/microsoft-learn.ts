/**
 * Microsoft Learn credentials: the page itself is the verification (status, credential id); no
 * machine-readable single-credential endpoint is known (research/links.md §1, Microsoft Learn row).
 */
import { htmlOnlyCertificate, routedRule } from '../rule.ts';

const LOCALE = '(?:/[a-z]{2}-[a-z]{2})?';
const certificate = (_: string, url: URL) => htmlOnlyCertificate('microsoft-learn', 'Microsoft Learn', url);

export const microsoftLearn = routedRule({
  platform: 'microsoft-learn',
  name: 'Microsoft Learn',
  host: /^learn\.microsoft\.com$/,
  routes: [
    { path: /^\/api\/credentials\/share\/[a-z]{2}-[a-z]{2}\/[^/]+\/([0-9A-F]{15,16})\/?$/i, resolve: certificate },
    { path: new RegExp(`^${LOCALE}/users/[^/]+/credentials/(?:certification/)?([^/]+)/?$`, 'i'), resolve: certificate },
    { path: new RegExp(`^${LOCALE}/users/[^/]+/transcript/([^/]+)/?$`, 'i'), resolve: certificate },
  ],
});

/**
 * Sertifier: no public JSON endpoint is documented, so credential pages are fetched generically
 * (JSON-LD, alternates, baked images); profiles are not credentials (research/links.md §1).
 */
import { generic, platformPage, routedRule } from '../rule.ts';

export const sertifier = routedRule({
  platform: 'sertifier',
  name: 'Sertifier',
  host: /^verified\.sertifier\.com$/,
  routes: [
    { path: /^\/[a-z]{2}\/(?:verify|onboarding-credential)\/(\d{14})\/?$/i, resolve: (_, url) => generic(url, 'sertifier') },
    { path: /^\/[a-z]{2}\/profile\/([^/]+)\/?$/i, resolve: (_, url) => platformPage('sertifier', 'Sertifier', 'profile', url, 'profile') },
  ],
});

/**
 * LinkedIn pages are never credentials themselves: the credential is the external URL a
 * certification entry links to, which detection reaches by unwrapping LinkedIn's redirect
 * wrappers first (wrappers.ts). Company logos come from the company page; certificate images on
 * media.licdn.com are re-encoded and carry no baked credential (research/links.md §2.1, §3).
 */
import { htmlOnlyCertificate, platformPage, routedRule, type Route } from '../rule.ts';

const routes: Route[] = [
  {
    path: /^\/(?:company|school)\/([^/]+)/i,
    resolve: (_, url) => platformPage('linkedin', 'LinkedIn', 'company-page', url, 'company page (the issuer\'s page, which only supplies the logo)'),
  },
  { path: /^\/in\/([^/]+)/i, resolve: (_, url) => platformPage('linkedin', 'LinkedIn', 'profile', url, 'profile') },
  { path: /^\/learning\/certificates\/([0-9a-f]{64})\/?$/i, resolve: (_, url) => htmlOnlyCertificate('linkedin', 'LinkedIn Learning', url) },
  {
    path: /^(\/.*)?$/,
    resolve: (_, url) =>
      url.hostname === 'media.licdn.com'
        ? platformPage('linkedin', 'LinkedIn', 'other-page', url, 'image (re-encoded by LinkedIn, so no credential is baked into it)')
        : platformPage('linkedin', 'LinkedIn', 'other-page', url, 'page'),
  },
];

export const linkedin = routedRule({
  platform: 'linkedin',
  name: 'LinkedIn',
  host: /^(?:(?:[a-z]{2,3}|www)\.)?linkedin\.com$|^media\.licdn\.com$/,
  routes,
});

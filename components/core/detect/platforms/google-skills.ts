/**
 * Google Cloud Skills Boost public profiles and Skillshop awards: HTML only. Google's other
 * certificates live on Credly and Accredible and are detected there (research/links.md §1, Google row).
 */
import { htmlOnlyCertificate, platformPage, routedRule } from '../rule.ts';

export const googleSkills = routedRule({
  platform: 'google-skills',
  name: 'Google Skills',
  host: /^(?:www\.)?cloudskillsboost\.google$|^skillshop\.exceedlms\.com$/,
  routes: [
    {
      path: /^\/public_profiles\/([0-9a-f-]{36}|\d+)(?:\/badges\/\d+)?\/?$/i,
      resolve: (_, url) => platformPage('google-skills', 'Google Cloud Skills Boost', 'profile', url, 'public profile (HTML only)'),
    },
    { path: /^\/student\/award\/([^/]+)\/?$/i, resolve: (_, url) => htmlOnlyCertificate('google-skills', 'Google Skillshop', url) },
  ],
});

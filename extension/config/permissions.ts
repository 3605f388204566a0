/**
 * Where the extension may reach. Least privilege (research/security.md §3.1): the content script
 * runs on LinkedIn only; the worker may fetch from the credential platforms whose endpoints
 * detection knows (research/links.md §1) without asking; every other host (did:web issuers,
 * status lists, CV sites) is asked for on demand from extension UI, through the optional
 * `https://*\/*` grant.
 */

/** Pages the content script runs on from install. */
export const LINKEDIN_MATCHES: readonly string[] = ['https://*.linkedin.com/*'];

/**
 * Hosts of the platform endpoints in components/core/detect/platforms (Credly, Acclaim, Badgr and
 * Parchment Digital Badges, edubadges, Open Badge Factory and Passport, Accredible, Blockcerts,
 * VerifierPlus) and LinkedIn's `lnkd.in` short links, which are followed to their target.
 */
export const PLATFORM_HOST_PERMISSIONS: readonly string[] = [
  'https://*.credly.com/*',
  'https://*.youracclaim.com/*',
  'https://*.badgr.io/*',
  'https://*.badgr.com/*',
  'https://*.parchment.com/*',
  'https://*.parchment.eu/*',
  'https://*.parchment.au/*',
  'https://*.parchment.ca/*',
  'https://*.parchment.sg/*',
  'https://*.edubadges.nl/*',
  'https://*.openbadgefactory.com/*',
  'https://*.openbadgepassport.com/*',
  'https://*.accredible.com/*',
  'https://blockcerts.learningmachine.com/*',
  'https://*.verifierplus.org/*',
  'https://lnkd.in/*',
];

/** Everything else over https, granted per origin when the user asks (permissions.request). */
export const OPTIONAL_HOST_PERMISSIONS: readonly string[] = ['https://*/*'];

/** TEST build only: the fixture server on 127.0.0.1 (any port) for the worker's fetches. */
export const LOOPBACK_HOST_PERMISSIONS: readonly string[] = ['http://127.0.0.1/*', 'http://localhost/*'];

/** TEST build only: the fixture pages the content script runs on. */
export const LOOPBACK_MATCHES: readonly string[] = ['http://localhost:*/*', 'http://127.0.0.1:*/*'];

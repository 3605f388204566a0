/**
 * Detection: a URL found on a page → what to fetch for it, what the answer will be, or why there is
 * nothing to verify. Pure and table-driven: wrappers are unwrapped, tracking is removed, then the
 * first platform rule that knows the URL decides; anything else is fetched generically.
 */
import type { CredentialLink } from './link.ts';
import { accredible } from './platforms/accredible.ts';
import { accredibleWhiteLabel } from './platforms/accredible-white-label.ts';
import { badgecraft } from './platforms/badgecraft.ts';
import { badgr } from './platforms/badgr.ts';
import { blockcerts } from './platforms/blockcerts.ts';
import { certifier } from './platforms/certifier.ts';
import { certopus } from './platforms/certopus.ts';
import { coursera } from './platforms/coursera.ts';
import { credly } from './platforms/credly.ts';
import { edubadges } from './platforms/edubadges.ts';
import { edx } from './platforms/edx.ts';
import { europass } from './platforms/europass.ts';
import { googleSkills } from './platforms/google-skills.ts';
import { linkedin } from './platforms/linkedin.ts';
import { linkedinShortLink } from './platforms/linkedin-short-link.ts';
import { microsoftLearn } from './platforms/microsoft-learn.ts';
import { mitxOnline } from './platforms/mitx-online.ts';
import { openBadgeFactory } from './platforms/open-badge-factory.ts';
import { openBadgePassport } from './platforms/open-badge-passport.ts';
import { parchmentAward } from './platforms/parchment-award.ts';
import { sertifier } from './platforms/sertifier.ts';
import { verifierPlus } from './platforms/verifierplus.ts';
import { generic, type PlatformRule } from './rule.ts';
import { removeTracking } from './tracking.ts';
import { unwrapRedirects } from './wrappers.ts';

export * from './link.ts';
export type { PlatformRule } from './rule.ts';
export { removeTracking } from './tracking.ts';
export { unwrapRedirects } from './wrappers.ts';
export { unwrapPlatformJson } from './unwrap.ts';
export { sniffHtml, type HtmlSniff, type HtmlAlternate } from './sniff-html.ts';

/** Platform rules in the order they are tried; the white-label guess comes last. */
export const PLATFORM_RULES: readonly PlatformRule[] = [
  credly,
  badgr,
  edubadges,
  openBadgeFactory,
  openBadgePassport,
  accredible,
  europass,
  blockcerts,
  verifierPlus,
  linkedin,
  linkedinShortLink,
  coursera,
  edx,
  mitxOnline,
  microsoftLearn,
  parchmentAward,
  googleSkills,
  sertifier,
  certopus,
  badgecraft,
  certifier,
  accredibleWhiteLabel,
];

/** Longer strings are not links people click; refusing them keeps every pattern's work small. */
const MAX_URL_LENGTH = 8192;

/** What to do with a URL found on a page; null when it is not an http(s) URL. */
export function detectCredentialLink(input: string | URL): CredentialLink | null {
  const found = parseHttpUrl(input);
  if (!found) return null;
  const { url: inner, via } = unwrapRedirects(found);
  if (!isHttp(inner)) return null;
  const url = removeTracking(inner);
  for (const rule of PLATFORM_RULES) {
    if (!rule.matches(url)) continue;
    const resolution = rule.resolve(url);
    if (resolution) return { ...resolution, url: url.href, via };
  }
  return { ...generic(url), url: url.href, via };
}

function parseHttpUrl(input: string | URL): URL | null {
  const text = input instanceof URL ? input.href : input.trim();
  if (text.length > MAX_URL_LENGTH) return null;
  try {
    const url = new URL(text);
    return isHttp(url) ? url : null;
  } catch {
    return null;
  }
}

const isHttp = (url: URL): boolean => url.protocol === 'https:' || url.protocol === 'http:';

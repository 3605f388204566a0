/**
 * Detection on saved pages: each LinkedIn layout (research/links.md §2.1: logged-in classic, its
 * /details/certifications/ page, the current license-certifications-lockup-view layout, the
 * logged-out public profile) and a CV page, parsed with linkedom. For every page: which links get
 * a chip, from which source, and what each LinkedIn entry says.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCandidates, type Candidate } from '../../extension/content/find-candidates.ts';
import type { EntryClaims, LinkSource } from '../../extension/messaging/protocol.ts';
import { fixturePage, PLATFORM_LINKS, type FixturePage } from './fixture-pages.ts';

const L = PLATFORM_LINKS;
const wrapped = (url: string) => expect.stringMatching(new RegExp(`^https://www\\.linkedin\\.com/safety/go/\\?url=${escape(encodeURIComponent(url))}&`));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Expected {
  href: string | ReturnType<typeof expect.stringMatching>;
  source: LinkSource;
  claims?: EntryClaims;
}

interface PageCase {
  page: FixturePage;
  pathname: string;
  profileName: string | undefined;
  found: Expected[];
}

const entry = (href: Expected['href'], claims: EntryClaims): Expected => ({ href, source: 'linkedin-entry', claims });

const PAGES: PageCase[] = [
  {
    page: 'linkedin-classic-profile',
    pathname: '/in/ada-lovelace/',
    profileName: 'Ada Lovelace',
    found: [
      entry(L.VALID_URL, { name: 'Data Literacy Foundations', issuer: 'Fixture University', issued: '2025-01', credentialId: 'FU-2025-0001' }),
      entry(L.OTHER_ISSUER_URL, { name: 'Professional Data Engineer', issuer: 'Google', issued: '2025-02', expires: '2027-02', credentialId: 'GCP-PDE-88213' }),
      entry(L.EXPIRED_URL, { name: 'Cloud Practitioner', issuer: 'Fixture University', issued: '2025-01', expires: '2026-01', credentialId: 'FU-CP-311' }),
      entry(L.REVOKED_URL, { name: 'Responsible AI', issuer: 'Fixture University', issued: '2025-01' }),
      entry(L.TAMPERED_URL, { name: 'Advanced Data Science', issuer: 'Fixture University', issued: '2025-01', credentialId: 'FU-ADS-7' }),
      entry(L.UNREACHABLE_URL, { name: 'Open Data Practitioner', issuer: 'Fixture Institute of Technology', issued: '2025-03' }),
      entry(L.HTML_PAGE_URL, { name: 'Certified ScrumMaster', issuer: 'Scrum Alliance', issued: '2023-11', expires: '2025-11', credentialId: '001234567' }),
    ],
  },
  {
    page: 'linkedin-classic-details',
    pathname: '/in/ada-lovelace/details/certifications/',
    profileName: 'Ada Lovelace',
    found: [
      entry(L.VALID_URL, { name: 'Data Literacy Foundations', issuer: 'Fixture University', issued: '2025-01', credentialId: 'FU-2025-0001' }),
      entry(L.REVOKED_URL, { name: 'Responsible AI', issuer: 'Fixture University', issued: '2025-01' }),
      entry(L.TAMPERED_URL, { name: 'Advanced Data Science', issuer: 'Fixture University', issued: '2025-01', credentialId: 'FU-ADS-7' }),
    ],
  },
  {
    page: 'linkedin-lockup-profile',
    pathname: '/in/katherine-johnson/',
    profileName: 'Katherine Johnson',
    found: [
      entry(wrapped(L.VALID_URL), { name: 'Data Literacy Foundations', issuer: 'Fixture University', issued: '2025-01', credentialId: 'FU-2025-0001' }),
      entry(wrapped(L.REVOKED_URL), { name: 'Responsible AI', issuer: 'Fixture University', issued: '2025-01', expires: '2028-01' }),
      entry(wrapped(L.HTML_PAGE_URL), { name: 'Certified ScrumMaster', issuer: 'Scrum Alliance', issued: '2023-11', expires: '2025-11' }),
    ],
  },
  {
    page: 'linkedin-public-profile',
    pathname: '/in/ada-lovelace',
    profileName: 'Ada Lovelace',
    found: [
      entry(`${L.VALID_URL}?trk=public_profile_see-credential`, { name: 'Data Literacy Foundations', issuer: 'Fixture University', issued: '2025-01', credentialId: 'FU-2025-0001' }),
      entry(`${L.EXPIRED_URL}?trk=public_profile_see-credential`, { name: 'Cloud Practitioner', issuer: 'Fixture University', issued: '2025-01', expires: '2026-01' }),
      entry(`${L.UNREACHABLE_URL}?trk=public_profile_see-credential`, { name: 'Open Data Practitioner', issuer: 'Fixture Institute of Technology', issued: '2025-03' }),
    ],
  },
  {
    page: 'cv-page',
    pathname: '/cv/',
    profileName: undefined,
    found: [
      { href: 'https://www.credly.com/badges/862230de-19d7-4586-80d9-184a485f9aeb', source: 'credly-embed' },
      { href: L.BLOCKCERTS_URL, source: 'blockcerts-verifier' },
      { href: L.VALID_URL, source: 'platform-link' },
      { href: L.EXPIRED_URL, source: 'platform-link' },
      { href: L.REVOKED_URL, source: 'platform-link' },
      { href: L.TAMPERED_URL, source: 'credential-json' },
      { href: L.UNREACHABLE_URL, source: 'platform-link' },
      { href: L.NOT_A_CREDENTIAL_JSON_URL, source: 'credential-json' },
      { href: 'https://www.credly.com/badges/48c47ac0-5268-45cf-b76c-b015f9a72fc4/public_url', source: 'platform-link' },
      { href: expect.stringMatching(/^https:\/\/europa\.eu\/europass\/eportfolio\/screen\/redirect-external\?url=https%3A%2F%2Fbadgr\.com/), source: 'platform-link' },
    ],
  },
];

function candidatesOf(page: FixturePage, pathname: string) {
  const { document } = parseHTML(fixturePage(page, L));
  return findCandidates(document as unknown as Document, pathname);
}

const shape = (candidate: Candidate) => (candidate.claims ? { href: candidate.href, source: candidate.source, claims: candidate.claims } : { href: candidate.href, source: candidate.source });

describe('credential links found on saved pages', () => {
  it.each(PAGES)('$page: every credential link is found once, in page order, with what its entry says', ({ page, pathname, found }) => {
    const { candidates } = candidatesOf(page, pathname);
    expect(candidates.map(shape)).toEqual(found.map((expected) => (expected.claims ? expected : { href: expected.href, source: expected.source })));
  });

  it.each(PAGES)('$page: the profile’s name is read where there are LinkedIn entries', ({ page, pathname, profileName }) => {
    expect(candidatesOf(page, pathname).profileName).toBe(profileName);
  });

  it('a chip goes next to the “Show credential” button, not next to the title link that also leads to the credential', () => {
    const { candidates } = candidatesOf('linkedin-classic-profile', '/in/ada-lovelace/');
    const expired = candidates.find((candidate) => candidate.href === L.EXPIRED_URL);
    expect(expired?.element.getAttribute('aria-label')).toBe('Show credential for Cloud Practitioner');
    expect(candidates.filter((candidate) => candidate.href === L.EXPIRED_URL)).toHaveLength(1);
  });

  it('company pages, the skills overlay, the “Show all” link, the About link and other profiles get no chip', () => {
    const hrefs = candidatesOf('linkedin-classic-profile', '/in/ada-lovelace/').candidates.map((candidate) => candidate.href);
    for (const notACredential of ['linkedin.com/company/', 'skill-associations-details', '/details/certifications/', 'redir/redirect', '/in/grace-hopper/']) {
      expect(hrefs.some((href) => href.includes(notACredential))).toBe(false);
    }
  });

  it('an SDUI entry without a credential link gets no chip, and the skills and media buttons are not taken for it', () => {
    const { candidates } = candidatesOf('linkedin-lockup-profile', '/in/katherine-johnson/');
    expect(candidates.map((candidate) => candidate.claims?.name)).not.toContain('Flight Readiness Review');
    expect(candidates.some((candidate) => /see-skills|media\.licdn\.com/.test(candidate.href))).toBe(false);
  });

  it('on a CV page, wallets, certificate pages with no credential behind them and unrelated JSON get no chip', () => {
    const hrefs = candidatesOf('cv-page', '/cv/').candidates.map((candidate) => candidate.href);
    for (const notACredential of ['credly.com/users/', 'coursera.org', 'package.json', 'notes.json', 'github.com/ada-lovelace"', 'mailto:']) {
      expect(hrefs.some((href) => href.includes(notACredential))).toBe(false);
    }
  });
});

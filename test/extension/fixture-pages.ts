/**
 * The saved-page fixtures in test/extension/fixtures/, with their credential links filled in:
 * realistic platform URLs for the detection tests, or the fixture server's URLs for the end-to-end
 * tests. A placeholder is `{{NAME}}`, or `{{NAME|enc}}` for the URL-encoded form LinkedIn's
 * `/safety/go?url=` wrapper carries.
 */
import { readFileSync } from 'node:fs';

export type FixturePage =
  | 'linkedin-classic-profile'
  | 'linkedin-classic-details'
  | 'linkedin-lockup-profile'
  | 'linkedin-public-profile'
  | 'cv-page';

export type LinkName =
  | 'VALID_URL'
  | 'OTHER_ISSUER_URL'
  | 'EXPIRED_URL'
  | 'REVOKED_URL'
  | 'TAMPERED_URL'
  | 'UNREACHABLE_URL'
  | 'HTML_PAGE_URL'
  | 'NOT_A_CREDENTIAL_JSON_URL'
  | 'GRACE_VALID_URL'
  | 'GRACE_REVOKED_URL'
  | 'BLOCKCERTS_URL';

export type LinkMap = Readonly<Record<LinkName, string>>;

/** Credential links of the kinds people put on profiles (research/links.md §1), for detection tests. */
export const PLATFORM_LINKS: LinkMap = {
  VALID_URL: 'https://www.credly.com/badges/48c47ac0-5268-45cf-b76c-b015f9a72fc4/linked_in_profile',
  OTHER_ISSUER_URL: 'https://google.accredible.com/3f1c9a0e-2b7d-4c55-9a51-1f3e5d7c9b20',
  EXPIRED_URL: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug',
  REVOKED_URL: 'https://openbadgefactory.com/v1/assertion/db2ebffb91aa1e64c27090cf3feaf3e99dad3700',
  TAMPERED_URL: 'https://issuer.example.edu/credentials/advanced-data-science.json',
  UNREACHABLE_URL: 'https://www.edubadges.nl/public/assertions/sjERzbG5RzaK-g00419__A',
  HTML_PAGE_URL: 'https://www.scrumalliance.org/community/profile/ada-lovelace',
  NOT_A_CREDENTIAL_JSON_URL: 'https://adalovelace.example/certificates/scrum-master.json',
  GRACE_VALID_URL: 'https://www.credly.com/badges/0b6c5a4e-3d2f-4e1a-9b8c-7d6e5f4a3b2c',
  GRACE_REVOKED_URL: 'https://verifierplus.org/credentials/5e0c4a1d-9f8b-4c7e-a6d5-3b2a1f0e9d8c',
  BLOCKCERTS_URL: 'https://blockcerts.learningmachine.com/certificate/4f2a9c1e7b3d5a8f6e0c2b4d9a7f1e3c',
};

export function fixturePage(name: FixturePage, links: LinkMap): string {
  const html = readFileSync(new URL(`./fixtures/${name}.html`, import.meta.url), 'utf8');
  return html.replace(/\{\{([A-Z_]+)(\|enc)?\}\}/g, (_, key: string, encoded: string | undefined) => {
    const url = links[key as LinkName];
    if (url === undefined) throw new Error(`${name}.html names an unknown link {{${key}}}`);
    return encoded ? encodeURIComponent(url) : url.replace(/&/g, '&amp;');
  });
}

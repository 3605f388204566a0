/**
 * Platform rules, one table row per URL shape in research/links.md §1 (every example URL there,
 * plus shapes the table describes), and the URLs each rule must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { detectCredentialLink, GENERIC_ACCEPT, type ExpectedResponse } from '../../../components/core/detect/index.ts';

/** Table rows titled by their behaviour sentence (`%s` keeps the sentence whole in reports). */
const titled = <Row extends { says: string }>(rows: Row[]) => rows.map((row) => [row.says, row] as const);

const CREDLY_UUID = '48c47ac0-5268-45cf-b76c-b015f9a72fc4';
const CREDLY_API = `https://api.credly.com/v1/obi/v2/badge_assertions/${CREDLY_UUID}`;
const UUID = '0f7c1a8e-2b3c-4d5e-8f90-a1b2c3d4e5f6';

interface EndpointRow {
  says: string;
  url: string;
  platform: string;
  fetchUrl: string;
  expect: ExpectedResponse;
}

const ob2: ExpectedResponse = { format: 'ob2-hosted' };

const endpointRows: EndpointRow[] = [
  // Credly and Acclaim
  { says: 'a Credly badge page is read from the OB 2.0 assertion API', url: `https://www.credly.com/badges/${CREDLY_UUID}`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'an expired Credly badge page is read from the same API', url: 'https://www.credly.com/badges/862230de-19d7-4586-80d9-184a485f9aeb', platform: 'credly', fetchUrl: 'https://api.credly.com/v1/obi/v2/badge_assertions/862230de-19d7-4586-80d9-184a485f9aeb', expect: ob2 },
  { says: 'a Credly badge page without www is read from the API', url: `https://credly.com/badges/${CREDLY_UUID}/`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'a Credly badge page in upper case is read from the API in lower case', url: `https://www.credly.com/badges/${CREDLY_UUID.toUpperCase()}`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'a Credly /public_url share is read from the API', url: `https://www.credly.com/badges/${CREDLY_UUID}/public_url`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'a Credly /linked_in_profile share is read from the API', url: `https://www.credly.com/badges/${CREDLY_UUID}/linked_in_profile`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'a Credly /linked_in share is read from the API', url: `https://www.credly.com/badges/${CREDLY_UUID}/linked_in`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'a Credly /embed view is read from the API', url: `https://www.credly.com/badges/${CREDLY_UUID}/embed`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'a Credly earner page is read from the API', url: `https://www.credly.com/earner/earned/badge/${CREDLY_UUID}`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'an http Credly badge page is read from the https API', url: `http://www.credly.com/badges/${CREDLY_UUID}`, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'the Credly API endpoint is fetched as it is', url: CREDLY_API, platform: 'credly', fetchUrl: CREDLY_API, expect: ob2 },
  { says: 'the Credly www API path is fetched as it is', url: `https://www.credly.com/api/v1/obi/v2/badge_assertions/${CREDLY_UUID}`, platform: 'credly', fetchUrl: `https://www.credly.com/api/v1/obi/v2/badge_assertions/${CREDLY_UUID}`, expect: ob2 },
  { says: 'an Acclaim badge page is read from the Acclaim OBI path', url: `https://www.youracclaim.com/badges/${CREDLY_UUID}/public_url`, platform: 'credly', fetchUrl: `https://www.youracclaim.com/api/v1/obi/v2/badge_assertions/${CREDLY_UUID}`, expect: ob2 },
  { says: 'the Acclaim OBI endpoint is fetched as it is', url: `https://www.youracclaim.com/api/v1/obi/v2/badge_assertions/${CREDLY_UUID}`, platform: 'credly', fetchUrl: `https://www.youracclaim.com/api/v1/obi/v2/badge_assertions/${CREDLY_UUID}`, expect: ob2 },
  // Badgr / Canvas Credentials / Parchment Digital Badges
  { says: 'a Badgr API assertion is fetched as it is', url: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'a second Badgr API assertion is fetched as it is', url: 'https://api.badgr.io/public/assertions/EVRYzlD2RO26uyAKFxkOGQ', platform: 'badgr', fetchUrl: 'https://api.badgr.io/public/assertions/EVRYzlD2RO26uyAKFxkOGQ', expect: ob2 },
  { says: 'a badgr.com share page is read from api.badgr.io', url: 'https://badgr.com/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'a badgr.io share page is read from api.badgr.io', url: 'https://badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'an EU Badgr share page is read from api.eu.badgr.io', url: 'https://eu.badgr.com/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.eu.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'an Australian Badgr share page is read from api.au.badgr.io', url: 'https://au.badgr.com/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.au.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'a Canadian Badgr share page is read from api.ca.badgr.io', url: 'https://ca.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.ca.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'a Singapore Badgr share page is read from api.sg.badgr.io', url: 'https://sg.badgr.com/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.sg.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'a regional Badgr API assertion is fetched as it is', url: 'https://api.eu.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', platform: 'badgr', fetchUrl: 'https://api.eu.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'a Parchment Digital Badges share page is read from its API host', url: 'https://badges.parchment.com/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', platform: 'badgr', fetchUrl: 'https://api.badges.parchment.com/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', expect: ob2 },
  { says: 'an EU Parchment share page is read from api.badges.parchment.eu', url: 'https://badges.parchment.eu/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', platform: 'badgr', fetchUrl: 'https://api.badges.parchment.eu/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', expect: ob2 },
  { says: 'a demo Parchment share page is read from the demo API host', url: 'https://demo.badges.parchment.com/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', platform: 'badgr', fetchUrl: 'https://api.demo.badges.parchment.com/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', expect: ob2 },
  { says: 'a Parchment API assertion is fetched as it is', url: 'https://api.badges.parchment.ca/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', platform: 'badgr', fetchUrl: 'https://api.badges.parchment.ca/public/assertions/P6Az-wGXTFCJIcxKqkeaLw', expect: ob2 },
  { says: 'a Badgr assertion with the .json suffix is read without it', url: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug.json?expand=badge', platform: 'badgr', fetchUrl: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  { says: 'a Badgr assertion image is read as its assertion', url: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug/image', platform: 'badgr', fetchUrl: 'https://api.badgr.io/public/assertions/O4jOj-yoQUy0geapsoQUug', expect: ob2 },
  // edubadges
  { says: 'an edubadges API assertion is fetched as it is', url: 'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q', platform: 'edubadges', fetchUrl: 'https://api.edubadges.nl/public/assertions/a41jSgmsSh6Sa1xcVUku5Q', expect: ob2 },
  { says: 'an edubadges share page is read from api.edubadges.nl', url: 'https://www.edubadges.nl/public/assertions/sjERzbG5RzaK-g00419__A', platform: 'edubadges', fetchUrl: 'https://api.edubadges.nl/public/assertions/sjERzbG5RzaK-g00419__A', expect: ob2 },
  // Open Badge Factory
  { says: 'an Open Badge Factory assertion is read at its bare URL', url: 'https://openbadgefactory.com/v1/assertion/db2ebffb91aa1e64c27090cf3feaf3e99dad3700', platform: 'open-badge-factory', fetchUrl: 'https://openbadgefactory.com/v1/assertion/db2ebffb91aa1e64c27090cf3feaf3e99dad3700', expect: ob2 },
  { says: 'an Open Badge Factory .html page is read at the bare assertion URL', url: 'https://www.openbadgefactory.com/v1/assertion/db2ebffb91aa1e64c27090cf3feaf3e99dad3700.html', platform: 'open-badge-factory', fetchUrl: 'https://openbadgefactory.com/v1/assertion/db2ebffb91aa1e64c27090cf3feaf3e99dad3700', expect: ob2 },
  // Open Badge Passport
  { says: 'an Open Badge Passport badge is read from its badge info JSON', url: 'https://openbadgepassport.com/app/badge/info/918042', platform: 'open-badge-passport', fetchUrl: 'https://openbadgepassport.com/app/obpv1/badge/info/918042', expect: { format: 'platform-json', unwrap: 'open-badge-passport' } },
  { says: 'an Open Badge Passport embed is read from its badge info JSON', url: 'https://openbadgepassport.com/app/badge/info/918042/pic/embed', platform: 'open-badge-passport', fetchUrl: 'https://openbadgepassport.com/app/obpv1/badge/info/918042', expect: { format: 'platform-json', unwrap: 'open-badge-passport' } },
  // Accredible
  { says: 'an Accredible credential.net page is read from the credential-net API', url: 'https://www.credential.net/10000005', platform: 'accredible', fetchUrl: 'https://api.accredible.com/v1/credential-net/credentials/10000005', expect: { format: 'platform-json', unwrap: 'accredible' } },
  { says: 'an Accredible page with an #acc fragment is read from the API', url: `https://www.credential.net/${UUID}#acc.AbC123`, platform: 'accredible', fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'accredible' } },
  { says: 'a credential.net subdomain page is read from the API', url: `https://skillshop.credential.net/${UUID}`, platform: 'accredible', fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'accredible' } },
  { says: 'an accredible.com subdomain page is read from the API', url: `https://google.accredible.com/${UUID}`, platform: 'accredible', fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'accredible' } },
  { says: 'a nested accredible.com subdomain page is read from the API', url: `https://edu.google.accredible.com/${UUID}`, platform: 'accredible', fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'accredible' } },
  { says: 'the credential-net API is fetched as it is', url: 'https://api.accredible.com/v1/credential-net/credentials/10000005', platform: 'accredible', fetchUrl: 'https://api.accredible.com/v1/credential-net/credentials/10000005', expect: { format: 'platform-json', unwrap: 'accredible' } },
  { says: 'an Accredible OBI assertion is read as OB 2.0 hosted JSON', url: 'https://api.accredible.com/v1/obi/badge_assertions/Zm9vYmFy', platform: 'accredible', fetchUrl: 'https://api.accredible.com/v1/obi/badge_assertions/Zm9vYmFy', expect: ob2 },
  { says: 'a white-label credentials domain with a UUID path is read from the credential-net API', url: `https://credentials.example-university.com/${UUID}`, platform: 'accredible', fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'accredible' } },
  { says: 'a white-label digital badges domain with a UUID path is read from the credential-net API', url: `https://skillsoft.digitalbadges.skillsoft.com/${UUID}`, platform: 'accredible', fetchUrl: `https://api.accredible.com/v1/credential-net/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'accredible' } },
  // Blockcerts
  { says: 'a Blockcerts record is read with ?format=json', url: 'https://blockcerts.learningmachine.com/certificate/ab56912734bb5784bced00b7e0e82ac9', platform: 'blockcerts', fetchUrl: 'https://blockcerts.learningmachine.com/certificate/ab56912734bb5784bced00b7e0e82ac9?format=json', expect: { format: 'blockcerts' } },
  // VerifierPlus
  { says: 'a VerifierPlus public share is read from its API', url: `https://verifierplus.org/credentials/${UUID}`, platform: 'verifierplus', fetchUrl: `https://verifierplus.org/api/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'verifierplus' } },
  { says: 'a staging VerifierPlus share is read from the staging API', url: `https://stage.verifierplus.org/credentials/${UUID}`, platform: 'verifierplus', fetchUrl: `https://stage.verifierplus.org/api/credentials/${UUID}`, expect: { format: 'platform-json', unwrap: 'verifierplus' } },
];

describe('detectCredentialLink: platform endpoints', () => {
  it.each(titled(endpointRows))('%s', (_says, { url, platform, fetchUrl, expect: expected }) => {
    const link = detectCredentialLink(url);
    expect(link).toMatchObject({ kind: 'endpoint', platform, fetchUrl, expect: expected, accept: 'application/ld+json, application/json' });
  });

  it('passes the recipient a Badgr share URL names on to the recipient check', () => {
    const link = detectCredentialLink('https://badges.parchment.com/public/assertions/P6Az-wGXTFCJIcxKqkeaLw?identity__email=jane%40example.org');
    expect(link).toMatchObject({ kind: 'endpoint', recipient: { type: 'email', identity: 'jane@example.org' } });
  });

  it('gives a white-label guess a generic fallback on the page itself', () => {
    const url = `https://credentials.example-university.com/${UUID}`;
    expect(detectCredentialLink(url)).toMatchObject({ fallback: { kind: 'generic', fetchUrl: url, accept: GENERIC_ACCEPT } });
  });

  it('gives platform-domain Accredible links no fallback', () => {
    const link = detectCredentialLink('https://www.credential.net/10000005');
    expect(link && 'fallback' in link).toBe(false);
  });
});

interface PageRow {
  says: string;
  url: string;
  platform: string;
  platformName: string;
  page: string;
}

const pageRows: PageRow[] = [
  { says: 'a Credly wallet is a platform page', url: 'https://www.credly.com/users/jane-doe', platform: 'credly', platformName: 'Credly', page: 'wallet' },
  { says: 'a Credly wallet badge list is a platform page', url: 'https://www.credly.com/users/jane-doe/badges', platform: 'credly', platformName: 'Credly', page: 'wallet' },
  { says: 'a Credly wallet badges.json is a platform page', url: 'https://www.credly.com/users/jane-doe/badges.json', platform: 'credly', platformName: 'Credly', page: 'wallet' },
  { says: 'a Credly badge template is a platform page', url: 'https://www.credly.com/org/the-linux-foundation/badge/cka-certified-kubernetes-administrator', platform: 'credly', platformName: 'Credly', page: 'badge-template' },
  { says: 'an Accredible wallet is a platform page', url: 'https://www.credential.net/profile/janedoe/wallet', platform: 'accredible', platformName: 'Accredible', page: 'wallet' },
  { says: 'a LinkedIn company page is a platform page', url: 'https://www.linkedin.com/company/1441/', platform: 'linkedin', platformName: 'LinkedIn', page: 'company-page' },
  { says: 'a LinkedIn school page is a platform page', url: 'https://www.linkedin.com/school/tu-delft/', platform: 'linkedin', platformName: 'LinkedIn', page: 'company-page' },
  { says: 'a LinkedIn profile is a platform page', url: 'https://www.linkedin.com/in/jane-doe/details/certifications/', platform: 'linkedin', platformName: 'LinkedIn', page: 'profile' },
  { says: 'a LinkedIn image is a platform page', url: 'https://media.licdn.com/dms/image/v2/abc/company-logo_100_100/0/1?e=1', platform: 'linkedin', platformName: 'LinkedIn', page: 'other-page' },
  { says: 'a LinkedIn Learning certificate is an HTML-only certificate page', url: `https://www.linkedin.com/learning/certificates/${'a'.repeat(64)}`, platform: 'linkedin', platformName: 'LinkedIn Learning', page: 'certificate-page' },
  { says: 'a Coursera verify page is an HTML-only certificate page', url: 'https://www.coursera.org/account/accomplishments/verify/JDRCRY8WQVRH?trk=public_profile_see-credential', platform: 'coursera', platformName: 'Coursera', page: 'certificate-page' },
  { says: 'a Coursera short verify page is an HTML-only certificate page', url: 'https://coursera.org/verify/JDRCRY8WQVRH', platform: 'coursera', platformName: 'Coursera', page: 'certificate-page' },
  { says: 'a Coursera specialization certificate is an HTML-only certificate page', url: 'https://www.coursera.org/account/accomplishments/specialization/certificate/ABCD1234EFGH', platform: 'coursera', platformName: 'Coursera', page: 'certificate-page' },
  { says: 'a Coursera professional certificate is an HTML-only certificate page', url: 'https://www.coursera.org/account/accomplishments/professional-cert/ABCD1234EFGH', platform: 'coursera', platformName: 'Coursera', page: 'certificate-page' },
  { says: 'an edX course certificate is an HTML-only certificate page', url: `https://courses.edx.org/certificates/${'0123456789abcdef'.repeat(2)}`, platform: 'edx', platformName: 'edX', page: 'certificate-page' },
  { says: 'an edX program credential is an HTML-only certificate page', url: `https://credentials.edx.org/credentials/${'0123456789abcdef'.repeat(2)}/`, platform: 'edx', platformName: 'edX', page: 'certificate-page' },
  { says: 'a MITx Online certificate is an HTML-only certificate page', url: `https://mitxonline.mit.edu/certificate/${UUID}/`, platform: 'mitx-online', platformName: 'MITx Online', page: 'certificate-page' },
  { says: 'a MITx Online program certificate is an HTML-only certificate page', url: `https://mitxonline.mit.edu/certificate/program/${UUID}`, platform: 'mitx-online', platformName: 'MITx Online', page: 'certificate-page' },
  { says: 'a Microsoft Learn share link is an HTML-only certificate page', url: 'https://learn.microsoft.com/api/credentials/share/en-us/JaneDoe-1234/A1B2C3D4E5F6A7B8?sharingId=1234567890ABCDEF', platform: 'microsoft-learn', platformName: 'Microsoft Learn', page: 'certificate-page' },
  { says: 'a Microsoft Learn credential page is an HTML-only certificate page', url: 'https://learn.microsoft.com/en-us/users/janedoe-1234/credentials/a1b2c3d4e5f6a7b8', platform: 'microsoft-learn', platformName: 'Microsoft Learn', page: 'certificate-page' },
  { says: 'a Microsoft Learn certification tab is an HTML-only certificate page', url: 'https://learn.microsoft.com/en-us/users/janedoe-1234/credentials/certification/azure-administrator?tab=credentials-tab', platform: 'microsoft-learn', platformName: 'Microsoft Learn', page: 'certificate-page' },
  { says: 'a Microsoft Learn transcript is an HTML-only certificate page', url: 'https://learn.microsoft.com/en-us/users/janedoe-1234/transcript/abcd1234efgh', platform: 'microsoft-learn', platformName: 'Microsoft Learn', page: 'certificate-page' },
  { says: 'a Parchment award is an HTML-only certificate page', url: `https://www.parchment.com/u/award/${'0123456789abcdef'.repeat(2)}`, platform: 'parchment-award', platformName: 'Parchment', page: 'certificate-page' },
  { says: 'a Google Cloud Skills Boost profile is a platform page', url: `https://www.cloudskillsboost.google/public_profiles/${UUID}/badges/123456`, platform: 'google-skills', platformName: 'Google Cloud Skills Boost', page: 'profile' },
  { says: 'a Google Skillshop award is an HTML-only certificate page', url: 'https://skillshop.exceedlms.com/student/award/AbCd1234', platform: 'google-skills', platformName: 'Google Skillshop', page: 'certificate-page' },
  { says: 'a Sertifier profile is a platform page', url: 'https://verified.sertifier.com/en/profile/jane-doe/', platform: 'sertifier', platformName: 'Sertifier', page: 'profile' },
  { says: 'the Europass viewer home is a platform page', url: 'https://europa.eu/europass/digital-credentials/viewer/#/home', platform: 'europass', platformName: 'Europass', page: 'upload-page' },
  { says: 'a Europass CV is a platform page', url: `https://europa.eu/europass/eportfolio/api/eprofile/shared-profile/jane/${UUID}?view=html`, platform: 'europass', platformName: 'Europass', page: 'cv' },
];

describe('detectCredentialLink: pages that are not credentials', () => {
  it.each(titled(pageRows))('%s', (_says, { url, platform, platformName, page }) => {
    const link = detectCredentialLink(url);
    expect(link).toMatchObject({ kind: 'platform-page', platform, platformName, page, problem: { code: 'PLATFORM_PAGE' } });
  });

  it('names the platform and the URL in the problem detail', () => {
    const link = detectCredentialLink('https://www.credly.com/users/jane-doe');
    expect(link?.kind === 'platform-page' && link.problem.detail).toBe(
      'the URL "https://www.credly.com/users/jane-doe" is a Credly wallet (a person\'s list of badges), not a verifiable credential',
    );
  });
});

describe('detectCredentialLink: links that need another step', () => {
  it.each(titled([
    { says: 'a Credly /go/ short link is followed, then detected again', url: 'https://www.credly.com/go/AbC123xy', platform: 'credly' },
    { says: 'a lnkd.in short link is followed, then detected again', url: 'https://lnkd.in/eXaMpLe', platform: 'linkedin' },
  ]))('%s', (_says, { url, platform }) => {
    expect(detectCredentialLink(url)).toMatchObject({ kind: 'follow-redirect', platform, url });
  });

  it.each(titled([
    { says: 'a Europass viewer share link needs the wallet API, whose base is unknown', url: 'https://europa.eu/europass/digital-credentials/viewer/#/shareview/a1B2c3D4e5' },
    { says: 'an older Europass viewer share link needs the wallet API too', url: 'https://europa.eu/europass2/edci-viewer/#/shareview/a1B2c3D4e5' },
  ]))('%s', (_says, { url }) => {
    const link = detectCredentialLink(url);
    expect(link).toMatchObject({ kind: 'needs-api', platform: 'europass', problem: { code: 'LINK_API_UNKNOWN' } });
    expect(link?.kind === 'needs-api' && link.problem.detail).toContain('/api/v1/sharelinks/a1B2c3D4e5/credentials');
  });
});

describe('detectCredentialLink: generic links', () => {
  it.each(titled([
    { says: 'a raw VC JSON URL is fetched with content negotiation', url: 'https://digitalcredentials.github.io/vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json', platform: undefined },
    { says: 'an unknown issuer page is fetched with content negotiation', url: 'https://badges.example.edu/assertions/42', platform: undefined },
    { says: 'a Sertifier credential is fetched generically, naming the platform', url: 'https://verified.sertifier.com/en/verify/61686239515503/', platform: 'sertifier' },
    { says: 'a Certopus credential is fetched generically, naming the platform', url: `https://www.certopus.com/c/${'0123456789abcdef'.repeat(2)}`, platform: 'certopus' },
    { says: 'a Badgecraft badge is fetched generically, naming the platform', url: 'https://www.badgecraft.eu/en/user-badges/abc-123', platform: 'badgecraft' },
    { says: 'a Certifier credential is fetched generically, naming the platform', url: `https://credsverse.com/credentials/${UUID}`, platform: 'certifier' },
    { says: 'a demo edubadges page is fetched generically, its API host being unknown', url: 'https://demo.edubadges.nl/public/assertions/sjERzbG5RzaK-g00419__A', platform: undefined },
    { says: 'a Credly page that is no badge is fetched generically', url: 'https://www.credly.com/about', platform: undefined },
    { says: 'a Badgr page that is no assertion is fetched generically', url: 'https://badgr.com/public/badges/abc', platform: undefined },
    { says: 'an Open Badge Factory badge class is fetched generically', url: 'https://openbadgefactory.com/v1/badge/_/ABCDEF.json?v=2.0', platform: undefined },
    { says: 'a Coursera course page is fetched generically', url: 'https://www.coursera.org/learn/machine-learning', platform: undefined },
    { says: 'a UUID path on a host that names no credentials is fetched generically', url: `https://www.example.com/${UUID}`, platform: undefined },
  ]))('%s', (_says, { url, platform }) => {
    const link = detectCredentialLink(url);
    expect(link).toMatchObject({ kind: 'generic', fetchUrl: url, accept: GENERIC_ACCEPT, expect: { format: 'any' } });
    expect(link?.kind === 'generic' ? link.platform : 'not generic').toBe(platform);
  });

  it.each(titled([
    { says: 'a mailto link is not a link to detect', url: 'mailto:jane@example.org' },
    { says: 'a javascript link is not a link to detect', url: 'javascript:alert(1)' },
    { says: 'text that is no URL is not a link to detect', url: 'not a url' },
    { says: 'an empty string is not a link to detect', url: '' },
    { says: 'a URL longer than any clicked link is not a link to detect', url: `https://example.org/${'a'.repeat(9000)}` },
  ]))('%s', (_says, { url }) => {
    expect(detectCredentialLink(url)).toBeNull();
  });

  it('accepts a URL object as well as a string', () => {
    expect(detectCredentialLink(new URL(`https://www.credly.com/badges/${CREDLY_UUID}`))).toMatchObject({ fetchUrl: CREDLY_API });
  });
});

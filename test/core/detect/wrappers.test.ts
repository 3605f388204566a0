/**
 * Redirect wrappers and tracking: LinkedIn's three wrapper forms, add-to-profile links, Europass
 * CV outbound links, VerifierPlus verify links, badgecheck.io, and the tracking LinkedIn appends
 * (research/links.md §2).
 */
import { describe, expect, it } from 'vitest';
import { detectCredentialLink, removeTracking, unwrapRedirects } from '../../../components/core/detect/index.ts';

/** Table rows titled by their behaviour sentence (`%s` keeps the sentence whole in reports). */
const titled = <Row extends { says: string }>(rows: Row[]) => rows.map((row) => [row.says, row] as const);

const CREDLY_UUID = '48c47ac0-5268-45cf-b76c-b015f9a72fc4';
const CREDLY_PAGE = `https://www.credly.com/badges/${CREDLY_UUID}`;
const CREDLY_API = `https://api.credly.com/v1/obi/v2/badge_assertions/${CREDLY_UUID}`;
const enc = encodeURIComponent;

describe('detectCredentialLink: redirect wrappers', () => {
  it.each(titled([
    {
      says: 'a LinkedIn redir/redirect link leads to the credential it wraps',
      url: `https://www.linkedin.com/redir/redirect?url=${enc(CREDLY_PAGE)}&urlhash=AbCd&trk=public_profile_certification-title`,
      via: ['linkedin-redirect'],
    },
    {
      says: 'a LinkedIn safety/go link leads to the credential it wraps',
      url: `https://www.linkedin.com/safety/go?url=${enc(CREDLY_PAGE)}&trk=flagship-messaging-web`,
      via: ['linkedin-safety-go'],
    },
    {
      says: 'a LinkedIn safety/go/ link from the SDUI layout leads to the credential it wraps',
      url: `https://www.linkedin.com/safety/go/?url=${enc(`${CREDLY_PAGE}/linked_in_profile`)}&urlhash=Xy_1&isSdui=true&lipi=urn%3Ali%3Apage%3Ad_flagship3_profile_view_base_certifications_details%3Babc`,
      via: ['linkedin-safety-go'],
    },
    {
      says: 'a LinkedIn wrapper on a country subdomain leads to the credential it wraps',
      url: `https://nl.linkedin.com/redir/redirect?url=${enc(CREDLY_PAGE)}`,
      via: ['linkedin-redirect'],
    },
    {
      says: 'a LinkedIn add-to-profile link leads to the credential in certUrl',
      url: `https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=CKA&organizationId=1441&issueYear=2024&issueMonth=5&certUrl=${enc(CREDLY_PAGE)}&certId=123`,
      via: ['linkedin-add-to-profile'],
    },
    {
      says: 'a Europass CV outbound link leads to the credential it wraps',
      url: `https://europa.eu/europass/eportfolio/screen/redirect-external?url=${enc(CREDLY_PAGE)}`,
      via: ['europass-redirect-external'],
    },
    {
      says: 'a badgecheck.io link leads to the credential it checks',
      url: `https://badgecheck.io?url=${enc(CREDLY_PAGE)}`,
      via: ['badgecheck'],
    },
    {
      says: 'a LinkedIn wrapper around a Europass wrapper leads to the credential inside both',
      url: `https://www.linkedin.com/safety/go?url=${enc(`https://europa.eu/europass/eportfolio/screen/redirect-external?url=${enc(CREDLY_PAGE)}`)}`,
      via: ['linkedin-safety-go', 'europass-redirect-external'],
    },
  ]))('%s', (_says, { url, via }) => {
    expect(detectCredentialLink(url)).toMatchObject({ kind: 'endpoint', platform: 'credly', fetchUrl: CREDLY_API, url: CREDLY_PAGE, via });
  });

  it.each(titled([
    {
      says: 'a VerifierPlus verify link leads to the unencoded URL in its fragment',
      url: 'https://verifierplus.org/#verify?vc=https://github.com/digitalcredentials/vc-test-fixtures/raw/refs/heads/main/verifiableCredentials/v2/ed25519/didKey/legacy-noStatus-noExpiry.json',
      inner: 'https://github.com/digitalcredentials/vc-test-fixtures/raw/refs/heads/main/verifiableCredentials/v2/ed25519/didKey/legacy-noStatus-noExpiry.json',
    },
    {
      says: 'a VerifierPlus verify link leads to the encoded URL in its fragment',
      url: `https://verifierplus.org/#verify?vc=${enc('https://digitalcredentials.github.io/vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json')}`,
      inner: 'https://digitalcredentials.github.io/vc-test-fixtures/verifiableCredentials/v2/dataIntegrityProof/didKey/legacyRegistry-noStatus-noExpiry-basicOBv3.json',
    },
  ]))('%s', (_says, { url, inner }) => {
    expect(detectCredentialLink(url)).toMatchObject({ kind: 'generic', fetchUrl: inner, url: inner, via: ['verifierplus-verify'] });
  });

  it('detects the wrapped URL by its own platform', () => {
    const link = detectCredentialLink(`https://www.linkedin.com/safety/go?url=${enc('https://www.coursera.org/verify/JDRCRY8WQVRH?trk=public_profile_see-credential')}`);
    expect(link).toMatchObject({ kind: 'platform-page', platform: 'coursera', url: 'https://www.coursera.org/verify/JDRCRY8WQVRH', via: ['linkedin-safety-go'] });
  });

  it('does not follow a wrapper to a javascript: URL', () => {
    expect(detectCredentialLink(`https://www.linkedin.com/redir/redirect?url=${enc('javascript:alert(1)')}`)).toBeNull();
  });

  it('keeps a wrapper without a url parameter as a LinkedIn page', () => {
    expect(detectCredentialLink('https://www.linkedin.com/safety/go/?urlhash=abc')).toMatchObject({ kind: 'platform-page', platform: 'linkedin', via: [] });
  });

  it('keeps a wrapper whose url parameter is not an absolute URL', () => {
    expect(unwrapRedirects(new URL('https://www.linkedin.com/redir/redirect?url=%2Fjobs')).via).toEqual([]);
  });

  it('stops after four nested wrappers', () => {
    let url = CREDLY_PAGE;
    for (let i = 0; i < 6; i++) url = `https://www.linkedin.com/redir/redirect?url=${enc(url)}`;
    const unwrapped = unwrapRedirects(new URL(url));
    expect(unwrapped.via).toHaveLength(4);
    expect(unwrapped.url.hostname).toBe('www.linkedin.com');
  });

  it('leaves a wrapper-shaped path on another host alone', () => {
    expect(detectCredentialLink(`https://evil.example/safety/go?url=${enc(CREDLY_PAGE)}`)).toMatchObject({ kind: 'generic', via: [] });
  });
});

describe('removeTracking', () => {
  it.each(titled([
    { says: 'drops LinkedIn trk', url: 'https://www.coursera.org/verify/JDRCRY8WQVRH?trk=public_profile_see-credential', clean: 'https://www.coursera.org/verify/JDRCRY8WQVRH' },
    { says: 'drops every utm_ parameter', url: 'https://example.org/a?utm_source=li&utm_medium=social&UTM_Campaign=x&id=7', clean: 'https://example.org/a?id=7' },
    { says: 'drops source=linked_in_profile', url: `${CREDLY_PAGE}?source=linked_in_profile`, clean: CREDLY_PAGE },
    { says: 'keeps source when it is not LinkedIn tracking', url: 'https://example.org/a?source=issuer', clean: 'https://example.org/a?source=issuer' },
    { says: 'keeps the Badgr recipient parameter', url: 'https://badgr.com/public/assertions/x?identity__email=a%40b.org&trk=x', clean: 'https://badgr.com/public/assertions/x?identity__email=a%40b.org' },
    { says: 'drops the Credly /linked_in_profile suffix', url: `${CREDLY_PAGE}/linked_in_profile`, clean: CREDLY_PAGE },
    { says: 'drops the Credly /public_url suffix', url: `${CREDLY_PAGE}/public_url`, clean: CREDLY_PAGE },
    { says: 'drops the Credly /linked_in suffix', url: `${CREDLY_PAGE}/linked_in/`, clean: CREDLY_PAGE },
    { says: 'keeps a linked_in path segment on other hosts', url: 'https://example.org/badges/x/linked_in', clean: 'https://example.org/badges/x/linked_in' },
    { says: 'keeps the fragment', url: 'https://www.credential.net/10000005?trk=a#acc.XyZ', clean: 'https://www.credential.net/10000005#acc.XyZ' },
    { says: 'leaves a clean URL as it was', url: 'https://example.org/a?b=1&c=2', clean: 'https://example.org/a?b=1&c=2' },
  ]))('%s', (_says, { url, clean }) => {
    expect(removeTracking(new URL(url)).href).toBe(clean);
  });

  it('does not change the URL it is given', () => {
    const url = new URL(`${CREDLY_PAGE}/public_url?trk=x`);
    removeTracking(url);
    expect(url.href).toBe(`${CREDLY_PAGE}/public_url?trk=x`);
  });

  it('reports the cleaned URL of a LinkedIn-shared Credly badge', () => {
    const link = detectCredentialLink(`${CREDLY_PAGE}/linked_in_profile?source=linked_in_profile&utm_campaign=share`);
    expect(link).toMatchObject({ url: CREDLY_PAGE, fetchUrl: CREDLY_API });
  });
});

/**
 * Links people click on LinkedIn profiles and CVs (research/links.md §1, §2): Credly, Badgr
 * (regional hosts), VerifierPlus and plain pages, verified end to end. A fixture server on
 * 127.0.0.1 answers on the platforms' own paths (`/v1/obi/v2/badge_assertions/<uuid>` for
 * api.credly.com, `/public/assertions/<id>` for api.eu.badgr.io, ...), and the test fetch routes
 * the platform hosts there, keeping the path, and refuses every other host. Fixtures are named
 * `platform-links/<scenario>[<link form>]--<expected verdict>`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verify, type VerifyOptions } from '../../../components/core/index.ts';
import { FixtureServer } from '../../support/fixture-server.ts';
import { NOW } from '../../support/fixtures.ts';
import { expectFixture, fixtureName, type FormatFixture } from '../../support/format-fixture.ts';
import { createIssuer, openBadgeCredential, type JsonObject } from '../../support/issue.ts';
import { OB2_BADGE_NAME, ob2Site } from '../../support/issue-ob2.ts';
import { PLATFORM_HOSTS, platformFetch } from '../../support/platform-fetch.ts';

const CREDLY_BADGE = '48c47ac0-5268-45cf-b76c-b015f9a72fc4';
const CREDLY_ISSUER = 'f4b8d042-0072-4a1a-8d00-260b513026e8';
const CREDLY_CLASS = '64567b66-def2-4c84-be6c-2586962fccd3';
const CREDLY_EXPIRED = '862230de-19d7-4586-80d9-184a485f9aeb';
const CREDLY_REVOKED = '0b9e4a51-3c2d-4e8f-9a7b-6c5d4e3f2a10';
const BADGR_EU_ASSERTION = 'O4jOj-yoQUy0geapsoQUug';
const BADGR_ASSERTION = 'EVRYzlD2RO26uyAKFxkOGQ';
const VERIFIERPLUS_SHARE = '5d0c3e1a-7b2f-4a49-9c8e-2f6b1d7a0e93';
const PORTFOLIO = 'portfolio.example.com';
const CREDENTIALS = 'credentials.example.edu';
const HOSTS = [...PLATFORM_HOSTS, PORTFOLIO, CREDENTIALS];

let server: FixtureServer;
let asked: string[];
let options: VerifyOptions;
let credential: JsonObject;

beforeAll(async () => {
  server = await FixtureServer.start();
  asked = [];
  options = { fetch: platformFetch(server, HOSTS, asked), now: NOW };

  // Credly: an OB 2.0 hosted assertion whose id is on www.credly.com/api/v1/obi/v2/..., also
  // answered on api.credly.com/v1/obi/v2/..., where detection sends badge page URLs.
  const credly = ob2Site(server, 'https://www.credly.com');
  const credlyIssuer = credly.issuer('credly', { id: credly.url(`/api/v1/obi/v2/issuers/${CREDLY_ISSUER}`), name: 'Cloud Native Computing Foundation' });
  const credlyClass = credly.badgeClass('credly', 'cka', String(credlyIssuer.id), { id: credly.url(`/api/v1/obi/v2/issuers/${CREDLY_ISSUER}/badge_classes/${CREDLY_CLASS}`) });
  const credlyAssertion = credly.publish(credly.assertion('credly', 'a', String(credlyClass.id), { id: credly.url(`/api/v1/obi/v2/badge_assertions/${CREDLY_BADGE}`) }));
  server.json(`/v1/obi/v2/badge_assertions/${CREDLY_BADGE}`, credlyAssertion);
  // An expired badge still answers 200 with a past expires; a revoked one answers 410 {"revoked":true} (links.md §1, Credly row).
  const expired = credly.publish(credly.assertion('credly', 'expired', String(credlyClass.id), { id: credly.url(`/api/v1/obi/v2/badge_assertions/${CREDLY_EXPIRED}`), expires: '2026-01-01T00:00:00Z' }));
  server.json(`/v1/obi/v2/badge_assertions/${CREDLY_EXPIRED}`, expired);
  for (const path of [`/v1/obi/v2/badge_assertions/${CREDLY_REVOKED}`, `/api/v1/obi/v2/badge_assertions/${CREDLY_REVOKED}`]) server.route(path, { status: 410, body: { revoked: true } });

  // Badgr on two regional API hosts: each assertion, BadgeClass and Profile under /public/.
  for (const [host, id] of [['api.eu.badgr.io', BADGR_EU_ASSERTION], ['api.badgr.io', BADGR_ASSERTION]] as const) {
    const badgr = ob2Site(server, `https://${host}`);
    const profile = badgr.issuer('badgr', { id: badgr.url(`/public/issuers/${id}-issuer`) });
    const badge = badgr.badgeClass('badgr', 'b', String(profile.id), { id: badgr.url(`/public/badges/${id}-badge`) });
    badgr.publish(badgr.assertion('badgr', id, String(badge.id), { id: badgr.url(`/public/assertions/${id}`) }));
  }

  // An Open Badges 3.0 credential of our own, shared on VerifierPlus and linked from a portfolio page.
  const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did }));
  server.json(`/api/credentials/${VERIFIERPLUS_SHARE}`, { id: VERIFIERPLUS_SHARE, shared: true, credential: [credential] });
  server.json('/vc/data-literacy.json', credential, { headers: { 'content-type': 'application/ld+json' } });
  const html = (head: string) => `<!doctype html><html><head><title>Ada's badges</title>${head}</head><body><h1>Data Literacy Foundations</h1></body></html>`;
  server.route('/ada/badges/data-literacy', { body: html('<link rel="alternate" type="application/ld+json" href="/vc/data-literacy.json">'), headers: { 'content-type': 'text/html; charset=utf-8' } });
  server.route('/ada/about', { body: html('<meta property="og:title" content="Ada Lovelace">'), headers: { 'content-type': 'text/html; charset=utf-8' } });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const credlyPage = `https://www.credly.com/badges/${CREDLY_BADGE}`;

async function verifyLink(scenario: string, form: string, url: string, expected: FormatFixture['expect'], codes: FormatFixture['codes'] = []) {
  const fixture: FormatFixture = { name: fixtureName('platform-links', scenario, expected, form), scenario, input: url, expect: expected, codes, options };
  asked.length = 0;
  const report = await verify(url, options);
  return { fixture, report, asked: [...asked] };
}

describe('platform links', () => {
  it.each([
    ['badge page', credlyPage],
    ['LinkedIn safety/go wrapper', `https://www.linkedin.com/safety/go?url=${encodeURIComponent(credlyPage)}&trk=flagship-messaging-web&messageThreadUrn=urn%3Ali%3AmessagingThread%3A2-abc`],
    ['/linked_in_profile suffix', `${credlyPage}/linked_in_profile`],
    ['?source=linked_in_profile', `${credlyPage}?source=linked_in_profile`],
    ['LinkedIn safety/go wrapper around /linked_in_profile?source=linked_in_profile', `https://www.linkedin.com/safety/go/?url=${encodeURIComponent(`${credlyPage}/linked_in_profile?source=linked_in_profile`)}&isSdui=true`],
  ])('a Credly badge link (%s) is verified from the OB 2.0 hosted assertion Credly serves', async (form, url) => {
    const { fixture, report, asked: requests } = await verifyLink('credly-badge', form, url, 'verified');
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', status: 'passed' });
    expect(report.source.platform).toBe('credly');
    expect(report.format).toBe('ob2-hosted');
    expect(report.credential?.name).toBe(OB2_BADGE_NAME);
    expect(report.credential?.issuer.name).toBe('Cloud Native Computing Foundation');
    expect(requests).toContain(`https://api.credly.com/v1/obi/v2/badge_assertions/${CREDLY_BADGE}`);
    expect(requests).toContain(`https://www.credly.com/api/v1/obi/v2/badge_assertions/${CREDLY_BADGE}`);
    expect(requests.filter((request) => new URL(request).hostname.endsWith('linkedin.com'))).toEqual([]);
  });

  it('an expired Credly badge, which Credly still serves with a past expires, comes out expired', async () => {
    const { fixture, report } = await verifyLink('credly-badge', 'expired badge page', `https://www.credly.com/badges/${CREDLY_EXPIRED}/public_url`, 'expired', ['CREDENTIAL_EXPIRED']);
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed', 'validity-period': 'failed' });
  });

  it('a revoked Credly badge, whose assertion endpoint answers 410 Gone {"revoked": true}, comes out revoked', async () => {
    const { fixture, report } = await verifyLink('credly-badge', 'revoked badge page', `https://www.credly.com/badges/${CREDLY_REVOKED}`, 'revoked', ['CREDENTIAL_REVOKED']);
    expectFixture(fixture, report);
  });

  it("a Credly wallet URL (a person's list of badges) is a platform page, unverifiable, and nothing is fetched", async () => {
    const { fixture, report, asked: requests } = await verifyLink('credly-wallet', 'users/<vanity>', 'https://www.credly.com/users/ada-lovelace', 'unverifiable', ['PLATFORM_PAGE']);
    expectFixture(fixture, report, { parse: 'error' });
    expect(requests).toEqual([]);
  });

  it.each([
    ['EU share page', `https://eu.badgr.com/public/assertions/${BADGR_EU_ASSERTION}?identity__email=ada.lovelace%40example.org`, 'api.eu.badgr.io', BADGR_EU_ASSERTION],
    ['EU API URL', `https://api.eu.badgr.io/public/assertions/${BADGR_EU_ASSERTION}`, 'api.eu.badgr.io', BADGR_EU_ASSERTION],
    ['share page on badgr.com', `https://badgr.com/public/assertions/${BADGR_ASSERTION}`, 'api.badgr.io', BADGR_ASSERTION],
  ])('a Badgr assertion link (%s) is verified from its regional API host', async (form, url, apiHost, id) => {
    const { fixture, report, asked: requests } = await verifyLink('badgr-assertion', form, url, 'verified');
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
    expect(report.source.platform).toBe('badgr');
    expect(report.credential?.name).toBe(OB2_BADGE_NAME);
    expect(requests[0]).toBe(`https://${apiHost}/public/assertions/${id}`);
  });

  it.each([
    ['public share', `https://verifierplus.org/credentials/${VERIFIERPLUS_SHARE}`],
    ['#verify?vc= link', `https://verifierplus.org/#verify?vc=https://${CREDENTIALS}/vc/data-literacy.json`],
  ])('a VerifierPlus link (%s) is verified from the credential it shares', async (form, url) => {
    const { fixture, report } = await verifyLink('verifierplus', form, url, 'verified');
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
    expect(report.credential?.id).toBe(credential.id);
  });

  it('a page that links its credential with <link rel="alternate" type="application/ld+json" href> is followed to the credential, which is verified', async () => {
    const { fixture, report, asked: requests } = await verifyLink('alternate-link', 'portfolio page', `https://${PORTFOLIO}/ada/badges/data-literacy`, 'verified');
    expectFixture(fixture, report, { proof: 'passed', 'issuer-key': 'passed' });
    expect(requests).toEqual([`https://${PORTFOLIO}/ada/badges/data-literacy`, `https://${PORTFOLIO}/vc/data-literacy.json`]);
    expect(report.credential?.achievement?.name).toBe('Data Literacy Foundations');
  });

  it('a plain HTML page that neither links to nor embeds a credential is a platform page, unverifiable', async () => {
    const { fixture, report } = await verifyLink('plain-page', 'portfolio page', `https://${PORTFOLIO}/ada/about`, 'unverifiable', ['PLATFORM_PAGE']);
    expectFixture(fixture, report, { parse: 'error' });
  });

  it('the test fetch refuses every host it does not route, so no link reaches the internet', async () => {
    const fetch = platformFetch(server, HOSTS);
    await expect(fetch('https://www.linkedin.com/in/ada', {})).rejects.toThrow(/refuses/);
    await expect(fetch('http://api.credly.com/v1/obi/v2/badge_assertions/x', {})).rejects.toThrow(/refuses/);
    await expect(fetch('https://api.credly.com:8443/v1/obi/v2/badge_assertions/x', {})).rejects.toThrow(/refuses/);
  });
});

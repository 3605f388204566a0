/**
 * security.md §6 E — Open Badges 2.0 and 3.0, cases 62–74. OB 2.0 issuer Profiles, BadgeClasses,
 * hosted assertions, keys and revocation lists are served by fixture servers on 127.0.0.1
 * (test/support/issue-ob2.ts; other host names routed there by platformFetch); OB 2.0 signed
 * assertions and OB 3.0 credentials are signed in this run.
 *
 * §4 verdicts: VERIFIED_WITH_WARNINGS → 'verified' with the warning in `report.warnings`; advisory
 * checks (recipient, issuer trust) never change the verdict.
 */
import { describe, expect, it } from 'vitest';
import type { VerifyOptions } from '../../../components/core/index.ts';
import { VC_V2_CONTEXT } from '../../../components/core/resolve/contexts.ts';
import { bakePng, minimalPng } from '../../support/bake.ts';
import { createIssuer, OB3_CONTEXT, openBadgeCredential, type JsonObject } from '../../support/issue.ts';
import { signCompact } from '../../support/issue-jose.ts';
import { createOb2SigningIssuer, hashedIdentity, OB2_ISSUED, ob2Site, RECIPIENT_EMAIL, type AssertionOptions } from '../../support/issue-ob2.ts';
import { platformFetch } from '../../support/platform-fetch.ts';
import { expectCase, fixtureScope, LOOPBACK, withValueAt, type CaseExpectation } from '../../support/security-cases.ts';

const SALT = 'pepper-7f3a';
const SOMEONE_ELSE = 'grace.hopper@example.org';
const FAMOUS = 'Massachusetts Institute of Technology';

const given = fixtureScope(async (home, elsewhere, named) => {
  const site = ob2Site(home);
  const profile = site.issuer('uni');
  return {
    home,
    elsewhere,
    /** Answers for host names other than localhost (platformFetch). */
    named,
    /** The university's OB 2.0 site on `home`: its Profile, and a BadgeClass of its own. */
    site,
    profile,
    badgeId: String(site.badgeClass('uni', 'open-data', String(profile.id)).id),
    /** eddsa-rdfc-2022, did:web on `home`: issues the OB 3.0 credentials. */
    issuer: await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server: home, name: 'security-e' }),
  };
}, 3);

/** A hosted assertion of the university's BadgeClass, served at its id. */
const hosted = (name: string, options: AssertionOptions = {}) => given.site.publish(given.site.assertion('uni', name, given.badgeId, options));

/** The case, verified from the assertion URL and from a pasted copy of its JSON. */
async function expectHosted(name: string, assertion: JsonObject, expected: CaseExpectation, options: VerifyOptions = LOOPBACK): Promise<void> {
  for (const [via, input] of [['by URL', String(assertion.id)], ['pasted', assertion]] as const) {
    await expectCase(`${name} ${via}`, input, options, expected);
  }
}

/** An OB 3.0 credential of the did:web issuer with `change` applied before signing. */
function signedBadge(change: (credential: JsonObject) => JsonObject = (credential) => credential): Promise<JsonObject> {
  return given.issuer.sign(change(openBadgeCredential({ version: 2, issuer: given.issuer.did })));
}

describe('§6 E · Open Badges 2.0 and 3.0', () => {
  it("E62 · a hosted assertion on another host than its issuer's, with no allowedOrigins, comes out invalid", async () => {
    const other = ob2Site(given.elsewhere);
    const borrowed = other.badgeClass('borrowed', 'open-data', String(given.profile.id));
    const assertion = other.publish(other.assertion('borrowed', 'e62', String(borrowed.id)));
    await expectHosted('E62', assertion, { verdict: 'invalid', codes: ['OUTSIDE_VERIFICATION_SCOPE'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
  });

  it('E63 · an assertion at https://badges.example.org.evil.test/… under an issuer whose startsWith is https://badges.example.org comes out invalid', async () => {
    const victim = ob2Site(given.named, 'https://badges.example.org');
    const attacker = ob2Site(given.named, 'https://badges.example.org.evil.test');
    const victimProfile = victim.issuer('victim', { verification: { type: 'VerificationObject', startsWith: 'https://badges.example.org' } });
    const badge = attacker.badgeClass('attacker', 'open-data', String(victimProfile.id));
    const assertion = attacker.publish(attacker.assertion('attacker', 'e63', String(badge.id)));
    const fetch = platformFetch(given.named, ['badges.example.org', 'badges.example.org.evil.test']);
    await expectHosted('E63', assertion, { verdict: 'invalid', codes: ['OUTSIDE_VERIFICATION_SCOPE'], view: false }, { ...LOOPBACK, fetch });
  });

  it("E64 · a pasted or baked assertion that differs from the issuer's hosted copy is judged and shown as hosted, with HOSTED_COPY_DIFFERS", async () => {
    const original = hosted('e64');
    const altered = { ...original, issuedOn: '2024-02-02T00:00:00Z', evidence: [{ narrative: 'Something the issuer never wrote.' }] };
    const baked = bakePng(minimalPng(), 'openbadges', JSON.stringify(altered));
    for (const [via, input] of [['pasted', altered], ['baked in a PNG', baked]] as const) {
      const report = await expectCase(`E64 ${via}`, input, LOOPBACK, { verdict: 'verified', warns: ['HOSTED_COPY_DIFFERS'], view: true });
      expect(report.credential?.validFrom, `${via}: the hosted issuedOn`).toBe(OB2_ISSUED);
      expect(report.credential?.evidence.map((e) => e.narrative), `${via}: the hosted evidence`).toEqual(['Data set published at the city open data portal.']);
    }
  });

  it('E65 · a hosted assertion that answers 410 Gone, or whose hosted copy says revoked: true, comes out revoked', async () => {
    const gone = given.site.assertion('uni', 'e65-gone', given.badgeId);
    given.home.route(new URL(String(gone.id)).pathname, { status: 410, body: { revoked: true } });
    await expectHosted('E65 410 Gone', gone, { verdict: 'revoked', codes: ['CREDENTIAL_REVOKED'], view: false });
    await expectHosted('E65 revoked: true', hosted('e65-revoked', { revoked: true }), { verdict: 'revoked', codes: ['CREDENTIAL_REVOKED'] });
  });

  it('E66 · a hosted URL that answers HTML or another content type than JSON leaves the assertion unverifiable; JSON is what is asked for', async () => {
    const answers = [
      ['an HTML page', '<!doctype html><h1>Open Data Practitioner</h1>', 'text/html; charset=utf-8'],
      ['JSON labelled as HTML', null, 'text/html'],
      ['JSON labelled as an image', null, 'image/png'],
    ] as const;
    for (const [i, [variant, body, contentType]] of answers.entries()) {
      const assertion = given.site.assertion('uni', `e66-${i}`, given.badgeId);
      const path = new URL(String(assertion.id)).pathname;
      given.home.route(path, { body: body ?? JSON.stringify(assertion), headers: { 'content-type': contentType } });
      await expectHosted(`E66 ${variant}`, assertion, { verdict: 'unverifiable', view: false });
      expect(given.home.requests.find((request) => request.path === path)?.headers.accept).toMatch(/application\/(ld\+)?json/);
    }
  });

  it("E67 · a signed assertion whose key the issuer Profile does not link comes out invalid", async () => {
    const unlinked = await createOb2SigningIssuer(given.site, 'e67', { listKey: false });
    await expectCase('E67', await unlinked.sign(), LOOPBACK, { verdict: 'invalid', codes: ['KEY_NOT_AUTHORISED'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
  });

  it("E68 · a signed assertion listed in its issuer's revocationList comes out revoked", async () => {
    const revokedId = 'urn:uuid:5e6f7a8b-e68-revoked';
    const signer = await createOb2SigningIssuer(given.site, 'e68', { revoked: [revokedId] });
    await expectCase('E68 listed', await signer.sign({ id: revokedId }), LOOPBACK, { verdict: 'revoked', codes: ['CREDENTIAL_REVOKED'], checks: { status: 'failed' } });
    await expectCase('E68 not listed', await signer.sign(), LOOPBACK, { verdict: 'verified' });
  });

  it("E69 · an assertion of another issuer's BadgeClass, signed with a key of one's own, comes out invalid", async () => {
    const attacker = await createOb2SigningIssuer(given.site, 'e69');
    const forged = await signCompact({ ...attacker.assertion(), badge: given.badgeId }, attacker.joseKey, { alg: 'RS256' });
    await expectCase('E69', forged, LOOPBACK, { verdict: 'invalid', codes: ['KEY_NOT_ISSUERS'], checks: { proof: 'passed', 'issuer-key': 'failed' }, view: false });
  });

  it("E70 · a hashed recipient that does not match the viewer's email leaves the verdict verified and reports RECIPIENT_MISMATCH; a match passes", async () => {
    const assertion = hosted('e70', { recipient: { email: RECIPIENT_EMAIL, salt: SALT } });
    const identifier = { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: hashedIdentity(RECIPIENT_EMAIL, SALT), salt: SALT };
    const credential = await signedBadge((c) => withValueAt(c, ['credentialSubject', 'identifier'], [identifier]));
    for (const [format, input] of [['OB 2.0', assertion], ['OB 3.0', credential]] as const) {
      await expectCase(`E70 ${format} someone else`, input, { ...LOOPBACK, recipient: SOMEONE_ELSE }, { verdict: 'verified', codes: ['RECIPIENT_MISMATCH'], checks: { recipient: 'failed' }, view: true });
      await expectCase(`E70 ${format} the recipient`, input, { ...LOOPBACK, recipient: RECIPIENT_EMAIL }, { verdict: 'verified', checks: { recipient: 'passed' } });
    }
  });

  it('E71 · an OB 3.0 credential with a refreshService whose proof fails comes out invalid, and the refresh endpoint is never contacted', async () => {
    const refreshService = { id: given.home.url('/refresh/e71'), type: 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#1EdTechCredentialRefresh' };
    const signed = await signedBadge((c) => ({ ...c, refreshService }));
    await expectCase('E71 tampered', { ...signed, name: 'Doctor of Everything' }, LOOPBACK, { verdict: 'invalid', codes: ['SIGNATURE_INVALID'], view: false });
    await expectCase('E71 genuine', signed, LOOPBACK, { verdict: 'verified' });
    expect(given.home.hits('/refresh/e71')).toBe(0);
  });

  it('E72 · a credentialSchema on a host other than 1EdTech is never fetched: verified with SCHEMA_UNAVAILABLE', async () => {
    given.home.json('/schemas/e72.json', { type: 'object', required: ['nothing-a-credential-has'] });
    const signed = await signedBadge((c) => ({ ...c, credentialSchema: [{ id: given.home.url('/schemas/e72.json'), type: 'JsonSchema' }] }));
    await expectCase('E72', signed, LOOPBACK, { verdict: 'verified', warns: ['SCHEMA_UNAVAILABLE'] });
    expect(given.home.hits('/schemas/e72.json')).toBe(0);
  });

  it('E73 · an invalid embedded EndorsementCredential leaves the main verdict verified, and is neither reported nor shown as verified', async () => {
    // The engine does not verify embedded endorsements at all: the report has no child for them and the view no endorsement.
    const endorser = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const endorsement = await endorser.sign({
      '@context': [VC_V2_CONTEXT, OB3_CONTEXT],
      id: 'urn:uuid:8a9b0c1d-e73-endorsement',
      type: ['VerifiableCredential', 'EndorsementCredential'],
      name: 'Endorsement of Data Literacy Foundations',
      issuer: { id: endorser.did, type: ['Profile'], name: 'Endorser' },
      validFrom: '2025-01-01T00:00:00Z',
      credentialSubject: { id: 'urn:uuid:0c3a7b8e-5d41-4f3e-9a43-6b1f0f6a2d11', type: ['EndorsementSubject'], endorsementComment: 'Solid.' },
    });
    const tampered = { ...endorsement, name: 'Endorsed by every university in Europe' };
    const signed = await signedBadge((c) => withValueAt(c, ['credentialSubject', 'achievement', 'endorsement'], [tampered]));
    const report = await expectCase('E73', signed, LOOPBACK, { verdict: 'verified', view: true });
    expect(report.children).toBeUndefined();
    expect(JSON.stringify(report.credential)).not.toContain('Endorsed by every university');
  });

  it("E74 · an achievement.creator naming a famous organisation, in a credential by an unknown key, comes out verified with ISSUER_SELF_ASSERTED, and the creator is never shown as the issuer", async () => {
    const unknown = await createIssuer({ suite: 'eddsa-rdfc-2022' });
    const credential = openBadgeCredential({ version: 2, issuer: unknown.did, issuerName: 'Badge Workshop' });
    const creator = { id: 'did:web:mit.edu', type: ['Profile'], name: FAMOUS };
    const report = await expectCase('E74', await unknown.sign(withValueAt(credential, ['credentialSubject', 'achievement', 'creator'], creator)), LOOPBACK, { verdict: 'verified', warns: ['ISSUER_SELF_ASSERTED'] });
    expect(report.credential?.issuer).toMatchObject({ id: unknown.did, name: 'Badge Workshop' });
    expect(report.credential?.issuer.trustedBy).toBeUndefined();
    expect(report.credential?.achievement?.creator).toEqual({ id: 'did:web:mit.edu', name: FAMOUS });
  });
});

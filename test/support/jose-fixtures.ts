/**
 * The VC-JWT (VC 1.1, `vc` claim) and VC-JOSE (VC 2.0, `typ: vc+jwt`) fixtures: Open Badges 3.0
 * credentials issued in the test run with `jose` (EdDSA, ES256, ES384, RS256), by did:key,
 * did:jwk, did:web (served by the fixture server) and https issuers (JWK Set at their origin),
 * and the attacks on JOSE a verifier must refuse (security.md §6 C36–C43).
 *
 * Building leaves the servers in the state the fixtures need; nothing changes it afterwards.
 */
import type { ProblemCode, Verdict, VerifyOptions } from '../../components/core/index.ts';
import { deadOrigin, loopbackFetch, type FixtureServer } from './fixture-server.ts';
import { CHALLENGE, EXPIRED_UNTIL, FUTURE_FROM, NOW } from './fixtures.ts';
import { fixtureName, type FormatFixture } from './format-fixture.ts';
import { issueStatusList, openBadgeCredential, statusEntry, type JsonObject } from './issue.ts';
import {
  base64urlJson,
  createJoseIssuer,
  decodeToken,
  envelope,
  envelopedPresentation,
  generateJoseKey,
  hmacWithPublicKey,
  joseStatusList,
  publishJwk,
  unsignedToken,
  vcJoseClaims,
  vcJwtClaims,
  VC_JOSE_TYP,
  VC_JWT_TYP,
  VP_JOSE_TYP,
  vpJwtClaims,
  type JoseAlg,
  type JoseIssuer,
  type JoseIssuerKind,
} from './issue-jose.ts';

export type JoseFormat = 'vc-jwt' | 'vc-jose';

export type JoseScenario =
  | 'valid'
  | 'tampered'
  | 'expired'
  | 'expired-by-exp-claim'
  | 'not-yet-valid'
  | 'not-yet-valid-by-nbf-claim'
  | 'revoked'
  | 'revoked-by-jose-list'
  | 'wrong-key'
  | 'unbound-key'
  | 'jwk-not-published'
  | 'jwk-keys-unreachable'
  | 'jwk-published'
  | 'alg-none'
  | 'hs256-public-key'
  | 'unknown-crit'
  | 'iss-mismatch'
  | 'claims-disagree'
  | 'vc-claim-in-vc-jwt'
  | 'presentation'
  | 'enveloped-in-presentation';

export type JoseFixture = FormatFixture<JoseScenario>;

export interface JoseServers {
  /** did:web documents, status lists, and the JWK Set of the https issuers that publish their keys. */
  home: FixtureServer;
  /** An origin whose JWK Set lists other keys only. */
  elsewhere: FixtureServer;
}

export const OPTIONS: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };

/** Every way a JOSE issuer is identified, per algorithm (did:key holds no RSA key). */
export const JOSE_PROFILES: readonly { alg: JoseAlg; kind: Exclude<JoseIssuerKind, 'https'> }[] = [
  { alg: 'EdDSA', kind: 'did:key' }, { alg: 'EdDSA', kind: 'did:jwk' }, { alg: 'EdDSA', kind: 'did:web' },
  { alg: 'ES256', kind: 'did:key' }, { alg: 'ES256', kind: 'did:jwk' }, { alg: 'ES256', kind: 'did:web' },
  { alg: 'ES384', kind: 'did:key' }, { alg: 'ES384', kind: 'did:jwk' }, { alg: 'ES384', kind: 'did:web' },
  { alg: 'RS256', kind: 'did:jwk' }, { alg: 'RS256', kind: 'did:web' },
];

/** One issuer per algorithm for the scenarios that do not depend on how the issuer is identified. */
const ONE_PER_ALG: readonly { alg: JoseAlg; kind: Exclude<JoseIssuerKind, 'https'> }[] = [
  { alg: 'EdDSA', kind: 'did:key' }, { alg: 'ES256', kind: 'did:web' }, { alg: 'ES384', kind: 'did:jwk' }, { alg: 'RS256', kind: 'did:web' },
];

const REVOKED_INDEX = 42;

const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

export async function buildJoseFixtures(format: JoseFormat, servers: JoseServers): Promise<JoseFixture[]> {
  const { home, elsewhere } = servers;
  const version = format === 'vc-jwt' ? 1 : 2;
  const typ = format === 'vc-jwt' ? VC_JWT_TYP : VC_JOSE_TYP;
  const claimsOf = (credential: JsonObject, extra: JsonObject = {}) => (format === 'vc-jwt' ? vcJwtClaims(credential, extra) : vcJoseClaims(credential, extra));
  const credentialBy = (issuerId: string, extra: Partial<Parameters<typeof openBadgeCredential>[0]> = {}) => openBadgeCredential({ version, issuer: issuerId, ...extra });
  const issue = (issuer: JoseIssuer, extra: Partial<Parameters<typeof openBadgeCredential>[0]> = {}, claims: JsonObject = {}) =>
    issuer.sign(claimsOf(credentialBy(issuer.id, extra), claims), { typ });
  const fixtures: JoseFixture[] = [];
  const add = (scenario: JoseScenario, expected: Verdict, input: string | JsonObject, codes: ProblemCode[] = [], profile?: string, extra: Partial<JoseFixture> = {}) =>
    fixtures.push({ name: fixtureName(format, scenario, expected, profile), scenario, input, expect: expected, codes, options: OPTIONS, ...extra });
  const label = (alg: JoseAlg, kind: JoseIssuerKind) => `${alg} ${kind}`;
  const newIssuer = (alg: JoseAlg, kind: JoseIssuerKind, name: string, server: FixtureServer = home) =>
    createJoseIssuer({ alg, kind, server, name: `${format}-${name}-${alg.toLowerCase()}-${kind.replace(':', '')}` });

  // valid: every algorithm with every way of naming the key in kid.
  const byProfile = new Map<string, JoseIssuer>();
  for (const { alg, kind } of JOSE_PROFILES) {
    const issuer = await newIssuer(alg, kind, 'issuer');
    byProfile.set(label(alg, kind), issuer);
    add('valid', 'verified', await issue(issuer), [], label(alg, kind));
  }
  // valid without kid: an https issuer whose origin publishes the key in its JWK Set.
  for (const alg of ['EdDSA', 'ES256', 'ES384', 'RS256'] as const) {
    const issuer = await newIssuer(alg, 'https', 'jwks');
    publishJwk(home, issuer.key.publicJwk);
    add('valid', 'verified', await issue(issuer), [], label(alg, 'https'));
  }

  for (const { alg, kind } of ONE_PER_ALG) {
    const issuer = byProfile.get(label(alg, kind))!;
    const profile = label(alg, kind);
    const valid = await issue(issuer);
    const { header, payload, signature } = decodeToken(valid);

    // tampered: the payload changed after signing, re-encoded with the original signature.
    const changed = structuredClone(payload);
    const credential = (format === 'vc-jwt' ? changed.vc : changed) as JsonObject;
    ((credential.credentialSubject as JsonObject).achievement as JsonObject).name = 'Something never awarded';
    add('tampered', 'invalid', `${valid.split('.')[0]}.${base64urlJson(changed)}.${signature}`, ['SIGNATURE_INVALID'], profile);

    add('expired', 'expired', await issue(issuer, { validUntil: EXPIRED_UNTIL }), ['CREDENTIAL_EXPIRED'], profile);
    add('not-yet-valid', 'not-yet-valid', await issue(issuer, { validFrom: FUTURE_FROM }), ['CREDENTIAL_NOT_YET_VALID'], profile);

    // revoked: a BitstringStatusList served by the fixture server, signed by the same did:web issuer.
    const web = kind === 'did:web' ? issuer : await newIssuer(alg, 'did:web', 'status');
    const listPath = `/status/${format}/${alg.toLowerCase()}`;
    home.json(listPath, await issueStatusList(web.statusListSigner!, { url: home.url(listPath), purpose: 'revocation', set: [REVOKED_INDEX] }));
    add('revoked', 'revoked', await issue(web, { credentialStatus: statusEntry(home.url(listPath), REVOKED_INDEX, 'revocation') }), ['CREDENTIAL_REVOKED'], label(alg, 'did:web'));

    // wrong key: kid names the issuer's key, another key of the same type signed.
    const otherKey = await generateJoseKey(alg);
    add('wrong-key', 'invalid', await issuer.sign(claimsOf(credentialBy(issuer.id)), { typ, key: otherKey }), ['SIGNATURE_INVALID'], profile);

    // unbound key: a valid signature by the signer's own DID, on a credential naming this issuer.
    const stranger = await newIssuer(alg, alg === 'RS256' ? 'did:jwk' : 'did:key', 'stranger');
    add('unbound-key', 'invalid', await stranger.sign(claimsOf(credentialBy(issuer.id)), { typ }), ['KEY_NOT_ISSUERS'], profile);

    // jwk header only: the attacker's key in the header; the issuer's published keys lack it.
    const jwkOnly = { header: { kid: undefined, jwk: stranger.key.publicJwk } };
    add('jwk-not-published', 'invalid', await stranger.sign(claimsOf(credentialBy(issuer.id)), { typ, ...jwkOnly }), ['KEY_NOT_PUBLISHED'], profile);
    const unlisted = await newIssuer(alg, 'https', 'unlisted', elsewhere);
    publishJwk(elsewhere, (await generateJoseKey(alg)).publicJwk);
    add('jwk-not-published', 'invalid', await stranger.sign(claimsOf(credentialBy(unlisted.id)), { typ, ...jwkOnly }), ['KEY_NOT_PUBLISHED'], label(alg, 'https'));
    const unreachable = `${await deadOrigin()}/issuers/${format}-${alg.toLowerCase()}`;
    add('jwk-keys-unreachable', 'unverifiable', await stranger.sign(claimsOf(credentialBy(unreachable)), { typ, ...jwkOnly }), ['KEY_NOT_PUBLISHED'], label(alg, 'https'));

    // jwk header, and the https issuer does publish that key at its origin.
    const publisher = await newIssuer(alg, 'https', 'publisher');
    publishJwk(home, publisher.key.publicJwk);
    add('jwk-published', 'verified', await publisher.sign(claimsOf(credentialBy(publisher.id)), { typ, header: { jwk: publisher.key.publicJwk } }), [], label(alg, 'https'));

    add('alg-none', 'invalid', unsignedToken({ ...header, alg: 'none' }, payload), ['PROOF_MALFORMED'], profile);
    add('hs256-public-key', 'invalid', await hmacWithPublicKey(payload, new TextEncoder().encode(issuer.key.publicPem), header), ['PROOF_MALFORMED'], profile);
    const crit = 'urn:example:must-understand';
    add('unknown-crit', 'invalid', await issuer.sign(payload, { typ, header: { crit: [crit], [crit]: true }, crit: { [crit]: true } }), [], profile);

    // iss names someone other than the credential's issuer.
    add('iss-mismatch', 'invalid', await issue(issuer, {}, { iss: stranger.id }), [], profile);
  }

  // The JWT's own validity claims (RFC 7519 §4.1.4, §4.1.5): in a vc+jwt they bound the token
  // beside validFrom/validUntil; in a VC-JWT they stand for issuanceDate and expirationDate, so a
  // vc claim that states other dates contradicts them (security.md §6 C40).
  const dated = byProfile.get(label('EdDSA', 'did:key'))!;
  const past = seconds(EXPIRED_UNTIL);
  const future = seconds(FUTURE_FROM);
  if (format === 'vc-jose') {
    add('expired-by-exp-claim', 'expired', await issue(dated, {}, { exp: past }), ['CREDENTIAL_EXPIRED'], label('EdDSA', 'did:key'));
    add('not-yet-valid-by-nbf-claim', 'not-yet-valid', await issue(dated, {}, { nbf: future }), ['CREDENTIAL_NOT_YET_VALID'], label('EdDSA', 'did:key'));
  } else {
    const expiring = vcJwtClaims(credentialBy(dated.id), { exp: past });
    (expiring.vc as JsonObject).expirationDate = '2030-01-01T00:00:00Z';
    add('claims-disagree', 'invalid', await dated.sign(expiring, { typ }), [], 'exp before vc.expirationDate');
    const starting = vcJwtClaims(credentialBy(dated.id), { nbf: future });
    (starting.vc as JsonObject).issuanceDate = '2025-01-01T00:00:00Z';
    add('claims-disagree', 'invalid', await dated.sign(starting, { typ }), [], 'nbf after vc.issuanceDate');
  }

  if (format === 'vc-jose') {
    // An issuer with only a JOSE key secures its status list as a vc+jwt too: served as
    // application/vc+jwt, or as an EnvelopedVerifiableCredential in JSON.
    const joseOnly = byProfile.get(label('ES256', 'did:key'))!;
    const jwtListPath = '/status/vc-jose/as-vc-jwt';
    home.route(jwtListPath, { body: await joseStatusList(joseOnly, home.url(jwtListPath), [REVOKED_INDEX]), headers: { 'content-type': 'application/vc+jwt' } });
    const envelopedListPath = '/status/vc-jose/enveloped';
    home.json(envelopedListPath, envelope(await joseStatusList(joseOnly, home.url(envelopedListPath), [REVOKED_INDEX])));
    for (const [path, how] of [[jwtListPath, 'list as application/vc+jwt'], [envelopedListPath, 'list as EnvelopedVerifiableCredential']] as const) {
      add('revoked-by-jose-list', 'revoked', await issue(joseOnly, { credentialStatus: statusEntry(home.url(path), REVOKED_INDEX, 'revocation') }), ['CREDENTIAL_REVOKED'], `${label('ES256', 'did:key')}, ${how}`);
    }

    // VC-JOSE-COSE §3.1.1: a vc+jwt payload is the credential; a vc claim must not appear.
    for (const { alg, kind } of ONE_PER_ALG) {
      const issuer = byProfile.get(label(alg, kind))!;
      const credential = credentialBy(issuer.id);
      add('vc-claim-in-vc-jwt', 'invalid', await issuer.sign({ ...credential, vc: credential }, { typ }), ['PROPERTY_WRONG_TYPE'], label(alg, kind));
    }
    fixtures.push(...(await envelopedFixtures(format, byProfile)));
  } else {
    fixtures.push(...(await presentationFixtures(format, byProfile)));
  }
  return fixtures;
}

/** VP-JWTs (VC 1.1 `vp` claim) signed by a did:key holder, holding VC-JWTs about the holder. */
async function presentationFixtures(format: JoseFormat, byProfile: ReadonlyMap<string, JoseIssuer>): Promise<JoseFixture[]> {
  const holder = await createJoseIssuer({ alg: 'EdDSA', kind: 'did:key' });
  const issue = (issuer: JoseIssuer, extra: Partial<Parameters<typeof openBadgeCredential>[0]> = {}) =>
    issuer.sign(vcJwtClaims(openBadgeCredential({ version: 1, issuer: issuer.id, subjectId: holder.id, ...extra })), { typ: VC_JWT_TYP });
  const web = byProfile.get('ES256 did:web')!;
  const jwk = byProfile.get('RS256 did:jwk')!;
  const present = (tokens: string[]) => holder.sign(vpJwtClaims(holder.id, tokens, CHALLENGE), { typ: VC_JWT_TYP });
  const options = { ...OPTIONS, challenge: CHALLENGE };
  const fixture = (variant: string, expected: Verdict, input: string, children: Verdict[], codes: ProblemCode[] = []): JoseFixture =>
    ({ name: fixtureName(format, 'presentation', expected, variant), scenario: 'presentation', input, expect: expected, codes, options, children });
  return [
    fixture('two valid', 'verified', await present([await issue(web), await issue(jwk)]), ['verified', 'verified']),
    fixture('valid and expired', 'expired', await present([await issue(web), await issue(jwk, { validUntil: EXPIRED_UNTIL })]), ['verified', 'expired'], ['CREDENTIAL_EXPIRED']),
  ];
}

/** VC 2.0 presentations carrying VC-JOSE credentials as EnvelopedVerifiableCredential data: URLs. */
async function envelopedFixtures(format: JoseFormat, byProfile: ReadonlyMap<string, JoseIssuer>): Promise<JoseFixture[]> {
  const holder = await createJoseIssuer({ alg: 'ES256', kind: 'did:key' });
  const issuer = byProfile.get('EdDSA did:web')!;
  const valid = await issuer.sign(vcJoseClaims(openBadgeCredential({ version: 2, issuer: issuer.id, subjectId: holder.id })));
  const presentation = envelopedPresentation(holder.id, [valid], CHALLENGE);
  const fixture = (variant: string, input: string | JsonObject, options: VerifyOptions): JoseFixture =>
    ({ name: fixtureName(format, 'enveloped-in-presentation', 'verified', variant), scenario: 'enveloped-in-presentation', input, expect: 'verified', codes: [], options, children: ['verified'] });
  return [
    fixture('vp+jwt signed by the holder', await holder.sign(presentation, { typ: VP_JOSE_TYP }), { ...OPTIONS, challenge: CHALLENGE }),
    // Unsigned, it cannot answer a challenge; it still carries its signed credential.
    fixture('unsecured JSON presentation', presentation, OPTIONS),
  ];
}

/**
 * Open Badges 2.0 for tests (1EdTech OB 2.0 §Assertion, §BadgeClass, §Profile, §HostedBadge,
 * §SignedBadge, §CryptographicKey, §RevocationList): issuer Profiles, BadgeClasses and
 * Assertions, hosted where their ids say, and signed assertions (RS256 compact JWS, signed with
 * `jose` and a fresh RSA key whose PEM the issuer publishes).
 *
 * Documents are named by an origin (`https://localhost:<port>` for the fixture server, or a
 * platform origin such as `https://www.credly.com` that a test fetch routes to the fixture
 * server) and served at the same path on a fixture server.
 *
 * @example
 * ```ts
 * const site = ob2Site(server);
 * const issuer = site.issuer('uni');
 * const badge = site.badgeClass('uni', 'data-literacy', issuer.id);
 * const assertion = site.assertion('uni', 'a-1', badge.id, { recipient: { email: 'ada@example.org', salt: 'pepper' } });
 * ```
 */
import { createHash, randomUUID } from 'node:crypto';
import type { FixtureServer, Route } from './fixture-server.ts';
import type { JsonObject } from './issue.ts';
import { generateJoseKey, signCompact, type JoseKey } from './issue-jose.ts';

export const OB2_CONTEXT = 'https://w3id.org/openbadges/v2';
export const OB2_ISSUED = '2025-03-01T09:00:00Z';
export const OB2_BADGE_NAME = 'Open Data Practitioner';
export const OB2_ISSUER_NAME = 'Fixture Institute of Technology';
export const RECIPIENT_EMAIL = 'ada.lovelace@example.org';

/** `sha256$` + hex of the identity followed by the salt (OB 2.0 §IdentityObject). */
export function hashedIdentity(identity: string, salt = ''): string {
  return `sha256$${createHash('sha256').update(identity + salt).digest('hex')}`;
}

export interface AssertionOptions {
  recipient?: { email: string; salt?: string };
  issuedOn?: string;
  expires?: string;
  revoked?: boolean;
  /** Default: `{ type: 'HostedBadge' }`. */
  verification?: JsonObject;
  /** Default: the assertion URL on the site. */
  id?: string;
}

/** Where OB 2.0 documents live: the origin their ids name, and the server that answers for it. */
export interface Ob2Site {
  origin: string;
  server: FixtureServer;
  /** `<origin><path>` */
  url(path: string): string;
  /** Serves `document` at the path of `id` (which must be on this site's origin). */
  publish(document: JsonObject, route?: Omit<Route, 'body'>): JsonObject;
  /** An issuer Profile at `/ob2/<issuer>/profile`, served. */
  issuer(issuer: string, extra?: JsonObject): JsonObject;
  /** A BadgeClass at `/ob2/<issuer>/badges/<badge>`, served. */
  badgeClass(issuer: string, badge: string, issuerId: string, extra?: JsonObject): JsonObject;
  /** A hosted Assertion at `/ob2/<issuer>/assertions/<name>`; not served until `publish`ed. */
  assertion(issuer: string, name: string, badgeId: string, options?: AssertionOptions): JsonObject;
}

export function ob2Site(server: FixtureServer, origin: string = server.origin): Ob2Site {
  const url = (path: string) => `${origin}${path}`;
  const publish = (document: JsonObject, route: Omit<Route, 'body'> = {}) => {
    const id = String(document.id);
    if (!id.startsWith(`${origin}/`)) throw new Error(`${id} is not on ${origin}`);
    server.json(new URL(id).pathname, document, route);
    return document;
  };
  return {
    origin,
    server,
    url,
    publish,
    issuer: (issuer, extra = {}) =>
      publish({
        '@context': OB2_CONTEXT,
        type: 'Issuer',
        id: url(`/ob2/${issuer}/profile`),
        name: OB2_ISSUER_NAME,
        url: origin,
        email: 'badges@example.org',
        ...extra,
      }),
    badgeClass: (issuer, badge, issuerId, extra = {}) =>
      publish({
        '@context': OB2_CONTEXT,
        type: 'BadgeClass',
        id: url(`/ob2/${issuer}/badges/${badge}`),
        name: OB2_BADGE_NAME,
        description: 'Publishes a cleaned, documented open data set with a licence and a data dictionary.',
        image: url(`/ob2/${issuer}/badges/${badge}/image.png`),
        criteria: { narrative: 'Published one data set that passed the open data checklist.' },
        tags: ['open data', 'data literacy'],
        issuer: issuerId,
        ...extra,
      }),
    assertion: (issuer, name, badgeId, options = {}) => ob2Assertion(options.id ?? url(`/ob2/${issuer}/assertions/${name}`), badgeId, options),
  };
}

/** An OB 2.0 Assertion with a hashed email recipient. */
export function ob2Assertion(id: string, badgeId: string, options: AssertionOptions = {}): JsonObject {
  const { email, salt } = options.recipient ?? { email: RECIPIENT_EMAIL };
  const assertion: JsonObject = {
    '@context': OB2_CONTEXT,
    type: 'Assertion',
    id,
    recipient: { type: 'email', hashed: true, ...(salt === undefined ? {} : { salt }), identity: hashedIdentity(email, salt) },
    badge: badgeId,
    issuedOn: options.issuedOn ?? OB2_ISSUED,
    verification: options.verification ?? { type: 'HostedBadge' },
    evidence: [{ narrative: 'Data set published at the city open data portal.' }],
  };
  if (options.expires !== undefined) assertion.expires = options.expires;
  if (options.revoked !== undefined) assertion.revoked = options.revoked;
  return assertion;
}

/** An issuer that signs its assertions (OB 2.0 §SignedBadge) with an RSA key it publishes. */
export interface Ob2SigningIssuer {
  profile: JsonObject;
  badgeClass: JsonObject;
  /** The CryptographicKey document: id, owner, publicKeyPem. */
  key: JsonObject;
  joseKey: JoseKey;
  revocationList: JsonObject;
  /** A signed assertion of this issuer's BadgeClass (id `urn:uuid:...`), as a compact JWS. */
  sign(options?: AssertionOptions & { header?: Record<string, unknown> }): Promise<string>;
  /** The unsigned assertion `sign` would sign. */
  assertion(options?: AssertionOptions): JsonObject;
}

export interface SigningIssuerOptions {
  /** The key's `owner`; default: the issuer itself. */
  owner?: string;
  /** Whether the issuer Profile lists the key in `publicKey`. Default: true. */
  listKey?: boolean;
  /** Assertion ids the issuer's RevocationList names. */
  revoked?: readonly string[];
}

export async function createOb2SigningIssuer(site: Ob2Site, name: string, options: SigningIssuerOptions = {}): Promise<Ob2SigningIssuer> {
  const joseKey = await generateJoseKey('RS256');
  const profileId = site.url(`/ob2/${name}/profile`);
  const keyId = site.url(`/ob2/${name}/keys/1`);
  const listId = site.url(`/ob2/${name}/revocations`);
  const otherKey = site.url(`/ob2/${name}/keys/2`);
  const key = site.publish({ '@context': OB2_CONTEXT, type: 'CryptographicKey', id: keyId, owner: options.owner ?? profileId, publicKeyPem: joseKey.publicPem });
  const revocationList = site.publish({
    '@context': OB2_CONTEXT,
    type: 'RevocationList',
    id: listId,
    issuer: profileId,
    revokedAssertions: (options.revoked ?? []).map((id) => ({ id, revocationReason: 'Awarded in error' })),
  });
  const profile = site.issuer(name, { publicKey: (options.listKey ?? true) ? keyId : otherKey, revocationList: listId });
  const badgeClass = site.badgeClass(name, 'signed-badge', profileId);
  const assertion = (assertionOptions: AssertionOptions = {}) =>
    ob2Assertion(assertionOptions.id ?? `urn:uuid:${randomUUID()}`, String(badgeClass.id), { verification: { type: 'SignedBadge', creator: keyId }, ...assertionOptions });
  return {
    profile,
    badgeClass,
    key,
    joseKey,
    revocationList,
    assertion,
    sign: ({ header = {}, ...assertionOptions } = {}) => signCompact(assertion(assertionOptions), joseKey, { alg: 'RS256', ...header }),
  };
}

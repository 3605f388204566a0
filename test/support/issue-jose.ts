/**
 * JOSE-secured credentials for tests: VC-JWT (VC 1.1, the credential in a `vc` claim) and
 * VC-JOSE (VC 2.0, `typ: vc+jwt`, the payload is the credential), signed with `jose` and fresh
 * keys (EdDSA, ES256, ES384, RS256), by issuers identified as did:key, did:jwk, did:web (document
 * served by the fixture server) or an https URL whose origin serves a JWK Set.
 *
 * Tokens are built with `CompactSign`, so the header says exactly what a test asks for, including
 * things no honest issuer writes (`crit`, a `jwk`, another `kid`); `unsignedToken` writes tokens
 * no library would sign (`alg: none`).
 *
 * @example
 * ```ts
 * const issuer = await createJoseIssuer({ alg: 'ES256', kind: 'did:web', server, name: 'uni' });
 * const jwt = await issuer.sign(vcJoseClaims(openBadgeCredential({ version: 2, issuer: issuer.id })));
 * ```
 */
import { CompactSign, exportJWK, exportSPKI, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createCredential as createStatusListCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import type { FixtureServer } from './fixture-server.ts';
import { documentLoader, ISSUED, type FixtureIssuer, type JsonObject } from './issue.ts';
import { base58btcEncode } from './jcs-signer.ts';

export type JoseAlg = 'EdDSA' | 'ES256' | 'ES384' | 'RS256';
export const JOSE_ALGS: readonly JoseAlg[] = ['EdDSA', 'ES256', 'ES384', 'RS256'];

/**
 * How the issuer is identified. did:key cannot hold an RSA key here (no multicodec the engine
 * reads), so RS256 issuers are did:jwk, did:web or https.
 */
export type JoseIssuerKind = 'did:key' | 'did:jwk' | 'did:web' | 'https';

export const VC_JWT_TYP = 'JWT';
export const VC_JOSE_TYP = 'vc+jwt';
export const VP_JOSE_TYP = 'vp+jwt';

export interface JoseKey {
  alg: JoseAlg;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as a JWK with only its public members. */
  publicJwk: JWK;
  /** The public key as SPKI PEM: the bytes an HS256 key-confusion attack uses as the HMAC secret. */
  publicPem: string;
}

export async function generateJoseKey(alg: JoseAlg): Promise<JoseKey> {
  const { privateKey, publicKey } = alg === 'EdDSA'
    ? await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true })
    : await generateKeyPair(alg, { extractable: true });
  const { kty, crv, x, y, n, e } = await exportJWK(publicKey);
  const publicJwk: JWK = Object.fromEntries(Object.entries({ kty, crv, x, y, n, e }).filter(([, value]) => value !== undefined));
  return { alg, privateKey, publicKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

export interface SignOptions {
  /** Header parameters added to (or replacing) `alg`, `typ` and `kid`; `undefined` removes one. */
  header?: Record<string, unknown>;
  /** Sign with this key instead of the issuer's own (the header still says what `header` says). */
  key?: JoseKey;
  /** `crit` extensions the signer is told it understands, so that it signs such a header at all. */
  crit?: Record<string, boolean>;
}

export interface JoseIssuer {
  /** The issuer id: a DID, or for `https` the issuer's URL. */
  readonly id: string;
  readonly kind: JoseIssuerKind;
  readonly alg: JoseAlg;
  readonly key: JoseKey;
  /** The `kid` its tokens carry: an absolute DID URL; undefined for an https issuer (keys come from its JWK Set). */
  readonly kid: string | undefined;
  /**
   * For did:web issuers: a second key in the same DID document (Ed25519 Multikey, assertionMethod)
   * that signs the issuer's Data Integrity status lists, so status lists speak for the issuer.
   */
  readonly statusListSigner: FixtureIssuer | undefined;
  /** A compact JWS over `claims` with header `{ alg, typ, kid }` unless told otherwise. */
  sign(claims: JsonObject, options?: SignOptions & { typ?: string }): Promise<string>;
}

export interface JoseIssuerOptions {
  alg: JoseAlg;
  kind: JoseIssuerKind;
  /** Required for did:web and https. */
  server?: FixtureServer;
  /** did:web: `did:web:localhost%3A<port>:issuers:<name>`; https: `https://localhost:<port>/issuers/<name>`. */
  name?: string;
  /** Use this key instead of a fresh one. */
  key?: JoseKey;
}

/**
 * An issuer with a fresh key. A did:web issuer's DID document is served at
 * `/issuers/<name>/did.json`; an https issuer's key is not published here (see {@link publishJwk}),
 * since one origin has one `/.well-known/jwks.json` for all its issuers.
 */
export async function createJoseIssuer(options: JoseIssuerOptions): Promise<JoseIssuer> {
  const { alg, kind } = options;
  const key = options.key ?? (await generateJoseKey(alg));
  let id: string;
  let kid: string | undefined;
  let statusListSigner: FixtureIssuer | undefined;
  switch (kind) {
    case 'did:key':
      id = `did:key:${didKeyFingerprint(key.publicJwk)}`;
      kid = `${id}#${id.slice('did:key:'.length)}`;
      break;
    case 'did:jwk':
      id = `did:jwk:${Buffer.from(JSON.stringify(key.publicJwk)).toString('base64url')}`;
      kid = `${id}#0`;
      break;
    case 'did:web': {
      const { server, name } = requireServer(options);
      id = server.didWeb('issuers', name);
      kid = `${id}#key-1`;
      const statusKey = await Ed25519Multikey.generate({ id: `${id}#status-key`, controller: id });
      const document = {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
        id,
        verificationMethod: [
          { id: kid, type: 'JsonWebKey2020', controller: id, publicKeyJwk: key.publicJwk },
          { id: statusKey.id, type: 'Multikey', controller: id, publicKeyMultibase: statusKey.publicKeyMultibase },
        ],
        assertionMethod: [kid, statusKey.id],
        authentication: [kid],
      };
      server.json(`/issuers/${name}/did.json`, document);
      statusListSigner = dataIntegritySigner(id, statusKey, document);
      break;
    }
    case 'https': {
      const { server, name } = requireServer(options);
      id = server.url(`/issuers/${name}`);
      kid = undefined;
      break;
    }
  }
  return {
    id,
    kind,
    alg,
    key,
    kid,
    statusListSigner,
    sign: (claims, signOptions = {}) =>
      signCompact(claims, signOptions.key ?? key, { alg, typ: signOptions.typ ?? VC_JOSE_TYP, ...(kid ? { kid } : {}), ...signOptions.header }, signOptions.crit),
  };
}

function requireServer(options: JoseIssuerOptions): { server: FixtureServer; name: string } {
  if (!options.server || !options.name) throw new TypeError(`a ${options.kind} issuer needs a server and a name`);
  return { server: options.server, name: options.name };
}

/** Signs `claims` with `key` under exactly `header` (entries whose value is undefined are left out). */
export async function signCompact(claims: JsonObject, key: JoseKey, header: Record<string, unknown>, crit?: Record<string, boolean>): Promise<string> {
  const protectedHeader = Object.fromEntries(Object.entries(header).filter(([, value]) => value !== undefined));
  const signer = new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ alg: key.alg, ...protectedHeader });
  return signer.sign(key.privateKey, crit ? { crit } : {});
}

/** A token no library signs: the header and payload as given, and an empty signature. */
export function unsignedToken(header: Record<string, unknown>, claims: JsonObject): string {
  return `${base64urlJson(header)}.${base64urlJson(claims)}.`;
}

/** An HS256 token whose HMAC secret is the issuer's public key (the RS256/HS256 key-confusion attack). */
export async function hmacWithPublicKey(claims: JsonObject, publicKeyBytes: Uint8Array, header: Record<string, unknown>): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims))).setProtectedHeader({ ...header, alg: 'HS256' }).sign(publicKeyBytes);
}

export function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The header and payload of a compact JWS, decoded without any check. */
export function decodeToken(token: string): { header: JsonObject; payload: JsonObject; signature: string } {
  const [header = '', payload = '', signature = ''] = token.split('.');
  const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as JsonObject;
  return { header: decode(header), payload: decode(payload), signature };
}

const PUBLISHED_JWKS = new WeakMap<FixtureServer, JWK[]>();

/**
 * Adds `jwk` to the JWK Set the server publishes at `/.well-known/jwks.json` (OB 3.0
 * Implementation Guide, "Key provenance"): every https issuer of that origin publishes these keys.
 */
export function publishJwk(server: FixtureServer, jwk: JWK): void {
  const keys = [...(PUBLISHED_JWKS.get(server) ?? []), jwk];
  PUBLISHED_JWKS.set(server, keys);
  server.json('/.well-known/jwks.json', { keys: keys.map((key, i) => ({ ...key, kid: `key-${i + 1}`, use: 'sig' })) }, { headers: { 'content-type': 'application/jwk-set+json' } });
}

const MULTICODEC_PREFIX: Record<string, readonly number[]> = {
  Ed25519: [0xed, 0x01],
  'P-256': [0x80, 0x24],
  'P-384': [0x81, 0x24],
};

/** The did:key fingerprint of an Ed25519, P-256 or P-384 public JWK: multicodec key, base58btc multibase. */
export function didKeyFingerprint(jwk: JWK): string {
  const prefix = MULTICODEC_PREFIX[jwk.crv ?? ''];
  if (!prefix || !jwk.x) throw new TypeError(`did:key cannot hold a ${jwk.kty} ${jwk.crv ?? ''} key here`);
  const x = Buffer.from(jwk.x, 'base64url');
  let key: Uint8Array = x;
  if (jwk.kty === 'EC') {
    const y = Buffer.from(jwk.y ?? '', 'base64url');
    key = Uint8Array.of(0x02 | (y[y.length - 1]! & 1), ...x);
  }
  return `z${base58btcEncode(Uint8Array.of(...prefix, ...key))}`;
}

/**
 * A Data Integrity (eddsa-rdfc-2022) signer for `did`, usable wherever a {@link FixtureIssuer}
 * is (e.g. `issueStatusList`). Its DID document is given to the fixture document loader's
 * fallback only for signing; verification reads it from the fixture server.
 */
function dataIntegritySigner(did: string, pair: Ed25519Multikey.MultikeyPair, didDocument: JsonObject): FixtureIssuer {
  const signer = pair.signer();
  const loader: vc.DocumentLoader = async (url) => (url.split('#')[0] === did ? { contextUrl: null, documentUrl: url, document: didDocument } : documentLoader(url));
  return {
    did,
    kind: 'did:web',
    suite: 'eddsa-rdfc-2022',
    keyId: pair.id,
    otherKeyId: pair.id,
    didDocument,
    sign: (credential, options = {}) =>
      vc.issue({ credential: structuredClone(credential), suite: new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date: options.date ?? ISSUED }), documentLoader: loader }),
    signPresentation: () => Promise.reject(new Error('the status list key signs no presentations')),
  };
}

const seconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

/**
 * VC 1.1 JWT claims for an unsigned VC 1.1 credential (VC 1.1 §6.3.1 "JWT encoding"): `iss`,
 * `jti`, `sub`, `nbf` and `exp` carry issuer, id, subject id, issuanceDate and expirationDate,
 * which the `vc` claim then leaves out (the issuer object stays, as Open Badges 3.0 needs its
 * type and name). `extra` claims are added last.
 */
export function vcJwtClaims(credential: JsonObject, extra: JsonObject = {}): JsonObject {
  const inner = structuredClone(credential);
  const issuer = inner.issuer as JsonObject;
  const subject = inner.credentialSubject as JsonObject;
  const claims: JsonObject = { iss: issuer.id, jti: inner.id, sub: subject.id, nbf: seconds(String(inner.issuanceDate)), iat: seconds(ISSUED) };
  if (typeof inner.expirationDate === 'string') claims.exp = seconds(inner.expirationDate);
  delete inner.id;
  delete inner.issuanceDate;
  delete inner.expirationDate;
  return { ...claims, vc: inner, ...extra };
}

/** VC 2.0 JOSE claims: the credential itself is the payload (VC-JOSE-COSE §3.1.1), plus `extra`. */
export function vcJoseClaims(credential: JsonObject, extra: JsonObject = {}): JsonObject {
  return { ...structuredClone(credential), ...extra };
}

/** VC 1.1 VP-JWT claims: the holder as `iss`, the presentation in `vp`, the challenge as `nonce`. */
export function vpJwtClaims(holder: string, credentials: readonly unknown[], nonce: string): JsonObject {
  return {
    iss: holder,
    nonce,
    iat: seconds(ISSUED),
    vp: { '@context': ['https://www.w3.org/2018/credentials/v1'], type: ['VerifiablePresentation'], verifiableCredential: [...credentials] },
  };
}

/** A VC 2.0 presentation carrying VC-JOSE credentials as EnvelopedVerifiableCredential objects (VCDM 2.0 §4.13). */
export function envelopedPresentation(holder: string, tokens: readonly string[], nonce: string): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    type: ['VerifiablePresentation'],
    holder,
    nonce,
    verifiableCredential: tokens.map(envelope),
  };
}

/**
 * A VC 2.0 BitstringStatusListCredential of `issuer` with `set` bits, secured as a vc+jwt by the
 * issuer's own JOSE key (Bitstring Status List v1.0 leaves the securing mechanism open), for
 * issuers that have no Data Integrity key.
 */
export async function joseStatusList(issuer: JoseIssuer, url: string, set: readonly number[]): Promise<string> {
  const list = await createList({ length: 131_072 });
  for (const index of set) list.setStatus(index, true);
  const unsigned = await createStatusListCredential({ id: url, list, statusPurpose: 'revocation' });
  return issuer.sign({ ...unsigned, issuer: issuer.id, validFrom: ISSUED });
}

/** A credential secured as a JWT, wrapped as a VC 2.0 EnvelopedVerifiableCredential (VCDM 2.0 §4.13). */
export function envelope(token: string): JsonObject {
  return { '@context': ['https://www.w3.org/ns/credentials/v2'], type: ['EnvelopedVerifiableCredential'], id: `data:application/vc+jwt,${token}` };
}

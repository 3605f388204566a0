/**
 * The scenario fixtures: real credentials, issued in the test run, each named
 * `<profile>/<variant>--<expected verdict>` (e.g. `ob3-eddsa-didweb-vc2/revoked--revoked`).
 *
 * A profile is one way of issuing: proof suite × issuer kind (did:key, or did:web served by the
 * fixture server) × VC data model version. Every profile gets the core scenarios; the network and
 * edge scenarios use one profile per suite. Building the catalogue leaves the servers in the
 * state the fixtures need and nothing changes it afterwards, so fixtures verify in any order.
 */
import type { ProblemCode, Verdict, VerifyOptions } from '../../components/core/index.ts';
import { deadOrigin, loopbackFetch, type FixtureServer } from './fixture-server.ts';
import {
  createIssuer,
  didWebPath,
  issuePresentation,
  issueStatusList,
  openBadgeCredential,
  statusEntry,
  SUITE_IDS,
  type CredentialOptions,
  type FixtureIssuer,
  type IssuerKind,
  type JsonObject,
  type StatusPurpose,
  type SuiteId,
} from './issue.ts';

/** The instant every fixture is judged at. */
export const NOW = '2026-06-01T00:00:00Z';
export const EXPIRED_UNTIL = '2026-01-01T00:00:00Z';
export const FUTURE_FROM = '2027-01-01T00:00:00Z';
/** A retrieval time limit the slow routes exceed. */
export const SHORT_TIMEOUT_MS = 400;
const SLOW_MS = 5_000;
/** The challenge fixture presentations are signed for. */
export const CHALLENGE = 'c0ffee-5e55-4a1b-9d2f-challenge';

export type ScenarioId =
  | 'valid'
  | 'status-list-credential'
  | 'tampered'
  | 'expired'
  | 'not-yet-valid'
  | 'revoked'
  | 'suspended'
  | 'wrong-key'
  | 'key-not-issuers'
  | 'unknown-proof-type'
  | 'unsupported-cryptosuite'
  | 'status-list-404'
  | 'status-list-server-down'
  | 'status-list-timeout'
  | 'status-list-foreign-issuer'
  | 'did-web-404'
  | 'did-web-timeout'
  | 'key-not-authorised'
  | 'did-document-mismatch'
  | 'status-list-tampered'
  | 'status-purpose-mismatch'
  | 'status-index-out-of-range'
  | 'status-list-redirect'
  | 'credential-by-url'
  | 'presentation'
  | 'presentation-foreign-subject';

export interface Fixture {
  /** `<profile>/<variant>--<expected verdict>`; the variant is the scenario unless it has several. */
  name: string;
  scenario: ScenarioId;
  input: JsonObject;
  expect: Verdict;
  /** Problem codes the report (or, for a presentation, one of its children) must name. */
  codes: ProblemCode[];
  /** The options to verify with: loopback fetch, the fixture instant, and any scenario extras. */
  options: VerifyOptions;
  /** For presentations: the verdicts of the embedded credentials, in order. */
  children?: Verdict[];
  /** Where the fixture is also served, for scenarios that verify it by URL. */
  url?: string;
}

export interface Profile {
  suite: SuiteId;
  kind: IssuerKind;
  version: 1 | 2;
  /** e.g. `ob3-eddsa-didweb-vc2` */
  label: string;
}

const SUITE_LABELS: Record<SuiteId, string> = {
  'eddsa-rdfc-2022': 'eddsa',
  'ecdsa-rdfc-2019-p256': 'ecdsa-p256',
  'ecdsa-rdfc-2019-p384': 'ecdsa-p384',
  Ed25519Signature2020: 'ed2020',
  Ed25519Signature2018: 'ed2018',
};

const profileLabel = (suite: SuiteId, kind: IssuerKind, version: 1 | 2) => `ob3-${SUITE_LABELS[suite]}-${kind.replace(':', '')}-vc${version}`;

export const PROFILES: readonly Profile[] = SUITE_IDS.flatMap((suite) =>
  (['did:key', 'did:web'] as const).flatMap((kind) => ([2, 1] as const).map((version) => ({ suite, kind, version, label: profileLabel(suite, kind, version) }))),
);

/** Where fixtures live: `home` serves the issuers and their lists; `elsewhere` is another origin. */
export interface FixtureServers {
  home: FixtureServer;
  elsewhere: FixtureServer;
}

const BASE_OPTIONS: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };

/** Status list indexes: clear in every list, set in the revocation list, set in the suspension list. */
const INDEX = { clear: 1, revoked: 5, suspended: 6 } as const;

/** Builds every fixture (about 300, from about 230 signatures: a few seconds). */
export async function buildFixtures(servers: FixtureServers): Promise<Fixture[]> {
  const dead = await deadOrigin();
  // One profile per suite for the network and edge scenarios, rotating so each kind and version appears.
  const rotated = (offset: number) => SUITE_IDS.map((suite, i) => PROFILES.filter((p) => p.suite === suite)[(i + offset) % 4]!);
  const groups = await Promise.all([
    ...PROFILES.map((profile) => profileFixtures(profile, servers)),
    ...rotated(0).map((profile) => networkFixtures(profile, servers, dead)),
    ...rotated(1).map((profile) => edgeFixtures(profile, servers)),
    presentationFixtures(servers),
  ]);
  return groups.flat();
}

interface FixtureSpec {
  scenario: ScenarioId;
  input: JsonObject;
  expect: Verdict;
  codes?: ProblemCode[];
  options?: VerifyOptions;
  variant?: string;
  children?: Verdict[];
  url?: string;
}

function fixture(label: string, spec: FixtureSpec): Fixture {
  const { scenario, input, expect, codes = [], options = {}, variant = scenario, children, url } = spec;
  return {
    name: `${label}/${variant}--${expect}`,
    scenario,
    input,
    expect,
    codes,
    options: { ...BASE_OPTIONS, ...options },
    ...(children ? { children } : {}),
    ...(url ? { url } : {}),
  };
}

/** The core scenarios, for one profile. */
async function profileFixtures(profile: Profile, servers: FixtureServers): Promise<Fixture[]> {
  const { home } = servers;
  const { suite, kind, version, label } = profile;
  const issuer = await createIssuer({ suite, kind, server: home, name: label });
  const stranger = await createIssuer({ suite });
  const revocation = await publishList(issuer, home, `/status/${label}/revocation`, 'revocation', [INDEX.revoked]);
  const suspension = await publishList(issuer, home, `/status/${label}/suspension`, 'suspension', [INDEX.suspended]);
  const unsigned = (extra: Partial<CredentialOptions> = {}) =>
    openBadgeCredential({
      version,
      issuer: issuer.did,
      credentialStatus: [statusEntry(revocation.url, INDEX.clear, 'revocation'), statusEntry(suspension.url, INDEX.clear, 'suspension')],
      ...extra,
    });
  const atIndex = (index: number) => [statusEntry(revocation.url, index, 'revocation'), statusEntry(suspension.url, index, 'suspension')];

  const valid = await issuer.sign(unsigned());
  const tampered = structuredClone(valid);
  achievementOf(tampered).name = 'Advanced Data Science (with distinction)';
  const wrongKey = structuredClone(valid);
  proofOf(wrongKey).verificationMethod = issuer.otherKeyId;
  const unknownType = structuredClone(valid);
  proofOf(unknownType).type = 'BbsBlsSignature2020';

  const fixtures = [
    fixture(label, { scenario: 'valid', input: valid, expect: 'verified' }),
    fixture(label, { scenario: 'status-list-credential', variant: 'revocation-list', input: revocation.credential, expect: 'verified' }),
    fixture(label, { scenario: 'status-list-credential', variant: 'suspension-list', input: suspension.credential, expect: 'verified' }),
    fixture(label, { scenario: 'tampered', input: tampered, expect: 'invalid', codes: ['SIGNATURE_INVALID'] }),
    fixture(label, { scenario: 'expired', input: await issuer.sign(unsigned({ validUntil: EXPIRED_UNTIL })), expect: 'expired', codes: ['CREDENTIAL_EXPIRED'] }),
    fixture(label, { scenario: 'not-yet-valid', input: await issuer.sign(unsigned({ validFrom: FUTURE_FROM })), expect: 'not-yet-valid', codes: ['CREDENTIAL_NOT_YET_VALID'] }),
    fixture(label, { scenario: 'revoked', input: await issuer.sign(unsigned({ credentialStatus: atIndex(INDEX.revoked) })), expect: 'revoked', codes: ['CREDENTIAL_REVOKED'] }),
    fixture(label, { scenario: 'suspended', input: await issuer.sign(unsigned({ credentialStatus: atIndex(INDEX.suspended) })), expect: 'suspended', codes: ['CREDENTIAL_SUSPENDED'] }),
    fixture(label, { scenario: 'wrong-key', input: wrongKey, expect: 'invalid', codes: ['SIGNATURE_INVALID'] }),
    fixture(label, { scenario: 'key-not-issuers', input: await stranger.sign(unsigned()), expect: 'invalid', codes: ['KEY_NOT_ISSUERS'] }),
    fixture(label, { scenario: 'unknown-proof-type', input: unknownType, expect: 'unverifiable', codes: ['PROOF_TYPE_UNSUPPORTED'] }),
  ];
  if (proofOf(valid).type === 'DataIntegrityProof') {
    const unsupported = structuredClone(valid);
    proofOf(unsupported).cryptosuite = 'bbs-2023';
    fixtures.push(fixture(label, { scenario: 'unsupported-cryptosuite', input: unsupported, expect: 'unverifiable', codes: ['CRYPTOSUITE_UNSUPPORTED'] }));
  }
  return fixtures;
}

/** Status lists that cannot be had or cannot be trusted, and did:web documents that cannot be had. */
async function networkFixtures(profile: Profile, servers: FixtureServers, dead: string): Promise<Fixture[]> {
  const { home, elsewhere } = servers;
  const { suite, kind, version } = profile;
  const label = `${profile.label}-net`;
  const issuer = await createIssuer({ suite, kind, server: home, name: label });
  const withStatus = (url: string) => issuer.sign(openBadgeCredential({ version, issuer: issuer.did, credentialStatus: statusEntry(url, INDEX.clear, 'revocation') }));

  const slowList = await publishList(issuer, home, `/status/${label}/slow`, 'revocation', [], { delayMs: SLOW_MS });
  // Another issuer's list, on an origin the credential's issuer has nothing to do with, saying "not revoked".
  const foreignList = await publishList(await createIssuer({ suite }), elsewhere, `/status/${label}/foreign`, 'revocation', []);

  const webLabel = `${profileLabel(suite, 'did:web', version)}-net`;
  const gone = await createIssuer({ suite, kind: 'did:web', server: home, name: `${label}-gone` });
  home.remove(didWebPath(`${label}-gone`));
  const slow = await createIssuer({ suite, kind: 'did:web', server: home, name: `${label}-slow` });
  home.json(didWebPath(`${label}-slow`), slow.didDocument, { delayMs: SLOW_MS });
  const signedBy = (web: FixtureIssuer) => web.sign(openBadgeCredential({ version, issuer: web.did }));
  const short = { timeoutMs: SHORT_TIMEOUT_MS };

  return [
    fixture(label, { scenario: 'status-list-404', input: await withStatus(home.url(`/status/${label}/missing`)), expect: 'unverifiable', codes: ['STATUS_LIST_UNREACHABLE'] }),
    fixture(label, { scenario: 'status-list-server-down', input: await withStatus(`${dead}/status/${label}`), expect: 'unverifiable', codes: ['STATUS_LIST_UNREACHABLE'] }),
    fixture(label, { scenario: 'status-list-timeout', input: await withStatus(slowList.url), expect: 'unverifiable', codes: ['STATUS_LIST_UNREACHABLE'], options: short }),
    fixture(label, { scenario: 'status-list-foreign-issuer', input: await withStatus(foreignList.url), expect: 'unverifiable', codes: ['STATUS_LIST_ISSUER_MISMATCH'] }),
    fixture(webLabel, { scenario: 'did-web-404', input: await signedBy(gone), expect: 'unverifiable', codes: ['VERIFICATION_METHOD_UNRESOLVABLE'] }),
    fixture(webLabel, { scenario: 'did-web-timeout', input: await signedBy(slow), expect: 'unverifiable', codes: ['VERIFICATION_METHOD_UNRESOLVABLE'], options: short }),
  ];
}

/**
 * Keys the issuer does not authorise for assertions, DID documents for another DID, status lists
 * altered after signing or kept for the other purpose, indexes past the end, redirects, and a
 * credential retrieved by URL.
 */
async function edgeFixtures(profile: Profile, servers: FixtureServers): Promise<Fixture[]> {
  const { home } = servers;
  const { suite, kind, version } = profile;
  const label = `${profile.label}-edge`;
  const issuer = await createIssuer({ suite, kind, server: home, name: label });
  const sign = (extra: Partial<CredentialOptions> = {}) => issuer.sign(openBadgeCredential({ version, issuer: issuer.did, ...extra }));
  const revocation = await publishList(issuer, home, `/status/${label}/revocation`, 'revocation', [INDEX.revoked]);
  const suspension = await publishList(issuer, home, `/status/${label}/suspension`, 'suspension', []);

  // Signed saying "revoked"; its bits are then swapped for an all-clear list's.
  const tampered = await publishList(issuer, home, `/status/${label}/tampered`, 'revocation', [INDEX.revoked]);
  const allClear = await issueStatusList(issuer, { url: tampered.url, purpose: 'revocation' });
  subjectOf(tampered.credential).encodedList = subjectOf(allClear).encodedList;
  home.json(new URL(tampered.url).pathname, tampered.credential);

  const movedPath = `/status/${label}/moved`;
  home.route(movedPath, { redirect: new URL(revocation.url).pathname });
  const hostedPath = `/credentials/${label}.json`;
  const hosted = await sign();
  home.json(hostedPath, hosted);

  const webLabel = `${profileLabel(suite, 'did:web', version)}-edge`;
  const authenticationOnly = await createIssuer({ suite, kind: 'did:web', server: home, name: `${label}-authn` });
  home.json(didWebPath(`${label}-authn`), { ...authenticationOnly.didDocument, assertionMethod: [], authentication: [authenticationOnly.keyId] });
  const impostor = await createIssuer({ suite, kind: 'did:web', server: home, name: `${label}-impostor` });
  home.json(didWebPath(`${label}-impostor`), { ...impostor.didDocument, id: home.didWeb('issuers', `${label}-someone-else`) });
  const signedBy = (web: FixtureIssuer) => web.sign(openBadgeCredential({ version, issuer: web.did }));

  return [
    fixture(label, { scenario: 'status-list-tampered', input: await sign({ credentialStatus: statusEntry(tampered.url, INDEX.revoked, 'revocation') }), expect: 'unverifiable', codes: ['STATUS_LIST_INVALID'] }),
    fixture(label, { scenario: 'status-purpose-mismatch', input: await sign({ credentialStatus: statusEntry(suspension.url, INDEX.clear, 'revocation') }), expect: 'unverifiable', codes: ['STATUS_PURPOSE_MISMATCH'] }),
    fixture(label, { scenario: 'status-index-out-of-range', input: await sign({ credentialStatus: statusEntry(revocation.url, 131_072, 'revocation') }), expect: 'invalid', codes: ['STATUS_INDEX_OUT_OF_RANGE'] }),
    fixture(label, { scenario: 'status-list-redirect', input: await sign({ credentialStatus: statusEntry(home.url(movedPath), INDEX.revoked, 'revocation') }), expect: 'revoked', codes: ['CREDENTIAL_REVOKED'] }),
    fixture(label, { scenario: 'credential-by-url', input: hosted, expect: 'verified', url: home.url(hostedPath) }),
    fixture(webLabel, { scenario: 'key-not-authorised', input: await signedBy(authenticationOnly), expect: 'invalid', codes: ['KEY_NOT_AUTHORISED'] }),
    fixture(webLabel, { scenario: 'did-document-mismatch', input: await signedBy(impostor), expect: 'invalid', codes: ['DID_DOCUMENT_MISMATCH'] }),
  ];
}

/**
 * Presentations signed by a did:key holder (authentication), each carrying two credentials about
 * the holder, with their own verdicts; and one that also carries a credential about someone else.
 */
async function presentationFixtures(servers: FixtureServers): Promise<Fixture[]> {
  const { home } = servers;
  const fixtures: Fixture[] = [];
  for (const [holderSuite, version] of [['eddsa-rdfc-2022', 2], ['Ed25519Signature2018', 1]] as const) {
    const label = `vp-${SUITE_LABELS[holderSuite]}-didkey-vc${version}`;
    const holder = await createIssuer({ suite: holderSuite });
    const webIssuer = await createIssuer({ suite: 'ecdsa-rdfc-2019-p256', kind: 'did:web', server: home, name: `${label}-issuer` });
    const keyIssuer = await createIssuer({ suite: 'Ed25519Signature2020' });
    const revocation = await publishList(webIssuer, home, `/status/${label}/revocation`, 'revocation', [INDEX.revoked]);
    const about = holder.did;
    const valid = () => keyIssuer.sign(openBadgeCredential({ version, issuer: keyIssuer.did, subjectId: about }));
    const revoked = await webIssuer.sign(openBadgeCredential({ version, issuer: webIssuer.did, subjectId: about, credentialStatus: statusEntry(revocation.url, INDEX.revoked, 'revocation') }));
    const expired = await keyIssuer.sign(openBadgeCredential({ version, issuer: keyIssuer.did, subjectId: about, validUntil: EXPIRED_UNTIL }));
    const tampered = await valid();
    achievementOf(tampered).name = 'Something never awarded';
    const someoneElses = await keyIssuer.sign(openBadgeCredential({ version, issuer: keyIssuer.did }));
    const present = (credentials: JsonObject[]) => issuePresentation(holder, credentials, CHALLENGE, version);
    const options = { challenge: CHALLENGE };
    fixtures.push(
      fixture(label, { scenario: 'presentation', variant: 'two-valid', input: await present([await valid(), await valid()]), expect: 'verified', options, children: ['verified', 'verified'] }),
      fixture(label, { scenario: 'presentation', variant: 'valid-and-revoked', input: await present([await valid(), revoked]), expect: 'revoked', codes: ['CREDENTIAL_REVOKED'], options, children: ['verified', 'revoked'] }),
      fixture(label, { scenario: 'presentation', variant: 'expired-and-tampered', input: await present([expired, tampered]), expect: 'invalid', codes: ['SIGNATURE_INVALID'], options, children: ['expired', 'invalid'] }),
      fixture(label, { scenario: 'presentation-foreign-subject', input: await present([await valid(), someoneElses]), expect: 'unverifiable', codes: ['HOLDER_NOT_SUBJECT'], options, children: ['verified', 'verified'] }),
    );
  }
  return fixtures;
}

interface PublishedList {
  url: string;
  credential: JsonObject;
}

/** Signs a status list with `bits` set and serves it at `path`. */
async function publishList(issuer: FixtureIssuer, server: FixtureServer, path: string, purpose: StatusPurpose, bits: number[], route: { delayMs?: number } = {}): Promise<PublishedList> {
  const url = server.url(path);
  const credential = await issueStatusList(issuer, { url, purpose, set: bits });
  server.json(path, credential, route);
  return { url, credential };
}

function proofOf(credential: JsonObject): JsonObject {
  return credential.proof as JsonObject;
}

function subjectOf(credential: JsonObject): JsonObject {
  return credential.credentialSubject as JsonObject;
}

function achievementOf(credential: JsonObject): JsonObject {
  return subjectOf(credential).achievement as JsonObject;
}

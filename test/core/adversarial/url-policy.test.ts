/**
 * The URL policy, end to end through `verify()`: every URL the engine would retrieve on a
 * credential's say-so is refused before any request when it names this machine, a private or
 * link-local network, a numeric or mapped spelling of one, a local-only name, a non-default port,
 * or a scheme other than https (security research §3.5, §6 G81–G82). The proof is an injected
 * fetch that records every call: it records none for the refused URL.
 *
 * Each place a URL comes from is covered with genuinely signed credentials: the input URL, the
 * issuer's did:web, a proof's verificationMethod, a status list, an Open Badges 2.0 hosted
 * assertion (its id and OB 1.x verify.url), BadgeClass, issuer Profile and signing key, and a JWT's
 * kid, issuer key set, jku and x5u. test/core/fetch/url-policy.test.ts tests the policy function
 * itself; bad-input.test.ts covers a few refused input URLs given as text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyInput, VerifyOptions } from '../../../components/core/index.ts';
import { FixtureServer, loopbackFetch } from '../../support/fixture-server.ts';
import { NOW } from '../../support/fixtures.ts';
import { createIssuer, issueStatusList, openBadgeCredential, statusEntry, type FixtureIssuer, type JsonObject } from '../../support/issue.ts';
import { createJoseIssuer, vcJoseClaims, type JoseIssuer } from '../../support/issue-jose.ts';
import { createOb2SigningIssuer, ob2Assertion, ob2Site, type Ob2Site, type Ob2SigningIssuer } from '../../support/issue-ob2.ts';
import { createDidKey, signJcs, type DidKey } from '../../support/jcs-signer.ts';
import { platformFetch } from '../../support/platform-fetch.ts';
import { codesOf, expectDetail, expectRefusedReport, explain, nonLoopbackHosts, recordingFetch, timedVerify } from './support.ts';

/** A refused place: a URL there, and for hosts the did:web that resolves to that host. */
interface Address {
  name: string;
  url: string;
  did?: string;
}

const host = (name: string, authority: string, path = '/credential.json'): Address => ({ name, url: `https://${authority}${path}`, did: `did:web:${encodeURIComponent(authority)}` });

const ADDRESSES: readonly Address[] = [
  host('loopback 127.0.0.1', '127.0.0.1'),
  host('loopback [::1]', '[::1]'),
  host('localhost', 'localhost'),
  host('localhost on port 8443', 'localhost:8443'),
  host('private 10.0.0.1', '10.0.0.1'),
  host('private 172.16.0.1', '172.16.0.1'),
  host('private 192.168.1.1', '192.168.1.1'),
  host('unique-local IPv6 [fc00::1]', '[fc00::1]'),
  host('link-local 169.254.1.1', '169.254.1.1'),
  host('the cloud metadata address 169.254.169.254', '169.254.169.254', '/latest/meta-data/'),
  host('link-local IPv6 [fe80::1]', '[fe80::1]'),
  host('IPv4-mapped IPv6 [::ffff:127.0.0.1]', '[::ffff:127.0.0.1]'),
  host('IPv4-mapped IPv6 of the metadata address', '[::ffff:169.254.169.254]', '/latest/meta-data/'),
  host('decimal 2130706433 (127.0.0.1)', '2130706433'),
  host('hexadecimal 0x7f000001 (127.0.0.1)', '0x7f000001'),
  host('octal 0177.0.0.1 (127.0.0.1)', '0177.0.0.1'),
  host('dotted hexadecimal 0xa9.0xfe.0xa9.0xfe (the metadata address)', '0xa9.0xfe.0xa9.0xfe', '/latest/meta-data/'),
  host('the .local name printer.local', 'printer.local'),
  host('the .internal name metadata.google.internal', 'metadata.google.internal', '/computeMetadata/v1/'),
  host('the single-label name intranet', 'intranet'),
  { name: 'plain http://example.org', url: 'http://example.org/credential.json' },
  { name: 'a file: URL', url: 'file:///etc/passwd' },
  { name: 'a data: URL that is no enveloped credential', url: 'data:application/json,%7B%22id%22%3A%22x%22%7D' },
  { name: 'a chrome-extension: URL', url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/credential.json' },
  { name: 'a javascript: URL', url: 'javascript:alert(document.domain)' },
];

const isHttp = (address: Address) => /^https?:/.test(address.url);
/** What a problem detail says when the policy (or the resolver, for a scheme it never fetches) refuses. */
const REFUSAL = /only https: is fetched|names an IP address|local or private host|names port|names no host|is not an http\(s\) URL|URL scheme that cannot be resolved/;
/** The public-looking host the Open Badges 2.0 documents around a refused reference are served from. */
const BADGES_HOST = 'badges.example.org';

let server: FixtureServer;
let issuer: FixtureIssuer;
let jcsSigner: DidKey;
let joseIssuer: JoseIssuer;
let publicSite: Ob2Site;
let signingIssuer: Promise<Ob2SigningIssuer> | undefined;

beforeAll(async () => {
  server = await FixtureServer.start();
  [issuer, jcsSigner, joseIssuer] = await Promise.all([createIssuer({ suite: 'eddsa-rdfc-2022' }), createDidKey(), createJoseIssuer({ alg: 'ES256', kind: 'did:key' })]);
  publicSite = ob2Site(server, `https://${BADGES_HOST}`);
});

afterAll(() => server?.close());

/** One verification whose only way forward is a request to the refused address. */
interface Attempt {
  input: VerifyInput;
  /** Hosts the verification may reach on the way (served by the fixture server). Default: none. */
  reachable?: readonly string[];
}

interface Source {
  /** Names where the URL comes from in a sentence: "a status list URL". */
  name: string;
  /** The addresses this place can name (did:web can only name hosts, say). */
  applies(address: Address): boolean;
  attempt(address: Address, tag: string): Promise<Attempt>;
  /** Whether the signature and the issuer are settled before this URL is needed. */
  vouched?: boolean;
  /** Whether a problem detail explains the refusal. Default: true. */
  explained?: boolean;
}

const credential = (extra: Partial<Parameters<typeof openBadgeCredential>[0]> = {}) => openBadgeCredential({ version: 2, issuer: issuer.did, ...extra });
const joseClaims = (issuerId: string) => vcJoseClaims(openBadgeCredential({ version: 2, issuer: issuerId }));

/** An OB 2.0 BadgeClass and issuer Profile served from the public badges host, around one refused reference. */
function publicBadge(tag: string, issuerId?: string): JsonObject {
  const profile = publicSite.issuer(tag);
  return publicSite.badgeClass(tag, 'badge', issuerId ?? String(profile.id));
}

const SOURCES: readonly Source[] = [
  {
    name: 'the input URL',
    applies: () => true,
    attempt: async (address) => ({ input: new URL(address.url) }),
  },
  {
    // A key under another DID is judged not the issuer's without any request (KEY_NOT_ISSUERS), so
    // the proof names a key of the issuer's own did:web, signed by a key the test holds.
    name: "the issuer's did:web",
    applies: (address) => address.did !== undefined,
    attempt: async (address) => ({
      input: await signJcs(openBadgeCredential({ version: 2, issuer: address.did! }), jcsSigner, { verificationMethod: `${address.did!}#key-1` }),
    }),
  },
  {
    name: "a proof's verificationMethod",
    applies: () => true,
    attempt: async (address) => ({
      input: await signJcs(openBadgeCredential({ version: 2, issuer: jcsSigner.did }), jcsSigner, { verificationMethod: `${address.url}#key-1` }),
    }),
  },
  {
    name: 'a status list URL',
    vouched: true,
    applies: () => true,
    attempt: async (address) => ({ input: await issuer.sign(credential({ credentialStatus: statusEntry(address.url, 3, 'revocation') })) }),
  },
  {
    name: 'an OB 2.0 hosted assertion id and its OB 1.x verify.url',
    applies: isHttp,
    attempt: async (address, tag) => {
      const assertion = ob2Assertion(address.url, String(publicBadge(tag).id));
      return { input: { ...assertion, verify: { type: 'hosted', url: address.url } }, reachable: [BADGES_HOST] };
    },
  },
  {
    name: 'an OB 2.0 assertion badge',
    applies: () => true,
    attempt: async (address, tag) => ({ input: publicSite.publish(publicSite.assertion(tag, 'assertion', address.url)), reachable: [BADGES_HOST] }),
  },
  {
    name: 'an OB 2.0 BadgeClass issuer',
    applies: () => true,
    attempt: async (address, tag) => ({ input: publicSite.publish(publicSite.assertion(tag, 'assertion', String(publicBadge(tag, address.url).id))), reachable: [BADGES_HOST] }),
  },
  {
    name: 'a signed OB 2.0 assertion verification.creator',
    applies: () => true,
    attempt: async (address) => {
      // One RSA issuer for every address: generating its key is the slow part.
      signingIssuer ??= createOb2SigningIssuer(publicSite, 'signed');
      const signing = await signingIssuer;
      return { input: await signing.sign({ verification: { type: 'SignedBadge', creator: address.url } }), reachable: [BADGES_HOST] };
    },
  },
  {
    name: 'a JWT kid',
    applies: () => true,
    attempt: async (address) => ({ input: await joseIssuer.sign(joseClaims(joseIssuer.id), { header: { kid: `${address.url}#key-1` } }) }),
  },
  {
    // Only an https issuer's key set is ever looked for, so plain http is left out here.
    name: "a JWT issuer URL (its JWK Set's origin)",
    applies: (address) => address.url.startsWith('https:'),
    attempt: async (address) => ({ input: await joseIssuer.sign(joseClaims(address.url), { header: { kid: undefined } }) }),
  },
  {
    // RFC 8725 §3.10: jku and x5u are never fetched. With no kid and an issuer whose DID method is
    // not supported, nothing else names a key, so nothing may be requested at all.
    name: 'a JWT jku and x5u',
    explained: false,
    applies: () => true,
    attempt: async (address) => ({ input: await joseIssuer.sign(joseClaims('did:example:no-published-keys'), { header: { kid: undefined, jku: address.url, x5u: address.url } }) }),
  },
];

const slug = (sentence: string) => sentence.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

describe('URLs a credential names are refused before any request, by default', () => {
  for (const source of SOURCES) {
    for (const address of ADDRESSES.filter((a) => source.applies(a))) {
      it(`${source.name} naming ${address.name} is refused without a request and leaves the credential unverifiable`, async () => {
        const { input, reachable = [] } = await source.attempt(address, slug(`${source.name} ${address.name}`));
        const requests = recordingFetch(reachable.length > 0 ? platformFetch(server, reachable) : undefined);
        const { report } = await timedVerify(input, { fetch: requests.fetch, now: NOW });
        expectRefusedReport(report, { vouched: source.vouched ?? false });
        expect(requests.urls.filter((url) => !reachable.includes(new URL(url).hostname)), 'requests beyond the public fixtures').toEqual([]);
        if (source.explained ?? true) expectDetail(report, REFUSAL);
      });
    }
  }
});

describe('a redirect from an allowed server to a refused address', () => {
  const TARGETS = ['http://10.0.0.1/credential.json', 'https://169.254.169.254/latest/meta-data/', 'https://[::ffff:a9fe:a9fe]/', 'file:///etc/passwd'];
  /** Serves `path` as a redirect to `target` and verifies, with loopback allowed for the fixture server only. */
  async function verifyRedirected(input: VerifyInput, path: string, target: string) {
    server.route(path, { redirect: target });
    const requests = recordingFetch(loopbackFetch);
    const options: VerifyOptions = { fetch: requests.fetch, allowLoopback: true, now: NOW };
    const { report } = await timedVerify(input, options);
    expect(nonLoopbackHosts(requests.urls), 'no request left 127.0.0.1').toEqual([]);
    expect(requests.urls.filter((url) => url.startsWith(target))).toEqual([]);
    expectDetail(report, REFUSAL);
    return report;
  }

  for (const target of TARGETS) {
    it(`is refused when the input URL redirects to ${target}, leaving it unverifiable`, async () => {
      const path = `/redirect/input/${slug(target)}`;
      const report = await verifyRedirected(server.url(path), path, target);
      expectRefusedReport(report);
      expect(codesOf(report)).toContain('FETCH_REFUSED');
    });

    it(`is refused when a did:web DID document redirects to ${target}, leaving the credential unverifiable`, async () => {
      const name = `redirect-${slug(target)}`;
      const webIssuer = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name });
      const report = await verifyRedirected(await webIssuer.sign(openBadgeCredential({ version: 2, issuer: webIssuer.did })), `/issuers/${name}/did.json`, target);
      expectRefusedReport(report);
    });

    it(`is refused when a status list redirects to ${target}, leaving the credential unverifiable`, async () => {
      const path = `/redirect/status/${slug(target)}`;
      const report = await verifyRedirected(await issuer.sign(credential({ credentialStatus: statusEntry(server.url(path), 3, 'revocation') })), path, target);
      expectRefusedReport(report, { vouched: true });
      expect(codesOf(report)).toContain('STATUS_LIST_UNREACHABLE');
    });

    it(`is refused when an OB 2.0 hosted assertion redirects to ${target}, leaving it unverifiable`, async () => {
      const site = ob2Site(server);
      const tag = `redirect-${slug(target)}`;
      const profile = site.issuer(tag);
      const assertion = site.assertion(tag, 'assertion', String(site.badgeClass(tag, 'badge', String(profile.id)).id));
      const report = await verifyRedirected(assertion, new URL(String(assertion.id)).pathname, target);
      expectRefusedReport(report);
      expect(codesOf(report)).toContain('HOSTED_COPY_UNRETRIEVABLE');
    });
  }

  it('is followed when it stays on the allowed server, so the refusals above are about the target', async () => {
    const signed = await issuer.sign(credential());
    server.json('/redirect/landed', signed);
    server.route('/redirect/start', { redirect: '/redirect/landed' });
    const { report } = await timedVerify(server.url('/redirect/start'), { fetch: loopbackFetch, allowLoopback: true, now: NOW });
    expect(report.verdict, explain(report)).toBe('verified');
  });
});

describe('the same credentials are fetched once their URLs are allowed', () => {
  // The refusals above must come from the policy, not from credentials that could never verify:
  // here the same kinds of credential name the fixture server and verify with loopback allowed.
  const allowed: { name: string; input: () => Promise<VerifyInput> }[] = [
    {
      name: 'a status list on the fixture server',
      input: async () => {
        const url = server.url('/allowed/status');
        server.json('/allowed/status', await issueStatusList(issuer, { url, purpose: 'revocation' }));
        return issuer.sign(credential({ credentialStatus: statusEntry(url, 3, 'revocation') }));
      },
    },
    {
      name: 'a did:web issuer on the fixture server',
      input: async () => {
        const webIssuer = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name: 'allowed' });
        return webIssuer.sign(openBadgeCredential({ version: 2, issuer: webIssuer.did }));
      },
    },
  ];
  for (const { name, input } of allowed) {
    it(`${name} is retrieved and the credential verifies`, async () => {
      const { report } = await timedVerify(await input(), { fetch: loopbackFetch, allowLoopback: true, now: NOW });
      expect(report.verdict, explain(report)).toBe('verified');
    });
  }
});

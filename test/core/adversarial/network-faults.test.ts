/**
 * Network faults, end to end through `verify()`: a real HTTP server on 127.0.0.1 misbehaves while
 * serving each thing the engine retrieves — the credential itself (URL input), a did:web DID
 * document, a status list, and an Open Badges 2.0 hosted assertion with its BadgeClass and issuer
 * Profile. Whatever the fault, the verification ends with a report (never a throw), the verdict is
 * `unverifiable` (never `verified`; for a status list never `revoked` either: security research
 * §6 D55, §4 "unknown for availability"), and it ends within a bound set by the retrieval time
 * limit. fetch-bytes.test.ts covers the same faults one retrieval at a time; this suite covers
 * what the verdict makes of them.
 *
 * The engine retrieves each document once per verification (fetch/documents.ts), so a document
 * that changes between requests is seen one way throughout a verification.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifyInput, VerifyOptions } from '../../../components/core/index.ts';
import { FixtureServer, loopbackFetch, type Route } from '../../support/fixture-server.ts';
import { NOW } from '../../support/fixtures.ts';
import { createIssuer, didWebPath, issueStatusList, openBadgeCredential, statusEntry, type FixtureIssuer, type JsonObject } from '../../support/issue.ts';
import { ob2Site, type Ob2Site } from '../../support/issue-ob2.ts';
import { codesOf, expectDetail, expectRefusedReport, explain, nonLoopbackHosts, recordingFetch, timedVerify } from './support.ts';

/** The retrieval time limit every verification here runs with. */
const TIMEOUT_MS = 400;
/** The byte cap every verification here runs with: far above any fixture, far below the oversized bodies. */
const MAX_BYTES = 64 * 1024;
const METADATA_URL = 'https://169.254.169.254/latest/meta-data/';

let server: FixtureServer;
let issuer: FixtureIssuer;
let site: Ob2Site;
const requested = recordingFetch(loopbackFetch);
const OPTIONS: VerifyOptions = { fetch: requested.fetch, allowLoopback: true, now: NOW, timeoutMs: TIMEOUT_MS, maxBytes: MAX_BYTES };

beforeAll(async () => {
  server = await FixtureServer.start();
  issuer = await createIssuer({ suite: 'eddsa-rdfc-2022' });
  site = ob2Site(server);
});

afterAll(() => server?.close());

/** One verification set up so that the document under test is served at `path`. */
interface Prepared {
  input: VerifyInput;
  /** Where the document under test is served. */
  path: string;
  /** The document as a healthy server sends it. */
  document: JsonObject;
  /** Retrievals made one after another, up to and including that of the document under test. */
  fetches: number;
}

interface Target {
  /** Names the document in a sentence: "a status list". */
  name: string;
  /** Whether the signature and the issuer are settled before this retrieval (the report may show the credential). */
  vouched?: boolean;
  /** Issues and serves everything the verification needs, under paths unique to `tag`. */
  prepare(tag: string): Promise<Prepared>;
}

const ob2Hosted = async (tag: string) => {
  const profile = site.issuer(tag);
  const badge = site.badgeClass(tag, 'badge', String(profile.id));
  const assertion = site.publish(site.assertion(tag, 'assertion', String(badge.id)));
  const pathOf = (document: JsonObject) => new URL(String(document.id)).pathname;
  return { profile, badge, assertion, pathOf };
};

const TARGETS: readonly Target[] = [
  {
    name: 'the credential URL',
    async prepare(tag) {
      const path = `/credentials/${tag}`;
      const document = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did }));
      server.json(path, document);
      return { input: server.url(path), path, document, fetches: 1 };
    },
  },
  {
    name: 'a did:web DID document',
    async prepare(tag) {
      const webIssuer = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name: tag });
      const input = await webIssuer.sign(openBadgeCredential({ version: 2, issuer: webIssuer.did }));
      return { input, path: didWebPath(tag), document: webIssuer.didDocument, fetches: 1 };
    },
  },
  {
    name: 'a status list',
    vouched: true,
    async prepare(tag) {
      const path = `/status/${tag}`;
      const document = await issueStatusList(issuer, { url: server.url(path), purpose: 'revocation' });
      server.json(path, document);
      const input = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, credentialStatus: statusEntry(server.url(path), 3, 'revocation') }));
      return { input, path, document, fetches: 1 };
    },
  },
  {
    name: 'an OB 2.0 hosted assertion',
    async prepare(tag) {
      const { assertion, pathOf } = await ob2Hosted(tag);
      return { input: assertion, path: pathOf(assertion), document: assertion, fetches: 1 };
    },
  },
  {
    name: 'an OB 2.0 BadgeClass',
    async prepare(tag) {
      const { assertion, badge, pathOf } = await ob2Hosted(tag);
      return { input: assertion, path: pathOf(badge), document: badge, fetches: 2 };
    },
  },
  {
    name: 'an OB 2.0 issuer profile',
    async prepare(tag) {
      const { assertion, profile, pathOf } = await ob2Hosted(tag);
      return { input: assertion, path: pathOf(profile), document: profile, fetches: 3 };
    },
  },
];

interface Fault {
  /** Completes "<target> that …". */
  does: string;
  route(document: JsonObject, path: string): Route;
  /** What some problem detail of the report says. */
  reason: RegExp;
}

const TIMED_OUT = /did not answer within 400 ms/;
const TOO_LARGE = /larger than 65536 bytes/;
const padded = (document: JsonObject) => ({ ...document, padding: 'x'.repeat(2 * MAX_BYTES) });
const text = (body: string, contentType: string, status = 200): Route => ({ status, body, headers: { 'content-type': contentType } });

const FAULTS: readonly Fault[] = [
  { does: 'never answers', route: () => ({ delivery: 'silent' }), reason: TIMED_OUT },
  { does: 'answers and then stalls mid-body', route: (document) => ({ body: document, delivery: 'stall' }), reason: TIMED_OUT },
  { does: 'drips its body one byte at a time', route: (document) => ({ body: document, delivery: 'drip', dripMs: 20 }), reason: TIMED_OUT },
  ...[500, 502, 503].map((status): Fault => ({ does: `answers HTTP ${status}`, route: () => text('upstream trouble', 'text/plain', status), reason: new RegExp(`HTTP ${status}`) })),
  { does: 'redirects to itself for ever', route: (_document, path) => ({ redirect: path }), reason: /redirected more than 3 times/ },
  { does: 'redirects to the cloud metadata address', route: () => ({ redirect: METADATA_URL }), reason: /169\.254\.169\.254.*names an IP address/ },
  { does: 'sends more than the byte cap with a Content-Length', route: (document) => ({ body: padded(document) }), reason: TOO_LARGE },
  { does: 'sends more than the byte cap chunked, without a Content-Length', route: (document) => ({ body: padded(document), delivery: 'chunked' }), reason: TOO_LARGE },
  {
    does: 'serves an HTML page as text/html',
    route: (document) => text(`<!doctype html><html><head><title>Sign in</title></head><body><pre>${JSON.stringify(document).replaceAll('<', '&lt;')}</pre></body></html>`, 'text/html; charset=utf-8'),
    reason: /text\/html|web page|neither JSON nor a JWT/,
  },
  { does: 'serves invalid JSON', route: (document) => text(JSON.stringify(document).slice(0, -1), 'application/json'), reason: /not valid JSON/ },
  { does: 'answers with an empty body', route: () => text('', 'application/json'), reason: /empty|not valid JSON/ },
];

const slug = (sentence: string) => sentence.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Verifies with the document under test served by `route`, checking the time bound. */
async function verifyWithFault(target: Target, tag: string, route: (prepared: Prepared) => Route) {
  const prepared = await target.prepare(tag);
  server.route(prepared.path, route(prepared));
  const { report, ms } = await timedVerify(prepared.input, OPTIONS);
  // A bound, not a benchmark: every retrieval may use its whole time limit, plus room for signing checks.
  expect(ms, explain(report)).toBeLessThan(TIMEOUT_MS * (prepared.fetches + 2) + 1_500);
  return { report, ms, prepared };
}

describe('healthy servers (the baseline every fault departs from)', () => {
  for (const target of TARGETS) {
    it(`${target.name} served properly lets the credential verify`, async () => {
      const { report } = await verifyWithFault(target, `healthy-${slug(target.name)}`, ({ document }) => ({ body: document }));
      expect(report.verdict, explain(report)).toBe('verified');
    });
  }
});

describe('a fault in any retrieval leaves the credential unverifiable within the time limit', () => {
  for (const target of TARGETS) {
    for (const fault of FAULTS) {
      it(`${target.name} that ${fault.does} leaves the credential unverifiable within the time limit`, async () => {
        const { report } = await verifyWithFault(target, slug(`${target.name} ${fault.does}`), ({ document, path }) => fault.route(document, path));
        expectRefusedReport(report, { vouched: target.vouched ?? false });
        expect(codesOf(report)).not.toContain('CREDENTIAL_REVOKED');
        expectDetail(report, fault.reason);
        expect(nonLoopbackHosts(requested.urls), 'no request left 127.0.0.1').toEqual([]);
      });
    }
  }
});

describe('a genuine document served under the wrong content type', () => {
  const labelledHtml = ({ document }: Prepared): Route => ({ body: document, headers: { 'content-type': 'text/html' } });

  for (const target of TARGETS.filter((t) => t.name !== 'a status list')) {
    it(`${target.name} labelled text/html leaves the credential unverifiable`, async () => {
      const { report } = await verifyWithFault(target, slug(`${target.name} labelled html`), labelledHtml);
      expectRefusedReport(report);
      expectDetail(report, /text\/html|web page/);
    });
  }

  it('a status list labelled text/html is judged by its signature, which vouches for it whatever the label', async () => {
    // Bitstring Status List v1.0 leaves the media type open (lists also come as vc+jwt), and a
    // list counts only once it verifies as a credential of the issuer, so the label decides nothing.
    const { report } = await verifyWithFault(TARGETS.find((t) => t.name === 'a status list')!, 'status-labelled-html', labelledHtml);
    expect(report.verdict, explain(report)).toBe('verified');
  });
});

describe('a status list that changes between requests', () => {
  const INDEX = 3;
  /** A credential whose entries all point at one list, served with `bodies` on successive requests. */
  async function changingList(tag: string, indexes: readonly number[], bodies: (url: string) => Promise<JsonObject[]>) {
    const path = `/changing/${tag}`;
    const url = server.url(path);
    server.route(path, { bodies: await bodies(url) });
    const credentialStatus = indexes.map((index) => statusEntry(url, index, 'revocation'));
    const credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, credentialStatus }));
    const verifyOnce = async () => {
      const before = server.hits(path);
      const { report } = await timedVerify(credential, OPTIONS);
      return { report, requests: server.hits(path) - before };
    };
    return { verifyOnce };
  }
  const list = (url: string, set: readonly number[] = []) => issueStatusList(issuer, { url, purpose: 'revocation', set });
  /** A list signed with `INDEX` set, whose bits were then cleared: its signature no longer holds. */
  const forgedClear = async (url: string) => {
    const [revoked, clear] = await Promise.all([list(url, [INDEX]), list(url)]);
    const subject = { ...(revoked.credentialSubject as JsonObject), encodedList: (clear.credentialSubject as JsonObject).encodedList };
    return { ...revoked, credentialSubject: subject };
  };

  it('a list that first says "not revoked" and then "revoked" is read once per verification, so each verification sees one list', async () => {
    const { verifyOnce } = await changingList('clear-then-revoked', [INDEX], async (url) => [await list(url), await list(url, [INDEX])]);
    const first = await verifyOnce();
    expect([first.report.verdict, first.requests], explain(first.report)).toEqual(['verified', 1]);
    const second = await verifyOnce();
    expect([second.report.verdict, second.requests], explain(second.report)).toEqual(['revoked', 1]);
  });

  it('a list that first says "revoked" and then "not revoked" is read once per verification, so each verification sees one list', async () => {
    const { verifyOnce } = await changingList('revoked-then-clear', [INDEX], async (url) => [await list(url, [INDEX]), await list(url)]);
    const first = await verifyOnce();
    expect([first.report.verdict, first.requests], explain(first.report)).toEqual(['revoked', 1]);
    const second = await verifyOnce();
    expect([second.report.verdict, second.requests], explain(second.report)).toEqual(['verified', 1]);
  });

  it('two entries on one list are read from one copy, so a list that changes after the first request cannot answer them differently', async () => {
    const { verifyOnce } = await changingList('two-entries', [INDEX, INDEX + 1], async (url) => [await list(url), await list(url, [INDEX + 1])]);
    const { report, requests } = await verifyOnce();
    expect([report.verdict, requests], explain(report)).toEqual(['verified', 1]);
  });

  it('a forged "not revoked" list followed by the genuine one leaves the credential unverifiable: the list read is the list verified', async () => {
    const { verifyOnce } = await changingList('forged-then-genuine', [INDEX], async (url) => [await forgedClear(url), await list(url)]);
    const { report, requests } = await verifyOnce();
    expectRefusedReport(report, { vouched: true });
    expect(codesOf(report)).toContain('STATUS_LIST_INVALID');
    expect(requests).toBe(1);
  });

  it('a genuine "revoked" list followed by a forged "not revoked" one leaves the credential revoked', async () => {
    const { verifyOnce } = await changingList('genuine-then-forged', [INDEX], async (url) => [await list(url, [INDEX]), await forgedClear(url)]);
    const { report, requests } = await verifyOnce();
    expect([report.verdict, requests], explain(report)).toEqual(['revoked', 1]);
  });
});

describe('a DID document that changes between requests', () => {
  it('is read once per verification, so the credential and its status list are checked against the same keys', async () => {
    const tag = 'changing-did';
    const webIssuer = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name: tag });
    const listUrl = server.url(`/status/${tag}`);
    server.json(`/status/${tag}`, await issueStatusList(webIssuer, { url: listUrl, purpose: 'revocation' }));
    const credential = await webIssuer.sign(openBadgeCredential({ version: 2, issuer: webIssuer.did, credentialStatus: statusEntry(listUrl, 3, 'revocation') }));
    // Later requests get a document in which key-1 carries the second key's public key.
    const [signing, other] = webIssuer.didDocument.verificationMethod as JsonObject[];
    const rotated = { ...webIssuer.didDocument, verificationMethod: [{ ...signing, publicKeyMultibase: other!.publicKeyMultibase }, other] };
    server.route(didWebPath(tag), { bodies: [webIssuer.didDocument, rotated] });
    const { report } = await timedVerify(credential, OPTIONS);
    expect(report.verdict, explain(report)).toBe('verified');
    expect(server.hits(didWebPath(tag))).toBe(1);
  });
});

describe('cancelling a verification', () => {
  /** Verifies with the document under test never answering, and cancels after `afterMs`. */
  async function cancelWhileWaiting(target: Target, tag: string, afterMs: number) {
    const prepared = await target.prepare(tag);
    server.route(prepared.path, { delivery: 'silent' });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), afterMs);
    try {
      return await timedVerify(prepared.input, { ...OPTIONS, timeoutMs: 10_000, signal: controller.signal });
    } finally {
      clearTimeout(timer);
    }
  }

  for (const target of TARGETS) {
    it(`cancelling while ${target.name} is being retrieved ends at once with a VERIFICATION_ABORTED report, not a throw`, async () => {
      const { report, ms } = await cancelWhileWaiting(target, slug(`cancel ${target.name}`), 150);
      expectRefusedReport(report, { vouched: target.vouched ?? false });
      expect(codesOf(report), explain(report)).toContain('VERIFICATION_ABORTED');
      expect(ms).toBeLessThan(150 + 1_500);
    });
  }

  it('a signal that has already fired ends the verification with a VERIFICATION_ABORTED report before any server is reached', async () => {
    const prepared = await TARGETS[0]!.prepare('already-cancelled');
    const { report } = await timedVerify(prepared.input, { ...OPTIONS, signal: AbortSignal.abort() });
    expectRefusedReport(report);
    expect(codesOf(report)).toContain('VERIFICATION_ABORTED');
    expect(server.hits(prepared.path)).toBe(0);
  });
});

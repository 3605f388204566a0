/**
 * Resource bounds, end to end through `verify()`: inputs built to exhaust time, memory or the
 * stack end with a report (never a throw), name the limit they hit, are never `verified`, and
 * finish within a generous bound (15 s; memory growth under 512 MB as a sanity check only).
 *
 * Covered elsewhere and not repeated: 10 MB text and bytes input, 10,000-deep text, bytes and
 * parsed objects, objects of 300,000 values and cyclic objects (bad-input.test.ts); gzip-bomb,
 * non-gzip and prefix-less encodedLists of a JCS-signed list handed to the status check alone
 * (checks/status.test.ts). New here: the same limits reached through a URL body, a Data Integrity
 * signed status list served over HTTP, a JWT payload, a DID document and an OB 2.0 BadgeClass;
 * canonicalization blow-ups (security research §1.3, §6 D54, §8 item 5: poison graphs, rings of
 * alike blank nodes, proof sets and chains); 100,000-element arrays; very long strings.
 */
import { once } from 'node:events';
import { createGzip, gzipSync } from 'node:zlib';
import { CompactSign } from 'jose';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProblemCode, VerifyInput, VerifyOptions } from '../../../components/core/index.ts';
import { VC_V2_CONTEXT } from '../../../components/core/resolve/contexts.ts';
import { FixtureServer, loopbackFetch } from '../../support/fixture-server.ts';
import { NOW } from '../../support/fixtures.ts';
import { createIssuer, didWebPath, documentLoader, ISSUED, issueStatusList, openBadgeCredential, statusEntry, type FixtureIssuer, type JsonObject } from '../../support/issue.ts';
import { createJoseIssuer, VC_JOSE_TYP, type JoseIssuer } from '../../support/issue-jose.ts';
import { ob2Site } from '../../support/issue-ob2.ts';
import { createDidKey, signEddsa, signJcs, type DidKey, type EddsaSuite } from '../../support/jcs-signer.ts';
import { codesOf, expectRefusedReport, explain, recordingFetch, timedVerify, type RefusalExpectations, type TimedReport } from './support.ts';

const BOUND_MS = 15_000;
const MEMORY_BOUND = 512 * 1024 * 1024;
const DEPTH = 10_000;
const TEN_MEGABYTES = 10 * 1024 * 1024;
/** Where a test puts a deeply nested value into a document's JSON text. */
const NESTED = '__nested__';
const KNOWS = 'https://example.org/vocab#knows';
/** Refusals by the parser's limits are `invalid` (the input is not an acceptable document) or `unverifiable`. */
const PARSE_LIMIT: RefusalExpectations = { verdicts: ['invalid', 'unverifiable'] };

let server: FixtureServer;
let issuer: FixtureIssuer;
let signer: DidKey;
let jose: JoseIssuer;
const OPTIONS: VerifyOptions = { fetch: loopbackFetch, allowLoopback: true, now: NOW };

beforeAll(async () => {
  server = await FixtureServer.start();
  [issuer, signer, jose] = await Promise.all([createIssuer({ suite: 'eddsa-rdfc-2022' }), createDidKey(), createJoseIssuer({ alg: 'ES256', kind: 'did:key' })]);
});

afterAll(() => server?.close());

/**
 * Verifies `input` and holds the report to the bounds: a report naming `code`, never verified,
 * within the time bound and the memory sanity bound.
 */
async function expectBounded(input: VerifyInput, code: ProblemCode, refusal: RefusalExpectations = {}, options: VerifyOptions = OPTIONS): Promise<TimedReport> {
  const timed = await timedVerify(input, options);
  expectRefusedReport(timed.report, refusal);
  expect(codesOf(timed.report), explain(timed.report)).toContain(code);
  expect(timed.ms).toBeLessThan(BOUND_MS);
  expect(timed.grownBytes).toBeLessThan(MEMORY_BOUND);
  return timed;
}

/** 10,000 levels of objects or arrays, as JSON text. */
function nestedText(shape: 'objects' | 'arrays', depth = DEPTH): string {
  return shape === 'arrays' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** `document` as JSON text, with the string {@link NESTED} replaced by 10,000 levels of nesting. */
function deepened(document: JsonObject, shape: 'objects' | 'arrays' = 'objects'): string {
  return JSON.stringify(document).replace(JSON.stringify(NESTED), nestedText(shape));
}

const withDeepSubject = (credential: JsonObject): JsonObject => ({ ...credential, credentialSubject: { ...(credential.credentialSubject as JsonObject), deep: NESTED } });
const signedCredential = (extra: Partial<Parameters<typeof openBadgeCredential>[0]> = {}) => issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did, ...extra }));

/** A VC-JOSE token over exactly `payload` (text), signed by the JOSE issuer's own key. */
function signedToken(payload: string): Promise<string> {
  return new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ alg: 'ES256', typ: VC_JOSE_TYP, kid: String(jose.kid) }).sign(jose.key.privateKey);
}

const joseCredential = (subject: JsonObject = {}, extra: Partial<Parameters<typeof openBadgeCredential>[0]> = {}): JsonObject => {
  const credential = openBadgeCredential({ version: 2, issuer: jose.id, ...extra });
  return { ...credential, credentialSubject: { ...(credential.credentialSubject as JsonObject), ...subject } };
};

describe('a 10 MB document behind a URL', () => {
  const big = () => ({ ...openBadgeCredential({ version: 2, issuer: issuer.did }), padding: 'x'.repeat(TEN_MEGABYTES) });

  it('is refused once its Content-Length passes the 5 MiB cap (FETCH_TOO_LARGE), leaving it unverifiable', async () => {
    server.json('/big/declared', big());
    await expectBounded(server.url('/big/declared'), 'FETCH_TOO_LARGE');
  });

  it('is refused once a chunked body without Content-Length passes the 5 MiB cap (FETCH_TOO_LARGE), leaving it unverifiable', async () => {
    server.route('/big/chunked', { body: big(), delivery: 'chunked' });
    await expectBounded(server.url('/big/chunked'), 'FETCH_TOO_LARGE');
  });

  it('is refused as a status list (STATUS_LIST_UNREACHABLE), leaving the credential unverifiable, never revoked', async () => {
    server.json('/big/list', big());
    await expectBounded(await signedCredential({ credentialStatus: statusEntry(server.url('/big/list'), 3, 'revocation') }), 'STATUS_LIST_UNREACHABLE', { vouched: true });
  });
});

describe('nesting 10,000 levels deep', () => {
  for (const shape of ['objects', 'arrays'] as const) {
    it(`a URL serving ${shape} nested 10,000 deep is refused with INPUT_TOO_DEEP`, async () => {
      server.route(`/deep/${shape}`, { body: nestedText(shape), headers: { 'content-type': 'application/json' } });
      await expectBounded(server.url(`/deep/${shape}`), 'INPUT_TOO_DEEP', PARSE_LIMIT);
    });

    it(`a signed JWT whose payload nests ${shape} 10,000 deep is refused with INPUT_TOO_DEEP, as the same JSON given directly is`, async () => {
      await expectBounded(await signedToken(deepened(withDeepSubject(joseCredential()), shape)), 'INPUT_TOO_DEEP', PARSE_LIMIT);
    });
  }

  it('a signed credential whose subject was made 10,000 deep, served from a URL, is refused with INPUT_TOO_DEEP', async () => {
    server.route('/deep/credential', { body: deepened(withDeepSubject(await signedCredential())), headers: { 'content-type': 'application/ld+json' } });
    await expectBounded(server.url('/deep/credential'), 'INPUT_TOO_DEEP', PARSE_LIMIT);
  });

  it('a status list nesting 10,000 deep is refused (STATUS_LIST_MALFORMED), leaving the credential unverifiable', async () => {
    const url = server.url('/deep/list');
    const list = await issueStatusList(issuer, { url, purpose: 'revocation' });
    server.route('/deep/list', { body: deepened({ ...list, credentialSubject: { ...(list.credentialSubject as JsonObject), deep: NESTED } }), headers: { 'content-type': 'application/json' } });
    const { report } = await expectBounded(await signedCredential({ credentialStatus: statusEntry(url, 3, 'revocation') }), 'STATUS_LIST_MALFORMED', { vouched: true });
    expect(explain(report)).toMatch(/nests deeper than 64 levels/);
  });

  it('a did:web DID document nesting 10,000 deep is refused, leaving the credential unverifiable', async () => {
    const webIssuer = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name: 'deep-did' });
    server.route(didWebPath('deep-did'), { body: deepened({ ...webIssuer.didDocument, service: NESTED }), headers: { 'content-type': 'application/did+json' } });
    const { report } = await expectBounded(await webIssuer.sign(openBadgeCredential({ version: 2, issuer: webIssuer.did })), 'VERIFICATION_METHOD_UNRESOLVABLE');
    expect(explain(report)).toMatch(/nests deeper than 64 levels/);
  });

  it('an OB 2.0 BadgeClass nesting 10,000 deep is refused (BADGE_UNRESOLVABLE), leaving the assertion unverifiable', async () => {
    const site = ob2Site(server);
    const profile = site.issuer('deep');
    const badge = site.badgeClass('deep', 'badge', String(profile.id), { alignment: NESTED });
    server.route(new URL(String(badge.id)).pathname, { body: deepened(badge), headers: { 'content-type': 'application/ld+json' } });
    await expectBounded(site.publish(site.assertion('deep', 'assertion', String(badge.id))), 'BADGE_UNRESOLVABLE');
  });
});

describe('status lists that inflate too far, or not at all', () => {
  /** A credential whose status entry points at `/lists/<tag>`, where `list(url)` is served. */
  async function credentialWithList(tag: string, list: (url: string) => Promise<JsonObject>): Promise<JsonObject> {
    const url = server.url(`/lists/${tag}`);
    server.json(`/lists/${tag}`, await list(url));
    return signedCredential({ credentialStatus: statusEntry(url, 3, 'revocation') });
  }
  /** A BitstringStatusListCredential around `encodedList`, genuinely signed by the issuer. */
  const signedListOf = (encodedList: string) => (url: string) =>
    issuer.sign({
      '@context': [VC_V2_CONTEXT],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: issuer.did,
      validFrom: ISSUED,
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList },
    });
  const multibase = (bytes: Uint8Array) => `u${Buffer.from(bytes).toString('base64url')}`;

  /** GZIP of `size` zero bytes, compressed a mebibyte at a time so the zeros are never held at once. */
  async function gzippedZeros(size: number): Promise<Buffer> {
    const gzip = createGzip({ level: 9 });
    const chunks: Buffer[] = [];
    gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
    const ended = once(gzip, 'end');
    const zeros = Buffer.alloc(1024 * 1024);
    for (let written = 0; written < size; written += zeros.length) if (!gzip.write(zeros)) await once(gzip, 'drain');
    gzip.end();
    await ended;
    return Buffer.concat(chunks);
  }

  it('a signed list whose encodedList inflates to 256 MiB (a gzip bomb) is refused within the cap (STATUS_LIST_MALFORMED), leaving the credential unverifiable', async () => {
    const bomb = multibase(await gzippedZeros(256 * 1024 * 1024));
    const { report } = await expectBounded(await credentialWithList('bomb', signedListOf(bomb)), 'STATUS_LIST_MALFORMED', { vouched: true });
    expect(explain(report)).toMatch(/within 16777216 bytes/);
  });

  it('a signed list inflating to one byte past the 16 MiB cap is refused (STATUS_LIST_MALFORMED)', async () => {
    await expectBounded(await credentialWithList('one-past', signedListOf(multibase(gzipSync(new Uint8Array(16 * 1024 * 1024 + 1))))), 'STATUS_LIST_MALFORMED', { vouched: true });
  });

  it.each([
    ['not base64url', 'u***not*base64url***'],
    ['base64url of text that is not GZIP', multibase(new TextEncoder().encode('a status list, honestly'))],
    ['GZIP cut off half way', multibase(gzipSync(new Uint8Array(16_384)).subarray(0, 20))],
    ['empty', 'u'],
  ])('a signed list whose encodedList is %s is refused (STATUS_LIST_MALFORMED), leaving the credential unverifiable', async (_what, encodedList) => {
    await expectBounded(await credentialWithList(`odd-${encodedList.length}`, signedListOf(encodedList)), 'STATUS_LIST_MALFORMED', { vouched: true });
  });

  it('a signed list of 2^27 entries, the largest allowed, is read in bounded time and the credential verifies', async () => {
    const credential = await credentialWithList('largest', (url) => issueStatusList(issuer, { url, purpose: 'revocation', length: 2 ** 27 }));
    const { report, ms, grownBytes } = await timedVerify(credential, OPTIONS);
    expect(report.verdict, explain(report)).toBe('verified');
    expect(ms).toBeLessThan(BOUND_MS);
    expect(grownBytes).toBeLessThan(MEMORY_BOUND);
  });
});

describe('canonicalization blow-ups', () => {
  /** RDFC-1.0 without any work limit: what an attacker's own signer can afford for a small poison graph. */
  const unboundedRdfc: EddsaSuite = {
    cryptosuite: 'eddsa-rdfc-2022',
    canonicalize: (document) => jsonld.canonize(document, { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader, canonizeOptions: { maxWorkFactor: Infinity } }),
  };
  /** `count` blank nodes, each knowing the nodes `neighbours(i)` names. */
  const blankNodes = (count: number, neighbours: (i: number) => number[]): JsonObject[] =>
    Array.from({ length: count }, (_, i) => ({ '@id': `_:b${i}`, [KNOWS]: neighbours(i).map((j) => ({ '@id': `_:b${j}` })) }));
  const clique = (count: number) => blankNodes(count, (i) => Array.from({ length: count }, (_, j) => j).filter((j) => j !== i));
  const ring = (count: number) => blankNodes(count, (i) => [(i + 1) % count, (i + count - 1) % count]);
  /** A VC 2.0 credential about `graph`, signed with eddsa-rdfc-2022 by the test's did:key. */
  const signedAbout = (graph: JsonObject[]) =>
    signEddsa({ '@context': [VC_V2_CONTEXT], type: ['VerifiableCredential'], issuer: signer.did, validFrom: ISSUED, credentialSubject: { id: 'did:example:learner', [KNOWS]: graph } }, signer, unboundedRdfc);

  it('the signer used for the poison graphs makes credentials that verify when the graph is harmless', async () => {
    const { report } = await timedVerify(await signedAbout(blankNodes(3, (i) => (i === 0 ? [1, 2] : []))), OPTIONS);
    expect(report.verdict, explain(report)).toBe('verified');
  });

  it('a genuinely signed poison graph (6 blank nodes all linked to each other) stops at the RDFC work limit (CANONICALIZATION_LIMIT), unverifiable', async () => {
    const { report } = await expectBounded(await signedAbout(clique(6)), 'CANONICALIZATION_LIMIT');
    expect(explain(report)).toMatch(/Maximum deep iterations exceeded/);
  });

  it('a credential with 40 blank nodes all linked to each other stops at the RDFC work limit before its proof is looked at', async () => {
    const credential = await signedAbout(clique(3));
    await expectBounded({ ...credential, credentialSubject: { id: 'did:example:learner', [KNOWS]: clique(40) } }, 'CANONICALIZATION_LIMIT');
  });

  it('a ring of 1,500 alike blank nodes stops at the RDFC work limit in bounded time (CANONICALIZATION_LIMIT)', async () => {
    const credential = await signedAbout(clique(3));
    await expectBounded({ ...credential, credentialSubject: { id: 'did:example:learner', [KNOWS]: ring(1_500) } }, 'CANONICALIZATION_LIMIT');
  });

  it('a ring of 5,000 alike blank nodes is refused before canonicalization starts (CANONICALIZATION_LIMIT)', async () => {
    const credential = await signedAbout(clique(3));
    const { report } = await expectBounded({ ...credential, credentialSubject: { id: 'did:example:learner', [KNOWS]: ring(5_000) } }, 'CANONICALIZATION_LIMIT');
    expect(explain(report)).toMatch(/nodes without an id/);
  });

  it('a credential carrying 1,000 copies of its genuine proof is refused (CANONICALIZATION_LIMIT), not verified 1,000 times', async () => {
    const credential = await signedCredential();
    await expectBounded({ ...credential, proof: Array.from({ length: 1_000 }, () => credential.proof) }, 'CANONICALIZATION_LIMIT');
  });

  it('a proof chain 1,000 proofs long is refused (CANONICALIZATION_LIMIT)', async () => {
    const credential = await signedCredential();
    const proof = credential.proof as JsonObject;
    const chain = Array.from({ length: 1_000 }, (_, i) => ({ ...proof, id: `urn:proof:${i}`, ...(i > 0 ? { previousProof: `urn:proof:${i - 1}` } : {}) }));
    await expectBounded({ ...credential, proof: chain }, 'CANONICALIZATION_LIMIT');
  });

  it('a proof chain of 20 over a document of 10,000 values stops once one verification has canonicalized 50,000 values', async () => {
    const credential = await signedCredential();
    const proof = credential.proof as JsonObject;
    const evidence = Array.from({ length: 2_500 }, (_, i) => ({ id: `urn:evidence:${i}`, description: `evidence ${i}` }));
    const chain = Array.from({ length: 20 }, (_, i) => ({ ...proof, id: `urn:proof:${i}`, ...(i > 0 ? { previousProof: `urn:proof:${i - 1}` } : {}) }));
    const { report } = await expectBounded({ ...credential, evidence, proof: chain }, 'CANONICALIZATION_LIMIT', { verdicts: ['invalid', 'unverifiable'] });
    expect(explain(report)).toMatch(/would canonicalize \d+ values; the limit is 50000/);
  });
});

describe('100,000-element arrays', () => {
  const hundredThousand = <T>(make: (i: number) => T): T[] => Array.from({ length: 100_000 }, (_, i) => make(i));

  it('a Data Integrity credential with 100,000 evidence entries is refused before canonicalization (CANONICALIZATION_LIMIT)', async () => {
    const credential = await signedCredential();
    await expectBounded({ ...credential, evidence: hundredThousand((i) => `urn:evidence:${i}`) }, 'CANONICALIZATION_LIMIT');
  });

  it('the same credential given as JSON text is refused the same way', async () => {
    const credential = await signedCredential();
    await expectBounded(JSON.stringify({ ...credential, evidence: hundredThousand((i) => `urn:evidence:${i}`) }), 'CANONICALIZATION_LIMIT');
  });

  it('a presentation of 100,000 credentials is refused (INPUT_TOO_LARGE) instead of verifying each', async () => {
    const presentation = { '@context': [VC_V2_CONTEXT], type: ['VerifiablePresentation'], verifiableCredential: hundredThousand(() => 'x') };
    await expectBounded(presentation, 'INPUT_TOO_LARGE', PARSE_LIMIT);
  });

  it('a signed JWT whose payload holds 300,000 values is refused (INPUT_TOO_LARGE), as the same JSON given directly is', async () => {
    await expectBounded(await jose.sign(joseCredential({ scores: Array.from({ length: 300_000 }, (_, i) => i) })), 'INPUT_TOO_LARGE', PARSE_LIMIT);
  });

  it('a signed JWT with a 100,000-element array stays within the limits and verifies in bounded time, as nothing is canonicalized', async () => {
    const { report, ms } = await timedVerify(await jose.sign(joseCredential({ scores: hundredThousand((i) => i) })), OPTIONS);
    expect(report.verdict, explain(report)).toBe('verified');
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('a signed credential with 20,000 status entries sends no request for them and leaves its status unknown', async () => {
    const entries = Array.from({ length: 20_000 }, (_, i) => statusEntry(`https://status.example.org/lists/${i}`, i, 'revocation'));
    const requests = recordingFetch();
    const { report } = await expectBounded(await jose.sign(joseCredential({}, { credentialStatus: entries })), 'STATUS_ENTRY_MALFORMED', { vouched: true }, { ...OPTIONS, fetch: requests.fetch });
    expect(requests.urls).toEqual([]);
    expect(codesOf(report)).not.toContain('CREDENTIAL_REVOKED');
  });
});

describe('very long strings', () => {
  const LONG = 100_000;

  /** Every string in `value` replaced by a run of `LONG` copies of its first character. */
  function lengthened(value: unknown): unknown {
    if (typeof value === 'string') return (value[0] ?? 'x').repeat(LONG);
    if (Array.isArray(value)) return value.map(lengthened);
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, lengthened(child)]));
    return value;
  }

  it('a signed credential with every string 100,000 characters long is never verified and is answered in bounded time', async () => {
    const credential = lengthened(await signedCredential()) as JsonObject;
    const { report, ms } = await timedVerify(credential, OPTIONS);
    expectRefusedReport(report, { verdicts: ['invalid', 'unverifiable'] });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('a 2 MB URL is refused without a request', async () => {
    const requests = recordingFetch();
    await expectBounded(`https://issuer.example.org/${'a'.repeat(2_000_000)}`, 'FETCH_REFUSED', {}, { now: NOW, fetch: requests.fetch });
    expect(requests.urls).toEqual([]);
  });

  it('a signed JWT whose kid is a 1 MB DID URL is answered in bounded time and never verified', async () => {
    const token = await jose.sign(joseCredential(), { header: { kid: `did:key:z${'6'.repeat(1_000_000)}#key-1` } });
    const { report, ms } = await timedVerify(token, OPTIONS);
    expectRefusedReport(report, { verdicts: ['invalid', 'unverifiable'] });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('an issuer did:web with a 1 MB host name costs one failed request at most and is never verified', async () => {
    // The URL policy judges where a request would go, not how long a name is: such a host is not
    // private, so its DID document is asked for once (and no DNS could answer for it).
    const requests = recordingFetch();
    const did = `did:web:${'a'.repeat(1_000_000)}.example.org`;
    const credential = await signJcs(openBadgeCredential({ version: 2, issuer: did }), signer, { verificationMethod: `${did}#key-1` });
    const { report, ms } = await timedVerify(credential, { now: NOW, fetch: requests.fetch });
    expectRefusedReport(report);
    expect(requests.urls.length).toBeLessThanOrEqual(1);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

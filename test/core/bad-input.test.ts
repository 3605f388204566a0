/**
 * Bad input never makes `verify` throw: whatever arrives, the answer is a report with every check
 * listed, a verdict that is `invalid` or `unverifiable` (never `verified`), and a problem whose
 * detail names what was wrong.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../components/core/checks/index.ts';
import type { FetchLike } from '../../components/core/fetch/fetch-bytes.ts';
import { verify, type VerificationReport, type VerifyInput } from '../../components/core/index.ts';
import type { ProblemCode } from '../../components/core/problems.ts';
import { CORPUS_NOW, corpusFile } from '../support/corpus.ts';

const OPTIONS = { now: CORPUS_NOW, offline: true } as const;

/** A genuine signed credential (VC 2.0, Ed25519Signature2020, did:key) to break in various ways. */
function credential(): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(corpusFile('dcc-verifier-core/v2-valid-status.json'))) as Record<string, unknown>;
}

/** The report shape every bad input must still get. */
function expectWellFormedReport(report: VerificationReport, code?: ProblemCode | readonly ProblemCode[]): void {
  expect(report.reportVersion).toBe(1);
  expect(report.checks.map((check) => check.id)).toEqual(CHECKS.map((check) => check.id));
  expect(['invalid', 'unverifiable']).toContain(report.verdict);
  expect(report.credential).toBeUndefined();
  expect(report.problems.length).toBeGreaterThan(0);
  for (const found of report.problems) {
    expect(found.detail.trim()).not.toBe('');
    expect(found.type).toMatch(/^https:\/\//);
  }
  // The report is plain JSON whatever the input was.
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  if (code !== undefined) {
    const codes = report.problems.map((found) => found.code);
    const wanted: readonly ProblemCode[] = typeof code === 'string' ? [code] : code;
    expect(codes.some((found) => wanted.includes(found)), `${codes.join(', ')} includes one of ${wanted.join(', ')}`).toBe(true);
  }
}

function problemFor(report: VerificationReport, code: ProblemCode): string {
  const found = report.problems.find((entry) => entry.code === code);
  expect(found, `a ${code} problem among ${report.problems.map((entry) => entry.code).join(', ')}`).toBeDefined();
  return found!.detail;
}

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i++) value = { child: value };
  return value;
}

describe('verify with text that is not a JSON object', () => {
  it.each([
    ['text that is not JSON', 'this is not a credential', ['INPUT_UNRECOGNISED']],
    ['broken JSON', '{"@context": ["https://www.w3.org/ns/credentials/v2"], "type": ', ['INPUT_NOT_JSON']],
    ['an empty string', '', ['INPUT_EMPTY']],
    ['only whitespace', ' \n\t ', ['INPUT_EMPTY']],
    ['a JSON array', '[{"type": "VerifiableCredential"}]', ['INPUT_NOT_OBJECT']],
    ['an empty JSON array', '[]', ['INPUT_NOT_OBJECT']],
    ['a JSON number', '42', ['INPUT_NOT_OBJECT', 'INPUT_UNRECOGNISED']],
    ['a JSON string', '"VerifiableCredential"', ['INPUT_NOT_OBJECT', 'INPUT_UNRECOGNISED']],
    ['JSON null', 'null', ['INPUT_NOT_OBJECT', 'INPUT_UNRECOGNISED']],
    ['a JSON object that is no credential', '{"hello": "world"}', ['NOT_A_CREDENTIAL']],
    ['a file: URL', 'file:///etc/passwd', ['INPUT_UNRECOGNISED']],
  ] as const)('returns an invalid report naming the problem for %s', async (_what, input, codes) => {
    const report = await verify(input, OPTIONS);
    expectWellFormedReport(report, codes);
    expect(report.verdict).toBe('invalid');
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'failed' });
    for (const check of report.checks.slice(1)) expect(check.status).toBe('skipped');
  });
});

describe('verify with values that are not JSON objects', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [{ type: 'VerifiableCredential' }]],
  ])('returns a report instead of throwing for %s', async (_what, value) => {
    const report = await verify(value as unknown as VerifyInput, OPTIONS);
    expectWellFormedReport(report, 'INPUT_NOT_OBJECT');
  });
});

describe('verify with input over the size limit', () => {
  const tenMegabytes = 10 * 1024 * 1024;
  const big = JSON.stringify({ ...credential(), padding: 'x'.repeat(tenMegabytes) });

  it('refuses a 10 MB JSON text with INPUT_TOO_LARGE', { timeout: 20_000 }, async () => {
    const report = await verify(big, OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_LARGE');
    expect(problemFor(report, 'INPUT_TOO_LARGE')).toMatch(/limit/);
  });

  it('refuses 10 MB of JSON bytes with INPUT_TOO_LARGE', { timeout: 20_000 }, async () => {
    const report = await verify(new TextEncoder().encode(big), OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_LARGE');
  });

  it('refuses a parsed object with more values than the limit with INPUT_TOO_LARGE', { timeout: 20_000 }, async () => {
    const report = await verify({ ...credential(), evidence: Array.from({ length: 300_000 }, (_, i) => i) }, OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_LARGE');
  });

  it('returns a report for a parsed object carrying a 10 MB string', { timeout: 20_000 }, async () => {
    const report = await verify({ ...credential(), padding: 'x'.repeat(tenMegabytes) }, OPTIONS);
    expectWellFormedReport(report);
  });

  it('honours a smaller maxBytes for text input', async () => {
    const report = await verify(JSON.stringify(credential()), { ...OPTIONS, maxBytes: 100 });
    expectWellFormedReport(report, 'INPUT_TOO_LARGE');
  });
});

describe('verify with input nested 10,000 levels deep', () => {
  const depth = 10_000;

  it('refuses deeply nested arrays given as text with INPUT_TOO_DEEP', async () => {
    const report = await verify('['.repeat(depth) + ']'.repeat(depth), OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_DEEP');
  });

  it('refuses deeply nested objects given as text with INPUT_TOO_DEEP', async () => {
    const report = await verify(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`, OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_DEEP');
  });

  it('refuses a credential whose subject nests 10,000 levels deep, given as text, with INPUT_TOO_DEEP', async () => {
    const text = JSON.stringify({ ...credential(), credentialSubject: { id: 'did:example:1', deep: '__DEEP__' } }).replace(
      '"__DEEP__"',
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
    );
    const report = await verify(text, OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_DEEP');
  });

  it('refuses unbalanced opening brackets with INPUT_TOO_DEEP', async () => {
    const report = await verify('['.repeat(depth), OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_DEEP');
  });

  it('refuses a parsed object nested 10,000 levels deep with INPUT_TOO_DEEP', async () => {
    const report = await verify({ ...credential(), credentialSubject: nested(depth) }, OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_DEEP');
  });

  it('refuses a deeply nested document given as bytes with INPUT_TOO_DEEP', async () => {
    const report = await verify(new TextEncoder().encode('['.repeat(depth) + ']'.repeat(depth)), OPTIONS);
    expectWellFormedReport(report, 'INPUT_TOO_DEEP');
  });
});

describe('verify with a parsed object that is not a JSON tree', () => {
  it('refuses an object that contains itself, saying it contains a cycle', async () => {
    const document = credential();
    const subject: Record<string, unknown> = { id: 'did:example:1' };
    subject.self = subject;
    document.credentialSubject = subject;
    const report = await verify(document, OPTIONS);
    expectWellFormedReport(report, 'INPUT_NOT_JSON');
    expect(problemFor(report, 'INPUT_NOT_JSON')).toContain('cycle');
  });

  it('refuses an object whose cycle runs through an array', async () => {
    const document = credential();
    const list: unknown[] = [];
    list.push(document);
    document.evidence = list;
    const report = await verify(document, OPTIONS);
    expectWellFormedReport(report, 'INPUT_NOT_JSON');
  });

  it('does not mistake an object that appears twice (no cycle) for a cycle', async () => {
    // JSON.stringify writes this out twice; it is a tree as JSON, so parse must not fail on it.
    const document = credential();
    const shared = { id: 'https://example.org/evidence/1', type: ['Evidence'] };
    document.evidence = [shared, shared];
    const report = await verify(document, OPTIONS);
    expect(report.problems.map((found) => found.detail).join(' ')).not.toContain('cycle');
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'passed' });
  });
});

describe('verify with properties of the wrong JSON type', () => {
  it.each([
    ['credentialSubject', 5],
    ['credentialSubject', 'did:example:123'],
    ['issuer', []],
    ['issuer', 7],
    ['issuer', { name: 'No id' }],
    ['type', 7],
    ['type', {}],
    ['@context', 42],
    ['@context', [null]],
    ['proof', 'x'],
    ['proof', [7]],
    ['validFrom', 20200101],
    ['credentialStatus', 'revoked'],
  ])('returns an invalid report naming %s when it is %j', async (property, value) => {
    const report = await verify({ ...credential(), [property]: value }, OPTIONS);
    expectWellFormedReport(report);
    expect(report.verdict).toBe('invalid');
    expect(report.problems.some((found) => found.detail.includes(property)), report.problems.map((found) => found.detail).join('\n')).toBe(true);
  });

  it('returns a report for a credential that is missing every property', async () => {
    const report = await verify({ type: ['VerifiableCredential'] }, OPTIONS);
    expectWellFormedReport(report);
  });
});

describe('verify with unknown contexts', () => {
  it('cannot decide about a credential with a context that is not pinned (CONTEXT_UNKNOWN, unverifiable)', async () => {
    const document = credential();
    document['@context'] = [...(document['@context'] as string[]), 'https://example.org/contexts/unknown/v1'];
    const report = await verify(document, OPTIONS);
    expectWellFormedReport(report, 'CONTEXT_UNKNOWN');
    expect(report.verdict).toBe('unverifiable');
    expect(problemFor(report, 'CONTEXT_UNKNOWN')).toContain('https://example.org/contexts/unknown/v1');
  });

  it('never fetches an unknown context, even when online', async () => {
    const requested: string[] = [];
    const fetch: FetchLike = (url) => {
      requested.push(url);
      return Promise.reject(new Error('no network in tests'));
    };
    const document = credential();
    document['@context'] = [...(document['@context'] as string[]), 'https://example.org/contexts/unknown/v1'];
    const report = await verify(document, { now: CORPUS_NOW, fetch });
    expect(report.verdict).toBe('unverifiable');
    expect(requested.filter((url) => url.includes('example.org/contexts'))).toEqual([]);
  });
});

describe('verify with a URL that the URL policy refuses', () => {
  it.each([
    ['http://192.168.1.1/x'],
    ['https://192.168.1.1/x'],
    ['https://localhost/credential.json'],
    ['https://intranet/credential.json'],
    ['https://169.254.169.254/latest/meta-data/'],
  ])('cannot decide about %s (FETCH_REFUSED, unverifiable) and sends no request', async (url) => {
    const requested: string[] = [];
    const fetch: FetchLike = (target) => {
      requested.push(target);
      return Promise.reject(new Error('no network in tests'));
    };
    const report = await verify(url, { now: CORPUS_NOW, fetch });
    expectWellFormedReport(report, 'FETCH_REFUSED');
    expect(report.verdict).toBe('unverifiable');
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'error' });
    expect(problemFor(report, 'FETCH_REFUSED')).toContain(new URL(url).host);
    expect(report.source).toMatchObject({ kind: 'url' });
    expect(requested).toEqual([]);
  });

  it('still refuses a private address when loopback is allowed', async () => {
    const requested: string[] = [];
    const fetch: FetchLike = (target) => {
      requested.push(target);
      return Promise.reject(new Error('no network in tests'));
    };
    const report = await verify(new URL('http://10.0.0.1/credential.json'), { now: CORPUS_NOW, fetch, allowLoopback: true });
    expectWellFormedReport(report, 'FETCH_REFUSED');
    expect(report.verdict).toBe('unverifiable');
    expect(requested).toEqual([]);
  });
});

describe('verify with bytes that are not UTF-8 JSON', () => {
  const utf16 = (text: string): Uint8Array => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    return bytes;
  };

  it.each([
    ['random binary', new Uint8Array([0x00, 0xff, 0x13, 0x88, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28])],
    ['invalid UTF-8 sequences only', new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xf0, 0x28, 0x8c, 0xbc])],
    ['a PNG signature with no badge in it', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])],
    ['a credential encoded as UTF-16 with a byte order mark', utf16(JSON.stringify(credential()))],
    ['a credential encoded as Latin-1 bytes with a broken character', new Uint8Array([...new TextEncoder().encode('{"type":["VerifiableCredential"],"name":"Caf'), 0xe9, ...new TextEncoder().encode('"}')])],
    ['zero bytes', new Uint8Array()],
  ])('returns a report for %s', async (_what, bytes) => {
    const report = await verify(bytes, OPTIONS);
    expectWellFormedReport(report);
  });

  it('returns a report for an ArrayBuffer that is not JSON', async () => {
    const report = await verify(new Uint8Array([0xde, 0xad, 0xbe, 0xef]).buffer, OPTIONS);
    expectWellFormedReport(report);
  });
});

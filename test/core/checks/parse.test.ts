/**
 * `parse`: the input was retrieved and is a JSON credential or presentation. Unreadable input is
 * `failed` (the input is bad); input that could not be retrieved is `error` (nothing decided).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../components/core/checks/parse.ts';
import { DEFAULT_JSON_LIMITS } from '../../../components/core/parse/json.ts';
import { readInput, type VerifyInput } from '../../../components/core/parse/parse-input.ts';
import { unreadableInputReport, verify } from '../../../components/core/verify.ts';
import { codes, contextFor, testEnvironment, verifyOptions, type TestContextOptions } from '../../support/check-context.ts';
import { corpusFile } from '../../support/corpus.ts';

const V2 = 'https://www.w3.org/ns/credentials/v2';
const CREDENTIAL_URL = 'https://issuer.example/credentials/1';

const minimalCredential = {
  '@context': [V2],
  type: ['VerifiableCredential'],
  issuer: 'did:example:issuer',
  credentialSubject: { id: 'did:example:alice' },
};

/** Reads input as the pipeline does, then runs the parse check on the outcome. */
async function parseInput(input: VerifyInput, options: TestContextOptions = {}) {
  const { documents } = testEnvironment(options);
  const { parsed } = await readInput(input, { documents, limits: DEFAULT_JSON_LIMITS });
  return { parsed, outcome: await parse.run(contextFor(parsed, options)) };
}

describe('parse check', () => {
  it('a credential given as a parsed object passes', async () => {
    const { outcome, parsed } = await parseInput(minimalCredential);
    expect(outcome.status).toBe('passed');
    expect(parsed.ok && parsed.subject).toMatchObject({ kind: 'credential', format: 'vc2-jsonld', dataModel: 2 });
  });

  it('a credential given as JSON text passes', async () => {
    const { outcome } = await parseInput(JSON.stringify(minimalCredential));
    expect(outcome.status).toBe('passed');
  });

  it('a corpus credential given as bytes passes and is recognised as VC 2.0 JSON-LD', async () => {
    const { outcome, parsed } = await parseInput(corpusFile('dcc-verifier-core/v2-valid-status.json'));
    expect(outcome.status).toBe('passed');
    expect(parsed.ok && parsed.subject.format).toBe('vc2-jsonld');
  });

  it('a VC 1.1 credential is recognised as data model 1', async () => {
    const { parsed } = await parseInput({ ...minimalCredential, '@context': ['https://www.w3.org/2018/credentials/v1'] });
    expect(parsed.ok && parsed.subject).toMatchObject({ format: 'vc1-jsonld', dataModel: 1 });
  });

  it('a presentation is recognised as a presentation', async () => {
    const { outcome, parsed } = await parseInput({ '@context': [V2], type: ['VerifiablePresentation'] });
    expect(outcome.status).toBe('passed');
    expect(parsed.ok && parsed.subject).toMatchObject({ kind: 'presentation', format: 'vp2-jsonld' });
  });

  it('a credential fetched from a preloaded URL passes', async () => {
    const { outcome } = await parseInput(CREDENTIAL_URL, { documents: { [CREDENTIAL_URL]: minimalCredential } });
    expect(outcome.status).toBe('passed');
  });

  it.each([
    ['empty text', '   ', 'INPUT_EMPTY'],
    ['text that is not JSON', 'hello, recruiter', 'INPUT_UNRECOGNISED'],
    ['broken JSON', '{"type": ', 'INPUT_NOT_JSON'],
    ['a JSON array', '[1, 2, 3]', 'INPUT_NOT_OBJECT'],
    ['JSON that is neither credential nor presentation', '{"type": "Person", "name": "Alice"}', 'NOT_A_CREDENTIAL'],
    ['JSON nested deeper than the limit', `${'['.repeat(100)}${']'.repeat(100)}`, 'INPUT_TOO_DEEP'],
  ] as const)('%s fails with %s', async (_scenario, input, code) => {
    const { outcome } = await parseInput(input);
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual([code]);
  });

  it('bytes larger than the size limit fail with INPUT_TOO_LARGE', async () => {
    const { outcome } = await parseInput(new Uint8Array(DEFAULT_JSON_LIMITS.maxBytes + 1));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['INPUT_TOO_LARGE']);
  });

  it('a URL that cannot be retrieved offline is an error with DOCUMENT_NOT_PRELOADED, not a failure', async () => {
    const { outcome } = await parseInput(CREDENTIAL_URL);
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['DOCUMENT_NOT_PRELOADED']);
  });

  it('an Open Badges 2.0 signed assertion given only as JSON is an error with FORMAT_UNSUPPORTED: the JWS is needed', async () => {
    const { outcome } = await parseInput({
      '@context': 'https://w3id.org/openbadges/v2',
      type: 'Assertion',
      id: 'urn:uuid:a5f0c3b2-0000-4000-8000-000000000002',
      recipient: { type: 'email', hashed: false, identity: 'alice@example.org' },
      badge: 'https://issuer.example/badge.json',
      verification: { type: 'SignedBadge', creator: 'https://issuer.example/key.json' },
      issuedOn: '2025-01-01T00:00:00Z',
    });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['FORMAT_UNSUPPORTED']);
  });
});

describe('parse check in the pipeline', () => {
  it('unparseable input lists every later check as skipped with REQUIRED_CHECK_NOT_PASSED and is invalid', async () => {
    const report = await verify('{"type": ', verifyOptions());
    expect(report.verdict).toBe('invalid');
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'failed' });
    for (const check of report.checks.slice(1)) {
      expect(check.status, check.id).toBe('skipped');
      expect(codes(check), check.id).toEqual(['REQUIRED_CHECK_NOT_PASSED']);
    }
  });

  it('input that could not be retrieved is unverifiable', async () => {
    const report = await verify(CREDENTIAL_URL, verifyOptions());
    expect(report.verdict).toBe('unverifiable');
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'error' });
  });

  it('input that could not be read at all is an error with INPUT_UNREADABLE and unverifiable', async () => {
    const report = await unreadableInputReport('ENOENT: no such file', { kind: 'text', name: 'missing.json' }, verifyOptions());
    expect(report.verdict).toBe('unverifiable');
    expect(report.checks[0]).toMatchObject({ id: 'parse', status: 'error' });
    expect(codes(report.checks[0]!)).toEqual(['INPUT_UNREADABLE']);
  });
});

/**
 * `status`: the issuer has not revoked or suspended the credential. A status list is itself
 * verified and must speak for the issuer; a list that cannot be retrieved, verified or tied to the
 * issuer leaves the status unknown (error), never "valid". Security research §6 D47–D57.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { status } from '../../../components/core/checks/status.ts';
import type { JsonObject } from '../../../components/core/suites/canonize.ts';
import { readControllerDocument } from '../../../components/core/resolve/controller-document.ts';
import { resolveDidKey } from '../../../components/core/resolve/did-key.ts';
import { verify } from '../../../components/core/verify.ts';
import type { VerifyInput } from '../../../components/core/parse/parse-input.ts';
import { codes, runCheck, verifyOptions, warningCodes, type TestContextOptions } from '../../support/check-context.ts';
import { CORPUS_NOW, corpusDocuments, corpusFile } from '../../support/corpus.ts';
import { createDidKey, signJcs, type DidKey } from '../../support/jcs-signer.ts';

const V1 = 'https://www.w3.org/2018/credentials/v1';
const V2 = 'https://www.w3.org/ns/credentials/v2';
const STATUS_LIST_2021 = 'https://w3id.org/vc/status-list/2021/v1';
const LIST_URL = 'https://issuer.example/status/1';
const SUSPENSION_URL = 'https://issuer.example/status/2';
const REVOCATION_LIST_URL = 'https://issuer.example/revocations.json';
/** The herd-privacy minimum of Bitstring Status List §6.1. */
const MINIMUM_ENTRIES = 131_072;
const INDEX = 7;

const issuer = await createDidKey();
const stranger = await createDidKey();

/** A gzip-compressed bitstring of `entries` bits with the given indexes set (index 0 = left-most bit). */
function bitstring(entries: number, set: readonly number[]): Buffer {
  const bytes = new Uint8Array(Math.ceil(entries / 8));
  for (const index of set) bytes[index >> 3]! |= 0x80 >> (index & 7);
  return gzipSync(bytes);
}

interface ListOptions {
  signer?: DidKey;
  purpose?: string;
  set?: readonly number[];
  entries?: number;
  type?: string[];
  subjectType?: string;
  encodedList?: string;
  validUntil?: string;
  signed?: boolean;
}

/** A signed BitstringStatusListCredential, by the credential issuer unless `signer` says otherwise. */
async function bitstringStatusList(options: ListOptions = {}): Promise<JsonObject> {
  const signer = options.signer ?? issuer;
  const list: JsonObject = {
    '@context': [V2],
    id: LIST_URL,
    type: options.type ?? ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: signer.did,
    validFrom: '2025-01-01T00:00:00Z',
    ...(options.validUntil ? { validUntil: options.validUntil } : {}),
    credentialSubject: {
      id: `${LIST_URL}#list`,
      type: options.subjectType ?? 'BitstringStatusList',
      statusPurpose: options.purpose ?? 'revocation',
      encodedList: options.encodedList ?? `u${bitstring(options.entries ?? MINIMUM_ENTRIES, options.set ?? []).toString('base64url')}`,
    },
  };
  return options.signed === false ? list : signJcs(list, signer);
}

function bitstringEntry(changes: JsonObject = {}): JsonObject {
  return {
    id: `${LIST_URL}#${INDEX}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(INDEX),
    statusListCredential: LIST_URL,
    ...changes,
  };
}

function credentialWithStatus(credentialStatus: unknown, issuerId: string = issuer.did, context: string[] = [V2]): JsonObject {
  return {
    '@context': context,
    id: 'urn:uuid:8d0a5f2e-0000-4000-8000-000000000001',
    type: ['VerifiableCredential'],
    issuer: issuerId,
    validFrom: '2025-01-01T00:00:00Z',
    credentialSubject: { id: 'did:example:alice' },
    credentialStatus,
  };
}

/** Runs the status check with the given documents (status lists) available offline. */
async function checkStatus(credential: JsonObject, documents: Record<string, unknown> = {}, options: TestContextOptions = {}) {
  return runCheck(status, credential, { documents, ...options });
}

describe('status check: Bitstring Status List', () => {
  it('a credential whose bit is clear passes without warnings', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ set: [INDEX + 1] }) });
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual([]);
  });

  it('a revoked credential fails with CREDENTIAL_REVOKED (§6 D47)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ set: [INDEX] }) });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED']);
  });

  it('a suspended credential fails with CREDENTIAL_SUSPENDED (§6 D48)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry({ statusPurpose: 'suspension' })), {
      [LIST_URL]: await bitstringStatusList({ purpose: 'suspension', set: [INDEX] }),
    });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_SUSPENDED']);
  });

  it('bit 0 is the left-most bit of the first byte', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry({ statusListIndex: '0' })), { [LIST_URL]: await bitstringStatusList({ set: [0] }) });
    expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED']);
    const neighbour = await checkStatus(credentialWithStatus(bitstringEntry({ statusListIndex: '1' })), { [LIST_URL]: await bitstringStatusList({ set: [0] }) });
    expect(neighbour.status).toBe('passed');
  });

  it('a numeric statusListIndex is read like a string one', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry({ statusListIndex: INDEX })), { [LIST_URL]: await bitstringStatusList({ set: [INDEX] }) });
    expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED']);
  });

  it('revoked and suspended together fail with both, revocation named first', async () => {
    const outcome = await checkStatus(
      credentialWithStatus([bitstringEntry({ statusPurpose: 'suspension', statusListCredential: SUSPENSION_URL }), bitstringEntry()]),
      { [LIST_URL]: await bitstringStatusList({ set: [INDEX] }), [SUSPENSION_URL]: { ...(await bitstringStatusList({ purpose: 'suspension', set: [INDEX] })) } },
    );
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED', 'CREDENTIAL_SUSPENDED']);
  });

  it('a list shorter than 131072 entries passes with a STATUS_LIST_TOO_SHORT warning (§6 D52)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ entries: 1024 }) });
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['STATUS_LIST_TOO_SHORT']);
  });

  it('a list of exactly 131072 entries gives no length warning', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ entries: MINIMUM_ENTRIES }) });
    expect(warningCodes(outcome)).toEqual([]);
  });

  it('an index beyond the end of the list fails with STATUS_INDEX_OUT_OF_RANGE (§6 D53)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry({ statusListIndex: String(MINIMUM_ENTRIES) })), { [LIST_URL]: await bitstringStatusList() });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['STATUS_INDEX_OUT_OF_RANGE']);
  });

  it.each([
    ['negative', '-1'],
    ['not a number', 'seven'],
    ['a fraction', 1.5],
    ['a negative number', -1],
    ['empty', ''],
    ['missing', undefined],
  ])('a statusListIndex that is %s fails with STATUS_ENTRY_MALFORMED (§6 D53)', async (_scenario, index) => {
    const entry = bitstringEntry({ statusListIndex: index });
    if (index === undefined) delete entry.statusListIndex;
    const outcome = await checkStatus(credentialWithStatus(entry), { [LIST_URL]: await bitstringStatusList() });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['STATUS_ENTRY_MALFORMED']);
  });

  it('an entry without statusListCredential fails with STATUS_ENTRY_MALFORMED', async () => {
    const entry = bitstringEntry();
    delete entry.statusListCredential;
    const outcome = await checkStatus(credentialWithStatus(entry));
    expect(codes(outcome)).toEqual(['STATUS_ENTRY_MALFORMED']);
  });

  it('a revocation entry with statusSize 2 fails with STATUS_ENTRY_MALFORMED', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry({ statusSize: 2 })), { [LIST_URL]: await bitstringStatusList() });
    expect(codes(outcome)).toEqual(['STATUS_ENTRY_MALFORMED']);
  });

  it('a status entry that is not an object fails with STATUS_ENTRY_MALFORMED', async () => {
    const outcome = await checkStatus(credentialWithStatus([LIST_URL]));
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['STATUS_ENTRY_MALFORMED']);
  });

  it('a purpose other than revocation or suspension passes with a STATUS_PURPOSE_IGNORED warning, never silently', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry({ statusPurpose: 'message' })));
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['STATUS_PURPOSE_IGNORED']);
  });

  it('an unreachable list is an error with STATUS_LIST_UNREACHABLE, never verified (§6 D55)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()));
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_UNREACHABLE']);
  });

  it('an unsigned list is an error with STATUS_LIST_INVALID: a list must verify (§6 D49)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ signed: false }) });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_INVALID']);
  });

  it('a list changed after signing is an error with STATUS_LIST_INVALID (§6 D49)', async () => {
    const list = await bitstringStatusList({ set: [INDEX] });
    const cleared = { ...list, credentialSubject: { ...(list.credentialSubject as JsonObject), encodedList: `u${bitstring(MINIMUM_ENTRIES, []).toString('base64url')}` } };
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: cleared });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_INVALID']);
  });

  it('an expired list is an error with STATUS_LIST_EXPIRED (§6 D56)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ validUntil: '2025-06-01T00:00:00Z' }) });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_EXPIRED']);
  });

  it('a list of the wrong credential type is an error with STATUS_LIST_MALFORMED', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ type: ['VerifiableCredential', 'StatusList2021Credential'] }) });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_MALFORMED']);
  });

  it('a list whose subject is not a BitstringStatusList is an error with STATUS_LIST_MALFORMED', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ subjectType: 'SomethingElse' }) });
    expect(codes(outcome)).toEqual(['STATUS_LIST_MALFORMED']);
  });

  it('a list that inflates past 16 MiB (a gzip bomb) is an error with STATUS_LIST_MALFORMED, without inflating it all', async () => {
    const bomb = `u${gzipSync(new Uint8Array(64 * 1024 * 1024)).toString('base64url')}`;
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ encodedList: bomb }) });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_MALFORMED']);
  });

  it('an encodedList without the multibase prefix is an error with STATUS_LIST_MALFORMED', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ encodedList: bitstring(MINIMUM_ENTRIES, []).toString('base64url') }) });
    expect(codes(outcome)).toEqual(['STATUS_LIST_MALFORMED']);
  });

  it('an encodedList that is not gzip is an error with STATUS_LIST_MALFORMED', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ encodedList: `u${Buffer.from('not gzip at all').toString('base64url')}` }) });
    expect(codes(outcome)).toEqual(['STATUS_LIST_MALFORMED']);
  });

  it('a suspension entry checked against a revocation list is an error with STATUS_PURPOSE_MISMATCH (§6 D51)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry({ statusPurpose: 'suspension' })), { [LIST_URL]: await bitstringStatusList({ purpose: 'revocation', set: [INDEX] }) });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_PURPOSE_MISMATCH']);
  });

  it('a list signed by an unrelated party that says "not revoked" is an error with STATUS_LIST_ISSUER_MISMATCH (§6 D50)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ signer: stranger }) });
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_ISSUER_MISMATCH']);
  });

  it('a verified list signed by another party that says "revoked" makes the credential revoked, with the mismatch as a warning', async () => {
    // The list URL is part of the signed credential, so the issuer chose it; a verified list that
    // marks the credential can only make it look worse, never better. The corpus requires this
    // (dcc-vc-test-fixtures noRegistry-revokedStatus-notExpired), while a "not revoked" from such
    // a list is never believed (the test above).
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), { [LIST_URL]: await bitstringStatusList({ signer: stranger, set: [INDEX] }) });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED']);
    expect(outcome.warnings?.map((w) => w.code)).toContain('STATUS_LIST_ISSUER_MISMATCH');
  });

  it('a list served from the https origin the issuer id names speaks for the issuer', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry(), 'https://issuer.example/profile'), { [LIST_URL]: await bitstringStatusList({ signer: stranger }) });
    expect(outcome.status).toBe('passed');
  });

  it('a list served from another origin than the https issuer is an error with STATUS_LIST_ISSUER_MISMATCH', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry(), 'https://other-issuer.example/profile'), { [LIST_URL]: await bitstringStatusList({ signer: stranger }) });
    expect(codes(outcome)).toEqual(['STATUS_LIST_ISSUER_MISMATCH']);
  });

  it('a list signed with a key the issuer lists under assertionMethod speaks for the issuer', async () => {
    const issuerId = 'did:web:university.example';
    const listKey = resolveDidKey(stranger.did);
    if (!('methods' in listKey)) throw new Error('did:key did not resolve');
    const issuerDocument = readControllerDocument({
      id: issuerId,
      verificationMethod: [{ id: `${issuerId}#status-key`, type: 'Multikey', controller: issuerId, publicKeyMultibase: stranger.publicKeyMultibase }],
      assertionMethod: [`${issuerId}#status-key`],
    })!;
    const list = await bitstringStatusList({ signer: stranger });
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry(), issuerId), { [LIST_URL]: list }, {
      facts: { issuerDocument },
      verifyDocument: async (document) => ({
        report: await verify(document as VerifyInput, verifyOptions({ documents: { [LIST_URL]: list } })),
        verifiedProofs: [{ proof: list.proof as JsonObject, suite: 'eddsa-jcs-2022', method: listKey.methods[0]!, controller: listKey, keySource: 'controller-document' }],
      }),
    });
    expect(outcome.status).toBe('passed');
  });
});

describe('status check: other status methods', () => {
  it('a StatusList2021 entry whose bit is set fails with CREDENTIAL_REVOKED', async () => {
    const list = await signJcs({
      '@context': [V1, STATUS_LIST_2021],
      id: LIST_URL,
      type: ['VerifiableCredential', 'StatusList2021Credential'],
      issuer: issuer.did,
      issuanceDate: '2025-01-01T00:00:00Z',
      credentialSubject: { id: `${LIST_URL}#list`, type: 'StatusList2021', statusPurpose: 'revocation', encodedList: bitstring(MINIMUM_ENTRIES, [INDEX]).toString('base64url') },
    }, issuer);
    const entry = bitstringEntry({ type: 'StatusList2021Entry' });
    const outcome = await checkStatus(credentialWithStatus(entry, issuer.did, [V1, STATUS_LIST_2021]), { [LIST_URL]: list });
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED']);
  });

  describe('1EdTech Revocation List', () => {
    const entry = { id: REVOCATION_LIST_URL, type: '1EdTechRevocationList' };
    const credential = () => credentialWithStatus(entry, 'https://issuer.example/profile');
    const list = (revokedCredentials: unknown[], listIssuer = 'https://issuer.example/profile') => ({ id: REVOCATION_LIST_URL, issuer: listIssuer, revokedCredentials });
    const credentialId = credentialWithStatus(null).id;

    it('a credential the list names fails with CREDENTIAL_REVOKED', async () => {
      const outcome = await checkStatus(credential(), { [REVOCATION_LIST_URL]: list([{ id: credentialId, revocationReason: 'cheating' }]) });
      expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED']);
    });

    it('a credential the list names with revoked: false passes', async () => {
      const outcome = await checkStatus(credential(), { [REVOCATION_LIST_URL]: list([{ id: credentialId, revoked: false }]) });
      expect(outcome.status).toBe('passed');
    });

    it('a credential the list does not name passes', async () => {
      const outcome = await checkStatus(credential(), { [REVOCATION_LIST_URL]: list([{ id: 'urn:uuid:someone-else' }]) });
      expect(outcome.status).toBe('passed');
    });

    it('a list published for another issuer is an error with STATUS_LIST_ISSUER_MISMATCH', async () => {
      const outcome = await checkStatus(credential(), { [REVOCATION_LIST_URL]: list([], 'https://other.example/profile') });
      expect(outcome.status).toBe('error');
      expect(codes(outcome)).toEqual(['STATUS_LIST_ISSUER_MISMATCH']);
    });

    it('an unreachable list is an error with STATUS_LIST_UNREACHABLE', async () => {
      const outcome = await checkStatus(credential());
      expect(codes(outcome)).toEqual(['STATUS_LIST_UNREACHABLE']);
    });
  });

  it('an unsupported status method is an error with STATUS_TYPE_UNSUPPORTED, never silently valid (§6 D57)', async () => {
    const outcome = await checkStatus(credentialWithStatus({ id: LIST_URL, type: 'CredentialStatusList2017' }));
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_TYPE_UNSUPPORTED']);
  });
});

describe('status check: not applicable', () => {
  it('a credential without credentialStatus is skipped as NOT_APPLICABLE', async () => {
    const document = credentialWithStatus(undefined);
    delete document.credentialStatus;
    const outcome = await checkStatus(document);
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
  });

  it('a presentation is skipped as NOT_APPLICABLE', async () => {
    const outcome = await checkStatus({ '@context': [V2], type: ['VerifiablePresentation'] });
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
  });

  it('the status of a status list credential is not followed (depth > 0)', async () => {
    const outcome = await checkStatus(credentialWithStatus(bitstringEntry()), {}, { depth: 1 });
    expect(outcome.status).toBe('skipped');
    expect(codes(outcome)).toEqual(['NOT_APPLICABLE']);
  });
});

describe('status check on corpus credentials', () => {
  const documents = corpusDocuments();
  const corpusCredential = (file: string) => JSON.parse(new TextDecoder().decode(corpusFile(file))) as JsonObject;
  const corpus = { now: CORPUS_NOW };
  const statusOf = async (file: string) => runCheck(status, corpusCredential(file), { ...corpus, documents });

  it('dcc-verifier-core/v2-valid-status.json passes, warning that its 100000-entry list is short', async () => {
    const outcome = await statusOf('dcc-verifier-core/v2-valid-status.json');
    expect(outcome.status).toBe('passed');
    expect(warningCodes(outcome)).toEqual(['STATUS_LIST_TOO_SHORT']);
  });

  it('dcc-verifier-core/v2-revoked.json fails with CREDENTIAL_REVOKED', async () => {
    const outcome = await statusOf('dcc-verifier-core/v2-revoked.json');
    expect(outcome.status).toBe('failed');
    expect(codes(outcome)).toEqual(['CREDENTIAL_REVOKED']);
  });

  it.each([
    ['legacy-tamperedStatus-noExpiry.json', 'STATUS_LIST_INVALID'],
    ['legacy-expiredStatus-noExpiry.json', 'STATUS_LIST_EXPIRED'],
    ['legacy-notYetValidStatus-noExpiry.json', 'STATUS_LIST_EXPIRED'],
  ])('dcc-vc-test-fixtures %s is an error with %s', async (file, code) => {
    const outcome = await statusOf(`dcc-vc-test-fixtures/verifiableCredentials/v2/ed25519/didKey/${file}`);
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual([code]);
  });

  it('dcc-verifier-core/v2-two-proofs-bad-status-url.json is an error with STATUS_LIST_UNREACHABLE', async () => {
    const outcome = await statusOf('dcc-verifier-core/v2-two-proofs-bad-status-url.json');
    expect(outcome.status).toBe('error');
    expect(codes(outcome)).toEqual(['STATUS_LIST_UNREACHABLE']);
  });

  it('in the pipeline, a revoked credential is revoked and an unreachable list makes it unverifiable', async () => {
    const options = { now: CORPUS_NOW, offline: true, documents };
    expect((await verify(corpusFile('dcc-verifier-core/v2-revoked.json'), options)).verdict).toBe('revoked');
    expect((await verify(corpusFile('dcc-verifier-core/v2-valid-status.json'), options)).verdict).toBe('verified');
    expect((await verify(corpusFile('dcc-verifier-core/v2-two-proofs-bad-status-url.json'), options)).verdict).toBe('unverifiable');
  });

  it('in the pipeline, status is skipped with REQUIRED_CHECK_NOT_PASSED when the proof fails', async () => {
    const report = await verify(corpusFile('dcc-verifier-core/derived/v2-tampered.json'), { now: CORPUS_NOW, offline: true, documents });
    expect(codes(report.checks.find((c) => c.id === 'status')!)).toEqual(['REQUIRED_CHECK_NOT_PASSED']);
  });
});

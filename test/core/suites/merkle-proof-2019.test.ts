import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDocumentSource } from '../../../components/core/fetch/documents.ts';
import { resolveOptions } from '../../../components/core/options.ts';
import { problem } from '../../../components/core/problems.ts';
import { createContextLoader } from '../../../components/core/resolve/context-loader.ts';
import { CanonizeFailure, createCanonize, type Canonize, type JsonObject } from '../../../components/core/suites/canonize.ts';
import {
  decodeMerkleProof2019,
  documentHashOf,
  hashedDocument,
  merkleProof2019,
  merkleRootOf,
  type AnchorExplorer,
  type MerkleProofOutcome,
} from '../../../components/core/suites/merkle-proof-2019.ts';
import { CORPUS, corpusDocuments } from '../../support/corpus.ts';

function canonizer(): Canonize {
  const resolved = resolveOptions({ documents: corpusDocuments(), offline: true });
  const documents = createDocumentSource({
    documents: resolved.documents,
    offline: true,
    fetch: () => Promise.reject(new Error('unit tests never reach the network')),
    policy: resolved.policy,
    limits: resolved.limits,
    json: resolved.json,
  });
  return createCanonize(createContextLoader(documents));
}

const canonize = canonizer();

function load(file: string): JsonObject {
  return JSON.parse(readFileSync(join(CORPUS, 'blockcerts/v3', file), 'utf8')) as JsonObject;
}

function merkleProofOf(document: JsonObject): JsonObject {
  const proofs = (Array.isArray(document.proof) ? document.proof : [document.proof]) as JsonObject[];
  const found = proofs.find((entry) => merkleProof2019.accepts(entry));
  if (!found) throw new Error('no MerkleProof2019 on the document');
  return found;
}

function check(document: JsonObject, explorer?: AnchorExplorer): Promise<MerkleProofOutcome> {
  return merkleProof2019.verify({ document, proof: merkleProofOf(document), canonize, explorer });
}

/** What cert-verifier-js's tests stub lookForTx with (blockcerts/_network-mocks.json). */
const MOCKED_TX = {
  'testnet-v3-did.json': { merkleRoot: '68df661ae14f926878aabbe5ca33e46376e8bfb397c1364c2f1fa653ecd8b4b6', issuingAddress: 'mgdWjvq4RYAAP5goUNagTRMx7Xw534S5am', time: '2022-04-05T18:45:30.000Z' },
  'cert-rl-status-list-2021-revoked.json': { merkleRoot: '1c10497bdbc9e1812ada342c1e2a1c4d60c2f263f195116a804a98e6e8288b6c', issuingAddress: 'mgdWjvq4RYAAP5goUNagTRMx7Xw534S5am', time: '2023-03-30T13:13:13.000Z' },
  'cert-rl-status-list-2021-suspended.json': { merkleRoot: '1c10497bdbc9e1812ada342c1e2a1c4d60c2f263f195116a804a98e6e8288b6c', issuingAddress: 'mgdWjvq4RYAAP5goUNagTRMx7Xw534S5am', time: '2023-03-30T13:13:13.000Z' },
} as const;

const MOCKNET_CERTIFICATES = [
  'mocknet-vc-v2-data-integrity-proof.json',
  'mocknet-vc-v2-validFrom-valid.json',
  'mocknet-vc-v2-validUntil-expired.json',
  'mocknet-vc-v2-validFrom-not-yet-valid.json',
  'mocknet-vc-v2-invalid-date-format.json',
  'mocknet-vc-v2-credential-schema.json',
  'mocknet-vc-v2-credential-schema-invalid.json',
  'mocknet-verifiable-presentation.json',
];

describe('MerkleProof2019 proofValue', () => {
  it('decodes the Python encoding (hashes as CBOR hex text) with its Bitcoin testnet anchor', () => {
    const outcome = decodeMerkleProof2019(merkleProofOf(load('testnet-v3-did.json')).proofValue);
    expect(outcome).toEqual({
      ok: true,
      receipt: {
        merkleRoot: '68df661ae14f926878aabbe5ca33e46376e8bfb397c1364c2f1fa653ecd8b4b6',
        targetHash: 'eca54e560dd43cccd900fa4bb9221f144d4c451c24beeddfd82e31db842bced1',
        path: [{ side: 'left', hash: '78e670a04db3cf419fff5fb1b11a420a34e5eeae14cc68476dcb84883b5cdb64' }],
        anchors: [{
          uri: 'blink:btc:testnet:140ee9382a5c84433b9c89a5d9fea26c47415838b5841deb0c36a8a4b9121f2e',
          chain: 'btc',
          network: 'testnet',
          transaction: '140ee9382a5c84433b9c89a5d9fea26c47415838b5841deb0c36a8a4b9121f2e',
          mock: false,
          test: true,
        }],
      },
    });
  });

  it('decodes the JavaScript encoding (hashes as CBOR byte strings) with its mocknet anchor', () => {
    const outcome = decodeMerkleProof2019(merkleProofOf(load('mocknet-v3-valid.json')).proofValue);
    if (!outcome.ok) throw new Error(outcome.problem.detail);
    expect(outcome.receipt.targetHash).toBe('a2ad534b55cef1344ccb917bafec9cf4c72ba6b5be2b2abed31ed6310069665a');
    expect(outcome.receipt.path).toEqual([{ side: 'left', hash: 'a2ad534b55cef1344ccb917bafec9cf4c72ba6b5be2b2abed31ed6310069665a' }]);
    expect(outcome.receipt.anchors[0]).toMatchObject({ chain: 'mocknet', network: 'mocknet', mock: true });
    expect(outcome.receipt.anchors[0]?.uri).toMatch(/^blink:mocknet:mocknet:[0-9a-f]{128}$/);
  });

  it('reads a Python mocknet anchor, which has its note where the network would be', () => {
    const outcome = decodeMerkleProof2019(merkleProofOf(load('mocknet-vc-v2-data-integrity-proof.json')).proofValue);
    if (!outcome.ok) throw new Error(outcome.problem.detail);
    expect(outcome.receipt.anchors).toEqual([{
      uri: 'blink:mocknet:This has not been issued on a blockchain and is for testing only',
      chain: 'mocknet',
      network: null,
      transaction: 'This has not been issued on a blockchain and is for testing only',
      mock: true,
      test: true,
    }]);
  });

  it.each([
    ['a value that is not multibase', 'not-multibase'],
    ['base58btc that is not CBOR', 'z2NEpo7TZRRrLZSi2U'],
    ['a number', 42],
  ])('rejects %s as a malformed proof', (_, proofValue) => {
    const outcome = decodeMerkleProof2019(proofValue);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.code).toBe('PROOF_MALFORMED');
  });
});

describe('MerkleProof2019 proof types', () => {
  it.each([
    [{ type: 'MerkleProof2019' }, true],
    [{ type: 'DataIntegrityProof', cryptosuite: 'merkle-proof-2019' }, true],
    [{ type: 'ChainedProof2021', chainedProofType: 'MerkleProof2019' }, true],
    [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' }, false],
    [{ type: 'MerkleProof2017' }, false],
  ])('accepts %j: %s', (proof, expected) => {
    expect(merkleProof2019.accepts(proof)).toBe(expected);
  });
});

describe('MerkleProof2019 verification', () => {
  it.each(MOCKNET_CERTIFICATES)('finds %s intact, but never confirms its mocknet anchor', async (file) => {
    const outcome = await check(load(file));
    expect(outcome.status).toBe('unconfirmed');
    if (outcome.status !== 'unconfirmed') return;
    expect(outcome.documentHash).toBe(outcome.receipt.targetHash);
    expect(outcome.problem.detail).toMatch(/^unverifiable: anchor not confirmed: .*mocknet test anchor/);
  });

  it('finds each credential inside the mocknet presentation intact', async () => {
    const presentation = load('mocknet-verifiable-presentation.json');
    for (const credential of presentation.verifiableCredential as JsonObject[]) {
      expect((await check(credential)).status).toBe('unconfirmed');
    }
  });

  it('finds the tampered presentation invalid: its holder was changed after it was anchored', async () => {
    const outcome = await check(load('mocknet-verifiable-presentation-tampered.json'));
    expect(outcome.status).toBe('invalid');
    if (outcome.status !== 'invalid') return;
    expect(outcome.problem.code).toBe('SIGNATURE_INVALID');
    expect(outcome.problem.detail).toMatch(/not to the proof's targetHash/);
  });

  it('finds a credential invalid when a claim in it was changed', async () => {
    const document = load('mocknet-vc-v2-data-integrity-proof.json');
    const subject = document.credentialSubject as JsonObject;
    const outcome = await check({ ...document, credentialSubject: { ...subject, name: 'Someone Else' } });
    expect(outcome.status).toBe('invalid');
  });

  it('finds a credential invalid when its Merkle path does not lead to the merkleRoot', async () => {
    const document = load('mocknet-vc-v2-validFrom-valid.json');
    const proof = merkleProofOf(document);
    const decoded = decodeMerkleProof2019(proof.proofValue);
    if (!decoded.ok) throw new Error(decoded.problem.detail);
    const { targetHash, path, merkleRoot } = decoded.receipt;
    expect(await merkleRootOf(targetHash, path)).toBe(merkleRoot);
    const flipped = path.map((step) => ({ ...step, side: step.side === 'left' ? 'right' as const : 'left' as const }));
    expect(await merkleRootOf(targetHash, flipped)).not.toBe(merkleRoot);
  });

  it('hashes a later proof of a proof set together with the proofs before it, as Blockcerts does', async () => {
    const document = load('example-non-chained-proofs.json');
    const outcome = await check(document);
    expect(outcome.status).toBe('unconfirmed');
    const bare = { ...document };
    delete bare.proof;
    expect(await documentHashOf(bare, canonize)).not.toBe(outcome.status === 'unconfirmed' ? outcome.receipt.targetHash : '');
  });

  it('hashes a ChainedProof2021 together with the proof it chains to', async () => {
    const document = load('mocknet-v3-valid.json');
    const outcome = await check(document);
    expect(outcome.status).toBe('unconfirmed');
    const hashed = hashedDocument(document, merkleProofOf(document));
    expect(hashed?.proof).toEqual([(document.proof as unknown[])[0]]);
  });

  it('does not ask the explorer about mocknet anchors', async () => {
    const explorer = vi.fn<AnchorExplorer>();
    const outcome = await check(load('mocknet-vc-v2-validFrom-valid.json'), explorer);
    expect(outcome.status).toBe('unconfirmed');
    expect(explorer).not.toHaveBeenCalled();
  });

  it('is unverifiable when no explorer is configured for a real anchor', async () => {
    const outcome = await check(load('testnet-v3-did.json'));
    expect(outcome.status).toBe('unconfirmed');
    if (outcome.status === 'unconfirmed') {
      expect(outcome.problem.detail).toBe('unverifiable: anchor not confirmed: no blockchain explorer is configured to look up "blink:btc:testnet:140ee9382a5c84433b9c89a5d9fea26c47415838b5841deb0c36a8a4b9121f2e"');
    }
  });

  it.each(Object.entries(MOCKED_TX))('confirms %s when the explorer finds its merkleRoot in the transaction', async (file, transaction) => {
    const explorer = vi.fn<AnchorExplorer>(async () => transaction);
    const outcome = await check(load(file), explorer);
    expect(outcome.status).toBe('confirmed');
    if (outcome.status !== 'confirmed') return;
    expect(outcome.confirmation).toEqual(transaction);
    expect(outcome.anchor.uri).toMatch(/^blink:btc:testnet:/);
    expect(explorer).toHaveBeenCalledWith(outcome.anchor);
  });

  it('finds a credential invalid when its transaction records another merkleRoot', async () => {
    const explorer: AnchorExplorer = async () => ({ merkleRoot: 'ab'.repeat(32), time: '2022-04-05T18:45:30.000Z' });
    const outcome = await check(load('testnet-v3-did.json'), explorer);
    expect(outcome.status).toBe('invalid');
    if (outcome.status === 'invalid') expect(outcome.problem.detail).toMatch(/records "abab.*", not the proof's merkleRoot/);
  });

  it('passes on the problem of an explorer that cannot find the transaction', async () => {
    const explorer: AnchorExplorer = async () => problem('FETCH_HTTP_ERROR', 'the explorer answered 404');
    const outcome = await check(load('testnet-v3-did.json'), explorer);
    expect(outcome.status).toBe('unconfirmed');
    if (outcome.status === 'unconfirmed') {
      expect(outcome.problem.code).toBe('FETCH_HTTP_ERROR');
      expect(outcome.problem.detail).toMatch(/^unverifiable: anchor not confirmed: blink:btc:testnet:140e.*: the explorer answered 404$/);
    }
  });

  it('is unverifiable, not an error, when the explorer throws', async () => {
    const explorer: AnchorExplorer = async () => {
      throw new Error('socket hang up');
    };
    const outcome = await check(load('testnet-v3-did.json'), explorer);
    expect(outcome.status).toBe('unconfirmed');
    if (outcome.status === 'unconfirmed') expect(outcome.problem.code).toBe('FETCH_FAILED');
  });

  it('rejects with the canonicalization problem when a term would be dropped', async () => {
    const document = load('cert-rl-status-list-2021-revoked.json');
    await expect(check({ ...document, notATerm: 'unsigned' })).rejects.toBeInstanceOf(CanonizeFailure);
  });

  it('reports a proof that is not on the document as malformed', async () => {
    const document = load('testnet-v3-did.json');
    const outcome = await merkleProof2019.verify({ document, proof: merkleProofOf(load('mocknet-v3-valid.json')), canonize });
    expect(outcome.status).toBe('invalid');
    if (outcome.status === 'invalid') expect(outcome.problem.code).toBe('PROOF_MALFORMED');
  });
});

/**
 * Blockcerts v3 `MerkleProof2019` (also as `DataIntegrityProof` with cryptosuite
 * `merkle-proof-2019`, or inside a `ChainedProof2021`): the credential's hash is a leaf of a
 * Merkle tree whose root an issuer wrote into a blockchain transaction.
 *
 * Checked locally: the document hashes to the proof's targetHash, and the Merkle path leads from
 * the targetHash to the merkleRoot. Checked only through an explorer the caller injects: that a
 * transaction named by an anchor records that merkleRoot. Without that, the proof shows the
 * document is intact but not that anyone anchored it, so the outcome is `unconfirmed`. Mocknet
 * anchors are test anchors: they are never confirmed.
 *
 * Who anchored it (the transaction's issuing address against the issuer's keys) is the caller's
 * issuer-key step: `confirmed` carries the explorer's `issuingAddress` and `time` for it.
 */
import { decode } from 'cborg';
import { problem, quote, type Problem, type ProblemCode } from '../problems.ts';
import { base58btcDecode, concatBytes } from '../resolve/multibase.ts';
import type { Canonize, JsonObject } from './canonize.ts';
import { isMerkleProof2019 } from './anchored-proof.ts';

/** One step up the tree: the sibling's hash and the side it sits on. */
export interface MerkleStep {
  side: 'left' | 'right';
  hash: string;
}

/**
 * A blockchain anchor, with its Blockcerts "blink" URI (`blink:btc:testnet:<txid>`). `mock` marks
 * mocknet anchors, which name no transaction; `test` marks test networks (testnet, sepolia, ...).
 */
export interface Anchor {
  uri: string;
  chain: string;
  network: string | null;
  transaction: string | null;
  mock: boolean;
  test: boolean;
}

/** The decoded proofValue. Hashes are lowercase hex. */
export interface MerkleReceipt {
  merkleRoot: string;
  targetHash: string;
  path: MerkleStep[];
  anchors: Anchor[];
}

/** What an explorer found for an anchor's transaction: the data it records, and when and by whom. */
export interface AnchorConfirmation {
  merkleRoot: string;
  time: string;
  issuingAddress?: string;
}

/**
 * Looks up an anchor's transaction (a block explorer, an RPC node, a fixture). Returns a problem
 * when it cannot tell (transaction unknown, explorer unreachable); it is only asked about
 * anchors that are not mocknet.
 */
export type AnchorExplorer = (anchor: Anchor) => Promise<AnchorConfirmation | Problem>;

/**
 * `invalid`: malformed or tampered (the check fails). `unconfirmed`: intact, but no anchor could
 * be confirmed (the check cannot decide). `confirmed`: intact and anchored.
 */
export type MerkleProofOutcome =
  | { status: 'invalid'; problem: Problem; receipt?: MerkleReceipt; documentHash?: string }
  | { status: 'unconfirmed'; problem: Problem; receipt: MerkleReceipt; documentHash: string }
  | { status: 'confirmed'; receipt: MerkleReceipt; documentHash: string; anchor: Anchor; confirmation: AnchorConfirmation };

export interface MerkleProofInput {
  /** The document as received, proofs included: which proofs are hashed with it depends on the proof's place. */
  document: JsonObject;
  proof: JsonObject;
  canonize: Canonize;
  explorer?: AnchorExplorer | undefined;
}

/**
 * The ProofSuite shape without a key: a Merkle proof is not a signature, the key that matters is
 * the one that paid for the transaction. `verify` rejects with CanonizeFailure, as suites do.
 */
export interface MerkleProofSuite {
  name: 'merkle-proof-2019';
  accepts(proof: JsonObject): boolean;
  canonicalization: 'rdfc';
  verify(input: MerkleProofInput): Promise<MerkleProofOutcome>;
}

/** "Could not confirm the anchor": the proof check reports it as `error`. */
const UNCONFIRMED: ProblemCode = 'ANCHOR_NOT_CONFIRMED';

export const merkleProof2019: MerkleProofSuite = {
  name: 'merkle-proof-2019',
  accepts: isMerkleProof2019,
  canonicalization: 'rdfc',
  verify: verifyMerkleProof2019,
};

export { isMerkleProof2019 };

export async function verifyMerkleProof2019({ document, proof, canonize, explorer }: MerkleProofInput): Promise<MerkleProofOutcome> {
  const decoded = decodeMerkleProof2019(proof.proofValue);
  if (!decoded.ok) return { status: 'invalid', problem: decoded.problem };
  const receipt = decoded.receipt;
  const hashed = hashedDocument(document, proof);
  if (!hashed) return { status: 'invalid', problem: problem('PROOF_MALFORMED', 'the proof is not one of the document\'s proofs'), receipt };

  const documentHash = await documentHashOf(hashed, canonize);
  if (documentHash === null) {
    return { status: 'invalid', problem: problem('JSONLD_INVALID', 'the document contains an unpaired UTF-16 surrogate, which has no UTF-8 form to hash'), receipt };
  }
  if (documentHash !== receipt.targetHash) {
    const detail = `the document hashes to ${documentHash}, not to the proof's targetHash ${receipt.targetHash}: it was changed after it was issued`;
    return { status: 'invalid', problem: problem('SIGNATURE_INVALID', detail), receipt, documentHash };
  }
  const root = await merkleRootOf(receipt.targetHash, receipt.path);
  if (root !== receipt.merkleRoot) {
    const detail = `the Merkle path leads from the targetHash to ${root}, not to the proof's merkleRoot ${receipt.merkleRoot}`;
    return { status: 'invalid', problem: problem('SIGNATURE_INVALID', detail), receipt, documentHash };
  }
  return confirmAnchors(receipt, documentHash, explorer);
}

/**
 * The document as Blockcerts hashes it (jsonld-signatures-merkleproof2019
 * src/inspectors/computeLocalHash.ts): a single proof is removed; in a proof array, the proofs
 * before this one stay, as an array, and the others go. `null` if the proof is not on the document.
 */
export function hashedDocument(document: JsonObject, proof: JsonObject): JsonObject | null {
  const copy: JsonObject = { ...document };
  const proofs = document.proof;
  if (!Array.isArray(proofs)) {
    if (proofs !== proof && !sameProofValue(proofs, proof)) return null;
    delete copy.proof;
    return copy;
  }
  const index = proofs.findIndex((entry) => entry === proof || sameProofValue(entry, proof));
  if (index < 0) return null;
  // Blockcerts keeps `proof: []` for the first proof; an empty array yields no triples either way.
  if (index === 0) delete copy.proof;
  else copy.proof = proofs.slice(0, index);
  return copy;
}

function sameProofValue(entry: unknown, proof: JsonObject): boolean {
  return typeof entry === 'object' && entry !== null && typeof proof.proofValue === 'string' && (entry as JsonObject).proofValue === proof.proofValue;
}

/**
 * SHA-256 (lowercase hex) of the UTF-8 canonical N-Quads, as computeLocalHash does with URDNA2015
 * (RDFC-1.0 produces the same N-Quads). `null` when the text has no UTF-8 form.
 */
export async function documentHashOf(document: JsonObject, canonize: Canonize): Promise<string | null> {
  const canonical = await canonize(document);
  if (UNPAIRED_SURROGATE.test(canonical)) return null;
  return toHex(await sha256(new TextEncoder().encode(canonical)));
}

// TextEncoder would turn a lone surrogate into U+FFFD, so two different documents would hash alike.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Walks the path (jsonld-signatures-merkleproof2019 src/inspectors/ensureValidReceipt.ts): a left
 * sibling is hashed before the running hash, a right one after; both as raw bytes.
 */
export async function merkleRootOf(targetHash: string, path: readonly MerkleStep[]): Promise<string> {
  let node = fromHex(targetHash);
  for (const step of path) {
    const sibling = fromHex(step.hash);
    node = await sha256(step.side === 'left' ? concatBytes(sibling, node) : concatBytes(node, sibling));
  }
  return toHex(node);
}

async function confirmAnchors(receipt: MerkleReceipt, documentHash: string, explorer: AnchorExplorer | undefined): Promise<MerkleProofOutcome> {
  const unconfirmed = (code: ProblemCode, detail: string): MerkleProofOutcome => ({
    status: 'unconfirmed',
    problem: problem(code, `unverifiable: anchor not confirmed: ${detail}`),
    receipt,
    documentHash,
  });
  const real = receipt.anchors.filter((anchor) => !anchor.mock);
  if (real.length === 0) {
    return unconfirmed(UNCONFIRMED, `${list(receipt.anchors)} is a mocknet test anchor, which records nothing on a blockchain`);
  }
  if (!explorer) return unconfirmed(UNCONFIRMED, `no blockchain explorer is configured to look up ${list(real)}`);

  const lookups = await Promise.all(real.map((anchor) => lookUp(explorer, anchor)));
  const mismatch = lookups.find((lookup) => lookup.found && lookup.found.merkleRoot !== receipt.merkleRoot);
  if (mismatch?.found) {
    const detail = `the transaction of ${mismatch.anchor.uri} records ${quote(mismatch.found.merkleRoot)}, not the proof's merkleRoot ${receipt.merkleRoot}`;
    return { status: 'invalid', problem: problem('SIGNATURE_INVALID', detail), receipt, documentHash };
  }
  const confirmed = lookups.find((lookup) => lookup.found);
  if (confirmed?.found) return { status: 'confirmed', receipt, documentHash, anchor: confirmed.anchor, confirmation: confirmed.found };
  const first = lookups.find((lookup) => lookup.problem)?.problem;
  return unconfirmed(first?.code ?? UNCONFIRMED, lookups.map((lookup) => `${lookup.anchor.uri}: ${lookup.problem?.detail ?? 'no answer'}`).join('; '));
}

type Lookup = { anchor: Anchor; found?: AnchorConfirmation; problem?: Problem };

async function lookUp(explorer: AnchorExplorer, anchor: Anchor): Promise<Lookup> {
  let answer: AnchorConfirmation | Problem;
  try {
    answer = await explorer(anchor);
  } catch (error) {
    return { anchor, problem: problem('FETCH_FAILED', `the explorer failed: ${error instanceof Error ? error.message : String(error)}`) };
  }
  if (typeof answer !== 'object' || answer === null) return { anchor, problem: problem('FETCH_FAILED', `the explorer answered ${quote(answer)}`) };
  if ('code' in answer) return { anchor, problem: answer };
  if (typeof answer.merkleRoot !== 'string' || !HASH.test(answer.merkleRoot)) {
    return { anchor, problem: problem('FETCH_FAILED', `the explorer answered the merkleRoot ${quote(answer.merkleRoot)}, not a SHA-256 hash`) };
  }
  return { anchor, found: { ...answer, merkleRoot: answer.merkleRoot.toLowerCase() } };
}

function list(anchors: readonly Anchor[]): string {
  return anchors.map((anchor) => quote(anchor.uri)).join(', ');
}

// ---------------------------------------------------------------------------------------------
// proofValue: multibase base58btc of CBOR (lds-merkle-proof-2019 src/Encoder.js, Keymap.js; the
// Python encoder lds-merkle-proof-2019-py writes the same layout). Not a CBOR map but an array of
// [key, value] pairs: 0 merkleRoot, 1 targetHash, 2 anchors, 3 path. Every hash is a byte string
// that holds a second CBOR item: the hash as a byte string (JS encoder) or as hex text (Python).

export type DecodeOutcome = { ok: true; receipt: MerkleReceipt } | { ok: false; problem: Problem };

const ROOT_KEYS = { merkleRoot: 0, targetHash: 1, anchors: 2, path: 3 } as const;
const MAX_PATH = 256;
const MAX_ANCHORS = 16;
const HASH = /^[0-9a-fA-F]{64}$/;
const CBOR_OPTIONS = { allowIndefinite: false, allowUndefined: false, allowInfinity: false, allowNaN: false, rejectDuplicateMapKeys: true } as const;

/** Chain and network numbers (lds-merkle-proof-2019 src/Keymap.js; regtest from the Python mappings). */
const CHAINS: ReadonlyMap<number, { name: string; networks: ReadonlyMap<number, string> }> = new Map([
  [0, { name: 'btc', networks: new Map([[1, 'mainnet'], [2, 'regtest'], [3, 'testnet']]) }],
  [1, { name: 'eth', networks: new Map([[1, 'mainnet'], [3, 'ropsten'], [4, 'rinkeby'], [5, 'goerli'], [11155111, 'sepolia']]) }],
  [2, { name: 'mtc', networks: new Map([[137, 'mainnet'], [80001, 'mumbai']]) }],
  [3, { name: 'base', networks: new Map([[8453, 'mainnet'], [84532, 'sepolia']]) }],
  [-1, { name: 'mocknet', networks: new Map([[-1, 'mocknet']]) }],
]);

export function decodeMerkleProof2019(proofValue: unknown): DecodeOutcome {
  const malformed = (detail: string): DecodeOutcome => ({ ok: false, problem: problem('PROOF_MALFORMED', `proof.proofValue ${detail}`) });
  const bytes = typeof proofValue === 'string' && proofValue.startsWith('z') ? base58btcDecode(proofValue.slice(1)) : null;
  if (!bytes) return malformed(`${quote(proofValue)} is not base58btc multibase`);
  const root = cbor(bytes);
  if (root === INVALID) return malformed('is not CBOR');
  const entries = pairs(root, 4);
  if (!entries) return malformed('is not a list of [key, value] pairs');

  const merkleRoot = hashValue(entries.get(ROOT_KEYS.merkleRoot));
  const targetHash = hashValue(entries.get(ROOT_KEYS.targetHash));
  if (!merkleRoot) return malformed('has no SHA-256 merkleRoot (key 0)');
  if (!targetHash) return malformed('has no SHA-256 targetHash (key 1)');
  const anchors = decodeAnchors(entries.get(ROOT_KEYS.anchors));
  if (typeof anchors === 'string') return malformed(anchors);
  const path = decodePath(entries.get(ROOT_KEYS.path) ?? []);
  if (typeof path === 'string') return malformed(path);
  return { ok: true, receipt: { merkleRoot, targetHash, path, anchors } };
}

const INVALID = Symbol('invalid CBOR');

function cbor(bytes: Uint8Array): unknown {
  try {
    return decode(bytes, CBOR_OPTIONS) as unknown;
  } catch {
    return INVALID;
  }
}

/** `[[key, value], ...]` with small integer keys, each at most once. */
function pairs(value: unknown, max: number): Map<number, unknown> | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const map = new Map<number, unknown>();
  for (const entry of value) {
    if (!Array.isArray(entry) || entry.length !== 2 || !Number.isInteger(entry[0]) || map.has(entry[0] as number)) return null;
    map.set(entry[0] as number, entry[1]);
  }
  return map;
}

/** The byte string that wraps a second CBOR item, unwrapped to text or bytes. */
function wrapped(value: unknown): string | Uint8Array | null {
  if (!(value instanceof Uint8Array)) return null;
  const inner = cbor(value);
  return typeof inner === 'string' || inner instanceof Uint8Array ? inner : null;
}

function hashValue(value: unknown): string | null {
  const inner = wrapped(value);
  const hex = inner instanceof Uint8Array ? toHex(inner) : inner;
  return hex !== null && HASH.test(hex) ? hex.toLowerCase() : null;
}

function decodePath(value: unknown): MerkleStep[] | string {
  if (!Array.isArray(value) || value.length > MAX_PATH) return `path (key 3) is not a list of at most ${MAX_PATH} steps`;
  const steps: MerkleStep[] = [];
  for (const [i, entry] of value.entries()) {
    const side = Array.isArray(entry) && entry.length === 2 ? (entry[0] === 0 ? 'left' : entry[0] === 1 ? 'right' : null) : null;
    const hash = side ? hashValue((entry as unknown[])[1]) : null;
    if (!side || !hash) return `path step ${i} is not [0 (left) or 1 (right), SHA-256 hash]`;
    steps.push({ side, hash });
  }
  return steps;
}

function decodeAnchors(value: unknown): Anchor[] | string {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ANCHORS) return `anchors (key 2) is not a list of 1 to ${MAX_ANCHORS} anchors`;
  const anchors: Anchor[] = [];
  for (const [i, entry] of value.entries()) {
    const anchor = decodeAnchor(entry);
    if (!anchor) return `anchor ${i} is not [[0, chain], [1, network], [2, transaction]]`;
    anchors.push(anchor);
  }
  return anchors;
}

/**
 * Anchor pairs follow the parts of the blink URI: 0 chain number, 1 network number, 2 transaction.
 * The Python encoder writes mocknet anchors without a network, the note in the network's place.
 */
function decodeAnchor(entry: unknown): Anchor | null {
  const parts = pairs(entry, 3);
  const chainId = parts?.get(0);
  if (!parts || typeof chainId !== 'number') return null;
  const known = CHAINS.get(chainId);
  const chain = known?.name ?? String(chainId);
  const mock = chain === 'mocknet';
  const networkId = parts.get(1);
  let network: string | null = null;
  let transaction = anchorText(parts.get(2));
  if (typeof networkId === 'number') network = known?.networks.get(networkId) ?? String(networkId);
  else if (mock && networkId !== undefined && transaction === null) transaction = anchorText(networkId);
  else if (networkId !== undefined) return null;
  if (!mock && (network === null || transaction === null || !/^(0x)?[0-9a-fA-F]+$/.test(transaction))) return null;
  const uri = ['blink', chain, network, transaction].filter((part) => part !== null).join(':');
  return { uri, chain, network, transaction, mock, test: mock || network !== 'mainnet' };
}

function anchorText(value: unknown): string | null {
  const inner = wrapped(value);
  if (inner instanceof Uint8Array) return toHex(inner);
  return inner !== null && inner.length <= 256 ? inner : null;
}

async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

function fromHex(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

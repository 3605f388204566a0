/**
 * The JSON-LD floor: the least work any verifier must do for the verdicts mc-verify gives on
 * JSON-LD proofs, written as plainly as possible (jws-floor.ts is its JWS counterpart). For every
 * signed document the verdict depends on (the input, the credentials a presentation or a CLR
 * nests, the status list credentials), and for every proof: parse, RDFC-1.0 canonicalize the
 * document and the proof configuration with jsonld (safe mode, null base, the same context data
 * the engine has), hash both, verify the signature with WebCrypto.
 */
import jsonld, { type DocumentLoader, type RemoteDocument } from 'jsonld';
import { BUNDLED_CONTEXTS } from '../../components/core/resolve/contexts.ts';
import { base58Decode, base64urlDecode, concat } from './encoding.ts';
import { FloorUnsupported, resolveEd25519Key } from './floor-keys.ts';
import { asList, isJsonObject, parseJsonObject, typeNames, type JsonObject } from './json.ts';

export type Canonize = (document: JsonObject) => Promise<string>;

export interface FloorPlan {
  input: Uint8Array;
  /** Status list credentials the verdict depends on, as the engine gets them: preloaded objects. */
  statusLists: JsonObject[];
  /** Raw Ed25519 keys by verification method id, resolved before timing. */
  keys: ReadonlyMap<string, Uint8Array<ArrayBuffer>>;
  /** How many signed documents the verdict rests on: the input, embedded credentials, status lists. */
  signedDocuments: number;
}

/**
 * Canonicalization with the engine's pinned contexts, then the corpus's. The loaded contexts are
 * not tagged `static`: jsonld would keep them in a cache shared by the whole process
 * (lib/ContextResolver.js), which the engine, measured in the same process, would then use too.
 * Tagging made no measurable difference to the floor anyway: most of jsonld's time goes to copying
 * active contexts for the type-scoped contexts of VC 2.0 and Open Badges, which no cache saves.
 */
export function createCanonize(documents: ReadonlyMap<string, unknown>): Canonize {
  const contexts = new Map<string, RemoteDocument>();
  const add = (url: string, document: unknown) => {
    if (contexts.has(url) || !isJsonObject(document) || !('@context' in document)) return;
    contexts.set(url, { contextUrl: null, documentUrl: url, document });
  };
  for (const [url, context] of BUNDLED_CONTEXTS) add(url, context);
  for (const [url, document] of documents) add(url, document);
  const documentLoader: DocumentLoader = async (url) => {
    const found = contexts.get(url);
    if (!found) throw new Error(`the floor has no context ${url}`);
    return found;
  };
  return (document) =>
    jsonld.canonize(document, { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, base: null, documentLoader });
}

/** Everything the floor needs besides the input bytes; throws {@link FloorUnsupported}. */
export function planFloor(input: Uint8Array, documents: ReadonlyMap<string, unknown>): FloorPlan {
  const document = parseJsonObject(input);
  if (!document) throw new FloorUnsupported('the input is not a JSON object');
  const credentials = withEmbedded(document);
  const statusLists = credentials.flatMap((credential) => statusListsOf(credential, documents));
  const keys = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const signed of [...credentials, ...statusLists]) {
    for (const proof of proofsOf(signed)) {
      const methodId = String(proof.verificationMethod);
      keys.set(methodId, resolveEd25519Key(methodId, documents));
    }
  }
  return { input, statusLists, keys, signedDocuments: credentials.length + statusLists.length };
}

/** Runs the floor once; `true` when every proof verifies. */
export async function runFloor(plan: FloorPlan, canonize: Canonize): Promise<boolean> {
  const document = parseJsonObject(plan.input);
  if (!document) return false;
  const signed = [...withEmbedded(document), ...plan.statusLists];
  const outcomes = await Promise.all(signed.map((entry) => verifyProofs(entry, plan.keys, canonize)));
  return outcomes.every(Boolean);
}

async function verifyProofs(document: JsonObject, keys: ReadonlyMap<string, Uint8Array<ArrayBuffer>>, canonize: Canonize): Promise<boolean> {
  const unsecured: JsonObject = { ...document };
  delete unsecured.proof;
  // Every proof without previousProof signs the same unsecured document, so it is canonicalized once.
  const canonicalDocument = canonize(unsecured);
  const outcomes = await Promise.all(proofsOf(document).map((proof) => verifyProof(proof, unsecured, canonicalDocument, keys, canonize)));
  return outcomes.every(Boolean);
}

async function verifyProof(proof: JsonObject, unsecured: JsonObject, canonicalDocument: Promise<string>, keys: ReadonlyMap<string, Uint8Array<ArrayBuffer>>, canonize: Canonize): Promise<boolean> {
  const legacy = proof.type === 'Ed25519Signature2020' || proof.type === 'Ed25519Signature2018';
  const configuration: JsonObject = { ...proof, '@context': legacy && proof['@context'] !== undefined ? proof['@context'] : unsecured['@context'] };
  delete configuration.proofValue;
  delete configuration.jws;
  const [canonicalConfiguration, document] = await Promise.all([canonize(configuration), canonicalDocument]);
  const hashes = concat(await sha256(canonicalConfiguration), await sha256(document));
  const { signature, data } = proof.type === 'Ed25519Signature2018' ? detachedJws(String(proof.jws), hashes) : { signature: base58Decode(String(proof.proofValue).slice(1)), data: hashes };
  const key = await crypto.subtle.importKey('raw', keys.get(String(proof.verificationMethod))!, { name: 'Ed25519' }, false, ['verify']);
  return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, data);
}

/** Ed25519Signature2018 signs `header.` followed by the hashes (RFC 7797 unencoded payload). */
function detachedJws(jws: string, hashes: Uint8Array<ArrayBuffer>): { signature: Uint8Array<ArrayBuffer>; data: Uint8Array<ArrayBuffer> } {
  const [header = '', , signature = ''] = jws.split('.');
  return { signature: base64urlDecode(signature), data: concat(new TextEncoder().encode(`${header}.`), hashes) };
}

async function sha256(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

const FLOOR_PROOFS = new Set(['Ed25519Signature2018', 'Ed25519Signature2020', 'DataIntegrityProof/eddsa-rdfc-2022']);

function proofsOf(document: JsonObject): JsonObject[] {
  return asList(document.proof).map((proof) => {
    if (!isJsonObject(proof)) throw new FloorUnsupported('a proof is not an object');
    const name = proof.type === 'DataIntegrityProof' ? `${proof.type}/${String(proof.cryptosuite)}` : String(proof.type);
    if (!FLOOR_PROOFS.has(name)) throw new FloorUnsupported(`the floor does not implement ${name}`);
    if (proof.previousProof !== undefined) throw new FloorUnsupported('the floor does not implement proof chains');
    return proof;
  });
}

/** The document and, as mc-verify verifies them too, what a presentation or a CLR 2.0 subject nests. */
function withEmbedded(document: JsonObject): JsonObject[] {
  const types = typeNames(document);
  const nested = types.includes('VerifiablePresentation') ? document.verifiableCredential
    : types.includes('ClrCredential') && isJsonObject(document.credentialSubject) ? document.credentialSubject.verifiableCredential
    : undefined;
  return [document, ...asList(nested).filter(isJsonObject).flatMap(withEmbedded)];
}

function statusListsOf(credential: JsonObject, documents: ReadonlyMap<string, unknown>): JsonObject[] {
  return asList(credential.credentialStatus).flatMap((entry) => {
    const url = isJsonObject(entry) ? entry.statusListCredential : undefined;
    const list = typeof url === 'string' ? documents.get(url) : undefined;
    return isJsonObject(list) ? [list] : [];
  });
}

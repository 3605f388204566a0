/**
 * The floor's public keys, resolved before any timing starts: finding a key in a DID document is
 * bookkeeping, not the cryptographic work the floor stands for. Only Ed25519 keys occur among the
 * benchmark's credentials; anything else is reported as unsupported.
 */
import { base58Decode } from './encoding.ts';
import { asList, isJsonObject, withoutFragment, type JsonObject } from './json.ts';

const ED25519_MULTICODEC = [0xed, 0x01];

export class FloorUnsupported extends Error {}

/** The raw 32-byte Ed25519 key a proof's verificationMethod names. */
export function resolveEd25519Key(methodId: string, documents: ReadonlyMap<string, unknown>): Uint8Array<ArrayBuffer> {
  if (methodId.startsWith('did:key:')) return fromMultikey(withoutFragment(methodId).slice('did:key:'.length));
  const method = findMethod(methodId, documents);
  if (typeof method.publicKeyMultibase === 'string') return fromMultikey(method.publicKeyMultibase);
  if (typeof method.publicKeyBase58 === 'string') return base58Decode(method.publicKeyBase58);
  throw new FloorUnsupported(`verification method ${methodId} has no Ed25519 key the floor can read`);
}

function fromMultikey(multibase: string): Uint8Array<ArrayBuffer> {
  if (!multibase.startsWith('z')) throw new FloorUnsupported(`${multibase} is not base58btc multibase`);
  const bytes = base58Decode(multibase.slice(1));
  if (bytes[0] !== ED25519_MULTICODEC[0] || bytes[1] !== ED25519_MULTICODEC[1] || bytes.length !== 34) {
    throw new FloorUnsupported(`${multibase} is not an Ed25519 multikey`);
  }
  return bytes.subarray(2);
}

/** The method itself when it is preloaded under its own id, else the one its controller document lists. */
function findMethod(methodId: string, documents: ReadonlyMap<string, unknown>): JsonObject {
  const direct = documents.get(methodId);
  if (isJsonObject(direct) && direct.id === methodId) return direct;
  const controller = documents.get(withoutFragment(methodId));
  if (!isJsonObject(controller)) throw new FloorUnsupported(`no document for ${methodId}`);
  const listed = ['verificationMethod', 'assertionMethod', 'authentication'].flatMap((relation) => asList(controller[relation]));
  const method = listed.find((entry) => isJsonObject(entry) && entry.id === methodId);
  if (!isJsonObject(method)) throw new FloorUnsupported(`${methodId} is not listed in its controller document`);
  return method;
}

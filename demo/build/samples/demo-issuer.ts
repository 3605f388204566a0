/**
 * Issuers for the demo's own samples: fresh Ed25519 keys on every build, credentials signed with
 * the Digital Bazaar libraries (eddsa-rdfc-2022), as test/support/issue.ts does for the tests. The
 * demo needs its own copy because its credentials use a context the tests' document loader does
 * not serve (the micro-credential terms) and a did:web that is not a fixture server's.
 */
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createCredential as createStatusListCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import { BUNDLED_CONTEXTS } from '../../../components/core/resolve/contexts.ts';
import { MICRO_CREDENTIAL_CONTEXT, MICRO_CREDENTIAL_CONTEXT_URL } from './demo-world.ts';

export type JsonObject = Record<string, unknown>;

export interface DemoIssuer {
  readonly did: string;
  readonly keyId: string;
  readonly didDocument: JsonObject;
  /** Signs a credential (proof purpose assertionMethod) with a proof dated `date`. */
  sign(credential: JsonObject, date: string): Promise<JsonObject>;
}

const DID_DOCUMENTS = new Map<string, JsonObject>();

const documentLoader: vc.DocumentLoader = async (url) => {
  const document = url === MICRO_CREDENTIAL_CONTEXT_URL ? MICRO_CREDENTIAL_CONTEXT : (BUNDLED_CONTEXTS.get(url) ?? DID_DOCUMENTS.get(url.split('#')[0]!));
  if (!document) throw new Error(`the demo's document loader has no document for ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

/** An issuer with a fresh key: `did:web:<host>` when a host is given, else a did:key. */
export async function createDemoIssuer(webHost?: string): Promise<DemoIssuer> {
  const pair = await Ed25519Multikey.generate();
  const did = webHost === undefined ? `did:key:${pair.publicKeyMultibase}` : `did:web:${webHost}`;
  const keyId = webHost === undefined ? `${did}#${pair.publicKeyMultibase}` : `${did}#key-1`;
  const didDocument: JsonObject = {
    '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
    id: did,
    verificationMethod: [{ id: keyId, type: 'Multikey', controller: did, publicKeyMultibase: pair.publicKeyMultibase }],
    assertionMethod: [keyId],
    authentication: [keyId],
  };
  DID_DOCUMENTS.set(did, didDocument);
  const inner = pair.signer();
  const signer = { id: keyId, algorithm: inner.algorithm, sign: (options: { data: Uint8Array }) => inner.sign(options) };
  return {
    did,
    keyId,
    didDocument,
    sign: (credential, date) =>
      vc.issue({ credential: structuredClone(credential), suite: new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date }), documentLoader }),
  };
}

/** A signed VC 2.0 BitstringStatusListCredential for revocation, with the given indexes set. */
export async function issueRevocationList(issuer: DemoIssuer, url: string, revoked: readonly number[], date: string): Promise<JsonObject> {
  const list = await createList({ length: 131_072 });
  for (const index of revoked) list.setStatus(index, true);
  const unsigned = await createStatusListCredential({ id: url, list, statusPurpose: 'revocation' });
  return issuer.sign({ ...unsigned, issuer: issuer.did, validFrom: date }, date);
}

/** The BitstringStatusListEntry for one index of a revocation list. */
export function revocationEntry(listUrl: string, index: number): JsonObject {
  return { id: `${listUrl}#${index}`, type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: String(index), statusListCredential: listUrl };
}

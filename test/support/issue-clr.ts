/**
 * Comprehensive Learner Records (CLR 2.0 `ClrCredential`) for tests: a VC 2.0 credential whose
 * `ClrSubject` carries the learner's Open Badges 3.0 credentials in `verifiableCredential`, signed
 * eddsa-rdfc-2022 by a fresh did:key with the Digital Bazaar libraries.
 *
 * The CLR 2.0 JSON-LD context is not among the contexts mc-verify bundles
 * (components/core/resolve/contexts.ts), and its published text is not available offline, so the
 * CLR terms come from {@link CLR_CONTEXT_STANDIN}: a minimal context defining only the terms these
 * fixtures use, served under the CLR 2.0 context URL to the signer, and to the engine only when a
 * test supplies it through `documents`, as a caller with the real context would.
 */
import { randomUUID } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { VC_V2_CONTEXT } from '../../components/core/resolve/contexts.ts';
import { documentLoader, ISSUED, OB3_CONTEXT, type JsonObject } from './issue.ts';

export const CLR_CONTEXT_URL = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

const CLR_VOCAB = 'https://purl.imsglobal.org/spec/clr/v2p0/vocab.html#';

/** The CLR terms these fixtures use (ClrCredential, ClrSubject and its verifiableCredential), protected like the VC context. */
export const CLR_CONTEXT_STANDIN: JsonObject = {
  '@context': {
    '@protected': true,
    id: '@id',
    type: '@type',
    ClrCredential: { '@id': `${CLR_VOCAB}ClrCredential` },
    ClrSubject: {
      '@id': `${CLR_VOCAB}ClrSubject`,
      '@context': {
        '@protected': true,
        id: '@id',
        type: '@type',
        verifiableCredential: { '@id': `${CLR_VOCAB}verifiableCredential`, '@type': '@id', '@container': '@graph' },
      },
    },
  },
};

/** The documents a caller with the CLR 2.0 context would supply to `verify`. */
export const CLR_DOCUMENTS: Readonly<Record<string, JsonObject>> = { [CLR_CONTEXT_URL]: CLR_CONTEXT_STANDIN };

const clrLoader: vc.DocumentLoader = async (url) =>
  url === CLR_CONTEXT_URL ? { contextUrl: null, documentUrl: url, document: CLR_CONTEXT_STANDIN } : documentLoader(url);

export interface ClrIssuer {
  did: string;
  /** Signs a ClrCredential holding `credentials` about `learner`. */
  sign(credentials: readonly JsonObject[], learner: string): Promise<JsonObject>;
}

export async function createClrIssuer(name = 'Fixture University Registry'): Promise<ClrIssuer> {
  const key = await Ed25519Multikey.generate();
  const did = `did:key:${key.publicKeyMultibase}`;
  const inner = key.signer();
  const signer = { id: `${did}#${key.publicKeyMultibase}`, algorithm: inner.algorithm, sign: (options: { data: Uint8Array }) => inner.sign(options) };
  return {
    did,
    sign: (credentials, learner) =>
      vc.issue({
        credential: clrCredential(did, name, credentials, learner),
        suite: new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date: ISSUED }),
        documentLoader: clrLoader,
      }),
  };
}

/** An unsigned ClrCredential (CLR 2.0 §ClrCredential) with a ClrSubject holding the credentials. */
export function clrCredential(issuer: string, issuerName: string, credentials: readonly JsonObject[], learner: string): JsonObject {
  return {
    '@context': [VC_V2_CONTEXT, CLR_CONTEXT_URL, OB3_CONTEXT],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'ClrCredential'],
    issuer: { id: issuer, type: ['Profile'], name: issuerName },
    name: 'Transcript of Records',
    validFrom: ISSUED,
    credentialSubject: { id: learner, type: ['ClrSubject'], verifiableCredential: credentials.map((credential) => structuredClone(credential)) },
  };
}

/**
 * Real credentials for tests: fresh keys generated in the test run, signed with the Digital
 * Bazaar libraries (`vc.issue`, `vc.signPresentation`), so the engine is checked against an
 * independent implementation rather than against itself. Nothing here touches the network: the
 * document loader serves the pinned contexts and the DID documents of the issuers created here.
 *
 * @example
 * ```ts
 * const issuer = await createIssuer({ suite: 'eddsa-rdfc-2022', kind: 'did:web', server, name: 'uni' });
 * const credential = await issuer.sign(openBadgeCredential({ version: 2, issuer: issuer.did }));
 * ```
 */
import { randomUUID } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as EcdsaMultikey from '@digitalbazaar/ecdsa-multikey';
import { cryptosuite as ecdsaRdfc2019 } from '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Signer } from '@digitalbazaar/ed25519-multikey';
import { Ed25519Signature2018 } from '@digitalbazaar/ed25519-signature-2018';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { Ed25519VerificationKey2018 } from '@digitalbazaar/ed25519-verification-key-2018';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { createCredential as createStatusListCredential, createList } from '@digitalbazaar/vc-bitstring-status-list';
import { BUNDLED_CONTEXTS, VC_V1_CONTEXT, VC_V2_CONTEXT } from '../../components/core/resolve/contexts.ts';
import type { FixtureServer } from './fixture-server.ts';

export type JsonObject = Record<string, unknown>;

/** The proof suites fixtures are signed with; the two ECDSA entries differ by curve. */
export type SuiteId = 'eddsa-rdfc-2022' | 'ecdsa-rdfc-2019-p256' | 'ecdsa-rdfc-2019-p384' | 'Ed25519Signature2020' | 'Ed25519Signature2018';

export const SUITE_IDS: readonly SuiteId[] = ['eddsa-rdfc-2022', 'ecdsa-rdfc-2019-p256', 'ecdsa-rdfc-2019-p384', 'Ed25519Signature2020', 'Ed25519Signature2018'];

export type IssuerKind = 'did:key' | 'did:web';

export const OB3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** Bitstring Status List terms for VC 1.1 documents (VC 2.0 defines them in its base context). */
export const STATUS_V1_CONTEXT = 'https://www.w3.org/ns/credentials/status/v1';

/** When fixtures are issued and signed, unless a test says otherwise. */
export const ISSUED = '2025-01-01T00:00:00Z';

/** An issuer (or holder) with a fresh key, able to sign with one suite. */
export interface FixtureIssuer {
  readonly did: string;
  readonly kind: IssuerKind;
  readonly suite: SuiteId;
  /** The verification method its proofs name. */
  readonly keyId: string;
  /**
   * A second real key of the same type. For did:web it is listed in the issuer's own DID
   * document under assertionMethod; for did:key it belongs to another did:key.
   */
  readonly otherKeyId: string;
  readonly didDocument: JsonObject;
  /**
   * Signs a credential with `vc.issue` (proof purpose assertionMethod); with `lax`, the way a
   * careless signer does instead (see {@link LaxCanonicalization}).
   */
  sign(credential: JsonObject, options?: { date?: string; lax?: LaxCanonicalization }): Promise<JsonObject>;
  /** Signs a presentation with `vc.signPresentation` (proof purpose authentication). */
  signPresentation(presentation: JsonObject, challenge: string): Promise<JsonObject>;
}

export interface IssuerOptions {
  suite: SuiteId;
  kind?: IssuerKind;
  /** Required for did:web: the server that serves the DID document. */
  server?: FixtureServer;
  /** did:web only: the issuer is `did:web:localhost%3A<port>:issuers:<name>`. */
  name?: string;
}

/**
 * Creates an issuer with a freshly generated key. A did:web issuer's DID document is served at
 * `/issuers/<name>/did.json` on the server, listing the signing key and a second key.
 */
export async function createIssuer(options: IssuerOptions): Promise<FixtureIssuer> {
  const { suite, kind = 'did:key' } = options;
  const key = await generateKey(suite);
  const other = await generateKey(suite);
  if (kind === 'did:key') {
    const did = `did:key:${key.fingerprint}`;
    const keyId = `${did}#${key.fingerprint}`;
    const otherDid = `did:key:${other.fingerprint}`;
    const otherKeyId = `${otherDid}#${other.fingerprint}`;
    const didDocument = controllerDocument(did, key, [key.method(keyId, did)], [keyId]);
    DID_DOCUMENTS.set(did, didDocument);
    DID_DOCUMENTS.set(otherDid, controllerDocument(otherDid, other, [other.method(otherKeyId, otherDid)], [otherKeyId]));
    return issuer({ did, kind, suite, keyId, otherKeyId, didDocument, signer: key.signer(keyId) });
  }
  const { server, name } = options;
  if (!server || !name) throw new TypeError('a did:web issuer needs a server and a name');
  const did = server.didWeb('issuers', name);
  const keyId = `${did}#key-1`;
  const otherKeyId = `${did}#key-2`;
  const didDocument = controllerDocument(did, key, [key.method(keyId, did), other.method(otherKeyId, did)], [keyId, otherKeyId]);
  DID_DOCUMENTS.set(did, didDocument);
  server.json(didWebPath(name), didDocument);
  return issuer({ did, kind, suite, keyId, otherKeyId, didDocument, signer: key.signer(keyId) });
}

/** The server path of a did:web issuer's DID document. */
export function didWebPath(name: string): string {
  return `/issuers/${name}/did.json`;
}

interface IssuerParts {
  did: string;
  kind: IssuerKind;
  suite: SuiteId;
  keyId: string;
  otherKeyId: string;
  didDocument: JsonObject;
  signer: Signer;
}

function issuer(parts: IssuerParts): FixtureIssuer {
  const { suite, signer } = parts;
  return {
    did: parts.did,
    kind: parts.kind,
    suite,
    keyId: parts.keyId,
    otherKeyId: parts.otherKeyId,
    didDocument: parts.didDocument,
    sign: (credential, options = {}) =>
      options.lax
        ? signLax(credential, suite, signer, options.date ?? ISSUED, options.lax)
        : vc.issue({ credential: structuredClone(credential), suite: proofSuite(suite, signer, options.date ?? ISSUED), documentLoader }),
    signPresentation: (presentation, challenge) =>
      vc.signPresentation({ presentation: structuredClone(presentation), suite: proofSuite(suite, signer, ISSUED), documentLoader, challenge }),
  };
}

function proofSuite(suite: SuiteId, signer: Signer, date: string): object {
  switch (suite) {
    case 'eddsa-rdfc-2022':
      return new DataIntegrityProof({ signer, cryptosuite: eddsaRdfc2022, date });
    case 'ecdsa-rdfc-2019-p256':
    case 'ecdsa-rdfc-2019-p384':
      return new DataIntegrityProof({ signer, cryptosuite: ecdsaRdfc2019, date });
    case 'Ed25519Signature2020':
      return new Ed25519Signature2020({ signer, date });
    case 'Ed25519Signature2018':
      return new Ed25519Signature2018({ signer, date });
  }
}

/**
 * How a careless signer canonicalizes: without JSON-LD safe mode, so whatever JSON-LD cannot map
 * (an undefined term, a relative IRI, a relative type) is silently left out of what it signs, as
 * jsonld-signatures did before safe mode (jsonld-signatures #169); and, with `base`, resolving
 * relative IRIs against a base the verifier does not know. `vc.issue`'s own checks are skipped too.
 * Data Integrity suites only.
 */
export interface LaxCanonicalization {
  base?: string;
}

/** The purpose a lax signer writes into its proof, as jsonld-signatures' AssertionProofPurpose does. */
const ASSERTION_PURPOSE = { update: async (proof: JsonObject) => ({ ...proof, proofPurpose: 'assertionMethod' }) };

/**
 * The canonical N-Quads a lax signer signs for `document` (without its proof): a change that
 * leaves them as they were is one such a signer's signature cannot notice.
 */
export function laxCanonize(document: JsonObject, lax: LaxCanonicalization = {}): Promise<string> {
  const unsecured = Object.fromEntries(Object.entries(document).filter(([key]) => key !== 'proof'));
  return eddsaRdfc2022.canonize(unsecured, { documentLoader, safe: false, base: lax.base ?? null });
}

async function signLax(credential: JsonObject, suite: SuiteId, signer: Signer, date: string, lax: LaxCanonicalization): Promise<JsonObject> {
  const cryptosuite = suite === 'eddsa-rdfc-2022' ? eddsaRdfc2022 : suite.startsWith('ecdsa-') ? ecdsaRdfc2019 : null;
  if (!cryptosuite) throw new TypeError(`lax canonicalization is for Data Integrity suites, not ${suite}`);
  const lenient = { ...cryptosuite, canonize: (input: unknown, options: JsonObject) => cryptosuite.canonize(input, { ...options, safe: false, base: lax.base ?? null }) };
  const proofSuite = new DataIntegrityProof({ signer, cryptosuite: lenient, date });
  const document = structuredClone(credential);
  proofSuite.ensureSuiteContext({ document, addSuiteContext: true });
  const proof = await proofSuite.createProof({ document, purpose: ASSERTION_PURPOSE, proofSet: [], documentLoader });
  return { ...document, proof };
}

interface GeneratedKey {
  /** The public key as multibase multicodec, which is also its did:key fingerprint. */
  fingerprint: string;
  /** The JSON-LD context that defines the verification method type. */
  context: string;
  /** The verification method entry for a DID document. */
  method(id: string, controller: string): JsonObject;
  /** A signer that names `id` as its verification method. */
  signer(id: string): Signer;
}

async function generateKey(suite: SuiteId): Promise<GeneratedKey> {
  const withId = (inner: Signer, id: string): Signer => ({ id, algorithm: inner.algorithm, sign: (options) => inner.sign(options) });
  switch (suite) {
    case 'eddsa-rdfc-2022':
    case 'ecdsa-rdfc-2019-p256':
    case 'ecdsa-rdfc-2019-p384': {
      const pair = suite === 'eddsa-rdfc-2022' ? await Ed25519Multikey.generate()
        : await EcdsaMultikey.generate({ curve: suite === 'ecdsa-rdfc-2019-p256' ? 'P-256' : 'P-384' });
      return {
        fingerprint: pair.publicKeyMultibase,
        context: 'https://w3id.org/security/multikey/v1',
        method: (id, controller) => ({ id, type: 'Multikey', controller, publicKeyMultibase: pair.publicKeyMultibase }),
        signer: (id) => withId(pair.signer(), id),
      };
    }
    case 'Ed25519Signature2020': {
      const pair = await Ed25519VerificationKey2020.generate();
      return {
        fingerprint: pair.publicKeyMultibase,
        context: 'https://w3id.org/security/suites/ed25519-2020/v1',
        method: (id, controller) => ({ id, type: 'Ed25519VerificationKey2020', controller, publicKeyMultibase: pair.publicKeyMultibase }),
        signer: (id) => withId(pair.signer(), id),
      };
    }
    case 'Ed25519Signature2018': {
      const pair = await Ed25519VerificationKey2018.generate();
      return {
        fingerprint: pair.fingerprint(),
        context: 'https://w3id.org/security/suites/ed25519-2018/v1',
        method: (id, controller) => ({ id, type: 'Ed25519VerificationKey2018', controller, publicKeyBase58: pair.publicKeyBase58 }),
        signer: (id) => withId(pair.signer(), id),
      };
    }
  }
}

function controllerDocument(did: string, key: GeneratedKey, methods: JsonObject[], assertion: string[]): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/did/v1', key.context],
    id: did,
    verificationMethod: methods,
    assertionMethod: assertion,
    authentication: [assertion[0]],
  };
}

/** DID documents of every issuer created in this run, for the document loader. */
const DID_DOCUMENTS = new Map<string, JsonObject>();
/** Contexts of issuers' own, which signers know and a verifier knows only if it is given them. */
const ISSUER_CONTEXTS = new Map<string, JsonObject>();

/**
 * Makes `context` (a document with an `@context`) known to signers under `url`, as an issuer's own
 * vocabulary; verifiers get it only through `documents`.
 */
export function registerContext(url: string, context: JsonObject): void {
  ISSUER_CONTEXTS.set(url, context);
}

/** The offline document loader `vc.issue` uses: pinned contexts, issuers' contexts, then this run's DID documents. */
export const documentLoader: vc.DocumentLoader = async (url) => {
  const document = BUNDLED_CONTEXTS.get(url) ?? ISSUER_CONTEXTS.get(url) ?? DID_DOCUMENTS.get(url.split('#')[0]!);
  if (!document) throw new Error(`the fixture document loader has no document for ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

export interface CredentialOptions {
  /** The VC data model: 1 (VC 1.1) or 2 (VC 2.0). */
  version: 1 | 2;
  /** The issuer DID; the credential's issuer is an OB 3.0 Profile with this id. */
  issuer: string;
  issuerName?: string;
  /** Default: a fresh urn:uuid. */
  id?: string;
  /** Default: {@link ISSUED}. VC 1.1 names these issuanceDate and expirationDate. */
  validFrom?: string;
  validUntil?: string;
  credentialStatus?: JsonObject | JsonObject[];
  achievementName?: string;
  /** Who the credential is about. Default: a fixed did:example learner. */
  subjectId?: string;
}

/**
 * An unsigned Open Badges 3.0 OpenBadgeCredential: issuer Profile, AchievementSubject,
 * Achievement with id, name, description and criteria.
 */
export function openBadgeCredential(options: CredentialOptions): JsonObject {
  const { version } = options;
  const achievementName = options.achievementName ?? 'Data Literacy Foundations';
  const context = version === 2 ? [VC_V2_CONTEXT, OB3_CONTEXT]
    : options.credentialStatus ? [VC_V1_CONTEXT, OB3_CONTEXT, STATUS_V1_CONTEXT]
    : [VC_V1_CONTEXT, OB3_CONTEXT];
  const credential: JsonObject = {
    '@context': context,
    id: options.id ?? `urn:uuid:${randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievementName,
    issuer: { id: options.issuer, type: ['Profile'], name: options.issuerName ?? 'Fixture University' },
    [version === 2 ? 'validFrom' : 'issuanceDate']: options.validFrom ?? ISSUED,
    credentialSubject: {
      id: options.subjectId ?? 'did:example:learner-4f2a',
      type: ['AchievementSubject'],
      achievement: {
        id: 'urn:uuid:0c3a7b8e-5d41-4f3e-9a43-6b1f0f6a2d11',
        type: ['Achievement'],
        name: achievementName,
        description: 'Reads, cleans and charts tabular data; explains what a chart does and does not show.',
        criteria: { narrative: 'Passed the assessed project with a mark of at least 60%.' },
      },
    },
  };
  if (options.validUntil !== undefined) credential[version === 2 ? 'validUntil' : 'expirationDate'] = options.validUntil;
  if (options.credentialStatus !== undefined) credential.credentialStatus = options.credentialStatus;
  return credential;
}

export type StatusPurpose = 'revocation' | 'suspension';

/** The BitstringStatusListEntry pointing at one bit of the list at `listUrl`. */
export function statusEntry(listUrl: string, index: number, purpose: StatusPurpose): JsonObject {
  return {
    id: `${listUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: listUrl,
  };
}

export interface StatusListOptions {
  /** Where the list will be served; it is also the credential's id. */
  url: string;
  purpose: StatusPurpose;
  /** The indexes whose bit is set. */
  set?: readonly number[];
  /** Default: 131,072, the privacy minimum. */
  length?: number;
  /** The list's own validity period. Default: from {@link ISSUED}, without end. */
  validFrom?: string;
  validUntil?: string;
}

/** A signed VC 2.0 BitstringStatusListCredential issued by `issuer`. */
export async function issueStatusList(issuer: FixtureIssuer, options: StatusListOptions): Promise<JsonObject> {
  const list = await createList({ length: options.length ?? 131_072 });
  for (const index of options.set ?? []) list.setStatus(index, true);
  const unsigned = await createStatusListCredential({ id: options.url, list, statusPurpose: options.purpose });
  const validity = { validFrom: options.validFrom ?? ISSUED, ...(options.validUntil === undefined ? {} : { validUntil: options.validUntil }) };
  return issuer.sign({ ...unsigned, issuer: issuer.did, ...validity });
}

/** A presentation of `credentials` by `holder`, signed for authentication with `challenge`. */
export async function issuePresentation(holder: FixtureIssuer, credentials: readonly JsonObject[], challenge: string, version: 1 | 2 = 2): Promise<JsonObject> {
  const presentation: JsonObject = {
    '@context': [version === 2 ? VC_V2_CONTEXT : VC_V1_CONTEXT],
    id: `urn:uuid:${randomUUID()}`,
    type: ['VerifiablePresentation'],
    holder: holder.did,
    verifiableCredential: [...credentials],
  };
  return holder.signPresentation(presentation, challenge);
}

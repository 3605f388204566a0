// Modules the element tests' Vite build provides (test/mc-verify/build/test-fixtures.ts).

declare module 'virtual:corpus' {
  /** The instant the corpus is judged at (cases.json `now`). */
  export const now: string;
  /** Every document url-map.json names, by URL or DID: parsed JSON, or bytes. */
  export const documents: Record<string, unknown>;
}

declare module 'virtual:scan-fixtures' {
  /** The URL the fixture QR codes carry. */
  export const SCAN_URL: string;
  /** A PDF whose page shows a QR code with SCAN_URL. */
  export const qrPdf: Uint8Array;
  /** A PDF with a credential attached as credential.json (and an unrelated QR code). */
  export const attachmentPdf: Uint8Array;
}

declare module '*?inline' {
  /** The file as a data: URL. */
  const dataUrl: string;
  export default dataUrl;
}

declare module 'virtual:issued' {
  /** A signed Open Badges 3.0 credential (JSON text) whose issuer suspended it. */
  export const suspended: string;
  /** The suspension status list it points at, by URL. */
  export const suspendedDocuments: Record<string, unknown>;
}

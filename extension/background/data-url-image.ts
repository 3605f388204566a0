/**
 * Images given inline as `data:` URLs (a badge image a page embeds): their bytes, and a key for
 * them, since the URL itself can be megabytes long.
 */

/** Inline images larger than this are not verified (the engine's own input limit is 5 MiB). */
export const MAX_DATA_URL_LENGTH = 7_000_000;

export function isDataUrl(url: string): boolean {
  return /^data:/i.test(url);
}

/** The bytes of a base64 or percent-encoded data: URL. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  if (comma < 0) return new Uint8Array();
  const header = dataUrl.slice(0, comma);
  const body = dataUrl.slice(comma + 1);
  if (/;base64$/i.test(header)) {
    const binary = atob(body.replace(/\s/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  }
  return new TextEncoder().encode(decodeURIComponent(body));
}

/** `data-image:<sha-256 hex>`: the key an inline image's verdict is kept under. */
export async function dataUrlKey(dataUrl: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(dataUrl)));
  return `data-image:${Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

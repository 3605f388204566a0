/**
 * What a picked or dropped file is, by its first bytes rather than its name: a PDF, a PNG or SVG
 * badge (baked or not), another raster image, or text (JSON, a JWT, a link).
 */

export type FileKind = 'pdf' | 'png' | 'svg' | 'raster' | 'text' | 'unknown';

/** Largest file read; certificates and badges are far smaller. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean => prefix.every((byte, i) => bytes[i] === byte);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

/** The kind of a file, from its magic bytes; its media type and name only for text. */
export function fileKind(bytes: Uint8Array, name = '', type = ''): FileKind {
  if (startsWith(bytes, ...ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, 0x89, ...ascii('PNG'))) return 'png';
  if (startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, ...ascii('GIF8')) || startsWith(bytes, ...ascii('BM'))) return 'raster';
  if (startsWith(bytes, ...ascii('RIFF')) && ascii('WEBP').every((byte, i) => bytes[8 + i] === byte)) return 'raster';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '').trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(head) || type === 'image/svg+xml') return 'svg';
  if (/^[[{]/.test(head) || /^ey[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\./.test(head) || /^https?:\/\//i.test(head)) return 'text';
  if (type.startsWith('text/') || /\.(?:json|jsonld|jwt|txt)$/i.test(name)) return 'text';
  return 'unknown';
}

/** Whether a PNG carries an Open Badges text chunk (`openbadges` for 2.0, `openbadgecredential` for 3.0). */
export function isBakedPng(bytes: Uint8Array): boolean {
  const keywords = [ascii('openbadges\0'), ascii('openbadgecredential\0')];
  // Chunk keywords are plain ASCII followed by NUL, so a byte search finds them without parsing chunks.
  for (let i = 8; i < bytes.length; i++) {
    for (const keyword of keywords) {
      if (bytes[i] !== keyword[0]) continue;
      let j = 1;
      while (j < keyword.length && bytes[i + j] === keyword[j]) j++;
      if (j === keyword.length) return true;
    }
  }
  return false;
}

/** Whether an SVG carries an Open Badges assertion or credential element. */
export function isBakedSvg(text: string): boolean {
  return /<openbadges:(?:assertion|credential)\b/i.test(text);
}

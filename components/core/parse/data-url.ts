/**
 * `data:` URLs (RFC 2397) as used by EnvelopedVerifiableCredential (VCDM 2.0 §4.13): the media
 * type and the decoded body text. Base64 and base64url bodies are both accepted.
 */
import { base64Decode, base64urlDecode } from '../resolve/multibase.ts';

export function readDataUrl(url: string): { mediaType: string; text: string } | null {
  const match = /^data:([^,]*?),(.*)$/s.exec(url);
  if (!match) return null;
  const [, meta = '', body = ''] = match;
  const parameters = meta.split(';');
  const mediaType = parameters[0] ?? '';
  if (parameters.includes('base64') || parameters.includes('base64url')) {
    const bytes = base64urlDecode(body) ?? base64Decode(body);
    return bytes ? { mediaType, text: new TextDecoder().decode(bytes) } : null;
  }
  try {
    return { mediaType, text: decodeURIComponent(body) };
  } catch {
    return null;
  }
}

/**
 * The key a link's verdict is cached and listed under: the URL with LinkedIn and other redirect
 * wrappers removed and tracking parameters stripped (components/core/detect), so the same
 * credential linked three ways is verified once.
 */
import { detectCredentialLink } from '../../components/core/detect/index.ts';

/** The normalised URL, or null when the href is not an http(s) URL. */
export function credentialKey(href: string): string | null {
  return detectCredentialLink(href)?.url ?? null;
}

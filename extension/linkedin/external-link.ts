/**
 * Which links in a certification entry lead to the credential: those that leave LinkedIn once its
 * redirect wrappers (`/redir/redirect`, `/safety/go`) are looked through. The others go to the
 * issuer's company page, the skills overlay or media on licdn.com (research/links.md §2.1).
 */
import { unwrapRedirects } from '../../components/core/detect/index.ts';

const LINKEDIN_OWN_HOST = /(^|\.)(linkedin\.com|licdn\.com)$/i;

/** The anchor's href as an absolute URL, or null. */
export function absoluteHref(anchor: Element): string | null {
  const href = anchor.getAttribute('href');
  if (!href) return null;
  try {
    return new URL(href, anchor.ownerDocument?.baseURI && anchor.ownerDocument.baseURI !== 'about:blank' ? anchor.ownerDocument.baseURI : undefined).href;
  } catch {
    return null;
  }
}

/** True when the href, unwrapped, is an http(s) URL off LinkedIn. */
export function leavesLinkedIn(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const inner = unwrapRedirects(url).url;
  return (inner.protocol === 'https:' || inner.protocol === 'http:') && !LINKEDIN_OWN_HOST.test(inner.hostname);
}

/**
 * Credentials embedded in CV and portfolio pages (research/links.md §2.2): Credly's embed
 * `<div data-share-badge-id="<uuid>" data-share-badge-host="https://www.credly.com">` (read before
 * its iframe loads), and the Blockcerts web component `<blockcerts-verifier src="…">`.
 */
import type { LinkSource } from '../messaging/protocol.ts';

export interface FoundEmbed {
  element: Element;
  href: string;
  source: Extract<LinkSource, 'credly-embed' | 'blockcerts-verifier'>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The hosts Credly's embed script takes; any other host is not Credly's embed. */
const CREDLY_HOSTS = new Set(['www.credly.com', 'credly.com', 'www.youracclaim.com', 'youracclaim.com']);

export function findEmbeds(root: ParentNode): FoundEmbed[] {
  const found: FoundEmbed[] = [];
  for (const element of root.querySelectorAll('div[data-share-badge-id]')) {
    const id = element.getAttribute('data-share-badge-id')?.trim() ?? '';
    if (!UUID.test(id)) continue;
    found.push({ element, href: `https://${credlyHost(element.getAttribute('data-share-badge-host'))}/badges/${id.toLowerCase()}`, source: 'credly-embed' });
  }
  for (const element of root.querySelectorAll('blockcerts-verifier[src]')) {
    const href = httpUrl(element.getAttribute('src'), element.ownerDocument?.baseURI);
    if (href) found.push({ element, href, source: 'blockcerts-verifier' });
  }
  return found;
}

function credlyHost(attribute: string | null): string {
  try {
    const host = new URL(attribute ?? '', 'https://www.credly.com').hostname;
    return CREDLY_HOSTS.has(host) ? host : 'www.credly.com';
  } catch {
    return 'www.credly.com';
  }
}

function httpUrl(value: string | null, base: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base && base !== 'about:blank' ? base : undefined);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Which plain links on any page are credential links: those the platform rules know (components/core/detect:
 * an endpoint, a Credly short link, or a known platform's page fetched generically), and links
 * to credential JSON files (`….json` whose address or text says credential, badge, certificate…).
 * Platform pages known not to be credentials (wallets, templates, company pages) get no chip.
 */
import { detectCredentialLink } from '../../components/core/detect/index.ts';
import type { LinkSource } from '../messaging/protocol.ts';

export type PlatformLinkSource = Extract<LinkSource, 'platform-link' | 'credential-json'>;

const CREDENTIAL_WORDS = /credential|certificat|badge|assertion|achievement|diploma|award|\bvc\b/i;

/** How a link counts as a credential link, or null when it does not. */
export function linkSource(href: string, text: string): PlatformLinkSource | null {
  const link = detectCredentialLink(href);
  if (!link) return null;
  if (link.kind === 'endpoint' || (link.kind === 'generic' && link.platform !== undefined)) return 'platform-link';
  // Credly's /go/ short links lead to badges; lnkd.in links in posts lead anywhere, so they get no chip.
  if (link.kind === 'follow-redirect') return link.platform === 'linkedin' ? null : 'platform-link';
  if (link.kind !== 'generic') return null;
  const url = new URL(link.url);
  return /\.json(ld)?$/i.test(url.pathname) && (CREDENTIAL_WORDS.test(url.pathname) || CREDENTIAL_WORDS.test(text)) ? 'credential-json' : null;
}

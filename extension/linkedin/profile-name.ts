/**
 * The profile's name, for the claim check: the page's first `h1` (the top card in all three
 * layouts), or on `/details/…` pages, which have no top card, the name in the document title
 * ("Licenses & certifications | Ada Lovelace | LinkedIn").
 */
import { MAX_CLAIM_LENGTH } from '../messaging/protocol.ts';
import { cleanLine } from './text-lines.ts';

export function profileName(document: Document): string | undefined {
  const heading = cleanLine(document.querySelector('main h1, h1')?.textContent);
  if (heading) return heading.slice(0, MAX_CLAIM_LENGTH);
  const parts = cleanLine(document.title)
    .replace(/^\(\d+\+?\)\s*/, '')
    .split(/\s+[|–-]\s+/)
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^linkedin$/i.test(part) && !/licen[cs]es|certifications/i.test(part));
  return parts[0]?.slice(0, MAX_CLAIM_LENGTH);
}

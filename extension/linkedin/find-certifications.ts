/**
 * The "Licenses & certifications" entries of a LinkedIn profile, in the three layouts seen in the
 * wild (research/links.md §2.1), each with the link to its credential and what the entry says:
 *
 * 1. logged-in classic (Ember): `#licenses_and_certifications` in a profile card, and
 *    `/details/certifications/` with `li.pvs-list__paged-list-item`; each entry a
 *    `[data-view-name="profile-component-entity"]` with doubled text and a "Show credential" button;
 * 2. current SDUI: `[data-view-name="license-certifications-lockup-view"]` whose parent holds the
 *    `<p>` lines and a `/safety/go` wrapped "Show credential" link;
 * 3. logged out public profile: `section[data-section="certifications"]` with `h3`, `h4`, `<time>`
 *    and `a[data-tracking-control-name="public_profile_see-credential"]`.
 *
 * Class names other than `pvs-*`/`artdeco-*` are obfuscated hashes and are never used. Test URLs:
 * https://www.linkedin.com/in/<vanity>/ (all three, depending on login), …/details/certifications/.
 */
import type { EntryClaims } from '../messaging/protocol.ts';
import { claimsFromLines, datesOfTimes } from './entry-claims.ts';
import { absoluteHref, leavesLinkedIn } from './external-link.ts';
import { cleanLine, linesOf, shownLines } from './text-lines.ts';

export type LinkedInLayout = 'classic' | 'lockup' | 'public';

export interface CertificationEntry {
  layout: LinkedInLayout;
  /** The entry's element. */
  element: Element;
  /** The link to the credential; the chip goes next to it. */
  anchor: Element;
  href: string;
  claims: EntryClaims;
}

const ENTITY = '[data-view-name="profile-component-entity"]';
const LOCKUP = '[data-view-name="license-certifications-lockup-view"]';
const CLASSIC_CERTIFICATION_FIELD = 'a[data-field="entity_image_licenses_and_certifications"]';
/** How far up from a lockup to look for the entry's block. */
const LOCKUP_LEVELS = 4;

/** Every certification entry with a credential link, in document order. */
export function findCertifications(root: ParentNode, pathname: string): CertificationEntry[] {
  const entries = [...classicEntries(root, pathname), ...lockupEntries(root), ...publicEntries(root)];
  const seen = new Set<Element>();
  return entries.filter((entry) => !seen.has(entry.anchor) && seen.add(entry.anchor));
}

function classicEntries(root: ParentNode, pathname: string): CertificationEntry[] {
  const entities = new Set<Element>();
  const section = root.querySelector('#licenses_and_certifications')?.closest('section');
  for (const entity of section?.querySelectorAll(ENTITY) ?? []) entities.add(entity);
  if (/\/details\/certifications\/?/.test(pathname)) {
    for (const entity of root.querySelectorAll(`li.pvs-list__paged-list-item ${ENTITY}`)) entities.add(entity);
  }
  for (const field of root.querySelectorAll(CLASSIC_CERTIFICATION_FIELD)) {
    const entity = field.closest(ENTITY);
    if (entity) entities.add(entity);
  }
  const outermost = [...entities].filter((entity) => !entity.parentElement?.closest(ENTITY));
  return outermost.flatMap((entity) => {
    const anchor = credentialAnchor(entity, ['a.artdeco-button[href]', 'a[aria-label][href]', 'a[href]']);
    if (!anchor) return [];
    return [{ layout: 'classic' as const, element: entity, anchor: anchor.element, href: anchor.href, claims: claimsFromLines(shownLines(entity, [anchor.element])) }];
  });
}

function lockupEntries(root: ParentNode): CertificationEntry[] {
  return [...root.querySelectorAll(LOCKUP)].flatMap((lockup) => {
    const block = lockupBlock(lockup);
    if (!block) return [];
    const anchor = credentialAnchor(block, ['a[href]']);
    if (!anchor) return [];
    const lines = linesOf([...block.querySelectorAll('p')].filter((p) => !anchor.element.contains(p)));
    return [{ layout: 'lockup' as const, element: block, anchor: anchor.element, href: anchor.href, claims: claimsFromLines(lines) }];
  });
}

/** The nearest ancestor of a lockup that holds its credential link and no other entry's lockup. */
function lockupBlock(lockup: Element): Element | null {
  let block = lockup.parentElement;
  for (let level = 0; block && level < LOCKUP_LEVELS; level++, block = block.parentElement) {
    if (block.querySelectorAll(LOCKUP).length > 1) return null;
    if (credentialAnchor(block, ['a[href]'])) return block;
  }
  return null;
}

function publicEntries(root: ParentNode): CertificationEntry[] {
  const items = root.querySelectorAll('section[data-section="certifications"] li');
  return [...items].flatMap((item) => {
    const anchor = credentialAnchor(item, ['a[data-tracking-control-name="public_profile_see-credential"][href]', 'a[href]']);
    if (!anchor) return [];
    const name = cleanLine(item.querySelector('h3')?.textContent);
    const issuer = cleanLine(item.querySelector('h4')?.textContent);
    const times = [...item.querySelectorAll('time')].map((time) => cleanLine(time.textContent));
    const claims: EntryClaims = {
      ...claimsFromLines([name, issuer, ...linesOf(item.querySelectorAll('div')).filter((line) => /^(credential id|issued)\b/i.test(line))].filter(Boolean)),
      ...datesOfTimes(times),
    };
    return [{ layout: 'public' as const, element: item, anchor: anchor.element, href: anchor.href, claims }];
  });
}

/** The first link, by selector preference, that leaves LinkedIn (its wrappers looked through). */
function credentialAnchor(scope: Element, selectors: readonly string[]): { element: Element; href: string } | null {
  for (const selector of selectors) {
    for (const element of scope.querySelectorAll(selector)) {
      if (element.closest(LOCKUP)) continue;
      const href = absoluteHref(element);
      if (href && leavesLinkedIn(href)) return { element, href };
    }
  }
  return null;
}

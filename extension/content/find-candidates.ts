/**
 * Everything on a page that gets a chip: LinkedIn certification entries first (with what each
 * entry says), then embeds, then plain credential links outside those entries. Pure over the DOM,
 * so tests run it on saved pages; the content script runs the same pieces in idle slices.
 */
import { absoluteHref } from '../linkedin/external-link.ts';
import { findCertifications } from '../linkedin/find-certifications.ts';
import { profileName } from '../linkedin/profile-name.ts';
import type { EntryClaims, LinkSource } from '../messaging/protocol.ts';
import { findEmbeds } from '../pages/find-embeds.ts';
import { linkSource } from '../pages/link-source.ts';

export interface Candidate {
  /** The chip goes right after this element. */
  element: Element;
  href: string;
  source: LinkSource;
  claims?: EntryClaims;
}

export interface PageCandidates {
  candidates: Candidate[];
  /** The profile's name, when the page has LinkedIn certification entries. */
  profileName?: string;
}

/** The parts of a scan that are cheap to take whole: entries and embeds, and the anchors left to classify. */
export interface ScanParts {
  fixed: Candidate[];
  /** Anchors outside LinkedIn entries; each is classified on its own (`anchorCandidate`). */
  anchors: Element[];
  profileName?: string;
}

export function scanParts(document: Document, pathname: string): ScanParts {
  const root = document.body ?? document.documentElement;
  if (!root) return { fixed: [], anchors: [] };
  const entries = findCertifications(root, pathname);
  const inEntries = new Set<Element>(entries.flatMap((entry) => [entry.anchor, ...entry.element.querySelectorAll('a')]));
  const fixed: Candidate[] = [
    ...entries.map((entry): Candidate => ({ element: entry.anchor, href: entry.href, source: 'linkedin-entry', claims: entry.claims })),
    ...findEmbeds(root),
  ];
  const anchors = [...root.querySelectorAll('a[href]')].filter((anchor) => !inEntries.has(anchor));
  const name = entries.length > 0 ? profileName(document) : undefined;
  return name ? { fixed, anchors, profileName: name } : { fixed, anchors };
}

/** An anchor as a credential link, or null when it is not one. */
export function anchorCandidate(anchor: Element): Candidate | null {
  const href = absoluteHref(anchor);
  if (!href) return null;
  const source = linkSource(href, anchor.textContent ?? '');
  return source ? { element: anchor, href, source } : null;
}

export function findCandidates(document: Document, pathname: string): PageCandidates {
  const parts = scanParts(document, pathname);
  const candidates = [...parts.fixed, ...parts.anchors.map(anchorCandidate).filter((candidate): candidate is Candidate => candidate !== null)];
  const seen = new Set<Element>();
  const unique = candidates.filter((candidate) => !seen.has(candidate.element) && seen.add(candidate.element));
  return parts.profileName ? { candidates: unique, profileName: parts.profileName } : { candidates: unique };
}

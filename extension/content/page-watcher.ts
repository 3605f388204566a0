/**
 * Notices when the page may have new credential links: one MutationObserver for lazily loaded
 * sections, re-rendered entries and the new content of single-page navigation (research/links.md
 * §2.1), stopped with the content script's context (`ctx.signal`). Changes made by the extension's
 * own chips are ignored, except the page removing one, which is put back.
 */
import { isOwnNode } from './chip-host.ts';

/** True when a mutation may have added, changed or removed something the scan cares about. */
export function mattersForScan(record: Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>): boolean {
  if (isOwnNode(record.target)) return false;
  if (record.type === 'attributes') return true;
  const touched = [...record.addedNodes, ...record.removedNodes];
  return touched.some((node) => node.nodeType === 1 && (!isOwnNode(node) || [...record.removedNodes].includes(node)));
}

export interface PageWatchOptions {
  root: Node;
  signal: AbortSignal;
  onChange: () => void;
}

export function watchPage({ root, signal, onChange }: PageWatchOptions): void {
  const observer = new MutationObserver((records) => {
    if (records.some(mattersForScan)) onChange();
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['href', 'src', 'data-share-badge-id'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}

/**
 * A chip on the page: an `<mc-verify-chip>` host right after the link, with a closed shadow root
 * (research/security.md §2: the page cannot reach into it; WXT's createShadowRootUi defaults to
 * open, so the root is made here). The host carries `data-state` for styling and tests; the page
 * can fake that attribute, which is why the side panel, not the chip, is authoritative.
 */
import { render } from 'lit';
import type { ChipVerdict } from '../messaging/protocol.ts';
import { CHIP_CSS, chipTemplate } from './chip-template.ts';

export const CHIP_TAG = 'mc-verify-chip';

export interface Chip {
  readonly host: HTMLElement;
  show(verdict: ChipVerdict): void;
  /** Puts the host back after `element` if the page removed it; false when it was still there. */
  reattach(element: Element): boolean;
}

export function createChip(element: Element, verdict: ChipVerdict, onActivate: () => void): Chip {
  const document = element.ownerDocument;
  const host = document.createElement(CHIP_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CHIP_CSS;
  const mount = document.createElement('span');
  shadow.append(style, mount);
  const activate = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    onActivate();
  };
  const show = (next: ChipVerdict) => {
    host.setAttribute('data-state', next.kind);
    render(chipTemplate(next, activate), mount);
  };
  show(verdict);
  element.insertAdjacentElement('afterend', host);
  return {
    host,
    show,
    reattach(target) {
      if (host.isConnected) return false;
      target.insertAdjacentElement('afterend', host);
      return true;
    },
  };
}

/** True for the extension's own nodes, which page scans and the observer ignore. */
export function isOwnNode(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === CHIP_TAG;
}

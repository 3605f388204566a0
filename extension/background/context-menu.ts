/**
 * "Verify this credential" on images and links: baked badge images and credential links the page
 * did not show a chip for are verified on request, never scanned automatically.
 */

export const CONTEXT_MENU_ID = 'mc-verify:verify-this';

export interface ContextMenuItem {
  id: string;
  title: string;
  contexts: ['image', 'link'];
}

export const CONTEXT_MENU_ITEM: ContextMenuItem = { id: CONTEXT_MENU_ID, title: 'Verify this credential', contexts: ['image', 'link'] };

/** The fields of a context-menu click the extension reads (contextMenus.OnClickData). */
export interface MenuClick {
  menuItemId: string | number;
  mediaType?: string;
  srcUrl?: string;
  linkUrl?: string;
}

export interface MenuTarget {
  url: string;
  target: 'image' | 'link';
}

/** What was clicked: the image if it was one (a badge image inside a link is the badge), else the link. */
export function menuTarget(click: MenuClick): MenuTarget | null {
  if (click.menuItemId !== CONTEXT_MENU_ID) return null;
  if (click.mediaType === 'image' && click.srcUrl) return { url: click.srcUrl, target: 'image' };
  if (click.linkUrl) return { url: click.linkUrl, target: 'link' };
  return null;
}

/**
 * The content script's side of the protocol: typed requests to the worker, answers checked before
 * use. A worker that is restarting or an extension that was reloaded answers nothing; that is
 * expected (uBlock Origin Lite's `ext.js` notes the same) and read as "no answer".
 */
import { browser } from 'wxt/browser';
import { parseCheckLinksResponse, parsePageSettings, type CheckLinksMessage, type CheckLinksResponse, type ContentMessage, type PageSettings } from '../messaging/protocol.ts';

async function ask(message: ContentMessage): Promise<unknown> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (typeof reply === 'object' && reply !== null && (reply as { ok?: unknown }).ok === true) return (reply as { value?: unknown }).value;
  } catch {
    // no answer
  }
  return undefined;
}

export async function askPageSettings(): Promise<PageSettings | null> {
  return parsePageSettings(await ask({ type: 'get-page-settings' }));
}

export async function askToCheck(message: Omit<CheckLinksMessage, 'type'>): Promise<CheckLinksResponse | null> {
  return parseCheckLinksResponse(await ask({ type: 'check-links', ...message }));
}

/** Sent from the chip's click handler, so the worker can open the panel within the user gesture. */
export function askToOpenPanel(href: string): void {
  void ask({ type: 'open-panel', href });
}

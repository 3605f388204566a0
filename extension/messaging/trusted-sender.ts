/**
 * Who sent a message. The worker acts only for its own content scripts (in a tab's top frame) and
 * its own pages, never for another extension or a web page (research/security.md §3.2: validate
 * sender.id, sender.url and sender.tab before anything else).
 */
import type { Browser } from 'wxt/browser';

export type MessageSender = Browser.runtime.MessageSender;

/** This extension, as senders name it: its id and its pages' origin (chrome-extension://…, moz-extension://…). */
export interface ExtensionIdentity {
  id: string;
  origin: string;
}

/** The tab of a message from this extension's content script in a top frame; null for any other sender. */
export function contentScriptTab(sender: MessageSender, self: ExtensionIdentity): { tabId: number; pageUrl: string } | null {
  if (sender.id !== self.id) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  // The content script runs in top frames only; a message from a frame is not ours to act on.
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  // The tab's URL follows history.pushState; Chrome's sender.url for a content script stays the
  // address the document loaded with, which would keep an SPA's old page (LinkedIn profiles).
  const pageUrl = sender.tab?.url ?? sender.url;
  if (!pageUrl || isOwnPage(pageUrl, self)) return null;
  return { tabId, pageUrl };
}

/** True for a message from one of this extension's pages (side panel, options), in a tab or not. */
export function isExtensionPage(sender: MessageSender, self: ExtensionIdentity): boolean {
  return sender.id === self.id && sender.url !== undefined && isOwnPage(sender.url, self);
}

function isOwnPage(url: string, self: ExtensionIdentity): boolean {
  return url.startsWith(`${self.origin}/`);
}

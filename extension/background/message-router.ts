/**
 * Every message the worker receives passes here: first who sent it (this extension's content
 * script in a tab's top frame, or one of its own pages), then its shape (messaging/protocol.ts),
 * then the handler. Anything else is refused with a reason and nothing is done.
 */
import { parseContentMessage, parsePanelMessage, type Reply } from '../messaging/protocol.ts';
import { contentScriptTab, isExtensionPage, type MessageSender } from '../messaging/trusted-sender.ts';
import { checkLinks, openPanelFromChip, pageSettings } from './content-messages.ts';
import { checkPage, getTabState, recheck, verifyQrText, verifyTarget } from './panel-messages.ts';
import type { WorkerContext } from './worker-context.ts';

export type MessageRoute = (message: unknown, sender: MessageSender) => Promise<Reply<unknown>>;

export function createMessageRouter(context: WorkerContext): MessageRoute {
  return (message, sender) => {
    const tab = contentScriptTab(sender, context.self);
    if (tab) {
      const parsed = parseContentMessage(message);
      if (!parsed.ok) return refused(parsed.error);
      const request = parsed.message;
      switch (request.type) {
        case 'open-panel':
          // Synchronous up to sidePanel.open: the click's user gesture must still hold.
          return settle(openPanelFromChip(context, tab, request));
        case 'get-page-settings':
          return settle(pageSettings(context, tab));
        case 'check-links':
          return settle(checkLinks(context, tab, request));
      }
    }
    if (isExtensionPage(sender, context.self)) {
      const parsed = parsePanelMessage(message);
      if (!parsed.ok) return refused(parsed.error);
      const request = parsed.message;
      switch (request.type) {
        case 'get-tab-state':
          return settle(getTabState(context, request));
        case 'recheck':
          return settle(recheck(context, request));
        case 'check-page':
          return settle(checkPage(context, request));
        case 'verify-target':
          return settle(verifyTarget(context, request.tabId, request, 'panel'));
        case 'verify-qr-text':
          return settle(verifyQrText(context, request));
      }
    }
    return refused('messages are accepted only from this extension’s content scripts and pages');
  };
}

function refused(error: string): Promise<Reply<never>> {
  return Promise.resolve({ ok: false, error });
}

function settle<T>(work: Promise<T>): Promise<Reply<T>> {
  return work.then(
    (value): Reply<T> => ({ ok: true, value }),
    (error: unknown): Reply<T> => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
}

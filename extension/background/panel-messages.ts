/**
 * What the worker does for its own pages (side panel, options): report a tab's state, check an
 * entry again, check the open page on request, verify a link or image the user gave, and verify
 * the text of a QR code the panel read from an image.
 */
import type { CheckPageMessage, GetTabStateMessage, RecheckMessage, TabState, VerifyQrTextMessage, VerifyTargetMessage } from '../messaging/protocol.ts';
import { credentialKey } from './credential-key.ts';
import { dataUrlKey, isDataUrl, MAX_DATA_URL_LENGTH } from './data-url-image.ts';
import { tabState } from './tab-state.ts';
import { MAX_ENTRIES_PER_PAGE, type EntryRecord } from './tab-store.ts';
import type { WorkerContext } from './worker-context.ts';

export async function getTabState(context: WorkerContext, message: GetTabStateMessage): Promise<TabState> {
  const [record, language] = await Promise.all([context.tabs.get(message.tabId), context.language()]);
  // A restarted worker finishes what its predecessor left unchecked.
  if (record) context.checks.resume(message.tabId, record.entries);
  return tabState(message.tabId, record, language);
}

export async function recheck(context: WorkerContext, message: RecheckMessage): Promise<null> {
  const record = await context.tabs.get(message.tabId);
  const entry = record?.entries.find((candidate) => candidate.key === message.key);
  if (!entry) throw new Error('no such entry on this tab');
  await context.checks.start(message.tabId, entry, { fresh: true });
  return null;
}

/** Marks the page as one the user asked to check, then asks its content script to scan, running it if needed. */
export async function checkPage(context: WorkerContext, message: CheckPageMessage): Promise<null> {
  const pageUrl = await context.tabUrl(message.tabId);
  if (!pageUrl) throw new Error('the page cannot be read; allow access to the site and try again');
  await context.tabs.forPage(message.tabId, pageUrl);
  await context.tabs.update(message.tabId, (record) => {
    record.checkRequested = true;
  });
  try {
    await context.sendToTab(message.tabId, { type: 'scan-page' });
  } catch {
    await context.injectContentScript(message.tabId);
  }
  return null;
}

/** A link or image the user chose (context menu or the panel): an entry of its own, checked now. */
export async function verifyTarget(context: WorkerContext, tabId: number, target: Omit<VerifyTargetMessage, 'type' | 'tabId'>, origin: 'context-menu' | 'panel'): Promise<string> {
  let key: string | null;
  let dataUrl: string | undefined;
  if (target.target === 'image' && isDataUrl(target.url)) {
    if (target.url.length > MAX_DATA_URL_LENGTH) throw new Error('the image is too large to check');
    key = await dataUrlKey(target.url);
    dataUrl = target.url;
  } else {
    key = credentialKey(target.url);
  }
  if (key === null) throw new Error('only http(s) links and images can be checked');
  const entryKey = key;
  const pageUrl = await context.tabUrl(tabId);
  let entry: EntryRecord | undefined;
  await context.tabs.update(tabId, (record) => {
    if (pageUrl !== undefined && record.pageUrl === undefined) record.pageUrl = pageUrl;
    entry = record.entries.find((candidate) => candidate.key === entryKey);
    if (!entry) {
      if (record.entries.length >= MAX_ENTRIES_PER_PAGE) record.entries.shift();
      entry = { key: entryKey, foundAs: dataUrl ? [] : [target.url], origin, target: target.target };
      if (dataUrl) entry.dataUrl = dataUrl;
      record.entries.push(entry);
    }
    record.focusKey = entry.key;
  });
  context.broadcast({ type: 'tab-state-changed', tabId });
  if (entry) void context.checks.start(tabId, entry, { fresh: true });
  return entryKey;
}

export async function verifyQrText(context: WorkerContext, message: VerifyQrTextMessage): Promise<null> {
  const record = await context.tabs.get(message.tabId);
  const entry = record?.entries.find((candidate) => candidate.key === message.key);
  if (!entry || entry.target !== 'image') throw new Error('no such image entry on this tab');
  await context.checks.startQrText(message.tabId, entry, message.text);
  return null;
}

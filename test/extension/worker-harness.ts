/**
 * A worker for tests: the real router, tab store, entry checks and verification service, with
 * the browser parts (storage.session from fakeBrowser, messages to tabs, the panel) recorded
 * instead of sent, and a stand-in engine unless a test gives the real one.
 */
import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { unreadableInputReport, type Verdict, type VerificationReport } from '../../components/core/index.ts';
import { createEntryChecks } from '../../extension/background/entry-checks.ts';
import { createMessageRouter, type MessageRoute } from '../../extension/background/message-router.ts';
import { createTabStore } from '../../extension/background/tab-store.ts';
import { createVerificationService, type VerificationServiceOptions, type VerifyFunction } from '../../extension/background/verification-service.ts';
import type { WorkerContext } from '../../extension/background/worker-context.ts';
import type { Reply, TabStateChangedMessage, WorkerToContentMessage } from '../../extension/messaging/protocol.ts';
import type { MessageSender } from '../../extension/messaging/trusted-sender.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/settings/settings.ts';

export const EXTENSION_ID = 'test-extension-id';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

export function tab(id: number, url: string): Browser.tabs.Tab {
  const fields = { id, url, index: 0, pinned: false, highlighted: false, windowId: 1, active: true, incognito: false, selected: false, discarded: false, autoDiscardable: true, groupId: -1, frozen: false };
  return fields as Browser.tabs.Tab;
}

/** A message from this extension's content script in the top frame of a tab. */
export function contentSender(tabId = 7, url = 'https://www.linkedin.com/in/ada-lovelace/'): MessageSender {
  return { id: EXTENSION_ID, tab: tab(tabId, url), frameId: 0, url, origin: new URL(url).origin };
}

/** A message from one of this extension's pages. */
export const panelSender: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/sidepanel.html?tab=7`, origin: EXTENSION_ORIGIN };

export async function reportWith(verdict: Verdict): Promise<VerificationReport> {
  return { ...(await unreadableInputReport('stand-in', { kind: 'url' })), verdict };
}

export interface TestWorker {
  route: MessageRoute;
  ask<T>(message: unknown, sender: MessageSender): Promise<Reply<T>>;
  context: WorkerContext;
  verified: string[];
  sentToTabs: { tabId: number; message: WorkerToContentMessage }[];
  broadcasts: TabStateChangedMessage[];
  openPanel: ReturnType<typeof vi.fn<(tabId: number) => Promise<void>>>;
  settings: Settings;
  /** Waits until every check started so far has settled. */
  settled(): Promise<void>;
}

export interface TestWorkerOptions {
  /** Verdicts of the stand-in engine by URL; anything else is `verified`. */
  verdicts?: Readonly<Record<string, Verdict>>;
  service?: Partial<VerificationServiceOptions>;
  settings?: Partial<Settings>;
  allowLoopback?: boolean;
  tabUrls?: Readonly<Record<number, string>>;
}

const created = new Set<TestWorker>();

/** Waits for every test worker made so far to finish its checks and saves (call in afterEach). */
export async function settleWorkers(): Promise<void> {
  for (const worker of created) await worker.settled();
  created.clear();
}

export function testWorker(options: TestWorkerOptions = {}): TestWorker {
  const verified: string[] = [];
  const standIn: VerifyFunction = async (input) => {
    verified.push(String(input));
    return reportWith(options.verdicts?.[String(input)] ?? 'verified');
  };
  const service = createVerificationService({ allowLoopback: options.allowLoopback ?? false, verify: standIn, ...options.service });
  const tabs = createTabStore(fakeBrowser.storage.session);
  const sentToTabs: TestWorker['sentToTabs'] = [];
  const broadcasts: TabStateChangedMessage[] = [];
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const checks = createEntryChecks({
    service,
    tabs,
    language: async () => 'en',
    sendToTab: async (tabId, message) => void sentToTabs.push({ tabId, message }),
    broadcast: (message) => void broadcasts.push(message),
  });
  const openPanel = vi.fn<(tabId: number) => Promise<void>>(async () => undefined);
  const context: WorkerContext = {
    self: { id: EXTENSION_ID, origin: EXTENSION_ORIGIN },
    allowLoopback: options.allowLoopback ?? false,
    service,
    tabs,
    checks,
    settings: async () => settings,
    language: async () => 'en',
    openPanel,
    sendToTab: async (tabId, message) => void sentToTabs.push({ tabId, message }),
    broadcast: (message) => void broadcasts.push(message),
    injectContentScript: async () => undefined,
    tabUrl: async (tabId) => options.tabUrls?.[tabId],
  };
  const route = createMessageRouter(context);
  const worker: TestWorker = {
    route,
    ask: <T>(message: unknown, sender: MessageSender) => route(message, sender) as Promise<Reply<T>>,
    context,
    verified,
    sentToTabs,
    broadcasts,
    openPanel,
    settings,
    async settled() {
      await checks.whenIdle();
      await tabs.whenSaved();
    },
  };
  created.add(worker);
  return worker;
}

/** What the worker's message handlers work with; start-background.ts builds it from the browser. */
import type { UiLanguage } from '../../components/mc-verify/labels/labels.ts';
import type { TabStateChangedMessage, WorkerToContentMessage } from '../messaging/protocol.ts';
import type { ExtensionIdentity } from '../messaging/trusted-sender.ts';
import type { Settings } from '../settings/settings.ts';
import type { EntryChecks } from './entry-checks.ts';
import type { OpenPanel } from './panel-opener.ts';
import type { TabStore } from './tab-store.ts';
import type { VerificationService } from './verification-service.ts';

export interface WorkerContext {
  self: ExtensionIdentity;
  /** The TEST build's loopback switch (extension/build-info.ts). */
  allowLoopback: boolean;
  service: VerificationService;
  tabs: TabStore;
  checks: EntryChecks;
  settings(): Promise<Settings>;
  language(): Promise<UiLanguage>;
  /** Call synchronously in the handler of a user gesture (see panel-opener.ts). */
  openPanel: OpenPanel;
  sendToTab(tabId: number, message: WorkerToContentMessage): Promise<unknown>;
  broadcast(message: TabStateChangedMessage): void;
  /** Runs the content script in a tab (the user asked to check that page). */
  injectContentScript(tabId: number): Promise<void>;
  /** The tab's address as the browser knows it. */
  tabUrl(tabId: number): Promise<string | undefined>;
}

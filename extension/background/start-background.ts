/**
 * The worker, put together: settings, the verification service, the per-tab store, the message
 * router, the toolbar button, the context menu, extra sites. Listeners are registered
 * synchronously so a woken service worker receives the event that woke it (Chrome "Extension
 * service worker basics": register listeners at the top level).
 */
import { browser } from 'wxt/browser';
import type { TabStateChangedMessage, WorkerToContentMessage } from '../messaging/protocol.ts';
import { chosenLanguage, engineTrust, type Settings } from '../settings/settings.ts';
import { loadSettings, restrictToExtension, SETTINGS_KEY } from '../settings/settings-storage.ts';
import { workerApis } from './browser-apis.ts';
import { CONTEXT_MENU_ITEM, menuTarget } from './context-menu.ts';
import { createEntryChecks } from './entry-checks.ts';
import { CONTENT_SCRIPT_FILE, syncExtraSites } from './extra-sites.ts';
import { createMessageRouter } from './message-router.ts';
import { messageListener } from './message-listener.ts';
import { verifyTarget } from './panel-messages.ts';
import { createPanelOpener } from './panel-opener.ts';
import { createTabStore } from './tab-store.ts';
import { createVerificationService } from './verification-service.ts';
import { withoutHiddenRedirects } from './visible-redirects.ts';
import type { WorkerContext } from './worker-context.ts';

export interface BackgroundOptions {
  allowLoopback: boolean;
}

export function startBackground({ allowLoopback }: BackgroundOptions): WorkerContext {
  const apis = workerApis(browser);
  // The worker's own origin (chrome-extension://<id>, moz-extension://<uuid>): where its pages live.
  const self = { id: browser.runtime.id, origin: globalThis.location?.origin ?? `chrome-extension://${browser.runtime.id}` };

  let settingsLoad: Promise<Settings> | undefined;
  const settings = () => (settingsLoad ??= loadSettings(browser.storage.local));
  const language = async () => chosenLanguage(await settings(), globalThis.navigator?.languages ?? []);

  const service = createVerificationService({
    allowLoopback,
    trust: async () => engineTrust(await settings()),
    fetch: withoutHiddenRedirects((input, init) => fetch(input, init)),
  });
  const tabs = createTabStore(browser.storage.session);
  const broadcast = (message: TabStateChangedMessage) => {
    // No extension page may be open to hear it; that is not an error.
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const sendToTab = (tabId: number, message: WorkerToContentMessage) => browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  const checks = createEntryChecks({ service, tabs, language, sendToTab, broadcast });
  const openPanel = createPanelOpener(
    { sidePanel: apis.sidePanel, sidebarAction: apis.sidebarAction, openWindow: (url) => browser.windows.create({ url, type: 'popup', width: 460, height: 760 }) },
    self.origin,
  );

  const context: WorkerContext = {
    self,
    allowLoopback,
    service,
    tabs,
    checks,
    settings,
    language,
    openPanel,
    sendToTab,
    broadcast,
    async injectContentScript(tabId) {
      if (!apis.scripting) throw new Error('this browser cannot run the checker on the page');
      await apis.scripting.executeScript({ target: { tabId }, files: [`/${CONTENT_SCRIPT_FILE}`] });
    },
    tabUrl: (tabId) => browser.tabs.get(tabId).then((tab) => tab.url, () => undefined),
  };

  browser.runtime.onMessage.addListener(messageListener(createMessageRouter(context)));
  browser.tabs.onRemoved.addListener((tabId) => void tabs.remove(tabId));

  // The toolbar button opens the panel: Chrome by panel behaviour, Firefox by toggling the sidebar.
  const { sidePanel, sidebarAction } = apis;
  if (sidePanel) attempt(() => sidePanel.setPanelBehavior({ openPanelOnActionClick: true }));
  else if (sidebarAction) attempt(() => browser.action.onClicked.addListener(() => attempt(() => sidebarAction.toggle())));

  const menus = apis.contextMenus;
  if (menus) {
    attempt(() => menus.removeAll().then(() => menus.create({ ...CONTEXT_MENU_ITEM, contexts: [...CONTEXT_MENU_ITEM.contexts] })));
    attempt(() =>
      menus.onClicked.addListener((info, tab) => {
        const target = menuTarget(info);
        const tabId = tab?.id;
        if (!target || tabId === undefined || tabId < 0) return;
        // Open first, while the click's user gesture holds.
        attempt(() => openPanel(tabId));
        void verifyTarget(context, tabId, target, 'context-menu').catch(() => undefined);
      }),
    );
  }

  const syncSites = async () => {
    if (apis.scripting && apis.permissions) await syncExtraSites(apis.scripting, apis.permissions, (await settings()).extraSites).catch(() => undefined);
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settingsLoad = undefined;
    // Trust lists or the language changed: verdicts computed with the old ones are not reused.
    service.clear();
    void syncSites();
  });
  attempt(() => apis.permissions?.onRemoved?.addListener(() => void syncSites()));
  attempt(() => apis.permissions?.onAdded?.addListener(() => void syncSites()));

  void restrictToExtension(browser.storage.local);
  void syncSites();
  return context;
}

/** Runs an optional feature; a browser that lacks or refuses it (thrown or rejected) does without. */
function attempt(run: () => unknown): void {
  try {
    const result = run();
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // the feature is missing here
  }
}

/**
 * The side panel (Chrome) / sidebar (Firefox): shows the worker's state for one tab and updates
 * when the worker says it changed. Actions (export, check again, allow access, check this page,
 * check by hand) run here, in extension UI, where the page cannot click them.
 */
import { render } from 'lit';
import { browser } from 'wxt/browser';
import '../../components/mc-verify/index.ts';
import { ENGINE_VERSION } from '../build-info.ts';
import type { EntryState, PanelMessage, Reply, TabState } from '../messaging/protocol.ts';
import type { MessageSender } from '../messaging/trusted-sender.ts';
import { buildReceipt } from '../receipt/verification-receipt.ts';
import { labelsFor, uiLanguage } from '../verdicts/label-sets.ts';
import { originPattern, originsNeeded } from './access-needs.ts';
import { panelTab } from './panel-tab.ts';
import { panelView, type PanelHandlers, type PanelModel } from './panel-view.ts';
import { mayHoldQrCode, readQrCode } from './qr-from-image.ts';
import { saveReceipt } from './save-receipt.ts';

async function ask<T>(message: PanelMessage): Promise<Reply<T>> {
  try {
    return (await browser.runtime.sendMessage(message)) as Reply<T>;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function startSidePanel(root: HTMLElement): Promise<void> {
  const target = await panelTab(location);
  let tabId = target.tabId;
  let state: TabState | null = null;
  let notice: string | undefined;
  let accessNeeded = new Map<string, readonly string[]>();
  const qrTried = new Set<string>();
  let refreshing: Promise<void> | undefined;
  let refreshAgain = false;

  const draw = () => {
    const language = uiLanguage(state?.language);
    document.documentElement.lang = language;
    const model: PanelModel = { state, labels: labelsFor(language), accessNeeded };
    if (notice !== undefined) model.notice = notice;
    render(panelView(model, handlers), root);
    focusClicked();
  };

  let lastFocus: string | undefined;
  const focusClicked = () => {
    const key = state?.focusKey;
    if (!key || key === lastFocus) return;
    lastFocus = key;
    const item = [...root.querySelectorAll<HTMLElement>('li.entry')].find((element) => element.dataset.key === key);
    item?.scrollIntoView({ block: 'start' });
  };

  async function load(): Promise<void> {
    if (tabId === undefined) {
      state = null;
      notice = 'No tab to show.';
      return draw();
    }
    const reply = await ask<TabState>({ type: 'get-tab-state', tabId });
    if (!reply.ok) {
      notice = reply.error;
      return draw();
    }
    state = reply.value;
    accessNeeded = await missingAccess(state.entries);
    draw();
    for (const entry of state.entries) void tryQrCode(entry);
  }

  /** One refresh at a time; a change announced meanwhile triggers one more. */
  function refresh(): Promise<void> {
    if (refreshing) {
      refreshAgain = true;
      return refreshing;
    }
    refreshing = load().finally(() => {
      refreshing = undefined;
      if (refreshAgain) {
        refreshAgain = false;
        void refresh();
      }
    });
    return refreshing;
  }

  async function tryQrCode(entry: EntryState): Promise<void> {
    // Inline (data:) images stay with the worker; the panel reads QR codes from image addresses only.
    if (tabId === undefined || qrTried.has(entry.key) || !mayHoldQrCode(entry) || entry.key.startsWith('data-image:')) return;
    qrTried.add(entry.key);
    const text = await readQrCode(entry.key);
    if (text) await ask({ type: 'verify-qr-text', tabId, key: entry.key, text });
  }

  const handlers: PanelHandlers = {
    exportReceipt(entry) {
      const receipt = buildReceipt(entry, { pageUrl: state?.pageUrl, profileName: entry.origin === 'linkedin-entry' ? state?.profileName : undefined, engineVersion: ENGINE_VERSION, exportedAt: new Date() });
      if (receipt) saveReceipt(receipt, document);
    },
    recheck(entry) {
      if (tabId !== undefined) void ask({ type: 'recheck', tabId, key: entry.key }).then(refresh);
    },
    allowAccess(entry, origins) {
      // permissions.request must run in the click's user gesture, before anything is awaited.
      void browser.permissions.request({ origins: origins.map(originPattern) }).then((granted) => {
        notice = granted ? undefined : 'Access was not allowed, so the credential cannot be checked.';
        if (granted) handlers.recheck(entry);
        else draw();
      });
    },
    checkPage() {
      if (tabId === undefined) return;
      const id = tabId;
      const origin = state?.pageUrl?.startsWith('https://') ? new URL(state.pageUrl).origin : undefined;
      const allowed = origin ? browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false) : Promise.resolve(true);
      void allowed.then(() => ask({ type: 'check-page', tabId: id })).then((reply) => {
        notice = reply.ok ? 'Looking for credentials on the page…' : reply.error;
        draw();
      });
    },
    verifyByHand(url, kind) {
      if (tabId === undefined) return;
      void ask({ type: 'verify-target', tabId, url, target: kind }).then((reply) => {
        notice = reply.ok ? undefined : reply.error;
        void refresh();
      });
    },
  };

  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => {
    if (sender.id !== browser.runtime.id) return;
    const changed = message as { type?: unknown; tabId?: unknown };
    if (changed.type === 'tab-state-changed' && changed.tabId === tabId) void refresh();
  });
  if (!target.fixed) {
    // The side panel is shared by the window's tabs: it shows whichever is active.
    browser.tabs.onActivated.addListener((info) => {
      void browser.windows.getCurrent().then((window) => {
        if (window.id !== info.windowId) return;
        tabId = info.tabId;
        notice = undefined;
        lastFocus = undefined;
        void refresh();
      });
    });
  }
  browser.tabs.onUpdated.addListener((updated, change) => {
    if (updated === tabId && change.url !== undefined) void refresh();
  });
  draw();
  await refresh();
}

/** For each entry that could not be checked for want of access, the sites not yet allowed. */
async function missingAccess(entries: readonly EntryState[]): Promise<Map<string, readonly string[]>> {
  const needed = new Map<string, readonly string[]>();
  for (const entry of entries) {
    const origins = originsNeeded(entry);
    const missing: string[] = [];
    for (const origin of origins) {
      const granted = await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => true);
      if (!granted) missing.push(origin);
    }
    if (missing.length > 0) needed.set(entry.key, missing);
  }
  return needed;
}

/**
 * The browser APIs the worker uses, as small interfaces, read from `browser` in this one place.
 * Some exist only in one browser (chrome.sidePanel, Firefox's sidebarAction), and
 * scripting.executeScript's file paths are typed by files WXT generates at build time, so the
 * typed views below are narrowed from `browser` here rather than everywhere.
 */
import type { Browser } from 'wxt/browser';
import type { PermissionsApi, ScriptingApi } from './extra-sites.ts';
import type { SidebarActionApi, SidePanelApi } from './panel-opener.ts';

type WxtBrowser = typeof import('wxt/browser').browser;

export interface ChromeSidePanel extends SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

export interface FirefoxSidebarAction extends SidebarActionApi {
  toggle(): Promise<void>;
}

export interface ExecuteScriptApi {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

export interface ContextMenusApi {
  removeAll(): Promise<void>;
  create(properties: { id: string; title: string; contexts: string[] }): unknown;
  onClicked: { addListener(callback: (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => void): void };
}

export interface WorkerApis {
  sidePanel?: ChromeSidePanel;
  sidebarAction?: FirefoxSidebarAction;
  scripting?: ScriptingApi & ExecuteScriptApi;
  permissions?: PermissionsApi & { onAdded?: Browser.events.Event<() => void>; onRemoved?: Browser.events.Event<() => void> };
  contextMenus?: ContextMenusApi;
}

/** The optional APIs of this browser; absent ones are undefined. */
export function workerApis(browser: WxtBrowser): WorkerApis {
  const apis = browser as unknown as Partial<Record<keyof WorkerApis, unknown>>;
  return {
    sidePanel: apis.sidePanel as ChromeSidePanel | undefined,
    sidebarAction: apis.sidebarAction as FirefoxSidebarAction | undefined,
    scripting: apis.scripting as (ScriptingApi & ExecuteScriptApi) | undefined,
    permissions: apis.permissions as WorkerApis['permissions'],
    contextMenus: apis.contextMenus as ContextMenusApi | undefined,
  };
}

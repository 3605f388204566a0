/**
 * Opens the authoritative view: Chrome's side panel for the tab (chrome.sidePanel.open, Chrome 116+,
 * only in response to a user gesture, which a content-script click message carries), or Firefox's
 * sidebar (sidebarAction.open, which Firefox allows only from its own user-input handlers; when
 * it refuses, the panel opens in a small window of its own instead).
 */

export interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}

export interface SidebarActionApi {
  open(): Promise<void>;
}

export interface PanelOpenerApis {
  sidePanel?: SidePanelApi;
  sidebarAction?: SidebarActionApi;
  /** Opens an extension page in a window of its own. */
  openWindow(url: string): Promise<unknown>;
}

export type OpenPanel = (tabId: number) => Promise<void>;

/** The panel page showing one tab. */
export const panelPath = (tabId: number): string => `/sidepanel.html?tab=${tabId}`;

/**
 * The function that opens the panel. Call it synchronously in the event handler that carries the
 * user gesture: an `await` before it loses the gesture (Chrome sidePanel docs, "open()").
 */
export function createPanelOpener(apis: PanelOpenerApis, extensionOrigin: string): OpenPanel {
  const inWindow = async (tabId: number): Promise<void> => {
    await apis.openWindow(`${extensionOrigin}${panelPath(tabId)}`);
  };
  // A browser without the API, or one that refuses (no user gesture), gets the panel in a window.
  const orInWindow = (tabId: number, open: () => Promise<void>): Promise<void> => {
    try {
      return open().catch(() => inWindow(tabId));
    } catch {
      return inWindow(tabId);
    }
  };
  return (tabId) => {
    const { sidePanel, sidebarAction } = apis;
    if (sidePanel) return orInWindow(tabId, () => sidePanel.open({ tabId }));
    if (sidebarAction) return orInWindow(tabId, () => sidebarAction.open());
    return inWindow(tabId);
  };
}

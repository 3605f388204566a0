/**
 * Which tab the panel shows: the one named in its address (`sidepanel.html?tab=<id>`, used when
 * the panel opens in a window of its own and by the end-to-end tests), or else the active tab of
 * the panel's window, followed as the user switches tabs.
 */
import { browser } from 'wxt/browser';

export interface PanelTab {
  tabId: number | undefined;
  /** True when the address fixes the tab. */
  fixed: boolean;
}

export async function panelTab(location: Location): Promise<PanelTab> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isSafeInteger(named) && named > 0) return { tabId: named, fixed: true };
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: active?.id, fixed: false };
}

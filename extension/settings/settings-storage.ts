/**
 * Settings in storage.local. The worker locks the area to extension pages
 * (`setAccessLevel('TRUSTED_CONTEXTS')`, Chromium 2024+ for the local area) so a content script in
 * a compromised renderer cannot add a trust list; where the browser does not offer that (Firefox
 * supports it for storage.session only, MDN StorageArea.setAccessLevel), content scripts still
 * never write settings, and every read is normalised.
 */
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings.ts';

export const SETTINGS_KEY = 'settings';

/** The part of a storage area settings need (browser.storage.local has it). */
export interface SettingsArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SettingsArea): Promise<Settings> {
  try {
    return normalizeSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(area: SettingsArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

/** Restricts a storage area to the extension's own pages and worker, where the browser can. */
export async function restrictToExtension(area: object): Promise<boolean> {
  const setAccessLevel = (area as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> }).setAccessLevel;
  if (typeof setAccessLevel !== 'function') return false;
  try {
    await setAccessLevel.call(area, { accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}

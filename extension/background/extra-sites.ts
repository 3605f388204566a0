/**
 * The user's extra sites: the content script is registered for them at run time
 * (scripting.registerContentScripts), for the sites whose host permission the user granted on the
 * options page. Revoking a permission in the browser's settings drops the site at the next sync.
 */
import { siteMatchPattern } from '../settings/settings.ts';

export const EXTRA_SITES_SCRIPT_ID = 'mc-verify-extra-sites';
/** Where WXT writes the content script entrypoint extension/entrypoints/credential-chips.content/. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/credential-chips.js';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** The registration for these sites, or null for none. */
export function extraSitesScript(origins: readonly string[]): RegisteredScript | null {
  if (origins.length === 0) return null;
  return { id: EXTRA_SITES_SCRIPT_ID, matches: origins.map(siteMatchPattern), js: [CONTENT_SCRIPT_FILE], runAt: 'document_idle', persistAcrossSessions: true };
}

/** Registers the content script for the granted sites among `sites`; returns the granted ones. */
export async function syncExtraSites(scripting: ScriptingApi, permissions: PermissionsApi, sites: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const site of sites) {
    if (await permissions.contains({ origins: [siteMatchPattern(site)] })) granted.push(site);
  }
  const existing = await scripting.getRegisteredContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
  if (existing.length > 0) await scripting.unregisterContentScripts({ ids: [EXTRA_SITES_SCRIPT_ID] });
  const script = extraSitesScript(granted);
  if (script) await scripting.registerContentScripts([script]);
  return granted;
}

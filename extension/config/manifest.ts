/**
 * The manifest, as a function of the target browser and the build flags. WXT adds what it derives
 * from the entrypoints (background, content script, side panel / sidebar, options page).
 */
import type { BuildFlags } from './build-flags.ts';
import { LINKEDIN_MATCHES, LOOPBACK_HOST_PERMISSIONS, LOOPBACK_MATCHES, OPTIONAL_HOST_PERMISSIONS, PLATFORM_HOST_PERMISSIONS } from './permissions.ts';

/** The add-on id AMO knows the Firefox build by. */
export const GECKO_ID = 'mc-verify@mc-verify.github.io';

/** The part of the manifest this project writes; WXT's `UserManifest` accepts it. */
export interface ManifestFields {
  name: string;
  description: string;
  permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  action: { default_title: string };
  browser_specific_settings?: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: string[] };
    };
  };
}

export function extensionManifest(browser: string, flags: BuildFlags): ManifestFields {
  const manifest: ManifestFields = {
    name: 'mc-verify',
    description: 'Verdicts next to every credential on LinkedIn profiles and CV pages, checked in your browser.',
    // storage: settings and trust lists; contextMenus: "Verify this credential" on images and links;
    // scripting + activeTab: check the open page on request, and extra sites the user adds.
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    host_permissions: [...LINKEDIN_MATCHES, ...PLATFORM_HOST_PERMISSIONS, ...(flags.testBuild ? LOOPBACK_HOST_PERMISSIONS : [])],
    optional_host_permissions: [...OPTIONAL_HOST_PERMISSIONS],
    action: { default_title: 'mc-verify: open the verification panel' },
  };
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions is read from Firefox 140 (extensionworkshop "Firefox built-in consent").
        strict_min_version: '140.0',
        // Nothing leaves the device except requests for credentials and the documents they need.
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return manifest;
}

/** The content-script part of a generated manifest, as far as this project touches it. */
interface ContentScriptsManifest {
  content_scripts?: { matches?: string[] }[];
}

/** TEST build: the content script also runs on the loopback fixture pages. */
export function addLoopbackMatches(manifest: ContentScriptsManifest): void {
  for (const script of manifest.content_scripts ?? []) {
    script.matches = [...new Set([...(script.matches ?? []), ...LOOPBACK_MATCHES])];
  }
}

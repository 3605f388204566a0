/**
 * The Firefox MV3 build (`wxt build -b firefox --mv3`, part of `npm run build:ext`) is produced
 * and its manifest is what AMO needs: an add-on id, the data-collection declaration, background
 * scripts (Firefox MV3 has no service worker), a sidebar instead of Chrome's side panel, and the
 * same narrow permissions as the Chrome build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../extension/config/manifest.ts';
import { LINKEDIN_MATCHES, PLATFORM_HOST_PERMISSIONS } from '../../extension/config/permissions.ts';

const OUT = 'dist/extension/firefox-mv3';
let manifest: Record<string, unknown>;

beforeAll(() => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.MC_VERIFY_TEST_BUILD;
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { encoding: 'utf8', env });
  if (build.status !== 0) throw new Error(`the Firefox build failed:\n${build.stdout}\n${build.stderr}`);
  manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}, 180_000);

describe('the Firefox MV3 build', () => {
  it('is manifest version 3 with the add-on id and “no data collected”', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('runs its background as scripts, and has a sidebar instead of a side panel', () => {
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(manifest.side_panel).toBeUndefined();
  });

  it('asks for the same narrow permissions as the Chrome build, without Chrome’s sidePanel', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus', 'scripting', 'activeTab']);
    expect(manifest.host_permissions).toEqual([...LINKEDIN_MATCHES, ...PLATFORM_HOST_PERMISSIONS]);
    expect(manifest.optional_host_permissions).toEqual(['https://*/*']);
    expect(manifest.content_scripts).toEqual([{ matches: [...LINKEDIN_MATCHES], run_at: 'document_idle', js: ['content-scripts/credential-chips.js'] }]);
  });

  it('every file the manifest names is in the build', () => {
    const files = ['background.js', 'sidepanel.html', 'options.html', 'content-scripts/credential-chips.js', ...Object.values(manifest.icons as Record<string, string>)];
    expect(files.filter((file) => !existsSync(join(OUT, file)))).toEqual([]);
    expect((manifest.options_ui as { page: string }).page).toBe('options.html');
  });
});

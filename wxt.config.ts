/**
 * The browser extension's build (WXT): Chrome MV3 and Firefox MV3 from extension/, output under
 * dist/extension/. `MC_VERIFY_TEST_BUILD=1` makes the TEST build for the end-to-end tests (loopback
 * fixture servers allowed, its own output folder); see extension/config/build-flags.ts.
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'wxt';
import { stripContextUrls } from './components/mc-verify/build/strip-context-urls.ts';
import { buildDefines, readBuildFlags } from './extension/config/build-flags.ts';
import { addLoopbackMatches, extensionManifest } from './extension/config/manifest.ts';

const flags = readBuildFlags(process.env);
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  outDir: 'dist/extension',
  outDirTemplate: flags.testBuild ? '{{browser}}-mv{{manifestVersion}}-test' : '{{browser}}-mv{{manifestVersion}}',
  // No auto-imports: every module says where its names come from.
  imports: false,
  manifest: ({ browser }) => extensionManifest(browser, flags),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      if (flags.testBuild) addLoopbackMatches(manifest);
    },
  },
  vite: () => ({
    // @digitalbazaar/credentials-context's `new URL(…, import.meta.url)` breaks in iife bundles (research/toolchain.md §7).
    plugins: [stripContextUrls()],
    define: buildDefines(flags, version),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    // AMO reviewers rebuild from these sources; tests, the demo and build output are not needed for that.
    excludeSources: ['dist/**', 'test-results/**', 'test/**', 'demo/**', 'custom-elements.json'],
  },
});

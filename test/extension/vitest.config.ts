/**
 * `npm run test:extension`: the extension's logic in Node, with WXT's plugin (wxt.config.ts is read;
 * `wxt/browser` becomes the in-memory fakeBrowser) — messaging, the verification service, the tab
 * store, options, the claim check, receipts, detection on saved pages, the build configuration
 * and the Firefox manifest.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['test/extension/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

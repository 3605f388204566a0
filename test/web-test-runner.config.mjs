// web-test-runner for <mc-verify> and <mc-scan>, in Debian's Chromium (never a downloaded browser).
// The engine imports CommonJS (jsonld), which wtr's dev server cannot serve, so `npm run
// test:element` first bundles each test/mc-verify/*.test.ts with Vite (test/mc-verify/vite.config.ts)
// into dist/test-element/, and wtr runs those bundles; counts go to test-results/wtr.json.
import { fileURLToPath } from 'node:url';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { jsonCountsReporter } from './mc-verify/build/json-reporter.mjs';

export default {
  rootDir: fileURLToPath(new URL('..', import.meta.url)),
  files: ['dist/test-element/*.test.js'],
  concurrency: 2,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), jsonCountsReporter('test-results/wtr.json')],
};

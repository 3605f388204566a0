/**
 * Bundles each test/mc-verify/*.test.ts for web-test-runner (see test/web-test-runner.config.mjs),
 * with the same plugins as the product bundle, into dist/test-element/.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { stripContextUrls } from '../../components/mc-verify/build/strip-context-urls.ts';
import { testFixtures } from './build/test-fixtures.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

const tests = Object.fromEntries(
  readdirSync(here)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => [file.replace(/\.ts$/, ''), `${here}${file}`]),
);

export default defineConfig({
  root,
  logLevel: 'warn',
  resolve: { alias: { '@corpus': corpus } },
  plugins: [stripContextUrls(), testFixtures(corpus)],
  build: {
    outDir: 'dist/test-element',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: 'inline',
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    lib: { entry: tests, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rolldownOptions: {
      // wtr's server commands (sendKeys) reach the runner through this module, served by wtr itself.
      external: [/^\/__web-dev-server__/],
      // Tests import the labels and the engine directly, so their lazy chunks are not split here.
      onLog(level, log, handler) {
        if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
      },
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

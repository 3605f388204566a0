/**
 * `npm run build`: the ESM bundle for `<script type="module">`, in dist/mc-verify/.
 * `mc-verify.js` registers `<mc-verify>`; `mc-scan.js` registers `<mc-scan>` (and `<mc-verify>`).
 * The engine, the non-English labels, QR scanning and pdf.js are separate chunks loaded on first
 * use; the sizes are printed, and the build fails if a page's first load is over budget.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { bundleSizes } from './build/bundle-sizes.ts';
import { stripContextUrls } from './build/strip-context-urls.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Gzipped kilobytes a page may load before anything is verified. */
export const INITIAL_BUDGET_KB = 120;

export default defineConfig({
  root,
  logLevel: 'warn',
  plugins: [stripContextUrls(), bundleSizes(INITIAL_BUDGET_KB)],
  build: {
    outDir: 'dist/mc-verify',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        'mc-verify': 'components/mc-verify/index.ts',
        'mc-scan': 'components/mc-scan/index.ts',
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});

/**
 * Bundles the pages' scripts (demo/src/pages/*.ts) into `assets/`. Their imports of the elements
 * (components/mc-verify/index.ts, components/mc-scan/index.ts) are not bundled again: they become
 * imports of the element bundle copied beside them, so the page loads one copy of the element, the
 * same files an institution hosts.
 */
import { dirname, resolve } from 'node:path';
import { build, type Plugin } from 'vite';

/** Source module → the shipped bundle file, as seen from `assets/`. */
function elementBundles(root: string): Map<string, string> {
  return new Map([
    [resolve(root, 'components/mc-verify/index.ts'), '../mc-verify/mc-verify.js'],
    [resolve(root, 'components/mc-scan/index.ts'), '../mc-verify/mc-scan.js'],
  ]);
}

function useShippedElements(root: string): Plugin {
  const bundles = elementBundles(root);
  return {
    name: 'mc-verify-demo:use-shipped-elements',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const shipped = bundles.get(resolve(dirname(importer), source));
      return shipped ? { id: shipped, external: true } : null;
    },
  };
}

export const PAGE_SCRIPTS = ['check', 'preview', 'embed', 'gallery'] as const;

export async function bundleClient(root: string, siteDir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [useShippedElements(root)],
    build: {
      outDir: resolve(siteDir, 'assets'),
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: {
        entry: Object.fromEntries(PAGE_SCRIPTS.map((page) => [page, resolve(root, `demo/src/pages/${page}-page.ts`)])),
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        // Every chunk sits beside the entries, so the one relative path to the element bundle fits them all.
        output: { chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
}

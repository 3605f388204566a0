/**
 * The element's production bundle, built for the element benchmark with the product's own Vite
 * config (components/mc-verify/vite.config.ts), and its sizes as the build measures them.
 *
 * It is written to a directory of the benchmark's own, not to dist/mc-verify: other work (the demo
 * build, the element tests) rebuilds dist/mc-verify at any moment, which would pull files from
 * under a running measurement. Same config, same bundle.
 */
import { build } from 'vite';
import { measureBundle, type BundleSizes, type OutputFile } from '../../components/mc-verify/build/bundle-sizes.ts';
import { INITIAL_BUDGET_KB } from '../../components/mc-verify/vite.config.ts';

const CONFIG = new URL('../../components/mc-verify/vite.config.ts', import.meta.url).pathname;

/** Builds `<mc-verify>` and `<mc-scan>` into `outDir`; resolves with the bundle's gzipped sizes. */
export async function buildElement(outDir: string): Promise<BundleSizes> {
  const result = await build({ configFile: CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const outputs = Array.isArray(result) ? result : 'output' in result ? [result] : null;
  if (!outputs) throw new Error('the element build started a watcher instead of building once');
  const bundle: Record<string, OutputFile> = Object.fromEntries(outputs.flatMap(({ output }) => output).map((file) => [file.fileName, file]));
  return measureBundle(bundle, INITIAL_BUDGET_KB);
}

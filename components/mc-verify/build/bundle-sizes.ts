/**
 * A Vite plugin that prints the gzipped size of what a page loads first (each entry and its static
 * imports) and of every chunk loaded later, and fails the build when the first load is over budget.
 * The measuring itself is {@link measureBundle}, a pure function the benchmarks reuse.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** One output file as this plugin reads it from Rollup/Rolldown's bundle. */
export interface OutputFile {
  fileName: string;
  type: 'chunk' | 'asset';
  isEntry?: boolean;
  imports?: readonly string[];
  code?: string;
  source?: string | Uint8Array;
}

/** What a page loads first, per entry, and what it may load later; sizes gzipped, in bytes. */
export interface BundleSizes {
  budgetKb: number;
  /** Each entry with the files it imports statically, transitively. */
  initial: { entry: string; files: string[]; gzipBytes: number; overBudget: boolean }[];
  /** Every other script, largest first: loaded only when needed. */
  lazy: { file: string; gzipBytes: number }[];
}

/** Gzipped size, in bytes, at the level CDNs and static servers commonly use. */
export function gzipSize(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).byteLength;
}

/** Each entry's first load: the entry and everything it imports statically, transitively. */
export function initialFiles(bundle: Readonly<Record<string, OutputFile>>, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of bundle[name]?.imports ?? []) visit(imported);
  };
  visit(entry);
  return seen;
}

/** Measures a bundle, keyed by file name as Rollup/Rolldown gives it; source maps are left out. */
export function measureBundle(bundle: Readonly<Record<string, OutputFile>>, budgetKb: number): BundleSizes {
  const size = new Map<string, number>();
  for (const file of Object.values(bundle)) {
    const content = file.type === 'chunk' ? (file.code ?? '') : (file.source ?? '');
    size.set(file.fileName, gzipSize(content));
  }
  const loadedFirst = new Set<string>();
  const initial = Object.values(bundle)
    .filter((file) => file.type === 'chunk' && file.isEntry)
    .map(({ fileName }) => {
      const files = [...initialFiles(bundle, fileName)];
      files.forEach((name) => loadedFirst.add(name));
      const gzipBytes = files.reduce((sum, name) => sum + (size.get(name) ?? 0), 0);
      return { entry: fileName, files, gzipBytes, overBudget: gzipBytes > budgetKb * 1024 };
    });
  const lazy = [...size]
    .filter(([name]) => !loadedFirst.has(name) && !name.endsWith('.map'))
    .sort((a, b) => b[1] - a[1])
    .map(([file, gzipBytes]) => ({ file, gzipBytes }));
  return { budgetKb, initial, lazy };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The size table the build prints. */
export function formatBundleSizes({ initial, lazy }: BundleSizes): string {
  const lines = ['', 'mc-verify bundle (gzip -9):'];
  for (const { entry, files, gzipBytes } of initial) lines.push(`  initial  ${entry.padEnd(40)} ${kb(gzipBytes).padStart(10)}  (${files.join(' + ')})`);
  for (const { file, gzipBytes } of lazy) lines.push(`  lazy     ${file.padEnd(40)} ${kb(gzipBytes).padStart(10)}`);
  return lines.join('\n');
}

/** Prints the size table after the bundle is written; `budgetKb` applies to each entry's first load. */
export function bundleSizes(budgetKb: number): Plugin {
  return {
    name: 'mc-verify:bundle-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sizes = measureBundle(bundle as unknown as Record<string, OutputFile>, budgetKb);
      console.log(formatBundleSizes(sizes));
      const over = sizes.initial.filter((entry) => entry.overBudget).map(({ entry, gzipBytes }) => `${entry} loads ${kb(gzipBytes)} first; the budget is ${budgetKb} KB`);
      if (over.length > 0) this.error(`Bundle over budget: ${over.join('; ')}`);
    },
  };
}

/**
 * A Vite plugin that prints the gzipped size of what a page loads first (each entry and its static
 * imports) and of every chunk loaded later, and fails the build when the first load is over budget.
 */
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** One output file as this plugin reads it from Rollup/Rolldown's bundle. */
interface OutputFile {
  fileName: string;
  type: 'chunk' | 'asset';
  isEntry?: boolean;
  imports?: string[];
  code?: string;
  source?: string | Uint8Array;
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

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints the size table after the bundle is written; `budgetKb` applies to each entry's first load. */
export function bundleSizes(budgetKb: number): Plugin {
  return {
    name: 'mc-verify:bundle-sizes',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = bundle as unknown as Record<string, OutputFile>;
      const size = new Map<string, number>();
      for (const file of Object.values(files)) {
        const content = file.type === 'chunk' ? (file.code ?? '') : (file.source ?? '');
        size.set(file.fileName, gzipSize(content));
      }
      const entries = Object.values(files).filter((file) => file.type === 'chunk' && file.isEntry);
      const initial = new Set<string>();
      const lines = ['', 'mc-verify bundle (gzip -9):'];
      const over: string[] = [];
      for (const entry of entries) {
        const names = initialFiles(files, entry.fileName);
        names.forEach((name) => initial.add(name));
        const total = [...names].reduce((sum, name) => sum + (size.get(name) ?? 0), 0);
        lines.push(`  initial  ${entry.fileName.padEnd(40)} ${kb(total).padStart(10)}  (${[...names].join(' + ')})`);
        if (total > budgetKb * 1024) over.push(`${entry.fileName} loads ${kb(total)} first; the budget is ${budgetKb} KB`);
      }
      for (const [name, bytes] of [...size].sort((a, b) => b[1] - a[1])) {
        if (!initial.has(name) && !name.endsWith('.map')) lines.push(`  lazy     ${name.padEnd(40)} ${kb(bytes).padStart(10)}`);
      }
      console.log(lines.join('\n'));
      if (over.length > 0) this.error(`Bundle over budget: ${over.join('; ')}`);
    },
  };
}

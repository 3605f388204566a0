/**
 * The extension's structure, as tests: entrypoints stay thin; the content script only detects and
 * renders (ARCHITECTURE.md: the worker fetches and decides every verdict); the service worker
 * never loads lit, whose lit-html reads `document`, which a worker does not have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRYPOINTS = join(ROOT, 'extension/entrypoints');
const CONTENT_SCRIPT = join(ENTRYPOINTS, 'credential-chips.content/index.ts');
const BACKGROUND = join(ENTRYPOINTS, 'background/index.ts');

/** The project's own modules a module reaches through static imports, and the packages it names. */
function moduleGraph(entry: string): { files: string[]; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    }
  };
  visit(entry);
  return { files: [...files], packages };
}

/** Specifiers of `import … from '…'` and `export … from '…'`, not of `import type` (erased) or dynamic `import()`. */
function staticImports(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+'([^']+)'/gm)) {
    if (!match[2]) found.push(match[3]!);
  }
  for (const match of source.matchAll(/^\s*import\s+'([^']+)'/gm)) found.push(match[1]!);
  return found;
}

const shortName = (file: string) => relative(ROOT, file);

function entrypointFiles(): string[] {
  return readdirSync(ENTRYPOINTS, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(ENTRYPOINTS, path));
}

describe('extension conventions', () => {
  it('every entrypoint is a thin file that hands over to a feature module', () => {
    const thick = entrypointFiles().filter((file) => readFileSync(file, 'utf8').trim().split('\n').length > 15);
    expect(thick.map(shortName)).toEqual([]);
  });

  it('the content script never verifies or fetches: none of its modules is the engine, and none calls fetch or XMLHttpRequest', () => {
    const { files } = moduleGraph(CONTENT_SCRIPT);
    // Detection shares one constant with fetching: what a credential request accepts.
    const engine = files.filter((file) => /components\/core\/(verify|index|checks|suites|fetch|resolve)\b/.test(shortName(file)) && !file.endsWith('fetch/media-types.ts'));
    expect(engine.map(shortName)).toEqual([]);
    const network = files.filter((file) => /\bfetch\s*\(|XMLHttpRequest/.test(readFileSync(file, 'utf8')));
    expect(network.map(shortName)).toEqual([]);
  });

  it('the service worker loads no lit module', () => {
    const { packages } = moduleGraph(BACKGROUND);
    expect([...packages].filter((name) => name === 'lit' || name.startsWith('lit-') || name.startsWith('@lit'))).toEqual([]);
  });

  it('the import reader sees real imports and skips type-only ones', () => {
    const source = "import { a } from './a.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.ts';\nimport './d.ts';\n";
    expect(staticImports(source)).toEqual(['./a.ts', './c.ts', './d.ts']);
  });
});

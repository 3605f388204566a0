/**
 * Conventions the engine keeps, checked on its source:
 * - every check has its own test file, every check file is listed, in CheckId order;
 * - checks never read the clock or the network themselves (both are injected);
 * - components/core stays DOM-free: no lit, no wxt, no document/window;
 * - every problem code is reported somewhere, or is explicitly reserved here with the reason.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../components/core/checks/index.ts';
import { PROBLEM_CODES, type ProblemCode } from '../../components/core/problems.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'components/core');
const CHECKS_DIR = join(CORE, 'checks');
const NOT_CHECKS = new Set(['check.ts', 'index.ts']);

/**
 * Problem codes in the catalogue that no engine code reports yet, each with the reason it is kept.
 * A code listed here that starts being used makes the last test fail, so the list stays honest.
 */
const RESERVED_CODES: ReadonlyMap<ProblemCode, string> = new Map<ProblemCode, string>([]);

function filesUnder(directory: string, pattern = /\.(ts|js|mjs)$/): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const read = (path: string) => readFileSync(path, 'utf8');
const rel = (path: string) => relative(ROOT, path);

/** The members of the CheckId union in report.ts, in declaration order. */
function checkIdUnion(): string[] {
  const declaration = /export type CheckId =([^;]*);/.exec(read(join(CORE, 'report.ts')));
  if (!declaration) throw new Error('report.ts declares no CheckId union');
  return [...declaration[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** References to the DOM's global document or window (resolved by the type checker, so locals named `document` are fine). */
function domGlobalUses(tsFiles: string[]): string[] {
  const program = ts.createProgram(tsFiles, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const uses: string[] = [];
  for (const file of tsFiles) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${rel(file)} is not in the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && (node.text === 'document' || node.text === 'window')) {
        const declarations = checker.getSymbolAtLocation(node)?.declarations ?? [];
        if (declarations.some((d) => basename(d.getSourceFile().fileName).startsWith('lib.dom'))) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          uses.push(`${rel(file)}:${line + 1} uses the global ${node.text}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

describe('checks: one file, one test, one place in the order', () => {
  const checkFiles = readdirSync(CHECKS_DIR).filter((name) => name.endsWith('.ts') && !NOT_CHECKS.has(name));
  const ids = CHECKS.map((check) => check.id);

  it('every check listed in checks/index.ts has a test file test/core/checks/<id>.test.ts', () => {
    const missing = ids.filter((id) => !existsSync(join(ROOT, 'test/core/checks', `${id}.test.ts`)));
    expect(missing, 'checks without a test file').toEqual([]);
  });

  it('every check file under components/core/checks/ is imported by index.ts and listed in CHECKS under its file name', () => {
    const index = read(join(CHECKS_DIR, 'index.ts'));
    const unlisted = checkFiles.filter((file) => !index.includes(`'./${file}'`) || !ids.includes(file.replace(/\.ts$/, '') as (typeof ids)[number]));
    expect(unlisted, 'check files not listed in checks/index.ts').toEqual([]);
  });

  it('every listed check has its own file named after its id', () => {
    const files = new Set(checkFiles.map((file) => file.replace(/\.ts$/, '')));
    expect(ids.filter((id) => !files.has(id)), 'checks without a file of their own').toEqual([]);
  });

  it('no check id is listed twice', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('checks are listed in the order of the CheckId union in report.ts', () => {
    const union = checkIdUnion();
    expect(ids.filter((id) => !union.includes(id)), 'ids missing from the CheckId union').toEqual([]);
    const positions = ids.map((id) => union.indexOf(id));
    expect(positions, `CHECKS order ${ids.join(', ')} vs union ${union.join(', ')}`).toEqual([...positions].sort((a, b) => a - b));
  });

  it('a check requires only checks that run before it', () => {
    const late = CHECKS.flatMap((check, i) => check.requires.filter((id) => !ids.slice(0, i).includes(id)).map((id) => `${check.id} requires ${id}`));
    expect(late).toEqual([]);
  });
});

describe('checks: no clock, no network of their own', () => {
  const files = filesUnder(CHECKS_DIR);

  it.each([
    ['new Date()', /new Date\(\s*\)/],
    ['Date.now()', /Date\.now\(\s*\)/],
    ['a fetch( call', /(?<![\w.$])fetch\s*\(|globalThis\.fetch|window\.fetch|self\.fetch/],
    ['performance.now()', /performance\.now\(\s*\)/],
  ])('no file under components/core/checks/ uses %s', (_what, pattern) => {
    expect(files.filter((file) => pattern.test(read(file))).map(rel)).toEqual([]);
  });
});

describe('components/core is DOM-free', () => {
  const files = filesUnder(CORE);

  it('imports neither lit nor wxt (nor browser-extension modules)', () => {
    const forbidden = /^(lit|lit-html|lit-element|@lit\/.*|@lit-labs\/.*|lit\/.*|wxt|wxt\/.*|@wxt-dev\/.*|#imports|webextension-polyfill)$/;
    const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
    const offending = files.flatMap((file) => [...read(file).matchAll(specifier)].map((m) => m[1]!).filter((name) => forbidden.test(name)).map((name) => `${rel(file)} imports ${name}`));
    expect(offending).toEqual([]);
  });

  it('never refers to the DOM globals document or window', () => {
    expect(domGlobalUses(files.filter((file) => file.endsWith('.ts')))).toEqual([]);
  }, 60_000);

  it('the DOM check itself finds a use of document and window, and ignores a local named document', () => {
    const directory = mkdtempSync(join(tmpdir(), 'mc-verify-conventions-'));
    const file = join(directory, 'sample.ts');
    writeFileSync(file, 'export const title = () => document.title;\nexport const width = () => window.innerWidth;\nexport const id = (document: { id: string }) => document.id;\n');
    try {
      expect(domGlobalUses([file]).map((use) => use.replace(/^.*sample\.ts/, 'sample.ts'))).toEqual(['sample.ts:1 uses the global document', 'sample.ts:2 uses the global window']);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('problem codes', () => {
  const sources = filesUnder(CORE).filter((file) => rel(file) !== 'components/core/problems.ts').map(read).join('\n');
  const used = (code: ProblemCode) => sources.includes(`'${code}'`) || sources.includes(`"${code}"`);

  it('every problem code in problems.ts is used somewhere in components/core, or reserved with a reason', () => {
    expect(PROBLEM_CODES.filter((code) => !used(code) && !RESERVED_CODES.has(code))).toEqual([]);
  });

  it('every reserved code is still in the catalogue and still unused', () => {
    const stale = [...RESERVED_CODES.keys()].filter((code) => !PROBLEM_CODES.includes(code) || used(code));
    expect(stale, 'reserved codes that are now used (or gone): remove them from RESERVED_CODES').toEqual([]);
  });
});

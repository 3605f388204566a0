/**
 * A very small test runner for the end-to-end suites: tests run one after another, each prints a
 * line, and the counts go to test-results/<name>.json as `{ passed, failed }`, which
 * test/support/run-all.mjs sums. Nothing is skipped: a test either passes or fails.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Test {
  title: string;
  run: () => Promise<void>;
}

export interface Suite {
  test(title: string, run: () => Promise<void>): void;
  /** Runs every test and writes the counts; resolves with them. */
  run(): Promise<{ passed: number; failed: number }>;
}

export function createSuite(name: string, resultsFile: string): Suite {
  const tests: Test[] = [];
  return {
    test(title, run) {
      tests.push({ title, run });
    },
    async run() {
      let passed = 0;
      let failed = 0;
      console.log(`\n${name}`);
      for (const { title, run } of tests) {
        const started = Date.now();
        try {
          await run();
          passed++;
          console.log(`  ✓ ${title} (${Date.now() - started} ms)`);
        } catch (error) {
          failed++;
          console.log(`  ✗ ${title}\n    ${(error instanceof Error ? error.stack ?? error.message : String(error)).split('\n').join('\n    ')}`);
        }
      }
      console.log(`\n${passed} passed, ${failed} failed`);
      mkdirSync('test-results', { recursive: true });
      writeFileSync(resultsFile, `${JSON.stringify({ passed, failed })}\n`);
      if (failed > 0) process.exitCode = 1;
      return { passed, failed };
    },
  };
}

/** Waits until `read` returns a value `done` accepts, checking every 100 ms; fails with the last value after `timeoutMs`. */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${what}; last seen: ${JSON.stringify(last ?? String(lastError))}`);
}

/** Where the README's pictures live; they are written when missing, or all again with UPDATE_SCREENSHOTS=1. */
export const README_SCREENSHOTS = 'demo/screenshots';

/** Whether the README picture `file` should be (re)written in this run. */
export function readmeScreenshotWanted(file: string): boolean {
  return process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(join(README_SCREENSHOTS, file));
}

/** Copies a screenshot this run took to the README's pictures, when wanted. */
export function keepForReadme(screenshot: string, file: string): void {
  if (!readmeScreenshotWanted(file)) return;
  mkdirSync(README_SCREENSHOTS, { recursive: true });
  copyFileSync(screenshot, join(README_SCREENSHOTS, file));
}

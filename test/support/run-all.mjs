// Runs every test suite in turn and prints one summary line, `N passed, N failed`, summing them.
// Each suite writes a machine-readable result; the summary is also kept in test-results/summary.txt.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const results = 'test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

/** Each suite: how to run it, and how to count its passed and failed tests afterwards. */
const suites = [
  {
    name: 'engine and CLI (vitest)',
    command: ['npx', 'vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest-core.json`],
    count: () => vitestCounts(`${results}/vitest-core.json`),
  },
  {
    name: 'the <mc-verify> and <mc-scan> elements in Chromium (web-test-runner)',
    command: ['npm', 'run', 'test:element'],
    count: () => countsFile(`${results}/wtr.json`),
  },
  {
    name: 'browser extension logic (vitest)',
    command: ['npx', 'vitest', 'run', '--config', 'test/extension/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${results}/vitest-extension.json`],
    count: () => vitestCounts(`${results}/vitest-extension.json`),
  },
  {
    name: 'browser extension end to end in Chromium (Playwright)',
    command: ['npm', 'run', 'test:e2e:extension'],
    count: () => countsFile(`${results}/e2e-extension.json`),
  },
  {
    // Reuses the TEST build the suite above made.
    name: 'browser extension against hostile pages, credentials and networks (Playwright)',
    command: ['npx', 'tsx', 'test/e2e/extension-adversarial.e2e.ts'],
    count: () => countsFile(`${results}/e2e-extension-adversarial.json`),
  },
  {
    name: 'the demo site in Chromium (Playwright)',
    command: ['npm', 'run', 'test:demo'],
    count: () => countsFile(`${results}/e2e-demo.json`),
  },
];

let passed = 0;
let failed = 0;
for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const run = spawnSync(suite.command[0], suite.command.slice(1), { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const counts = suite.count();
  // A suite that crashed before reporting counts as one failure, so it can never pass silently.
  if (counts === null) failed += 1;
  else {
    passed += counts.passed;
    failed += counts.failed + (run.status !== 0 && counts.failed === 0 ? 1 : 0);
  }
  console.log(`=== ${suite.name}: ${counts ? `${counts.passed} passed, ${counts.failed} failed` : 'did not report'} (exit ${run.status}) ===`);
}

const summary = `${passed} passed, ${failed} failed`;
writeFileSync(`${results}/summary.txt`, `${summary}\n`);
console.log(`\n${summary}`);
process.exitCode = failed === 0 ? 0 : 1;

/** Suites that write `{ passed, failed, skipped }` themselves (web-test-runner, Playwright). */
function countsFile(file) {
  try {
    const { passed, failed, skipped = 0 } = JSON.parse(readFileSync(file, 'utf8'));
    return { passed, failed: failed + skipped };
  } catch {
    return null;
  }
}

function vitestCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    // Skipped and todo tests count as failures: nothing is skipped to get green.
    return { passed: report.numPassedTests, failed: report.numFailedTests + report.numPendingTests + report.numTodoTests };
  } catch {
    return null;
  }
}

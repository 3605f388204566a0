// A web-test-runner reporter that writes passed/failed counts to a JSON file, because wtr's own
// summary line is not alone on a line (test/support/run-all.mjs reads the file).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Counts the tests of one suite and its sub-suites. */
function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${test.name}: ${test.error?.message ?? 'failed'}`);
    }
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * Writes `{ passed, failed, skipped, files, failures }` to `file` when the run finishes. A test
 * file that failed to load or threw outside a test counts as one failure, so it cannot pass silently.
 */
export function jsonCountsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, files: sessions.length, failures: [] };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        if (session.errors.length > 0 || (session.passed === false && !session.testResults)) {
          counts.failed += 1;
          counts.failures.push(`${session.testFile}: ${session.errors.map((error) => error.message).join('; ') || 'did not run'}`);
        }
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts, null, 2)}\n`);
    },
  };
}

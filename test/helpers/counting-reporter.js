// Writes how many browser tests passed and failed, so scripts/test.mjs can print one closing line
// summing every suite (wtr's own summary is not a plain "N passed, N failed" line).
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0, files: sessions.length, erroredFiles: 0};
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that fails to load has no test results but errors: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.erroredFiles += 1;
          totals.failed += 1;
        }
      }
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

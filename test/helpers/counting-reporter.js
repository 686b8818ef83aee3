// Writes how many browser tests passed and failed, so scripts/test.mjs can print one closing line
// summing every suite (wtr's own summary is not a plain "N passed, N failed" line).
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname} from 'node:path';

function count(suite, totals, file) {
  for (const test of suite?.tests ?? []) {
    totals.seconds[file] = (totals.seconds[file] ?? 0) + (test.duration ?? 0) / 1000;
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) count(child, totals, file);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({sessions}) {
      // seconds: the tests' own time per file, to see where an engine's run goes (CONTRIBUTING.md).
      const totals = {passed: 0, failed: 0, skipped: 0, files: sessions.length, erroredFiles: 0, seconds: {}};
      for (const session of sessions) {
        count(session.testResults, totals, session.testFile.replace(process.cwd() + '/', ''));
        // A file that fails to load has no test results but errors: count it as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          totals.erroredFiles += 1;
          totals.failed += 1;
        }
      }
      for (const [name, seconds] of Object.entries(totals.seconds)) totals.seconds[name] = Math.round(seconds * 10) / 10;
      mkdirSync(dirname(file), {recursive: true});
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}

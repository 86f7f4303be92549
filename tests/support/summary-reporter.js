/**
 * Prints one plain closing line ("Tests: N passed, N failed") that CI tooling
 * reads regardless of the test runner, then the slowest test files with their
 * seconds, so every run (and CI) shows where the time goes.
 */
const path = require('path');

const SLOWEST_SHOWN = 15;

class SummaryReporter {
  constructor(globalConfig) {
    this.rootDir = (globalConfig && globalConfig.rootDir) || process.cwd();
  }

  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(
      `\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
    );
    const files = results.testResults
      .filter((file) => file.perfStats && file.perfStats.end > 0 && file.perfStats.start > 0)
      .map((file) => ({
        file: path.relative(this.rootDir, file.testFilePath),
        seconds: (file.perfStats.end - file.perfStats.start) / 1000,
      }))
      .sort((a, b) => b.seconds - a.seconds);
    if (files.length < 2) return;
    const total = files.reduce((sum, f) => sum + f.seconds, 0);
    const shown = files.slice(0, SLOWEST_SHOWN);
    const width = Math.max(...shown.map((f) => f.seconds.toFixed(1).length));
    process.stdout.write(
      `Slowest files (${shown.length} of ${files.length}; ${total.toFixed(0)} s in test files in all):\n` +
        shown.map((f) => `  ${f.seconds.toFixed(1).padStart(width)} s  ${f.file}\n`).join(''),
    );
  }
}
module.exports = SummaryReporter;

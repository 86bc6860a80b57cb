// Prints one closing line over both runners: "N passed, N failed, N skipped".
import fs from "node:fs";

const read = (file) => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null);
const unit = read(".test-results/vitest.json");
const e2e = read(".test-results/playwright.json");
if (!unit || !e2e) {
  console.error("Thiếu kết quả kiểm thử (.test-results/*.json).");
  process.exit(1);
}
// The first-run journey (playwright.first-run.config.ts) runs on its own server; add its counts.
const firstRun = read(".test-results/playwright-first-run.json");
if (firstRun) for (const k of ["expected", "unexpected", "flaky", "skipped"]) e2e.stats[k] += firstRun.stats[k];
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;
console.log(
  `Vitest: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; Playwright: ${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed, ${e2e.stats.flaky} flaky`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

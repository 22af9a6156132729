// `npm run soak [tasks]`: the createTasks soak of test/integration/soak.ts with 100,000 tasks (or
// the count given), printing what was submitted, created, listed and injected. Exits non-zero
// when the emulator's task IDs and the SDK's result do not both match the submitted IDs exactly.

import { runSoak } from "../test/integration/soak.js";

const count = Number(process.argv[2] ?? 100_000);
if (!Number.isInteger(count) || count < 1) throw new Error(`Invalid task count '${process.argv[2]}'`);
const report = await runSoak(count);
const { result } = report;
const ok =
  report.missing.length === 0 &&
  report.extra.length === 0 &&
  report.listed === count &&
  result.created === count &&
  result.failed.length === 0 &&
  result.notSubmitted.length === 0;
console.log(
  [
    `submitted:      ${count} tasks in ${(report.createMs / 1000).toFixed(1)} s`,
    `SDK result:     created ${result.created}, failed ${result.failed.length}, not submitted ${result.notSubmitted.length}, retried ${result.retried}`,
    `emulator:       ${report.listed} distinct task IDs, missing ${report.missing.length}, extra ${report.extra.length}`,
    `faults:         ${report.faults.matched} addtaskcollection requests; injected ${JSON.stringify(report.faults.injected)}`,
    ok ? "OK: exactly the submitted task IDs, and the SDK agrees" : "FAILED",
  ].join("\n"),
);
if (!ok) {
  console.log({
    missing: report.missing.slice(0, 10),
    extra: report.extra.slice(0, 10),
    failed: result.failed.slice(0, 5).map((f) => [f.task.id, f.code, f.message]),
  });
  process.exit(1);
}

/// <reference types="mocha" />
// The README's main command, `npm run quickstart`, on a small task count: it starts the emulator
// in-process, runs the tasks, prints the counts, one task's stdout and the wall time, and exits 0.

import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { assert } from "chai";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs `npm run quickstart` with the given extra environment; resolves with its exit code and output. */
function runQuickstart(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // Never let a developer's real account leak into the test.
  delete childEnv.BATCH_ENDPOINT;
  delete childEnv.BATCH_ACCOUNT_NAME;
  delete childEnv.BATCH_ACCOUNT_KEY;
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", "quickstart"], {
      cwd: ROOT,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("integration: npm run quickstart", function () {
  this.timeout(30_000);

  it("runs 20 tasks on the in-process emulator and reports them", async () => {
    const { code, stdout, stderr } = await runQuickstart({ QUICKSTART_TASKS: "20" });
    assert.equal(code, 0, `exit code; stdout:\n${stdout}\nstderr:\n${stderr}`);
    assert.include(stdout, "(local emulator)");
    assert.match(stdout, /Dashboard: http:\/\/127\.0\.0\.1:\d+\/ /);
    assert.match(stdout, /Created pool quickstart-pool-\d+ \(2 nodes\) and job quickstart-job-\d+/);
    assert.include(stdout, "Tasks: 20 succeeded, 0 failed");
    assert.match(stdout, /stdout\.txt of task-00: Task task-00 on tvm-\S+/);
    assert.match(stdout, /Wall time: \d+\.\d s for 20 tasks/);
    assert.include(stdout, "Deleting the job and the pool");
    // Without a terminal the progress bar degrades to plain lines on stderr, ending complete.
    assert.match(stderr, /Running\s+\|.*\| 20\/20 completed, 0 running, 0 failed/);
    assert.notInclude(stderr, "\x1b[");
  });

  it("exits non-zero on a failure", async () => {
    const { code, stderr } = await runQuickstart({ QUICKSTART_TASKS: "many" });
    assert.equal(code, 1);
    assert.include(stderr, "Quickstart failed: QUICKSTART_TASKS must be a positive integer.");
  });
});

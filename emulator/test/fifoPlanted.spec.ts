import { expect } from "chai";
import type { RunningEmulator } from "../src/index.js";
import { start, type TestClient } from "./helpers.js";

// The emulator opens task directories, working directories and stdout/stderr synchronously on its
// event loop (emulator/src/fs/safeFs.ts, emulator/src/process.ts): a FIFO a task leaves where one of
// them goes must be replaced, never opened in a way that blocks (which would stop the whole emulator).
describe("emulator: FIFOs a task leaves where the emulator makes its directories and files", function () {
  if (process.platform !== "linux") return;
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
    await client.createPool("fp", 1, { taskSlotsPerNode: 2 });
    await client.createJob("fj", "fp");
  });
  after(() => emu.close());

  it("a retry after the first run left FIFOs as its wd, stdout.txt and stderr.txt, and a sibling task's directory, runs", async () => {
    // First run (no marker yet): replaces the names with FIFOs and fails; the retry runs normally.
    const plant =
      "cd .. && if [ -e ../marker ]; then echo second; exit 0; fi; : > ../marker; " +
      "rm -rf wd stdout.txt stderr.txt && mkfifo wd stdout.txt stderr.txt ../sibling; exit 1";
    await client.post("/jobs/fj/tasks", {
      id: "planter",
      commandLine: `/bin/sh -c '${plant}'`,
      constraints: { maxTaskRetryCount: 1 },
    });
    const task = await client.waitTask("fj", "planter");
    expect(task.executionInfo).to.include({ exitCode: 0, retryCount: 1, result: "success" });
    expect((await client.get("/jobs/fj/tasks/planter/files/stdout.txt")).text).to.equal("second\n");
    await client.post("/jobs/fj/tasks", { id: "sibling", commandLine: "/bin/sh -c 'echo ok'" });
    const sibling = await client.waitTask("fj", "sibling");
    expect(sibling.executionInfo.result).to.equal("success");
    expect((await client.get("/jobs/fj/tasks/sibling/files/stdout.txt")).text).to.equal("ok\n");
  });
});

import { expect } from "chai";
import type { RunningEmulator } from "../src/index.js";
import { start, TestClient, waitFor } from "./helpers.js";

describe("emulator: throughput", function () {
  this.timeout(180_000);
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
  });
  after(() => emu.close());

  it("runs 1,000 trivial tasks on 2 nodes x 4 slots, each exactly once", async () => {
    await client.createPool("bp", 2, { taskSlotsPerNode: 4 });
    await client.createJob("bj", "bp");
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: 10 }, (_, b) =>
        client.post("/jobs/bj/addtaskcollection", {
          value: Array.from({ length: 100 }, (_, i) => ({
            id: `t${b * 100 + i}`,
            commandLine: '/bin/sh -c "echo $AZ_BATCH_TASK_ID"',
          })),
        }),
      ),
    );
    let counts = { completed: 0, succeeded: 0 };
    await waitFor(
      async () => {
        counts = (await client.get("/jobs/bj/taskcounts")).json.taskCounts;
        return counts.completed === 1000;
      },
      120_000,
      100,
    );
    // The rate depends on the machine (emulator/bench/ measures it); correctness does not.
    const secs = (Date.now() - t0) / 1000;
    console.log(`      (1,000 tasks in ${secs.toFixed(1)} s)`);
    expect(counts.succeeded).to.equal(1000);
    const sample = await client.get("/jobs/bj/tasks/t999/files/stdout.txt");
    expect(sample.text).to.equal("t999\n");
    const nodes = (await client.get("/pools/bp/nodes")).json.value;
    expect(nodes.reduce((s: number, n: { totalTasksRun: number }) => s + n.totalTasksRun, 0)).to.equal(1000);
  });
});

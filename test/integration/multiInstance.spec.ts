/// <reference types="mocha" />
// The SDK against the emulator's multi-instance tasks (emulator/src/engine/multiInstance.ts):
// a task with multiInstanceSettings runs on numberOfInstances nodes, and listSubTasks pages
// its subtasks in the spec's BatchSubtask shape.

import { assert } from "chai";
import type { BatchClient } from "../../src/index.js";
import type { RunningEmulator } from "../../emulator/src/index.js";
import { createReadyPool, startIntegration, type IntegrationContext, until } from "./helpers.js";

describe("integration: multi-instance tasks and listSubTasks", function () {
  this.timeout(30_000);
  let emulator: RunningEmulator;
  let client: BatchClient;
  let ctx: IntegrationContext;

  before(async () => {
    ctx = await startIntegration();
    ({ emulator, client } = ctx);
    await createReadyPool(ctx, "mi-pool", 3, 1, { enableInterNodeCommunication: true });
    await client.createJob({ id: "mi-job", poolInfo: { poolId: "mi-pool" } });
  });
  after(() => emulator?.close());

  it("lists the subtasks 1..n-1 of a three-instance task, each on its own node, the primary being the task", async () => {
    await client.createTask("mi-job", {
      id: "mi",
      commandLine: "/bin/true",
      multiInstanceSettings: { numberOfInstances: 3, coordinationCommandLine: "/bin/true" },
    });
    await until(ctx, async () => (await client.getTask("mi-job", "mi")).state === "completed", "task mi completed");
    const task = await client.getTask("mi-job", "mi");
    assert.equal(task.executionInfo?.result, "success");
    const listed = [];
    for await (const s of client.listSubTasks("mi-job", "mi")) listed.push(s);
    assert.deepEqual(
      listed.map((s) => [s.id, s.state, s.previousState, s.exitCode, s.result]),
      [
        [1, "completed", "running", 0, "success"],
        [2, "completed", "running", 0, "success"],
      ],
    );
    for (const s of listed) {
      assert.instanceOf(s.startTime, Date);
      assert.instanceOf(s.endTime, Date);
      assert.equal(s.nodeInfo?.poolId, "mi-pool");
      assert.equal(s.nodeInfo?.taskRootDirectory, `workitems/mi-job/job-1/mi/${s.id}`);
    }
    const nodes = new Set([task.nodeInfo?.nodeId, ...listed.map((s) => s.nodeInfo?.nodeId)]);
    assert.equal(nodes.size, 3);
    const plain = [];
    await client.createTask("mi-job", { id: "plain", commandLine: "/bin/true" });
    for await (const s of client.listSubTasks("mi-job", "plain")) plain.push(s);
    assert.deepEqual(plain, []);
  });
});

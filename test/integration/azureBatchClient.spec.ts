// Another generation's client, unmodified, against the emulator: `@azure/batch` 10.2.0 speaks
// api-version 2022-10-01.16.0, which the emulator accepts (emulator/README.md, "api-versions").

import { BatchServiceClient, BatchSharedKeyCredentials } from "@azure/batch";
import { assert } from "chai";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/src/index.js";
import { readText, until, type ClockContext } from "./helpers.js";

describe("integration: @azure/batch 10.2.0 (api-version 2022-10-01.16.0) against the emulator", () => {
  let emulator: RunningEmulator;
  let client: BatchServiceClient;
  /** The emulator's clock: node transitions and deletions happen as `until` advances it. */
  const ctx: ClockContext = { clock: new ManualClock() };

  before(async () => {
    emulator = await startEmulator({ port: 0, clock: ctx.clock });
    client = new BatchServiceClient(
      new BatchSharedKeyCredentials(emulator.accountName, emulator.accountKey),
      emulator.endpoint,
    );
  });
  after(() => emulator.close());

  it("sends api-version 2022-10-01.16.0", () => {
    assert.equal(client.apiVersion, "2022-10-01.16.0");
  });

  it("runs pools, jobs, task.addCollection, task listing, file download and deletion", async () => {
    await client.pool.add({
      id: "legacy-pool",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: {
          publisher: "canonical",
          offer: "0001-com-ubuntu-server-jammy",
          sku: "22_04-lts",
          version: "latest",
        },
        nodeAgentSKUId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 1,
      // Removed in later api-versions: accepted and ignored, as the service does.
      certificateReferences: [],
      targetNodeCommunicationMode: "default",
    });
    const pool = await client.pool.get("legacy-pool");
    assert.equal(pool.id, "legacy-pool");
    assert.equal(pool.virtualMachineConfiguration?.nodeAgentSKUId, "batch.node.ubuntu 22.04");
    await until(
      ctx,
      async () => {
        const nodes = await client.computeNode.list("legacy-pool");
        return nodes.length === 1 && nodes[0]!.state === "idle";
      },
      "the legacy pool's node to be idle",
    );

    await client.job.add({ id: "legacy-job", poolInfo: { poolId: "legacy-pool" } });
    const job = await client.job.get("legacy-job");
    assert.equal(job.state, "active");
    assert.instanceOf(job.creationTime, Date);

    const added = await client.task.addCollection("legacy-job", [
      { id: "t1", commandLine: `/bin/sh -c "echo hello from $AZ_BATCH_TASK_ID"` },
      { id: "t2", commandLine: "/bin/sh -c 'exit 3'" },
      { id: "bad id!", commandLine: "true" },
    ]);
    const byId = new Map(added.value!.map((r) => [r.taskId, r]));
    assert.equal(byId.get("t1")!.status, "success");
    assert.equal(byId.get("t2")!.status, "success");
    assert.equal(byId.get("bad id!")!.status, "clienterror");
    assert.equal(byId.get("bad id!")!.error?.code, "InvalidPropertyValue");

    await until(
      ctx,
      async () => {
        const tasks = await client.task.list("legacy-job");
        return tasks.length === 2 && tasks.every((t) => t.state === "completed");
      },
      "both tasks to complete",
    );
    const tasks = await client.task.list("legacy-job", { taskListOptions: { filter: "executionInfo/exitCode eq 3" } });
    assert.deepEqual(
      tasks.map((t) => t.id),
      ["t2"],
    );
    assert.equal(tasks[0]!.executionInfo?.result, "failure");
    const t1 = await client.task.get("legacy-job", "t1");
    assert.equal(t1.executionInfo?.exitCode, 0);
    assert.instanceOf(t1.executionInfo?.endTime, Date);

    const files = await client.file.listFromTask("legacy-job", "t1", { recursive: true });
    assert.includeMembers(
      files.map((f) => f.name),
      ["stdout.txt", "stderr.txt"],
    );
    const download = await client.file.getFromTask("legacy-job", "t1", "stdout.txt");
    assert.equal(await readText(download.readableStreamBody!), "hello from t1\n");
    const props = await client.file.getPropertiesFromTask("legacy-job", "t1", "stdout.txt");
    assert.equal(props.contentLength, "hello from t1\n".length);

    await client.file.deleteFromTask("legacy-job", "t1", "stdout.txt");
    let notFound: unknown;
    try {
      await client.file.getPropertiesFromTask("legacy-job", "t1", "stdout.txt");
    } catch (e) {
      notFound = e;
    }
    assert.equal((notFound as { statusCode?: number } | undefined)?.statusCode, 404);

    await client.task.deleteMethod("legacy-job", "t2");
    assert.deepEqual(
      (await client.task.list("legacy-job")).map((t) => t.id),
      ["t1"],
    );
    await client.job.deleteMethod("legacy-job");
    await client.pool.deleteMethod("legacy-pool");
    await until(ctx, async () => !(await client.pool.exists("legacy-pool")).body, "the legacy pool to be gone");
  });

  it("gets the service's error for a Cloud Services pool, which the service retired", async () => {
    let caught: unknown;
    try {
      await client.pool.add({ id: "csc", vmSize: "small", cloudServiceConfiguration: { osFamily: "6" } });
    } catch (e) {
      caught = e;
    }
    const error = caught as {
      statusCode?: number;
      code?: string;
      body?: { values?: { key: string; value: string }[] };
    };
    assert.equal(error.statusCode, 400);
    assert.equal(error.code, "InvalidPropertyValue");
  });
});

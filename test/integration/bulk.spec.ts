/// <reference types="mocha" />
// The SDK's bulk and long-running helpers against the emulator: createTasks over several
// addtaskcollection chunks (with a per-task client error), waitForTasks, followTaskFile on a
// running task, and the resize / delete pollers.

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assert } from "chai";
import type { BatchClient, BatchTaskCreateOptions } from "../../src/index.js";
import type { RunningEmulator } from "../../emulator/src/index.js";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { createBatchContext, createJob, createTasks, CreateTasksError, waitForTasks } from "../../src/api.js";
import {
  createReadyPool,
  expectBatchError,
  startIntegration,
  whileClockRuns,
  type IntegrationContext,
} from "./helpers.js";

describe("integration: createTasks, waitForTasks, followTaskFile and pollers", function () {
  this.timeout(20_000);
  let emulator: RunningEmulator;
  let client: BatchClient;
  let ctx: IntegrationContext;

  before(async () => {
    ctx = await startIntegration();
    ({ emulator, client } = ctx);
    await createReadyPool(ctx, "bulk-pool", 2, 4);
    await client.createJob({ id: "bulk-job", poolInfo: { poolId: "bulk-pool" } });
  });
  after(() => emulator?.close());

  it("submits 250 streamed tasks in chunks, reports a rejected one, and waits for the rest", async function () {
    // 250 real processes: a bound for a loaded machine, not a pace (it ends when they do).
    this.timeout(90_000);
    function* tasks(): Iterable<BatchTaskCreateOptions> {
      for (let i = 0; i < 250; i++) {
        yield {
          id: `bulk-${i}`,
          commandLine: i % 50 === 49 ? "/bin/sh -c 'exit 4'" : '/bin/sh -c "echo $AZ_BATCH_TASK_ID"',
        };
      }
      yield { id: "bad id with spaces", commandLine: "/bin/true" };
    }
    const progress: number[] = [];
    const result = await client.createTasks("bulk-job", tasks(), {
      throwOnFailure: false,
      onProgress: (p) => progress.push(p.submitted),
    });
    assert.equal(result.created, 250);
    assert.equal(result.consumed, 251);
    assert.lengthOf(result.failed, 1);
    assert.equal(result.failed[0].task.id, "bad id with spaces");
    assert.equal(result.failed[0].code, "InvalidPropertyValue");
    assert.isAtLeast(progress.length, 3, "one progress report per chunk of at most 100 tasks");
    assert.equal(Math.max(...progress), 251);

    const seen: number[] = [];
    const done = await client.waitForTasks("bulk-job", {
      pollIntervalInMs: 50,
      onProgress: (p) => seen.push(p.completed),
    });
    assert.equal(done.total, 250);
    assert.equal(done.succeeded, 245);
    assert.equal(done.failed, 5);
    assert.sameMembers(done.failedTaskIds, ["bulk-49", "bulk-99", "bulk-149", "bulk-199", "bulk-249"]);
    assert.equal(seen[seen.length - 1], 250);
  });

  it("does the same through azbatch/api's functions on a context", async () => {
    const context = createBatchContext(
      emulator.endpoint,
      new AzureNamedKeyCredential(emulator.accountName, emulator.accountKey),
    );
    await createJob(context, { id: "api-job", poolInfo: { poolId: "bulk-pool" } });
    const tasks = Array.from({ length: 120 }, (_, i) => ({
      id: `api-${i}`,
      commandLine: i === 7 ? "/bin/sh -c 'exit 3'" : "/bin/true",
    }));
    const result = await createTasks(context, "api-job", tasks);
    assert.equal(result.created, 120);
    const done = await waitForTasks(context, "api-job", { pollIntervalInMs: 50 });
    assert.deepEqual([done.total, done.succeeded, done.failed, done.failedTaskIds], [120, 119, 1, ["api-7"]]);
    const duplicate = await createTasks(context, "api-job", [{ id: "api-0", commandLine: "/bin/true" }]).catch(
      (e: unknown) => e,
    );
    assert.instanceOf(duplicate, CreateTasksError);
    assert.equal((duplicate as CreateTasksError).failed[0]?.code, "TaskExists");
  });

  it("follows a running task's stdout until the task completes", async () => {
    // The task writes two lines, then waits until the first chunk has arrived before it writes the
    // rest: the file is read while it grows, however the processes and requests are paced.
    const go = join(emulator.dataDir, "go-chatty");
    await client.createTask("bulk-job", {
      id: "chatty",
      commandLine:
        "/bin/sh -c 'echo line 1; echo line 2; i=0; while [ ! -f \"$GO\" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; for i in 3 4 5; do echo line $i; done'",
      environmentSettings: [{ name: "GO", value: go }],
    });
    let text = "";
    let chunks = 0;
    for await (const chunk of client.followTaskFile("bulk-job", "chatty", "stdout.txt", {
      pollIntervalInMs: 40,
      maxPollIntervalInMs: 100,
    })) {
      text += Buffer.from(chunk).toString("utf8");
      if (chunks++ === 0) await writeFile(go, "");
    }
    assert.equal(text, "line 1\nline 2\nline 3\nline 4\nline 5\n");
    assert.isAtLeast(chunks, 2, "read while the file was growing");
    assert.equal((await client.getTask("bulk-job", "chatty")).state, "completed");
  });

  it("resizes and deletes a pool with pollers that end when the service is done", async () => {
    const resized = await whileClockRuns(
      ctx,
      client.beginResizePool("bulk-pool", { targetDedicatedNodes: 1 }, { updateIntervalInMs: 25 }).pollUntilDone(),
    );
    assert.equal(resized.allocationState, "steady");
    assert.equal(resized.currentDedicatedNodes, 1);

    await client.deleteJob("bulk-job");
    await whileClockRuns(ctx, client.beginDeletePool("bulk-pool", { updateIntervalInMs: 25 }).pollUntilDone());
    assert.isFalse(await client.poolExists("bulk-pool"));
    await expectBatchError(() => client.getPool("bulk-pool"), 404, "PoolNotFound");
  });
});

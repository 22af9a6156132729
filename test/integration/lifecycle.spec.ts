/// <reference types="mocha" />
// The SDK against the emulator, end to end: pool → job → tasks (exit 0, non-zero exit, retries,
// wall-clock timeout) → task files (list, properties, ranged downloads) → delete job and pool.

import { join } from "node:path";
import { assert } from "chai";
import type { BatchClient } from "../../src/index.js";
import type { RunningEmulator } from "../../emulator/src/index.js";
import {
  createReadyPool,
  expectBatchError,
  readText,
  startIntegration,
  type IntegrationContext,
  until,
  untilTasksComplete,
} from "./helpers.js";

describe("integration: pool → job → tasks → files → delete", function () {
  this.timeout(20_000);
  let emulator: RunningEmulator;
  let client: BatchClient;
  let ctx: IntegrationContext;

  before(async () => {
    ctx = await startIntegration();
    ({ emulator, client } = ctx);
  });
  after(() => emulator?.close());

  it("creates a pool whose 2 nodes become idle", async () => {
    await createReadyPool(ctx, "life-pool", 2, 2);
    const pool = await client.getPool("life-pool");
    assert.equal(pool.id, "life-pool");
    assert.equal(pool.vmSize, "standard_d2s_v3");
    assert.equal(pool.currentDedicatedNodes, 2);
    assert.equal(pool.virtualMachineConfiguration?.nodeAgentSkuId, "batch.node.ubuntu 22.04");
    assert.isTrue(await client.poolExists("life-pool"));
  });

  it("runs tasks: exit 0, a non-zero exit, retries and a wall-clock timeout", async () => {
    await client.createJob({ id: "life-job", poolInfo: { poolId: "life-pool" } });
    const marker = join(emulator.dataDir, "flaky-ran-once");
    const result = await client.createTaskCollection("life-job", {
      values: [
        { id: "ok", commandLine: '/bin/sh -c "echo hello from $AZ_BATCH_TASK_ID on $AZ_BATCH_NODE_ID"' },
        { id: "exit3", commandLine: '/bin/sh -c "echo failing >&2; exit 3"' },
        {
          id: "flaky",
          commandLine:
            '/bin/sh -c "if [ -f \\"$MARKER\\" ]; then echo second try; else touch \\"$MARKER\\"; exit 1; fi"',
          environmentSettings: [{ name: "MARKER", value: marker }],
          constraints: { maxTaskRetryCount: 2 },
        },
        { id: "always-fails", commandLine: "/bin/sh -c 'exit 7'", constraints: { maxTaskRetryCount: 2 } },
        { id: "sleeper", commandLine: "/bin/sleep 30", constraints: { maxWallClockTime: "PT1S" } },
      ],
    });
    assert.sameDeepMembers(
      result.values!.map((r) => [r.taskId, r.status]),
      [
        ["ok", "success"],
        ["exit3", "success"],
        ["flaky", "success"],
        ["always-fails", "success"],
        ["sleeper", "success"],
      ],
    );
    await untilTasksComplete(ctx, "life-job", 5);

    const ok = await client.getTask("life-job", "ok");
    assert.equal(ok.state, "completed");
    assert.equal(ok.executionInfo?.exitCode, 0);
    assert.equal(ok.executionInfo?.result, "success");
    assert.equal(ok.nodeInfo?.poolId, "life-pool");

    const exit3 = await client.getTask("life-job", "exit3");
    assert.equal(exit3.executionInfo?.exitCode, 3);
    assert.equal(exit3.executionInfo?.result, "failure");
    assert.equal(exit3.executionInfo?.failureInfo?.code, "FailureExitCode");
    assert.equal(exit3.executionInfo?.retryCount, 0);

    const flaky = await client.getTask("life-job", "flaky");
    assert.equal(flaky.executionInfo?.result, "success");
    assert.equal(flaky.executionInfo?.retryCount, 1);

    const alwaysFails = await client.getTask("life-job", "always-fails");
    assert.equal(alwaysFails.executionInfo?.exitCode, 7);
    assert.equal(alwaysFails.executionInfo?.retryCount, 2);
    assert.equal(alwaysFails.executionInfo?.result, "failure");

    const sleeper = await client.getTask("life-job", "sleeper");
    assert.equal(sleeper.executionInfo?.result, "failure");
    assert.equal(sleeper.executionInfo?.failureInfo?.code, "MaxWallClockTimeExpiry");
    const ran = sleeper.executionInfo!.endTime!.getTime() - sleeper.executionInfo!.startTime!.getTime();
    assert.isBelow(ran, 10_000);

    const counts = await client.getJobTaskCounts("life-job");
    assert.deepInclude(counts.taskCounts, { completed: 5, succeeded: 2, failed: 3, active: 0, running: 0 });
  });

  it("lists, inspects and downloads task files, whole and by ocp-range", async () => {
    const names: string[] = [];
    for await (const file of client.listTaskFiles("life-job", "ok", { recursive: true })) names.push(file.name!);
    assert.includeMembers(names, ["stdout.txt", "stderr.txt", "wd"]);

    const ok = await client.getTask("life-job", "ok");
    const expected = `hello from ok on ${ok.nodeInfo?.nodeId}\n`;
    assert.equal(await readText(await client.downloadTaskFile("life-job", "ok", "stdout.txt")), expected);
    assert.equal(
      await readText(await client.downloadTaskFile("life-job", "ok", "stdout.txt", { ocpRange: "bytes=0-4" })),
      "hello",
    );
    assert.equal(
      await readText(await client.downloadTaskFile("life-job", "ok", "stdout.txt", { ocpRange: "bytes=6-" })),
      expected.slice(6),
    );
    assert.equal(
      await readText(await client.downloadTaskFile("life-job", "ok", "stdout.txt", { ocpRange: "bytes=-3" })),
      expected.slice(-3),
    );
    assert.equal(await readText(await client.downloadTaskFile("life-job", "exit3", "stderr.txt")), "failing\n");

    const props = await client.getTaskFileProperties("life-job", "ok", "stdout.txt");
    assert.equal(props.contentLength, Buffer.byteLength(expected));
    assert.isFalse(props.isDirectory);
    assert.instanceOf(props.lastModified, Date);
    assert.instanceOf(props.creationTime, Date);

    await expectBatchError(() => client.downloadTaskFile("life-job", "ok", "missing.txt"), 404, "FileNotFound");
    await expectBatchError(
      () => client.downloadTaskFile("life-job", "ok", "stdout.txt", { ocpRange: "bytes=5000-6000" }),
      416,
      "InvalidRange",
    );
    await client.deleteTaskFile("life-job", "ok", "stderr.txt");
    // HEAD responses carry no body, so the 404 has no Batch error code.
    await expectBatchError(() => client.getTaskFileProperties("life-job", "ok", "stderr.txt"), 404, undefined);
  });

  it("deletes the job and the pool", async () => {
    await client.deleteJob("life-job");
    await until(
      ctx,
      async () => {
        try {
          await client.getJob("life-job");
          return false;
        } catch (e) {
          return (e as { code?: string }).code === "JobNotFound";
        }
      },
      "the job to be gone",
    );
    await client.deletePool("life-pool");
    const deleting = await client.getPool("life-pool").catch(() => undefined);
    if (deleting) assert.equal(deleting.state, "deleting");
    await until(ctx, async () => !(await client.poolExists("life-pool")), "the pool to be gone");
    await expectBatchError(() => client.getPool("life-pool"), 404, "PoolNotFound");
  });
});

/// <reference types="mocha" />
// The SDK against the emulator: a job with preparation and release tasks, listed with
// listJobPreparationAndReleaseTaskStatus (paged) before and after the job ends.

import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { assert } from "chai";
import type { BatchClient } from "../../src/index.js";
import type { RunningEmulator } from "../../emulator/src/index.js";
import { createReadyPool, startIntegration, type IntegrationContext, until, untilTasksComplete } from "./helpers.js";

describe("integration: job preparation and release status through the SDK", function () {
  this.timeout(30_000);
  let emulator: RunningEmulator;
  let client: BatchClient;
  let ctx: IntegrationContext;

  before(async () => {
    ctx = await startIntegration();
    ({ emulator, client } = ctx);
  });
  after(() => emulator?.close());

  it("listJobPreparationAndReleaseTaskStatus returns one entry per node, with the release once the job ended", async () => {
    await createReadyPool(ctx, "prep-pool", 2, 1);
    await client.createJob({
      id: "prep-job",
      poolInfo: { poolId: "prep-pool" },
      jobPreparationTask: { commandLine: "/bin/true" },
      jobReleaseTask: { commandLine: "/bin/sh -c 'exit 3'" },
    });
    // Both tasks run until the test lets them end: "b" starts while "a" holds its node's only slot, so
    // preparation runs on both nodes however long the second request takes.
    const go = join(emulator.dataDir, "go-prep");
    const wait = `i=0; while [ ! -f "$GO" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; [ -f "$GO" ]`;
    for (const id of ["a", "b"])
      await client.createTask("prep-job", {
        id,
        commandLine: `/bin/sh -c '${wait}'`,
        environmentSettings: [{ name: "GO", value: go }],
      });
    const running = async (id: string): Promise<boolean> => (await client.getTask("prep-job", id)).state === "running";
    await until(ctx, async () => (await running("a")) && (await running("b")), "tasks a and b running");
    await writeFile(go, "");
    await untilTasksComplete(ctx, "prep-job", 2);
    const pages: number[] = [];
    const entries = [];
    for await (const page of client.listJobPreparationAndReleaseTaskStatus("prep-job", { maxresults: 1 }).byPage()) {
      pages.push(page.length);
      entries.push(...page);
    }
    assert.deepEqual(pages, [1, 1]);
    const nodes = [];
    for await (const n of client.listNodes("prep-pool")) nodes.push(n.id);
    assert.sameMembers(
      entries.map((e) => e.nodeId),
      nodes,
    );
    for (const e of entries) {
      assert.equal(e.poolId, "prep-pool");
      assert.equal(e.jobPreparationTaskExecutionInfo?.state, "completed");
      assert.equal(e.jobPreparationTaskExecutionInfo?.result, "success");
      assert.instanceOf(e.jobPreparationTaskExecutionInfo?.startTime, Date);
      assert.equal(e.jobPreparationTaskExecutionInfo?.taskRootDirectory, "workitems/prep-job/job-1/jobpreparation");
      assert.isUndefined(e.jobReleaseTaskExecutionInfo);
    }
    await client.terminateJob("prep-job");
    await until(ctx, async () => (await client.getJob("prep-job")).state === "completed", "job completed");
    for await (const e of client.listJobPreparationAndReleaseTaskStatus("prep-job")) {
      assert.equal(e.jobReleaseTaskExecutionInfo?.state, "completed");
      assert.equal(e.jobReleaseTaskExecutionInfo?.exitCode, 3);
      assert.equal(e.jobReleaseTaskExecutionInfo?.result, "failure");
      assert.equal(e.jobReleaseTaskExecutionInfo?.failureInfo?.code, "FailureExitCode");
    }
  });
});

/// <reference types="mocha" />
// The SDK against the emulator: paging across pages (maxresults, odata.nextLink), $filter,
// conditional requests (If-Match / If-Unmodified-Since → 412 ConditionNotMet) and a wrong
// account key (403 AuthenticationFailed).

import { AzureNamedKeyCredential } from "@azure/core-auth";
import { assert } from "chai";
import { BatchClient } from "../../src/index.js";
import type { RunningEmulator } from "../../emulator/src/index.js";
import {
  createReadyPool,
  expectBatchError,
  startIntegration,
  type IntegrationContext,
  untilTasksComplete,
  UBUNTU,
} from "./helpers.js";

describe("integration: paging, filters, conditional requests and auth", function () {
  this.timeout(20_000);
  let emulator: RunningEmulator;
  let client: BatchClient;
  let ctx: IntegrationContext;

  before(async () => {
    ctx = await startIntegration();
    ({ emulator, client } = ctx);
    // A pool without nodes: tasks added to its job stay active, so listings are stable.
    await client.createPool({
      id: "empty-pool",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: UBUNTU,
      targetDedicatedNodes: 0,
    });
    await client.createJob({ id: "paged-job", poolInfo: { poolId: "empty-pool" } });
    const values = Array.from({ length: 25 }, (_, i) => ({
      id: `task-${String(i).padStart(2, "0")}`,
      commandLine: "/bin/true",
    }));
    await client.createTaskCollection("paged-job", { values });
  });
  after(() => emulator?.close());

  describe("paging", () => {
    it("follows odata.nextLink across pages of maxresults items", async () => {
      const pages: string[][] = [];
      for await (const page of client.listTasks("paged-job", { maxresults: 10 }).byPage())
        pages.push(page.map((t) => t.id!));
      assert.deepEqual(
        pages.map((p) => p.length),
        [10, 10, 5],
      );
      const ids = pages.flat();
      assert.equal(new Set(ids).size, 25);
      assert.deepEqual(ids, [...ids].sort());
    });

    it("iterates every item across pages, and byPage({ maxPageSize }) sets the page size", async () => {
      let count = 0;
      for await (const task of client.listTasks("paged-job", { maxresults: 7, select: ["id", "state"] })) {
        assert.equal(task.state, "active");
        count++;
      }
      assert.equal(count, 25);
      const sizes: number[] = [];
      for await (const page of client.listTasks("paged-job").byPage({ maxPageSize: 20 })) sizes.push(page.length);
      assert.deepEqual(sizes, [20, 5]);
    });

    it("pages a filtered job list", async () => {
      for (let i = 0; i < 5; i++) await client.createJob({ id: `extra-job-${i}`, poolInfo: { poolId: "empty-pool" } });
      const pages: string[][] = [];
      for await (const page of client.listJobs({ maxresults: 2, filter: "startswith(id,'extra-job')" }).byPage()) {
        pages.push(page.map((j) => j.id!));
      }
      assert.deepEqual(pages, [["extra-job-0", "extra-job-1"], ["extra-job-2", "extra-job-3"], ["extra-job-4"]]);
      for (let i = 0; i < 5; i++) await client.deleteJob(`extra-job-${i}`);
    });

    it("rejects maxresults out of range with a BatchError", async () => {
      await expectBatchError(
        async () => {
          for await (const _ of client.listTasks("paged-job", { maxresults: 5000 })) void _;
        },
        400,
        "OutOfRangeQueryParameterValue",
      );
    });
  });

  describe("$filter", () => {
    before(async () => {
      await createReadyPool(ctx, "filter-pool", 1, 4);
      await client.createJob({ id: "filter-job", poolInfo: { poolId: "filter-pool" } });
      await client.createTaskCollection("filter-job", {
        values: [
          { id: "a-ok", commandLine: "/bin/true" },
          { id: "a-fail", commandLine: "/bin/sh -c 'exit 2'" },
          { id: "b-ok", commandLine: "/bin/true" },
        ],
      });
      await untilTasksComplete(ctx, "filter-job", 3);
    });

    async function ids(jobId: string, filter: string): Promise<string[]> {
      const out: string[] = [];
      for await (const task of client.listTasks(jobId, { filter })) out.push(task.id!);
      return out.sort();
    }

    it("filters tasks by state, result, exit code and id prefix", async () => {
      assert.deepEqual(await ids("filter-job", "state eq 'completed'"), ["a-fail", "a-ok", "b-ok"]);
      assert.deepEqual(await ids("paged-job", "state eq 'completed'"), []);
      assert.lengthOf(await ids("paged-job", "state eq 'active'"), 25);
      assert.deepEqual(await ids("filter-job", "executionInfo/result eq 'failure'"), ["a-fail"]);
      assert.deepEqual(await ids("filter-job", "executionInfo/exitCode eq 0 and startswith(id,'a')"), ["a-ok"]);
      assert.deepEqual(await ids("filter-job", "id eq 'b-ok' or executionInfo/exitCode ne 0"), ["a-fail", "b-ok"]);
    });

    it("filters pools and jobs", async () => {
      const pools: string[] = [];
      for await (const pool of client.listPools({ filter: "startswith(id,'filter')" })) pools.push(pool.id);
      assert.deepEqual(pools, ["filter-pool"]);
      const jobs: string[] = [];
      for await (const job of client.listJobs({ filter: "poolInfo/poolId eq 'empty-pool'" })) jobs.push(job.id!);
      assert.deepEqual(jobs, ["paged-job"]);
    });

    it("answers an unsupported filter with 400 InvalidQueryParameterValue instead of a wrong list", async () => {
      await expectBatchError(() => ids("filter-job", "commandLine eq 3"), 400, "InvalidQueryParameterValue");
      await expectBatchError(() => ids("filter-job", "nosuchfield eq 'x'"), 400, "InvalidQueryParameterValue");
    });
  });

  describe("conditional requests", () => {
    it("applies an update with the current ETag and refuses a stale one with 412 ConditionNotMet", async () => {
      const before = await client.getJob("paged-job");
      assert.isString(before.eTag);
      const updated = await client.updateJob("paged-job", { priority: 10 }, { ifMatch: before.eTag });
      assert.notEqual(updated.etag, before.eTag);
      assert.equal((await client.getJob("paged-job")).priority, 10);

      const error = await expectBatchError(
        () => client.updateJob("paged-job", { priority: 20 }, { ifMatch: before.eTag }),
        412,
        "ConditionNotMet",
      );
      assert.isString(error.requestId);
      assert.equal((await client.getJob("paged-job")).priority, 10);
    });

    it("refuses If-Unmodified-Since before the last change, and deletes only with a matching ETag", async () => {
      const pool = await client.getPool("empty-pool");
      await expectBatchError(
        () =>
          client.updatePool(
            "empty-pool",
            { metadata: [{ name: "k", value: "v" }] },
            { ifUnmodifiedSince: new Date(pool.lastModified.getTime() - 60_000) },
          ),
        412,
        "ConditionNotMet",
      );
      await expectBatchError(
        () => client.deleteTask("paged-job", "task-00", { ifMatch: '"0xSTALE"' }),
        412,
        "ConditionNotMet",
      );
      const task = await client.getTask("paged-job", "task-00");
      await client.deleteTask("paged-job", "task-00", { ifMatch: task.eTag });
      await expectBatchError(() => client.getTask("paged-job", "task-00"), 404, "TaskNotFound");
    });
  });

  describe("authentication", () => {
    it("rejects a wrong account key with 403 AuthenticationFailed", async () => {
      const wrongKey = Buffer.from("not-the-emulator-key-".repeat(3)).toString("base64");
      const intruder = new BatchClient(emulator.endpoint, new AzureNamedKeyCredential(emulator.accountName, wrongKey), {
        retryOptions: { maxRetries: 0 },
      });
      const error = await expectBatchError(() => intruder.getJob("paged-job"), 403, "AuthenticationFailed");
      assert.notInclude(JSON.stringify(error), wrongKey);
      await expectBatchError(
        () => intruder.createPool({ id: "nope", vmSize: "standard_d2s_v3" }),
        403,
        "AuthenticationFailed",
      );
      assert.isFalse(await client.poolExists("nope"));
    });

    it("rejects a wrong account name with 403 AuthenticationFailed", async () => {
      const stranger = new BatchClient(
        emulator.endpoint,
        new AzureNamedKeyCredential("otheraccount", emulator.accountKey),
        {
          retryOptions: { maxRetries: 0 },
        },
      );
      await expectBatchError(
        async () => {
          for await (const _ of stranger.listPools()) void _;
        },
        403,
        "AuthenticationFailed",
      );
    });
  });
});

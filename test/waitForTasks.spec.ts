/// <reference types="mocha" />
// Tests for BatchClient.waitForTasks: task counts without a filter (confirmed by a listing, since
// counts can lag), a select-narrowed filtered listing with a filter, the adaptive interval,
// timeout and abort.

import { assert } from "chai";
import nock from "nock";
import { AbortError } from "@azure/abort-controller";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient, createBatchContext, type BatchClientContext, type WaitForTasksProgress } from "../src/index.js";
import { waitForTasks, type WaitForTasksTiming } from "../src/waitForTasks.js";

const ENDPOINT = "https://acct.region.batch.azure.com";
const KEY = Buffer.from("waitForTasks-test-key-not-a-secret").toString("base64");

function client(): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), {
    retryOptions: { maxRetries: 0 },
  });
}

/** The context BatchClient runs on, for the internal waitForTasks with a scripted clock. */
function context(): BatchClientContext {
  return createBatchContext(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), { retryOptions: { maxRetries: 0 } });
}

type Counts = [active: number, running: number, completed: number, succeeded: number, failed: number];

function counts([active, running, completed, succeeded, failed]: Counts): object {
  return {
    taskCounts: { active, running, completed, succeeded, failed },
    taskSlotCounts: { active, running, completed, succeeded, failed },
  };
}

/** Serves GET /jobs/job-1/taskcounts from a list (the last entry repeats); records when each was served. */
function serveCounts(sequence: Counts[]): number[] {
  const stamps: number[] = [];
  nock(ENDPOINT)
    .persist()
    .get("/jobs/job-1/taskcounts")
    .query(true)
    .reply(() => {
      stamps.push(Date.now());
      return [200, counts(sequence[Math.min(stamps.length - 1, sequence.length - 1)]!)];
    });
  return stamps;
}

/** Serves GET /jobs/job-1/tasks: `answer` gets the query and returns the tasks. */
function serveList(answer: (query: Record<string, string>) => object[]): Array<Record<string, string>> {
  const queries: Array<Record<string, string>> = [];
  nock(ENDPOINT)
    .persist()
    .get("/jobs/job-1/tasks")
    .query((q) => {
      queries.push(q as Record<string, string>);
      return true;
    })
    .reply(() => [200, { value: answer(queries.at(-1)!) }]);
  return queries;
}

async function assertAborted(call: Promise<unknown>): Promise<void> {
  let caught: unknown;
  try {
    await call;
  } catch (e) {
    caught = e;
  }
  assert.equal((caught as Error)?.name, "AbortError");
}

describe("waitForTasks", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("takes the failures from the listing when the counts lag behind it", async () => {
    serveCounts([[0, 0, 3, 3, 0]]); // counts still say no failure
    serveList((q) => (q.$filter === "executionInfo/result eq 'failure'" ? [{ id: "t3" }] : []));
    const result = await client().waitForTasks("job-1", { pollIntervalInMs: 1 });
    assert.deepEqual(result, { total: 3, succeeded: 2, failed: 1, failedTaskIds: ["t3"] });
  });

  it("polls task counts, confirms with a listing and lists the failed tasks", async () => {
    serveCounts([
      [3, 0, 0, 0, 0],
      [0, 1, 2, 2, 0],
      [0, 0, 3, 2, 1],
    ]);
    const queries = serveList((q) => (q.$filter === "executionInfo/result eq 'failure'" ? [{ id: "t2" }] : []));
    const progress: WaitForTasksProgress[] = [];
    const result = await client().waitForTasks("job-1", { pollIntervalInMs: 1, onProgress: (p) => progress.push(p) });
    assert.deepEqual(result, { total: 3, succeeded: 2, failed: 1, failedTaskIds: ["t2"] });
    assert.deepEqual(
      progress.map((p) => [p.active, p.running, p.completed]),
      [
        [3, 0, 0],
        [0, 1, 2],
        [0, 0, 3],
      ],
    );
    assert.deepEqual(
      queries.map((q) => [q.$filter, q.$select, q.maxresults]),
      [
        ["state ne 'completed'", "id", "1"],
        ["executionInfo/result eq 'failure'", "id", undefined],
      ],
    );
  });

  it("keeps waiting when the counts say done but a task is not completed yet (counts lag)", async () => {
    const stamps = serveCounts([[0, 0, 2, 2, 0]]);
    let listings = 0;
    serveList(() => (++listings === 1 ? [{ id: "late" }] : []));
    const result = await client().waitForTasks("job-1", { pollIntervalInMs: 1 });
    assert.equal(stamps.length, 2);
    assert.deepEqual(result, { total: 2, succeeded: 2, failed: 0, failedTaskIds: [] });
  });

  it("returns at once for a job without tasks", async () => {
    serveCounts([[0, 0, 0, 0, 0]]);
    serveList(() => []);
    assert.deepEqual(await client().waitForTasks("job-1"), { total: 0, succeeded: 0, failed: 0, failedTaskIds: [] });
  });

  it("with a filter, lists the matching tasks narrowed by $select", async () => {
    let poll = 0;
    const queries = serveList(() => {
      poll++;
      return [
        { id: "a1", state: "completed", executionInfo: { result: "success", retryCount: 0, requeueCount: 0 } },
        poll < 2
          ? { id: "a2", state: "running" }
          : { id: "a2", state: "completed", executionInfo: { result: "failure", retryCount: 0, requeueCount: 0 } },
        {
          id: "a3",
          state: poll < 2 ? "active" : "completed",
          executionInfo: { result: "success", retryCount: 0, requeueCount: 0 },
        },
      ];
    });
    const progress: WaitForTasksProgress[] = [];
    const result = await client().waitForTasks("job-1", {
      filter: "startswith(id,'a')",
      pollIntervalInMs: 1,
      onProgress: (p) => progress.push(p),
    });
    assert.deepEqual(result, { total: 3, succeeded: 2, failed: 1, failedTaskIds: ["a2"] });
    assert.deepEqual(progress[0], { total: 3, active: 1, running: 1, completed: 1, succeeded: 1, failed: 0 });
    for (const q of queries) {
      assert.equal(q.$filter, "startswith(id,'a')");
      assert.equal(q.$select, "id,state,executionInfo");
    }
  });

  it("lengthens the interval while nothing changes and shortens it when something does", async () => {
    serveCounts([
      [2, 0, 0, 0, 0],
      [2, 0, 0, 0, 0],
      [2, 0, 0, 0, 0],
      [2, 0, 0, 0, 0],
      [2, 0, 0, 0, 0],
      [1, 0, 1, 1, 0],
      [0, 0, 2, 2, 0],
    ]);
    serveList(() => []);
    // The waits are recorded, not measured: no timer runs.
    const waits: number[] = [];
    const timing: WaitForTasksTiming = { sleep: async (ms) => void waits.push(ms), now: () => 0 };
    const result = await waitForTasks(context(), "job-1", { pollIntervalInMs: 20, maxPollIntervalInMs: 1_000 }, timing);
    assert.equal(result.total, 2);
    // 20 after the first poll (a change), then x1.5 while unchanged, then back to 20 after a change.
    assert.deepEqual(waits, [20, 30, 45, 68, 102, 20]);
  });

  it("never waits longer than maxPollIntervalInMs, nor past the timeout", async () => {
    serveCounts([[1, 0, 0, 0, 0]]);
    /** A scripted clock: each wait moves it on; a wait that would reach `end` ends the call instead. */
    const scripted = (end: number): { timing: WaitForTasksTiming; waits: number[] } => {
      const waits: number[] = [];
      let now = 0;
      const timing: WaitForTasksTiming = {
        sleep: async (ms, signal) => {
          if (signal.aborted || now >= end) throw new AbortError("stopped");
          waits.push(ms);
          now += ms;
        },
        now: () => now,
      };
      return { timing, waits };
    };
    const capped = scripted(300);
    await assertAborted(
      waitForTasks(context(), "job-1", { pollIntervalInMs: 10, maxPollIntervalInMs: 40 }, capped.timing),
    );
    assert.deepEqual(capped.waits, [10, 15, 23, 35, 40, 40, 40, 40, 40, 40]);

    // On the scripted clock (the real timeout timer, 100 s, never fires here).
    const bounded = scripted(100_000);
    await assertAborted(
      waitForTasks(
        context(),
        "job-1",
        { pollIntervalInMs: 10_000, maxPollIntervalInMs: 40_000, timeoutInMs: 100_000 },
        bounded.timing,
      ),
    );
    // 10,000 + 15,000 + 22,500 + 33,750 = 81,250: the next wait is the 18,750 ms left before the
    // deadline, not the 40,000 of the cap.
    assert.deepEqual(bounded.waits, [10_000, 15_000, 22_500, 33_750, 18_750]);
  });

  it("times out with an AbortError that says so", async () => {
    serveCounts([[1, 0, 0, 0, 0]]);
    let caught: unknown;
    const started = Date.now();
    try {
      await client().waitForTasks("job-1", { pollIntervalInMs: 10, timeoutInMs: 120 });
    } catch (e) {
      caught = e;
    }
    assert.equal((caught as Error).name, "AbortError");
    assert.match((caught as Error).message, /timed out after 120 ms .*0 of 1 tasks completed/);
    assert.isBelow(Date.now() - started, 1_000);
  });

  it("stops on abort", async () => {
    serveCounts([[1, 0, 0, 0, 0]]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    let caught: unknown;
    try {
      await client().waitForTasks("job-1", { pollIntervalInMs: 10, abortSignal: controller.signal });
    } catch (e) {
      caught = e;
    }
    assert.equal((caught as Error).name, "AbortError");
    assert.match((caught as Error).message, /aborted/);
  });
});

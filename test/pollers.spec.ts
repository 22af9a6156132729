/// <reference types="mocha" />
// Tests for the begin* pollers: each sends its request once, then polls the resource through its
// transitional states until done (404 = delete done); plus resume from a serialized state,
// failures of the request and of a poll, abort, onProgress and taskcompletion reboots.

import { assert } from "chai";
import nock from "nock";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient, isBatchError, type BatchOperationState, type BatchPoller } from "../src/index.js";

const ENDPOINT = "https://acct.region.batch.azure.com";
const KEY = Buffer.from("pollers-test-key-not-a-secret").toString("base64");
const FAST = { updateIntervalInMs: 1 };
const NOT_FOUND = (code: string) => ({ code, message: { lang: "en-US", value: `${code}: gone` } });

function client(): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), { retryOptions: { maxRetries: 0 } });
}

interface Case {
  name: string;
  start: (c: BatchClient) => BatchPoller<unknown>;
  method: "delete" | "post";
  path: string;
  poll: string;
  /** What each GET of `poll` answers, in turn: a resource body, or 404. */
  states: Array<object | 404>;
  /** The expected `resourceState` after each poll. */
  seen: string[];
  /** Checks the result. */
  result: (r: unknown) => void;
}

const pool = (allocationState: string, extra: object = {}) => ({ id: "p", state: "active", allocationState, ...extra });
const job = (state: string) => ({ id: "j", state });
const schedule = (state: string) => ({ id: "s", state });
const node = (state: string) => ({ id: "n", state });
const isUndefined = (r: unknown) => assert.isUndefined(r);
const hasState = (key: string, value: string) => (r: unknown) =>
  assert.equal((r as Record<string, string>)[key], value);

const cases: Case[] = [
  {
    name: "beginDeletePool",
    start: (c) => c.beginDeletePool("p", FAST),
    method: "delete",
    path: "/pools/p",
    poll: "/pools/p",
    states: [{ id: "p", state: "deleting", allocationState: "resizing" }, 404],
    seen: ["deleting", "deleted"],
    result: isUndefined,
  },
  {
    name: "beginResizePool",
    start: (c) => c.beginResizePool("p", { targetDedicatedNodes: 2 }, FAST),
    method: "post",
    path: "/pools/p/resize",
    poll: "/pools/p",
    states: [pool("resizing"), pool("resizing"), pool("steady", { currentDedicatedNodes: 2 })],
    seen: ["resizing", "resizing", "steady"],
    result: (r) => assert.equal((r as { currentDedicatedNodes: number }).currentDedicatedNodes, 2),
  },
  {
    name: "beginStopPoolResize",
    start: (c) => c.beginStopPoolResize("p", FAST),
    method: "post",
    path: "/pools/p/stopresize",
    poll: "/pools/p",
    states: [pool("stopping"), pool("steady")],
    seen: ["stopping", "steady"],
    result: hasState("allocationState", "steady"),
  },
  {
    name: "beginRemoveNodes",
    start: (c) => c.beginRemoveNodes("p", { nodeIds: ["n"] }, FAST),
    method: "post",
    path: "/pools/p/removenodes",
    poll: "/pools/p",
    states: [pool("resizing"), pool("steady")],
    seen: ["resizing", "steady"],
    result: hasState("allocationState", "steady"),
  },
  {
    name: "beginDeleteJob",
    start: (c) => c.beginDeleteJob("j", FAST),
    method: "delete",
    path: "/jobs/j",
    poll: "/jobs/j",
    states: [job("deleting"), job("deleting"), 404],
    seen: ["deleting", "deleting", "deleted"],
    result: isUndefined,
  },
  {
    name: "beginDisableJob",
    start: (c) => c.beginDisableJob("j", { disableTasks: "requeue" }, FAST),
    method: "post",
    path: "/jobs/j/disable",
    poll: "/jobs/j",
    states: [job("disabling"), job("disabled")],
    seen: ["disabling", "disabled"],
    result: hasState("state", "disabled"),
  },
  {
    name: "beginEnableJob",
    start: (c) => c.beginEnableJob("j", FAST),
    method: "post",
    path: "/jobs/j/enable",
    poll: "/jobs/j",
    states: [job("enabling"), job("active")],
    seen: ["enabling", "active"],
    result: hasState("state", "active"),
  },
  {
    name: "beginTerminateJob",
    start: (c) => c.beginTerminateJob("j", { terminationReason: "done" }, FAST),
    method: "post",
    path: "/jobs/j/terminate",
    poll: "/jobs/j",
    states: [job("terminating"), job("completed")],
    seen: ["terminating", "completed"],
    result: hasState("state", "completed"),
  },
  {
    name: "beginDeleteJobSchedule",
    start: (c) => c.beginDeleteJobSchedule("s", FAST),
    method: "delete",
    path: "/jobschedules/s",
    poll: "/jobschedules/s",
    states: [schedule("deleting"), 404],
    seen: ["deleting", "deleted"],
    result: isUndefined,
  },
  {
    name: "beginTerminateJobSchedule",
    start: (c) => c.beginTerminateJobSchedule("s", FAST),
    method: "post",
    path: "/jobschedules/s/terminate",
    poll: "/jobschedules/s",
    states: [schedule("terminating"), schedule("completed")],
    seen: ["terminating", "completed"],
    result: hasState("state", "completed"),
  },
  {
    name: "beginRebootNode",
    start: (c) => c.beginRebootNode("p", "n", { nodeRebootKind: "requeue" }, FAST),
    method: "post",
    path: "/pools/p/nodes/n/reboot",
    poll: "/pools/p/nodes/n",
    states: [node("rebooting"), node("starting"), node("waitingforstarttask"), node("idle")],
    seen: ["rebooting", "starting", "waitingforstarttask", "idle"],
    result: hasState("state", "idle"),
  },
  {
    name: "beginReimageNode",
    start: (c) => c.beginReimageNode("p", "n", undefined, FAST),
    method: "post",
    path: "/pools/p/nodes/n/reimage",
    poll: "/pools/p/nodes/n",
    states: [node("reimaging"), node("starting"), node("idle")],
    seen: ["reimaging", "starting", "idle"],
    result: hasState("state", "idle"),
  },
  {
    name: "beginStartNode",
    start: (c) => c.beginStartNode("p", "n", FAST),
    method: "post",
    path: "/pools/p/nodes/n/start",
    poll: "/pools/p/nodes/n",
    states: [node("deallocated"), node("starting"), node("idle")],
    seen: ["deallocated", "starting", "idle"],
    result: hasState("state", "idle"),
  },
  {
    name: "beginDeallocateNode",
    start: (c) => c.beginDeallocateNode("p", "n", { nodeDeallocateOption: "requeue" }, FAST),
    method: "post",
    path: "/pools/p/nodes/n/deallocate",
    poll: "/pools/p/nodes/n",
    states: [node("deallocating"), node("deallocated")],
    seen: ["deallocating", "deallocated"],
    result: hasState("state", "deallocated"),
  },
];

/** Serves the GETs of `path` from `states` in turn (the last repeats); counts them. */
function servePolls(path: string, states: Array<object | 404>, code = "ResourceNotFound"): { count: number } {
  const seen = { count: 0 };
  nock(ENDPOINT)
    .persist()
    .get(path)
    .query(true)
    .reply(() => {
      const s = states[Math.min(seen.count++, states.length - 1)]!;
      return s === 404 ? [404, NOT_FOUND(code)] : [200, s];
    });
  return seen;
}

function accept(method: "delete" | "post", path: string): { count: number } {
  const seen = { count: 0 };
  nock(ENDPOINT)
    .persist()
    .intercept(path, method.toUpperCase())
    .query(true)
    .reply(() => {
      seen.count++;
      return [202, "", { "request-id": "r1" }];
    });
  return seen;
}

describe("pollers", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  for (const c of cases) {
    it(`${c.name}: sends ${c.method.toUpperCase()} ${c.path} once and polls through ${c.seen.join(" → ")}`, async () => {
      const sent = accept(c.method, c.path);
      const polls = servePolls(c.poll, c.states);
      const poller = c.start(client());
      const seen: string[] = [];
      poller.onProgress((s) => seen.push(s.resourceState ?? "?"));
      await poller.submitted();
      assert.equal(sent.count, 1);
      assert.isFalse(poller.isDone());
      assert.equal(poller.getOperationState()?.status, "running");
      const result = await poller.pollUntilDone();
      c.result(result);
      assert.deepEqual(seen, c.seen);
      assert.equal(polls.count, c.states.length);
      assert.isTrue(poller.isDone());
      assert.equal(poller.operationState?.status, "succeeded");
      assert.equal(sent.count, 1);
    });
  }

  it("can be awaited directly (it is a PromiseLike of the result)", async () => {
    accept("post", "/pools/p/resize");
    servePolls("/pools/p", [pool("resizing"), pool("steady")]);
    const result = await client().beginResizePool("p", { targetDedicatedNodes: 1 }, FAST);
    assert.equal(result.allocationState, "steady");
  });

  it("serializes its state and resumes from it without sending the request again", async () => {
    const sent = accept("post", "/pools/p/resize");
    servePolls("/pools/p", [pool("resizing"), pool("resizing"), pool("steady")]);
    const first = client().beginResizePool("p", { targetDedicatedNodes: 3 }, FAST);
    await first.poll();
    const saved = await first.serialize();
    const state = JSON.parse(saved).state as BatchOperationState<unknown>;
    assert.include(state, { operation: "resizePool", poolId: "p", status: "running", resourceState: "resizing" });

    const resumed = client().beginResizePool("p", { targetDedicatedNodes: 3 }, { ...FAST, resumeFrom: saved });
    const pool2 = await resumed.pollUntilDone();
    assert.equal(pool2.allocationState, "steady");
    assert.equal(sent.count, 1, "resuming does not resend the resize");
  });

  it("refuses to resume another operation's state", async () => {
    accept("delete", "/pools/p");
    servePolls("/pools/p", [404]);
    const saved = await client().beginDeletePool("p", FAST).serialize();
    let caught: unknown;
    try {
      await client().beginDeleteJob("j", { resumeFrom: saved }).pollUntilDone();
    } catch (e) {
      caught = e;
    }
    assert.match((caught as Error).message, /'deletePool' operation on pool 'p', not 'deleteJob' on job 'j'/);
  });

  it("rejects with the BatchError of the initial request", async () => {
    nock(ENDPOINT)
      .post("/pools/p/resize")
      .query(true)
      .reply(409, { code: "PoolBeingDeleted", message: { value: "The pool is being deleted." } });
    const poller = client().beginResizePool("p", { targetDedicatedNodes: 1 }, FAST);
    let caught: unknown;
    try {
      await poller.submitted();
    } catch (e) {
      caught = e;
    }
    assert.isTrue(isBatchError(caught));
    assert.equal((caught as { code: string }).code, "PoolBeingDeleted");
    let again: unknown;
    await poller.then(undefined, (e: unknown) => (again = e));
    assert.strictEqual(again, caught);
  });

  it("fails when the resource disappears during a non-delete operation", async () => {
    accept("post", "/pools/p/resize");
    servePolls("/pools/p", [pool("resizing"), 404], "PoolNotFound");
    let caught: unknown;
    try {
      await client().beginResizePool("p", { targetDedicatedNodes: 1 }, FAST);
    } catch (e) {
      caught = e;
    }
    assert.isTrue(isBatchError(caught));
    assert.equal((caught as { code: string }).code, "PoolNotFound");
  });

  it("stops polling on abort", async () => {
    accept("post", "/pools/p/resize");
    const polls = servePolls("/pools/p", [pool("resizing")]);
    const controller = new AbortController();
    const poller = client().beginResizePool("p", { targetDedicatedNodes: 1 }, { updateIntervalInMs: 5 });
    // Abort once a second poll has been served, so the first one's answer has been read (no timing luck).
    const watch = setInterval(() => {
      if (polls.count >= 2) {
        clearInterval(watch);
        controller.abort();
      }
    }, 1);
    let caught: unknown;
    try {
      await poller.pollUntilDone({ abortSignal: controller.signal });
    } catch (e) {
      caught = e;
    }
    assert.equal((caught as Error).name, "AbortError");
    assert.isFalse(poller.isDone());
    assert.equal(poller.getOperationState()?.resourceState, "resizing");
  });

  it("with taskcompletion, waits until the reboot has been seen to start", async () => {
    accept("post", "/pools/p/nodes/n/reboot");
    const polls = servePolls("/pools/p/nodes/n", [node("running"), node("running"), node("rebooting"), node("idle")]);
    const result = await client().beginRebootNode("p", "n", { nodeRebootKind: "taskcompletion" }, FAST);
    assert.equal(result.state, "idle");
    assert.equal(polls.count, 4);
  });

  it("leaves the plain methods returning as soon as the service accepts", async () => {
    const sent = accept("delete", "/pools/p");
    await client().deletePool("p");
    assert.equal(sent.count, 1);
  });
});

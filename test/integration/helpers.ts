// Shared setup of the integration tests: the SDK (src/) against a real azbatch-emulator on an
// ephemeral loopback port. The emulator is imported from its sources by relative path because
// mocha runs with `--import=tsx` but without the `source` export condition.

import { AzureNamedKeyCredential } from "@azure/core-auth";
import { assert } from "chai";
import { BatchClient, isBatchError, type BatchError } from "../../src/index.js";
import { ManualClock, startEmulator, type RunningEmulator } from "../../emulator/src/index.js";

/** A running emulator on a manual clock and an SDK client signed with its development account. */
export interface IntegrationContext {
  emulator: RunningEmulator;
  client: BatchClient;
  /** The emulator's clock: node transitions and deletions happen as {@link until} advances it. */
  clock: ManualClock;
}

/** What the clock-driven helpers need: the emulator's manual clock (a test of another client brings its own). */
export type ClockContext = Pick<IntegrationContext, "clock">;

/** What the helpers that call the service need: the SDK client and the emulator's manual clock. */
export type ClientContext = Pick<IntegrationContext, "client" | "clock">;

/** The Linux image a real pool would use; the emulator records it and runs tasks locally. */
export const UBUNTU = {
  imageReference: {
    publisher: "canonical",
    offer: "0001-com-ubuntu-server-jammy",
    sku: "22_04-lts",
    version: "latest",
  },
  nodeAgentSkuId: "batch.node.ubuntu 22.04",
};

/** Starts an emulator on port 0 with a manual clock and returns it with a client. */
export async function startIntegration(): Promise<IntegrationContext> {
  const clock = new ManualClock();
  const emulator = await startEmulator({ port: 0, clock });
  const client = new BatchClient(
    emulator.endpoint,
    new AzureNamedKeyCredential(emulator.accountName, emulator.accountKey),
    {
      retryOptions: { maxRetries: 0 },
    },
  );
  return { emulator, client, clock };
}

/** Creates a pool of `nodes` nodes (with `extra` settings) and waits until every node is idle. */
export async function createReadyPool(
  ctx: ClientContext,
  id: string,
  nodes: number,
  taskSlotsPerNode = 1,
  extra: { enableInterNodeCommunication?: boolean } = {},
): Promise<void> {
  const { client } = ctx;
  await client.createPool({
    id,
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: UBUNTU,
    targetDedicatedNodes: nodes,
    taskSlotsPerNode,
    ...extra,
  });
  await until(
    ctx,
    async () => {
      const states: string[] = [];
      for await (const node of client.listNodes(id)) states.push(String(node.state));
      return states.length === nodes && states.every((s) => s === "idle");
    },
    `pool ${id} to have ${nodes} idle nodes`,
  );
}

/**
 * Waits until `check` holds, running the emulator's due timers (node
 * transitions, deletions, wall clock limits) and letting real time pass for
 * task processes; fails after `timeoutMs` of real time.
 */
export async function until(
  ctx: ClockContext,
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  try {
    await ctx.clock.runUntil(check, { timeoutMs, what });
  } catch (e) {
    assert.fail(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Awaits work that polls the service (an SDK poller, a sample, a browser
 * waiting for a page) while the emulator's clock moves: due timers run until
 * the work settles; fails after `timeoutMs` of real time.
 */
export async function whileClockRuns<T>(ctx: ClockContext, work: Promise<T>, timeoutMs = 30_000): Promise<T> {
  let settled = false;
  const done = work.finally(() => {
    settled = true;
  });
  try {
    await ctx.clock.runUntil(() => settled, { timeoutMs, what: "the work to finish while the clock runs" });
  } catch (e) {
    done.catch(() => {}); // reported below; the work may still end later
    assert.fail(e instanceof Error ? e.message : String(e));
  }
  return done;
}

/** Waits until every task of the job is completed (task counts). */
export async function untilTasksComplete(
  ctx: ClientContext,
  jobId: string,
  total: number,
  timeoutMs = 30_000,
): Promise<void> {
  await until(
    ctx,
    async () => (await ctx.client.getJobTaskCounts(jobId)).taskCounts.completed === total,
    `${total} tasks of ${jobId}`,
    timeoutMs,
  );
}

/** Reads a Node stream to a string. */
export async function readText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** Runs `action`, asserts it throws a BatchError, and returns the error. */
export async function expectBatchError(
  action: () => Promise<unknown>,
  statusCode: number,
  code: string | undefined,
): Promise<BatchError> {
  let caught: unknown;
  try {
    await action();
  } catch (e) {
    caught = e;
  }
  assert.isTrue(isBatchError(caught), `expected a BatchError, got ${String(caught)}`);
  const error = caught as BatchError;
  assert.equal(error.statusCode, statusCode);
  assert.equal(error.code, code);
  return error;
}

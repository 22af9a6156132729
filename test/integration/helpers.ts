// Shared setup of the integration tests: the SDK (src/) against a real azbatch-emulator on an
// ephemeral loopback port. The emulator is imported from its sources by relative path because
// mocha runs with `--import=tsx` but without the `source` export condition.

import { AzureNamedKeyCredential } from "@azure/core-auth";
import { assert } from "chai";
import { BatchClient, isBatchError, type BatchError } from "../../src/index.js";
import { startEmulator, type RunningEmulator } from "../../emulator/src/index.js";

/** A running emulator and an SDK client signed with its development account. */
export interface IntegrationContext {
  emulator: RunningEmulator;
  client: BatchClient;
}

/** The Linux image a real pool would use; the emulator records it and runs tasks locally. */
export const UBUNTU = {
  imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" },
  nodeAgentSkuId: "batch.node.ubuntu 22.04",
};

/** Starts an emulator on port 0 with short node transitions and returns it with a client. */
export async function startIntegration(): Promise<IntegrationContext> {
  const emulator = await startEmulator({
    port: 0,
    timings: { nodeCreateMs: 20, nodeStartMs: 20, nodeRemoveMs: 20, deleteMs: 20, transitionMs: 5 },
  });
  const client = new BatchClient(emulator.endpoint, new AzureNamedKeyCredential(emulator.accountName, emulator.accountKey), {
    retryOptions: { maxRetries: 0 },
  });
  return { emulator, client };
}

/** Creates a pool of `nodes` nodes and waits until every node is idle. */
export async function createReadyPool(client: BatchClient, id: string, nodes: number, taskSlotsPerNode = 1): Promise<void> {
  await client.createPool({
    id,
    vmSize: "standard_d2s_v3",
    virtualMachineConfiguration: UBUNTU,
    targetDedicatedNodes: nodes,
    taskSlotsPerNode,
  });
  await until(async () => {
    const states: string[] = [];
    for await (const node of client.listNodes(id)) states.push(String(node.state));
    return states.length === nodes && states.every((s) => s === "idle");
  }, `pool ${id} to have ${nodes} idle nodes`);
}

/** Polls `check` every `intervalMs` until it returns true; fails after `timeoutMs`. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000, intervalMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Waits until every task of the job is completed (task counts). */
export async function untilTasksComplete(client: BatchClient, jobId: string, total: number, timeoutMs = 10_000): Promise<void> {
  await until(async () => (await client.getJobTaskCounts(jobId)).taskCounts.completed === total, `${total} tasks of ${jobId}`, timeoutMs);
}

/** Reads a Node stream to a string. */
export async function readText(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

/** Runs `action`, asserts it throws a BatchError, and returns the error. */
export async function expectBatchError(action: () => Promise<unknown>, statusCode: number, code: string | undefined): Promise<BatchError> {
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

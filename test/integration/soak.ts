// The createTasks soak: `createTasks` (src/) submits N tasks to an emulator that answers a share
// of `addtaskcollection` requests with 503 ServerBusy, drops connections before or after the
// work, and throttles in bursts (429 with and without Retry-After). Then, with the faults off,
// every task of the job is listed: the IDs must be exactly those submitted, and the SDK's result
// must agree. Used by test/integration/createTasksSoak.spec.ts (5,000 tasks, in `npm test`) and
// scripts/soak.ts (`npm run soak`, 100,000 tasks).

import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient, type CreateTasksResult } from "../../src/index.js";
import { startEmulator, FAULTS_PATH, type FaultSpec } from "../../emulator/src/index.js";
import { TestClient } from "../../emulator/test/helpers.js";

/** The faults of the soak: 10% 503, 5% drops (half before, half after the work), 429 bursts. */
export const SOAK_FAULTS: FaultSpec = {
  seed: 2026,
  rules: [
    {
      operation: "POST /jobs/{jobId}/addtaskcollection",
      fractions: { serverBusy: 0.1, dropBefore: 0.025, dropAfter: 0.025 },
      bursts: [
        { kind: "tooManyRequestsNoRetryAfter", every: 40, length: 3 },
        { kind: "tooManyRequests", every: 29, length: 2 },
      ],
      retryAfterSeconds: 0,
      latency: { distribution: "uniform", minMs: 0, maxMs: 3 },
    },
  ],
};

/** What a soak run found. */
export interface SoakReport {
  /** Tasks submitted. */
  submitted: number;
  /** The SDK's result. */
  result: CreateTasksResult;
  /** Distinct task IDs in the emulator's job afterwards. */
  listed: number;
  /** Submitted IDs not in the emulator. */
  missing: string[];
  /** IDs in the emulator that were not submitted, or listed twice. */
  extra: string[];
  /** Faults injected, per kind, and requests matched. */
  faults: { matched: number; injected: Record<string, number> };
  /** Wall time of createTasks, ms. */
  createMs: number;
}

/**
 * Runs one soak.
 * @param taskCount - How many tasks to submit.
 * @returns What was submitted, created, listed and injected.
 */
export async function runSoak(taskCount: number): Promise<SoakReport> {
  const emulator = await startEmulator({ port: 0, faults: SOAK_FAULTS });
  try {
    const admin = new TestClient(emulator);
    const client = new BatchClient(
      emulator.endpoint,
      new AzureNamedKeyCredential(emulator.accountName, emulator.accountKey),
      { retryOptions: { maxRetries: 0 } },
    );
    // A pool without nodes: the tasks stay queued, nothing runs.
    await client.createPool({
      id: "soak-pool",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
        nodeAgentSkuId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 0,
    });
    await client.createJob({ id: "soak-job", poolInfo: { poolId: "soak-pool" } });
    const ids = (function* () {
      for (let i = 0; i < taskCount; i++) yield { id: `soak-${String(i).padStart(6, "0")}`, commandLine: "/bin/true" };
    })();
    // A request whose connection is dropped leaves the HTTP client's request-timeout timer armed
    // (core's NodeHttpClient clears it only on success), so keep that timeout short here.
    const started = Date.now();
    const result = await client.createTasks("soak-job", ids, {
      maxRetries: 20,
      retryDelayInMs: 1,
      maxRetryDelayInMs: 20,
      requestTimeoutInMs: 15_000,
      throwOnFailure: false,
    });
    const createMs = Date.now() - started;
    const status = await admin.get(FAULTS_PATH);
    if (status.status !== 200) throw new Error(`GET ${FAULTS_PATH}: ${status.status}`);
    const removed = await admin.del(FAULTS_PATH);
    if (removed.status !== 204) throw new Error(`DELETE ${FAULTS_PATH}: ${removed.status}`);
    const seen = new Set<string>();
    const extra: string[] = [];
    for await (const task of client.listTasks("soak-job", { select: ["id"] })) {
      const id = task.id!;
      if (seen.has(id) || !/^soak-\d{6}$/.test(id) || Number(id.slice(5)) >= taskCount) extra.push(id);
      seen.add(id);
    }
    const missing: string[] = [];
    for (let i = 0; i < taskCount; i++) {
      const id = `soak-${String(i).padStart(6, "0")}`;
      if (!seen.has(id)) missing.push(id);
    }
    return { submitted: taskCount, result, listed: seen.size, missing, extra, faults: status.json.counters, createMs };
  } finally {
    await emulator.close();
  }
}

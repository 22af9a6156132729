// The SDK's pipeline retries against real injected faults (emulator/README.md, "Fault injection"):
// each kind of fault, twice in a row, is absorbed by BatchClient's retry policies.

import { AzureNamedKeyCredential } from "@azure/core-auth";
import { assert } from "chai";
import { BatchClient } from "../../src/index.js";
import { FAULTS_PATH, startEmulator, type FaultKind, type RunningEmulator } from "../../emulator/src/index.js";
import { TestClient } from "../../emulator/test/helpers.js";
import { expectBatchError, UBUNTU } from "./helpers.js";

describe("integration: BatchClient retries injected faults", () => {
  let emulator: RunningEmulator;
  let admin: TestClient;
  let client: BatchClient;
  before(async () => {
    emulator = await startEmulator({ port: 0 });
    admin = new TestClient(emulator);
    client = new BatchClient(
      emulator.endpoint,
      new AzureNamedKeyCredential(emulator.accountName, emulator.accountKey),
      {
        retryOptions: { maxRetries: 3, retryDelayInMs: 1, maxRetryDelayInMs: 10 },
      },
    );
    await client.createPool({
      id: "faulty",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: UBUNTU,
      targetDedicatedNodes: 0,
    });
  });
  after(() => emulator.close());

  const burst = async (kind: FaultKind, length: number) => {
    const r = await admin.request("PUT", FAULTS_PATH, {
      body: {
        rules: [{ operation: "GET /pools/{poolId}", bursts: [{ kind, every: 1000, length }], retryAfterSeconds: 0 }],
      },
    });
    assert.equal(r.status, 200, r.text);
  };
  const injected = async (kind: FaultKind): Promise<number> =>
    (await admin.get(FAULTS_PATH)).json.counters.injected[kind];

  for (const kind of [
    "serverBusy",
    "tooManyRequests",
    "tooManyRequestsNoRetryAfter",
    "operationTimedOut",
    "dropBefore",
    "dropAfter",
  ] as const) {
    it(`gets a pool through two ${kind} faults in a row`, async () => {
      await burst(kind, 2);
      const pool = await client.getPool("faulty");
      assert.equal(pool.id, "faulty");
      assert.equal(await injected(kind), 2);
    });
  }

  it("reports the service's error once the retries are spent", async () => {
    await burst("serverBusy", 10);
    await expectBatchError(() => client.getPool("faulty"), 503, "ServerBusy");
    assert.equal(await injected("serverBusy"), 4, "the first try and 3 retries");
    await admin.del(FAULTS_PATH);
  });
});

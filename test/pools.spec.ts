/// <reference types="mocha" />
// Pools: every example of the spec on the wire, then typed spot checks of the client names.

import { assert } from "chai";
import type { BatchPool, BatchPoolCreateOptions } from "../src/index.js";
import {
  BODY_CONTENT_TYPE,
  capture,
  describeExamples,
  exampleFile,
  REQUEST_ID,
  runExample,
  useNock,
} from "./utils/exampleDriver.js";

describeExamples("Pools");

describe("Pools: typed models", () => {
  useNock();

  it("getPool returns Dates and client property names (nodeAgentSkuId, osDisk; diskSizeGB kept: no client name)", async () => {
    const { result } = await runExample(exampleFile("Pools_GetPool_VirtualMachineConfigurationWithOSDisk.json"), "200");
    const pool = result as BatchPool;
    assert.instanceOf(pool.creationTime, Date);
    assert.strictEqual(pool.creationTime!.toISOString(), "2023-08-23T08:42:40.347Z");
    assert.instanceOf(pool.allocationStateTransitionTime, Date);
    const vm = pool.virtualMachineConfiguration!;
    assert.isString(vm.nodeAgentSkuId);
    assert.notProperty(vm, "nodeAgentSKUId");
    assert.strictEqual(vm.osDisk?.diskSizeGB, 100);
    assert.strictEqual(vm.osDisk?.ephemeralOSDiskSettings?.placement, "cachedisk");
  });

  it("createPool sends the seed's pool with wire names and returns the response headers", async () => {
    const pool: BatchPoolCreateOptions = {
      id: "my-pool",
      vmSize: "standard_d2_v2",
      targetDedicatedNodes: 1,
      virtualMachineConfiguration: {
        imageReference: {
          publisher: "MicrosoftWindowsServer",
          offer: "WindowsServer",
          sku: "2016-Datacenter-smalldisk",
        },
        nodeAgentSkuId: "batch.node.windows amd64",
      },
    };
    const { result, requests } = await capture(
      {
        status: 201,
        headers: {
          "request-id": REQUEST_ID,
          ETag: "0x8D3D623CD661246",
          "Last-Modified": "Fri, 17 Feb 2025 00:00:00 GMT",
          DataServiceId: "https://account.region.batch.azure.com/pools/my-pool",
        },
      },
      (client) => client.createPool(pool),
    );
    assert.deepEqual(requests[0]!.body, {
      id: "my-pool",
      vmSize: "standard_d2_v2",
      targetDedicatedNodes: 1,
      virtualMachineConfiguration: {
        imageReference: {
          publisher: "MicrosoftWindowsServer",
          offer: "WindowsServer",
          sku: "2016-Datacenter-smalldisk",
        },
        nodeAgentSKUId: "batch.node.windows amd64",
      },
    });
    assert.strictEqual(requests[0]!.headers["content-type"], BODY_CONTENT_TYPE);
    assert.deepEqual(result, {
      etag: "0x8D3D623CD661246",
      lastModified: new Date("2025-02-17T00:00:00Z"),
      dataServiceId: "https://account.region.batch.azure.com/pools/my-pool",
      requestId: REQUEST_ID,
    });
  });

  it("removeNodes sends nodeIds as nodeList", async () => {
    const { requests } = await capture({ status: 202 }, (client) =>
      client.removeNodes("p", { nodeIds: ["n1", "n2"], resizeTimeout: "PT5M" }),
    );
    assert.deepEqual(requests[0]!.body, { nodeList: ["n1", "n2"], resizeTimeout: "PT5M" });
  });
});

/// <reference types="mocha" />
// Nodes: every example of the spec on the wire, then typed spot checks.

import { Readable } from "node:stream";
import { assert } from "chai";
import type { BatchNode, BatchNodeFile } from "../src/index.js";
import { capture, describeExamples, exampleFile, runExample, useNock } from "./utils/exampleDriver.js";

describeExamples("Nodes");

describe("Nodes: typed models and files", () => {
  useNock();

  it("getNode returns Dates and client names (publicIpAddress)", async () => {
    const { result } = await runExample(exampleFile("Nodes_Get_DualStackNetworking.json"), "200");
    const node = result as BatchNode;
    assert.instanceOf(node.stateTransitionTime, Date);
    const endpoint = node.endpointConfiguration?.inboundEndpoints?.[0];
    assert.isString(endpoint?.publicIpAddress);
    assert.notProperty(endpoint, "publicIPAddress");
  });

  it("downloadNodeFile streams the example's content", async () => {
    const { result, content } = await runExample(exampleFile("Nodes_GetNodeFile.json"), "200");
    assert.instanceOf(result, Readable);
    assert.match(content!, /^This is actually a byte stream/);
  });

  it("listNodeFiles yields BatchNodeFile items with Date properties", async () => {
    const { result } = await runExample(exampleFile("Nodes_ListNodeFiles.json"), "200");
    const files = result as BatchNodeFile[];
    assert.isAbove(files.length, 0);
    for (const f of files)
      if (f.properties?.lastModified !== undefined) assert.instanceOf(f.properties.lastModified, Date);
  });

  it("rebootNode sends nodeRebootKind as nodeRebootOption", async () => {
    const { requests } = await capture({ status: 202 }, (client) =>
      client.rebootNode("p", "n", { nodeRebootKind: "requeue" }),
    );
    assert.strictEqual(requests[0]!.path, "/pools/p/nodes/n/reboot");
    assert.deepEqual(requests[0]!.body, { nodeRebootOption: "requeue" });
  });
});

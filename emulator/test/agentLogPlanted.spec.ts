import { expect } from "chai";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningEmulator } from "../src/index.js";
import { start, startBlobStandIn, type BlobStandIn, type TestClient } from "./helpers.js";

// A task can reach its node's agent log (<dataDir>/agentlogs/<nodeId>, beside its node's root) and
// leave a FIFO or a hard link under the current hour's name: the emulator's next line must neither
// block (which hung every later write, uploadbatchservicelogs and close()) nor go into another file.
describe("emulator: the agent log and what a task left in its place", function () {
  if (process.platform !== "linux") return;
  let emu: RunningEmulator;
  let client: TestClient;
  let blobs: BlobStandIn;
  let outside: string;
  before(async () => {
    outside = mkdtempSync(join(tmpdir(), "azbatch-agentlog-"));
    blobs = await startBlobStandIn();
    ({ emu, client } = await start());
    await client.createPool("ap", 1, { taskSlotsPerNode: 2 });
    await client.createJob("aj", "ap");
  });
  after(async () => {
    await emu.close();
    await blobs.close();
    rmSync(outside, { recursive: true, force: true });
  });

  // Replaces every agent log file of the task's node with what `make` makes of "$f" ($0 is `outside`).
  const replace = (make: string) =>
    `/bin/sh -c 'd="$AZ_BATCH_NODE_ROOT_DIR/../../agentlogs/$(basename "$AZ_BATCH_NODE_ROOT_DIR")"; for f in "$d"/agent-*.log; do rm "$f"; ${make}; done' ${outside}`;

  for (const [what, make] of [
    ["a FIFO", 'mkfifo "$f"'],
    ["a hard link to a file outside", 'ln "$0/victim" "$f"'],
  ] as const) {
    it(`${what}: later lines go to a new file, which uploadbatchservicelogs uploads`, async () => {
      writeFileSync(join(outside, "victim"), "untouched\n");
      const id = what === "a FIFO" ? "fifo" : "hardlink";
      await client.post("/jobs/aj/tasks", { id, commandLine: replace(make) });
      const task = await client.waitTask("aj", id);
      expect(task.executionInfo.result).to.equal("success");
      blobs.puts.length = 0;
      const r = await client.post(`/pools/ap/nodes/${task.nodeInfo.nodeId}/uploadbatchservicelogs`, {
        containerUrl: blobs.containerUrl("acct/logs"),
        startTime: new Date(0).toISOString(),
      });
      expect(r.status, r.text).to.equal(200);
      expect(r.json.numberOfFilesUploaded).to.equal(1);
      expect(blobs.puts.map((p) => p.body).join("")).to.contain(`task aj/${id} completed (success)`);
      expect(readFileSync(join(outside, "victim"), "utf8")).to.equal("untouched\n");
    });
  }
});

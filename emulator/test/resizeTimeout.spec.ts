import { expect } from "chai";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, startEmulator, type RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

const MIN = 60_000;
/** Slow allocation: a node stays `creating` for 10 minutes, longer than a 5 minute resize timeout. */
const SLOW = { nodeCreateMs: 10 * MIN, nodeStartMs: 1000, nodeRemoveMs: 1000, transitionMs: 5, deleteMs: 1000 };
const TIMED_OUT = {
  code: "AllocationTimedOut",
  message: "Desired number of dedicated nodes could not be allocated as the resize timeout was reached",
};

for (const persistence of ["memory", "sqlite"] as const) {
  describe(`emulator: resizeTimeout on the clock (${persistence} store)`, () => {
    let emu: RunningEmulator;
    let client: TestClient;
    let clock: ManualClock;
    beforeEach(async () => {
      ({ emu, client, clock } = await start({ persistence, timings: SLOW }));
    });
    afterEach(() => emu.close());

    const pool = async (id: string): Promise<any> => (await client.get(`/pools/${id}`)).json;
    const nodes = async (id: string): Promise<{ state: string }[]> =>
      (await client.get(`/pools/${id}/nodes`)).json.value;

    it("times out the allocation of pool creation: steady with AllocationTimedOut, nodes not allocated dropped", async () => {
      await client.createPool("slow", 2, { resizeTimeout: "PT5M" }, false);
      await clock.advance(5 * MIN - 1);
      const before = await pool("slow");
      expect(before.allocationState).to.equal("resizing");
      expect(before.resizeErrors).to.equal(undefined);
      await clock.advance(1);
      const after = await pool("slow");
      expect(after).to.include({ allocationState: "steady", targetDedicatedNodes: 2, resizeTimeout: "PT5M" });
      expect(after.resizeErrors).to.deep.equal([TIMED_OUT]);
      expect(
        Date.parse(after.allocationStateTransitionTime) - Date.parse(before.allocationStateTransitionTime),
      ).to.equal(5 * MIN);
      await client.settle(async () => (await nodes("slow")).length === 0);
      const settled = await pool("slow");
      expect(settled).to.include({ allocationState: "steady", currentDedicatedNodes: 0 });
      expect(settled.resizeErrors).to.deep.equal([TIMED_OUT]);
      expect(clock.pending, "no timer left for a settled pool").to.equal(0);
    });

    it("a resize that times out keeps the nodes the pool has; the next resize clears resizeErrors", async () => {
      await client.createPool("grow", 1, {}, false);
      await client.settle(async () => (await nodes("grow")).every((n) => n.state === "idle"), 30_000, 20 * MIN);
      expect((await pool("grow")).allocationState).to.equal("steady");
      expect(
        (await client.post("/pools/grow/resize", { targetDedicatedNodes: 3, resizeTimeout: "PT6M" })).status,
      ).to.equal(202);
      await clock.advance(6 * MIN);
      const timedOut = await pool("grow");
      expect(timedOut).to.include({ allocationState: "steady", targetDedicatedNodes: 3, resizeTimeout: "PT6M" });
      expect(timedOut.resizeErrors).to.deep.equal([TIMED_OUT]);
      await client.settle(async () => (await nodes("grow")).length === 1);
      expect((await nodes("grow"))[0]!.state).to.equal("idle");
      expect((await pool("grow")).currentDedicatedNodes).to.equal(1);

      // A resize within its timeout: no errors (the earlier ones are cleared), and no timer left.
      expect(
        (await client.post("/pools/grow/resize", { targetDedicatedNodes: 2, resizeTimeout: "PT15M" })).status,
      ).to.equal(202);
      expect((await pool("grow")).resizeErrors).to.equal(undefined);
      await clock.advance(10 * MIN);
      const grown = await pool("grow");
      expect(grown).to.include({ allocationState: "steady", currentDedicatedNodes: 2 });
      expect(grown.resizeErrors).to.equal(undefined);
      await client.settle(async () => (await nodes("grow")).every((n) => n.state === "idle"), 30_000, 20 * MIN);
      expect(clock.pending, "the timeout of a finished resize is cancelled").to.equal(0);
    });

    it("stopresize cancels the timeout; autoscale resizes never time out", async () => {
      await client.createPool("stop", 1, { resizeTimeout: "PT5M" }, false);
      expect((await client.post("/pools/stop/stopresize")).status).to.equal(202);
      await clock.advance(6 * MIN);
      expect((await pool("stop")).resizeErrors).to.equal(undefined);

      await client.createPool("auto", 0, {
        targetDedicatedNodes: undefined,
        enableAutoScale: true,
        autoScaleFormula: "$TargetDedicatedNodes = 1",
        autoScaleEvaluationInterval: "PT30M",
        resizeTimeout: "PT5M",
      });
      expect((await pool("auto")).allocationState).to.equal("resizing");
      await clock.advance(6 * MIN);
      const auto = await pool("auto");
      expect(auto.allocationState).to.equal("resizing");
      expect(auto.resizeErrors).to.equal(undefined);
      await clock.advance(4 * MIN);
      expect((await pool("auto")).allocationState).to.equal("steady");
    });
  });
}

describe("emulator: a timed-out allocation after a restart", () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-resize-timeout-"));
  });
  after(() => rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));

  it("keeps resizeErrors across a restart", async () => {
    const clock = new ManualClock();
    let emu = await startEmulator({ dataDir, clock, timings: SLOW });
    let client = new TestClient(emu, clock);
    await client.createPool("kept", 1, { resizeTimeout: "PT5M" }, false);
    await clock.advance(5 * MIN);
    expect((await client.get("/pools/kept")).json.resizeErrors).to.deep.equal([TIMED_OUT]);
    await emu.close();
    emu = await startEmulator({ dataDir, clock: new ManualClock(), timings: SLOW });
    try {
      client = new TestClient(emu);
      const p = (await client.get("/pools/kept")).json;
      expect(p).to.include({ allocationState: "steady", targetDedicatedNodes: 1 });
      expect(p.resizeErrors).to.deep.equal([TIMED_OUT]);
    } finally {
      await emu.close();
    }
  });
});

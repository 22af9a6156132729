import { expect } from "chai";
import { statfs } from "node:fs/promises";
import { parseDuration } from "../src/duration.js";
import type { RunningEmulator } from "../src/index.js";
import { MEASURED, parseUsage } from "../src/stats/processStats.js";
import { taskFromRow, toRow } from "../src/store/rows.js";
import type { JobRecord, TaskRecord } from "../src/state/model.js";
import { start, TestClient } from "./helpers.js";

const TMPFS_MAGIC = 0x01021994;
const MIB = 1024 * 1024;
const GIB = 1024 ** 3;

describe("emulator: statistics", () => {
  describe("parsing the wrapper's report", () => {
    it("reads cutime/cstime after the last ')' (a command name may hold ') ') and the io counters", () => {
      const stat =
        "123 (we) ird) S 1 123 123 0 -1 4194304 90 403 0 1 0 0 17 2 20 0 1 0 539544 2654208 355 18446744073709551615 0\n";
      const io =
        "rchar: 20986456\nwchar: 20971614\nsyscr: 46\nsyscw: 23\nread_bytes: 237568\nwrite_bytes: 20983808\ncancelled_write_bytes: 0\n";
      const u = parseUsage(stat + io)!;
      expect(u.userCpuMs).to.be.greaterThan(0);
      expect(u.userCpuMs / u.kernelCpuMs).to.be.closeTo(17 / 2, 0.01);
      expect(u).to.include({ readBytes: 237568, writeBytes: 20983808, readOps: 46, writeOps: 23 });
    });

    it("refuses text that is not the wrapper's", () => {
      expect(parseUsage("")).to.equal(undefined);
      expect(parseUsage("garbage\n")).to.equal(undefined);
      expect(parseUsage("1 (sh) S x y\n")).to.equal(undefined);
    });

    it("keeps a task's usage through the SQLite row", () => {
      const job = { id: "j" } as JobRecord;
      const usage = {
        userCpuMs: 10,
        kernelCpuMs: 20,
        wallMs: 30,
        readBytes: 1,
        writeBytes: 2,
        readOps: 3,
        writeOps: 4,
        runs: 1,
      };
      const task = {
        kind: "task",
        seq: 1,
        etag: "0x1",
        lastModified: new Date(1),
        creationTime: new Date(1),
        id: "t",
        props: {},
        state: "completed",
        stateTransitionTime: new Date(1),
        exec: { retryCount: 0, requeueCount: 0 },
        requiredSlots: 1,
        isJobManager: false,
        usage,
        job,
        gone: false,
      } as unknown as TaskRecord;
      expect(taskFromRow(toRow(task), job, () => undefined).usage).to.deep.equal(usage);
    });
  });

  describe("against the emulator", function () {
    if (!MEASURED) return;
    let emu: RunningEmulator;
    let client: TestClient;
    before(async () => {
      ({ emu, client } = await start());
      await client.createPool("sp", 1, { taskSlotsPerNode: 4 });
      await client.createJob("sj", "sp", { constraints: { maxTaskRetryCount: 2 } });
    });
    after(() => emu.close());

    it("does not count the measuring wrapper's own reads as the task's read operations", async () => {
      await client.createPool("swp", 1);
      await client.createJob("sw", "swp");
      await client.post("/jobs/sw/tasks", {
        id: "idle",
        commandLine: "/bin/true",
        constraints: { maxTaskRetryCount: 0 },
      });
      const task = await client.waitTask("sw", "idle");
      expect(task.executionInfo.exitCode).to.equal(0);
      // The shell and /bin/true make a few dozen reads at most; reading /proc/<pid>/stat with the
      // shell's `read` builtin (one byte per call) before the counters would add about 300.
      expect(Number(task.stats.readIOps)).to.be.below(150);
    });

    it("measures a task's CPU time, I/O and wall clock time, and its wait time", async () => {
      await client.post("/jobs/sj/tasks", {
        id: "busy",
        commandLine:
          "/bin/sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; dd if=/dev/zero of=out.bin bs=1M count=4 conv=fsync 2>/dev/null; cat out.bin > /dev/null; exit 3'",
        constraints: { maxTaskRetryCount: 0 },
      });
      const task = await client.waitTask("sj", "busy");
      expect(task.executionInfo.exitCode, "the wrapper keeps the exit code").to.equal(3);
      const s = task.stats;
      expect(s.url).to.equal(`${emu.endpoint}/jobs/sj/tasks/busy`);
      expect(parseDuration(s.userCPUTime)).to.be.greaterThan(0);
      expect(parseDuration(s.kernelCPUTime)).to.be.at.least(0);
      expect(Number(s.writeIOps), "dd makes at least 4 writes of 1 MiB").to.be.at.least(4);
      expect(Number(s.readIOps)).to.be.at.least(4);
      const fs = await statfs(emu.dataDir);
      if (fs.type !== TMPFS_MAGIC) expect(s.writeIOGiB * GIB).to.be.at.least(4 * MIB);
      expect(parseDuration(s.wallClockTime)).to.equal(
        Date.parse(task.executionInfo.endTime) - Date.parse(task.executionInfo.startTime),
      );
      expect(parseDuration(s.waitTime)).to.equal(
        Date.parse(task.executionInfo.startTime) - Date.parse(task.creationTime),
      );
    });

    it("counts what a run the emulator stops used until it was frozen", async () => {
      await client.post("/jobs/sj/tasks", {
        id: "stopped",
        commandLine:
          "/bin/sh -c 'i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done; touch $AZ_BATCH_NODE_SHARED_DIR/looped; exec sleep 60'",
        constraints: { maxTaskRetryCount: 0 },
      });
      await client.settle(async () => {
        const t = (await client.get("/jobs/sj/tasks/stopped")).json;
        if (t.state !== "running") return false;
        return (await client.get(`/pools/sp/nodes/${t.nodeInfo.nodeId}/files/shared/looped`)).status === 200;
      });
      expect((await client.post("/jobs/sj/tasks/stopped/terminate")).status).to.equal(204);
      const task = await client.waitTask("sj", "stopped");
      expect(task.executionInfo.failureInfo.code).to.equal("TaskEnded");
      expect(parseDuration(task.stats.userCPUTime), "the loop ran before the stop").to.be.greaterThan(0);
    });

    it("does not let the task write into the wrapper's report pipe", async () => {
      await client.post("/jobs/sj/tasks", {
        id: "fd3",
        commandLine: `/bin/sh -c 'echo "1 (x) S 0 0 0 0 0 0 0 0 0 0 0 0 99999 99999" >&3 && exit 0; exit 7'`,
        constraints: { maxTaskRetryCount: 0 },
      });
      const task = await client.waitTask("sj", "fd3");
      expect(task.executionInfo.exitCode).to.equal(7);
      expect(parseDuration(task.stats.userCPUTime)).to.be.below(999990);
    });

    it("aggregates the job's runs, successes, failures and retries with $expand=stats", async () => {
      await client.post("/jobs/sj/tasks", { id: "ok", commandLine: "/bin/true" });
      await client.post("/jobs/sj/tasks", { id: "retried", commandLine: "/bin/false" });
      await client.waitTask("sj", "ok");
      const retried = await client.waitTask("sj", "retried");
      expect(retried.executionInfo.retryCount).to.equal(2);
      const plain = (await client.get("/jobs/sj")).json;
      expect(plain.stats).to.equal(undefined);
      const job = (await client.get("/jobs/sj?$expand=stats")).json;
      const tasks = (await client.get("/jobs/sj/tasks")).json.value as { stats: Record<string, string> }[];
      const sum = (k: string): number => tasks.reduce((n, t) => n + (parseDuration(t.stats[k]!) ?? 0), 0);
      expect(job.stats).to.include({
        url: `${emu.endpoint}/jobs/sj`,
        numSucceededTasks: "1",
        numFailedTasks: "4",
        numTaskRetries: "2",
      });
      expect(parseDuration(job.stats.userCPUTime)).to.equal(sum("userCPUTime"));
      expect(parseDuration(job.stats.wallClockTime)).to.equal(sum("wallClockTime"));
      expect(Number(job.stats.writeIOps)).to.equal(tasks.reduce((n, t) => n + Number(t.stats.writeIOps), 0));
      const listed = (await client.get("/jobs?$expand=stats")).json.value.find((j: { id: string }) => j.id === "sj");
      expect(listed.stats.numTaskRetries).to.equal("2");
    });

    it("reports the pool's disk I/O from its tasks with $expand=stats; memory and network are not measured", async () => {
      const plain = (await client.get("/pools/sp")).json;
      expect(plain.stats).to.equal(undefined);
      const pool = (await client.get("/pools/sp?$expand=stats")).json;
      const job = (await client.get("/jobs/sj?$expand=stats")).json;
      const r = pool.stats.resourceStats;
      expect(pool.stats.url).to.equal(`${emu.endpoint}/pools/sp`);
      expect(r.diskWriteIOps).to.equal(job.stats.writeIOps);
      expect(r.diskWriteGiB).to.equal(job.stats.writeIOGiB);
      expect(r.avgCPUPercentage).to.be.within(0, 100);
      expect(r).to.include({ avgMemoryGiB: 0, peakMemoryGiB: 0, networkReadGiB: 0, networkWriteGiB: 0 });
      const listed = (await client.get("/pools?$expand=stats")).json.value[0];
      expect(listed.stats.resourceStats.diskWriteIOps).to.equal(r.diskWriteIOps);
    });
  });
});

import { expect } from "chai";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { killRestart } from "../bench/killRestart.js";
import { DEV_ACCOUNT_KEY, ManualClock, STATE_FILE, startEmulator, type RunningEmulator } from "../src/index.js";
import { TestClient, waitFor } from "./helpers.js";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

/** True while a process exists and is not a zombie. */
function processAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
    return state !== "Z" && state !== "X";
  } catch {
    return false;
  }
}

describe("emulator: durable state (SQLite in the data directory)", function () {
  this.timeout(180_000);
  let dataDir: string;
  let emu: RunningEmulator | undefined;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-restart-"));
  });
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });

  async function open(start?: Date): Promise<{ client: TestClient; clock: ManualClock }> {
    const clock = new ManualClock(start);
    emu = await startEmulator({ dataDir, clock });
    return { client: new TestClient(emu, clock), clock };
  }

  it("keeps pools, nodes, jobs, schedules and tasks across a restart; a running task is requeued, a completed one is not run again", async () => {
    let { client } = await open();
    expect(emu!.durable).to.equal(true);
    await client.createPool("dp", 2, { taskSlotsPerNode: 2, metadata: [{ name: "m", value: "1" }] });
    const nodesBefore = (await client.get("/pools/dp/nodes")).json.value.map((n: { id: string }) => n.id).sort();
    await client.createJob("dj", "dp", { onAllTasksComplete: "noaction", metadata: [{ name: "k", value: "v" }] });
    expect(
      (
        await client.post("/jobschedules", {
          id: "ds",
          schedule: { recurrenceInterval: "PT1H" },
          jobSpecification: { poolInfo: { poolId: "dp" } },
        })
      ).status,
    ).to.equal(201);
    expect((await client.post("/jobschedules/ds/disable")).status).to.equal(204);
    await client.post("/jobs/dj/tasks", { id: "done", commandLine: "/bin/sh -c 'echo ran >> runs.txt; exit 0'" });
    await client.post("/jobs/dj/tasks", { id: "failed", commandLine: "/bin/sh -c 'exit 3'" });
    await client.post("/jobs/dj/tasks", {
      id: "long",
      commandLine: "/bin/sh -c 'echo ran >> runs.txt; exec sleep 60'",
    });
    const done = await client.waitTask("dj", "done");
    await client.waitTask("dj", "failed");
    await client.settle(async () => (await client.get("/jobs/dj/tasks/long")).json.state === "running");
    const longDir = join(
      dataDir,
      "nodes",
      (await client.get("/jobs/dj/tasks/long")).json.nodeInfo.nodeId,
      "workitems",
      "dj",
      "job-1",
      "long",
    );
    await waitFor(async () => (await readFile(join(longDir, "wd", "runs.txt"), "utf8").catch(() => "")) === "ran\n");
    const poolBefore = (await client.get("/pools/dp")).json;
    const jobBefore = (await client.get("/jobs/dj")).json;
    const scheduleBefore = (await client.get("/jobschedules/ds")).json;
    await emu!.close();
    emu = undefined;
    expect((await stat(join(dataDir, STATE_FILE))).isFile()).to.equal(true);

    ({ client } = await open());
    expect(emu!.requeuedAtStart).to.equal(1);
    const pool = (await client.get("/pools/dp")).json;
    expect(pool).to.deep.include({
      id: "dp",
      eTag: poolBefore.eTag,
      creationTime: poolBefore.creationTime,
      targetDedicatedNodes: 2,
      taskSlotsPerNode: 2,
      metadata: [{ name: "m", value: "1" }],
    });
    const nodesAfter = (await client.get("/pools/dp/nodes")).json.value.map((n: { id: string }) => n.id).sort();
    expect(nodesAfter).to.deep.equal(nodesBefore);
    const job = (await client.get("/jobs/dj")).json;
    expect(job).to.deep.include({
      id: "dj",
      eTag: jobBefore.eTag,
      state: "active",
      metadata: [{ name: "k", value: "v" }],
    });
    expect((await client.get("/jobschedules/ds")).json).to.deep.include({
      id: "ds",
      eTag: scheduleBefore.eTag,
      state: "disabled",
      previousState: "active",
    });
    const doneAfter = (await client.get("/jobs/dj/tasks/done")).json;
    expect(doneAfter).to.deep.include({ state: "completed", eTag: done.eTag });
    expect(doneAfter.executionInfo).to.deep.include({ exitCode: 0, result: "success", requeueCount: 0 });
    expect((await client.get("/jobs/dj/tasks/failed")).json.executionInfo).to.deep.include({
      exitCode: 3,
      result: "failure",
    });
    const longAfter = (await client.get("/jobs/dj/tasks/long")).json;
    expect(longAfter.state).to.equal("active");
    expect(longAfter.executionInfo.requeueCount).to.equal(1);
    expect(longAfter.executionInfo.lastRequeueTime).to.be.a("string");

    // Nodes boot again; the requeued task runs again, the completed one does not.
    await client.settle(async () => (await client.get("/jobs/dj/tasks/long")).json.state === "running");
    const longNode = (await client.get("/jobs/dj/tasks/long")).json.nodeInfo.nodeId;
    const longDirNow = join(dataDir, "nodes", longNode, "workitems", "dj", "job-1", "long");
    const runsOfLong = async (): Promise<number> => {
      const here = await readFile(join(longDirNow, "wd", "runs.txt"), "utf8").catch(() => "");
      const there =
        longDirNow === longDir ? "" : await readFile(join(longDir, "wd", "runs.txt"), "utf8").catch(() => "");
      return (here + there).split("\n").filter((l) => l).length;
    };
    await waitFor(async () => (await runsOfLong()) === 2);
    const doneNode = doneAfter.nodeInfo.nodeId;
    expect(
      await readFile(join(dataDir, "nodes", doneNode, "workitems", "dj", "job-1", "done", "wd", "runs.txt"), "utf8"),
    ).to.equal("ran\n");
    expect((await client.get(`/jobs/dj/tasks/done/files/stdout.txt`)).status).to.equal(200);
    expect((await client.get("/jobs/dj/taskcounts")).json.taskCounts).to.deep.include({
      active: 0,
      running: 1,
      completed: 2,
    });
  });

  it("finishes a deletion that was under way and forgets deleted records", async () => {
    let { client } = await open();
    await client.createPool("gone", 0);
    await client.createPool("kept", 0);
    await client.createJob("gj", "kept");
    await client.post("/jobs/gj/tasks", { id: "x", commandLine: "true" });
    expect((await client.del("/jobs/gj/tasks/x")).status).to.equal(200);
    expect((await client.del("/pools/gone")).status).to.equal(202);
    await emu!.close();
    emu = undefined;
    ({ client } = await open());
    expect((await client.get("/pools/gone")).json.state).to.equal("deleting");
    await client.settle(async () => (await client.get("/pools/gone")).status === 404);
    expect((await client.get("/pools/kept")).status).to.equal(200);
    expect((await client.get("/jobs/gj/tasks/x")).status).to.equal(404);
    await emu!.close();
    emu = undefined;
    ({ client } = await open());
    expect((await client.get("/pools/gone")).status).to.equal(404);
    expect((await client.get("/jobs/gj")).status).to.equal(200);
  });

  it("an autoscale pool evaluates again an interval after its last evaluation, also across a restart", async () => {
    let { client, clock } = await open();
    await client.createPool("asr", 0, {
      targetDedicatedNodes: undefined,
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 0",
      autoScaleEvaluationInterval: "PT5M",
    });
    const first = (await client.get("/pools/asr")).json.autoScaleRun;
    await clock.advance(2 * 60_000);
    const stoppedAt = clock.now();
    await emu!.close();
    emu = undefined;

    ({ client, clock } = await open(stoppedAt));
    expect((await client.get("/pools/asr")).json.autoScaleRun.timestamp).to.equal(first.timestamp);
    await clock.advance(3 * 60_000 - 1);
    expect((await client.get("/pools/asr")).json.autoScaleRun.timestamp).to.equal(first.timestamp);
    await clock.advance(1);
    const next = (await client.get("/pools/asr")).json.autoScaleRun;
    expect(Date.parse(next.timestamp) - Date.parse(first.timestamp)).to.equal(5 * 60_000);
    await clock.advance(5 * 60_000);
    expect(
      Date.parse((await client.get("/pools/asr")).json.autoScaleRun.timestamp) - Date.parse(first.timestamp),
    ).to.equal(10 * 60_000);
  });

  it("after kill -9, the next emulator on the data directory ends the processes the killed one left running", async function () {
    if (process.platform !== "linux") this.skip(); // the sweep finds processes through /proc
    const child = spawn(
      process.execPath,
      ["--import", "tsx", CLI, "--port", "0", "--data-dir", dataDir, "--node-delay-ms", "10"],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let pid = 0;
    try {
      let out = "";
      child.stdout!.on("data", (c) => (out += c));
      await waitFor(() => /Press Ctrl\+C/.test(out) || child.exitCode !== null, 60_000);
      const endpoint = /endpoint:\s+(\S+)/.exec(out)?.[1];
      expect(endpoint, out).to.be.a("string");
      const old = new TestClient({ endpoint: endpoint!, accountName: "devbatch", accountKey: DEV_ACCOUNT_KEY });
      await old.createPool("kp", 1);
      await old.createJob("kj", "kp");
      expect(
        (
          await old.post("/jobs/kj/tasks", {
            id: "orphan",
            commandLine: "/bin/sh -c 'echo $$ > pid.txt; exec sleep 1000'",
          })
        ).status,
      ).to.equal(201);
      await waitFor(async () => {
        const r = await old.get("/jobs/kj/tasks/orphan/files/wd/pid.txt");
        pid = r.status === 200 ? Number(r.text.trim()) : 0;
        return pid > 0;
      });
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      child.kill("SIGKILL");
      await exited;
      expect(processAlive(pid), "the task's process outlives the killed emulator").to.equal(true);

      const { client } = await open();
      expect(processAlive(pid), "the restarted emulator ended it").to.equal(false);
      expect(emu!.requeuedAtStart).to.equal(1);
      expect((await client.get("/jobs/kj/tasks/orphan")).json.executionInfo.requeueCount).to.equal(1);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if (pid > 0 && processAlive(pid)) process.kill(pid, "SIGKILL");
    }
  });

  it("refuses a second emulator on a data directory in use", async () => {
    await open();
    let refused = "";
    try {
      const second = await startEmulator({ dataDir, clock: new ManualClock() });
      await second.close();
    } catch (e) {
      refused = (e as Error).message;
    }
    expect(refused).to.contain("in use by another emulator");
  });

  it("lets go of the data directory when it cannot start (unreadable certificate files)", async () => {
    let failed = "";
    await startEmulator({
      dataDir,
      clock: new ManualClock(),
      https: { cert: join(dataDir, "missing-cert.pem"), key: join(dataDir, "missing-key.pem") },
    }).then(
      (e) => e.close(),
      (e: Error) => (failed = e.message),
    );
    expect(failed).to.contain("missing-cert.pem");
    await open(); // the SQLite lock was released
    expect(emu!.durable).to.equal(true);
  });

  it("a start without a data dir that fails (certificate files, port in use) leaves no temporary directory", async () => {
    const temp = await mkdtemp(join(tmpdir(), "azbatch-own-temp-"));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    const blocker = createServer();
    try {
      await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
      const port = (blocker.address() as AddressInfo).port;
      const failures: string[] = [];
      for (const options of [
        { https: { cert: join(temp, "missing-cert.pem"), key: join(temp, "missing-key.pem") } },
        { port },
      ]) {
        await startEmulator({ clock: new ManualClock(), ...options }).then(
          (e) => e.close(),
          (e: Error) => failures.push(e.message),
        );
      }
      expect(failures).to.have.length(2);
      expect(await readdir(temp)).to.deep.equal([]);
    } finally {
      process.env.TMPDIR = saved;
      if (saved === undefined) delete process.env.TMPDIR;
      blocker.close();
      await rm(temp, { recursive: true, force: true });
    }
  });

  it("without a data dir keeps state in memory only", async () => {
    const mem = await startEmulator({ clock: new ManualClock() });
    try {
      expect(mem.durable).to.equal(false);
      expect(
        await stat(join(mem.dataDir, STATE_FILE)).then(
          () => true,
          () => false,
        ),
      ).to.equal(false);
    } finally {
      await mem.close();
    }
  });

  it("kill -9 during a 2,000-task run: nothing created is lost, running tasks are requeued, completed tasks do not run again", async () => {
    const r = await killRestart(2000);
    expect(r.problems).to.deep.equal([]);
    expect(r.created).to.equal(2000);
    expect(r.completed).to.equal(2000);
    expect(r.lost).to.equal(0);
    expect(r.completedBeforeKill).to.be.greaterThan(0);
    expect(r.completedRanAgain).to.equal(0);
    expect(r.requeued).to.equal(r.requeuedAtStart);
  });
});

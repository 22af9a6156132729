import { expect } from "chai";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, startEmulator, type RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

/** A shell loop that waits for a file (at most 600 polls of 50 ms), then fails if it is still missing. */
const waitForFile = (file: string): string =>
  `i=0; while [ ! -f ${file} ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; [ -f ${file} ]`;

describe("emulator: job preparation and release tasks", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
  });
  after(() => emu.close());

  const nodeIds = async (poolId: string): Promise<string[]> =>
    (await client.get(`/pools/${poolId}/nodes`)).json.value.map((n: { id: string }) => n.id).sort();
  const shared = (nodeId: string, name: string): string => join(emu.dataDir!, "nodes", nodeId, "shared", name);
  const status = async (jobId: string, query: Record<string, string> = {}) =>
    (await client.get(`/jobs/${jobId}/jobpreparationandreleasetaskstatus`, { query })).json;
  const taskState = async (jobId: string, taskId: string): Promise<string> =>
    (await client.get(`/jobs/${jobId}/tasks/${taskId}`)).json.state;

  it("runs the preparation task on a node before the job's first task there, once per node per job", async () => {
    await client.createPool("p-once", 1);
    const [node] = await nodeIds("p-once");
    await client.createJob("j-once", "p-once", {
      jobPreparationTask: { commandLine: `/bin/sh -c 'sleep 0.3; echo prep >> "$AZ_BATCH_NODE_SHARED_DIR/log"'` },
    });
    for (const id of ["t1", "t2", "t3"])
      await client.post("/jobs/j-once/tasks", {
        id,
        commandLine: `/bin/sh -c 'echo ${id} >> "$AZ_BATCH_NODE_SHARED_DIR/log"'`,
      });
    for (const id of ["t1", "t2", "t3"])
      expect((await client.waitTask("j-once", id)).executionInfo.exitCode).to.equal(0);
    const lines = (await readFile(shared(node!, "log"), "utf8")).trim().split("\n");
    expect(lines[0]).to.equal("prep");
    expect(lines.filter((l) => l === "prep")).to.have.length(1);
    expect([...lines.slice(1)].sort()).to.deep.equal(["t1", "t2", "t3"]);
    const list = (await status("j-once")).value;
    expect(list).to.have.length(1);
    expect(list[0].jobPreparationTaskExecutionInfo).to.include({
      state: "completed",
      exitCode: 0,
      result: "success",
      retryCount: 0,
    });
  });

  it("waitForSuccess true: the job's tasks wait in preparing until preparation succeeded; false: they start while it runs", async () => {
    await client.createPool("p-wait", 1, { taskSlotsPerNode: 2 });
    const [node] = await nodeIds("p-wait");
    await client.createJob("j-wait", "p-wait", {
      jobPreparationTask: { commandLine: `/bin/sh -c '${waitForFile("$AZ_BATCH_NODE_SHARED_DIR/go-wait")}'` },
    });
    await client.createJob("j-nowait", "p-wait", {
      jobPreparationTask: {
        commandLine: `/bin/sh -c '${waitForFile("$AZ_BATCH_NODE_SHARED_DIR/go-nowait")}'`,
        waitForSuccess: false,
      },
    });
    await client.post("/jobs/j-wait/tasks", { id: "t", commandLine: "/bin/true" });
    await client.post("/jobs/j-nowait/tasks", { id: "t", commandLine: "/bin/true" });
    // waitForSuccess false: the task completes while its job's preparation still runs.
    expect((await client.waitTask("j-nowait", "t")).executionInfo.result).to.equal("success");
    expect((await status("j-nowait")).value[0].jobPreparationTaskExecutionInfo.state).to.equal("running");
    // waitForSuccess true: the task holds a slot on the node in `preparing`.
    await client.settle(async () => (await taskState("j-wait", "t")) === "preparing");
    expect((await status("j-wait")).value[0].jobPreparationTaskExecutionInfo.state).to.equal("running");
    expect((await client.get(`/pools/p-wait/nodes/${node}`)).json.state).to.equal("running");
    await writeFile(shared(node!, "go-wait"), "");
    const t = await client.waitTask("j-wait", "t");
    expect(t.executionInfo.result).to.equal("success");
    expect((await status("j-wait")).value[0].jobPreparationTaskExecutionInfo.result).to.equal("success");
    await writeFile(shared(node!, "go-nowait"), "");
    await client.settle(
      async () => (await status("j-nowait")).value[0].jobPreparationTaskExecutionInfo.state === "completed",
    );
  });

  it("a preparation task that failed after maxTaskRetryCount retries keeps the job's tasks off that node; they stay active", async () => {
    await client.createPool("p-fail", 2);
    const [bad, good] = await nodeIds("p-fail");
    await client.createJob("j-fail", "p-fail", {
      jobPreparationTask: {
        commandLine: `/bin/sh -c 'echo try >> "$AZ_BATCH_NODE_SHARED_DIR/tries"; test "$AZ_BATCH_NODE_ID" != "${bad}"'`,
        constraints: { maxTaskRetryCount: 1 },
      },
    });
    for (const id of ["a", "b", "c", "d"]) await client.post("/jobs/j-fail/tasks", { id, commandLine: "/bin/true" });
    for (const id of ["a", "b", "c", "d"]) expect((await client.waitTask("j-fail", id)).nodeInfo.nodeId).to.equal(good);
    const entries = (await status("j-fail")).value;
    const failed = entries.find((e: { nodeId: string }) => e.nodeId === bad);
    expect(failed.jobPreparationTaskExecutionInfo).to.include({
      state: "completed",
      exitCode: 1,
      result: "failure",
      retryCount: 1,
    });
    expect(failed.jobPreparationTaskExecutionInfo.failureInfo.code).to.equal("FailureExitCode");
    expect(failed.jobPreparationTaskExecutionInfo.lastRetryTime).to.be.a("string");
    expect((await readFile(shared(bad!, "tries"), "utf8")).trim().split("\n")).to.have.length(2);

    // A pool whose only node failed preparation: the task stays active, never runs.
    await client.createPool("p-fail1", 1);
    await client.createJob("j-fail1", "p-fail1", { jobPreparationTask: { commandLine: "/bin/sh -c 'exit 2'" } });
    await client.post("/jobs/j-fail1/tasks", { id: "t", commandLine: "/bin/true" });
    await client.settle(
      async () => (await status("j-fail1")).value[0]?.jobPreparationTaskExecutionInfo.state === "completed",
    );
    await client.settle(async () => (await taskState("j-fail1", "t")) === "active");
    await client.clock!.advance(60_000);
    const t = (await client.get("/jobs/j-fail1/tasks/t")).json;
    expect(t.state).to.equal("active");
    expect(t.executionInfo.startTime).to.equal(undefined);
    expect((await status("j-fail1")).value).to.have.length(1);
  });

  it("tasks see AZ_BATCH_JOB_PREP_DIR and AZ_BATCH_JOB_PREP_WORKING_DIR; preparation runs in its own directory and keeps its output", async () => {
    await client.createPool("p-env", 1);
    const [node] = await nodeIds("p-env");
    await client.createJob("j-env", "p-env", {
      jobPreparationTask: {
        id: "myprep",
        commandLine: `/bin/sh -c 'echo "$AZ_BATCH_TASK_ID $AZ_BATCH_JOB_ID $PWD $AZ_BATCH_TASK_WORKING_DIR"; echo made > made; echo warn >&2'`,
      },
    });
    await client.post("/jobs/j-env/tasks", {
      id: "t",
      commandLine: `/bin/sh -c 'echo "$AZ_BATCH_JOB_PREP_WORKING_DIR"; echo "$AZ_BATCH_JOB_PREP_DIR"; cat "$AZ_BATCH_JOB_PREP_WORKING_DIR/made"'`,
    });
    await client.waitTask("j-env", "t");
    const prepDir = join(emu.dataDir!, "nodes", node!, "workitems", "j-env", "job-1", "myprep");
    const out = (await client.get("/jobs/j-env/tasks/t/files/stdout.txt")).text;
    expect(out).to.equal(`${prepDir}/wd\n${prepDir}\nmade\n`);
    const base = `/pools/p-env/nodes/${node}/files/workitems/j-env/job-1/myprep`;
    expect((await client.get(`${base}/stdout.txt`)).text).to.equal(`myprep j-env ${prepDir}/wd ${prepDir}/wd\n`);
    expect((await client.get(`${base}/stderr.txt`)).text).to.equal("warn\n");
  });

  it("the release task runs on terminate on each node that ran preparation, and the job completes only after it", async () => {
    await client.createPool("p-rel", 2);
    const nodes = await nodeIds("p-rel");
    await client.createJob("j-rel", "p-rel", {
      jobPreparationTask: { commandLine: "/bin/true" },
      jobReleaseTask: {
        commandLine: `/bin/sh -c '${waitForFile("$AZ_BATCH_NODE_SHARED_DIR/go-rel")}; echo "$AZ_BATCH_TASK_ID $AZ_BATCH_JOB_PREP_WORKING_DIR"'`,
      },
    });
    // Two long tasks: one on each node (spread).
    for (const id of ["a", "b"])
      await client.post("/jobs/j-rel/tasks", { id, commandLine: `/bin/sh -c '${waitForFile("never")}'` });
    await client.settle(
      async () => (await taskState("j-rel", "a")) === "running" && (await taskState("j-rel", "b")) === "running",
    );
    expect((await client.post("/jobs/j-rel/terminate")).status).to.equal(202);
    await client.settle(async () =>
      (await status("j-rel")).value.every(
        (e: { jobReleaseTaskExecutionInfo?: { state: string } }) => e.jobReleaseTaskExecutionInfo?.state === "running",
      ),
    );
    expect((await client.get("/jobs/j-rel")).json.state).to.equal("terminating");
    for (const n of nodes) await writeFile(shared(n, "go-rel"), "");
    await client.settle(async () => (await client.get("/jobs/j-rel")).json.state === "completed");
    const entries = (await status("j-rel")).value;
    expect(entries.map((e: { nodeId: string }) => e.nodeId).sort()).to.deep.equal(nodes);
    for (const e of entries) {
      expect(e.jobReleaseTaskExecutionInfo).to.include({ state: "completed", exitCode: 0, result: "success" });
      expect(e.jobReleaseTaskExecutionInfo.taskRootDirectory).to.equal("workitems/j-rel/job-1/jobrelease");
      const prepWd = join(emu.dataDir!, "nodes", e.nodeId, "workitems", "j-rel", "job-1", "jobpreparation", "wd");
      const out = await client.get(`/pools/p-rel/nodes/${e.nodeId}/files/workitems/j-rel/job-1/jobrelease/stdout.txt`);
      expect(out.text).to.equal(`jobrelease ${prepWd}\n`);
    }
  });

  it("the release task's maxWallClockTime is applied by the clock; onAllTasksComplete ends the job and runs it", async () => {
    await client.createPool("p-wall", 1);
    await client.createJob("j-wall", "p-wall", {
      onAllTasksComplete: "terminatejob",
      jobPreparationTask: { commandLine: "/bin/true" },
      jobReleaseTask: { commandLine: `/bin/sh -c '${waitForFile("never")}'`, maxWallClockTime: "PT10S" },
    });
    await client.post("/jobs/j-wall/tasks", { id: "t", commandLine: "/bin/true" });
    await client.settle(async () => (await client.get("/jobs/j-wall")).json.state === "completed", 30_000, 20_000);
    const job = (await client.get("/jobs/j-wall")).json;
    expect(job.executionInfo.terminateReason).to.equal("AllTasksComplete");
    const rel = (await status("j-wall")).value[0].jobReleaseTaskExecutionInfo;
    expect(rel).to.include({ state: "completed", result: "failure" });
    expect(rel.failureInfo.code).to.equal("MaxWallClockTimeExpiry");
    expect(Date.parse(rel.endTime) - Date.parse(rel.startTime)).to.equal(10_000);
  });

  it("the release task runs on delete before the job is gone (the job is deleting meanwhile)", async () => {
    await client.createPool("p-del", 1);
    const [node] = await nodeIds("p-del");
    await client.createJob("j-del", "p-del", {
      jobPreparationTask: { commandLine: "/bin/true" },
      jobReleaseTask: {
        commandLine: `/bin/sh -c '${waitForFile("$AZ_BATCH_NODE_SHARED_DIR/go-del")}; echo "$AZ_BATCH_JOB_ID" > "$AZ_BATCH_NODE_SHARED_DIR/released"'`,
      },
    });
    await client.post("/jobs/j-del/tasks", { id: "t", commandLine: "/bin/true" });
    await client.waitTask("j-del", "t");
    expect((await client.del("/jobs/j-del")).status).to.equal(202);
    await client.settle(async () => (await status("j-del")).value[0]?.jobReleaseTaskExecutionInfo?.state === "running");
    expect((await client.get("/jobs/j-del")).json.state).to.equal("deleting");
    expect(existsSync(shared(node!, "released"))).to.equal(false);
    await writeFile(shared(node!, "go-del"), "");
    await client.settle(async () => (await client.get("/jobs/j-del")).status === 404);
    expect(await readFile(shared(node!, "released"), "utf8")).to.equal("j-del\n");
  });

  it("a job that ends while a node that ran preparation reboots completes when that node's start task fails (no release there)", async () => {
    await client.createPool("p-stf", 1, {
      startTask: {
        commandLine: `/bin/sh -c 'test -f "$AZ_BATCH_NODE_SHARED_DIR/breakstart" && exit 1; exit 0'`,
        waitForSuccess: true,
        maxTaskRetryCount: 0,
      },
    });
    const [node] = await nodeIds("p-stf");
    await client.settle(async () => (await client.get(`/pools/p-stf/nodes/${node}`)).json.state === "idle");
    await client.createJob("j-stf", "p-stf", {
      jobPreparationTask: { commandLine: "/bin/true" },
      jobReleaseTask: { commandLine: "/bin/true" },
    });
    await client.post("/jobs/j-stf/tasks", { id: "t1", commandLine: "/bin/true" });
    await client.waitTask("j-stf", "t1");
    await writeFile(shared(node!, "breakstart"), "");
    expect((await client.post(`/pools/p-stf/nodes/${node}/reboot`)).status).to.equal(202);
    expect((await client.get(`/pools/p-stf/nodes/${node}`)).json.state).to.equal("rebooting");
    expect((await client.post("/jobs/j-stf/terminate")).status).to.equal(202);
    expect((await client.get("/jobs/j-stf")).json.state).to.equal("terminating");
    await client.settle(async () => (await client.get(`/pools/p-stf/nodes/${node}`)).json.state === "starttaskfailed");
    await client.settle(async () => (await client.get("/jobs/j-stf")).json.state === "completed");
    const [entry] = (await status("j-stf")).value;
    expect(entry.jobReleaseTaskExecutionInfo).to.equal(undefined);
  });

  for (const how of ["resize", "removenodes"] as const) {
    it(`a job that ends while a node that ran preparation boots completes when a ${how} removes that node`, async () => {
      const pool = `p-rm-${how}`;
      const job = `j-rm-${how}`;
      await client.createPool(pool, 1);
      const [node] = await nodeIds(pool);
      await client.createJob(job, pool, {
        jobPreparationTask: { commandLine: "/bin/true" },
        jobReleaseTask: { commandLine: "/bin/true" },
      });
      await client.post(`/jobs/${job}/tasks`, { id: "t1", commandLine: "/bin/true" });
      await client.waitTask(job, "t1");
      expect((await client.post(`/pools/${pool}/nodes/${node}/reboot`)).status).to.equal(202);
      expect((await client.post(`/jobs/${job}/terminate`)).status).to.equal(202);
      expect((await client.get(`/jobs/${job}`)).json.state).to.equal("terminating");
      expect((await client.get(`/pools/${pool}/nodes/${node}`)).json.state).to.be.oneOf(["rebooting", "starting"]);
      const removed =
        how === "resize"
          ? await client.post(`/pools/${pool}/resize`, { targetDedicatedNodes: 0 })
          : await client.post(`/pools/${pool}/removenodes`, { nodeList: [node] });
      expect(removed.status).to.equal(202);
      await client.settle(async () => (await client.get(`/pools/${pool}/nodes`)).json.value.length === 0);
      await client.settle(async () => (await client.get(`/jobs/${job}`)).json.state === "completed");
    });
  }

  it("after a reboot preparation runs again before the job's next task, unless it succeeded and rerunOnNodeRebootAfterSuccess is false", async () => {
    await client.createPool("p-boot", 1);
    const [node] = await nodeIds("p-boot");
    const prep = (name: string): string => `/bin/sh -c 'echo ${name} >> "$AZ_BATCH_NODE_SHARED_DIR/preps"'`;
    await client.createJob("j-rerun", "p-boot", { jobPreparationTask: { commandLine: prep("rerun") } });
    await client.createJob("j-keep", "p-boot", {
      jobPreparationTask: { commandLine: prep("keep"), rerunOnNodeRebootAfterSuccess: false },
    });
    for (const j of ["j-rerun", "j-keep"]) {
      await client.post(`/jobs/${j}/tasks`, { id: "t1", commandLine: "/bin/true" });
      await client.waitTask(j, "t1");
    }
    expect((await client.post(`/pools/p-boot/nodes/${node}/reboot`)).status).to.equal(202);
    await client.settle(async () => (await client.get(`/pools/p-boot/nodes/${node}`)).json.state === "idle");
    for (const j of ["j-rerun", "j-keep"]) {
      await client.post(`/jobs/${j}/tasks`, { id: "t2", commandLine: "/bin/true" });
      await client.waitTask(j, "t2");
    }
    const lines = (await readFile(shared(node!, "preps"), "utf8")).trim().split("\n");
    expect(lines.filter((l) => l === "rerun")).to.have.length(2);
    expect(lines.filter((l) => l === "keep")).to.have.length(1);
  });

  it("a node whose preparation failed stays ineligible for the job after a reboot, and is eligible again after a reimage", async () => {
    await client.createPool("p-reimage", 1);
    const [node] = await nodeIds("p-reimage");
    // Fails until the file `ok` exists in the node's shared directory (which a reimage keeps).
    await client.createJob("j-reimage", "p-reimage", {
      jobPreparationTask: {
        commandLine: `/bin/sh -c 'echo try >> "$AZ_BATCH_NODE_SHARED_DIR/tries"; test -f "$AZ_BATCH_NODE_SHARED_DIR/ok"'`,
      },
    });
    await client.post("/jobs/j-reimage/tasks", { id: "t", commandLine: "/bin/true" });
    await client.settle(
      async () => (await status("j-reimage")).value[0]?.jobPreparationTaskExecutionInfo.result === "failure",
    );
    await writeFile(shared(node!, "ok"), "");
    const nodeIdle = async () => (await client.get(`/pools/p-reimage/nodes/${node}`)).json.state === "idle";
    expect((await client.post(`/pools/p-reimage/nodes/${node}/reboot`)).status).to.equal(202);
    await client.settle(async () => (await client.get(`/pools/p-reimage/nodes/${node}`)).json.state === "rebooting");
    await client.settle(nodeIdle);
    await client.clock!.advance(60_000);
    expect(await taskState("j-reimage", "t")).to.equal("active");
    expect((await readFile(shared(node!, "tries"), "utf8")).trim().split("\n")).to.have.length(1);
    expect((await client.post(`/pools/p-reimage/nodes/${node}/reimage`)).status).to.equal(202);
    await client.settle(async () => (await client.get(`/pools/p-reimage/nodes/${node}`)).json.state === "reimaging");
    const t = await client.waitTask("j-reimage", "t");
    expect(t.executionInfo.result).to.equal("success");
    expect((await readFile(shared(node!, "tries"), "utf8")).trim().split("\n")).to.have.length(2);
    expect((await status("j-reimage")).value[0].jobPreparationTaskExecutionInfo).to.include({ result: "success" });
  });

  it("lists per node in the spec's shape, with $filter, $select and paging; 409 without preparation or release task", async () => {
    await client.createPool("p-list", 2);
    const nodes = await nodeIds("p-list");
    await client.createJob("j-list", "p-list", { jobPreparationTask: { commandLine: "/bin/true" } });
    // Both tasks run until the test lets them end: "b" starts while "a" holds its node's only slot, so
    // preparation runs on both nodes however long the second request takes.
    const go = join(emu.dataDir!, "go-list");
    for (const id of ["a", "b"])
      await client.post("/jobs/j-list/tasks", {
        id,
        commandLine: `/bin/sh -c '${waitForFile('"$GO"')}'`,
        environmentSettings: [{ name: "GO", value: go }],
      });
    await client.settle(
      async () => (await taskState("j-list", "a")) === "running" && (await taskState("j-list", "b")) === "running",
    );
    await writeFile(go, "");
    for (const id of ["a", "b"]) expect((await client.waitTask("j-list", id)).executionInfo.exitCode).to.equal(0);
    const all = await status("j-list");
    expect(all["odata.metadata"]).to.match(/#jobpreparationandreleasetaskstatus$/);
    expect(all.value.map((e: { nodeId: string }) => e.nodeId).sort()).to.deep.equal(nodes);
    const e = all.value.find((x: { nodeId: string }) => x.nodeId === nodes[0]);
    expect(Object.keys(e)).to.deep.equal(["poolId", "nodeId", "nodeUrl", "jobPreparationTaskExecutionInfo"]);
    expect(e.poolId).to.equal("p-list");
    expect(e.nodeUrl).to.equal(`${emu.endpoint}/pools/p-list/nodes/${nodes[0]}`);
    const info = e.jobPreparationTaskExecutionInfo;
    expect(Object.keys(info)).to.deep.equal([
      "startTime",
      "endTime",
      "state",
      "taskRootDirectory",
      "taskRootDirectoryUrl",
      "exitCode",
      "retryCount",
      "result",
    ]);
    expect(info.taskRootDirectory).to.equal("workitems/j-list/job-1/jobpreparation");
    expect(info.taskRootDirectoryUrl).to.equal(`${e.nodeUrl}/files/workitems/j-list/job-1/jobpreparation`);
    const one = await status("j-list", { $filter: `nodeId eq '${nodes[1]}'` });
    expect(one.value.map((x: { nodeId: string }) => x.nodeId)).to.deep.equal([nodes[1]]);
    const sel = await status("j-list", { $select: "nodeId" });
    expect(sel.value.every((x: object) => Object.keys(x).join() === "nodeId")).to.equal(true);
    const page1 = await status("j-list", { maxresults: "1" });
    expect(page1.value).to.have.length(1);
    const page2 = (
      await client.get(new URL(page1["odata.nextLink"]).pathname + new URL(page1["odata.nextLink"]).search)
    ).json;
    expect(page2.value).to.have.length(1);
    expect(page2.value[0].nodeId).to.not.equal(page1.value[0].nodeId);
    expect(page2["odata.nextLink"]).to.equal(undefined);
    await client.createJob("j-none", "p-list");
    const none = await client.get("/jobs/j-none/jobpreparationandreleasetaskstatus");
    expect(none.status).to.equal(409);
    expect(none.json.code).to.equal("JobPreparationTaskOrReleaseTaskNotSpecified");
  });

  it("validation: a release task needs a preparation task; release maxWallClockTime at most 15 minutes; task ids of the special tasks are taken", async () => {
    const noPrep = await client.post("/jobs", {
      id: "v1",
      poolInfo: { poolId: "p-list" },
      jobReleaseTask: { commandLine: "/bin/true" },
    });
    expect(noPrep.status).to.equal(400);
    expect(noPrep.json.code).to.equal("InvalidPropertyValue");
    expect(noPrep.json.values[0]).to.deep.equal({ key: "PropertyName", value: "jobReleaseTask" });
    const tooLong = await client.post("/jobs", {
      id: "v2",
      poolInfo: { poolId: "p-list" },
      jobPreparationTask: { commandLine: "/bin/true" },
      jobReleaseTask: { commandLine: "/bin/true", maxWallClockTime: "PT16M" },
    });
    expect(tooLong.status).to.equal(400);
    expect(tooLong.json.values[0].value).to.equal("jobReleaseTask.maxWallClockTime");
    const badId = await client.post("/jobs", {
      id: "v3",
      poolInfo: { poolId: "p-list" },
      jobPreparationTask: { id: "bad id", commandLine: "/bin/true" },
    });
    expect(badId.status).to.equal(400);
    expect(badId.json.values[0].value).to.equal("jobPreparationTask.id");
    await client.createJob("v4", "p-list", {
      jobPreparationTask: { commandLine: "/bin/true" },
      jobReleaseTask: { id: "cleanup", commandLine: "/bin/true" },
    });
    const samePrep = await client.post("/jobs/v4/tasks", { id: "JobPreparation", commandLine: "/bin/true" });
    expect(samePrep.status).to.equal(409);
    expect(samePrep.json.code).to.equal("TaskIdSameAsJobPreparationTask");
    const sameRelease = await client.post("/jobs/v4/tasks", { id: "cleanup", commandLine: "/bin/true" });
    expect(sameRelease.status).to.equal(409);
    expect(sameRelease.json.code).to.equal("TaskIdSameAsJobReleaseTask");
    expect((await client.post("/jobs/v4/tasks", { id: "jobrelease", commandLine: "/bin/true" })).status).to.equal(201);
  });
});

describe("emulator: job preparation across a restart (durable store)", function () {
  this.timeout(120_000);
  let dataDir: string;
  let emu: RunningEmulator | undefined;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-prep-"));
  });
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });

  it("a preparation task running at restart runs again before the waiting task; its state survives the restart", async () => {
    let clock = new ManualClock();
    emu = await startEmulator({ dataDir, clock });
    let client = new TestClient(emu, clock);
    await client.createPool("rp", 1);
    const [node] = (await client.get("/pools/rp/nodes")).json.value.map((n: { id: string }) => n.id);
    const sharedDir = join(dataDir, "nodes", node, "shared");
    await client.createJob("rj", "rp", {
      jobPreparationTask: {
        commandLine: `/bin/sh -c 'echo run >> "$AZ_BATCH_NODE_SHARED_DIR/runs"; ${waitForFile("$AZ_BATCH_NODE_SHARED_DIR/go")}'`,
      },
    });
    await client.post("/jobs/rj/tasks", { id: "t", commandLine: "/bin/true" });
    await client.settle(async () => (await client.get("/jobs/rj/tasks/t")).json.state === "preparing");
    await client.settle(() => existsSync(join(sharedDir, "runs")));
    await emu.close();

    clock = new ManualClock(new Date(clock.now().getTime() + 1000));
    emu = await startEmulator({ dataDir, clock });
    client = new TestClient(emu, clock);
    const before = (await client.get("/jobs/rj/jobpreparationandreleasetaskstatus")).json.value;
    expect(before).to.have.length(1);
    expect(before[0].nodeId).to.equal(node);
    await client.settle(async () => (await readFile(join(sharedDir, "runs"), "utf8")) === "run\nrun\n");
    expect((await client.get("/jobs/rj/tasks/t")).json.state).to.be.oneOf(["active", "preparing"]);
    await writeFile(join(sharedDir, "go"), "");
    const t = await client.waitTask("rj", "t");
    expect(t.executionInfo).to.include({ result: "success", requeueCount: 1 });
    const after = (await client.get("/jobs/rj/jobpreparationandreleasetaskstatus")).json.value;
    expect(after[0].jobPreparationTaskExecutionInfo).to.include({ state: "completed", result: "success" });
  });
});

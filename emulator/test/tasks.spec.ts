import { expect } from "chai";
import { existsSync, readdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { RETIRED_DIR } from "../src/fs/safeFs.js";
import type { RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

describe("emulator: jobs and tasks", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
    await client.createPool("tp", 2, { taskSlotsPerNode: 4 });
  });
  after(() => emu.close());

  it("runs a task that exits 0, with the node environment and its files", async () => {
    await client.createJob("j-ok", "tp", { commonEnvironmentSettings: [{ name: "FROM_JOB", value: "job" }] });
    const r = await client.post("/jobs/j-ok/tasks", {
      id: "t1",
      commandLine: "/bin/sh -c 'env | grep -E \"^(AZ_BATCH_|FROM_|MY_)\" | sort; pwd'",
      environmentSettings: [{ name: "MY_VAR", value: "hello world" }],
    });
    expect(r.status).to.equal(201);
    expect(r.headers.get("dataserviceid")).to.equal(`${emu.endpoint}/jobs/j-ok/tasks/t1`);
    const task = await client.waitTask("j-ok", "t1");
    expect(task.executionInfo).to.include({ exitCode: 0, result: "success", retryCount: 0, requeueCount: 0 });
    expect(task.executionInfo.startTime).to.be.a("string");
    expect(task.executionInfo.endTime).to.be.a("string");
    expect(task.nodeInfo.poolId).to.equal("tp");
    expect(task.nodeInfo.taskRootDirectory).to.equal("workitems/j-ok/job-1/t1");
    const out = (await client.get("/jobs/j-ok/tasks/t1/files/stdout.txt")).text;
    const env = Object.fromEntries(
      out
        .trim()
        .split("\n")
        .filter((l) => l.includes("="))
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    const root = `${emu.dataDir}/nodes/${task.nodeInfo.nodeId}`;
    const taskDir = `${root}/workitems/j-ok/job-1/t1`;
    expect(env).to.include({
      AZ_BATCH_ACCOUNT_NAME: "devbatch",
      AZ_BATCH_ACCOUNT_URL: emu.endpoint,
      AZ_BATCH_POOL_ID: "tp",
      AZ_BATCH_NODE_ID: task.nodeInfo.nodeId,
      AZ_BATCH_JOB_ID: "j-ok",
      AZ_BATCH_TASK_ID: "t1",
      AZ_BATCH_TASK_DIR: taskDir,
      AZ_BATCH_TASK_WORKING_DIR: `${taskDir}/wd`,
      AZ_BATCH_NODE_ROOT_DIR: root,
      AZ_BATCH_NODE_SHARED_DIR: `${root}/shared`,
      AZ_BATCH_NODE_STARTUP_DIR: `${root}/startup`,
      AZ_BATCH_NODE_IS_DEDICATED: "true",
      FROM_JOB: "job",
      MY_VAR: "hello world",
    });
    expect(out.trim().split("\n").pop()).to.equal(`${taskDir}/wd`);
    const counts = (await client.get("/jobs/j-ok/taskcounts")).json;
    expect(counts.taskCounts).to.deep.equal({ active: 0, running: 0, completed: 1, succeeded: 1, failed: 0 });
    expect(counts.taskSlotCounts).to.deep.equal({ active: 0, running: 0, completed: 1, succeeded: 1, failed: 0 });
  });

  it("retries a non-zero exit up to maxTaskRetryCount, then fails with FailureExitCode", async () => {
    await client.createJob("j-fail", "tp");
    await client.post("/jobs/j-fail/tasks", {
      id: "t",
      commandLine: '/bin/sh -c "echo hi && exit 3"',
      constraints: { maxTaskRetryCount: 2 },
    });
    const task = await client.waitTask("j-fail", "t");
    expect(task.executionInfo).to.include({ exitCode: 3, result: "failure", retryCount: 2 });
    expect(task.executionInfo.failureInfo).to.include({ category: "usererror", code: "FailureExitCode" });
    expect(task.executionInfo.lastRetryTime).to.be.a("string");
    expect((await client.get("/jobs/j-fail/tasks/t/files/stdout.txt")).text).to.equal("hi\n");
    const counts = (await client.get("/jobs/j-fail/taskcounts")).json.taskCounts;
    expect(counts).to.include({ completed: 1, failed: 1, succeeded: 0 });
    const react = await client.post("/jobs/j-fail/tasks/t/reactivate");
    expect(react.status).to.equal(204);
    const again = await client.waitTask("j-fail", "t");
    expect(again.executionInfo.retryCount).to.equal(2);
    expect(again.executionInfo.result).to.equal("failure");
  });

  it("reports a missing program as a failed task", async () => {
    await client.post("/jobs/j-fail/tasks", { id: "noprog", commandLine: "/no/such/program arg" });
    const task = await client.waitTask("j-fail", "noprog");
    expect(task.executionInfo.result).to.equal("failure");
    expect(task.executionInfo.failureInfo.code).to.equal("CommandProgramNotFound");
  });

  it("kills a task that exceeds maxWallClockTime", async () => {
    await client.createJob("j-wall", "tp");
    await client.post("/jobs/j-wall/tasks", {
      id: "slow",
      commandLine: "/bin/sh -c 'sleep 30'",
      constraints: { maxWallClockTime: "PT0.5S", maxTaskRetryCount: 3 },
    });
    const task = await client.waitTask("j-wall", "slow");
    // The limit is applied on the emulator's clock (not real time, which a loaded machine stretches): the run
    // lasted at least 0.5 s of it (more if other timers ran while the killed process exited).
    expect(Date.parse(task.executionInfo.endTime) - Date.parse(task.executionInfo.startTime)).to.be.at.least(500);
    expect(task.executionInfo.result).to.equal("failure");
    expect(task.executionInfo.failureInfo).to.include({ category: "usererror", code: "MaxWallClockTimeExpiry" });
    expect(task.executionInfo.retryCount).to.equal(0);
  });

  it("terminates a running task (204) and refuses terminating it again (409 TaskCompleted)", async () => {
    await client.createJob("j-term", "tp");
    await client.post("/jobs/j-term/tasks", { id: "long", commandLine: "sleep 30" });
    await client.settle(async () => (await client.get("/jobs/j-term/tasks/long")).json.state === "running");
    expect((await client.post("/jobs/j-term/tasks/long/terminate")).status).to.equal(204);
    const task = await client.waitTask("j-term", "long");
    expect(task.executionInfo.failureInfo.code).to.equal("TaskEnded");
    const again = await client.post("/jobs/j-term/tasks/long/terminate");
    expect(again.status).to.equal(409);
    expect(again.json.code).to.equal("TaskCompleted");
    expect((await client.del("/jobs/j-term/tasks/long")).status).to.equal(200);
    expect((await client.get("/jobs/j-term/tasks/long")).json.code).to.equal("TaskNotFound");
  });

  it("a task deleted while running and added again with its ID keeps the new run's files", async () => {
    await client.createJob("j-readd", "tp");
    await client.post("/jobs/j-readd/tasks", { id: "t", commandLine: "/bin/sh -c 'echo old; sleep 30'" });
    await client.settle(async () => (await client.get("/jobs/j-readd/tasks/t")).json.state === "running");
    expect((await client.del("/jobs/j-readd/tasks/t")).status).to.equal(200);
    await client.post("/jobs/j-readd/tasks", { id: "t", commandLine: "/bin/sh -c 'echo new; echo kept > out.txt'" });
    expect((await client.waitTask("j-readd", "t")).executionInfo.result).to.equal("success");
    // The old run's files were moved aside; wait until they are removed (after its process ended).
    const retired = join(emu.dataDir, RETIRED_DIR);
    await client.settle(async () => !existsSync(retired) || readdirSync(retired).length === 0);
    expect((await client.get("/jobs/j-readd/tasks/t/files/stdout.txt")).text).to.equal("new\n");
    expect((await client.get("/jobs/j-readd/tasks/t/files/wd/out.txt")).text).to.equal("kept\n");
  });

  it("a task deleted while its resource file downloads leaves nothing at its path for a task added again", async () => {
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const server = createServer((_req, res) => void held.then(() => res.end("old task's file\n")));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`;
      await client.createJob("j-dl", "tp");
      await client.post("/jobs/j-dl/tasks", {
        id: "t",
        commandLine: "true",
        resourceFiles: [{ httpUrl: url, filePath: "old.txt" }],
      });
      await client.settle(async () => (await client.get("/jobs/j-dl/tasks/t")).json.state === "running");
      expect((await client.del("/jobs/j-dl/tasks/t")).status).to.equal(200);
      release();
      // The old run ends once its download is answered; its moved directory is then removed.
      const retired = join(emu.dataDir, RETIRED_DIR);
      await client.settle(async () => !existsSync(retired) || readdirSync(retired).length === 0);
      await client.post("/jobs/j-dl/tasks", { id: "t", commandLine: "/bin/sh -c 'ls -A'" });
      expect((await client.waitTask("j-dl", "t")).executionInfo.result).to.equal("success");
      expect((await client.get("/jobs/j-dl/tasks/t/files/stdout.txt")).text).to.equal("");
    } finally {
      release();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("a dependency on an ID with the Kelvin sign is not task k", async () => {
    await client.createJob("j-kelvin", "tp", { usesTaskDependencies: true });
    await client.post("/jobs/j-kelvin/addtaskcollection", {
      value: [
        { id: "k", commandLine: "true" },
        { id: "after", commandLine: "true", dependsOn: { taskIds: ["\u212A"] } },
      ],
    });
    await client.waitTask("j-kelvin", "k");
    await client.settle(async () => true);
    expect((await client.get("/jobs/j-kelvin/tasks/after")).json.state).to.equal("active");
  });

  it("refuses a duplicate task id ignoring case (409 TaskExists)", async () => {
    await client.createJob("j-dup", "tp");
    expect((await client.post("/jobs/j-dup/tasks", { id: "Task1", commandLine: "true" })).status).to.equal(201);
    const dup = await client.post("/jobs/j-dup/tasks", { id: "tASK1", commandLine: "true" });
    expect(dup.status).to.equal(409);
    expect(dup.json.code).to.equal("TaskExists");
    expect((await client.get("/jobs/j-dup/tasks/TASK1")).json.id).to.equal("Task1");
  });

  it("adds a task collection with per-task results, and refuses more than 100 tasks with 413", async () => {
    await client.createJob("j-coll", "tp");
    const r = await client.post("/jobs/j-coll/addtaskcollection", {
      value: [
        { id: "a", commandLine: "true" },
        { id: "b", commandLine: "true" },
        { id: "A", commandLine: "true" },
        { id: "bad id", commandLine: "true" },
        { id: "c" },
      ],
    });
    expect(r.status).to.equal(200);
    const byId = Object.fromEntries(r.json.value.map((x: { taskId: string }) => [x.taskId, x]));
    expect(byId.a.status).to.equal("success");
    expect(byId.a.eTag).to.match(/^0x8D/);
    expect(byId.a.location).to.equal(`${emu.endpoint}/jobs/j-coll/tasks/a`);
    expect(byId.b.status).to.equal("success");
    expect(byId.A).to.deep.include({ status: "clienterror" });
    expect(byId.A.error.code).to.equal("TaskExists");
    expect(byId["bad id"].error.code).to.equal("InvalidPropertyValue");
    expect(byId.c.error.code).to.equal("MissingRequiredProperty");
    const tooMany = await client.post("/jobs/j-coll/addtaskcollection", {
      value: Array.from({ length: 101 }, (_, i) => ({ id: `x${i}`, commandLine: "true" })),
    });
    expect(tooMany.status).to.equal(413);
    expect(tooMany.json.code).to.equal("RequestBodyTooLarge");
    const missingJob = await client.post("/jobs/nope/addtaskcollection", { value: [{ id: "a", commandLine: "true" }] });
    expect(missingJob.status).to.equal(404);
    expect(missingJob.json.code).to.equal("JobNotFound");
  });

  it("terminates the job when all tasks complete (onAllTasksComplete: terminatejob)", async () => {
    await client.createJob("j-all", "tp");
    await client.post("/jobs/j-all/addtaskcollection", {
      value: [1, 2, 3].map((i) => ({ id: `t${i}`, commandLine: "true" })),
    });
    const upd = await client.request("PATCH", "/jobs/j-all", { body: { onAllTasksComplete: "terminatejob" } });
    expect(upd.status).to.equal(200);
    await client.settle(async () => (await client.get("/jobs/j-all")).json.state === "completed");
    const job = (await client.get("/jobs/j-all")).json;
    expect(job.executionInfo.terminateReason).to.equal("AllTasksComplete");
    expect(job.executionInfo.endTime).to.be.a("string");
    const late = await client.post("/jobs/j-all/tasks", { id: "late", commandLine: "true" });
    expect(late.status).to.equal(409);
    expect(late.json.code).to.equal("JobCompleted");
  });

  it("terminates the job on a task failure with exitConditions jobAction terminate", async () => {
    await client.createJob("j-exit", "tp", { onTaskFailure: "performexitoptionsjobaction" });
    // "waiting" runs before "boom" fails: terminating a job ends its running tasks and leaves active ones active.
    await client.post("/jobs/j-exit/tasks", { id: "waiting", commandLine: "sleep 30" });
    await client.settle(async () => (await client.get("/jobs/j-exit/tasks/waiting")).json.state === "running");
    await client.post("/jobs/j-exit/tasks", {
      id: "boom",
      commandLine: "/bin/sh -c 'exit 7'",
      exitConditions: {
        exitCodes: [{ code: 7, exitOptions: { jobAction: "terminate" } }],
        default: { jobAction: "none" },
      },
    });
    await client.settle(async () => (await client.get("/jobs/j-exit")).json.state === "completed");
    const job = (await client.get("/jobs/j-exit")).json;
    expect(job.executionInfo.terminateReason).to.equal("TaskFailed");
    const waiting = await client.waitTask("j-exit", "waiting");
    expect(waiting.state).to.equal("completed");
    const refused = await client.createJob("j-noexit", "tp").then(() =>
      client.post("/jobs/j-noexit/tasks", {
        id: "x",
        commandLine: "true",
        exitConditions: { default: { jobAction: "terminate" } },
      }),
    );
    expect(refused.status).to.equal(400);
    expect(refused.json.code).to.equal("InvalidPropertyValue");
  });

  it("disables (requeue) and enables a job, terminates and deletes it", async () => {
    await client.createJob("j-dis", "tp");
    await client.post("/jobs/j-dis/tasks", { id: "s", commandLine: "sleep 30" });
    await client.settle(async () => (await client.get("/jobs/j-dis/tasks/s")).json.state === "running");
    expect((await client.post("/jobs/j-dis/disable", { disableTasks: "requeue" })).status).to.equal(202);
    await client.settle(async () => (await client.get("/jobs/j-dis")).json.state === "disabled");
    const requeued = (await client.get("/jobs/j-dis/tasks/s")).json;
    expect(requeued.state).to.equal("active");
    expect(requeued.executionInfo.requeueCount).to.equal(1);
    expect((await client.post("/jobs/j-dis/disable", { disableTasks: "requeue" })).json.code).to.equal("JobNotActive");
    expect((await client.post("/jobs/j-dis/enable")).status).to.equal(202);
    await client.settle(async () => (await client.get("/jobs/j-dis/tasks/s")).json.state === "running");
    expect((await client.post("/jobs/j-dis/terminate", { terminateReason: "because" })).status).to.equal(202);
    await client.settle(async () => (await client.get("/jobs/j-dis")).json.state === "completed");
    expect((await client.get("/jobs/j-dis")).json.executionInfo.terminateReason).to.equal("because");
    expect((await client.post("/jobs/j-dis/terminate")).json.code).to.equal("JobCompleted");
    expect((await client.del("/jobs/j-dis")).status).to.equal(202);
    expect((await client.get("/jobs/j-dis")).json.state).to.equal("deleting");
    await client.settle(async () => (await client.get("/jobs/j-dis")).status === 404);
  });

  it("runs dependent tasks after their dependencies", async () => {
    await client.createJob("j-dep", "tp", { usesTaskDependencies: true });
    await client.post("/jobs/j-dep/addtaskcollection", {
      value: [
        { id: "1", commandLine: "/bin/sh -c 'sleep 0.2; echo one > $AZ_BATCH_NODE_SHARED_DIR/dep-one'" },
        {
          id: "2",
          commandLine: "/bin/sh -c 'cat $AZ_BATCH_NODE_SHARED_DIR/dep-one'",
          dependsOn: { taskIds: ["1"] },
          affinityInfo: { affinityId: "x" },
        },
      ],
    });
    const t2 = await client.waitTask("j-dep", "2");
    const t1 = (await client.get("/jobs/j-dep/tasks/1")).json;
    expect(Date.parse(t2.executionInfo.startTime)).to.be.at.least(Date.parse(t1.executionInfo.endTime));
    const refused = await client.post("/jobs/j-ok/tasks", {
      id: "d",
      commandLine: "true",
      dependsOn: { taskIds: ["t1"] },
    });
    expect(refused.json.code).to.equal("TaskDependenciesNotSpecifiedOnJob");
  });

  it("refuses dependencies that are not task IDs or ranges (400), and keeps serving", async () => {
    await client.createJob("j-baddep", "tp", { usesTaskDependencies: true });
    const bad: Array<[unknown, string]> = [
      [{ taskIds: [42] }, "dependsOn.taskIds[0]"],
      [{ taskIds: [null] }, "dependsOn.taskIds[0]"],
      [{ taskIds: ["a", {}] }, "dependsOn.taskIds[1]"],
      [{ taskIds: [""] }, "dependsOn.taskIds[0]"],
      [{ taskIdRanges: [{ start: 5, end: 4 }] }, "dependsOn.taskIdRanges[0].end"],
      [{ taskIdRanges: [{ start: -1, end: 4 }] }, "dependsOn.taskIdRanges[0].start"],
      [{ taskIdRanges: [{ start: 0, end: 1e308 }] }, "dependsOn.taskIdRanges[0].end"],
    ];
    for (const [dependsOn, property] of bad) {
      const r = await client.post("/jobs/j-baddep/tasks", { id: "x", commandLine: "true", dependsOn });
      expect(r.status, JSON.stringify(dependsOn)).to.equal(400);
      expect(JSON.stringify(r.json)).to.contain(property);
      // In a collection, that task's result is the same error.
      const c = await client.post("/jobs/j-baddep/addtaskcollection", {
        value: [{ id: "x", commandLine: "true", dependsOn }],
      });
      expect(c.json.value[0].status, JSON.stringify(dependsOn)).to.equal("clienterror");
      expect(JSON.stringify(c.json.value[0].error)).to.contain(property);
    }
    const long = await client.post("/jobs/j-baddep/tasks", {
      id: "x",
      commandLine: "true",
      dependsOn: { taskIds: Array.from({ length: 1100 }, (_, i) => `${"t".repeat(60)}${i}`) },
    });
    expect(long.json.code).to.equal("TaskDependencyListTooLong");
    expect((await client.get("/pools")).status).to.equal(200);
  });

  it("a range of billions of task IDs is checked against the job's tasks, not walked", async () => {
    await client.createJob("j-range", "tp", { usesTaskDependencies: true });
    await client.post("/jobs/j-range/addtaskcollection", {
      value: [
        { id: "7", commandLine: "true" },
        { id: "007", commandLine: "false" },
        { id: "after", commandLine: "true", dependsOn: { taskIdRanges: [{ start: 0, end: Number.MAX_SAFE_INTEGER }] } },
      ],
    });
    // Task 7 succeeds; "007" is not a number of the range (the service names range tasks 0, 1, ...).
    const after = await client.waitTask("j-range", "after");
    expect(after.executionInfo.result).to.equal("success");
    expect((await client.get("/pools")).status).to.equal(200);
  });

  it("updates job properties and task constraints, with job schedules (which create their first job at once)", async () => {
    await client.createJob("j-upd", "tp", { priority: 10 });
    expect(
      (await client.request("PATCH", "/jobs/j-upd", { body: { priority: 100, metadata: [{ name: "k", value: "v" }] } }))
        .status,
    ).to.equal(200);
    let job = (await client.get("/jobs/j-upd")).json;
    expect(job).to.include({
      priority: 100,
      maxParallelTasks: -1,
      onAllTasksComplete: "noaction",
      onTaskFailure: "noaction",
    });
    expect(
      (await client.request("PUT", "/jobs/j-upd", { body: { poolInfo: { poolId: "tp" }, priority: 5 } })).status,
    ).to.equal(200);
    job = (await client.get("/jobs/j-upd")).json;
    expect(job.priority).to.equal(5);
    expect(job.metadata).to.equal(undefined);
    await client.post("/jobs/j-upd/tasks", { id: "w", commandLine: "sleep 5" });
    const put = await client.request("PUT", "/jobs/j-upd/tasks/w", { body: { constraints: { maxTaskRetryCount: 4 } } });
    expect(put.status).to.equal(200);
    expect((await client.get("/jobs/j-upd/tasks/w")).json.constraints.maxTaskRetryCount).to.equal(4);
    expect((await client.get("/jobs/j-upd/tasks/w/subtasksinfo")).json.value).to.deep.equal([]);
    await client.post("/jobs/j-upd/terminate");

    const s = await client.post("/jobschedules", {
      id: "sched",
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "tp" } },
    });
    expect(s.status).to.equal(201);
    expect((await client.request("HEAD", "/jobschedules/sched")).status).to.equal(200);
    expect((await client.request("HEAD", "/jobschedules/nope")).status).to.equal(404);
    expect((await client.post("/jobschedules/sched/disable")).status).to.equal(204);
    expect((await client.get("/jobschedules/sched")).json.state).to.equal("disabled");
    expect((await client.post("/jobschedules/sched/enable")).status).to.equal(204);
    expect(
      (await client.request("PATCH", "/jobschedules/sched", { body: { metadata: [{ name: "a", value: "b" }] } }))
        .status,
    ).to.equal(200);
    expect((await client.get("/jobschedules/sched/jobs")).json.value.map((j: { id: string }) => j.id)).to.deep.equal([
      "sched:job-1",
    ]);
    expect((await client.get("/jobschedules")).json.value.map((x: { id: string }) => x.id)).to.deep.equal(["sched"]);
    expect((await client.post("/jobschedules/sched/terminate")).status).to.equal(202);
    await client.settle(async () => (await client.get("/jobschedules/sched")).json.state === "completed");
    expect((await client.del("/jobschedules/sched")).status).to.equal(202);
    await client.settle(async () => (await client.get("/jobschedules/sched")).status === 404);
  });

  it("runs a job manager task on an auto pool; the job completes with JMComplete and the auto pool goes away", async () => {
    const r = await client.post("/jobs", {
      id: "j-jm",
      poolInfo: {
        autoPoolSpecification: {
          autoPoolIdPrefix: "auto",
          poolLifetimeOption: "job",
          pool: {
            vmSize: "x",
            virtualMachineConfiguration: { imageReference: {}, nodeAgentSKUId: "batch.node.ubuntu 24.04" },
            targetDedicatedNodes: 1,
          },
        },
      },
      jobManagerTask: { id: "manager", commandLine: "/bin/sh -c 'echo managing'" },
    });
    expect(r.status).to.equal(201);
    const poolId = (await client.get("/jobs/j-jm")).json.executionInfo.poolId;
    expect(poolId).to.match(/^auto_/);
    await client.settle(async () => (await client.get("/jobs/j-jm")).json.state === "completed");
    expect((await client.get("/jobs/j-jm")).json.executionInfo.terminateReason).to.equal("JMComplete");
    expect((await client.get("/jobs/j-jm/tasks/manager")).json.executionInfo.result).to.equal("success");
    await client.settle(async () => (await client.get(`/pools/${poolId}`)).status === 404);
  });

  it("requeues running tasks when their pool is deleted", async () => {
    await client.createPool("doomed", 1);
    await client.createJob("j-doomed", "doomed");
    await client.post("/jobs/j-doomed/tasks", { id: "s", commandLine: "sleep 30" });
    await client.settle(async () => (await client.get("/jobs/j-doomed/tasks/s")).json.state === "running");
    expect((await client.del("/pools/doomed")).status).to.equal(202);
    await client.settle(async () => (await client.get("/jobs/j-doomed/tasks/s")).json.state === "active");
    expect((await client.get("/jobs/j-doomed/tasks/s")).json.executionInfo.requeueCount).to.equal(1);
    await client.settle(async () => (await client.get("/pools/doomed")).status === 404);
  });
});

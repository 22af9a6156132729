import { expect } from "chai";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

/** Behaviours the service documents, each test named after the rule. */
describe("emulator: the service's rules", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
    await client.createPool("rp", 1, { taskSlotsPerNode: 4 });
  });
  after(() => emu.close());

  const exists = (p: string) =>
    stat(p).then(
      () => true,
      () => false,
    );
  const task = async (job: string, id: string) => (await client.get(`/jobs/${job}/tasks/${id}`)).json;

  describe("exit conditions", () => {
    it("exitConditions.default applies only to non-zero exit codes no other rule matches: exit code 0 is success, never default", async () => {
      await client.createJob("xd", "rp", { usesTaskDependencies: true, onTaskFailure: "performexitoptionsjobaction" });
      const block = { default: { dependencyAction: "block", jobAction: "none" } };
      expect(
        (await client.post("/jobs/xd/tasks", { id: "ok", commandLine: "/bin/sh -c 'exit 0'", exitConditions: block }))
          .status,
      ).to.equal(201);
      expect(
        (
          await client.post("/jobs/xd/tasks", {
            id: "after-ok",
            commandLine: "/bin/true",
            dependsOn: { taskIds: ["ok"] },
          })
        ).status,
      ).to.equal(201);
      // Exit code 4 matches no rule: default (satisfy, unlike a failure's own default of block) applies, so its dependent runs.
      expect(
        (
          await client.post("/jobs/xd/tasks", {
            id: "four",
            commandLine: "/bin/sh -c 'exit 4'",
            exitConditions: {
              exitCodes: [{ code: 5, exitOptions: { dependencyAction: "block" } }],
              default: { dependencyAction: "satisfy", jobAction: "none" },
            },
          })
        ).status,
      ).to.equal(201);
      expect(
        (
          await client.post("/jobs/xd/tasks", {
            id: "after-four",
            commandLine: "/bin/true",
            dependsOn: { taskIds: ["four"] },
          })
        ).status,
      ).to.equal(201);
      // Exit code 5 matches its rule (satisfy): default does not apply.
      expect(
        (
          await client.post("/jobs/xd/tasks", {
            id: "five",
            commandLine: "/bin/sh -c 'exit 5'",
            exitConditions: {
              exitCodes: [{ code: 5, exitOptions: { dependencyAction: "satisfy", jobAction: "none" } }],
              ...block,
            },
          })
        ).status,
      ).to.equal(201);
      expect(
        (
          await client.post("/jobs/xd/tasks", {
            id: "after-five",
            commandLine: "/bin/true",
            dependsOn: { taskIds: ["five"] },
          })
        ).status,
      ).to.equal(201);
      expect((await client.waitTask("xd", "after-ok")).executionInfo.exitCode).to.equal(0);
      expect((await client.waitTask("xd", "after-five")).executionInfo.exitCode).to.equal(0);
      expect((await client.waitTask("xd", "four")).executionInfo.exitCode).to.equal(4);
      expect((await client.waitTask("xd", "after-four")).executionInfo.exitCode).to.equal(0);
      expect((await client.get("/jobs/xd")).json.state).to.equal("active");
    });
  });

  describe("terminating a job", () => {
    it("terminates the job's running tasks and leaves its active tasks active", async () => {
      await client.createJob("tj", "rp", { usesTaskDependencies: true });
      await client.post("/jobs/tj/tasks", { id: "long", commandLine: "/bin/sleep 30" });
      await client.post("/jobs/tj/tasks", {
        id: "waiting",
        commandLine: "/bin/true",
        dependsOn: { taskIds: ["long"] },
      });
      await client.settle(async () => (await task("tj", "long")).state === "running");
      expect((await client.post("/jobs/tj/terminate")).status).to.equal(202);
      await client.settle(async () => (await client.get("/jobs/tj")).json.state === "completed");
      const long = await task("tj", "long");
      expect(long.state).to.equal("completed");
      expect(long.executionInfo.failureInfo.code).to.equal("TaskEnded");
      expect((await task("tj", "waiting")).state).to.equal("active");
      expect((await client.get("/jobs/tj/taskcounts")).json.taskCounts).to.include({
        active: 1,
        running: 0,
        completed: 1,
      });
    });
  });

  describe("nodes", () => {
    it("an idle node with scheduling disabled is offline, and idle again once enabled", async () => {
      await client.createPool("op", 1);
      const node = (await client.get("/pools/op/nodes")).json.value[0];
      const base = `/pools/op/nodes/${node.id}`;
      expect(
        (await client.post(`${base}/disablescheduling`, { nodeDisableSchedulingOption: "requeue" })).status,
      ).to.equal(200);
      expect((await client.get(base)).json).to.include({ state: "offline", schedulingState: "disabled" });
      expect((await client.post(`${base}/reboot`)).status).to.equal(202);
      await client.settle(async () => !["rebooting", "starting"].includes((await client.get(base)).json.state));
      expect((await client.get(base)).json.state).to.equal("offline");
      expect((await client.post(`${base}/enablescheduling`)).status).to.equal(200);
      expect((await client.get(base)).json).to.include({ state: "idle", schedulingState: "enabled" });
    });
  });

  describe("deleting a task", () => {
    it("deleting a running task kills its process and removes its files", async () => {
      await client.createJob("dj", "rp");
      await client.post("/jobs/dj/tasks", {
        id: "runner",
        commandLine: "/bin/sh -c 'echo started > mark.txt; exec sleep 30'",
      });
      let taskDir = "";
      await client.settle(async () => {
        const t = await task("dj", "runner");
        if (t.state !== "running") return false;
        taskDir = join(emu.dataDir, "nodes", t.nodeInfo.nodeId, t.nodeInfo.taskRootDirectory);
        return exists(join(taskDir, "wd", "mark.txt"));
      });
      expect((await client.del("/jobs/dj/tasks/runner")).status).to.equal(200);
      await client.settle(async () => !(await exists(taskDir)));
      expect((await client.get("/jobs/dj/tasks/runner")).status).to.equal(404);
    });
  });

  describe("job priority", () => {
    it("higher-priority jobs' tasks get contended slots first, FIFO within a priority", async () => {
      await client.createPool("pp", 0, { taskSlotsPerNode: 1 });
      await client.createJob("low", "pp", { priority: 0 });
      await client.createJob("high", "pp", { priority: 100 });
      const cmd = "/bin/sh -c 'echo $AZ_BATCH_JOB_ID/$AZ_BATCH_TASK_ID >> $AZ_BATCH_NODE_SHARED_DIR/order.txt'";
      for (const id of ["l1", "l2"]) await client.post("/jobs/low/tasks", { id, commandLine: cmd });
      for (const id of ["h1", "h2"]) await client.post("/jobs/high/tasks", { id, commandLine: cmd });
      expect((await client.post("/pools/pp/resize", { targetDedicatedNodes: 1 })).status).to.equal(202);
      for (const [job, id] of [
        ["low", "l1"],
        ["low", "l2"],
        ["high", "h1"],
        ["high", "h2"],
      ] as const)
        await client.waitTask(job, id);
      const node = (await client.get("/pools/pp/nodes")).json.value[0];
      const order = (await client.get(`/pools/pp/nodes/${node.id}/files/shared/order.txt`)).text.trim().split("\n");
      expect(order).to.deep.equal(["high/h1", "high/h2", "low/l1", "low/l2"]);
    });
  });

  describe("validated ranges", () => {
    it("a schedule recurrenceInterval under 1 minute is 400 InvalidPropertyValue", async () => {
      const r = await client.post("/jobschedules", {
        id: "fast",
        schedule: { recurrenceInterval: "PT30S" },
        jobSpecification: { poolInfo: { poolId: "rp" } },
      });
      expect([r.status, r.json.code]).to.deep.equal([400, "InvalidPropertyValue"]);
    });

    it("an autoScaleEvaluationInterval under 5 minutes is 400 InvalidPropertyValue", async () => {
      const r = await client.post("/pools/rp/enableautoscale", {
        autoScaleFormula: "$TargetDedicatedNodes=1",
        autoScaleEvaluationInterval: "PT4M",
      });
      expect([r.status, r.json.code]).to.deep.equal([400, "InvalidPropertyValue"]);
    });

    it("evaluating autoscale on a pool without autoscale is 409", async () => {
      const r = await client.post("/pools/rp/evaluateautoscale", { autoScaleFormula: "$TargetDedicatedNodes=1" });
      expect([r.status, r.json.code]).to.deep.equal([409, "OperationInvalidForCurrentState"]);
    });
  });

  describe("task environment", () => {
    const envOf = async (job: string, id: string): Promise<Record<string, string>> => {
      const out = (await client.get(`/jobs/${job}/tasks/${id}/files/stdout.txt`)).text;
      return Object.fromEntries(
        out
          .split("\n")
          .filter((l) => l.includes("="))
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
    };

    it("matches a Linux node's: user identity, startup working dir, mounts dir, HOME and PATH with the shared and working directories", async () => {
      await client.createJob("env", "rp");
      const identities: [string, unknown, string][] = [
        ["default", undefined, "PoolNonAdmin"],
        ["pooladmin", { autoUser: { scope: "pool", elevationLevel: "admin" } }, "PoolAdmin"],
        ["tasknonadmin", { autoUser: { scope: "task" } }, "TaskNonAdmin"],
        ["taskadmin", { autoUser: { scope: "task", elevationLevel: "admin" } }, "TaskAdmin"],
      ];
      for (const [id, userIdentity] of identities)
        await client.post("/jobs/env/tasks", { id, commandLine: "/usr/bin/env", userIdentity });
      for (const [id, , expected] of identities) {
        const t = await client.waitTask("env", id);
        expect(t.executionInfo.exitCode).to.equal(0);
        const env = await envOf("env", id);
        const root = join(emu.dataDir, "nodes", t.nodeInfo.nodeId);
        const wd = join(root, t.nodeInfo.taskRootDirectory, "wd");
        expect(env).to.include({
          AZ_BATCH_TASK_USER_IDENTITY: expected,
          AZ_BATCH_TASK_USER: "_azbatch",
          AZ_BATCH_NODE_STARTUP_WORKING_DIR: join(root, "startup", "wd"),
          AZ_BATCH_NODE_MOUNTS_DIR: join(root, "fsmounts"),
          AZ_BATCH_TASK_WORKING_DIR: wd,
          HOME: wd,
        });
        expect(env.PATH!.split(":").slice(-2)).to.deep.equal([join(root, "shared"), wd]);
        expect(env.PATH!.split(":")).to.include("/bin");
      }
    });
  });
});

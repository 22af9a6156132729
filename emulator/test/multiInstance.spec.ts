import { expect } from "chai";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, startEmulator, type RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

/* eslint-disable @typescript-eslint/no-explicit-any */

/** What a pool needs to run multi-instance tasks on the service. */
const INTER_NODE = { enableInterNodeCommunication: true };

/** A shell loop that waits for a file (at most 600 polls of 50 ms), then fails if it is still missing. */
const waitForFile = (file: string): string =>
  `i=0; while [ ! -f ${file} ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; [ -f ${file} ]`;

/** A multi-instance task body. */
function multi(id: string, n: number, coordination: string, commandLine: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    commandLine,
    multiInstanceSettings: { numberOfInstances: n, coordinationCommandLine: coordination },
    ...extra,
  };
}

describe("emulator: multi-instance tasks", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  let server: Server;
  let fileUrl: string;
  before(async () => {
    ({ emu, client } = await start());
    await client.createPool("mp", 3, INTER_NODE);
    await client.createJob("mj", "mp");
    server = createServer((_req, res) => res.end("common\n"));
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    fileUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/common.txt`;
  });
  after(async () => {
    server.close();
    await emu.close();
  });

  const state = async (id: string): Promise<string> => (await client.get(`/jobs/mj/tasks/${id}`)).json.state;
  const subtasks = async (id: string): Promise<any[]> =>
    (await client.get(`/jobs/mj/tasks/${id}/subtasksinfo`)).json.value;
  const nodeFile = async (nodeId: string, path: string): Promise<string> => {
    const r = await client.get(`/pools/mp/nodes/${nodeId}/files/${path}`);
    expect(r.status, `${nodeId} ${path}`).to.equal(200);
    return r.text;
  };
  const idle = async (): Promise<boolean> =>
    (await client.get("/pools/mp/nodes")).json.value.every((n: any) => n.state === "idle");

  it("stays active until numberOfInstances nodes have free slots at once, and while the pool has fewer nodes", async () => {
    await client.post("/jobs/mj/tasks", { id: "blocker", commandLine: '/bin/sh -c "sleep 30"' });
    await client.settle(async () => (await state("blocker")) === "running");
    expect((await client.post("/jobs/mj/tasks", multi("wait3", 3, "/bin/true", "/bin/true"))).status).to.equal(201);
    expect((await client.post("/jobs/mj/tasks", multi("wait4", 4, "/bin/true", "/bin/true"))).status).to.equal(201);
    // A one-node task queued after them runs on a free node: the scheduler passed them over.
    await client.post("/jobs/mj/tasks", { id: "single", commandLine: "/bin/true" });
    await client.waitTask("mj", "single");
    expect(await state("wait3")).to.equal("active");
    expect(await subtasks("wait3")).to.deep.equal([]);
    await client.post("/jobs/mj/tasks/blocker/terminate");
    const t = await client.waitTask("mj", "wait3");
    expect(t.executionInfo).to.include({ exitCode: 0, result: "success" });
    expect((await subtasks("wait3")).map((s) => s.id)).to.deep.equal([1, 2]);
    const nodes = new Set([t.nodeInfo.nodeId, ...(await subtasks("wait3")).map((s) => s.nodeInfo.nodeId)]);
    expect(nodes.size).to.equal(3);
    // wait4 needs four nodes of a three-node pool: it waits (the pass after wait3 ended left it queued).
    expect(await state("wait4")).to.equal("active");
    await client.del("/jobs/mj/tasks/wait4");
    await client.settle(idle);
  });

  it("is never scheduled on a pool without inter-node communication or with more than one slot per node (stays active)", async () => {
    const { emu: other, client: c } = await start();
    try {
      await c.createPool("no-inc", 2);
      await c.createPool("two-slots", 2, { ...INTER_NODE, taskSlotsPerNode: 2 });
      for (const pool of ["no-inc", "two-slots"]) {
        await c.createJob(`${pool}-j`, pool);
        expect((await c.post(`/jobs/${pool}-j/tasks`, multi("mi", 2, "/bin/true", "/bin/true"))).status).to.equal(201);
        // A plain task queued after it runs: the scheduler passed the multi-instance task over.
        await c.post(`/jobs/${pool}-j/tasks`, { id: "plain", commandLine: "/bin/true" });
        expect((await c.waitTask(`${pool}-j`, "plain")).executionInfo).to.include({ result: "success" });
        expect((await c.get(`/jobs/${pool}-j/tasks/mi`)).json.state).to.equal("active");
      }
    } finally {
      await other.close();
    }
  });

  it("runs the coordination command on every instance first, then the command line on the primary only", async () => {
    const stamp = "/bin/sh -c 'sleep 0.2; echo coordination; date +%s%N'";
    await client.post("/jobs/mj/tasks", multi("order", 3, stamp, "/bin/sh -c 'echo application; date +%s%N'"));
    const t = await client.waitTask("mj", "order");
    expect(t.executionInfo).to.include({ exitCode: 0, result: "success" });
    const app = (await client.get("/jobs/mj/tasks/order/files/stdout.txt")).text.trim().split("\n");
    expect(app[0]).to.equal("application");
    const primaryCoordination = await nodeFile(t.nodeInfo.nodeId, "workitems/mj/job-1/order/coordination/stdout.txt");
    const outs = [primaryCoordination];
    for (const s of await subtasks("order"))
      outs.push(await nodeFile(s.nodeInfo.nodeId, `${s.nodeInfo.taskRootDirectory}/stdout.txt`));
    expect(outs).to.have.length(3);
    for (const out of outs) {
      const [word, ns] = out.trim().split("\n");
      expect(word).to.equal("coordination");
      expect(BigInt(app[1]!) > BigInt(ns!), "the application started after every coordination command ended").to.equal(
        true,
      );
    }
  });

  it("sets AZ_BATCH_HOST_LIST, AZ_BATCH_NODE_LIST, AZ_BATCH_MASTER_NODE, AZ_BATCH_IS_CURRENT_NODE_MASTER and the shared directory with the common resource files on every instance", async () => {
    const show =
      "/bin/sh -c 'for v in AZ_BATCH_HOST_LIST AZ_BATCH_NODE_LIST AZ_BATCH_MASTER_NODE AZ_BATCH_IS_CURRENT_NODE_MASTER AZ_BATCH_TASK_SHARED_DIR AZ_BATCH_TASK_DIR AZ_BATCH_TASK_ID; do eval echo $v=\\$$v; done; cat $AZ_BATCH_TASK_SHARED_DIR/in/common.txt'";
    await client.post("/jobs/mj/tasks", {
      ...multi("env", 2, show, show),
      multiInstanceSettings: {
        numberOfInstances: 2,
        coordinationCommandLine: show,
        commonResourceFiles: [{ httpUrl: fileUrl, filePath: "in/common.txt" }],
      },
    });
    const t = await client.waitTask("mj", "env");
    expect(t.executionInfo).to.include({ exitCode: 0 });
    const [sub] = await subtasks("env");
    const ip = async (nodeId: string): Promise<string> =>
      (await client.get(`/pools/mp/nodes/${nodeId}`)).json.ipAddress;
    const primaryIp = await ip(t.nodeInfo.nodeId);
    const subIp = await ip(sub.nodeInfo.nodeId);
    expect(primaryIp).to.match(/^10\.0\.\d+\.\d+$/);
    const parse = (text: string) =>
      Object.fromEntries(
        text
          .trim()
          .split("\n")
          .map((l) => l.split("=", 2)),
      );
    const primary = parse((await client.get("/jobs/mj/tasks/env/files/stdout.txt")).text);
    const other = parse(await nodeFile(sub.nodeInfo.nodeId, `${sub.nodeInfo.taskRootDirectory}/stdout.txt`));
    const shared = (nodeId: string) => `${emu.dataDir}/nodes/${nodeId}/workitems/mj/job-1/env`;
    const common = {
      AZ_BATCH_HOST_LIST: `${primaryIp},${subIp}`,
      AZ_BATCH_NODE_LIST: `${primaryIp};${subIp}`,
      AZ_BATCH_MASTER_NODE: `${primaryIp}:6000`,
      AZ_BATCH_TASK_ID: "env",
      common: undefined,
    };
    delete common.common;
    expect(primary).to.deep.include({
      ...common,
      AZ_BATCH_IS_CURRENT_NODE_MASTER: "true",
      AZ_BATCH_TASK_SHARED_DIR: shared(t.nodeInfo.nodeId),
      AZ_BATCH_TASK_DIR: shared(t.nodeInfo.nodeId),
    });
    expect(other).to.deep.include({
      ...common,
      AZ_BATCH_IS_CURRENT_NODE_MASTER: "false",
      AZ_BATCH_TASK_SHARED_DIR: shared(sub.nodeInfo.nodeId),
      AZ_BATCH_TASK_DIR: `${shared(sub.nodeInfo.nodeId)}/1`,
    });
    expect(primary).to.have.property("common");
    expect(other).to.have.property("common");
    expect(await nodeFile(sub.nodeInfo.nodeId, "workitems/mj/job-1/env/in/common.txt")).to.equal("common\n");
  });

  it("reports subtasks 1..n-1 in the BatchSubtask shape: running while the primary runs, then completed", async () => {
    // The primary runs until the test lets it end, so the subtasks are seen running whatever the machine's pace.
    const go = join(emu.dataDir, "go-shape");
    await client.post("/jobs/mj/tasks", {
      ...multi("shape", 3, "/bin/true", `/bin/sh -c '${waitForFile('"$GO"')}'`),
      environmentSettings: [{ name: "GO", value: go }],
    });
    await client.settle(async () => (await state("shape")) === "running");
    const running = await subtasks("shape");
    expect(running.map((s) => s.id)).to.deep.equal([1, 2]);
    for (const s of running) {
      expect(Object.keys(s)).to.deep.equal(["id", "nodeInfo", "startTime", "state", "stateTransitionTime"]);
      expect(s.state).to.equal("running");
      expect(Object.keys(s.nodeInfo)).to.deep.equal([
        "affinityId",
        "nodeUrl",
        "poolId",
        "nodeId",
        "taskRootDirectory",
        "taskRootDirectoryUrl",
      ]);
      expect(s.nodeInfo.taskRootDirectory).to.equal(`workitems/mj/job-1/shape/${s.id}`);
    }
    await writeFile(go, "");
    const t = await client.waitTask("mj", "shape");
    const done = await subtasks("shape");
    for (const s of done) {
      expect(s).to.include({ state: "completed", previousState: "running", exitCode: 0, result: "success" });
      expect(s).to.not.have.property("failureInfo");
      expect(s).to.not.have.property("containerInfo");
      expect(Date.parse(s.endTime)).to.be.at.most(Date.parse(t.executionInfo.endTime));
      expect(s.previousStateTransitionTime).to.equal(s.startTime);
    }
    expect(done.map((s) => s.nodeInfo.nodeId)).to.not.include(t.nodeInfo.nodeId);
    const sel = await client.get("/jobs/mj/tasks/shape/subtasksinfo", { query: { $select: "id,state" } });
    expect(sel.json.value).to.deep.equal([
      { id: 1, state: "completed" },
      { id: 2, state: "completed" },
    ]);
    const node = (await client.get(`/pools/mp/nodes/${done[0].nodeInfo.nodeId}`)).json;
    expect(node.recentTasks.find((r: any) => r.taskId === "shape")).to.include({ subtaskId: 1 });
  });

  it("fails the task when a coordination command fails on any instance, and retries it up to its retry limit", async () => {
    const coordination = "/bin/sh -c 'if [ \"$AZ_BATCH_IS_CURRENT_NODE_MASTER\" = false ]; then exit 5; fi; sleep 30'";
    await client.post(
      "/jobs/mj/tasks",
      multi("coordfail", 2, coordination, "/bin/sh -c 'echo never'", { constraints: { maxTaskRetryCount: 1 } }),
    );
    const t = await client.waitTask("mj", "coordfail");
    expect(t.executionInfo).to.include({ exitCode: 5, result: "failure", retryCount: 1 });
    expect(t.executionInfo.failureInfo).to.include({ category: "usererror", code: "FailureExitCode" });
    expect((await client.get("/jobs/mj/tasks/coordfail/files/stdout.txt")).status).to.equal(404);
    const [sub] = await subtasks("coordfail");
    expect(sub).to.include({ state: "completed", exitCode: 5, result: "failure" });
    expect(sub.failureInfo.code).to.equal("FailureExitCode");
    await client.settle(idle);
  });

  it("terminate ends every instance's processes, and delete removes the subtasks' files", async () => {
    const coordination = "/bin/sh -c 'sleep 30 & echo $! > $AZ_BATCH_TASK_SHARED_DIR/daemon.pid'";
    await client.post("/jobs/mj/tasks", multi("term", 3, coordination, "/bin/sh -c 'sleep 30'"));
    await client.settle(async () => {
      if ((await state("term")) !== "running") return false;
      const r = await client.get("/jobs/mj/tasks/term/files/stdout.txt");
      return r.status === 200;
    });
    const subs = await subtasks("term");
    const pids: number[] = [];
    for (const s of subs) pids.push(Number(await nodeFile(s.nodeInfo.nodeId, "workitems/mj/job-1/term/daemon.pid")));
    const alive = (pid: number): boolean => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(pids.every(alive)).to.equal(true);
    expect((await client.post("/jobs/mj/tasks/term/terminate")).status).to.equal(204);
    const t = await client.waitTask("mj", "term");
    expect(t.executionInfo.failureInfo.code).to.equal("TaskEnded");
    for (const s of await subtasks("term")) {
      expect(s).to.include({ state: "completed", result: "failure", exitCode: 0 });
      expect(s.failureInfo.code).to.equal("TaskEnded");
    }
    await client.settle(() => !pids.some(alive));
    await client.settle(idle);
    const subNode = subs[0].nodeInfo.nodeId;
    expect((await client.get(`/pools/mp/nodes/${subNode}/files/workitems/mj/job-1/term/1/stdout.txt`)).status).to.equal(
      200,
    );
    expect((await client.del("/jobs/mj/tasks/term")).status).to.equal(200);
    await client.settle(
      async () =>
        (await client.get(`/pools/mp/nodes/${subNode}/files/workitems/mj/job-1/term/1/stdout.txt`)).status === 404,
    );
  });

  it("requires requiredSlots 1 and a coordinationCommandLine, and numberOfInstances of at least 1", async () => {
    const bad = async (
      body: Record<string, unknown>,
      property: string,
      code = "InvalidPropertyValue",
    ): Promise<void> => {
      const r = await client.post("/jobs/mj/tasks", body);
      expect([r.status, r.json.code]).to.deep.equal([400, code]);
      expect(r.json.values.find((v: any) => v.key === "PropertyName").value).to.equal(property);
    };
    await bad({ ...multi("v1", 2, "/bin/true", "/bin/true"), requiredSlots: 2 }, "requiredSlots");
    await bad(
      { id: "v2", commandLine: "/bin/true", multiInstanceSettings: { numberOfInstances: 2 } },
      "multiInstanceSettings.coordinationCommandLine",
      "MissingRequiredProperty",
    );
    await bad(multi("v3", 0, "/bin/true", "/bin/true"), "multiInstanceSettings.numberOfInstances");
    const ok = await client.post("/jobs/mj/tasks", { ...multi("v4", 1, "/bin/true", "/bin/true"), requiredSlots: 1 });
    expect(ok.status).to.equal(201);
    expect((await client.waitTask("mj", "v4")).executionInfo.result).to.equal("success");
    expect(await subtasks("v4")).to.deep.equal([]);
  });

  it("a node reboot with requeue on a subtask's node requeues the whole task", async () => {
    await client.post("/jobs/mj/tasks", multi("reboot", 3, "/bin/true", "/bin/sh -c 'sleep 30'"));
    await client.settle(async () => (await state("reboot")) === "running");
    const [sub] = await subtasks("reboot");
    const r = await client.post(`/pools/mp/nodes/${sub.nodeInfo.nodeId}/reboot`, { nodeRebootOption: "requeue" });
    expect(r.status).to.equal(202);
    await client.settle(async () => {
      const t = (await client.get("/jobs/mj/tasks/reboot")).json;
      return t.executionInfo.requeueCount === 1 && t.state === "running";
    });
    const again = await subtasks("reboot");
    expect(again.map((s) => s.state)).to.deep.equal(["running", "running"]);
    await client.post("/jobs/mj/tasks/reboot/terminate");
    await client.waitTask("mj", "reboot");
    await client.settle(idle);
  });
});

describe("emulator: multi-instance tasks across a restart", function () {
  let dataDir: string;
  let emu: RunningEmulator | undefined;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-multi-"));
  });
  after(async () => {
    await emu?.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });
  async function open(): Promise<TestClient> {
    const clock = new ManualClock();
    emu = await startEmulator({ dataDir, clock });
    return new TestClient(emu, clock);
  }

  it("a restart requeues a running multi-instance task like a running task; its subtasks are kept in the store", async () => {
    let client = await open();
    await client.createPool("rp", 2, INTER_NODE);
    await client.createJob("rj", "rp");
    const marker = join(dataDir, "ran-once");
    await client.post("/jobs/rj/tasks", {
      ...multi("mt", 2, "/bin/true", `/bin/sh -c 'test -e "$MARKER" && exit 0; touch "$MARKER"; exec sleep 60'`),
      environmentSettings: [{ name: "MARKER", value: marker }],
    });
    await client.settle(async () => (await stat(marker).catch(() => undefined)) !== undefined);
    expect((await client.get("/jobs/rj/tasks/mt/subtasksinfo")).json.value[0].state).to.equal("running");
    await emu!.close();
    client = await open();
    const t = await client.waitTask("rj", "mt");
    expect(t.executionInfo).to.include({ requeueCount: 1, exitCode: 0, result: "success" });
    const listed = (await client.get("/jobs/rj/tasks/mt/subtasksinfo")).json.value;
    expect(listed.map((s: any) => [s.id, s.state, s.result])).to.deep.equal([[1, "completed", "success"]]);
    await emu!.close();
    client = await open();
    // Everything but the URLs, which carry the new emulator's port.
    const withoutUrls = (list: any[]) =>
      list.map((s) => ({ ...s, nodeInfo: { ...s.nodeInfo, nodeUrl: undefined, taskRootDirectoryUrl: undefined } }));
    const reloaded = (await client.get("/jobs/rj/tasks/mt/subtasksinfo")).json.value;
    expect(withoutUrls(reloaded)).to.deep.equal(withoutUrls(listed));
    expect(reloaded[0].nodeInfo.nodeUrl).to.equal(`${emu!.endpoint}/pools/rp/nodes/${listed[0].nodeInfo.nodeId}`);
  });
});

describe("emulator: a multi-instance task in a job with a preparation task", () => {
  for (const persistence of ["memory", "sqlite"] as const) {
    it(`takes its nodes once preparation succeeded on every one of them (${persistence} store)`, async () => {
      const { emu, client } = await start({ persistence });
      try {
        await client.createPool("pp", 3, INTER_NODE);
        // Preparation marks each node it ran on; every instance's coordination command checks its own node.
        await client.createJob("pj", "pp", {
          jobPreparationTask: {
            commandLine: `/bin/sh -c 'sleep 0.2; echo ok > "$AZ_BATCH_NODE_SHARED_DIR/prepared-pj"'`,
          },
        });
        const check = `/bin/sh -c 'test -f "$AZ_BATCH_NODE_SHARED_DIR/prepared-pj"'`;
        expect((await client.post("/jobs/pj/tasks", multi("m3", 3, check, check))).status).to.equal(201);
        const task = await client.waitTask("pj", "m3");
        expect(task.executionInfo.result).to.equal("success");
        const subs = (await client.get("/jobs/pj/tasks/m3/subtasksinfo")).json.value;
        expect(subs.map((s: any) => s.result)).to.deep.equal(["success", "success"]);
        const status = (await client.get("/jobs/pj/jobpreparationandreleasetaskstatus")).json.value;
        expect(status).to.have.length(3);
        const started = Date.parse(task.executionInfo.startTime);
        for (const s of status) {
          expect(s.jobPreparationTaskExecutionInfo).to.include({ state: "completed", result: "success" });
          expect(Date.parse(s.jobPreparationTaskExecutionInfo.endTime)).to.be.at.most(started);
        }
        const nodes = new Set([task.nodeInfo.nodeId, ...subs.map((s: any) => s.nodeInfo.nodeId)]);
        expect(nodes.size).to.equal(3);
      } finally {
        await emu.close();
      }
    });
  }

  it("stays active while preparation failed on a node it needs", async () => {
    const { emu, client } = await start();
    try {
      await client.createPool("pf", 2, INTER_NODE);
      const nodes = (await client.get("/pools/pf/nodes")).json.value.map((n: any) => n.id as string);
      // Preparation fails on the second node only (it finds no marker there).
      await client.createJob("pfj", "pf", {
        jobPreparationTask: {
          commandLine: `/bin/sh -c 'test "$AZ_BATCH_NODE_ID" = "${nodes[0]}"'`,
        },
      });
      expect((await client.post("/jobs/pfj/tasks", multi("m2", 2, "/bin/true", "/bin/true"))).status).to.equal(201);
      await client.settle(async () => {
        const s = (await client.get("/jobs/pfj/jobpreparationandreleasetaskstatus")).json.value;
        return s.length === 2 && s.every((e: any) => e.jobPreparationTaskExecutionInfo.state === "completed");
      });
      expect((await client.get("/jobs/pfj/tasks/m2")).json.state).to.equal("active");
      await client.post("/jobs/pfj/tasks", { id: "one", commandLine: "/bin/true" });
      const one = await client.waitTask("pfj", "one");
      expect(one.nodeInfo.nodeId).to.equal(nodes[0]);
      expect((await client.get("/jobs/pfj/tasks/m2")).json.state).to.equal("active");
    } finally {
      await emu.close();
    }
  });
});

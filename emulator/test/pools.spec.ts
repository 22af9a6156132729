import { expect } from "chai";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ManualClock, RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

describe("emulator: pools and nodes", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
  });
  after(() => emu.close());

  it("creates a pool whose nodes go creating → starting → idle, then deletes it", async () => {
    const seen = new Set<string>();
    const created = await client.post("/pools", {
      id: "life",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
        nodeAgentSKUId: "batch.node.ubuntu 24.04",
      },
      targetDedicatedNodes: 2,
      taskSlotsPerNode: 2,
    });
    expect(created.status).to.equal(201);
    expect(created.headers.get("etag")).to.match(/^0x8D[0-9A-F]+$/);
    expect(created.headers.get("last-modified")).to.match(/GMT$/);
    expect(created.headers.get("dataserviceid")).to.equal(`${emu.endpoint}/pools/life`);
    await client.settle(async () => {
      const nodes = (await client.get("/pools/life/nodes")).json.value as { state: string }[];
      for (const n of nodes) seen.add(n.state);
      return nodes.length === 2 && nodes.every((n) => n.state === "idle");
    });
    expect(seen.has("idle")).to.equal(true);
    expect([...seen].some((s) => s === "creating" || s === "starting")).to.equal(true);
    const pool = (await client.get("/pools/life")).json;
    expect(pool).to.include({
      id: "life",
      state: "active",
      allocationState: "steady",
      currentDedicatedNodes: 2,
      targetDedicatedNodes: 2,
      taskSlotsPerNode: 2,
    });
    expect(pool.virtualMachineConfiguration.nodeAgentSKUId).to.equal("batch.node.ubuntu 24.04");
    const counts = (await client.get("/nodecounts")).json.value.find((c: { poolId: string }) => c.poolId === "life");
    expect(counts.dedicated).to.include({ idle: 2, total: 2 });
    expect(counts.lowPriority.total).to.equal(0);

    expect((await client.request("HEAD", "/pools/life")).status).to.equal(200);
    const del = await client.del("/pools/life");
    expect(del.status).to.equal(202);
    const deleting = await client.get("/pools/life");
    expect(deleting.json.state).to.equal("deleting");
    const again = await client.del("/pools/life");
    expect(again.status).to.equal(409);
    expect(again.json.code).to.equal("PoolBeingDeleted");
    await client.settle(async () => (await client.get("/pools/life")).status === 404);
    expect((await client.request("HEAD", "/pools/life")).status).to.equal(404);
    const gone = await client.get("/pools/life");
    expect(gone.json.code).to.equal("PoolNotFound");
  });

  it("refuses a duplicate pool with 409 PoolExists (ids ignore case)", async () => {
    await client.createPool("dup", 0);
    const r = await client.post("/pools", {
      id: "DUP",
      vmSize: "x",
      virtualMachineConfiguration: { imageReference: {}, nodeAgentSKUId: "n" },
    });
    expect(r.status).to.equal(409);
    expect(r.json.code).to.equal("PoolExists");
  });

  it("resizes (allocationState resizing, then steady) and removes nodes", async () => {
    await client.createPool("rs", 1);
    const r = await client.post("/pools/rs/resize", { targetDedicatedNodes: 3 });
    expect(r.status).to.equal(202);
    expect((await client.get("/pools/rs")).json.allocationState).to.equal("resizing");
    const busy = await client.post("/pools/rs/resize", { targetDedicatedNodes: 1 });
    expect(busy.status).to.equal(409);
    expect(busy.json.code).to.equal("PoolBeingResized");
    await client.settle(async () => (await client.get("/pools/rs")).json.allocationState === "steady");
    await client.settle(
      async () =>
        (await client.get("/pools/rs/nodes", { query: { $filter: "state eq 'idle'" } })).json.value.length === 3,
    );
    const nodes = (await client.get("/pools/rs/nodes")).json.value;
    const rm = await client.post("/pools/rs/removenodes", { nodeList: [nodes[0].id] });
    expect(rm.status).to.equal(202);
    await client.settle(async () => (await client.get("/pools/rs/nodes")).json.value.length === 2);
    const pool = (await client.get("/pools/rs")).json;
    expect(pool.targetDedicatedNodes).to.equal(2);
    expect(pool.currentDedicatedNodes).to.equal(2);
    const missing = await client.post("/pools/rs/removenodes", { nodeList: ["tvm-nope"] });
    expect(missing.status).to.equal(404);
    expect(missing.json.code).to.equal("NodeNotFound");
    expect((await client.post("/pools/rs/stopresize")).status).to.equal(202);
  });

  it("updates (PATCH) and replaces (updateproperties) pool properties", async () => {
    await client.createPool("upd", 0, { metadata: [{ name: "a", value: "1" }] });
    const patch = await client.request("PATCH", "/pools/upd", { body: { displayName: "Updated" } });
    expect(patch.status).to.equal(200);
    let pool = (await client.get("/pools/upd")).json;
    expect(pool.displayName).to.equal("Updated");
    expect(pool.metadata).to.deep.equal([{ name: "a", value: "1" }]);
    const replace = await client.post("/pools/upd/updateproperties", {
      applicationPackageReferences: [],
      metadata: [{ name: "b", value: "2" }],
    });
    expect(replace.status).to.equal(204);
    pool = (await client.get("/pools/upd")).json;
    expect(pool.metadata).to.deep.equal([{ name: "b", value: "2" }]);
    const bad = await client.post("/pools/upd/updateproperties", { metadata: [] });
    expect(bad.status).to.equal(400);
    expect(bad.json.code).to.equal("MissingRequiredProperty");
  });

  it("enables, evaluates and disables autoscale", async () => {
    await client.createPool("auto", 0);
    const notEnabled = await client.post("/pools/auto/evaluateautoscale", {
      autoScaleFormula: "$TargetDedicatedNodes=1",
    });
    expect(notEnabled.status).to.equal(409);
    expect(notEnabled.json.code).to.equal("OperationInvalidForCurrentState");
    const tooShort = await client.post("/pools/auto/enableautoscale", {
      autoScaleFormula: "$TargetDedicatedNodes=1",
      autoScaleEvaluationInterval: "PT4M59S",
    });
    expect(tooShort.status).to.equal(400);
    expect(tooShort.json.code).to.equal("InvalidPropertyValue");
    const tooLong = await client.post("/pools/auto/enableautoscale", {
      autoScaleFormula: "$TargetDedicatedNodes=1",
      autoScaleEvaluationInterval: "PT168H1S",
    });
    expect(tooLong.status).to.equal(400);
    const en = await client.post("/pools/auto/enableautoscale", {
      autoScaleFormula: "$TargetDedicatedNodes=1",
      autoScaleEvaluationInterval: "PT5M",
    });
    expect(en.status).to.equal(200);
    await client.settle(async () => (await client.get("/pools/auto/nodes")).json.value.length === 1);
    const pool = (await client.get("/pools/auto")).json;
    expect(pool).to.include({
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes=1",
      targetDedicatedNodes: 1,
      autoScaleEvaluationInterval: "PT5M",
    });
    expect(pool.autoScaleRun.results).to.equal("$TargetDedicatedNodes=1;$NodeDeallocationOption=requeue");
    const ev = await client.post("/pools/auto/evaluateautoscale", {
      autoScaleFormula: "n = max(1, 2); $TargetDedicatedNodes = $CurrentDedicatedNodes + n",
    });
    expect(ev.status).to.equal(200);
    expect(ev.json.results).to.equal("$TargetDedicatedNodes=3;$NodeDeallocationOption=requeue;n=2");
    const syntax = await client.post("/pools/auto/evaluateautoscale", { autoScaleFormula: "this is not a formula" });
    expect(syntax.status).to.equal(400);
    expect(syntax.json.code).to.equal("AutoScalingFormulaSyntaxError");
    expect(syntax.json.values).to.deep.include({
      key: "Message",
      value: "Line 1, Col 6: Expected '=' but found 'is'.",
    });
    const insufficient = await client.post("/pools/auto/evaluateautoscale", {
      autoScaleFormula: "$TargetDedicatedNodes = avg($PendingTasks.GetSample(TimeInterval_Minute * 10, 70))",
    });
    expect(insufficient.status).to.equal(200);
    expect(insufficient.json.error).to.include({ code: "InsufficientSampleData" });
    const resize = await client.post("/pools/auto/resize", { targetDedicatedNodes: 2 });
    expect(resize.status).to.equal(409);
    expect((await client.post("/pools/auto/disableautoscale")).status).to.equal(200);
    expect((await client.get("/pools/auto")).json.enableAutoScale).to.equal(false);
  });

  it("autoscale formulas see the pool's task counts, node counts and task slots", async () => {
    await client.createPool("as-metrics", 0, {
      targetDedicatedNodes: undefined,
      enableAutoScale: true,
      autoScaleFormula: "$TargetDedicatedNodes = 0",
      taskSlotsPerNode: 2,
    });
    await client.createJob("as-job", "as-metrics");
    for (const id of ["t1", "t2", "t3", "t4", "t5"])
      expect((await client.post("/jobs/as-job/tasks", { id, commandLine: "/bin/true" })).status).to.equal(201);
    const ev = await client.post("/pools/as-metrics/evaluateautoscale", {
      autoScaleFormula:
        "$TargetDedicatedNodes = min(3, $PendingTasks); a = $ActiveTasks; r = $RunningTasks; s = $TaskSlotsPerNode; n = $CurrentDedicatedNodes",
    });
    expect(ev.status).to.equal(200);
    expect(ev.json.results).to.equal("$TargetDedicatedNodes=3;$NodeDeallocationOption=requeue;a=5;n=0;r=0;s=2");
    expect(ev.json.error).to.equal(undefined);
  });

  it("runs the start task: waitForSuccess holds the node in waitingforstarttask; failure gives starttaskfailed", async () => {
    // The start task runs until the test lets it end, so the node is seen waiting whatever the machine's pace.
    const go = join(emu.dataDir, "go-st-ok");
    await client.createPool(
      "st-ok",
      1,
      {
        startTask: {
          commandLine: `/bin/sh -c 'i=0; while [ ! -f "$GO" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; [ -f "$GO" ] && echo started > $AZ_BATCH_NODE_SHARED_DIR/ok'`,
          environmentSettings: [{ name: "GO", value: go }],
          waitForSuccess: true,
        },
      },
      false,
    );
    await client.settle(
      async () => (await client.get("/pools/st-ok/nodes")).json.value[0]?.state === "waitingforstarttask",
    );
    await writeFile(go, "");
    await client.settle(async () => (await client.get("/pools/st-ok/nodes")).json.value[0]?.state === "idle");
    const node = (await client.get("/pools/st-ok/nodes")).json.value[0];
    expect(node.startTaskInfo).to.include({ state: "completed", exitCode: 0, result: "success", retryCount: 0 });
    const shared = await client.get(`/pools/st-ok/nodes/${node.id}/files/shared/ok`);
    expect(shared.text).to.equal("started\n");

    await client.createPool(
      "st-bad",
      1,
      { startTask: { commandLine: "/bin/sh -c 'exit 2'", maxTaskRetryCount: 1 } },
      false,
    );
    await client.settle(
      async () => (await client.get("/pools/st-bad/nodes")).json.value[0]?.state === "starttaskfailed",
    );
    const bad = (await client.get("/pools/st-bad/nodes")).json.value[0];
    expect(bad.startTaskInfo).to.include({ state: "completed", exitCode: 2, result: "failure", retryCount: 1 });
    expect(bad.startTaskInfo.failureInfo.code).to.equal("FailureExitCode");
  });

  it("reboots, reimages, deallocates and starts nodes; disables and enables scheduling", async () => {
    await client.createPool("ops", 1);
    const node = (await client.get("/pools/ops/nodes")).json.value[0];
    const base = `/pools/ops/nodes/${node.id}`;
    expect((await client.post(`${base}/reboot`, { nodeRebootOption: "requeue" })).status).to.equal(202);
    expect((await client.get(base)).json.state).to.equal("rebooting");
    await client.settle(async () => (await client.get(base)).json.state === "idle");
    expect((await client.post(`${base}/reimage`)).status).to.equal(202);
    expect((await client.get(base)).json.state).to.equal("reimaging");
    await client.settle(async () => (await client.get(base)).json.state === "idle");
    expect((await client.post(`${base}/start`)).status).to.equal(409);
    expect((await client.post(`${base}/deallocate`)).status).to.equal(202);
    await client.settle(async () => (await client.get(base)).json.state === "deallocated");
    expect((await client.post(`${base}/start`)).status).to.equal(202);
    await client.settle(async () => (await client.get(base)).json.state === "idle");
    expect(
      (await client.post(`${base}/disablescheduling`, { nodeDisableSchedulingOption: "taskcompletion" })).status,
    ).to.equal(200);
    expect((await client.get(base)).json.schedulingState).to.equal("disabled");
    expect((await client.post(`${base}/enablescheduling`)).status).to.equal(200);
    expect((await client.get(base)).json.schedulingState).to.equal("enabled");
    const login = await client.get(`${base}/remoteloginsettings`);
    expect(login.json).to.have.keys("remoteLoginIPAddress", "remoteLoginPort");
    const logs = await client.post(`${base}/uploadbatchservicelogs`, {
      containerUrl: "https://example.invalid/c?sig=x",
      // After the node's agent log: nothing to upload (see test/storage/serviceLogs.spec.ts for uploads).
      startTime: "2999-01-01T00:00:00Z",
    });
    expect(logs.status).to.equal(200);
    expect(logs.json.virtualDirectoryName).to.contain(`ops/${node.id}/`);
    expect(logs.json.numberOfFilesUploaded).to.equal(0);
    expect((await client.post(`${base}/users`, { name: "alice", password: "pw", isAdmin: false })).status).to.equal(
      201,
    );
    expect((await client.post(`${base}/users`, { name: "alice" })).json.code).to.equal("NodeUserExists");
    expect((await client.request("PUT", `${base}/users/alice`, { body: { password: "pw2" } })).status).to.equal(200);
    expect((await client.del(`${base}/users/alice`)).status).to.equal(200);
    expect((await client.del(`${base}/users/alice`)).status).to.equal(404);
    expect((await client.get(`${base}/extensions`)).json.value).to.deep.equal([]);
    expect((await client.get(`${base}/extensions/foo`)).status).to.equal(404);
    expect((await client.get("/pools/ops/nodes/tvm-missing")).json.code).to.equal("NodeNotFound");
  });

  it("lists supported images (with ubuntu) and answers applications", async () => {
    const images = (await client.get("/supportedimages")).json.value;
    expect(images.some((i: { nodeAgentSKUId: string }) => i.nodeAgentSKUId.startsWith("batch.node.ubuntu"))).to.equal(
      true,
    );
    const linux = (await client.get("/supportedimages", { query: { $filter: "osType eq 'linux'" } })).json.value;
    expect(linux.every((i: { osType: string }) => i.osType === "linux")).to.equal(true);
    expect((await client.get("/applications")).json.value).to.deep.equal([]);
    const app = await client.get("/applications/myapp");
    expect(app.status).to.equal(404);
    expect(app.json.code).to.equal("ApplicationNotFound");
  });
});

describe("emulator: periodic autoscale on the emulator's clock", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  let clock: ManualClock;
  before(async () => {
    ({ emu, client, clock } = await start());
  });
  after(() => emu.close());

  const pool = async (): Promise<any> => (await client.get("/pools/periodic")).json;

  it("evaluates every autoScaleEvaluationInterval, samples every 30 s, resizes; enable re-arms, disable and delete stop it", async () => {
    const formula = "$TargetDedicatedNodes = min(2, $PendingTasks); c = $PendingTasks.Count()";
    await client.createPool("periodic", 0, {
      targetDedicatedNodes: undefined,
      enableAutoScale: true,
      autoScaleFormula: formula,
      autoScaleEvaluationInterval: "PT5M",
    });
    const first = (await pool()).autoScaleRun;
    expect(first.results).to.equal("$TargetDedicatedNodes=0;$NodeDeallocationOption=requeue;c=1");
    await client.createJob("periodic-job", "periodic");
    for (const id of ["a", "b", "c"])
      expect((await client.post("/jobs/periodic-job/tasks", { id, commandLine: "/bin/true" })).status).to.equal(201);

    await clock.advance(5 * 60_000 - 1);
    expect((await pool()).autoScaleRun.timestamp).to.equal(first.timestamp);
    await clock.advance(1);
    const second = (await pool()).autoScaleRun;
    expect(Date.parse(second.timestamp) - Date.parse(first.timestamp)).to.equal(5 * 60_000);
    // One sample at the first evaluation, then one every 30 s: 0, 30, ..., 300 s.
    expect(second.results).to.equal("$TargetDedicatedNodes=2;$NodeDeallocationOption=requeue;c=11");
    expect((await pool()).targetDedicatedNodes).to.equal(2);
    await client.settle(
      async () =>
        (await client.get("/pools/periodic/nodes")).json.value.filter((n: { state: string }) => n.state === "idle")
          .length === 2,
    );
    await client.settle(
      async () => (await client.get("/jobs/periodic-job/taskcounts")).json.taskCounts.completed === 3,
    );

    // Enabling again (a new formula and interval) evaluates at once and restarts the interval.
    expect(
      (
        await client.post("/pools/periodic/enableautoscale", {
          autoScaleFormula: "$TargetDedicatedNodes = 1",
          autoScaleEvaluationInterval: "PT10M",
        })
      ).status,
    ).to.equal(200);
    const third = (await pool()).autoScaleRun;
    await clock.advance(5 * 60_000);
    expect((await pool()).autoScaleRun.timestamp).to.equal(third.timestamp);
    await clock.advance(5 * 60_000);
    expect(Date.parse((await pool()).autoScaleRun.timestamp) - Date.parse(third.timestamp)).to.equal(10 * 60_000);

    // Disabled: no more evaluations; the pool keeps its nodes.
    expect((await client.post("/pools/periodic/disableautoscale")).status).to.equal(200);
    const pendingAfterDisable = clock.pending;
    await clock.advance(30 * 60_000);
    const disabled = await pool();
    expect(disabled.enableAutoScale).to.equal(false);
    expect(disabled.autoScaleRun).to.equal(undefined);
    expect(clock.pending).to.be.at.most(pendingAfterDisable);

    // Enabled again, then deleted: the pool's timers go with it.
    expect(
      (
        await client.post("/pools/periodic/enableautoscale", {
          autoScaleFormula: "$TargetDedicatedNodes = 0",
          autoScaleEvaluationInterval: "PT5M",
        })
      ).status,
    ).to.equal(200);
    expect((await client.del("/jobs/periodic-job")).status).to.equal(202);
    expect((await client.del("/pools/periodic")).status).to.equal(202);
    await client.settle(
      async () =>
        (await client.get("/pools/periodic")).status === 404 && (await client.get("/jobs/periodic-job")).status === 404,
    );
    expect(clock.pending, "timers left after the pool and its job are gone").to.equal(0);
  });
});

describe("emulator: the account's node quota (maxNodes)", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start({ maxNodes: 3 }));
  });
  after(() => emu.close());

  const steady = (id: string) =>
    client.settle(async () => (await client.get(`/pools/${id}`)).json.allocationState === "steady");

  it("gives a pool the nodes there is room for and a resize error, however large its target", async () => {
    await client.createPool("huge", 1_000_000_000, {}, false);
    await steady("huge");
    const pool = (await client.get("/pools/huge")).json;
    expect(pool.currentDedicatedNodes).to.equal(3);
    expect(pool.targetDedicatedNodes).to.equal(1_000_000_000);
    expect(pool.resizeErrors.map((e: { code: string }) => e.code)).to.deep.equal(["AccountCoreQuotaReached"]);

    // No room left: another pool gets none (low-priority nodes count too).
    await client.createPool("spot", 0, { targetLowPriorityNodes: 2 }, false);
    await steady("spot");
    const spot = (await client.get("/pools/spot")).json;
    expect(spot.currentLowPriorityNodes).to.equal(0);
    expect(spot.resizeErrors[0].code).to.equal("AccountLowPriorityCoreQuotaReached");

    // Shrinking the first makes room; its error is cleared by the resize.
    expect((await client.post("/pools/huge/resize", { targetDedicatedNodes: 1 })).status).to.equal(202);
    await steady("huge");
    await client.settle(async () => (await client.get("/pools/huge/nodes")).json.value.length === 1);
    expect((await client.get("/pools/huge")).json.resizeErrors ?? []).to.deep.equal([]);
    expect((await client.post("/pools/spot/resize", { targetLowPriorityNodes: 2 })).status).to.equal(202);
    await steady("spot");
    const resized = (await client.get("/pools/spot")).json;
    expect(resized.currentLowPriorityNodes).to.equal(2);
    expect(resized.resizeErrors ?? []).to.deep.equal([]);
    expect((await client.get("/pools")).status).to.equal(200);
  });
});

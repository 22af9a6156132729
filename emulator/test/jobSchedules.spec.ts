import { expect } from "chai";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, startEmulator, type RunningEmulator } from "../src/index.js";
import { start, TestClient } from "./helpers.js";

const MIN = 60_000;

const exists = (path: string): Promise<boolean> =>
  stat(path).then(
    () => true,
    () => false,
  );

describe("emulator: job schedules", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  let clock: ManualClock;
  beforeEach(async () => {
    ({ emu, client, clock } = await start());
  });
  afterEach(() => emu.close());

  const spec = (extra: Record<string, unknown> = {}) => ({ poolInfo: { poolId: "sp" }, ...extra });
  async function create(
    id: string,
    schedule: Record<string, unknown>,
    jobSpecification: Record<string, unknown> = spec(),
  ): Promise<void> {
    const r = await client.post("/jobschedules", { id, schedule, jobSpecification });
    expect(r.status, r.text).to.equal(201);
  }
  const schedule = async (id: string) => (await client.get(`/jobschedules/${id}`)).json;
  const jobIds = async (id: string): Promise<string[]> =>
    (await client.get(`/jobschedules/${id}/jobs`)).json.value.map((j: { id: string }) => j.id).sort();
  const terminateJob = (jobId: string) => client.post(`/jobs/${encodeURIComponent(jobId)}/terminate`);

  describe("validation (the service's ranges)", () => {
    for (const [name, value] of [
      ["recurrenceInterval", "PT59S"],
      ["startWindow", "PT30S"],
    ] as const) {
      it(`refuses a ${name} under 1 minute with 400 InvalidPropertyValue`, async () => {
        const r = await client.post("/jobschedules", {
          id: "bad",
          schedule: { [name]: value },
          jobSpecification: spec(),
        });
        expect(r.status).to.equal(400);
        expect(r.json.code).to.equal("InvalidPropertyValue");
        expect(r.json.values).to.deep.include({ key: "PropertyName", value: `schedule.${name}` });
      });
    }

    it("refuses a doNotRunUntil that is not a date-time, and a jobSpecification the service would refuse as a job", async () => {
      const r1 = await client.post("/jobschedules", {
        id: "bad",
        schedule: { doNotRunUntil: "tomorrow" },
        jobSpecification: spec(),
      });
      expect(r1.status).to.equal(400);
      expect(r1.json.code).to.equal("InvalidPropertyValue");
      const r2 = await client.post("/jobschedules", {
        id: "bad",
        schedule: {},
        jobSpecification: spec({ priority: 5000 }),
      });
      expect(r2.status).to.equal(400);
      const r3 = await client.post("/jobschedules", { id: "bad", schedule: {}, jobSpecification: {} });
      expect(r3.status).to.equal(400);
      expect((await client.get("/jobschedules/bad")).status).to.equal(404);
    });

    it("accepts exactly 1 minute", async () => {
      await create("one", { recurrenceInterval: "PT1M", startWindow: "PT1M" });
    });
  });

  it("creates <scheduleId>:job-<n> every recurrenceInterval with nextRunTime and recentJob, and the jobs carry the jobSpecification", async () => {
    const t0 = clock.now().getTime();
    await create(
      "rec",
      { recurrenceInterval: "PT5M" },
      spec({ priority: 7, onAllTasksComplete: "terminatejob", metadata: [{ name: "k", value: "v" }] }),
    );
    let s = await schedule("rec");
    expect(s.executionInfo.recentJob).to.deep.equal({ id: "rec:job-1", url: `${emu.endpoint}/jobs/rec%3Ajob-1` });
    expect(Date.parse(s.executionInfo.nextRunTime)).to.equal(t0 + 5 * MIN);
    expect(s.executionInfo.endTime).to.equal(undefined);
    const job = (await client.get(`/jobs/${encodeURIComponent("rec:job-1")}`)).json;
    expect(job).to.include({ id: "rec:job-1", priority: 7 });
    expect(job.poolInfo).to.deep.equal({ poolId: "sp" });
    expect(job.metadata).to.deep.equal([{ name: "k", value: "v" }]);
    await clock.advance(5 * MIN - 1);
    expect(await jobIds("rec")).to.deep.equal(["rec:job-1"]);
    await clock.advance(1);
    expect(await jobIds("rec")).to.deep.equal(["rec:job-1", "rec:job-2"]);
    await clock.advance(10 * MIN);
    expect(await jobIds("rec")).to.deep.equal(["rec:job-1", "rec:job-2", "rec:job-3", "rec:job-4"]);
    s = await schedule("rec");
    expect(s.executionInfo.recentJob.id).to.equal("rec:job-4");
    expect(Date.parse(s.executionInfo.nextRunTime)).to.equal(t0 + 20 * MIN);
    expect(s.state).to.equal("active");
  });

  it("has at most one active job: the next recurrence waits for the previous job within its window", async () => {
    await create("one-at-a-time", { recurrenceInterval: "PT10M" });
    await clock.advance(10 * MIN);
    expect(await jobIds("one-at-a-time")).to.deep.equal(["one-at-a-time:job-1"]);
    await clock.advance(5 * MIN);
    expect((await terminateJob("one-at-a-time:job-1")).status).to.equal(202);
    await clock.advance(0);
    // The recurrence due at 10 minutes was still within its window (the next recurrence): its job is created now.
    expect(await jobIds("one-at-a-time")).to.deep.equal(["one-at-a-time:job-1", "one-at-a-time:job-2"]);
    expect(Date.parse((await schedule("one-at-a-time")).executionInfo.nextRunTime)).to.equal(
      clock.now().getTime() + 5 * MIN,
    );
  });

  it("skips a recurrence whose startWindow passes without a job being created", async () => {
    const t0 = clock.now().getTime();
    await create("window", { recurrenceInterval: "PT10M", startWindow: "PT1M" });
    await clock.advance(11 * MIN);
    expect(Date.parse((await schedule("window")).executionInfo.nextRunTime)).to.equal(t0 + 20 * MIN);
    await terminateJob("window:job-1");
    await clock.advance(0);
    expect(await jobIds("window")).to.deep.equal(["window:job-1"]);
    await clock.advance(9 * MIN);
    expect(await jobIds("window")).to.deep.equal(["window:job-1", "window:job-2"]);
  });

  it("creates no job before doNotRunUntil and completes once doNotRunAfter passed with no active job", async () => {
    const t0 = clock.now().getTime();
    const until = new Date(t0 + 30 * MIN).toISOString();
    const after = new Date(t0 + 45 * MIN).toISOString();
    await create(
      "bounded",
      { doNotRunUntil: until, doNotRunAfter: after, recurrenceInterval: "PT10M" },
      spec({ onAllTasksComplete: "terminatejob" }),
    );
    expect(await jobIds("bounded")).to.deep.equal([]);
    let s = await schedule("bounded");
    expect(s.executionInfo.nextRunTime).to.equal(until);
    expect(s.executionInfo.recentJob).to.equal(undefined);
    await clock.advance(30 * MIN);
    expect(await jobIds("bounded")).to.deep.equal(["bounded:job-1"]);
    await clock.advance(10 * MIN);
    expect(await jobIds("bounded")).to.deep.equal(["bounded:job-1", "bounded:job-2"]);
    expect((await schedule("bounded")).state).to.equal("active");
    await clock.advance(10 * MIN);
    expect(await jobIds("bounded")).to.deep.equal(["bounded:job-1", "bounded:job-2"]);
    s = await schedule("bounded");
    expect(s.state).to.equal("completed");
    expect(Date.parse(s.executionInfo.endTime)).to.equal(t0 + 45 * MIN + 1);
    expect(s.executionInfo.nextRunTime).to.equal(undefined);
  });

  it("without recurrence creates one job and completes once that job completed", async () => {
    await create("once", {});
    await clock.advance(60 * MIN);
    expect(await jobIds("once")).to.deep.equal(["once:job-1"]);
    expect((await schedule("once")).state).to.equal("active");
    await terminateJob("once:job-1");
    await clock.advance(0);
    const s = await schedule("once");
    expect(s.state).to.equal("completed");
    expect(s.executionInfo.endTime).to.be.a("string");
    expect(await jobIds("once")).to.deep.equal(["once:job-1"]);
  });

  it("lays out a schedule's job on the node as the service does: workitems/<scheduleId>/job-<n>/<taskId>", async () => {
    await client.createPool("dirs", 1);
    await create("nightly", {}, { poolInfo: { poolId: "dirs" } });
    await clock.advance(0);
    expect(await jobIds("nightly")).to.deep.equal(["nightly:job-1"]);
    const job = encodeURIComponent("nightly:job-1");
    expect((await client.post(`/jobs/${job}/tasks`, { id: "t", commandLine: "/bin/true" })).status).to.equal(201);
    const task = await client.waitTask("nightly:job-1", "t");
    expect(task.nodeInfo.taskRootDirectory).to.equal("workitems/nightly/job-1/t");
    const dir = join(emu.dataDir!, "nodes", task.nodeInfo.nodeId, "workitems", "nightly", "job-1", "t");
    await stat(join(dir, "stdout.txt"));
    expect((await client.get(`/jobs/${job}/tasks/t/files/stdout.txt`)).status).to.equal(200);
    expect((await client.del(`/jobschedules/nightly`)).status).to.equal(202);
    await client.settle(async () => (await client.get(`/jobs/${job}`)).status === 404);
    await client.settle(async () => !(await exists(dir)));
  });

  it("disabled creates no jobs; enabled within the recurrence's window creates it", async () => {
    await create("dis", { recurrenceInterval: "PT10M" }, spec({ onAllTasksComplete: "terminatejob" }));
    expect((await client.post("/jobschedules/dis/disable")).status).to.equal(204);
    await clock.advance(25 * MIN);
    expect(await jobIds("dis")).to.deep.equal(["dis:job-1"]);
    expect((await schedule("dis")).state).to.equal("disabled");
    expect((await client.post("/jobschedules/dis/enable")).status).to.equal(204);
    await clock.advance(0);
    expect(await jobIds("dis")).to.deep.equal(["dis:job-1", "dis:job-2"]);
    expect((await client.post("/jobschedules/dis/enable")).status).to.equal(409);
  });

  it("terminate terminates the active job and completes the schedule; delete deletes its jobs", async () => {
    await create("term", { recurrenceInterval: "PT10M" });
    expect((await client.post("/jobschedules/term/terminate")).status).to.equal(202);
    expect((await schedule("term")).state).to.equal("terminating");
    await clock.advance(MIN);
    const s = await schedule("term");
    expect(s.state).to.equal("completed");
    expect(s.executionInfo.endTime).to.be.a("string");
    const job = (await client.get(`/jobs/${encodeURIComponent("term:job-1")}`)).json;
    expect(job.state).to.equal("completed");
    expect(job.executionInfo.terminateReason).to.equal("UserTerminate");
    await clock.advance(20 * MIN);
    expect(await jobIds("term")).to.deep.equal(["term:job-1"]);
    expect((await client.post("/jobschedules/term/disable")).json.code).to.equal("JobScheduleCompleted");

    await create("del", { recurrenceInterval: "PT10M" });
    expect((await client.del("/jobschedules/del")).status).to.equal(202);
    await clock.advance(MIN);
    expect((await client.get("/jobschedules/del")).status).to.equal(404);
    expect((await client.get(`/jobs/${encodeURIComponent("del:job-1")}`)).status).to.equal(404);
    await clock.advance(20 * MIN);
    expect((await client.get(`/jobs/${encodeURIComponent("del:job-2")}`)).status).to.equal(404);
  });

  it("an auto pool with poolLifetimeOption jobschedule is shared by the schedule's jobs and deleted with the schedule", async () => {
    const pool = {
      vmSize: "standard_d2s_v3",
      targetDedicatedNodes: 0,
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
        nodeAgentSKUId: "batch.node.ubuntu 24.04",
      },
    };
    await create(
      "auto",
      { recurrenceInterval: "PT10M" },
      {
        onAllTasksComplete: "terminatejob",
        poolInfo: { autoPoolSpecification: { autoPoolIdPrefix: "sched", poolLifetimeOption: "jobschedule", pool } },
      },
    );
    await clock.advance(10 * MIN);
    const jobs = (await client.get("/jobschedules/auto/jobs")).json.value;
    expect(jobs).to.have.length(2);
    const poolIds = new Set(jobs.map((j: { executionInfo: { poolId: string } }) => j.executionInfo.poolId));
    expect(poolIds.size).to.equal(1);
    const poolId = [...poolIds][0] as string;
    expect(poolId.startsWith("sched_")).to.equal(true);
    expect((await client.get(`/pools/${poolId}`)).json.state).to.equal("active");
    await client.post("/jobschedules/auto/terminate");
    await clock.advance(MIN);
    expect((await client.get(`/pools/${poolId}`)).json?.state ?? "gone").to.be.oneOf(["deleting", "gone"]);
  });
});

describe("emulator: job schedules across a restart", () => {
  let dataDir: string;
  let emu: RunningEmulator | undefined;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-sched-"));
  });
  after(async () => {
    await emu?.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });

  it("re-arms the next recurrence from the stored schedule", async () => {
    const t0 = Date.now();
    let clock = new ManualClock(t0);
    emu = await startEmulator({ dataDir, clock });
    let client = new TestClient(emu, clock);
    expect(
      (
        await client.post("/jobschedules", {
          id: "persist",
          schedule: { recurrenceInterval: "PT10M" },
          jobSpecification: { poolInfo: { poolId: "sp" }, onAllTasksComplete: "terminatejob" },
        })
      ).status,
    ).to.equal(201);
    await clock.advance(MIN);
    await emu.close();
    emu = undefined;
    clock = new ManualClock(t0 + 5 * MIN);
    emu = await startEmulator({ dataDir, clock });
    client = new TestClient(emu, clock);
    const s = (await client.get("/jobschedules/persist")).json;
    expect(s.executionInfo.recentJob.id).to.equal("persist:job-1");
    expect(Date.parse(s.executionInfo.nextRunTime)).to.equal(t0 + 10 * MIN);
    await clock.advance(5 * MIN);
    const ids = (await client.get("/jobschedules/persist/jobs")).json.value.map((j: { id: string }) => j.id).sort();
    expect(ids).to.deep.equal(["persist:job-1", "persist:job-2"]);
  });
});

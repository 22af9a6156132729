import { expect } from "chai";
import type { RunningEmulator } from "../src/index.js";
import { start, type TestClient } from "./helpers.js";

// A job `x` keeps its tasks under workitems/x/job-1 on a node, and job `x:job-1` of schedule `x`
// under workitems/x/job-1 too (emulator/src/engine/workItems.ts): a job and a schedule with one id
// would share task directories (one's stdout.txt served as the other's, a job's deletion removing
// the schedule's files). The service keeps them apart: jobs and schedules share one id space.
describe("emulator: a job and a job schedule cannot have the same id", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
    await client.createPool("wp", 1, { taskSlotsPerNode: 2 });
  });
  after(() => emu.close());

  it("refuses a schedule with a job's id (any case): 409 JobWithSameIdExists", async () => {
    await client.createJob("shared1", "wp");
    const r = await client.post("/jobschedules", {
      id: "SHARED1",
      schedule: {},
      jobSpecification: { poolInfo: { poolId: "wp" } },
    });
    expect(r.status, r.text).to.equal(409);
    expect(r.json.code).to.equal("JobWithSameIdExists");
    expect((await client.get("/jobschedules/shared1")).status).to.equal(404);
  });

  it("refuses a job with a schedule's id (any case): 409 JobScheduleWithSameIdExists; the schedule's job and its task files stay its own", async () => {
    const s = await client.post("/jobschedules", {
      id: "shared2",
      schedule: {},
      jobSpecification: { poolInfo: { poolId: "wp" } },
    });
    expect(s.status, s.text).to.equal(201);
    const r = await client.post("/jobs", { id: "Shared2", poolInfo: { poolId: "wp" } });
    expect(r.status, r.text).to.equal(409);
    expect(r.json.code).to.equal("JobScheduleWithSameIdExists");
    expect((await client.get("/jobs/shared2")).status).to.equal(404);
    await client.settle(async () => (await client.get("/jobs/shared2:job-1")).status === 200);
    const job = encodeURIComponent("shared2:job-1");
    await client.post(`/jobs/${job}/tasks`, { id: "t", commandLine: "/bin/sh -c 'echo from-schedule'" });
    const task = await client.waitTask("shared2:job-1", "t");
    expect(task.nodeInfo.taskRootDirectory).to.equal("workitems/shared2/job-1/t");
    expect((await client.get(`/jobs/${job}/tasks/t/files/stdout.txt`)).text).to.equal("from-schedule\n");
  });
});

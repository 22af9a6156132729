// Job schedules through the SDK against the emulator: jobs appear on the recurrence, one at a
// time, and the service's validation and terminate semantics hold.

import { assert } from "chai";
import { expectBatchError, startIntegration, until, type IntegrationContext } from "./helpers.js";

describe("integration: job schedules", () => {
  let ctx: IntegrationContext;
  before(async () => {
    ctx = await startIntegration();
  });
  after(() => ctx.emulator.close());

  it("creates <scheduleId>:job-<n> every recurrenceInterval, listed by listJobsFromSchedule, and terminates", async () => {
    const { client, clock } = ctx;
    await client.createJobSchedule({
      id: "nightly",
      schedule: { recurrenceInterval: "PT1M" },
      jobSpecification: { poolInfo: { poolId: "some-pool" }, allTasksCompleteMode: "terminatejob", priority: 3 },
    });
    let schedule = await client.getJobSchedule("nightly");
    assert.equal(schedule.executionInfo?.recentJob?.id, "nightly:job-1");
    assert.instanceOf(schedule.executionInfo?.nextRunTime, Date);
    await clock.advance(60_000);
    const ids: string[] = [];
    for await (const job of client.listJobsFromSchedule("nightly")) ids.push(job.id!);
    assert.deepEqual(ids.sort(), ["nightly:job-1", "nightly:job-2"]);
    assert.equal((await client.getJob("nightly:job-2")).priority, 3);

    await client.terminateJobSchedule("nightly");
    await until(
      ctx,
      async () => (await client.getJobSchedule("nightly")).state === "completed",
      "the schedule to complete",
    );
    schedule = await client.getJobSchedule("nightly");
    assert.instanceOf(schedule.executionInfo?.endTime, Date);
  });

  it("refuses a recurrenceInterval under 1 minute with InvalidPropertyValue", async () => {
    await expectBatchError(
      () =>
        ctx.client.createJobSchedule({
          id: "too-often",
          schedule: { recurrenceInterval: "PT30S" },
          jobSpecification: { poolInfo: { poolId: "p" } },
        }),
      400,
      "InvalidPropertyValue",
    );
  });
});

/// <reference types="mocha" />
// Job schedules: every example of the spec on the wire, then typed spot checks.

import { assert } from "chai";
import type { BatchJobSchedule } from "../src/index.js";
import { capture, describeExamples, exampleFile, runExample, useNock } from "./utils/exampleDriver.js";

describeExamples("JobSchedules");

describe("JobSchedules: typed models", () => {
  useNock();

  it("getJobSchedule returns the job specification with client names and Dates", async () => {
    const { result } = await runExample(exampleFile("JobSchedules_GetJobSchedule.json"), "200");
    const schedule = result as BatchJobSchedule;
    assert.instanceOf(schedule.creationTime, Date);
    assert.isString(schedule.jobSpecification?.allTasksCompleteMode);
    assert.notProperty(schedule.jobSpecification, "onAllTasksComplete");
  });

  it("jobScheduleExists is true on 200 and false on 404", async () => {
    const example = exampleFile("JobSchedules_JobScheduleExists.json");
    assert.strictEqual((await runExample(example, "200")).result, true);
    assert.strictEqual((await runExample(example, "404")).result, false);
  });

  it("createJobSchedule sends a Date as an ISO 8601 date-time", async () => {
    const { requests } = await capture({ status: 201 }, (client) =>
      client.createJobSchedule({
        id: "s",
        schedule: { doNotRunUntil: new Date(Date.UTC(2027, 4, 6, 7, 8, 9)), recurrenceInterval: "PT1H" },
        jobSpecification: { poolInfo: { poolId: "p" } },
      }),
    );
    assert.deepEqual(requests[0]!.body, {
      id: "s",
      schedule: { doNotRunUntil: "2027-05-06T07:08:09.000Z", recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "p" } },
    });
  });
});

/// <reference types="mocha" />
// Jobs: every example of the spec on the wire, then typed spot checks of the client names.

import { assert } from "chai";
import type { BatchJob } from "../src/index.js";
import { capture, describeExamples, exampleFile, REQUEST_ID, runExample, useNock } from "./utils/exampleDriver.js";

describeExamples("Jobs");

describe("Jobs: typed models", () => {
  useNock();

  it("getJob returns allTasksCompleteMode/taskFailureMode and Dates", async () => {
    const { result } = await runExample(exampleFile("Jobs_GetJob.json"), "200");
    const job = result as BatchJob;
    assert.strictEqual(job.allTasksCompleteMode, "noaction");
    assert.notProperty(job, "onAllTasksComplete");
    assert.instanceOf(job.creationTime, Date);
    assert.instanceOf(job.lastModified, Date);
  });

  it("listJobs yields BatchJob items with client names", async () => {
    const { result } = await runExample(exampleFile("Jobs_ListJobs.json"), "200");
    const jobs = result as BatchJob[];
    assert.isAbove(jobs.length, 0);
    for (const job of jobs) {
      assert.instanceOf(job.creationTime, Date);
      assert.notProperty(job, "onAllTasksComplete");
    }
  });

  it("createJob sends the seed's job (BatchPoolInfo) and allTasksCompleteMode as onAllTasksComplete", async () => {
    const { result, requests } = await capture({ status: 201, headers: { "request-id": REQUEST_ID } }, (client) =>
      client.createJob({
        id: "my-job",
        poolInfo: { poolId: "my-pool" },
        allTasksCompleteMode: "terminatejob",
        taskFailureMode: "noaction",
      }),
    );
    assert.strictEqual(requests[0]!.path, "/jobs");
    assert.deepEqual(requests[0]!.body, {
      id: "my-job",
      poolInfo: { poolId: "my-pool" },
      onAllTasksComplete: "terminatejob",
      onTaskFailure: "noaction",
    });
    assert.deepEqual(result, { requestId: REQUEST_ID });
  });

  it("terminateJob sends terminationReason as terminateReason, and no body without parameters", async () => {
    const { requests } = await capture({ status: 202 }, async (client) => {
      await client.terminateJob("j", { terminationReason: "done" });
      await client.terminateJob("j");
    });
    assert.deepEqual(requests[0]!.body, { terminateReason: "done" });
    assert.isUndefined(requests[1]!.body);
  });
});

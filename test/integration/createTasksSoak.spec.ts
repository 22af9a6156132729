// createTasks under injected faults (test/integration/soak.ts): 5,000 tasks; `npm run soak` runs 100,000.

import { assert } from "chai";
import { runSoak } from "./soak.js";

describe("integration: createTasks soak under injected faults (5,000 tasks)", function () {
  this.timeout(120_000);

  it("leaves exactly the submitted task IDs, and the SDK's result agrees", async () => {
    const report = await runSoak(5_000);
    assert.deepEqual(report.missing, [], "no submitted task is missing");
    assert.deepEqual(report.extra, [], "no task is extra or duplicated");
    assert.equal(report.listed, 5_000);
    assert.equal(report.result.created, 5_000);
    assert.deepEqual(report.result.failed, []);
    assert.deepEqual(report.result.notSubmitted, []);
    assert.equal(report.result.consumed, 5_000);
    // The faults did happen, of every kind the soak asks for.
    const injected = report.faults.injected;
    assert.isAbove(injected.serverBusy!, 0, "503s");
    assert.isAbove(injected.dropBefore! + injected.dropAfter!, 0, "drops");
    assert.isAbove(injected.tooManyRequests!, 0, "429 with Retry-After");
    assert.isAbove(injected.tooManyRequestsNoRetryAfter!, 0, "429 without Retry-After");
    assert.isAbove(report.result.retried, 0);
  });
});

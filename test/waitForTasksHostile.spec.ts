/// <reference types="mocha" />
// waitForTasks against task listings whose items are not task objects (null, a number, a string):
// the call fails at once with a TypeError, as for a page whose `value` is not an array, instead of
// counting such an item as a task that never completes (a filtered wait then lasted until its
// timeout) or listing it as a failed task with the ID "".

import { assert } from "chai";
import nock from "nock";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient } from "../src/index.js";

const ENDPOINT = "https://acct.region.batch.azure.com";
const KEY = Buffer.from("waitForTasks-hostile-key-not-a-secret").toString("base64");

function client(): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), { retryOptions: { maxRetries: 0 } });
}

async function rejection(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (e) {
    return e as Error;
  }
  assert.fail("expected a rejection");
}

describe("waitForTasks: task listing items that are not tasks", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  for (const item of [null, 5, "t1"]) {
    it(`a filtered wait whose listing holds ${JSON.stringify(item)} fails with a TypeError`, async () => {
      nock(ENDPOINT)
        .persist()
        .get("/jobs/job-1/tasks")
        .query(true)
        .reply(200, { value: [{ id: "a", state: "completed", executionInfo: { result: "success" } }, item] });
      const e = await rejection(
        client().waitForTasks("job-1", { filter: "startswith(id, 'a')", pollIntervalInMs: 1, timeoutInMs: 5000 }),
      );
      assert.instanceOf(e, TypeError, String(e));
      assert.match(e.message, /not an object/);
    });

    it(`the failures listing holding ${JSON.stringify(item)} fails with a TypeError (no failed ID "")`, async () => {
      nock(ENDPOINT)
        .persist()
        .get("/jobs/job-1/taskcounts")
        .query(true)
        .reply(200, {
          taskCounts: { active: 0, running: 0, completed: 2, succeeded: 1, failed: 1 },
          taskSlotCounts: { active: 0, running: 0, completed: 2, succeeded: 1, failed: 1 },
        });
      nock(ENDPOINT)
        .persist()
        .get("/jobs/job-1/tasks")
        .query(true)
        .reply((uri) => [200, { value: uri.includes("failure") ? [item] : [] }]);
      const e = await rejection(client().waitForTasks("job-1", { pollIntervalInMs: 1, timeoutInMs: 5000 }));
      assert.instanceOf(e, TypeError, String(e));
    });
  }
});

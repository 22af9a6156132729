/// <reference types="mocha" />
// createTasks against an addtaskcollection 200 whose per-task results are malformed (an `error` that is
// null, `values` that are not an array of objects, a `message` that is null), in the order sent and
// in another order: each such task is accounted for (created, failed or retried as its status
// says), the call ends with a CreateTasksError carrying the whole report, and nothing is lost.

import { assert } from "chai";
import nock from "nock";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient, CreateTasksError, type BatchTaskCreateOptions, type CreateTasksResult } from "../src/index.js";

const ENDPOINT = "https://acct.region.batch.azure.com";
const PATH = "/jobs/job-1/addtaskcollection";
const KEY = Buffer.from("createTasks-hostile-key-not-a-secret").toString("base64");

function client(): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), {
    retryOptions: { maxRetries: 0 },
  });
}

const tasks = (n: number): BatchTaskCreateOptions[] =>
  Array.from({ length: n }, (_, i) => ({ id: `t${i}`, commandLine: "/bin/true" }));

/** Malformed error bodies a broken server could put in a per-task result. */
const BROKEN_ERRORS: unknown[] = [
  null,
  { code: "Bad", values: "not-an-array" },
  { code: "Bad", values: [null] },
  { code: "Bad", message: null },
  { code: 409, message: { value: 7 } },
  { code: { nested: true }, message: { value: ["x"] } },
];

/** Answers each request with `answer(ids, n)` as the 200's `value`, recording the ids sent. */
function serve(answer: (ids: string[], n: number) => unknown[]): string[][] {
  const received: string[][] = [];
  nock(ENDPOINT)
    .persist()
    .post(PATH)
    .query(true)
    .reply((_uri, body) => {
      const text = Buffer.isBuffer(body)
        ? body.toString("utf8")
        : typeof body === "string"
          ? body
          : JSON.stringify(body);
      const ids = (JSON.parse(text) as { value: { id: string }[] }).value.map((t) => t.id);
      received.push(ids);
      return [200, { value: answer(ids, received.length) }];
    });
  return received;
}

async function settled(promise: Promise<CreateTasksResult>): Promise<CreateTasksResult> {
  try {
    return await promise;
  } catch (e) {
    assert.instanceOf(e, CreateTasksError, String(e));
    return (e as CreateTasksError).result;
  }
}

describe("createTasks: malformed per-task results in a 200", function () {
  this.timeout(30_000);
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  for (const reversed of [false, true]) {
    for (const [i, error] of BROKEN_ERRORS.entries()) {
      it(`a clienterror with error ${JSON.stringify(error)} fails that task only (results ${reversed ? "in another order" : "in order"})`, async () => {
        serve((ids) => {
          const results = ids.map((id) =>
            id === "t1" ? { status: "clienterror", taskId: id, error } : { status: "success", taskId: id },
          );
          return reversed ? results.reverse() : results;
        });
        const created: string[] = [];
        const result = await settled(
          client().createTasks("job-1", tasks(3), {
            retryDelayInMs: 1,
            onTaskCreated: (r) => created.push(r.taskId!),
          }),
        );
        assert.equal(result.created, 2, `case ${i}`);
        assert.deepEqual(created.sort(), ["t0", "t2"]);
        assert.deepEqual(
          result.failed.map((f) => f.task.id),
          ["t1"],
        );
        assert.isString(result.failed[0]!.code);
        assert.isString(result.failed[0]!.message);
        assert.equal(result.consumed, 3);
      });
    }
  }

  it("a servererror with an unreadable error is retried, then fails with its attempts", async () => {
    const received = serve((ids) =>
      ids.map((id) =>
        id === "t0"
          ? { status: "servererror", taskId: id, error: { values: [null] } }
          : { status: "success", taskId: id },
      ),
    );
    const result = await settled(client().createTasks("job-1", tasks(2), { retryDelayInMs: 1, maxRetries: 2 }));
    assert.equal(result.created, 1);
    assert.deepEqual(
      result.failed.map((f) => [f.task.id, f.attempts]),
      [["t0", 3]],
    );
    assert.deepEqual(received, [["t0", "t1"], ["t0"], ["t0"]]);
  });

  it("an error answer nested too deeply to re-serialize ends with the report, not a RangeError", async () => {
    let requests = 0;
    nock(ENDPOINT)
      .persist()
      .post(PATH)
      .query(true)
      .reply(() => {
        requests++;
        if (requests === 1) return [200, { value: tasks(100).map((t) => ({ status: "success", taskId: t.id })) }];
        // JSON.parse reads 20,000 levels; JSON.stringify of the parsed value overflows the stack.
        const deep = "[".repeat(20_000) + "]".repeat(20_000);
        return [
          404,
          `{"code":"JobNotFound","message":{"value":"gone"},"values":${deep}}`,
          { "content-type": "application/json" },
        ];
      });
    const result = await settled(client().createTasks("job-1", tasks(150), { concurrency: 1 }));
    assert.equal(result.created, 100);
    assert.equal(result.failed.length + result.notSubmitted.length, 50);
    assert.equal(requests, 2);
  });

  it("a success with an unreadable error is created, also for onTaskCreated", async () => {
    serve((ids) => ids.map((id) => ({ status: "success", taskId: id, error: null })));
    const created: string[] = [];
    const result = await client().createTasks("job-1", tasks(2), { onTaskCreated: (r) => created.push(r.taskId!) });
    assert.equal(result.created, 2);
    assert.deepEqual(created, ["t0", "t1"]);
  });
});

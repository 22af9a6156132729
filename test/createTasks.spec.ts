/// <reference types="mocha" />
// Tests for BatchClient.createTasks against nock: chunking (count and bytes), 413 splits, retries of
// whole requests (503, 429 with and without Retry-After, dropped connections, timeouts) and of
// per-task server errors, TaskExists after a retry, out-of-order results, abort with an exact
// report, the retry bound, and a 100,000-task streamed submission with a bounded heap.

import { Readable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { assert } from "chai";
import nock from "nock";
import { AbortError } from "@azure/abort-controller";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import {
  createHttpHeaders,
  RestError,
  type HttpClient,
  type PipelineRequest,
  type PipelineResponse,
} from "@azure/core-rest-pipeline";
import {
  BatchClient,
  CreateTasksError,
  MAX_REQUEST_BODY_BYTES,
  type BatchTaskCreateOptions,
  type CreateTasksOptionalParams,
  type CreateTasksProgress,
  type CreateTasksResult,
} from "../src/index.js";

const ENDPOINT = "https://acct.region.batch.azure.com";
const PATH = "/jobs/job-1/addtaskcollection";
const KEY = Buffer.from("createTasks-test-key-not-a-secret").toString("base64");
/** Tiny backoff so that the whole file runs in seconds. */
const FAST: CreateTasksOptionalParams = { retryDelayInMs: 1, maxRetryDelayInMs: 4 };

interface WireTask {
  id: string;
  commandLine: string;
}
interface Received {
  ids: string[];
  bytes: number;
}
type TaskResult = { status: string; taskId: string; error?: { code: string; message: { value: string } } };

function client(): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), {
    retryOptions: { maxRetries: 3, retryDelayInMs: 1, maxRetryDelayInMs: 4 },
  });
}

/** A client whose pipeline sends with `httpClient`. */
function clientWith(httpClient: HttpClient): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), {
    httpClient,
    retryOptions: { maxRetries: 3, retryDelayInMs: 1, maxRetryDelayInMs: 4 },
  });
}

/** A JSON answer as an HTTP client gives it (a stream when the pipeline asks for one). */
function jsonResponse(request: PipelineRequest, status: number, body: unknown): PipelineResponse {
  const text = JSON.stringify(body);
  const headers = createHttpHeaders({ "content-type": "application/json; odata=minimalmetadata" });
  const streams = request.streamResponseStatusCodes;
  if (streams?.has(status) || streams?.has(Number.POSITIVE_INFINITY)) {
    return { request, status, headers, readableStreamBody: Readable.from([Buffer.from(text)]) };
  }
  return { request, status, headers, bodyAsText: text };
}

function task(i: number, commandLine = `/bin/sh -c "echo ${i}"`): BatchTaskCreateOptions {
  return { id: `t${i}`, commandLine };
}

function tasks(n: number): BatchTaskCreateOptions[] {
  return Array.from({ length: n }, (_, i) => task(i));
}

function bodyOf(body: unknown): { value: WireTask[] } {
  if (body instanceof Uint8Array) return JSON.parse(Buffer.from(body).toString("utf8")) as { value: WireTask[] };
  return (typeof body === "string" ? JSON.parse(body) : body) as { value: WireTask[] };
}

const success = (id: string): TaskResult => ({ status: "success", taskId: id });
const clientError = (id: string, code: string, message = `${code} for ${id}`): TaskResult => ({
  status: "clienterror",
  taskId: id,
  error: { code, message: { value: message } },
});
const serverError = (id: string): TaskResult => ({
  status: "servererror",
  taskId: id,
  error: { code: "InternalError", message: { value: "try again" } },
});

/**
 * Answers every addtaskcollection with `answer(ids, n)` (n = 1 for the first request) and records
 * what was received. `answer` returns per-task results, or a status and body for the whole request.
 */
function serve(
  answer: (
    ids: string[],
    n: number,
  ) => TaskResult[] | { status: number; body?: unknown; headers?: Record<string, string> },
): Received[] {
  const received: Received[] = [];
  nock(ENDPOINT)
    .persist()
    .post(PATH)
    .query(true)
    .reply(function (_uri, body) {
      const ids = bodyOf(body).value.map((t) => t.id);
      received.push({ ids, bytes: Number(this.req.headers["content-length"]) });
      const a = answer(ids, received.length);
      if (Array.isArray(a)) return [200, { value: a }];
      return [a.status, a.body ?? "", a.headers ?? {}];
    });
  return received;
}

function assertAccounting(result: CreateTasksResult): void {
  assert.equal(result.consumed, result.created + result.failed.length + result.notSubmitted.length);
}

describe("createTasks", function () {
  this.timeout(30_000);

  beforeEach(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("sends at most 100 tasks per request and reports every task once", async () => {
    const received = serve((ids) => ids.map(success));
    const progress: CreateTasksProgress[] = [];
    const result = await client().createTasks("job-1", tasks(250), {
      ...FAST,
      concurrency: 1,
      onProgress: (p) => progress.push(p),
    });
    assert.deepEqual(
      received.map((r) => r.ids.length),
      [100, 100, 50],
    );
    const all = received.flatMap((r) => r.ids);
    assert.equal(new Set(all).size, 250);
    assert.equal(result.created, 250);
    assert.deepEqual(result.failed, []);
    assert.deepEqual(result.notSubmitted, []);
    assert.equal(result.retried, 0);
    assertAccounting(result);
    assert.deepEqual(progress.at(-1), { submitted: 250, created: 250, failed: 0, retried: 0, pending: 0 });
    assert.equal(progress.length, 3);
  });

  it("accepts an async iterable", async () => {
    const received = serve((ids) => ids.map(success));
    async function* source(): AsyncGenerator<BatchTaskCreateOptions> {
      for (let i = 0; i < 120; i++) yield task(i);
    }
    const result = await client().createTasks("job-1", source(), FAST);
    assert.equal(result.created, 120);
    assert.deepEqual(received.map((r) => r.ids.length).sort(), [100, 20].sort());
  });

  it("keeps each body under 1,000,000 bytes (tasks with 300 KB command lines)", async () => {
    const received = serve((ids) => ids.map(success));
    const big = (i: number): BatchTaskCreateOptions => task(i, `/bin/sh -c "echo ${"x".repeat(300_000)}"`);
    const result = await client().createTasks(
      "job-1",
      Array.from({ length: 10 }, (_, i) => big(i)),
      { ...FAST, concurrency: 1 },
    );
    assert.deepEqual(
      received.map((r) => r.ids.length),
      [3, 3, 3, 1],
    );
    for (const r of received) assert.isBelow(r.bytes, MAX_REQUEST_BODY_BYTES);
    assert.isAbove(received[0]!.bytes, 900_000);
    assert.equal(result.created, 10);
  });

  it("fails a task too large to send on its own, alone, without sending it", async () => {
    const received = serve((ids) => ids.map(success));
    const list = [task(0), task(1, "x".repeat(MAX_REQUEST_BODY_BYTES)), task(2)];
    const result = await client().createTasks("job-1", list, { ...FAST, throwOnFailure: false });
    assert.equal(result.created, 2);
    assert.lengthOf(result.failed, 1);
    assert.equal(result.failed[0]!.task.id, "t1");
    assert.equal(result.failed[0]!.code, "RequestBodyTooLarge");
    assert.equal(result.failed[0]!.attempts, 0);
    assert.match(result.failed[0]!.message, /not sent/);
    assert.notInclude(
      received.flatMap((r) => r.ids),
      "t1",
    );
    assertAccounting(result);
  });

  it("splits a request answered 413 RequestBodyTooLarge and resends the halves", async () => {
    const received = serve((ids) =>
      ids.length > 25
        ? { status: 413, body: { code: "RequestBodyTooLarge", message: { lang: "en-US", value: "too large" } } }
        : ids.map(success),
    );
    const result = await client().createTasks("job-1", tasks(100), { ...FAST, concurrency: 1 });
    assert.deepEqual(
      received.map((r) => r.ids.length),
      [100, 50, 25, 25, 50, 25, 25],
    );
    assert.equal(result.created, 100);
    assert.equal(result.retried, 0);
    assert.equal(new Set(received.filter((r) => r.ids.length === 25).flatMap((r) => r.ids)).size, 100);
  });

  it("fails a single task the service still answers 413 for", async () => {
    serve((ids) =>
      ids.includes("t3")
        ? { status: 413, body: { code: "RequestBodyTooLarge", message: { value: "too large" } } }
        : ids.map(success),
    );
    const result = await client().createTasks("job-1", tasks(8), { ...FAST, throwOnFailure: false });
    assert.equal(result.created, 7);
    assert.deepEqual(
      result.failed.map((f) => [f.task.id, f.code, f.statusCode]),
      [["t3", "RequestBodyTooLarge", 413]],
    );
  });

  it("retries a 503 and a 429 without Retry-After with backoff, once each (pipeline retries off)", async () => {
    const received = serve((ids, n) =>
      n === 1
        ? { status: 503, body: { code: "ServerBusy", message: { value: "busy" } } }
        : n === 2
          ? { status: 429, body: { code: "TooManyRequests", message: { value: "slow down" } } }
          : ids.map(success),
    );
    const result = await client().createTasks("job-1", tasks(10), FAST);
    assert.lengthOf(received, 3, "one request per attempt: the pipeline's own retries are not used");
    assert.equal(result.created, 10);
    assert.equal(result.retried, 20);
  });

  it("honours Retry-After on a 429", async () => {
    const received = serve((ids, n) =>
      n === 1
        ? {
            status: 429,
            body: { code: "TooManyRequests", message: { value: "wait" } },
            headers: { "Retry-After": "1" },
          }
        : ids.map(success),
    );
    const started = Date.now();
    const result = await client().createTasks("job-1", tasks(3), { ...FAST, maxRetryDelayInMs: 2_000 });
    assert.isAtLeast(Date.now() - started, 950);
    assert.lengthOf(received, 2);
    assert.equal(result.created, 3);
  });

  it("retries a dropped connection and a timeout (through the client's own HTTP client)", async () => {
    // A scripted HTTP client instead of timers racing a server: the second request is never
    // answered (only the timeout ends it), the others are answered at once.
    const seen: PipelineRequest[] = [];
    const httpClient: HttpClient = {
      sendRequest(request) {
        seen.push(request);
        if (seen.length === 1) return Promise.reject(new RestError("socket hang up", { code: "ECONNRESET", request }));
        if (seen.length === 2)
          return new Promise((_, reject) =>
            request.abortSignal?.addEventListener("abort", () => reject(new AbortError("aborted"))),
          );
        return Promise.resolve(
          jsonResponse(request, 200, { value: bodyOf(request.body).value.map((t) => success(t.id)) }),
        );
      },
    };
    const result = await clientWith(httpClient).createTasks("job-1", tasks(5), { ...FAST, requestTimeoutInMs: 1_000 });
    assert.lengthOf(seen, 3);
    assert.equal(result.created, 5);
    assert.equal(result.retried, 10);
  });

  it("sends every chunk with the common per-call options, through the client's pipeline", async () => {
    const seen: PipelineRequest[] = [];
    const httpClient: HttpClient = {
      async sendRequest(request) {
        seen.push(request);
        return jsonResponse(request, 200, { value: bodyOf(request.body).value.map((t) => success(t.id)) });
      },
    };
    const ocpDate = new Date("2026-01-02T03:04:05Z");
    const result = await clientWith(httpClient).createTasks("job-1", tasks(150), {
      clientRequestId: "9c4d50ee-2d56-4cd3-8152-34347dc9f2b0",
      returnClientRequestId: true,
      ocpDate,
      timeOutInSeconds: 20,
      requestOptions: { headers: { "x-extra": "yes" } },
    });
    assert.equal(result.created, 150);
    assert.lengthOf(seen, 2);
    for (const request of seen) {
      const url = new URL(request.url);
      assert.equal(url.pathname, PATH);
      assert.equal(url.searchParams.get("timeOut"), "20");
      assert.isNotNull(url.searchParams.get("api-version"));
      assert.equal(request.headers.get("client-request-id"), "9c4d50ee-2d56-4cd3-8152-34347dc9f2b0");
      assert.equal(request.headers.get("return-client-request-id"), "true");
      assert.equal(request.headers.get("ocp-date"), ocpDate.toUTCString());
      assert.equal(request.headers.get("x-extra"), "yes");
      assert.match(request.headers.get("content-type") ?? "", /^application\/json; odata=minimalmetadata/);
      assert.match(
        request.headers.get("authorization") ?? "",
        /^SharedKey acct:/,
        "signed by the client's shared-key policy",
      );
    }
  });

  it("counts TaskExists on a retry as created, but not on a first attempt", async () => {
    // t0 already existed before this call; t1 was created by the first attempt, whose answer was lost.
    serve((ids, n) =>
      n === 1
        ? { status: 500, body: { code: "InternalError", message: { value: "oops" } } }
        : ids.map((id) => (id === "t0" || id === "t1" ? clientError(id, "TaskExists") : success(id))),
    );
    const first = await client().createTasks("job-1", tasks(3), { ...FAST, throwOnFailure: false });
    assert.equal(first.created, 3, "every task had been sent before the TaskExists answer");

    nock.cleanAll();
    serve((ids) =>
      ids.map((id) =>
        id === "t0" ? clientError(id, "TaskExists", "The specified task already exists.") : success(id),
      ),
    );
    const second = await client().createTasks("job-1", tasks(3), { ...FAST, throwOnFailure: false });
    assert.equal(second.created, 2);
    assert.deepEqual(
      second.failed.map((f) => [f.task.id, f.code, f.message, f.attempts]),
      [["t0", "TaskExists", "The specified task already exists.", 1]],
    );
  });

  it("counts TaskExists as created after a per-task servererror", async () => {
    const received = serve((ids, n) => ids.map((id) => (n === 1 ? serverError(id) : clientError(id, "TaskExists"))));
    const result = await client().createTasks("job-1", tasks(2), FAST);
    assert.equal(result.created, 2);
    assert.lengthOf(received, 2);
  });

  it("maps per-task results given in any order", async () => {
    serve((ids) =>
      [...ids]
        .reverse()
        .map((id) => (Number(id.slice(1)) % 3 === 0 ? clientError(id, "InvalidPropertyValue") : success(id))),
    );
    const result = await client().createTasks("job-1", tasks(30), { ...FAST, throwOnFailure: false });
    assert.equal(result.created, 20);
    assert.sameMembers(
      result.failed.map((f) => f.task.id),
      Array.from({ length: 10 }, (_, i) => `t${i * 3}`),
    );
    for (const f of result.failed) assert.equal(f.message, `InvalidPropertyValue for ${f.task.id}`);
  });

  it("resends only servererror tasks and records clienterrors with code and message", async () => {
    const attempts = new Map<string, number>();
    const received = serve((ids) =>
      ids.map((id) => {
        const n = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, n);
        if (id === "t1")
          return clientError(id, "InvalidPropertyValue", "The value provided for one of the properties is invalid.");
        if ((id === "t2" || id === "t3") && n < 3) return serverError(id);
        return success(id);
      }),
    );
    const progress: CreateTasksProgress[] = [];
    const result = await client().createTasks("job-1", tasks(5), {
      ...FAST,
      throwOnFailure: false,
      onProgress: (p) => progress.push(p),
    });
    assert.deepEqual(
      received.map((r) => r.ids),
      [
        ["t0", "t1", "t2", "t3", "t4"],
        ["t2", "t3"],
        ["t2", "t3"],
      ],
    );
    assert.equal(result.created, 4);
    assert.deepEqual(
      result.failed.map((f) => [f.task.id, f.code, f.message]),
      [["t1", "InvalidPropertyValue", "The value provided for one of the properties is invalid."]],
    );
    assert.equal(result.retried, 4);
    assert.deepEqual(progress[0], { submitted: 5, created: 2, failed: 1, retried: 0, pending: 2 });
    assert.deepEqual(progress.at(-1), { submitted: 5, created: 4, failed: 1, retried: 4, pending: 0 });
  });

  it("stops at the retry bound and throws CreateTasksError with the failed tasks", async () => {
    const received = serve(() => ({
      status: 503,
      body: { code: "ServerBusy", message: { value: "The server is busy." } },
    }));
    let caught: unknown;
    try {
      await client().createTasks("job-1", tasks(3), { ...FAST, maxRetries: 2 });
    } catch (e) {
      caught = e;
    }
    assert.instanceOf(caught, CreateTasksError);
    const error = caught as CreateTasksError;
    assert.lengthOf(received, 3, "1 + maxRetries requests, not multiplied by the pipeline's retries");
    assert.equal(error.created, 0);
    assert.deepEqual(
      error.failed.map((f) => [f.task.id, f.code, f.statusCode, f.attempts]),
      [
        ["t0", "ServerBusy", 503, 3],
        ["t1", "ServerBusy", 503, 3],
        ["t2", "ServerBusy", 503, 3],
      ],
    );
    assert.match(error.message, /0 of 3 tasks created, 3 failed \(ServerBusy: 3\)/);
    assert.notInclude(Object.keys(error), "failed", "the list is not printed with the error");
  });

  it("stops on a non-retriable whole-request error and reports the rest as not submitted", async () => {
    const received = serve(() => ({
      status: 404,
      body: { code: "JobNotFound", message: { value: "The specified job does not exist." } },
    }));
    const result = await client().createTasks("job-1", tasks(450), { ...FAST, concurrency: 1, throwOnFailure: false });
    assert.lengthOf(received, 1);
    assert.equal(result.created, 0);
    assert.lengthOf(result.failed, 100);
    assert.equal(result.failed[0]!.code, "JobNotFound");
    assert.lengthOf(result.notSubmitted, 350);
    assert.equal((result.fatalError as { code?: string }).code, "JobNotFound");
    assertAccounting(result);
  });

  it("on abort stops sending, finishes in-flight requests and reports exactly (array)", async () => {
    const controller = new AbortController();
    const received = serve((ids) =>
      ids.map((id) => (id === "t150" ? clientError(id, "InvalidPropertyValue") : success(id))),
    );
    const result = await client().createTasks("job-1", tasks(1000), {
      ...FAST,
      concurrency: 1,
      throwOnFailure: false,
      abortSignal: controller.signal,
      onProgress: (p) => {
        if (p.submitted === 200) controller.abort();
      },
    });
    assert.lengthOf(received, 2);
    assert.isTrue(result.aborted);
    assert.equal(result.created, 199);
    assert.deepEqual(
      result.failed.map((f) => f.task.id),
      ["t150"],
    );
    assert.deepEqual(
      result.notSubmitted.map((t) => t.id),
      Array.from({ length: 800 }, (_, i) => `t${i + 200}`),
    );
    assert.equal(result.consumed, 1000);
    assertAccounting(result);
  });

  it("on abort ends requests in flight at once and reports them and the unread generator position (generator)", async () => {
    const controller = new AbortController();
    let closed = false;
    function* source(): Generator<BatchTaskCreateOptions> {
      try {
        for (let i = 0; ; i++) yield task(i);
      } finally {
        closed = true;
      }
    }
    // Neither request is answered: the call is aborted once both have arrived (no timer involved).
    let arrived = 0;
    nock(ENDPOINT)
      .persist()
      .post(PATH)
      .query(true)
      .reply((_uri, _body, _callback) => {
        if (++arrived === 2) controller.abort();
      });
    let caught: unknown;
    try {
      await client().createTasks("job-1", source(), { ...FAST, concurrency: 2, abortSignal: controller.signal });
    } catch (e) {
      caught = e;
    }
    assert.instanceOf(caught, CreateTasksError);
    const result = (caught as CreateTasksError).result;
    assert.isTrue(result.aborted);
    // Both requests were in flight when the call was aborted: their tasks may or may not exist.
    assert.equal(result.created, 0);
    assert.lengthOf(result.failed, 200);
    assert.isTrue(
      result.failed.every((f) => f.code === "Aborted" && /may or may not have been created/.test(f.message)),
    );
    assert.deepEqual(
      result.notSubmitted.map((t) => t.id),
      ["t200"],
      "the one task read ahead",
    );
    assert.equal(result.consumed, 201);
    assert.isTrue(closed, "the generator was closed");
    assertAccounting(result);
  });

  it("puts tasks whose IDs differ only by case in different requests", async () => {
    const received = serve((ids) => ids.map(success));
    await client().createTasks("job-1", [task(1), { id: "T1", commandLine: "x" }, task(2)], FAST);
    assert.deepEqual(
      received.map((r) => r.ids),
      [["t1"], ["T1", "t2"]],
    );
  });

  it("streams 100,000 tasks with a bounded heap", async function () {
    this.timeout(60_000);
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    serve((ids) => ids.map(success));
    const commandLine = (i: number): string => `/bin/sh -c "echo ${i} ${"y".repeat(1_000)}"`;
    function* source(): Generator<BatchTaskCreateOptions> {
      for (let i = 0; i < 100_000; i++) yield { id: `task-${i}`, commandLine: commandLine(i) };
    }
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = 0;
    let chunks = 0;
    const result = await client().createTasks("job-1", source(), {
      ...FAST,
      onProgress: () => {
        if (++chunks % 50 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
        }
      },
    });
    assert.equal(result.created, 100_000);
    if (process.env.SHOW_HEAP) console.log(`heap growth ${(peak / 1048576).toFixed(1)} MB`);
    // Holding the 100,000 tasks would take over 100 MB (1 KB command line each, as UTF-16 strings
    // even more); streaming keeps at most `concurrency` chunks of 100.
    assert.isBelow(peak, 25 * 1024 * 1024, `heap grew by ${(peak / 1048576).toFixed(1)} MB`);
  });
});

describe("createTasks: the request and the results", function () {
  this.timeout(30_000);

  /** An HTTP client that records each request and answers every task `success` (eTag and lastModified too), in `order`. */
  function recording(order: (results: TaskResult[]) => TaskResult[] = (r) => r): {
    httpClient: HttpClient;
    seen: PipelineRequest[];
  } {
    const seen: PipelineRequest[] = [];
    return {
      seen,
      httpClient: {
        async sendRequest(request) {
          seen.push(request);
          const results = bodyOf(request.body).value.map((t) => ({
            ...success(t.id),
            eTag: `"${t.id}"`,
            lastModified: "2026-01-02T03:04:05.000Z",
          }));
          return jsonResponse(request, 200, { value: order(results) });
        },
      },
    };
  }

  it("sends the request the generated builder makes for the same tasks and options", async () => {
    const ours = recording();
    const theirs = recording();
    const batch: BatchTaskCreateOptions[] = [
      { id: "a", commandLine: "echo a", displayName: undefined, constraints: { maxTaskRetryCount: 2 } },
      { id: "b", commandLine: 'echo "ü" \\ \u2028', environmentSettings: [{ name: "X", value: "1" }] },
      { id: "c", commandLine: "echo c", multiInstanceSettings: { numberOfInstances: 2, coordinationCommandLine: "x" } },
    ];
    const options = {
      clientRequestId: "9c4d50ee-2d56-4cd3-8152-34347dc9f2b0",
      ocpDate: new Date("2026-01-02T03:04:05Z"),
      timeOutInSeconds: 30,
      requestOptions: { headers: { "x-extra": "yes" } },
    };
    await clientWith(ours.httpClient).createTasks("job-1", batch, options);
    await clientWith(theirs.httpClient).createTaskCollection("job-1", { values: batch }, options);
    assert.lengthOf(ours.seen, 1);
    assert.lengthOf(theirs.seen, 1);
    const [a, b] = [ours.seen[0]!, theirs.seen[0]!];
    assert.equal(a.method, b.method);
    assert.equal(a.url, b.url);
    const headers = (r: PipelineRequest): Record<string, string> => {
      const all = r.headers.toJSON();
      // Per request: the request id and the signature over it and the date.
      delete all["x-ms-client-request-id"];
      delete all["authorization"];
      return all;
    };
    assert.deepEqual(headers(a), headers(b));
    const text = (body: unknown): string =>
      body instanceof Uint8Array ? Buffer.from(body).toString("utf8") : String(body);
    // Byte for byte the same JSON: the generated serializer, stringified.
    assert.equal(text(a.body), text(b.body));
    assert.equal(
      a.headers.get("content-length") ?? String(Buffer.byteLength(text(a.body))),
      String(Buffer.byteLength(text(b.body))),
    );
  });

  for (const [name, order] of [
    ["in the order sent", (r: TaskResult[]) => r],
    [
      "reversed, with IDs in another case",
      (r: TaskResult[]) => [...r].reverse().map((x) => ({ ...x, taskId: x.taskId.toUpperCase() })),
    ],
  ] as const) {
    it(`hands onTaskCreated each result in the client model (results ${name})`, async () => {
      const { httpClient } = recording(order);
      const created: unknown[] = [];
      const result = await clientWith(httpClient).createTasks("job-1", tasks(150), {
        onTaskCreated: (r) => created.push(r),
      });
      assert.equal(result.created, 150);
      assert.lengthOf(created, 150);
      const t7 = created.find((r) => (r as { taskId: string }).taskId.toLowerCase() === "t7") as Record<
        string,
        unknown
      >;
      assert.deepEqual(Object.keys(t7), ["status", "taskId", "eTag", "lastModified"]);
      assert.instanceOf(t7.lastModified, Date);
      assert.equal((t7.lastModified as Date).toISOString(), "2026-01-02T03:04:05.000Z");
    });
  }

  it("hands onTaskCreated a TaskExists on a retry as a success without its error", async () => {
    let n = 0;
    const created: Array<Record<string, unknown>> = [];
    const httpClient: HttpClient = {
      async sendRequest(request) {
        n++;
        const ids = bodyOf(request.body).value.map((t) => t.id);
        return jsonResponse(request, 200, {
          value: ids.map((id) => (n === 1 ? serverError(id) : clientError(id, "TaskExists"))),
        });
      },
    };
    const result = await clientWith(httpClient).createTasks("job-1", tasks(2), {
      ...FAST,
      onTaskCreated: (r) => created.push(r as unknown as Record<string, unknown>),
    });
    assert.equal(result.created, 2);
    assert.deepEqual(created, [
      { status: "success", taskId: "t0", error: undefined },
      { status: "success", taskId: "t1", error: undefined },
    ]);
  });

  it("stops reading a synchronous iterable that throws and reports what it read", async () => {
    const { httpClient, seen } = recording();
    function* failing(): Generator<BatchTaskCreateOptions> {
      for (let i = 0; i < 150; i++) yield task(i);
      throw new Error("source broke");
    }
    const result = await clientWith(httpClient).createTasks("job-1", failing(), { throwOnFailure: false });
    // The first chunk went out; the second was being read when the source threw: never sent.
    assert.equal(result.consumed, 150);
    assert.equal(result.created, 100);
    assert.lengthOf(result.notSubmitted, 50);
    assert.equal(result.notSubmitted[0]?.id, "t100");
    assert.equal(result.fatalError?.message, "source broke");
    assert.lengthOf(seen, 1);
  });
});

/// <reference types="mocha" />
// Tests for the Batch throttling retry policy: a 429 without Retry-After is retried with backoff by
// every BatchClient call (through the core retry policy), a 429 with Retry-After is left to the
// core policy, and one budget of retries holds for any mix of answers.

import { assert } from "chai";
import nock from "nock";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import {
  createEmptyPipeline,
  createHttpHeaders,
  createPipelineRequest,
  defaultRetryPolicy,
  type HttpClient,
  type PipelineResponse,
} from "@azure/core-rest-pipeline";
import {
  BatchClient,
  batchThrottlingRetryPolicyName,
  createBatchThrottlingRetryPolicy,
  isBatchError,
} from "../src/index.js";
import { backoffDelayInMs } from "../src/retryTiming.js";

const ENDPOINT = "https://acct.region.batch.azure.com";
const KEY = Buffer.from("throttling-test-key-not-a-secret").toString("base64");
const POOL = { id: "p", state: "active", allocationState: "steady" };
const TOO_MANY = { code: "TooManyRequests", message: { lang: "en-US", value: "Too many requests" } };

function client(maxRetries = 3): BatchClient {
  return new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), {
    retryOptions: { maxRetries, retryDelayInMs: 1, maxRetryDelayInMs: 4 },
  });
}

/** Answers GET /pools/p with the given statuses in turn, then 200; counts requests. */
function answer(statuses: Array<[number, Record<string, string>?]>): { count: number } {
  const seen = { count: 0 };
  nock(ENDPOINT)
    .persist()
    .get("/pools/p")
    .query(true)
    .reply(() => {
      const next = statuses[seen.count++];
      if (!next) return [200, POOL];
      return [next[0], next[0] === 429 ? TOO_MANY : { code: "ServerBusy", message: { value: "busy" } }, next[1] ?? {}];
    });
  return seen;
}

describe("throttlingRetryPolicy", () => {
  beforeEach(() => nock.disableNetConnect());
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it("retries a 429 without Retry-After until it succeeds", async () => {
    const seen = answer([[429], [429]]);
    const pool = await client().getPool("p");
    assert.equal(pool.id, "p");
    assert.equal(seen.count, 3);
  });

  it("gives up after maxRetries and surfaces the 429 as a BatchError", async () => {
    const seen = answer([[429], [429], [429], [429], [429], [429]]);
    let caught: unknown;
    try {
      await client(2).getPool("p");
    } catch (e) {
      caught = e;
    }
    assert.isTrue(isBatchError(caught));
    assert.equal((caught as { statusCode: number }).statusCode, 429);
    assert.equal((caught as { code: string }).code, "TooManyRequests");
    assert.equal(seen.count, 3, "1 + maxRetries");
  });

  it("leaves a 429 with Retry-After to the core policy, without multiplying retries", async () => {
    const seen = answer([
      [429, { "Retry-After": "0" }],
      [429, { "Retry-After": "0" }],
      [429, { "Retry-After": "0" }],
      [429, { "Retry-After": "0" }],
      [429, { "Retry-After": "0" }],
    ]);
    let caught: unknown;
    try {
      await client(3).getPool("p");
    } catch (e) {
      caught = e;
    }
    assert.equal((caught as { statusCode: number }).statusCode, 429);
    assert.equal(seen.count, 4, "the core throttling strategy's 1 + 3, nothing added by this policy");
  });

  it("keeps one budget of retries for a mix of 429s without Retry-After and 5xx answers", async () => {
    const seen = answer([[429], [500], [429], [503], [429], [500], [429], [500]]);
    let caught: unknown;
    try {
      await client(3).getPool("p");
    } catch (e) {
      caught = e;
    }
    assert.isTrue(isBatchError(caught));
    assert.equal(seen.count, 4, "1 + maxRetries, whichever policy's case each answer was");
    assert.equal((caught as { statusCode: number }).statusCode, 503);
  });

  it("hands the last 429 on unchanged (no retry-after-ms of its own)", async () => {
    answer([[429], [429], [429]]);
    let caught: unknown;
    try {
      await client(2).getPool("p");
    } catch (e) {
      caught = e;
    }
    assert.equal((caught as { statusCode: number }).statusCode, 429);
    assert.isUndefined((caught as { response: PipelineResponse }).response.headers.get("retry-after-ms"));
  });

  it("with a pipeline of the caller's without retries: one request, the 429 handed on as sent", async () => {
    const seen = answer([[429], [429]]);
    const own = new BatchClient(ENDPOINT, new AzureNamedKeyCredential("acct", KEY), {
      pipeline: createEmptyPipeline(),
    });
    let caught: unknown;
    try {
      await own.getPool("p");
    } catch (e) {
      caught = e;
    }
    assert.equal((caught as { statusCode: number }).statusCode, 429);
    assert.equal(seen.count, 1);
    assert.isUndefined((caught as { response: PipelineResponse }).response.headers.get("retry-after-ms"));
  });

  it("does not touch other statuses", async () => {
    const policy = createBatchThrottlingRetryPolicy({ maxRetries: 3, retryDelayInMs: 1 });
    assert.equal(policy.name, batchThrottlingRetryPolicyName);
    let sent = 0;
    const httpClient: HttpClient = {
      async sendRequest(request): Promise<PipelineResponse> {
        sent++;
        return { request, status: sent === 1 ? 503 : 200, headers: createHttpHeaders() };
      },
    };
    const pipeline = createEmptyPipeline();
    pipeline.addPolicy(policy);
    const response = await pipeline.sendRequest(httpClient, createPipelineRequest({ url: `${ENDPOINT}/pools/p` }));
    assert.equal(response.status, 503);
    assert.equal(sent, 1);
  });

  it("backs off exponentially with jitter", async () => {
    const stamps: number[] = [];
    const httpClient: HttpClient = {
      async sendRequest(request): Promise<PipelineResponse> {
        stamps.push(Date.now());
        return { request, status: stamps.length <= 3 ? 429 : 200, headers: createHttpHeaders() };
      },
    };
    const pipeline = createEmptyPipeline();
    pipeline.addPolicy(defaultRetryPolicy({ maxRetries: 3 }), { phase: "Retry" });
    pipeline.addPolicy(
      createBatchThrottlingRetryPolicy({ maxRetries: 3, retryDelayInMs: 40, maxRetryDelayInMs: 1_000 }),
      { phase: "Retry" },
    );
    const response = await pipeline.sendRequest(httpClient, createPipelineRequest({ url: `${ENDPOINT}/pools/p` }));
    assert.equal(response.status, 200);
    const gaps = stamps.slice(1).map((t, i) => t - stamps[i]!);
    // Equal jitter: retry n waits between half and all of 40 * 2^(n-1) ms. Real waits are checked
    // from below only (a loaded machine stretches timers); the upper end is checked on the delays below.
    assert.isAtLeast(gaps[0]!, 18);
    assert.isAtLeast(gaps[1]!, 38);
    assert.isAtLeast(gaps[2]!, 78);
  });

  it("draws each backoff delay between half and all of the capped exponential delay", () => {
    const settings = { retryDelayInMs: 40, maxRetryDelayInMs: 1_000 };
    const random = Math.random;
    try {
      Math.random = () => 0;
      assert.deepEqual(
        [1, 2, 3, 6].map((n) => backoffDelayInMs(n, settings)),
        [20, 40, 80, 500],
      );
      Math.random = () => 0.999_999;
      const top = [1, 2, 3, 6].map((n) => backoffDelayInMs(n, settings));
      [40, 80, 160, 1_000].forEach((max, i) => {
        assert.isBelow(top[i]!, max);
        assert.isAbove(top[i]!, max - 0.01);
      });
    } finally {
      Math.random = random;
    }
  });
});

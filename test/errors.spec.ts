/// <reference types="mocha" />
// Error fixtures through BatchClient: a minimal Batch error,
// one with `values`, a non-JSON (HTML) 500, 404 on HEAD, 412 ConditionNotMet, errors of streamed
// and paged calls; request IDs captured; no secret in what an error prints.

import { inspect } from "node:util";
import { assert } from "chai";
import { RestError } from "@azure/core-rest-pipeline";
import { BatchError, isBatchError, type BatchClient } from "../src/index.js";
import {
  ACCOUNT_KEY,
  BEARER_TOKEN,
  capture,
  createTestClient,
  type CredentialKind,
  interceptAll,
  type RecordedRequest,
  type Reply,
  REQUEST_ID,
  useNock,
} from "./utils/exampleDriver.js";

const CLIENT_REQUEST_ID = "9c4d50ee-2d56-4cd3-8152-34347dc9f2b0";

/** A Batch error body as the service sends it. */
function batchErrorBody(code: string, text: string, values?: { key: string; value: string }[]) {
  return {
    "odata.metadata":
      "https://account.region.batch.azure.com/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element",
    code,
    message: { lang: "en-US", value: `${text}\nRequestId:${REQUEST_ID}\nTime:2025-02-17T00:00:00.0000000Z` },
    ...(values ? { values } : {}),
  };
}

function errorReply(status: number, body?: unknown, contentType = "application/json;odata=minimalmetadata"): Reply {
  return {
    status,
    body,
    headers: {
      "request-id": REQUEST_ID,
      "client-request-id": CLIENT_REQUEST_ID,
      ...(body !== undefined ? { "Content-Type": contentType } : {}),
    },
  };
}

/** Calls `fn` against nock answering `reply`; returns the BatchError it throws (failing when it does not) and the requests. */
async function expectBatchError(
  reply: Reply | Reply[] | ((request: RecordedRequest) => Reply),
  fn: (client: BatchClient) => Promise<unknown>,
  kind: CredentialKind = "sharedKey",
): Promise<{ error: BatchError; requests: RecordedRequest[] }> {
  const requests = interceptAll(typeof reply === "function" || Array.isArray(reply) ? reply : [reply]);
  let caught: unknown;
  try {
    await fn(createTestClient(kind));
  } catch (e) {
    caught = e;
  }
  assert.isDefined(caught, "expected the call to throw");
  assert.instanceOf(caught, BatchError);
  assert.instanceOf(caught, RestError);
  assert.isTrue(isBatchError(caught));
  return { error: caught as BatchError, requests };
}

/** Everything an error shows when logged, serialized or printed. */
function everythingPrinted(error: Error): string {
  return [
    error.message,
    String(error),
    error.stack ?? "",
    inspect(error, { depth: Infinity, showHidden: false }),
    JSON.stringify(error),
  ].join("\n");
}

describe("errors: BatchError from BatchClient", () => {
  useNock();

  it("minimal Batch error (404 PoolNotFound): code, message, status, no values, request IDs", async () => {
    const { error, requests } = await expectBatchError(
      errorReply(404, batchErrorBody("PoolNotFound", "The specified pool does not exist.")),
      (c) => c.getPool("nope", { clientRequestId: CLIENT_REQUEST_ID, returnClientRequestId: true }),
    );
    assert.strictEqual(requests[0]!.headers["client-request-id"], CLIENT_REQUEST_ID);
    assert.strictEqual(requests[0]!.headers["return-client-request-id"], "true");
    assert.strictEqual(error.statusCode, 404);
    assert.strictEqual(error.code, "PoolNotFound");
    assert.match(error.message, /^The specified pool does not exist\./);
    assert.deepEqual(error.values, []);
    assert.strictEqual(error.requestId, REQUEST_ID);
    assert.strictEqual(error.clientRequestId, CLIENT_REQUEST_ID);
    assert.strictEqual(error.name, "BatchError");
  });

  it("error with values (400 InvalidPropertyValue)", async () => {
    const values = [
      { key: "PropertyName", value: "vmSize" },
      { key: "Reason", value: "The value provided is not a valid VM size." },
    ];
    const { error } = await expectBatchError(
      errorReply(
        400,
        batchErrorBody(
          "InvalidPropertyValue",
          "The value provided for one of the properties in the request body is invalid.",
          values,
        ),
      ),
      (c) => c.createPool({ id: "p", vmSize: "nonsense" }),
    );
    assert.strictEqual(error.statusCode, 400);
    assert.strictEqual(error.code, "InvalidPropertyValue");
    assert.deepEqual(error.values, values);
  });

  it("non-JSON (HTML) 500: code undefined, statusCode 500, no retry with maxRetries 0", async () => {
    const html = "<html><body><h1>500 Internal Server Error</h1></body></html>";
    const started = Date.now();
    const { error } = await expectBatchError(errorReply(500, html, "text/html"), (c) => c.getJob("j"));
    assert.strictEqual(error.statusCode, 500);
    assert.isUndefined(error.code);
    assert.strictEqual(error.requestId, REQUEST_ID);
    assert.isBelow(Date.now() - started, 2000);
  });

  it("404 on HEAD: poolExists and jobScheduleExists are false, not errors", async () => {
    const { result, requests } = await capture(errorReply(404), async (c) => [
      await c.poolExists("p"),
      await c.jobScheduleExists("s"),
    ]);
    assert.deepEqual(result, [false, false]);
    assert.deepEqual(
      requests.map((r) => `${r.method} ${r.path}`),
      ["HEAD /pools/p", "HEAD /jobschedules/s"],
    );
  });

  it("404 on HEAD file properties: a bodiless BatchError", async () => {
    const { error } = await expectBatchError(errorReply(404), (c) => c.getTaskFileProperties("j", "t", "stdout.txt"));
    assert.strictEqual(error.statusCode, 404);
    assert.isUndefined(error.code);
    assert.strictEqual(error.requestId, REQUEST_ID);
    assert.strictEqual(
      error.message,
      "Batch request failed with status 404: HEAD /jobs/j/tasks/t/files/stdout.txt, an answer without a body (HEAD answers have none)",
    );
  });

  it("412 ConditionNotMet on a conditional write", async () => {
    const { error, requests } = await expectBatchError(
      errorReply(
        412,
        batchErrorBody("ConditionNotMet", "The condition specified using HTTP conditional header(s) is not met."),
      ),
      (c) => c.updatePool("p", { metadata: [{ name: "owner", value: "me" }] }, { ifMatch: "0x8D3D623CD661246" }),
    );
    assert.strictEqual(error.statusCode, 412);
    assert.strictEqual(error.code, "ConditionNotMet");
    assert.strictEqual(requests[0]!.headers["if-match"], "0x8D3D623CD661246");
  });

  it("errors of a file download (streamed body) and of a list (second page) are BatchErrors too", async () => {
    const { error: download } = await expectBatchError(
      errorReply(404, batchErrorBody("FileNotFound", "The specified file does not exist.")),
      (c) => c.downloadNodeFile("p", "n", "missing.txt"),
    );
    assert.strictEqual(download.code, "FileNotFound");
    assert.strictEqual(download.statusCode, 404);

    const { error: paged, requests } = await expectBatchError(
      [
        {
          status: 200,
          body: {
            value: [{ id: "p1" }],
            "odata.nextLink": "https://account.region.batch.azure.com/pools?$skiptoken=x&api-version=2026-10-01",
          },
        },
        errorReply(503, batchErrorBody("ServerBusy", "The server is busy.")),
      ],
      async (c) => {
        for await (const pool of c.listPools()) assert.strictEqual(pool.id, "p1");
      },
    );
    assert.lengthOf(requests, 2);
    assert.strictEqual(paged.code, "ServerBusy");
    assert.strictEqual(paged.statusCode, 503);
  });

  describe("no secret in what an error prints", () => {
    for (const kind of ["sharedKey", "bearer"] as const) {
      it(`${kind === "sharedKey" ? "account key and SharedKey signature" : "bearer token"} never appear in message, stack, inspect or JSON`, async () => {
        let authorization = "";
        const { error } = await expectBatchError(
          (request) => {
            authorization = request.headers.authorization ?? "";
            return errorReply(
              403,
              batchErrorBody("AuthenticationFailed", "Server failed to authenticate the request."),
            );
          },
          (c) => c.getPool("p"),
          kind,
        );
        const printed = everythingPrinted(error);
        assert.isNotEmpty(authorization);
        if (kind === "sharedKey") {
          const signature = authorization.replace(/^SharedKey [^:]+:/, "");
          assert.isAbove(signature.length, 20);
          assert.notInclude(printed, signature);
          assert.notInclude(printed, ACCOUNT_KEY);
        } else {
          assert.strictEqual(authorization, `Bearer ${BEARER_TOKEN}`);
          assert.notInclude(printed, BEARER_TOKEN);
        }
        assert.include(printed, "AuthenticationFailed");
      });
    }
  });
});

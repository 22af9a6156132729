/// <reference types="mocha" />
// Tests for BatchError / createBatchError / isBatchError, with fixtures for the response shapes
// the Batch service (and the gateways in front of it) produce: a minimal error, an error with
// values, an HTML 500, a bodiless 404 on HEAD and a 412 ConditionNotMet. The last group gets its
// PathUncheckedResponse from a real @azure-rest/core-client client against nock, so the body
// shapes are the ones the rest-level client really hands over.

import { inspect } from "node:util";
import { assert } from "chai";
import nock from "nock";
import { getClient, type PathUncheckedResponse } from "@azure-rest/core-client";
import {
  createHttpHeaders,
  createPipelineRequest,
  isRestError,
  RestError,
  type PipelineRequest,
} from "@azure/core-rest-pipeline";
import { BatchError, createBatchError, isBatchError, withoutRequestSecrets } from "../src/batchError.js";

const HOST = "https://acct.westus.batch.azure.com";
const SIGNATURE = "c2VjcmV0LXNpZ25hdHVyZS12YWx1ZS1kby1ub3QtbG9n";
const BEARER = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.secret-token-payload.sig";
const REQUEST_ID = "9f3c1a5e-0000-4000-8000-000000000001";
const CLIENT_REQUEST_ID = "00000000-1111-2222-3333-444444444444";

function request(method: "GET" | "HEAD" | "PATCH" | "DELETE", path: string): PipelineRequest {
  return createPipelineRequest({
    url: `${HOST}${path}?api-version=2026-10-01&sig=query-secret`,
    method,
    headers: createHttpHeaders({
      authorization: `SharedKey acct:${SIGNATURE}`,
      "ocp-date": "Fri, 02 Jan 2026 03:04:05 GMT",
      "client-request-id": CLIENT_REQUEST_ID,
    }),
  });
}

function response(
  status: string,
  body: unknown,
  req: PipelineRequest,
  extraHeaders: Record<string, string> = {},
): PathUncheckedResponse {
  return {
    status,
    headers: { "request-id": REQUEST_ID, ...extraHeaders },
    body,
    request: req,
  };
}

// --- Fixtures -----------------------------------------------------------------------------------

const poolNotFoundBody = {
  "odata.metadata": `${HOST}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element`,
  code: "PoolNotFound",
  message: {
    lang: "en-US",
    value: `The specified pool does not exist.\nRequestId:${REQUEST_ID}\nTime:2026-01-02T03:04:05.0000000Z`,
  },
};

const invalidPropertyBody = {
  "odata.metadata": `${HOST}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element`,
  code: "InvalidPropertyValue",
  message: {
    lang: "en-US",
    value: `The value provided for one of the properties in the request body is invalid.\nRequestId:${REQUEST_ID}\nTime:2026-01-02T03:04:05.0000000Z`,
  },
  values: [
    { key: "PropertyName", value: "targetDedicatedNodes" },
    { key: "Reason", value: "The specified value is less than 0." },
  ],
};

const conditionNotMetBody = {
  "odata.metadata": `${HOST}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element`,
  code: "ConditionNotMet",
  message: {
    lang: "en-US",
    value: `The condition specified using HTTP conditional header(s) is not met.\nRequestId:${REQUEST_ID}\nTime:2026-01-02T03:04:05.0000000Z`,
  },
};

const html500 =
  "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>" +
  "<body><h1>Internal Server Error</h1></body></html>";

// --- Tests --------------------------------------------------------------------------------------

describe("BatchError", () => {
  describe("createBatchError", () => {
    it("minimal Batch error (404 PoolNotFound, no values)", () => {
      const err = createBatchError(
        response("404", poolNotFoundBody, request("GET", "/pools/p"), {
          "client-request-id": CLIENT_REQUEST_ID,
        }),
      );
      assert.instanceOf(err, BatchError);
      assert.instanceOf(err, RestError);
      assert.instanceOf(err, Error);
      assert.isTrue(isRestError(err));
      assert.isTrue(isBatchError(err));
      assert.strictEqual(err.name, "BatchError");
      assert.strictEqual(err.statusCode, 404);
      assert.strictEqual(err.code, "PoolNotFound");
      assert.strictEqual(err.message, poolNotFoundBody.message.value);
      assert.deepStrictEqual(err.values, []);
      assert.strictEqual(err.requestId, REQUEST_ID);
      assert.strictEqual(err.clientRequestId, CLIENT_REQUEST_ID);
      assert.strictEqual(err.response?.status, 404);
      assert.strictEqual(err.response?.headers.get("request-id"), REQUEST_ID);
      assert.strictEqual(err.request?.url, `${HOST}/pools/p?api-version=2026-10-01&sig=query-secret`);
      assert.match(err.stack ?? "", /^BatchError: The specified pool does not exist\./);
    });

    it("error with values (400 InvalidPropertyValue)", () => {
      const err = createBatchError(response("400", invalidPropertyBody, request("PATCH", "/pools/p")));
      assert.strictEqual(err.statusCode, 400);
      assert.strictEqual(err.code, "InvalidPropertyValue");
      assert.match(err.message, /^The value provided for one of the properties/);
      assert.deepStrictEqual(err.values, [
        { key: "PropertyName", value: "targetDedicatedNodes" },
        { key: "Reason", value: "The specified value is less than 0." },
      ]);
      // Not echoed by the service (no return-client-request-id): taken from the request sent.
      assert.strictEqual(err.clientRequestId, CLIENT_REQUEST_ID);
    });

    it("non-JSON (HTML) 500: no code, fallback message, body kept on the response", () => {
      const err = createBatchError(
        response("500", html500, request("GET", "/pools"), {
          "content-type": "text/html",
        }),
      );
      assert.instanceOf(err, BatchError);
      assert.strictEqual(err.statusCode, 500);
      assert.isUndefined(err.code);
      assert.strictEqual(err.message, "Batch request failed with status 500");
      assert.deepStrictEqual(err.values, []);
      assert.strictEqual(err.response?.bodyAsText, html500);
    });

    it("404 on HEAD with no body (undefined or empty string)", () => {
      for (const body of [undefined, ""]) {
        const err = createBatchError(response("404", body, request("HEAD", "/pools/p")));
        assert.strictEqual(err.statusCode, 404);
        assert.isUndefined(err.code);
        assert.strictEqual(
          err.message,
          "Batch request failed with status 404: HEAD /pools/p, an answer without a body (HEAD answers have none)",
        );
        assert.deepStrictEqual(err.values, []);
        assert.strictEqual(err.requestId, REQUEST_ID);
        assert.isUndefined(err.response?.bodyAsText);
      }
    });

    it("412 ConditionNotMet", () => {
      const err = createBatchError(response("412", conditionNotMetBody, request("DELETE", "/pools/p")));
      assert.strictEqual(err.statusCode, 412);
      assert.strictEqual(err.code, "ConditionNotMet");
      assert.match(err.message, /^The condition specified using HTTP conditional header\(s\) is not met\./);
    });

    it("a string body holding JSON is parsed", () => {
      const err = createBatchError(
        response("409", `  ${JSON.stringify(invalidPropertyBody)}\n`, request("GET", "/pools")),
      );
      assert.strictEqual(err.code, "InvalidPropertyValue");
      assert.lengthOf(err.values, 2);
    });

    it("bytes holding JSON are parsed", () => {
      const err = createBatchError(
        response("404", new TextEncoder().encode(JSON.stringify(poolNotFoundBody)), request("GET", "/pools/p")),
      );
      assert.strictEqual(err.code, "PoolNotFound");
    });

    it("code without message, truncated JSON, odd values", () => {
      const noMessage = createBatchError(response("503", { code: "ServerBusy" }, request("GET", "/pools")));
      assert.strictEqual(noMessage.code, "ServerBusy");
      assert.strictEqual(noMessage.message, "Batch request failed with status 503 (ServerBusy)");

      const truncated = createBatchError(response("502", '{"code":"Inter', request("GET", "/pools")));
      assert.isUndefined(truncated.code);
      assert.strictEqual(truncated.message, "Batch request failed with status 502");

      const odd = createBatchError(
        response(
          "400",
          {
            code: 7,
            message: "plain text",
            values: [null, "x", { key: "k", value: 3 }],
          },
          request("GET", "/pools"),
        ),
      );
      assert.isUndefined(odd.code);
      assert.strictEqual(odd.message, "plain text");
      assert.deepStrictEqual(odd.values, [{ key: "k" }]);
    });

    it("header names are matched case-insensitively", () => {
      const err = createBatchError({
        status: "404",
        headers: {
          "Request-Id": REQUEST_ID,
          "Client-Request-Id": CLIENT_REQUEST_ID,
        },
        body: poolNotFoundBody,
        request: request("GET", "/pools/p"),
      });
      assert.strictEqual(err.requestId, REQUEST_ID);
      assert.strictEqual(err.clientRequestId, CLIENT_REQUEST_ID);
    });
  });

  describe("does not leak request credentials", () => {
    function assertClean(err: BatchError, secret: string) {
      const texts = {
        inspect: inspect(err, { depth: 10 }),
        "inspect(showHidden)": inspect(err, {
          depth: 10,
          showHidden: true,
          customInspect: true,
        }),
        json: JSON.stringify(err),
        string: String(err),
        stack: err.stack ?? "",
        message: err.message,
      };
      for (const [how, text] of Object.entries(texts)) {
        assert.notInclude(text, secret, how);
        assert.notInclude(text, "query-secret", how);
      }
      // What is printed still identifies the error.
      assert.include(texts.inspect, "BatchError");
      assert.include(texts.inspect, err.code ?? "status");
      assert.include(texts.json, '"statusCode"');
      assert.notInclude(Object.keys(err), "request");
      assert.notInclude(Object.keys(err), "response");
    }

    it("SharedKey signature", () => {
      const err = createBatchError(
        response(
          "403",
          {
            code: "AuthenticationFailed",
            message: {
              lang: "en-US",
              value: "Server failed to authenticate the request.",
            },
            values: [
              {
                key: "AuthenticationErrorDetail",
                value: `The MAC signature found in the HTTP request '${SIGNATURE}' is not the same as any computed signature.`,
              },
            ],
          },
          request("GET", "/pools"),
        ),
      );
      // The request kept on the error has no Authorization header, and the signature the
      // service echoed back is redacted everywhere it appears.
      assert.isUndefined(err.request?.headers.get("authorization"));
      assert.strictEqual(err.request?.headers.get("client-request-id"), CLIENT_REQUEST_ID);
      assert.include(err.values[0]!.value, "'REDACTED'");
      assert.notInclude(err.response?.bodyAsText ?? "", SIGNATURE);
      assert.notInclude(JSON.stringify(err.values), SIGNATURE);
      assertClean(err, SIGNATURE);
    });

    it("x-ms-secret values in the request body (a node user's password)", () => {
      const req = request("PATCH", "/pools/p/nodes/n/users/u");
      req.body = JSON.stringify({ password: "hunter2-secret" });
      const err = createBatchError(response("400", invalidPropertyBody, req));
      assert.isUndefined(err.request?.body);
      assertClean(err, "hunter2-secret");
    });

    it("bearer token", () => {
      const req = request("GET", "/pools/p");
      req.headers.set("authorization", `Bearer ${BEARER}`);
      const err = createBatchError(response("404", poolNotFoundBody, req));
      assertClean(err, BEARER);
    });

    it("a SAS signature quoted HTML-escaped, JSON-escaped or percent-encoded", () => {
      const sas = "https://store.blob.core.windows.net/c/f?sv=2025-01-05&sig=sas-secret-value&se=2030";
      const escapedPlus = "https://store.blob.core.windows.net/c/f?sig=sas\\u002Bsecret\\u002Bvalue=\\u0026se=2030";
      for (const quoted of [
        sas.replace(/&/g, "&amp;"),
        sas.replace(/&/g, "\\u0026"),
        encodeURIComponent(sas),
        escapedPlus,
      ]) {
        const body = { code: "BadGateway", message: { value: `failed on ${quoted}` } };
        const err = createBatchError(response("502", body, request("GET", "/pools/p")));
        assertClean(err, "sas-secret-value");
        assert.include(err.message, "REDACTED", quoted);
        assert.notInclude(`${err.message} ${err.response?.bodyAsText}`, "secret", quoted);
      }
    });

    it("a transport error's request loses its Authorization header and body", () => {
      const req = request("PATCH", "/pools/p");
      req.body = JSON.stringify({ password: "hunter2-secret" });
      const err = new RestError("socket hang up", { code: "ECONNRESET", request: req });
      assert.strictEqual(withoutRequestSecrets(err), err);
      assert.isUndefined(err.request!.headers.get("authorization"));
      assert.isUndefined(err.request!.body);
      assert.strictEqual(err.request!.url, req.url);
      assert.notInclude(inspect(err.request, { depth: 6 }), SIGNATURE);
      assert.notInclude(inspect(err.request, { depth: 6 }), "hunter2-secret");
    });
  });

  it("keeps a note for a body nested too deeply to re-serialize, instead of throwing", () => {
    // JSON.parse reads 20,000 levels; JSON.stringify of the parsed value overflows the stack.
    const body = JSON.parse(`{"code":"PoolNotFound","values":${"[".repeat(20_000)}${"]".repeat(20_000)}}`);
    const err = createBatchError(response("404", body, request("GET", "/pools/p")));
    assert.isTrue(isBatchError(err));
    assert.strictEqual(err.code, "PoolNotFound");
    assert.include(err.response!.bodyAsText, "nested too deeply");
  });

  describe("isBatchError", () => {
    it("rejects other errors and non-errors", () => {
      assert.isFalse(isBatchError(new RestError("x", { statusCode: 500 })));
      assert.isFalse(isBatchError(new Error("x")));
      assert.isFalse(isBatchError({ name: "BatchError", values: [], statusCode: 1 }));
      assert.isFalse(isBatchError(undefined));
    });

    it("accepts a BatchError from another copy of the class (duck-typed)", () => {
      const foreign = Object.assign(new Error("x"), {
        name: "BatchError",
        values: [],
        statusCode: 404,
      });
      assert.isTrue(isBatchError(foreign));
    });

    it("accepts a directly constructed BatchError", () => {
      const err = new BatchError("boom", {
        statusCode: 409,
        code: "PoolExists",
      });
      assert.isTrue(isBatchError(err));
      assert.deepStrictEqual(err.values, []);
      assert.strictEqual(err.code, "PoolExists");
    });
  });

  describe("with responses from @azure-rest/core-client (nock)", () => {
    const client = getClient(HOST, { retryOptions: { maxRetries: 0 } });

    beforeEach(() => {
      nock.disableNetConnect();
    });
    afterEach(() => {
      nock.cleanAll();
      nock.enableNetConnect();
    });

    it("JSON 404 body arrives parsed", async () => {
      nock(HOST).get("/pools/p").query(true).reply(404, poolNotFoundBody, {
        "content-type": "application/json;odata=minimalmetadata",
        "request-id": REQUEST_ID,
      });
      const res = await client.pathUnchecked("/pools/{poolId}", "p").get({
        queryParameters: { "api-version": "2026-10-01" },
      });
      const err = createBatchError(res);
      assert.strictEqual(err.statusCode, 404);
      assert.strictEqual(err.code, "PoolNotFound");
      assert.strictEqual(err.requestId, REQUEST_ID);
    });

    it("HTML 500 arrives as text", async () => {
      nock(HOST).get("/pools").query(true).reply(500, html500, { "content-type": "text/html" });
      const res = await client.pathUnchecked("/pools").get({ queryParameters: { "api-version": "2026-10-01" } });
      const err = createBatchError(res);
      assert.strictEqual(err.statusCode, 500);
      assert.isUndefined(err.code);
      assert.strictEqual(err.message, "Batch request failed with status 500");
    });

    it("HEAD 404 has no body", async () => {
      nock(HOST).head("/pools/p").query(true).reply(404, undefined, { "request-id": REQUEST_ID });
      const res = await client.pathUnchecked("/pools/{poolId}", "p").head({
        queryParameters: { "api-version": "2026-10-01" },
      });
      const err = createBatchError(res);
      assert.strictEqual(err.statusCode, 404);
      assert.isUndefined(err.code);
      assert.strictEqual(err.requestId, REQUEST_ID);
    });
  });
});

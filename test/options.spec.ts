/// <reference types="mocha" />
// Per-call options: each camelCase option reaches the wire under its Batch name.

import { assert } from "chai";
import nock from "nock";
import type { FullOperationResponse } from "@azure-rest/core-client";
import { capture, createTestClient, ENDPOINT, FIXED_OCP_DATE, REQUEST_ID, useNock } from "./utils/exampleDriver.js";
import { expectedApiVersion } from "./utils/apiVersion.js";

const FIXED_OCP_DATE_TEXT = "Fri, 02 Jan 2026 03:04:05 GMT";
const ok = (status = 200, body?: unknown) => ({ status, body, headers: { "request-id": REQUEST_ID } });

describe("per-call options on the wire", () => {
  useNock();

  it("the fixed ocpDate is sent as RFC 1123", () => {
    assert.strictEqual(FIXED_OCP_DATE.toUTCString(), FIXED_OCP_DATE_TEXT);
  });

  it("timeOutInSeconds → timeOut, clientRequestId, returnClientRequestId, ocpDate", async () => {
    const { result, requests } = await capture(
      {
        status: 200,
        body: { id: "p" },
        headers: { "request-id": REQUEST_ID, "client-request-id": "c0ffee00-0000-4000-8000-000000000001" },
      },
      (c) =>
        c.getPool("p", {
          timeOutInSeconds: 17,
          clientRequestId: "c0ffee00-0000-4000-8000-000000000001",
          returnClientRequestId: true,
          ocpDate: FIXED_OCP_DATE,
        }),
    );
    assert.strictEqual(result.id, "p");
    const sent = requests[0]!;
    assert.deepEqual(sent.query, { "api-version": expectedApiVersion, timeOut: "17" });
    assert.strictEqual(sent.headers["client-request-id"], "c0ffee00-0000-4000-8000-000000000001");
    assert.strictEqual(sent.headers["return-client-request-id"], "true");
    assert.strictEqual(sent.headers["ocp-date"], FIXED_OCP_DATE_TEXT);
  });

  it("without clientRequestId, each request still carries a fresh client-request-id GUID", async () => {
    const { requests } = await capture([ok(200, { id: "p" }), ok(200, { id: "p" })], async (c) => {
      await c.getPool("p");
      await c.getPool("p");
    });
    const ids = requests.map((r) => r.headers["client-request-id"]);
    for (const id of ids) assert.match(String(id), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.notStrictEqual(ids[0], ids[1]);
  });

  it("filter/select/expand/maxresults on a list → $filter, $select, $expand (comma-separated), maxresults", async () => {
    const { requests } = await capture(ok(200, { value: [] }), async (c) => {
      for await (const _ of c.listTasks("j", {
        filter: "state eq 'completed'",
        select: ["id", "executionInfo"],
        expand: ["stats"],
        maxresults: 10,
      }))
        void _;
    });
    assert.deepEqual(requests[0]!.query, {
      "api-version": expectedApiVersion,
      $filter: "state eq 'completed'",
      $select: "id,executionInfo",
      $expand: "stats",
      maxresults: "10",
    });
    assert.strictEqual(requests[0]!.path, "/jobs/j/tasks");
  });

  it("select/expand on a get", async () => {
    const { requests } = await capture(ok(200, { id: "j" }), (c) =>
      c.getJob("j", { select: ["id", "state"], expand: ["stats"] }),
    );
    assert.deepEqual(requests[0]!.query, { "api-version": expectedApiVersion, $select: "id,state", $expand: "stats" });
  });

  it("ifMatch/ifNoneMatch/ifModifiedSince/ifUnmodifiedSince → conditional headers (dates as RFC 1123)", async () => {
    const since = new Date(Date.UTC(2025, 1, 17, 8, 9, 10));
    const { requests } = await capture(ok(202), (c) =>
      c.deletePool("p", {
        ifMatch: "0x8D3D623CD661246",
        ifNoneMatch: "0x8D3D623CD661247",
        ifModifiedSince: since,
        ifUnmodifiedSince: since,
      }),
    );
    const h = requests[0]!.headers;
    assert.strictEqual(h["if-match"], "0x8D3D623CD661246");
    assert.strictEqual(h["if-none-match"], "0x8D3D623CD661247");
    assert.strictEqual(h["if-modified-since"], "Mon, 17 Feb 2025 08:09:10 GMT");
    assert.strictEqual(h["if-unmodified-since"], "Mon, 17 Feb 2025 08:09:10 GMT");
    assert.strictEqual(requests[0]!.method, "DELETE");
  });

  it("force and recursive → query parameters", async () => {
    // 202 for the job calls, 200 for file deletes (as the spec declares).
    const { requests } = await capture([ok(202), ok(202), ok(200)], async (c) => {
      await c.deleteJob("j", { force: true });
      await c.terminateJobSchedule("s", { force: false });
      await c.deleteTaskFile("j", "t", "wd", { recursive: true });
      await c.deleteNodeFile("p", "n", "shared/dir", { recursive: true });
    });
    assert.deepEqual(
      requests.map((r) => [r.method, r.path, r.query]),
      [
        ["DELETE", "/jobs/j", { "api-version": expectedApiVersion, force: "true" }],
        ["POST", "/jobschedules/s/terminate", { "api-version": expectedApiVersion, force: "false" }],
        ["DELETE", "/jobs/j/tasks/t/files/wd", { "api-version": expectedApiVersion, recursive: "true" }],
        ["DELETE", "/pools/p/nodes/n/files/shared%2Fdir", { "api-version": expectedApiVersion, recursive: "true" }],
      ],
    );
  });

  it("onResponse is called with the raw response; requestOptions.headers pass through", async () => {
    const seen: FullOperationResponse[] = [];
    const { requests } = await capture(ok(200, { id: "p" }), (c) =>
      c.getPool("p", {
        onResponse: (response) => void seen.push(response),
        requestOptions: { headers: { "x-custom": "yes" } },
      }),
    );
    assert.lengthOf(seen, 1);
    assert.strictEqual(seen[0]!.status, 200);
    assert.strictEqual(seen[0]!.headers.get("request-id"), REQUEST_ID);
    assert.strictEqual(requests[0]!.headers["x-custom"], "yes");
  });

  it("abortSignal: an aborted signal rejects before sending; aborting in flight rejects with AbortError", async () => {
    const client = createTestClient();
    const controller = new AbortController();
    controller.abort();
    let caught: unknown;
    try {
      await client.getPool("p", { abortSignal: controller.signal });
    } catch (e) {
      caught = e;
    }
    assert.strictEqual((caught as Error | undefined)?.name, "AbortError");

    nock.cleanAll();
    nock(ENDPOINT).get("/pools/slow").query(true).delay(5_000).reply(200, { id: "slow" });
    const inFlight = new AbortController();
    const started = Date.now();
    setTimeout(() => inFlight.abort(), 50);
    caught = undefined;
    try {
      await client.getPool("slow", { abortSignal: inFlight.signal });
    } catch (e) {
      caught = e;
    }
    assert.strictEqual((caught as Error | undefined)?.name, "AbortError");
    assert.isBelow(Date.now() - started, 2_000);
  });
});

/// <reference types="mocha" />
// Paging: list methods follow odata.nextLink; byPage({ maxPageSize }) sends
// maxresults; byPage({ continuationToken }) resumes at a next link.

import { assert } from "chai";
import { capture, ENDPOINT, REQUEST_ID, useNock, type Reply } from "./utils/exampleDriver.js";
import { expectedApiVersion } from "./utils/apiVersion.js";

const NEXT = `${ENDPOINT}/pools?api-version=${expectedApiVersion}&$skiptoken=${encodeURIComponent("tvm-1:pool 2/x")}&maxresults=2`;

const page1: Reply = {
  status: 200,
  body: { value: [{ id: "p1", creationTime: "2025-02-17T00:00:00Z" }, { id: "p2" }], "odata.nextLink": NEXT },
  headers: { "request-id": REQUEST_ID },
};
const page2: Reply = { status: 200, body: { value: [{ id: "p3" }] }, headers: { "request-id": REQUEST_ID } };

describe("paging: odata.nextLink", () => {
  useNock();

  it("listPools iterates over every item of two pages", async () => {
    const { result, requests } = await capture([page1, page2], async (client) => {
      const ids: string[] = [];
      for await (const pool of client.listPools({ filter: "state eq 'active'" })) ids.push(pool.id!);
      return ids;
    });
    assert.deepEqual(result, ["p1", "p2", "p3"]);
    assert.lengthOf(requests, 2);
    assert.strictEqual(requests[0]!.path, "/pools");
    assert.deepEqual(requests[0]!.query, { "api-version": expectedApiVersion, $filter: "state eq 'active'" });
    // The next link is followed as given (no api-version added twice, the filter not repeated).
    const next = new URL(NEXT);
    assert.strictEqual(requests[1]!.path, next.pathname);
    assert.deepEqual(requests[1]!.query, Object.fromEntries(next.searchParams.entries()));
    assert.match(requests[1]!.headers.authorization!, /^SharedKey account:/, "the next page is signed too");
    assert.isString(requests[1]!.headers["ocp-date"]);
  });

  it("items are typed (dates as Date)", async () => {
    const { result } = await capture([page1, page2], async (client) => {
      const first = await client.listPools().next();
      return first.value;
    });
    assert.instanceOf(result.creationTime, Date);
  });

  it("byPage({ maxPageSize }) sends maxresults and yields one array per page", async () => {
    const { result, requests } = await capture([page1, page2], async (client) => {
      const pages: string[][] = [];
      for await (const page of client.listPools().byPage({ maxPageSize: 2 })) pages.push(page.map((p) => p.id!));
      return pages;
    });
    assert.deepEqual(result, [["p1", "p2"], ["p3"]]);
    assert.strictEqual(requests[0]!.query.maxresults, "2");
    assert.deepEqual(requests[0]!.query, { "api-version": expectedApiVersion, maxresults: "2" });
  });

  it("maxresults as an option is sent on the first request", async () => {
    const { requests } = await capture([page2], async (client) => {
      for await (const _ of client.listPools({ maxresults: 5 })) void _;
    });
    assert.strictEqual(requests[0]!.query.maxresults, "5");
  });

  it("each page carries its continuationToken (the next link); the last page has none", async () => {
    const { result } = await capture([page1, page2], async (client) => {
      const tokens: (string | undefined)[] = [];
      for await (const page of client.listPools().byPage()) tokens.push(page.continuationToken);
      return tokens;
    });
    assert.deepEqual(result, [NEXT, undefined]);
  });

  it("byPage({ continuationToken }) resumes at the next link without fetching the first page", async () => {
    const { result, requests } = await capture([page2], async (client) => {
      const pages: string[][] = [];
      for await (const page of client.listPools().byPage({ continuationToken: NEXT }))
        pages.push(page.map((p) => p.id!));
      return pages;
    });
    assert.deepEqual(result, [["p3"]]);
    assert.lengthOf(requests, 1);
    assert.strictEqual(requests[0]!.path, "/pools");
    assert.strictEqual(requests[0]!.query.$skiptoken, "tvm-1:pool 2/x");
  });

  it("an empty list yields nothing", async () => {
    const { result } = await capture([{ status: 200, body: { value: [] } }], async (client) => {
      const ids: string[] = [];
      for await (const task of client.listTasks("j")) ids.push(task.id!);
      return ids;
    });
    assert.deepEqual(result, []);
  });
});

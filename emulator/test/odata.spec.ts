import { expect } from "chai";
import type { RunningEmulator } from "../src/index.js";
import { compileFilter } from "../src/odata.js";
import { BatchServiceError } from "../src/errors.js";
import { start, TestClient } from "./helpers.js";

describe("emulator: $filter, $select, paging and conditional requests", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
    await client.createPool("op", 1, { taskSlotsPerNode: 4 });
    await client.createJob("oj", "op");
    await client.post("/jobs/oj/addtaskcollection", {
      value: [
        { id: "ok-1", commandLine: "true" },
        { id: "ok-2", commandLine: "true" },
        { id: "bad-1", commandLine: "/bin/sh -c 'exit 2'" },
        { id: "bad-2", commandLine: "/bin/sh -c 'exit 5'" },
        { id: "ok-3", commandLine: "true" },
      ],
    });
    for (const id of ["ok-1", "ok-2", "bad-1", "bad-2", "ok-3"]) await client.waitTask("oj", id);
  });
  after(() => emu.close());

  const ids = (r: { json: { value: { id: string }[] } }): string[] => r.json.value.map((x) => x.id).sort();

  it("filters tasks with eq, ne, and, or, startswith and parentheses", async () => {
    const f = (filter: string) => client.get("/jobs/oj/tasks", { query: { $filter: filter } });
    expect(ids(await f("executionInfo/result eq 'failure'"))).to.deep.equal(["bad-1", "bad-2"]);
    expect(ids(await f("executionInfo/exitCode eq 5"))).to.deep.equal(["bad-2"]);
    expect(ids(await f("state eq 'completed' and executionInfo/exitCode ne 0"))).to.deep.equal(["bad-1", "bad-2"]);
    expect(ids(await f("startswith(id,'ok') and (id eq 'ok-1' or id eq 'ok-3')"))).to.deep.equal(["ok-1", "ok-3"]);
    expect(ids(await f("id eq 'ok-2' or executionInfo/exitCode gt 4"))).to.deep.equal(["bad-2", "ok-2"]);
    expect(ids(await f("not startswith(id, 'ok')"))).to.deep.equal(["bad-1", "bad-2"]);
    expect(ids(await f("state eq 'active'"))).to.deep.equal([]);
  });

  it("answers unsupported filters with 400 InvalidQueryParameterValue", async () => {
    for (const filter of [
      "foo eq 'x'",
      "id eq",
      "substringof('a', id)",
      "executionInfo/exitCode eq 'x'",
      "id eq 'a' xor id eq 'b'",
      "(id eq 'a'",
      // Names every object has: not fields.
      "__proto__ eq null",
      "constructor ne null",
      "hasOwnProperty eq 'x'",
    ]) {
      const r = await client.get("/jobs/oj/tasks", { query: { $filter: filter } });
      expect(r.status, filter).to.equal(400);
      expect(r.json.code, filter).to.equal("InvalidQueryParameterValue");
      expect(r.json.values[0]).to.deep.equal({ key: "QueryParameterName", value: "$filter" });
    }
    const applications = await client.get("/applications", { query: { $filter: "id eq 'x'" } });
    expect(applications.status).to.equal(400);
  });

  it("compiles filters against a schema (unit)", () => {
    const p = compileFilter("(a eq 'x' or b gt 2) and not c eq true", { a: "string", b: "number", c: "boolean" });
    expect(p({ a: "x", b: 0, c: false })).to.equal(true);
    expect(p({ a: "y", b: 3, c: true })).to.equal(false);
    expect(p({ a: "y", b: 3 })).to.equal(true);
    expect(() => compileFilter("a eq 'it''s'", { a: "string" })({ a: "it's" })).to.not.throw();
    expect(compileFilter("a eq 'it''s'", { a: "string" })({ a: "it's" })).to.equal(true);
    expect(() => compileFilter("d gt 5", { a: "string" })).to.throw(BatchServiceError);
  });

  it("projects with $select on lists and gets, and refuses unknown properties", async () => {
    const list = await client.get("/jobs/oj/tasks", { query: { $select: "id,state", $filter: "id eq 'ok-1'" } });
    expect(list.json.value).to.deep.equal([{ id: "ok-1", state: "completed" }]);
    const one = await client.get("/jobs/oj/tasks/bad-1", { query: { $select: "id,executionInfo" } });
    expect(Object.keys(one.json).sort()).to.deep.equal(["executionInfo", "id"]);
    const pools = await client.get("/pools", { query: { $select: "id,allocationState", $expand: "stats" } });
    expect(pools.json.value).to.deep.equal([{ id: "op", allocationState: "steady" }]);
    const bad = await client.get("/jobs/oj/tasks", { query: { $select: "id,nonsense" } });
    expect(bad.status).to.equal(400);
    expect(bad.json.code).to.equal("InvalidQueryParameterValue");
    const nested = await client.get("/jobs/oj", { query: { $select: "executionInfo/poolId" } });
    expect(nested.status).to.equal(400);
    const expand = await client.get("/jobs/oj", { query: { $expand: "everything" } });
    expect(expand.status).to.equal(400);
  });

  it("pages with maxresults and an absolute odata.nextLink", async () => {
    const seen: string[] = [];
    let r = await client.get("/jobs/oj/tasks", { query: { maxresults: "2", $select: "id" } });
    let pages = 0;
    for (;;) {
      pages++;
      expect(r.status).to.equal(200);
      expect(r.json.value.length).to.be.at.most(2);
      seen.push(...r.json.value.map((x: { id: string }) => x.id));
      const next: string | undefined = r.json["odata.nextLink"];
      if (!next) break;
      expect(next.startsWith(`${emu.endpoint}/jobs/oj/tasks?`)).to.equal(true);
      const u = new URL(next);
      expect(u.searchParams.get("api-version")).to.equal("2026-10-01");
      expect(u.searchParams.get("maxresults")).to.equal("2");
      r = await client.get(u.pathname + u.search);
    }
    expect(pages).to.equal(3);
    expect(seen).to.deep.equal(["ok-1", "ok-2", "bad-1", "bad-2", "ok-3"]);
    const filtered = await client.get("/jobs/oj/tasks", {
      query: { maxresults: "1", $filter: "startswith(id,'bad')" },
    });
    expect(filtered.json.value.map((x: { id: string }) => x.id)).to.deep.equal(["bad-1"]);
    const next = new URL(filtered.json["odata.nextLink"]);
    const second = await client.get(next.pathname + next.search);
    expect(second.json.value.map((x: { id: string }) => x.id)).to.deep.equal(["bad-2"]);
    expect(second.json["odata.nextLink"]).to.equal(undefined);
    const range = await client.get("/jobs/oj/tasks", { query: { maxresults: "0" } });
    expect(range.status).to.equal(400);
    expect(range.json.code).to.equal("OutOfRangeQueryParameterValue");
  });

  it("If-Match: 412 ConditionNotMet on a stale ETag; the current ETag succeeds", async () => {
    const got = await client.get("/jobs/oj");
    const etag = got.headers.get("etag")!;
    expect(etag).to.equal(got.json.eTag);
    const stale = await client.request("PATCH", "/jobs/oj", {
      body: { priority: 1 },
      headers: { "if-match": "0x8D0000000000000" },
    });
    expect(stale.status).to.equal(412);
    expect(stale.json.code).to.equal("ConditionNotMet");
    const ok = await client.request("PATCH", "/jobs/oj", { body: { priority: 1 }, headers: { "if-match": etag } });
    expect(ok.status).to.equal(200);
    expect(ok.headers.get("etag")).to.not.equal(etag);
    const old = await client.request("PATCH", "/jobs/oj", { body: { priority: 2 }, headers: { "if-match": etag } });
    expect(old.status).to.equal(412);
    const staleRead = await client.get("/jobs/oj", { headers: { "if-match": etag } });
    expect(staleRead.status).to.equal(412);
  });

  it("If-None-Match: 304 on reads of an unchanged resource, 412 on writes", async () => {
    const got = await client.get("/pools/op");
    const etag = got.headers.get("etag")!;
    const notModified = await client.get("/pools/op", { headers: { "if-none-match": etag } });
    expect(notModified.status).to.equal(304);
    expect(notModified.text).to.equal("");
    const changed = await client.get("/pools/op", { headers: { "if-none-match": "0x8D0000000000000" } });
    expect(changed.status).to.equal(200);
    const write = await client.del("/pools/op", { headers: { "if-none-match": etag } });
    expect(write.status).to.equal(412);
    expect(write.json.code).to.equal("ConditionNotMet");
  });

  it("If-Modified-Since / If-Unmodified-Since", async () => {
    const got = await client.get("/jobs/oj");
    const lastModified = got.headers.get("last-modified")!;
    expect((await client.get("/jobs/oj", { headers: { "if-modified-since": lastModified } })).status).to.equal(304);
    const past = new Date(Date.parse(lastModified) - 60_000).toUTCString();
    expect((await client.get("/jobs/oj", { headers: { "if-modified-since": past } })).status).to.equal(200);
    const refused = await client.request("PATCH", "/jobs/oj", {
      body: { priority: 3 },
      headers: { "if-unmodified-since": past },
    });
    expect(refused.status).to.equal(412);
    const allowed = await client.request("PATCH", "/jobs/oj", {
      body: { priority: 3 },
      headers: { "if-unmodified-since": new Date(Date.now() + 60_000).toUTCString() },
    });
    expect(allowed.status).to.equal(200);
  });

  it("filters jobs, pools and nodes", async () => {
    expect(ids(await client.get("/jobs", { query: { $filter: "state eq 'active'" } }))).to.deep.equal(["oj"]);
    expect(
      ids(await client.get("/pools", { query: { $filter: "id eq 'op' and allocationState eq 'steady'" } })),
    ).to.deep.equal(["op"]);
    const nodes = await client.get("/pools/op/nodes", {
      query: { $filter: "state eq 'idle' or state eq 'running'", $select: "id,state" },
    });
    expect(nodes.json.value.length).to.equal(1);
    expect(Object.keys(nodes.json.value[0]).sort()).to.deep.equal(["id", "state"]);
  });
});

describe("emulator: IDs in paths", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start());
    await client.createPool("op", 0);
  });
  after(() => emu.close());

  it("a path ID is matched ignoring ASCII case only: the Kelvin sign is not k", async () => {
    await client.createJob("k", "op");
    expect((await client.get("/jobs/K")).status).to.equal(200);
    expect((await client.get("/jobs/%E2%84%AA")).status).to.equal(404);
    expect((await client.del("/jobs/%E2%84%AA")).status).to.equal(404);
    expect((await client.get("/jobs/k")).json.state).to.equal("active");
  });
});

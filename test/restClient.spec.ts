// The generated rest-level client (azbatch/rest) on the wire: the seed's three steps and a
// two-page list, with the bodies of the Python SDK's README.
import { expect } from "chai";
import nock from "nock";
import type { TokenCredential } from "@azure/core-auth";
import { createClient, isUnexpected, paginate } from "../src/rest.js";
import { expectedApiVersion } from "./utils/apiVersion.js";

const endpoint = "https://account.region.batch.azure.com";
const credential: TokenCredential = {
  getToken: async () => ({ token: "test-token", expiresOnTimestamp: Date.now() + 3_600_000 }),
};
const json = "application/json; odata=minimalmetadata";

describe("rest-level client (azbatch/rest)", () => {
  afterEach(() => nock.cleanAll());
  after(() => nock.enableNetConnect());
  before(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });

  function expectApiVersion(uri: string): void {
    expect(new URL(uri, endpoint).searchParams.get("api-version")).to.equal(expectedApiVersion);
  }

  it("creates a pool with the seed's body", async () => {
    const pool = {
      id: "my-pool",
      vmSize: "standard_d2_v2",
      targetDedicatedNodes: 1,
      virtualMachineConfiguration: {
        imageReference: {
          publisher: "MicrosoftWindowsServer",
          offer: "WindowsServer",
          sku: "2016-Datacenter-smalldisk",
        },
        nodeAgentSKUId: "batch.node.windows amd64",
      },
    };
    let seen: { uri: string; body: unknown; headers: Record<string, unknown> } | undefined;
    nock(endpoint)
      .post("/pools")
      .query(true)
      .reply(function (uri, body) {
        seen = { uri, body, headers: this.req.headers };
        return [201, "", { ETag: "0x1", "request-id": "r1" }];
      });
    const client = createClient(endpoint, credential);
    const response = await client.path("/pools").post({ body: pool, contentType: json });
    expect(response.status).to.equal("201");
    expect(isUnexpected(response)).to.equal(false);
    expectApiVersion(seen!.uri);
    expect(seen!.headers["content-type"]).to.equal(json);
    expect(seen!.headers.authorization).to.equal("Bearer test-token");
    expect(seen!.body).to.deep.equal(pool);
  });

  it("creates a job and submits a task", async () => {
    const bodies: unknown[] = [];
    nock(endpoint)
      .post("/jobs")
      .query({ "api-version": expectedApiVersion })
      .reply(201, (_uri, body) => {
        bodies.push(body);
        return "";
      })
      .post("/jobs/my-job/tasks")
      .query({ "api-version": expectedApiVersion })
      .reply(201, (_uri, body) => {
        bodies.push(body);
        return "";
      });
    const client = createClient(endpoint, credential);
    const job = await client
      .path("/jobs")
      .post({ body: { id: "my-job", poolInfo: { poolId: "my-pool" } }, contentType: json });
    const task = await client
      .path("/jobs/{jobId}/tasks", "my-job")
      .post({ body: { id: "my-task", commandLine: 'cmd /c "echo Hello World"' }, contentType: json });
    expect([job.status, task.status]).to.deep.equal(["201", "201"]);
    expect(bodies).to.deep.equal([
      { id: "my-job", poolInfo: { poolId: "my-pool" } },
      { id: "my-task", commandLine: 'cmd /c "echo Hello World"' },
    ]);
  });

  it("lists pools across two pages with paginate()", async () => {
    const next = `${endpoint}/pools?api-version=${expectedApiVersion}&maxresults=1&$skiptoken=abc`;
    nock(endpoint)
      .get("/pools")
      .query({ "api-version": expectedApiVersion, maxresults: "1" })
      .reply(200, { value: [{ id: "pool-1" }], "odata.nextLink": next })
      .get("/pools")
      .query({ "api-version": expectedApiVersion, maxresults: "1", $skiptoken: "abc" })
      .reply(200, { value: [{ id: "pool-2" }] });
    const client = createClient(endpoint, credential);
    const first = await client.path("/pools").get({ queryParameters: { maxresults: 1 } });
    if (isUnexpected(first)) throw new Error("unexpected");
    const ids: string[] = [];
    for await (const pool of paginate(client, first)) ids.push(pool.id!);
    expect(ids).to.deep.equal(["pool-1", "pool-2"]);
  });

  it("follows a next link whose scheme is written in upper case (the same scheme)", async () => {
    const next = `HTTPS://account.region.batch.azure.com/pools?api-version=${expectedApiVersion}&$skiptoken=abc`;
    nock(endpoint)
      .get("/pools")
      .query({ "api-version": expectedApiVersion })
      .reply(200, { value: [{ id: "pool-1" }], "odata.nextLink": next })
      .get("/pools")
      .query({ "api-version": expectedApiVersion, $skiptoken: "abc" })
      .reply(200, { value: [{ id: "pool-2" }] });
    const client = createClient(endpoint, credential);
    const first = await client.path("/pools").get();
    if (isUnexpected(first)) throw new Error("unexpected");
    const ids: string[] = [];
    for await (const pool of paginate(client, first)) ids.push(pool.id!);
    expect(ids).to.deep.equal(["pool-1", "pool-2"]);
  });

  it("isUnexpected() flags an undeclared status, including on templated paths", async () => {
    nock(endpoint)
      .get("/pools/nope")
      .query(true)
      .reply(404, { code: "PoolNotFound", message: { lang: "en-US", value: "gone" } });
    nock(endpoint)
      .get("/jobs/j/tasks/t/files/wd%2Fout.txt")
      .query(true)
      .reply(200, "hello", { "content-type": "application/octet-stream" });
    const client = createClient(endpoint, credential);
    const missing = await client.path("/pools/{poolId}", "nope").get();
    expect(isUnexpected(missing)).to.equal(true);
    if (isUnexpected(missing)) expect(missing.body.code).to.equal("PoolNotFound");
    const file = await client.path("/jobs/{jobId}/tasks/{taskId}/files/{filePath}", "j", "t", "wd/out.txt").get();
    expect(isUnexpected(file)).to.equal(false);
  });
});

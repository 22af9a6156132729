// src/batchPipeline.ts: the client's pipeline keeps the core's policies that can act on a Batch
// request (retries, user agent, request id, api-version, tracing, logging, proxy when configured)
// and drops the ones that never can.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { createHttpHeaders, createPipelineRequest, type HttpClient } from "@azure/core-rest-pipeline";
import { expect } from "chai";
import nock from "nock";
import { getPool } from "../generated/api/pools/operations.js";
import { createBatchContext } from "../src/batchContext.js";
import { expectedApiVersion } from "./utils/apiVersion.js";

const ENDPOINT = "https://account.region.batch.azure.com";
/** The environment variables the core proxy policy reads. */
const PROXY_VARIABLES = [
  "HTTPS_PROXY",
  "https_proxy",
  "HTTP_PROXY",
  "http_proxy",
  "ALL_PROXY",
  "all_proxy",
  "NO_PROXY",
  "no_proxy",
];
const credential = new AzureNamedKeyCredential("account", Buffer.from("key").toString("base64"));
const policies = (options: Parameters<typeof createBatchContext>[2] = {}): string[] =>
  createBatchContext(ENDPOINT, credential, options)
    .client.pipeline.getOrderedPolicies()
    .map((p) => p.name);

describe("batchPipeline", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of PROXY_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("keeps retries, request id, user agent, api-version, tracing and logging; adds throttling and shared key", () => {
    for (const name of PROXY_VARIABLES) delete process.env[name];
    const names = policies();
    expect(names).to.include.members([
      "decompressResponsePolicy",
      "userAgentPolicy",
      "setClientRequestIdPolicy",
      "defaultRetryPolicy",
      "batchThrottlingRetryPolicy",
      "tracingPolicy",
      "batchSharedKeyCredentialPolicy",
      "logPolicy",
      // Kept: a proxy in front of the service may redirect; the same-origin check refuses other hosts.
      "redirectPolicy",
      "batchSameOriginPolicy",
    ]);
    for (const dropped of ["formDataPolicy", "multipartPolicy", "proxyPolicy"]) {
      expect(names, dropped).not.to.include(dropped);
    }
    // The origin is checked before signing, and signing comes after the retries and redirects, so
    // each attempt is signed afresh and only for the account's own origin.
    expect(names.indexOf("batchSameOriginPolicy")).to.be.lessThan(names.indexOf("batchSharedKeyCredentialPolicy"));
    expect(names.indexOf("batchSharedKeyCredentialPolicy")).to.be.greaterThan(names.indexOf("redirectPolicy"));
    // Signing comes after the retries, so each attempt is signed afresh.
    expect(names.indexOf("batchSharedKeyCredentialPolicy")).to.be.greaterThan(names.indexOf("defaultRetryPolicy"));
  });

  it("adds the api-version to a URL that has none (or an empty one), and leaves one that has it", async () => {
    const pipeline = createBatchContext(ENDPOINT, credential).client.pipeline;
    const sent: string[] = [];
    const httpClient: HttpClient = {
      sendRequest: async (request) => {
        sent.push(request.url);
        return {
          status: 200,
          headers: createHttpHeaders({ "content-type": "application/json" }),
          request,
          bodyAsText: "{}",
        };
      },
    };
    for (const url of [`${ENDPOINT}/pools`, `${ENDPOINT}/pools?maxresults=1`, `${ENDPOINT}/pools?api-version=`])
      await pipeline.sendRequest(httpClient, createPipelineRequest({ url }));
    await pipeline.sendRequest(
      httpClient,
      createPipelineRequest({ url: `${ENDPOINT}/pools?api-version=2024-07-01.20.0` }),
    );
    expect(sent).to.deep.equal([
      `${ENDPOINT}/pools?api-version=${expectedApiVersion}`,
      `${ENDPOINT}/pools?maxresults=1&api-version=${expectedApiVersion}`,
      `${ENDPOINT}/pools?api-version=&api-version=${expectedApiVersion}`,
      `${ENDPOINT}/pools?api-version=2024-07-01.20.0`,
    ]);
  });

  it("keeps the proxy policy when a proxy is configured in the options or the environment", () => {
    for (const name of PROXY_VARIABLES) delete process.env[name];
    expect(policies({ proxyOptions: { host: "http://127.0.0.1", port: 3128 } })).to.include("proxyPolicy");
    process.env.https_proxy = "http://127.0.0.1:3128";
    expect(policies()).to.include("proxyPolicy");
  });
});

describe("batchPipeline: a configured proxy carries the requests", () => {
  const saved = { ...process.env };
  // nock's interceptor (active once another test file imported it) does not carry a request sent
  // through the proxy agent; these tests talk to a real loopback proxy, so it is switched off here.
  let nockWasActive = false;
  before(() => {
    nockWasActive = nock.isActive();
    if (nockWasActive) nock.restore();
  });
  after(() => {
    if (nockWasActive) nock.activate();
  });
  afterEach(() => {
    for (const name of PROXY_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  /** A plain-HTTP forward proxy that answers every request itself, recording the request line. */
  async function startProxy(): Promise<{ port: number; seen: string[]; close(): Promise<void> }> {
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ id: "p" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    return { port, seen, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  for (const how of ["proxyOptions", "HTTP_PROXY"] as const) {
    it(`sends through the proxy given by ${how} (the core proxy policy is added)`, async () => {
      for (const name of PROXY_VARIABLES) delete process.env[name];
      const proxy = await startProxy();
      try {
        // Nothing listens on port 9 of this machine: only the proxy can answer.
        const target = "http://127.0.0.1:9";
        if (how === "HTTP_PROXY") process.env.HTTP_PROXY = `http://127.0.0.1:${proxy.port}`;
        const context = createBatchContext(target, credential, {
          ...(how === "proxyOptions" && { proxyOptions: { host: "http://127.0.0.1", port: proxy.port } }),
          retryOptions: { maxRetries: 0 },
        });
        const pool = await getPool(context, "p");
        expect(pool.id).to.equal("p");
        expect(proxy.seen).to.have.length(1);
        expect(proxy.seen[0]).to.match(/^GET http:\/\/127\.0\.0\.1:9\/pools\/p\?api-version=/);
      } finally {
        await proxy.close();
      }
    });
  }
});

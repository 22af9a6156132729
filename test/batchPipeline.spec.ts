// src/batchPipeline.ts: the client's pipeline keeps the core's policies that can act on a Batch
// request (retries, user agent, request id, api-version, tracing, logging, proxy when configured)
// and drops the ones that never can.
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { expect } from "chai";
import { createBatchContext } from "../src/batchContext.js";

const ENDPOINT = "https://account.region.batch.azure.com";
const credential = new AzureNamedKeyCredential("account", Buffer.from("key").toString("base64"));
const policies = (options: Parameters<typeof createBatchContext>[2] = {}): string[] =>
  createBatchContext(ENDPOINT, credential, options)
    .client.pipeline.getOrderedPolicies()
    .map((p) => p.name);

describe("batchPipeline", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it("keeps retries, request id, user agent, api-version, tracing and logging; adds throttling and shared key", () => {
    for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
      delete process.env[name];
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

  it("keeps the proxy policy when a proxy is configured in the options or the environment", () => {
    for (const name of ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"])
      delete process.env[name];
    expect(policies({ proxyOptions: { host: "http://127.0.0.1", port: 3128 } })).to.include("proxyPolicy");
    process.env.https_proxy = "http://127.0.0.1:3128";
    expect(policies()).to.include("proxyPolicy");
  });
});

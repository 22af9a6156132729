// src/logPolicy.ts: the core's logging policy runs only while its logger is enabled; with it off a
// request is handed straight on, and turning it on takes effect from the next request.
import type { Debugger } from "@azure/logger";
import {
  createHttpHeaders,
  createPipelineRequest,
  type PipelineResponse,
  type SendRequest,
} from "@azure/core-rest-pipeline";
import { expect } from "chai";
import { createLogPolicy } from "../src/logPolicy.js";

describe("logPolicy", () => {
  const respond: SendRequest = async (request) =>
    ({ status: 200, headers: createHttpHeaders(), request }) as PipelineResponse;

  it("hands the request straight on while the logger is off, and logs once it is on", async () => {
    const lines: string[] = [];
    const logger = Object.assign((...args: unknown[]) => void lines.push(args.join(" ")), {
      enabled: false,
    }) as unknown as Debugger;
    const policy = createLogPolicy({ logger });
    const request = createPipelineRequest({ url: "https://account.region.batch.azure.com/pools?api-version=x" });
    let sent: Promise<PipelineResponse> | undefined;
    const off = policy.sendRequest(request, (r) => (sent = respond(r)));
    expect(off).to.equal(sent);
    await off;
    expect(lines).to.deep.equal([]);

    (logger as { enabled: boolean }).enabled = true;
    const on = policy.sendRequest(request, (r) => (sent = respond(r)));
    expect(on).to.not.equal(sent);
    expect((await on).status).to.equal(200);
    expect(lines[0]).to.match(/^Request: /);
    expect(lines).to.include("Response status code: 200");
  });
});

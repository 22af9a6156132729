// src/tracingPolicy.ts: the core's tracing policy runs only while something traces; with no
// tracer a request is handed straight on, and a tracer registered later is used from then on.
import { AzureNamedKeyCredential } from "@azure/core-auth";
import {
  useInstrumenter,
  type Instrumenter,
  type InstrumenterSpanOptions,
  type TracingContext,
  type TracingSpan,
} from "@azure/core-tracing";
import {
  createHttpHeaders,
  createPipelineRequest,
  type PipelineResponse,
  type SendRequest,
} from "@azure/core-rest-pipeline";
import { expect } from "chai";
import nock from "nock";
import { BatchClient } from "../src/index.js";
import { createTracingPolicy } from "../src/tracingPolicy.js";

const ENDPOINT = "https://account.region.batch.azure.com";
const TRACEPARENT = "00-11111111111111111111111111111111-2222222222222222-01";

/** A context as the instrumenter interface describes one: an immutable key/value map. */
function context(values = new Map<symbol, unknown>()): TracingContext {
  return {
    getValue: (key) => values.get(key),
    setValue: (key, value) => context(new Map(values).set(key, value)),
    deleteValue: (key) => {
      const next = new Map(values);
      next.delete(key);
      return context(next);
    },
  };
}

interface RecordedSpan {
  name: string;
  attributes: Record<string, unknown>;
  ended: boolean;
}

/** An instrumenter that records its spans and propagates a fixed `traceparent`. */
function recordingInstrumenter(spans: RecordedSpan[]): Instrumenter {
  return {
    startSpan(name: string, options: InstrumenterSpanOptions) {
      const recorded: RecordedSpan = { name, attributes: { ...options.spanAttributes }, ended: false };
      spans.push(recorded);
      const span: TracingSpan = {
        setStatus: () => undefined,
        setAttribute: (key, value) => void (recorded.attributes[key] = value),
        end: () => void (recorded.ended = true),
        recordException: () => undefined,
        isRecording: () => true,
        addEvent: () => undefined,
      };
      return { span, tracingContext: context() };
    },
    withContext: (_context, callback, ...args) => callback(...args),
    parseTraceparentHeader: () => context(),
    createRequestHeaders: () => ({ traceparent: TRACEPARENT }),
  };
}

/** Back to the default instrumenter (core-tracing makes it again when none is set). */
const restoreDefaultInstrumenter = (): void => useInstrumenter(undefined as unknown as Instrumenter);

describe("tracingPolicy", () => {
  afterEach(restoreDefaultInstrumenter);

  const respond: SendRequest = async (request) =>
    ({ status: 200, headers: createHttpHeaders(), request }) as PipelineResponse;

  it("with no tracer, hands the request straight on: the promise is the next policy's own", () => {
    const policy = createTracingPolicy({});
    const request = createPipelineRequest({ url: `${ENDPOINT}/pools` });
    let sent: Promise<PipelineResponse> | undefined;
    const result = policy.sendRequest(request, (r) => (sent = respond(r)));
    expect(sent).to.not.equal(undefined);
    expect(result).to.equal(sent);
    expect(request.headers.has("traceparent")).to.equal(false);
  });

  it("a caller's tracing context goes through the core policy, even with no tracer", async () => {
    const policy = createTracingPolicy({});
    const request = createPipelineRequest({ url: `${ENDPOINT}/pools` });
    request.tracingOptions = { tracingContext: context() };
    let sent: Promise<PipelineResponse> | undefined;
    const result = policy.sendRequest(request, (r) => (sent = respond(r)));
    expect((await result).status).to.equal(200);
    expect(result).to.not.equal(sent);
  });

  it("a tracer registered after the client was made traces its next request, headers propagated", async () => {
    const client = new BatchClient(
      ENDPOINT,
      new AzureNamedKeyCredential("account", Buffer.from("k").toString("base64")),
    );
    const spans: RecordedSpan[] = [];
    useInstrumenter(recordingInstrumenter(spans));
    let traceparent: string | undefined;
    const scope = nock(ENDPOINT)
      .get("/pools/p1")
      .query(true)
      .reply(function () {
        traceparent = this.req.headers["traceparent"] as string | undefined;
        return [200, { id: "p1" }, { "content-type": "application/json" }];
      });
    try {
      expect((await client.getPool("p1")).id).to.equal("p1");
    } finally {
      nock.cleanAll();
    }
    expect(scope.isDone()).to.equal(true);
    expect(traceparent).to.equal(TRACEPARENT);
    const http = spans.find((s) => s.name === "HTTP GET");
    expect(http, JSON.stringify(spans)).to.not.equal(undefined);
    expect(http!.attributes["http.method"]).to.equal("GET");
    expect(http!.attributes["http.status_code"]).to.equal(200);
    expect(String(http!.attributes["http.url"])).to.match(/^https:\/\/account\.region\.batch\.azure\.com\/pools\/p1/);
    expect(http!.ended).to.equal(true);
  });
});

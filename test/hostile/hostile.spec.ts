/// <reference types="mocha" />
// The hostile-server suite: loopback servers that answer as a broken server or an attacker would.
// Each case must end in a typed error or the right result within its bound (a timeout of 200 ms,
// so a hang shows as a mocha timeout, never as a pass). Assertions never depend on machine speed:
// only lower bounds of elapsed time are checked, and the servers drip or stay silent for ever.
// At the end: no socket, server or timer left open, no unhandled rejection. nock's interception of
// node:http (active once another suite has loaded nock) is switched off here, so that these cases
// run on the sockets a user's program has: intercepted, a paused response is cut when the real
// socket ends.

import { gzipSync } from "node:zlib";
import { assert } from "chai";
import nock from "nock";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { createHttpHeaders, type HttpClient } from "@azure/core-rest-pipeline";
import {
  BatchClient,
  BatchError,
  CreateTasksError,
  InvalidPathParameterError,
  UnsafeNextLinkError,
  isBatchError,
} from "../../src/index.js";
import { createClient, paginate } from "../../src/rest.js";
import {
  HOSTILE_CA,
  HOSTILE_KEY,
  drip,
  hostileClient,
  hostileTokenCredential,
  sendJson,
  sendRaw,
  startServer,
  type Handler,
  type HostileServer,
} from "./hostileServer.js";

const open: HostileServer[] = [];
async function serve(handler: Handler, tls = false): Promise<HostileServer> {
  const server = await startServer(handler, tls);
  open.push(server);
  return server;
}

async function caught(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error, got a result");
}

function assertBatchError(e: Error, code: string | undefined): BatchError {
  assert.isTrue(isBatchError(e), `a BatchError, got ${e.name}: ${e.message}`);
  assert.strictEqual((e as BatchError).code, code, e.message);
  return e as BatchError;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Counts of the active handles and requests that matter (sockets, servers, timers). */
function resources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of process.getActiveResourcesInfo()) {
    if (/TCP|Timeout|Immediate|Pipe/.test(name)) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

const POOL = { id: "p", vmSize: "standard_d2s_v3" };

describe("hostile servers", function () {
  this.timeout(5_000);
  let baseline: Record<string, number>;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown): void => {
    rejections.push(reason);
  };

  let nockWasActive = false;
  before(() => {
    nockWasActive = nock.isActive();
    if (nockWasActive) nock.restore();
    baseline = resources();
    process.on("unhandledRejection", onRejection);
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  after(async () => {
    // Sockets close asynchronously after the servers destroy them: wait (bounded) for the counts.
    let now = resources();
    for (let i = 0; i < 200 && JSON.stringify(now) !== JSON.stringify(baseline); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      now = resources();
      // This loop's own timer is gone once its promise resolved.
    }
    process.off("unhandledRejection", onRejection);
    if (nockWasActive) nock.activate();
    assert.deepEqual(now, baseline, "no socket, server or timer left open");
    assert.deepEqual(rejections, [], "no unhandled rejection");
  });

  describe("responses that are not what the operation returns", () => {
    const cases: Array<[string, Handler, string]> = [
      [
        "an HTML page from a proxy",
        (_q, r) => sendRaw(r, 200, "<html><body>Sign in to the proxy</body></html>", "text/html"),
        "UnexpectedContentType",
      ],
      [
        "JSON labelled text/plain",
        (_q, r) => sendRaw(r, 200, JSON.stringify(POOL), "text/plain"),
        "UnexpectedContentType",
      ],
      ["JSON without a content type", (_q, r) => sendRaw(r, 200, JSON.stringify(POOL)), "UnexpectedContentType"],
      [
        "a truncated JSON body",
        (_q, r) => sendRaw(r, 200, '{"id":"p","vmSize":"stan', "application/json"),
        "InvalidResponseBody",
      ],
      ["an empty body", (_q, r) => sendRaw(r, 200, "", "application/json"), "EmptyResponseBody"],
      ["null", (_q, r) => sendRaw(r, 200, "null", "application/json"), "UnexpectedResponseBody"],
      ["an array", (_q, r) => sendRaw(r, 200, "[1,2]", "application/json"), "UnexpectedResponseBody"],
      ["a JSON string", (_q, r) => sendRaw(r, 200, '"p"', "application/json"), "UnexpectedResponseBody"],
    ];
    for (const [name, handler, code] of cases) {
      it(`getPool: ${name} → BatchError ${code}`, async () => {
        const server = await serve(handler);
        const e = assertBatchError(await caught(() => hostileClient(server).getPool("p")), code);
        assert.strictEqual(e.statusCode, 200);
      });
    }

    it("a listing page that is HTML → BatchError UnexpectedContentType", async () => {
      const server = await serve((_q, r) => sendRaw(r, 200, "<html></html>", "text/html"));
      assertBatchError(await caught(() => hostileClient(server).listPools().next()), "UnexpectedContentType");
    });

    it("an error answer whose JSON is broken → BatchError InvalidResponseBody, status kept, short message", async () => {
      const server = await serve((_q, r) =>
        sendRaw(r, 404, `{"code":"PoolNotFound","message":${"x".repeat(10_000)}`, "application/json"),
      );
      const e = assertBatchError(await caught(() => hostileClient(server).getPool("p")), "InvalidResponseBody");
      assert.strictEqual(e.statusCode, 404);
      assert.isBelow(e.message.length, 400);
    });

    it("a huge error message is cut to a short excerpt", async () => {
      const server = await serve((_q, r) =>
        sendJson(r, 500, { code: "InternalError", message: { value: "y".repeat(100_000) } }),
      );
      const e = assertBatchError(await caught(() => hostileClient(server).getPool("p")), "InternalError");
      assert.isBelow(e.message.length, 1_100);
    });

    it("a body over maxJsonBodyBytes (streamed, no Content-Length) → ResponseBodyTooLarge", async () => {
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/json" });
        r.write('{"id":"' + "a".repeat(200_000));
        r.end('"}');
      });
      const e = assertBatchError(
        await caught(() => hostileClient(server, { maxJsonBodyBytes: 65_536 }).getPool("p")),
        "ResponseBodyTooLarge",
      );
      assert.isBelow(e.message.length, 300);
    });

    it("a body whose Content-Length is over maxJsonBodyBytes is refused before it is read", async () => {
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/json", "content-length": 50_000_000 });
        r.write("{");
      });
      assertBatchError(
        await caught(() => hostileClient(server, { maxJsonBodyBytes: 65_536 }).getPool("p")),
        "ResponseBodyTooLarge",
      );
    });

    it("a download's error answer over maxJsonBodyBytes → ResponseBodyTooLarge (not read whole)", async () => {
      const server = await serve((_q, r) => {
        r.writeHead(404, { "content-type": "application/json" });
        r.end(`{"code":"FileNotFound","message":{"value":"${"z".repeat(200_000)}"}}`);
      });
      const client = hostileClient(server, { maxJsonBodyBytes: 65_536 });
      assertBatchError(await caught(() => client.downloadTaskFile("j", "t", "f.txt")), "ResponseBodyTooLarge");
    });

    it("an answer of white space labelled JSON is no body: a BatchError for a 404, success for a 202", async () => {
      const server = await serve((q, r) =>
        q.method === "DELETE"
          ? sendRaw(r, 202, "\r\n", "application/json; charset=utf-8")
          : sendRaw(r, 404, "\n", "application/json; charset=utf-8"),
      );
      const client = hostileClient(server);
      for (const call of [() => client.downloadTaskFile("j", "t", "f.txt"), () => client.getPool("p")]) {
        const e = assertBatchError(await caught(call), undefined);
        assert.strictEqual(e.statusCode, 404);
      }
      await client.deleteJob("j");
    });

    it("a download answered by an HTTP client that read the body (no stream) is a BatchError, not a string", async () => {
      const httpClient: HttpClient = {
        sendRequest: async (request) => ({
          request,
          status: 200,
          headers: createHttpHeaders({ "content-type": "application/octet-stream", "content-length": "5" }),
          bodyAsText: "hello",
        }),
      };
      const client = new BatchClient("http://127.0.0.1:9", new AzureNamedKeyCredential("acct", HOSTILE_KEY), {
        httpClient,
        retryOptions: { maxRetries: 0 },
      });
      assert.isTrue(isBatchError(await caught(() => client.downloadTaskFile("j", "t", "f.txt"))));
    });

    it("a download's error answer is read as any other error: code and values", async () => {
      const server = await serve((_q, r) =>
        sendJson(r, 404, {
          code: "FileNotFound",
          message: { value: "The specified file does not exist." },
          values: [{ key: "FilePath", value: "f.txt" }],
        }),
      );
      const e = assertBatchError(
        await caught(() => hostileClient(server).downloadTaskFile("j", "t", "f.txt")),
        "FileNotFound",
      );
      assert.deepEqual(e.values, [{ key: "FilePath", value: "f.txt" }]);
    });

    it("downloads retried after 503s keep using one connection (each retried answer is read)", async () => {
      const sockets = new Set<unknown>();
      let requests = 0;
      const server = await serve((q, r) => {
        sockets.add(q.socket);
        if (++requests % 4 !== 0)
          return sendJson(r, 503, { code: "ServerBusy", message: { value: "busy" } }, { "retry-after": "0" });
        sendRaw(r, 200, "data", "application/octet-stream");
      });
      const client = hostileClient(server, { retryOptions: { maxRetries: 3, retryDelayInMs: 1 } });
      for (let i = 0; i < 5; i++) {
        const stream = await client.downloadTaskFile("j", "t", "f.txt");
        for await (const _ of stream) void _;
      }
      assert.strictEqual(requests, 20);
      assert.isAtMost(sockets.size, 2, "connections opened for 20 requests");
    });

    it("a body under the cap is read as usual", async () => {
      const server = await serve((_q, r) => sendJson(r, 200, POOL));
      const pool = await hostileClient(server, { maxJsonBodyBytes: 65_536 }).getPool("p");
      assert.strictEqual(pool.id, "p");
    });
  });

  describe("time", () => {
    it("headers then a body that drips for ever → ClientTimeout (whole exchange bounded)", async () => {
      const server = await serve((_q, r) => drip(r, "application/json"));
      const started = Date.now();
      assertBatchError(await caught(() => hostileClient(server).getPool("p")), "ClientTimeout");
      assert.isAtLeast(Date.now() - started, 190);
    });

    it("requestOptions.timeout per call bounds the body too", async () => {
      const server = await serve((_q, r) => drip(r, "application/json"));
      const client = hostileClient(server, { requestTimeoutInMs: 0 });
      assertBatchError(await caught(() => client.getPool("p", { requestOptions: { timeout: 150 } })), "ClientTimeout");
    });

    it("a silent server (never answers) → ClientTimeout", async () => {
      const server = await serve(() => undefined);
      assertBatchError(await caught(() => hostileClient(server).listJobs().next()), "ClientTimeout");
    });

    it("a streamed download that stops sending → StreamIdleTimeout while reading", async () => {
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/octet-stream", "content-length": 100 });
        r.write("0123456789");
      });
      const stream = await hostileClient(server).downloadTaskFile("j", "t", "stdout.txt");
      assertBatchError(await caught(() => readAll(stream)), "StreamIdleTimeout");
    });

    it("abortSignal ends a compressed download that stalls, with no time bound set", async () => {
      // A gzip body of which only the first part is sent: the client's zlib stream waits for more.
      const gzipped = gzipSync(Buffer.alloc(1_000_000, 0x62));
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/octet-stream", "content-encoding": "gzip" });
        r.write(gzipped.subarray(0, gzipped.length / 2));
      });
      const controller = new AbortController();
      const client = hostileClient(server, { requestTimeoutInMs: 0 });
      const stream = await client.downloadTaskFile("j", "t", "stdout.txt", { abortSignal: controller.signal });
      const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      assert.isAbove(((await chunks.next()).value as Buffer).length, 0);
      setImmediate(() => controller.abort());
      let caughtError: unknown;
      try {
        for (let c = await chunks.next(); !c.done; c = await chunks.next()) void c;
      } catch (e) {
        caughtError = e;
      }
      assert.strictEqual((caughtError as Error | undefined)?.name, "AbortError");
    });

    it("a streamed download that keeps sending slowly is not cut (idle, not total, bound)", async () => {
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/octet-stream", "content-length": 6 });
        let n = 0;
        const timer = setInterval(() => {
          r.write("x");
          if (++n === 6) {
            clearInterval(timer);
            r.end();
          }
        }, 60);
        r.on("close", () => clearInterval(timer));
      });
      const stream = await hostileClient(server).downloadTaskFile("j", "t", "stdout.txt");
      assert.strictEqual((await readAll(stream)).toString(), "xxxxxx");
    });

    it("a consumer that stops reading is not cut (backpressure is not idleness)", async () => {
      const body = Buffer.alloc(4 * 2 ** 20, 0x61);
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/octet-stream", "content-length": body.length });
        r.end(body);
      });
      const stream = await hostileClient(server, { requestTimeoutInMs: 100 }).downloadTaskFile("j", "t", "big.bin");
      const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      let received = ((await chunks.next()).value as Buffer).length;
      // Four idle bounds without reading: the buffer fills, and the wait is the consumer's.
      await new Promise((resolve) => setTimeout(resolve, 400));
      for (let c = await chunks.next(); !c.done; c = await chunks.next()) received += (c.value as Buffer).length;
      assert.strictEqual(received, body.length);
    });

    it("a reset mid-body → BatchError IncompleteBody", async () => {
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/json", "content-length": 1000 });
        r.write('{"id":"p",');
        setImmediate(() => r.socket?.destroy());
      });
      assertBatchError(await caught(() => hostileClient(server).getPool("p")), "IncompleteBody");
    });

    it("a reset mid-download → the stream fails with BatchError IncompleteBody", async () => {
      const server = await serve((_q, r) => {
        r.writeHead(200, { "content-type": "application/octet-stream", "content-length": 1000 });
        r.write("partial");
        setImmediate(() => r.socket?.destroy());
      });
      const stream = await hostileClient(server).downloadTaskFile("j", "t", "stdout.txt");
      assertBatchError(await caught(() => readAll(stream)), "IncompleteBody");
    });
  });

  describe("origins and links", () => {
    it("a redirect to another origin is not followed and nothing reaches it", async () => {
      const other = await serve((_q, r) => sendJson(r, 200, POOL));
      const server = await serve((_q, r) => sendRaw(r, 307, "", undefined, { location: `${other.url}/pools/p` }));
      const e = assertBatchError(
        await caught(() => hostileClient(server).getPool("p")),
        undefined as unknown as string,
      );
      assert.strictEqual(e.statusCode, 307);
      assert.lengthOf(other.received, 0);
    });

    it("even with allowCrossOriginRedirects, a redirect to another origin is refused before it is sent", async () => {
      const other = await serve((_q, r) => sendJson(r, 200, POOL));
      const server = await serve((_q, r) => sendRaw(r, 307, "", undefined, { location: `${other.url}/pools/p` }));
      const client = hostileClient(server, { redirectOptions: { allowCrossOriginRedirects: true } });
      assertBatchError(await caught(() => client.getPool("p")), "CrossOriginRequest");
      assert.lengthOf(other.received, 0);
    });

    for (const bearer of [false, true]) {
      it(`a redirect on the same origin is followed and signed afresh (${bearer ? "bearer token" : "shared key"})`, async () => {
        const server = await serve(
          (q, r) =>
            q.url!.startsWith("/pools/old")
              ? sendRaw(r, 307, "", undefined, { location: "/pools/p?api-version=2026-10-01" })
              : sendJson(r, 200, POOL),
          bearer,
        );
        const pool = await hostileClient(server, { bearer }).getPool("old");
        assert.strictEqual(pool.id, "p");
        assert.lengthOf(server.received, 2);
        assert.match(String(server.received[1]!.headers.authorization), bearer ? /^Bearer / : /^SharedKey hostile:/);
      });
    }

    for (const bearer of [false, true]) {
      const kind = bearer ? "bearer token" : "shared key";
      it(`a next link to another origin → UnsafeNextLinkError, nothing reaches it (${kind})`, async () => {
        const other = await serve((_q, r) => sendJson(r, 200, { value: [] }), bearer);
        const server = await serve(
          (_q, r) => sendJson(r, 200, { value: [POOL], "odata.nextLink": `${other.url}/pools?page=2` }),
          bearer,
        );
        const pages = hostileClient(server, { bearer }).listPools().byPage();
        assert.lengthOf((await pages.next()).value, 1);
        const e = await caught(() => pages.next());
        assert.instanceOf(e, UnsafeNextLinkError);
        assert.strictEqual((e as UnsafeNextLinkError).code, "NextLinkOtherOrigin");
        assert.lengthOf(other.received, 0);
      });

      it(`a continuation token on another origin → a typed error, nothing reaches it (${kind})`, async () => {
        const other = await serve((_q, r) => sendJson(r, 200, { value: [] }), bearer);
        const server = await serve((_q, r) => sendJson(r, 200, { value: [] }), bearer);
        const pages = hostileClient(server, { bearer })
          .listPools()
          .byPage({ continuationToken: `${other.url}/pools?page=2` });
        const e = await caught(() => pages.next());
        assertBatchError(e, "CrossOriginRequest");
        assert.lengthOf(other.received, 0);
        assert.lengthOf(server.received, 0);
      });
    }

    it("rest level: paginate() keeps next links and continuation tokens on the first page's origin (bearer token)", async () => {
      const other = await serve((_q, r) => sendJson(r, 200, { value: [] }), true);
      const server = await serve(
        (_q, r) => sendJson(r, 200, { value: [POOL], "odata.nextLink": `${other.url}/pools?page=2` }),
        true,
      );
      const rest = createClient(server.url, hostileTokenCredential, {
        retryOptions: { maxRetries: 0 },
        tlsOptions: { ca: HOSTILE_CA },
      });
      const first = await rest.path("/pools").get();
      const pages = paginate(rest, first).byPage();
      await pages.next();
      assert.strictEqual(((await caught(() => pages.next())) as UnsafeNextLinkError).code, "NextLinkOtherOrigin");
      const resumed = paginate(rest, first).byPage({ continuationToken: `${other.url}/pools?page=2` });
      assert.strictEqual(((await caught(() => resumed.next())) as UnsafeNextLinkError).code, "NextLinkOtherOrigin");
      assert.lengthOf(other.received, 0);
    });

    it("a page that links to itself → NextLinkLoop after its items", async () => {
      const server = await serve((q, r) =>
        sendJson(r, 200, {
          value: [POOL],
          "odata.nextLink": `${server.url}/pools?page=${q.url!.includes("page=2") ? 2 : 2}`,
        }),
      );
      const seen: string[] = [];
      const e = await caught(async () => {
        for await (const pool of hostileClient(server).listPools()) seen.push(pool.id!);
      });
      assert.instanceOf(e, UnsafeNextLinkError);
      assert.strictEqual((e as UnsafeNextLinkError).code, "NextLinkLoop");
      assert.deepEqual(seen, ["p", "p"]);
      assert.lengthOf(server.received, 2);
    });

    it("two pages that link to each other → NextLinkLoop", async () => {
      const server = await serve((q, r) => {
        const next = q.url!.includes("page=a") ? "b" : "a";
        sendJson(r, 200, { value: [POOL], "odata.nextLink": `${server.url}/pools?page=${next}` });
      });
      const e = await caught(async () => {
        for await (const _ of hostileClient(server).listPools()) void _;
      });
      assert.strictEqual((e as UnsafeNextLinkError).code, "NextLinkLoop");
      assert.lengthOf(server.received, 3);
    });

    it("IDs with dot segments or control characters → InvalidPathParameterError, nothing sent", async () => {
      const server = await serve((_q, r) => sendJson(r, 200, {}));
      const client = hostileClient(server);
      for (const call of [
        () => client.deleteTask("victim-job", ".."),
        () => client.getTask("..", "x"),
        () => client.deleteTaskFile("j", "t", ".."),
        () => client.getPool("p\r\nX-Injected: 1"),
        () => client.deleteJob("%2e%2e"),
      ]) {
        assert.instanceOf(await caught(call), InvalidPathParameterError);
      }
      assert.lengthOf(server.received, 0);
    });
  });

  describe("ranges", () => {
    const FILE = Buffer.from("0123456789abcdefghij");
    /** A task-file server; `honour` says whether it honours `ocp-range`. */
    function fileServer(honour: boolean | "short"): Handler {
      return (q, r) => {
        if (q.url!.startsWith("/jobs/j/tasks/t?")) return sendJson(r, 200, { id: "t", state: "completed" });
        if (q.method === "HEAD") return sendRaw(r, 200, "", undefined, { "content-length": String(FILE.length) });
        const m = /bytes=(\d+)-(\d+)/.exec(String(q.headers["ocp-range"] ?? ""));
        if (!m || !honour) return sendRaw(r, 200, FILE, "application/octet-stream");
        const [start, end] = [Number(m[1]), Math.min(Number(m[2]), FILE.length - 1)];
        const slice = FILE.subarray(start, end + 1);
        if (honour === "short") {
          r.writeHead(200, { "content-range": `bytes ${start}-${end}/${FILE.length}` });
          return r.end(slice.subarray(0, 3));
        }
        sendRaw(r, 200, slice, "application/octet-stream", { "content-range": `bytes ${start}-${end}/${FILE.length}` });
      };
    }

    it("followTaskFile against a server that honours ocp-range → exactly the file", async () => {
      const server = await serve(fileServer(true));
      const chunks: Buffer[] = [];
      for await (const c of hostileClient(server).followTaskFile("j", "t", "stdout.txt", {
        maxReadBytes: 7,
        pollIntervalInMs: 1,
      }))
        chunks.push(Buffer.from(c));
      assert.strictEqual(Buffer.concat(chunks).toString(), FILE.toString());
    });

    it("followTaskFile against a server that ignores ocp-range → RangeNotSatisfied, no repeated bytes", async () => {
      const server = await serve(fileServer(false));
      const chunks: Buffer[] = [];
      const e = await caught(async () => {
        for await (const c of hostileClient(server).followTaskFile("j", "t", "stdout.txt", {
          maxReadBytes: 7,
          pollIntervalInMs: 1,
        }))
          chunks.push(Buffer.from(c));
      });
      assertBatchError(e, "RangeNotSatisfied");
      assert.lengthOf(chunks, 0);
    });

    it("followNodeFile against a server that ignores ocp-range → RangeNotSatisfied", async () => {
      const server = await serve((q, r) => {
        if (q.method === "HEAD") return sendRaw(r, 200, "", undefined, { "content-length": String(FILE.length) });
        sendRaw(r, 200, FILE, "application/octet-stream");
      });
      const e = await caught(async () => {
        for await (const _ of hostileClient(server).followNodeFile("p", "n", "startup/stdout.txt", {
          maxReadBytes: 7,
          until: () => true,
        }))
          void _;
      });
      assertBatchError(e, "RangeNotSatisfied");
    });

    it("a ranged download whose body is shorter than its Content-Range → IncompleteBody", async () => {
      const server = await serve(fileServer("short"));
      const stream = await hostileClient(server).downloadTaskFile("j", "t", "stdout.txt", { ocpRange: "bytes=2-9" });
      assertBatchError(await caught(() => readAll(stream)), "IncompleteBody");
    });

    it("a ranged download answered with another range → RangeNotSatisfied", async () => {
      const server = await serve((_q, r) =>
        sendRaw(r, 200, FILE.subarray(0, 8), "application/octet-stream", {
          "content-range": `bytes 0-7/${FILE.length}`,
        }),
      );
      assertBatchError(
        await caught(() => hostileClient(server).downloadTaskFile("j", "t", "f", { ocpRange: "bytes=2-9" })),
        "RangeNotSatisfied",
      );
    });
  });

  describe("createTasks", () => {
    const tasks = [
      { id: "t1", commandLine: "echo" },
      { id: "t2", commandLine: "echo" },
    ];
    const created = (_q: unknown, r: Parameters<Handler>[1]): void =>
      sendJson(r, 200, { value: tasks.map((t) => ({ taskId: t.id, status: "success", eTag: "e", url: "u" })) });

    it("a Retry-After of 3600 s is capped at maxRetryDelayInMs", async () => {
      let n = 0;
      const server = await serve((q, r) =>
        n++ === 0 ? sendJson(r, 503, { code: "ServerBusy" }, { "retry-after": "3600" }) : created(q, r),
      );
      const result = await hostileClient(server).createTasks("job", tasks, {
        maxRetryDelayInMs: 50,
        retryDelayInMs: 1,
      });
      assert.strictEqual(result.created, 2);
      assert.lengthOf(server.received, 2);
    });

    it("an abort while waiting out a Retry-After ends the call promptly, with the report", async () => {
      const server = await serve((_q, r) => sendJson(r, 503, { code: "ServerBusy" }, { "retry-after": "3600" }));
      const controller = new AbortController();
      const e = await caught(() =>
        hostileClient(server).createTasks("job", tasks, {
          maxRetryDelayInMs: 3_600_000,
          abortSignal: controller.signal,
          onProgress: () => setImmediate(() => controller.abort()),
        }),
      );
      assert.instanceOf(e, CreateTasksError);
      const report = (e as CreateTasksError).result;
      assert.isTrue(report.aborted);
      assert.strictEqual(report.created, 0);
      assert.deepEqual(
        report.failed.map((f) => [f.task.id, f.code]),
        [
          ["t1", "Aborted"],
          ["t2", "Aborted"],
        ],
      );
    });

    it("an abort while a request is in flight (silent server) ends the call promptly", async () => {
      const server = await serve(() => undefined);
      const controller = new AbortController();
      const call = hostileClient(server).createTasks("job", tasks, {
        abortSignal: controller.signal,
        requestTimeoutInMs: 60_000,
      });
      await new Promise<void>((resolve) => {
        const wait = (): void => (server.received.length > 0 ? resolve() : void setTimeout(wait, 5));
        wait();
      });
      controller.abort();
      const e = await caught(() => call);
      assert.instanceOf(e, CreateTasksError);
      assert.deepEqual(
        (e as CreateTasksError).failed.map((f) => f.code),
        ["Aborted", "Aborted"],
      );
    });

    it("a dripping server is bounded by requestTimeoutInMs, then retried", async () => {
      let n = 0;
      const server = await serve((q, r) => (n++ === 0 ? drip(r, "application/json") : created(q, r)));
      const result = await hostileClient(server).createTasks("job", tasks, {
        requestTimeoutInMs: 150,
        retryDelayInMs: 1,
        maxRetryDelayInMs: 10,
      });
      assert.strictEqual(result.created, 2);
      assert.strictEqual(result.retried, 2);
    });

    it("an HTML 200 from a proxy → the tasks are not counted as created", async () => {
      const server = await serve((_q, r) => sendRaw(r, 200, "<html></html>", "text/html"));
      const result = await hostileClient(server).createTasks("job", tasks, { maxRetries: 0, throwOnFailure: false });
      assert.strictEqual(result.created, 0);
      assert.deepEqual(
        result.failed.map((f) => f.code),
        ["UnexpectedContentType", "UnexpectedContentType"],
      );
    });
  });
});

/// <reference types="mocha" />
// Secrets never leave in logs or errors. With AZURE_LOG_LEVEL=verbose and a logger that captures
// every line, a client (shared key, then bearer token) runs successful and failing calls (a read,
// a listing over two pages, a download, createTasks with SAS resource files) against a loopback
// server that echoes what a real service echoes (the signature in AuthenticationFailed, SAS URLs
// in errors). Every captured log line, and every thrown error's message, stack, JSON.stringify and
// util.inspect, is searched for the account key, every signature and token the server received,
// and the SAS signature.

import { inspect } from "node:util";
import { assert } from "chai";
import { AzureLogger, setLogLevel, getLogLevel, type AzureLogLevel } from "@azure/logger";
import { isBatchError, type BatchError } from "../src/index.js";
import {
  HOSTILE_KEY,
  HOSTILE_TOKEN,
  hostileClient,
  sendJson,
  sendRaw,
  startServer,
  type HostileServer,
} from "./hostile/hostileServer.js";

const SAS_SIG = "c2FzLXNpZ25hdHVyZS1ub3QtYS1zZWNyZXQ%3D";
/** A query value: the logged URL redacts it, and nothing else in a log line may show it. */
const FILTER = "id eq 'logged-filter-value'";
const NODE_USER_PASSWORD = "node-user-password-not-a-secret";
const SAS_URL = `https://store.blob.core.windows.net/in/data.txt?sv=2025-01-05&sr=b&sp=r&sig=${SAS_SIG}`;

function handler(server: () => HostileServer): Parameters<typeof startServer>[0] {
  return (q, r) => {
    const url = new URL(q.url!, "http://x");
    const auth = String(q.headers.authorization ?? "");
    const echoed = auth.replace(/^\S+ /, "").replace(/^[^:]+:/, "");
    if (url.pathname === "/pools/p")
      return sendJson(r, 200, { id: "p", startTask: { commandLine: "x", resourceFiles: [{ httpUrl: SAS_URL }] } });
    if (url.pathname === "/pools/bad") {
      return sendJson(r, 403, {
        code: "AuthenticationFailed",
        message: {
          value: `Server failed to authenticate the request. The MAC signature found in the HTTP request '${echoed}' is not the same as any computed signature.`,
        },
        values: [
          {
            key: "AuthenticationErrorDetail",
            value: `The MAC signature found in the HTTP request '${echoed}' is not the same as any computed signature. Server used following string to sign: 'GET\n...'`,
          },
        ],
      });
    }
    // The same echo, cut short: a body labelled JSON that does not parse (the client quotes an excerpt).
    if (url.pathname === "/pools/truncated")
      return sendRaw(
        r,
        403,
        `{"code":"AuthenticationFailed","message":{"value":"The MAC signature found in the HTTP request '${echoed}' is not`,
        "application/json",
      );
    // A proxy's page echoing the signature where a 200-character excerpt would cut it.
    if (url.pathname === "/pools/cut") return sendRaw(r, 200, `proxy says: ${"x".repeat(170)} ${echoed}`, "text/html");
    // A proxy's page quoting a SAS URL, where a JSON object was expected.
    if (url.pathname === "/pools/html") return sendRaw(r, 200, `<html>proxy error for ${SAS_URL}</html>`, "text/html");
    // The SAS URL quoted HTML-escaped, JSON-escaped and percent-encoded.
    if (url.pathname === "/pools/escaped") {
      const escaped = [
        SAS_URL.replace(/&/g, "&amp;"),
        SAS_URL.replace(/&/g, "\\u0026"),
        encodeURIComponent(SAS_URL),
      ].join(" and ");
      return sendJson(r, 502, { code: "BadGateway", message: { value: `Upstream failed on ${escaped}` } });
    }
    // The connection dropped before any answer: the core's HTTP client throws with the request it sent.
    if (url.pathname.endsWith("/users")) {
      q.resume();
      return void q.socket.destroy();
    }
    if (url.pathname === "/pools" && url.searchParams.get("page") === "2")
      return sendJson(r, 200, { value: [{ id: "p2" }] });
    if (url.pathname === "/pools" && url.searchParams.has("$filter")) {
      return sendJson(r, 400, { code: "InvalidQueryParameterValue", message: { value: `Bad filter near ${SAS_URL}` } });
    }
    if (url.pathname === "/pools")
      return sendJson(r, 200, {
        value: [{ id: "p1" }],
        "odata.nextLink": `${server().url}/pools?page=2&api-version=2026-10-01`,
      });
    if (url.pathname === "/jobs/j/tasks/t/files/stdout.txt")
      return sendRaw(r, 200, "output", "application/octet-stream");
    if (url.pathname.startsWith("/jobs/j/tasks/t/files/"))
      return sendJson(r, 404, { code: "FileNotFound", message: { value: "no file" } });
    if (url.pathname === "/jobs/j/addtaskcollection")
      return sendJson(r, 200, { value: [{ taskId: "t1", status: "success" }] });
    if (url.pathname === "/jobs/bad/addtaskcollection") {
      return sendJson(r, 400, {
        code: "InvalidPropertyValue",
        message: { value: "bad resource file" },
        values: [{ key: "PropertyValue", value: SAS_URL }],
      });
    }
    sendJson(r, 500, { code: "InternalError", message: { value: "unexpected" } });
  };
}

describe("secrets stay out of logs and errors (AZURE_LOG_LEVEL=verbose, capturing logger)", function () {
  this.timeout(10_000);
  const lines: string[] = [];
  let previousLog: typeof AzureLogger.log;
  let previousLevel: AzureLogLevel | undefined;
  let previousEnv: string | undefined;

  before(() => {
    previousEnv = process.env.AZURE_LOG_LEVEL;
    previousLevel = getLogLevel();
    previousLog = AzureLogger.log;
    process.env.AZURE_LOG_LEVEL = "verbose";
    setLogLevel("verbose");
    AzureLogger.log = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === "string" ? a : inspect(a, { depth: 6 }))).join(" "));
    };
  });
  after(() => {
    AzureLogger.log = previousLog;
    setLogLevel(previousLevel);
    if (previousEnv === undefined) delete process.env.AZURE_LOG_LEVEL;
    else process.env.AZURE_LOG_LEVEL = previousEnv;
  });

  for (const bearer of [false, true]) {
    it(`${bearer ? "bearer token" : "shared key"}: successful and failed reads, listings, downloads and createTasks`, async () => {
      lines.length = 0;
      let server: HostileServer | undefined;
      server = await startServer(
        handler(() => server!),
        bearer,
      );
      try {
        const client = hostileClient(server, { bearer, requestTimeoutInMs: 2_000 });
        const errors: unknown[] = [];
        const failing = async (fn: () => Promise<unknown>): Promise<void> => {
          try {
            await fn();
            assert.fail("expected a failure");
          } catch (e) {
            errors.push(e);
          }
        };

        // Successes.
        assert.strictEqual((await client.getPool("p")).startTask?.resourceFiles?.[0]?.httpUrl, SAS_URL);
        const ids: string[] = [];
        for await (const pool of client.listPools()) ids.push(pool.id!);
        assert.deepEqual(ids, ["p1", "p2"]);
        const stream = await client.downloadTaskFile("j", "t", "stdout.txt");
        for await (const _ of stream) void _;
        const created = await client.createTasks("j", [
          { id: "t1", commandLine: "x", resourceFiles: [{ httpUrl: SAS_URL }] },
        ]);
        assert.strictEqual(created.created, 1);

        // Failures.
        await failing(() => client.getPool("bad"));
        await failing(async () => {
          for await (const _ of client.listPools({ filter: FILTER })) void _;
        });
        await failing(() => client.downloadTaskFile("j", "t", "missing.txt"));
        await failing(() =>
          client.createTasks("bad", [{ id: "t1", commandLine: "x", resourceFiles: [{ httpUrl: SAS_URL }] }], {
            maxRetries: 0,
          }),
        );
        await failing(() => client.getPool("truncated"));
        await failing(() => client.getPool("html"));
        await failing(() => client.getPool("escaped"));
        await failing(() => client.getPool("cut"));
        await failing(() => client.createNodeUser("p", "n", { name: "admin", password: NODE_USER_PASSWORD }));
        assert.lengthOf(errors, 9);
        assert.include((errors[4] as BatchError).message, "REDACTED", "the truncated echo is quoted, redacted");
        assert.include((errors[5] as BatchError).message, "sig=REDACTED", "the proxy's page is quoted, redacted");
        assert.strictEqual((errors[6] as BatchError).code, "BadGateway");

        // The secrets: the key, every signature or token the server received, the SAS signature.
        const secrets = new Set<string>([
          HOSTILE_KEY,
          SAS_SIG,
          decodeURIComponent(SAS_SIG),
          // The signature's text without its encoded padding, as a percent-encoded URL quotes it.
          SAS_SIG.replace(/%3D$/, ""),
          NODE_USER_PASSWORD,
        ]);
        for (const received of server.received) {
          const auth = String(received.headers.authorization ?? "");
          assert.match(auth, bearer ? /^Bearer / : /^SharedKey hostile:/);
          const secret = auth.replace(/^\S+ /, "").replace(/^[^:]+:/, "");
          secrets.add(secret);
          // Its start too: an excerpt that cut it must not show half of it.
          secrets.add(secret.slice(0, 16));
        }
        if (bearer) assert.isTrue(secrets.has(HOSTILE_TOKEN));
        assert.isAbove(secrets.size, bearer ? 3 : 5, "the key, the SAS signature and what the server received");

        assert.isAbove(lines.length, 10, "the logger captured the calls");
        for (const line of lines) assert.notInclude(line, "logged-filter-value", "a log line shows a query value");
        assert.isTrue(lines.some((l) => /Request:|Response status code/.test(l)));
        const texts: Array<[string, string]> = lines.map((l, i) => [`log line ${i}`, l]);
        for (const [i, e] of errors.entries()) {
          const error = e as Error;
          texts.push([`error ${i} message`, error.message], [`error ${i} stack`, String(error.stack)]);
          texts.push([`error ${i} JSON`, JSON.stringify(error)], [`error ${i} inspect`, inspect(error)]);
          const { request } = error as { request?: unknown };
          texts.push(
            [`error ${i} request`, inspect(request, { depth: 6 })],
            [`error ${i} request JSON`, String(JSON.stringify(request))],
          );
          const cause = (error as { cause?: unknown }).cause;
          if (cause) texts.push([`error ${i} cause`, inspect(cause)]);
        }
        for (const [where, text] of texts) {
          for (const secret of secrets) assert.notInclude(text, secret, `${where} leaks a secret`);
        }

        // Shared-key debugging: the AuthenticationFailed error carries the string to sign, not the key.
        const auth = errors[0] as BatchError;
        assert.isTrue(isBatchError(auth));
        assert.strictEqual(auth.code, "AuthenticationFailed");
        if (bearer) {
          assert.isUndefined(auth.stringToSign);
        } else {
          assert.match(auth.stringToSign!, /^GET\n/);
          assert.include(auth.stringToSign!, "/hostile/pools/bad");
          assert.include(inspect(auth), "stringToSign");
          for (const secret of secrets) assert.notInclude(auth.stringToSign!, secret);
        }
      } finally {
        await server.close();
      }
    });
  }
});

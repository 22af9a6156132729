import { expect } from "chai";
import http from "node:http";
import { MAX_BODY_BYTES } from "../src/bodyReader.js";
import type { RunningEmulator } from "../src/index.js";
import { MAX_JSON_DEPTH } from "../src/jsonDepth.js";
import { MAX_FILTER_DEPTH } from "../src/odata.js";
import { withoutDescriptorPaths } from "../src/server.js";
import { API, sharedKey, start, TestClient } from "./helpers.js";

/** A response read by {@link raw}. */
interface RawResponse {
  status: number;
  json: any;
}

/**
 * Sends a request with full control of Host and body. With `bodyBytes`, that many bytes are
 * written (chunked encoding) and the request is then held open, never ended: only a server that
 * answers before the body is complete can answer it.
 */
function raw(
  emu: RunningEmulator,
  method: string,
  path: string,
  opts: {
    host?: string;
    sign?: boolean;
    headers?: Record<string, string>;
    bodyBytes?: number;
    contentLength?: number;
    body?: string;
  } = {},
): Promise<RawResponse> {
  const url = new URL(emu.endpoint);
  const fullPath = `${path}${path.includes("?") ? "&" : "?"}api-version=${API}`;
  const headers: Record<string, string> = { "ocp-date": new Date().toUTCString(), ...opts.headers };
  if (opts.host !== undefined) headers.host = opts.host;
  if (opts.body !== undefined) headers["content-length"] = String(Buffer.byteLength(opts.body));
  if (opts.contentLength !== undefined) headers["content-length"] = String(opts.contentLength);
  if (opts.body !== undefined || opts.bodyBytes !== undefined)
    headers["content-type"] = "application/json; odata=minimalmetadata";
  if (opts.sign !== false) {
    const u = new URL(`http://x${fullPath}`);
    headers.authorization = sharedKey(
      method,
      u.pathname,
      [...u.searchParams.entries()],
      headers,
      emu.accountName,
      emu.accountKey,
    );
  }
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request({ host: url.hostname, port: url.port, method, path: fullPath, headers }, (res) => {
      answered = true;
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => {
        let json: unknown;
        try {
          json = text ? JSON.parse(text) : undefined;
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on("error", (e) => (answered ? undefined : reject(e)));
    if (opts.body !== undefined) {
      req.end(opts.body);
      return;
    }
    if (opts.bodyBytes === undefined) {
      if (opts.contentLength === undefined) req.end();
      // else: declare a body and never send it; only an answer without reading can finish this.
      else req.flushHeaders();
      return;
    }
    // Held open: the request is never ended; it is destroyed once the answer is read.
    req.on("response", (res) => res.on("end", () => req.destroy()));
    req.write(Buffer.alloc(opts.bodyBytes, 0x20));
  });
}

function nested(depth: number): string {
  return "[".repeat(depth) + "1" + "]".repeat(depth);
}

describe("emulator: hostile requests", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  before(async () => {
    ({ emu, client } = await start({ hostNames: ["batch.devbox.test"] }));
  });
  after(() => emu.close());

  describe("Host header (DNS rebinding)", () => {
    it("serves its own names: 127.0.0.1, localhost, [::1] (with or without port) and configured ones", async () => {
      const port = new URL(emu.endpoint).port;
      for (const host of [
        `127.0.0.1:${port}`,
        `localhost:${port}`,
        "localhost",
        `[::1]:${port}`,
        `LOCALHOST:${port}`,
        `batch.devbox.test:${port}`,
      ]) {
        const r = await raw(emu, "GET", "/pools", { host });
        expect(r.status, host).to.equal(200);
      }
    });

    it("answers any other name with 400 InvalidHeaderValue, before authentication and without running anything", async () => {
      const port = new URL(emu.endpoint).port;
      for (const host of [
        `evil.example:${port}`,
        "127.0.0.1.evil.example",
        `localhost.evil.example:${port}`,
        "10.0.0.5",
        "[::2]",
        "a b",
        "localhost@evil.example",
      ]) {
        const r = await raw(emu, "POST", "/pools", {
          host,
          body: JSON.stringify({
            id: "rebound",
            vmSize: "x",
            virtualMachineConfiguration: { imageReference: {}, nodeAgentSKUId: "n" },
          }),
        });
        expect(r.status, host).to.equal(400);
        expect(r.json?.code, host).to.equal("InvalidHeaderValue");
        expect(r.json.values).to.deep.include({ key: "HeaderName", value: "Host" });
      }
      expect((await client.get("/pools/rebound")).status).to.equal(404);
    });
  });

  describe("authentication before the body", () => {
    it("refuses an unsigned request that declares a body it never sends, without waiting for the body", async () => {
      // If the server read the body first, this request would never be answered.
      const r = await raw(emu, "POST", "/pools", { sign: false, contentLength: 500_000 });
      expect(r.status).to.equal(403);
      expect(r.json.code).to.equal("AuthenticationFailed");
    });

    it("refuses an unsigned streamed body that has not ended", async () => {
      const r = await raw(emu, "POST", "/pools", { sign: false, bodyBytes: 64 * 1024 });
      expect(r.status).to.equal(403);
    });
  });

  describe("Expect: 100-continue", () => {
    const ask = (sign: boolean) =>
      new Promise<{ continued: boolean; status: number }>((resolve, reject) => {
        const url = new URL(emu.endpoint);
        const body = JSON.stringify({ id: sign ? "continued" : "never", poolInfo: { poolId: "p" } });
        const path = `/jobs?api-version=${API}`;
        const headers: Record<string, string> = {
          "ocp-date": new Date().toUTCString(),
          "content-type": "application/json",
          "content-length": String(body.length),
          expect: "100-continue",
        };
        if (sign) {
          const u = new URL(`http://x${path}`);
          headers.authorization = sharedKey(
            "POST",
            u.pathname,
            [...u.searchParams.entries()],
            headers,
            emu.accountName,
            emu.accountKey,
          );
        }
        let continued = false;
        const req = http.request({ host: url.hostname, port: url.port, method: "POST", path, headers }, (res) => {
          res.resume();
          res.on("end", () => resolve({ continued, status: res.statusCode ?? 0 }));
        });
        req.on("continue", () => {
          continued = true;
          req.end(body);
        });
        req.on("error", reject);
        req.flushHeaders();
      });

    it("sends 100 Continue only to an authenticated request", async () => {
      expect(await ask(false)).to.deep.equal({ continued: false, status: 403 });
      expect(await ask(true)).to.deep.equal({ continued: true, status: 201 });
    });
  });

  describe("body cap", () => {
    it("answers a declared Content-Length of 1 MB or more with 413 without reading the body", async () => {
      const r = await raw(emu, "POST", "/jobs", { contentLength: MAX_BODY_BYTES });
      expect(r.status).to.equal(413);
      expect(r.json.code).to.equal("RequestBodyTooLarge");
    });

    it("answers a streamed (chunked) body with 413 as soon as it reaches 1 MB, while the client is still sending", async () => {
      const r = await raw(emu, "POST", "/jobs", { bodyBytes: MAX_BODY_BYTES + 64 * 1024 });
      expect(r.status).to.equal(413);
      expect(r.json.code).to.equal("RequestBodyTooLarge");
      // The server still answers afterwards.
      expect((await client.get("/pools")).status).to.equal(200);
    });

    it("accepts a body just under the cap", async () => {
      const body = JSON.stringify({ id: "under-cap", poolInfo: { poolId: "p" }, displayName: "d" });
      const padded = body.slice(0, -1) + " ".repeat(MAX_BODY_BYTES - 1 - Buffer.byteLength(body)) + "}";
      expect(Buffer.byteLength(padded)).to.equal(MAX_BODY_BYTES - 1);
      const r = await raw(emu, "POST", "/jobs", { body: padded });
      expect(r.status).to.equal(201);
    });
  });

  describe("JSON nesting", () => {
    it("refuses a pool holding a 20,000-deep nested value with 400, and the pool list keeps working", async () => {
      const body = `{"id":"deep","vmSize":"standard_d2s_v3","virtualMachineConfiguration":{"imageReference":{},"nodeAgentSKUId":"batch.node.ubuntu 24.04"},"metadata":[{"name":"x","value":"v"}],"startTask":{"commandLine":"true","x":${nested(20_000)}}}`;
      const r = await client.post("/pools", body);
      expect(r.status).to.equal(400);
      expect(r.json.code).to.equal("InvalidRequestBody");
      expect((await client.get("/pools/deep")).status).to.equal(404);
      const list = await client.get("/pools");
      expect(list.status).to.equal(200);
    });

    it(`accepts ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}, brackets inside strings not counted`, async () => {
      const at = (depth: number) =>
        `{"id":"nest${depth}","poolInfo":{"poolId":"p"},"metadata":[{"name":"n","value":"${"[".repeat(500)}"}],"x":${nested(depth - 1)}}`;
      expect((await client.post("/jobs", at(MAX_JSON_DEPTH))).status).to.equal(201);
      const refused = await client.post("/jobs", at(MAX_JSON_DEPTH + 1));
      expect(refused.status).to.equal(400);
      expect(refused.json.code).to.equal("InvalidRequestBody");
    });
  });

  describe("$filter nesting", () => {
    it("refuses a deeply nested $filter with 400, never 500", async () => {
      for (const filter of [
        "(".repeat(1500) + "id eq 'a'" + ")".repeat(1500),
        "not ".repeat(1500) + "id eq 'a'",
        "(".repeat(MAX_FILTER_DEPTH + 1) + "id eq 'a'" + ")".repeat(MAX_FILTER_DEPTH + 1),
      ]) {
        const r = await client.get("/pools", { query: { $filter: filter } });
        expect(r.status).to.equal(400);
        expect(r.json.code).to.equal("InvalidQueryParameterValue");
      }
    });

    it(`accepts ${MAX_FILTER_DEPTH} levels and long flat and/or chains`, async () => {
      const ok = await client.get("/pools", {
        query: { $filter: "(".repeat(MAX_FILTER_DEPTH) + "id eq 'a'" + ")".repeat(MAX_FILTER_DEPTH) },
      });
      expect(ok.status).to.equal(200);
      const chain = Array.from({ length: 600 }, (_, i) => `id eq 'p${i}'`).join(" or ");
      const long = await client.get("/pools", { query: { $filter: chain } });
      expect(long.status).to.equal(200);
    });
  });
});

describe("emulator: internal error messages", () => {
  it("name no descriptor path (EMFILE and the like quote the /proc path of a file being opened)", () => {
    expect(withoutDescriptorPaths("EMFILE: too many open files, open '/proc/self/fd/20/nodes'")).to.equal(
      "EMFILE: too many open files, open (a file of the data directory)",
    );
    expect(withoutDescriptorPaths("ENXIO: no such device or address, open '/proc/123/fd/36/sock'")).to.equal(
      "ENXIO: no such device or address, open (a file of the data directory)",
    );
    expect(withoutDescriptorPaths("plain message")).to.equal("plain message");
  });
});

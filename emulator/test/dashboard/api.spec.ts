import { expect } from "chai";
import http from "node:http";
import https from "node:https";
import type { RunningEmulator } from "../../src/index.js";
import { FILE_SLICE_BYTES, wholeCharacters } from "../../src/dashboard/api.js";
import { FAULTS_PATH } from "../../src/server.js";
import { start, TestClient } from "../helpers.js";

/** Sends a GET (or another method) with an explicit Host header, which fetch cannot set. */
function rawGet(
  emu: RunningEmulator,
  path: string,
  host: string,
  method = "GET",
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  const url = new URL(emu.endpoint);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path, headers: { host } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("emulator: dashboard API", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  let host: string;
  before(async () => {
    ({ emu, client } = await start());
    host = new URL(emu.endpoint).host;
    await client.createPool("dp", 2, { taskSlotsPerNode: 2 });
    await client.createJob("dj", "dp");
    const ok = await client.post("/jobs/dj/tasks", {
      id: "ok",
      commandLine: "/bin/sh -c 'printf \"h\\303\\251llo\\n\"; echo oops >&2'",
      environmentSettings: [{ name: "GREETING", value: "hi" }],
    });
    expect(ok.status).to.equal(201);
    expect((await client.post("/jobs/dj/tasks", { id: "bad", commandLine: "/bin/sh -c 'exit 3'" })).status).to.equal(
      201,
    );
    await client.waitTask("dj", "ok");
    await client.waitTask("dj", "bad");
  });
  after(() => emu.close());

  it("refuses Host headers that do not name this machine, on every dashboard path", async () => {
    for (const path of [
      "/",
      "/_dashboard/app.js",
      "/_dashboard/api/overview",
      "/_dashboard/api/jobs/dj/tasks/ok/files/stdout.txt",
    ]) {
      for (const foreign of [
        "evil.example",
        `evil.example:${new URL(emu.endpoint).port}`,
        "127.0.0.1.evil.example",
        "10.0.0.1",
        "[::2]",
      ]) {
        const r = await rawGet(emu, path, foreign);
        expect(r.status, `${path} with Host ${foreign}`).to.equal(403);
        expect(JSON.parse(r.text).code).to.equal("DashboardLoopbackOnly");
      }
    }
    for (const loopback of [host, `localhost:${new URL(emu.endpoint).port}`, "localhost", "127.0.0.5"]) {
      expect((await rawGet(emu, "/_dashboard/api/overview", loopback)).status, loopback).to.equal(200);
    }
  });

  it("serves the page, the bundle and the overview; pools with nodes, jobs with counts", async () => {
    const page = await rawGet(emu, "/", host);
    expect(page.status).to.equal(200);
    expect(page.headers["content-type"]).to.match(/^text\/html/);
    expect(page.headers["content-security-policy"]).to.contain("default-src 'self'");
    expect(page.text).to.contain('src="/_dashboard/app.js"');
    const js = await rawGet(emu, "/_dashboard/app.js", host);
    expect(js.status).to.equal(200);
    expect(js.headers["content-type"]).to.match(/^text\/javascript/);
    expect(js.text.length).to.be.greaterThan(1000);
    const overview = JSON.parse((await rawGet(emu, "/_dashboard/api/overview", host)).text);
    expect(overview.accountName).to.equal(emu.accountName);
    const pool = overview.pools.find((p: { id: string }) => p.id === "dp");
    expect(pool).to.include({ taskSlotsPerNode: 2, targetNodes: 2, vmSize: "standard_d2s_v3" });
    expect(pool.nodes).to.have.length(2);
    expect(pool.nodes.every((n: { state: string }) => n.state === "idle")).to.equal(true);
    const total = pool.nodes.reduce((s: number, n: { totalTasksRun: number }) => s + n.totalTasksRun, 0);
    expect(total).to.equal(2);
    const job = overview.jobs.find((j: { id: string }) => j.id === "dj");
    expect(job).to.deep.include({
      poolId: "dp",
      counts: { active: 0, running: 0, completed: 2, succeeded: 1, failed: 1 },
    });
  });

  it("lists a job's tasks and shows one task's detail", async () => {
    const list = JSON.parse((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks", host)).text);
    expect(list.truncated).to.equal(false);
    const byId = Object.fromEntries(list.tasks.map((t: { id: string }) => [t.id, t]));
    expect(byId.ok).to.include({ state: "completed", exitCode: 0, result: "success" });
    expect(byId.bad).to.include({ state: "completed", exitCode: 3, result: "failure" });
    expect(byId.ok.durationMs).to.be.a("number").and.at.least(0);
    const detail = JSON.parse((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok", host)).text);
    expect(detail.commandLine).to.contain("printf");
    expect(detail.environment).to.deep.equal([{ name: "GREETING", value: "hi" }]);
    expect(detail).to.include({ jobId: "dj", poolId: "dp", exitCode: 0 });
    expect(detail.startTime).to.be.a("string");
    expect((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/nope", host)).status).to.equal(404);
    expect((await rawGet(emu, "/_dashboard/api/jobs/nojob/tasks", host)).status).to.equal(404);
  });

  it("reads stdout.txt and stderr.txt from an offset, and refuses other files and bad offsets", async () => {
    const out = JSON.parse((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/stdout.txt", host)).text);
    expect(out).to.deep.equal({ exists: true, size: 7, offset: 0, nextOffset: 7, text: "héllo\n" });
    const rest = JSON.parse(
      (await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/stdout.txt?offset=3", host)).text,
    );
    expect(rest).to.include({ offset: 3, nextOffset: 7, text: "llo\n" });
    const end = JSON.parse(
      (await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/stdout.txt?offset=7", host)).text,
    );
    expect(end).to.include({ offset: 7, nextOffset: 7, text: "" });
    const err = JSON.parse(
      (await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/stderr.txt?offset=0", host)).text,
    );
    expect(err.text).to.equal("oops\n");
    expect((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/wd", host)).status).to.equal(404);
    expect((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/..%2F..%2Fsecret", host)).status).to.equal(404);
    expect((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/stdout.txt?offset=-1", host)).status).to.equal(
      400,
    );
    expect((await rawGet(emu, "/_dashboard/api/jobs/dj/tasks/ok/files/stdout.txt?offset=x", host)).status).to.equal(
      400,
    );
  });

  it("never returns the account key, on any page, bundle or API answer", async () => {
    const decodedKey = Buffer.from(emu.accountKey, "base64").toString("latin1");
    const paths = [
      "/",
      "/_dashboard/app.js",
      "/_dashboard/app.css",
      "/_dashboard/api/overview",
      "/_dashboard/api/jobs/dj/tasks",
      "/_dashboard/api/jobs/dj/tasks/ok",
      "/_dashboard/api/jobs/dj/tasks/ok/files/stdout.txt",
      "/_dashboard/api/jobs/dj/tasks/nope",
      "/_dashboard/api/nothing",
    ];
    for (const path of paths) {
      const r = await rawGet(emu, path, host);
      const all = r.text + JSON.stringify(r.headers);
      expect(all, path).not.to.contain(emu.accountKey);
      expect(all, path).not.to.contain(decodedKey);
      expect(all.toLowerCase(), path).not.to.contain("sharedkey");
    }
  });

  it("is read-only: other methods get 405, unknown paths 404", async () => {
    expect((await rawGet(emu, "/_dashboard/api/overview", host, "POST")).status).to.equal(405);
    expect((await rawGet(emu, "/_dashboard/api/overview", host, "DELETE")).status).to.equal(405);
    expect((await rawGet(emu, "/_dashboard/api/pools/dp", host)).status).to.equal(404);
    expect((await rawGet(emu, "/_dashboard/nothing.js", host)).status).to.equal(404);
    expect((await rawGet(emu, "/_dashboard/api/overview", host, "HEAD")).status).to.equal(200);
  });

  it("leaves every other path to the Batch API", async () => {
    const pools = await client.get("/pools");
    expect(pools.status).to.equal(200);
    expect((await rawGet(emu, "/pools?api-version=2026-10-01", host)).status).to.equal(403);
  });

  it("is off with dashboard: false: / is the Batch API's (unauthenticated: 403 AuthenticationFailed)", async () => {
    const { emu: off } = await start({ dashboard: false });
    try {
      expect(off.dashboardUrl).to.equal(undefined);
      const r = await rawGet(off, "/", new URL(off.endpoint).host);
      expect(r.status).to.equal(403);
      expect(JSON.parse(r.text).code).to.equal("AuthenticationFailed");
      expect((await rawGet(off, "/_dashboard/api/overview", new URL(off.endpoint).host)).status).to.equal(403);
    } finally {
      await off.close();
    }
  });
});

describe("emulator: dashboard with fault injection on", () => {
  it("reads without faults and without moving the seeded fault sequence; clients still get the faults", async () => {
    const { emu, client } = await start({ faults: { seed: 7, rules: [{ fractions: { serverBusy: 1 } }] } });
    try {
      const host = new URL(emu.endpoint).host;
      for (let i = 0; i < 3; i++) expect((await rawGet(emu, "/_dashboard/api/overview", host)).status).to.equal(200);
      const before = (await client.get(FAULTS_PATH)).json.counters;
      expect(before.matched).to.equal(0);
      const r = await client.get("/pools");
      expect(r.status).to.equal(503);
      expect(r.json.code).to.equal("ServerBusy");
      expect((await client.get(FAULTS_PATH)).json.counters.matched).to.equal(1);
      // The header that marks the dashboard's reads does not help a client that guesses a value.
      expect((await client.get("/pools", { headers: { "x-azbatch-dashboard-read": "guess" } })).status).to.equal(503);
    } finally {
      await emu.close();
    }
  });
});

describe("emulator: dashboard over HTTPS", () => {
  it("reads the Batch API over TLS when the emulator serves HTTPS", async () => {
    const { emu } = await start({ https: true });
    try {
      const url = new URL(emu.endpoint);
      expect(url.protocol).to.equal("https:");
      const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        https
          .get(
            { host: url.hostname, port: url.port, path: "/_dashboard/api/overview", ca: emu.tls!.certificate },
            (res) => {
              let body = "";
              res.setEncoding("utf8");
              res.on("data", (c: string) => (body += c));
              res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
            },
          )
          .on("error", reject);
      });
      expect(status.status, status.body).to.equal(200);
      expect(JSON.parse(status.body)).to.have.property("pools");
    } finally {
      await emu.close();
    }
  });
});

describe("emulator: dashboard file slices", () => {
  it("ends a slice on a whole UTF-8 character", () => {
    const text = Buffer.from("aé€😀", "utf8"); // 1 + 2 + 3 + 4 bytes
    expect(wholeCharacters(text)).to.equal(10);
    expect(wholeCharacters(text.subarray(0, 2))).to.equal(1); // é cut
    expect(wholeCharacters(text.subarray(0, 5))).to.equal(3); // € cut after 2 of 3
    expect(wholeCharacters(text.subarray(0, 9))).to.equal(6); // 😀 cut after 3 of 4
    expect(wholeCharacters(Buffer.alloc(0))).to.equal(0);
    expect(FILE_SLICE_BYTES).to.be.greaterThan(1024);
  });
});

describe("emulator: dashboard API on all interfaces, reached through another loopback address", () => {
  let emu: RunningEmulator;
  before(async () => {
    ({ emu } = await start({ host: "0.0.0.0" }));
  });
  after(() => emu.close());

  it("answers through 127.0.0.2 as through 127.0.0.1 (its own reads name a loopback host)", async function () {
    if (process.platform !== "linux") this.skip(); // 127.0.0.0/8 is all loopback on Linux
    const port = new URL(emu.endpoint).port;
    for (const address of ["127.0.0.1", "127.0.0.2"]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          { host: address, port, path: "/_dashboard/api/overview", headers: { host: `${address}:${port}` } },
          (res) => {
            res.resume();
            res.on("end", () => resolve(res.statusCode ?? 0));
          },
        );
        req.on("error", reject);
        req.end();
      });
      expect(status, address).to.equal(200);
    }
  });
});

import { expect } from "chai";
import { symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ManualClock, RunningEmulator } from "../src/index.js";
import { MAX_LIST_DEPTH } from "../src/resources/files.js";
import { start, TestClient, waitFor } from "./helpers.js";

describe("emulator: task and node files", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  let clock: ManualClock;
  let nodeId: string;
  let taskDir: string;
  before(async () => {
    ({ emu, client, clock } = await start());
    await client.createPool("fp", 1);
    await client.createJob("fj", "fp");
    await client.post("/jobs/fj/tasks", {
      id: "ft",
      commandLine:
        "/bin/sh -c 'printf 0123456789 > out.txt; mkdir -p sub/deeper; echo nested > sub/deeper/n.txt; echo done'",
    });
    const task = await client.waitTask("fj", "ft");
    nodeId = task.nodeInfo.nodeId;
    taskDir = join(emu.dataDir, "nodes", nodeId, "workitems", "fj", "job-1", "ft");
    await writeFile(join(emu.dataDir, "secret.txt"), "top secret");
    await symlink(join(emu.dataDir, "secret.txt"), join(taskDir, "wd", "escape"));
    await symlink(join(taskDir, "wd", "out.txt"), join(taskDir, "wd", "inner-link"));
  });
  after(() => emu.close());

  it("lists task files, top level and recursive", async () => {
    const top = (await client.get("/jobs/fj/tasks/ft/files")).json.value;
    expect(top.map((f: { name: string }) => f.name)).to.deep.equal(["stderr.txt", "stdout.txt", "wd"]);
    const all = (await client.get("/jobs/fj/tasks/ft/files", { query: { recursive: "true" } })).json.value;
    const names = all.map((f: { name: string }) => f.name);
    expect(names).to.include.members([
      "stdout.txt",
      "wd",
      "wd/out.txt",
      "wd/sub",
      "wd/sub/deeper",
      "wd/sub/deeper/n.txt",
    ]);
    const out = all.find((f: { name: string }) => f.name === "wd/out.txt");
    expect(out.isDirectory).to.equal(false);
    expect(out.url).to.equal(`${emu.endpoint}/jobs/fj/tasks/ft/files/wd/out.txt`);
    expect(out.properties).to.include({ contentLength: "10", contentType: "application/octet-stream" });
    expect(out.properties).to.have.keys("creationTime", "lastModified", "contentLength", "contentType", "fileMode");
    expect(all.find((f: { name: string }) => f.name === "wd/sub").isDirectory).to.equal(true);
    const filtered = (
      await client.get("/jobs/fj/tasks/ft/files", {
        query: { recursive: "true", $filter: "startswith(name,'wd/sub')" },
      })
    ).json.value;
    expect(filtered.every((f: { name: string }) => f.name.startsWith("wd/sub"))).to.equal(true);
  });

  it(`a recursive listing descends at most ${MAX_LIST_DEPTH} levels of a deeper tree`, async () => {
    await client.post("/jobs/fj/tasks", {
      id: "deep",
      commandLine: "/bin/sh -c 'for i in $(seq 100); do mkdir d && cd d || exit 1; done; : > bottom'",
    });
    expect((await client.waitTask("fj", "deep")).executionInfo.result).to.equal("success");
    const all = (await client.get("/jobs/fj/tasks/deep/files", { query: { recursive: "true" } })).json.value;
    const dirs = all.map((f: { name: string }) => f.name).filter((n: string) => n.startsWith("wd/d"));
    // wd is level 1: its chain of d's is listed down to level MAX_LIST_DEPTH.
    expect(dirs).to.have.length(MAX_LIST_DEPTH - 1);
    expect(dirs.at(-1)).to.equal(
      `wd/${Array(MAX_LIST_DEPTH - 1)
        .fill("d")
        .join("/")}`,
    );
    const bottom = `wd/${Array(100).fill("d").join("/")}/bottom`;
    expect((await client.get(`/jobs/fj/tasks/deep/files/${bottom}`)).status).to.equal(200);
  });

  it("a Unix socket a task left is not served: 404 for GET and HEAD", async () => {
    const listen = `require('net').createServer().listen('sock', () => process.exit(0))`;
    await client.post("/jobs/fj/tasks", { id: "sock", commandLine: `${process.execPath} -e "${listen}"` });
    expect((await client.waitTask("fj", "sock")).executionInfo.result).to.equal("success");
    for (const method of ["GET", "HEAD"]) {
      const r = await client.request(method, "/jobs/fj/tasks/sock/files/wd/sock");
      expect(r.status, method).to.equal(404);
    }
  });

  it("gets a file, a byte range (200 as the spec says) and its properties with HEAD", async () => {
    const whole = await client.get("/jobs/fj/tasks/ft/files/wd/out.txt");
    expect(whole.status).to.equal(200);
    expect(whole.text).to.equal("0123456789");
    const range = await client.get("/jobs/fj/tasks/ft/files/wd/out.txt", { headers: { "ocp-range": "bytes=2-5" } });
    expect(range.status).to.equal(200);
    expect(range.text).to.equal("2345");
    expect(range.headers.get("content-length")).to.equal("4");
    const open = await client.get("/jobs/fj/tasks/ft/files/wd/out.txt", { headers: { "ocp-range": "bytes=7-" } });
    expect(open.text).to.equal("789");
    const outside = await client.get("/jobs/fj/tasks/ft/files/wd/out.txt", { headers: { "ocp-range": "bytes=50-60" } });
    expect(outside.status).to.equal(416);
    expect(outside.json.code).to.equal("InvalidRange");
    const head = await client.request("HEAD", "/jobs/fj/tasks/ft/files/wd/out.txt");
    expect(head.status).to.equal(200);
    expect(head.headers.get("content-length")).to.equal("10");
    expect(head.headers.get("ocp-batch-file-isdirectory")).to.equal("false");
    expect(head.headers.get("ocp-batch-file-url")).to.equal(`${emu.endpoint}/jobs/fj/tasks/ft/files/wd/out.txt`);
    expect(head.headers.get("ocp-batch-file-mode")).to.match(/^[0-7]+$/);
    expect(head.headers.get("ocp-creation-time")).to.match(/GMT$/);
    expect(head.headers.get("last-modified")).to.match(/GMT$/);
    const dir = await client.request("HEAD", "/jobs/fj/tasks/ft/files/wd/sub");
    expect(dir.headers.get("ocp-batch-file-isdirectory")).to.equal("true");
    const missing = await client.get("/jobs/fj/tasks/ft/files/wd/nope.txt");
    expect(missing.status).to.equal(404);
    expect(missing.json.code).to.equal("FileNotFound");
    const inner = await client.get("/jobs/fj/tasks/ft/files/wd/inner-link");
    expect(inner.text).to.equal("0123456789");
  });

  it("answers 304 for If-Modified-Since on an unchanged file", async () => {
    const head = await client.request("HEAD", "/jobs/fj/tasks/ft/files/wd/out.txt");
    const r = await client.get("/jobs/fj/tasks/ft/files/wd/out.txt", {
      headers: { "if-modified-since": head.headers.get("last-modified")! },
    });
    expect(r.status).to.equal(304);
  });

  it("lists and reads node files", async () => {
    const top = (await client.get(`/pools/fp/nodes/${nodeId}/files`)).json.value.map((f: { name: string }) => f.name);
    expect(top).to.include.members(["shared", "startup", "workitems"]);
    const viaNode = await client.get(`/pools/fp/nodes/${nodeId}/files/workitems/fj/job-1/ft/wd/out.txt`);
    expect(viaNode.text).to.equal("0123456789");
  });

  describe("refuses paths outside the task or node directory", () => {
    it("'..' segments sent raw: 400 InvalidPropertyValue", async () => {
      const r = await client.rawRequest("GET", "/jobs/fj/tasks/ft/files/../../../../../secret.txt");
      expect(r.status).to.equal(400);
      expect(r.json.code).to.equal("InvalidPropertyValue");
      const n = await client.rawRequest("GET", `/pools/fp/nodes/${nodeId}/files/../../secret.txt`);
      expect(n.status).to.equal(400);
      expect(n.json.code).to.equal("InvalidPropertyValue");
    });

    it("encoded %2e%2e and %2F: 400 InvalidPropertyValue", async () => {
      const r = await client.rawRequest("GET", "/jobs/fj/tasks/ft/files/%2e%2e/%2E%2E/%2e%2e/%2e%2e/%2e%2e/secret.txt");
      expect(r.status).to.equal(400);
      expect(r.json.code).to.equal("InvalidPropertyValue");
      const slash = await client.rawRequest("GET", "/jobs/fj/tasks/ft/files/wd%2F..%2F..%2F..%2Fx");
      expect(slash.status).to.equal(400);
      const back = await client.rawRequest("GET", "/jobs/fj/tasks/ft/files/wd%5C..%5C..%5Cx");
      expect(back.status).to.equal(400);
    });

    it("absolute paths: 400 InvalidPropertyValue", async () => {
      const r = await client.rawRequest("GET", "/jobs/fj/tasks/ft/files/%2Fetc%2Fpasswd");
      expect(r.status).to.equal(400);
      expect(r.json.code).to.equal("InvalidPropertyValue");
      const drive = await client.rawRequest("GET", "/jobs/fj/tasks/ft/files/C:%5CWindows");
      expect(drive.status).to.equal(400);
    });

    it("symlinks pointing outside: 404 FileNotFound (GET, HEAD and DELETE)", async () => {
      const r = await client.get("/jobs/fj/tasks/ft/files/wd/escape");
      expect(r.status).to.equal(404);
      expect(r.json.code).to.equal("FileNotFound");
      expect((await client.request("HEAD", "/jobs/fj/tasks/ft/files/wd/escape")).status).to.equal(404);
      expect((await client.del("/jobs/fj/tasks/ft/files/wd/escape")).status).to.equal(404);
    });

    it("'..' on delete: 400", async () => {
      const r = await client.rawRequest("DELETE", "/jobs/fj/tasks/ft/files/../../../../../secret.txt");
      expect(r.status).to.equal(400);
    });
  });

  it("deletes files, and directories only with recursive=true", async () => {
    expect((await client.del("/jobs/fj/tasks/ft/files/wd/sub")).status).to.equal(409);
    expect((await client.del("/jobs/fj/tasks/ft/files/wd/sub", { query: { recursive: "true" } })).status).to.equal(200);
    expect((await client.get("/jobs/fj/tasks/ft/files/wd/sub/deeper/n.txt")).status).to.equal(404);
    expect((await client.del("/jobs/fj/tasks/ft/files/wd/out.txt")).status).to.equal(200);
    expect((await client.get("/jobs/fj/tasks/ft/files/wd/out.txt")).status).to.equal(404);
  });

  it("refuses files of a task that never ran", async () => {
    await client.createJob("fj2", "nopool");
    await client.post("/jobs/fj2/tasks", { id: "idle", commandLine: "true" });
    const r = await client.get("/jobs/fj2/tasks/idle/files");
    expect(r.status).to.equal(409);
    expect(r.json.code).to.equal("OperationInvalidForCurrentState");
  });

  it("deletes task files after the retention time", async () => {
    await client.post("/jobs/fj/tasks", { id: "short", commandLine: "true", constraints: { retentionTime: "PT0.3S" } });
    // The process runs in real time; the retention timer fires only when the clock moves.
    await waitFor(async () => (await client.get("/jobs/fj/tasks/short")).json.state === "completed");
    await clock.advance(299);
    expect((await client.get("/jobs/fj/tasks/short/files/stdout.txt")).status).to.equal(200);
    await clock.advance(1);
    await waitFor(async () => (await client.get("/jobs/fj/tasks/short/files/stdout.txt")).status === 404);
  });
});

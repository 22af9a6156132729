import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import https from "node:https";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_ACCOUNT_KEY } from "../src/index.js";
import { TestClient, waitFor } from "./helpers.js";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

describe("emulator: CLI", () => {
  let child: ChildProcess | undefined;
  let dataDir: string | undefined;
  // The CLI keeps the temporary data directory it makes: the suite gives its processes a temporary
  // directory of its own (TMPDIR), removed at the end.
  let savedTmpdir: string | undefined;
  let suiteTemp: string;
  before(async () => {
    savedTmpdir = process.env.TMPDIR;
    suiteTemp = await mkdtemp(join(tmpdir(), "azbatch-cli-suite-"));
    process.env.TMPDIR = suiteTemp;
  });
  after(async () => {
    if (savedTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmpdir;
    await rm(suiteTemp, { recursive: true, force: true });
  });
  afterEach(async () => {
    // Stopped as a user would (SIGTERM), so that it removes its own temporary data directory;
    // killed only if it does not exit within 10 s.
    if (child && child.exitCode === null && child.signalCode === null) {
      const running = child;
      const exited = new Promise((resolve) => running.once("exit", resolve));
      running.kill("SIGTERM");
      const fallback = setTimeout(() => running.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(fallback);
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("prints endpoint and dev account, runs tasks and stops cleanly on SIGTERM (killing running tasks)", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-cli-"));
    child = spawn(
      process.execPath,
      ["--import", "tsx", CLI, "--port", "0", "--data-dir", dataDir, "--node-delay-ms", "20"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    await waitFor(() => /account key:/.test(out), 15000);
    const endpoint = /endpoint:\s+(\S+)/.exec(out)![1]!;
    expect(endpoint).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out).to.contain("account name: devbatch");
    expect(out).to.contain(`account key:  ${DEV_ACCOUNT_KEY}`);
    expect(out).to.contain(`dashboard:    ${endpoint}/`);
    const emu = { endpoint, accountName: "devbatch", accountKey: DEV_ACCOUNT_KEY };
    const client = new TestClient(emu);
    await client.createPool("cp", 1);
    await client.createJob("cj", "cp");
    await client.post("/jobs/cj/tasks", {
      id: "sleeper",
      commandLine: "/bin/sh -c 'echo $$ > $AZ_BATCH_NODE_SHARED_DIR/pid; exec sleep 60'",
    });
    let pid = 0;
    await waitFor(async () => {
      const nodes = (await client.get("/pools/cp/nodes")).json.value;
      try {
        pid = Number((await readFile(join(dataDir!, "nodes", nodes[0].id, "shared", "pid"), "utf8")).trim());
      } catch {
        return false;
      }
      return pid > 0;
    });
    expect(() => process.kill(pid, 0)).to.not.throw();
    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exited).to.equal(0);
    await waitFor(() => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    }, 5000);
  });

  it("runs as the azbatch-emulator command (bin/), from a source checkout or a build", async () => {
    const bin = fileURLToPath(new URL("../bin/azbatch-emulator.js", import.meta.url));
    child = spawn(process.execPath, [bin, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    const code = await new Promise<number | null>((resolve) => child!.once("exit", resolve));
    expect(code).to.equal(0);
    expect(out).to.contain("azbatch-emulator: a local Azure Batch service");
  });

  it("serves HTTPS with --https, printing where the certificate is, and takes --oauth, --host-name and --faults", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-cli-"));
    const faults = JSON.stringify({ rules: [{ operation: "GET /supportedimages", fractions: { serverBusy: 1 } }] });
    child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        CLI,
        "--port",
        "0",
        "--data-dir",
        dataDir,
        "--https",
        "--oauth",
        "basic",
        "--host-name",
        "batch.devbox.test",
        "--faults",
        faults,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    await waitFor(() => /certificate:/.test(out), 15000);
    const endpoint = /endpoint:\s+(\S+)/.exec(out)![1]!;
    expect(endpoint).to.match(/^https:\/\/127\.0\.0\.1:\d+$/);
    const certPath = /certificate:\s+(\S+)/.exec(out)![1]!;
    expect(certPath).to.equal(join(dataDir, "tls", "cert.pem"));
    const ca = await readFile(certPath, "utf8");
    const port = new URL(endpoint).port;
    const get = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const claims = Buffer.from(
          JSON.stringify({
            aud: "https://batch.core.windows.net/",
            iss: "https://sts.windows.net/t/",
            exp: Math.floor(Date.now() / 1000) + 600,
          }),
        ).toString("base64url");
        https
          .get(
            {
              host: "127.0.0.1",
              port,
              path,
              ca,
              servername: "localhost",
              headers: {
                host,
                authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString("base64url")}.${claims}.`,
              },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          )
          .on("error", reject);
      });
    expect(await get("/pools?api-version=2026-10-01", `batch.devbox.test:${port}`)).to.equal(200);
    expect(await get("/pools?api-version=2026-10-01", `other.test:${port}`)).to.equal(400);
    expect(await get("/supportedimages?api-version=2026-10-01", `localhost:${port}`)).to.equal(503);
  });

  it("turns the dashboard off with --no-dashboard", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-cli-"));
    child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0", "--data-dir", dataDir, "--no-dashboard"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    await waitFor(() => /dashboard:/.test(out), 15000);
    expect(out).to.contain("dashboard:    off");
    const endpoint = /endpoint:\s+(\S+)/.exec(out)![1]!;
    const page = await fetch(`${endpoint}/`);
    expect(page.status).to.equal(403);
    expect(((await page.json()) as { code: string }).code).to.equal("AuthenticationFailed");
  });

  it("prints help", async () => {
    child = spawn(process.execPath, ["--import", "tsx", CLI, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    const code = await new Promise<number | null>((resolve) => child!.once("exit", resolve));
    expect(code).to.equal(0);
    expect(out).to.contain("--allow-any-token");
    for (const option of ["--https", "--cert", "--oauth", "--host-name", "--faults"]) expect(out).to.contain(option);
    expect(out).to.contain("--no-dashboard");
  });

  it("refuses an --auto-storage-blob-endpoint that is not a URL", async () => {
    child = spawn(
      process.execPath,
      ["--import", "tsx", CLI, "--port", "0", "--auto-storage-blob-endpoint", "not a url"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let err = "";
    child.stderr!.on("data", (c) => (err += c));
    const code = await new Promise<number | null>((resolve) => child!.once("exit", resolve));
    expect(code).to.equal(1);
    expect(err).to.contain("Invalid --auto-storage-blob-endpoint 'not a url'");
  });

  it("registers application packages from --application, --application-default and AZBATCH_EMULATOR_APPLICATIONS", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-cli-apps-"));
    const env = { ...process.env, AZBATCH_EMULATOR_APPLICATIONS: `other@2.0=${dataDir}; other@3=${dataDir}` };
    const args = [
      "--import",
      "tsx",
      CLI,
      "--port",
      "0",
      "--no-dashboard",
      "--application",
      `tool@1.0=${dataDir}`,
      "--application-default",
      "tool@1.0",
    ];
    child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"], env });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    await waitFor(() => /account key:/.test(out), 15000);
    const endpoint = /endpoint:\s+(\S+)/.exec(out)![1]!;
    const client = new TestClient({ endpoint, accountName: "devbatch", accountKey: DEV_ACCOUNT_KEY });
    expect((await client.get("/applications")).json.value).to.deep.equal([
      { id: "other", displayName: "other", versions: ["2.0", "3"] },
      { id: "tool", displayName: "tool", versions: ["1.0"] },
    ]);
    // tool has a default version, other has none.
    const pool = (refs: unknown[]) =>
      client.post("/pools", {
        id: "p",
        vmSize: "standard_d2s_v3",
        virtualMachineConfiguration: {
          imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
          nodeAgentSKUId: "batch.node.ubuntu 24.04",
        },
        targetDedicatedNodes: 0,
        applicationPackageReferences: refs,
      });
    expect((await pool([{ applicationId: "other" }])).status).to.equal(409);
    expect((await pool([{ applicationId: "tool" }])).status).to.equal(201);
  });

  it("refuses a malformed --application", async () => {
    child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0", "--application", "tool=/tmp"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    child.stderr!.on("data", (c) => (err += c));
    const code = await new Promise<number | null>((resolve) => child!.once("exit", resolve));
    expect(code).to.equal(1);
    expect(err).to.contain("expected <name>@<version>=<folder-or-zip>");
  });
});

import { expect } from "chai";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_ACCOUNT_KEY } from "../src/index.js";
import { TestClient, waitFor } from "./helpers.js";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

describe("emulator: CLI", () => {
  let child: ChildProcess | undefined;
  let dataDir: string | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("prints endpoint and dev account, runs tasks and stops cleanly on SIGTERM (killing running tasks)", async () => {
    dataDir = await mkdtemp(join(tmpdir(), "azbatch-cli-"));
    child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0", "--data-dir", dataDir, "--node-delay-ms", "20"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    await waitFor(() => /account key:/.test(out), 15000);
    const endpoint = /endpoint:\s+(\S+)/.exec(out)![1]!;
    expect(endpoint).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out).to.contain("account name: devbatch");
    expect(out).to.contain(`account key:  ${DEV_ACCOUNT_KEY}`);
    const emu = { endpoint, accountName: "devbatch", accountKey: DEV_ACCOUNT_KEY };
    const client = new TestClient(emu);
    await client.createPool("cp", 1);
    await client.createJob("cj", "cp");
    await client.post("/jobs/cj/tasks", { id: "sleeper", commandLine: "/bin/sh -c 'echo $$ > $AZ_BATCH_NODE_SHARED_DIR/pid; exec sleep 60'" });
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

  it("prints help", async () => {
    child = spawn(process.execPath, ["--import", "tsx", CLI, "--help"], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout!.on("data", (c) => (out += c));
    const code = await new Promise<number | null>((resolve) => child!.once("exit", resolve));
    expect(code).to.equal(0);
    expect(out).to.contain("--allow-any-token");
  });
});

/**
 * Hostile tasks: symbolic (and hard) links planted where the emulator reads,
 * writes and deletes files, and processes that leave their process group.
 * A sentinel directory beside the data directory is listed (names, types,
 * modes, sizes, mtimes, contents, link targets) before and after every case
 * and must not change.
 */
import { expect } from "chai";
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunningEmulator } from "../src/index.js";
import { start, TestClient, waitFor } from "./helpers.js";

/** Everything observable about a directory tree, without following links. */
async function listing(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await readdir(dir)).sort()) {
    const full = join(dir, name);
    const s = await lstat(full);
    const rel = prefix + name;
    if (s.isSymbolicLink()) out.push(`${rel} link ${await readlink(full)}`);
    else if (s.isDirectory()) {
      out.push(`${rel} dir ${s.mode.toString(8)} ${s.mtimeMs}`);
      out.push(...(await listing(full, rel + "/")));
    } else
      out.push(
        `${rel} file ${s.mode.toString(8)} ${s.size} ${s.mtimeMs} ${JSON.stringify(await readFile(full, "utf8"))}`,
      );
  }
  return out;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** True while a process exists and is not a zombie. */
async function processAlive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (!stat) return false;
  const state = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[0];
  return state !== "Z" && state !== "X";
}

const linuxOnly = process.platform === "linux" ? describe : describe.skip;

linuxOnly("emulator: hostile tasks cannot make it touch files outside their directory", () => {
  let base: string;
  let sentinel: string;
  let emu: RunningEmulator;
  let client: TestClient;
  let nodeId: string;
  let nodeDir: string;
  let scriptCount = 0;

  /** Runs a shell script as a task (SENTINEL in its environment) and waits for it to complete. */
  async function runScript(job: string, id: string, script: string, extra: Record<string, unknown> = {}): Promise<any> {
    const file = join(base, `script-${++scriptCount}.sh`);
    await writeFile(file, script);
    const r = await client.post(`/jobs/${job}/tasks`, {
      id,
      commandLine: `/bin/sh ${file}`,
      environmentSettings: [{ name: "SENTINEL", value: sentinel }],
      ...extra,
    });
    expect(r.status, r.text).to.equal(201);
    return client.waitTask(job, id);
  }

  const taskDir = (job: string, id: string): string => join(nodeDir, "workitems", job, "job-1", id);

  async function expect404(method: string, path: string, query?: Record<string, string>): Promise<void> {
    const r = await client.request(method, path, { query });
    expect(r.status, `${method} ${path}`).to.equal(404);
    if (method !== "HEAD") expect(r.json.code).to.equal("FileNotFound");
  }

  async function makeSentinel(): Promise<void> {
    await rm(sentinel, { recursive: true, force: true });
    await mkdir(join(sentinel, "sub"), { recursive: true });
    await mkdir(join(sentinel, "victim"));
    await writeFile(join(sentinel, "a.txt"), "alpha");
    await writeFile(join(sentinel, "sub", "b.txt"), "beta");
    await writeFile(join(sentinel, "victim", "keep.txt"), "keep");
  }

  /** One hostile case: the sentinel's listing must be the same after it (it is rebuilt if not, so later cases stay independent). */
  function hostile(title: string, fn: () => Promise<void>): void {
    it(title, async () => {
      const snapshot = await listing(sentinel);
      let after: string[] = [];
      try {
        await fn();
      } finally {
        after = await listing(sentinel);
        if (JSON.stringify(after) !== JSON.stringify(snapshot)) await makeSentinel();
      }
      expect(after, "sentinel listing after the case").to.deep.equal(snapshot);
    });
  }

  before(async () => {
    base = await mkdtemp(join(tmpdir(), "azbatch-hostile-"));
    sentinel = join(base, `sentinel-${randomBytes(4).toString("hex")}`);
    await makeSentinel();
    const dataDir = join(base, "data");
    await mkdir(dataDir);
    ({ emu, client } = await start({ dataDir }));
    await client.createPool("hp", 1);
    await client.createJob("hj", "hp");
    nodeId = (await client.get("/pools/hp/nodes")).json.value[0].id;
    nodeDir = join(dataDir, "nodes", nodeId);
  });
  after(async () => {
    await emu?.close();
    await rm(base, { recursive: true, force: true });
  });

  hostile(
    "stdout.txt → sentinel file (symlink) and stderr.txt → sentinel file (hard link): the retry and the re-run rewrite them without touching the targets; get/head/delete answer 404",
    async () => {
      const task = await runScript(
        "hj",
        "out-link",
        `cd "$AZ_BATCH_TASK_DIR"; rm -f stdout.txt stderr.txt; ln -s "$SENTINEL/a.txt" stdout.txt; ln "$SENTINEL/sub/b.txt" stderr.txt; exit 1\n`,
        { constraints: { maxTaskRetryCount: 1 } },
      );
      expect(task.executionInfo.retryCount).to.equal(1);
      await expect404("GET", "/jobs/hj/tasks/out-link/files/stdout.txt");
      await expect404("HEAD", "/jobs/hj/tasks/out-link/files/stdout.txt");
      await expect404("DELETE", "/jobs/hj/tasks/out-link/files/stdout.txt");
      // The hard link is a name inside the task directory: it is served (the task could read the file itself).
      expect((await client.get("/jobs/hj/tasks/out-link/files/stderr.txt")).text).to.equal("beta");
      expect((await client.post("/jobs/hj/tasks/out-link/reactivate")).status).to.equal(204);
      const again = await client.waitTask("hj", "out-link");
      expect(again.executionInfo.exitCode).to.equal(1);
    },
  );

  hostile("wd → sentinel directory: the retry gets a fresh working directory, not the sentinel", async () => {
    const task = await runScript(
      "hj",
      "wd-link",
      `echo here > here.txt\nif [ ! -e "$AZ_BATCH_TASK_DIR/planted" ]; then touch "$AZ_BATCH_TASK_DIR/planted"; cd /; rm -rf "$AZ_BATCH_TASK_WORKING_DIR"; ln -s "$SENTINEL" "$AZ_BATCH_TASK_WORKING_DIR"; exit 1; fi\n`,
      { constraints: { maxTaskRetryCount: 1 } },
    );
    expect(task.executionInfo.exitCode).to.equal(0);
    expect(task.executionInfo.retryCount).to.equal(1);
    expect((await client.get("/jobs/hj/tasks/wd-link/files/wd/here.txt")).text).to.equal("here\n");
    const names = (await client.get("/jobs/hj/tasks/wd-link/files", { query: { recursive: "true" } })).json.value.map(
      (f: { name: string }) => f.name,
    );
    expect(names).to.include("wd/here.txt");
    expect(names.some((n: string) => n.includes("a.txt") || n.includes("sub"))).to.equal(false);
  });

  hostile(
    "the task directory replaced by a link: list, get, head and delete serve nothing; deleting the task removes only the link",
    async () => {
      await runScript(
        "hj",
        "dir-link",
        `cd /; mv "$AZ_BATCH_TASK_DIR" "$AZ_BATCH_TASK_DIR.moved"; ln -s "$SENTINEL" "$AZ_BATCH_TASK_DIR"\n`,
      );
      const list = await client.get("/jobs/hj/tasks/dir-link/files", { query: { recursive: "true" } });
      expect(list.status).to.equal(200);
      expect(list.json.value).to.deep.equal([]);
      await expect404("GET", "/jobs/hj/tasks/dir-link/files/a.txt");
      await expect404("HEAD", "/jobs/hj/tasks/dir-link/files/sub");
      await expect404("DELETE", "/jobs/hj/tasks/dir-link/files/a.txt");
      await expect404("DELETE", "/jobs/hj/tasks/dir-link/files/sub", { recursive: "true" });
      expect((await client.del("/jobs/hj/tasks/dir-link")).status).to.equal(200);
      await client.settle(async () => !(await exists(taskDir("hj", "dir-link"))));
    },
  );

  hostile(
    "another job's directory planted as a link before its task runs: the emulator makes a real directory",
    async () => {
      await runScript("hj", "job-link", `ln -s "$SENTINEL" "$AZ_BATCH_NODE_ROOT_DIR/workitems/hj2"\n`);
      expect((await lstat(join(nodeDir, "workitems", "hj2"))).isSymbolicLink()).to.equal(true);
      await client.createJob("hj2", "hp");
      const task = await runScript("hj2", "after", `echo ran > out.txt\n`);
      expect(task.executionInfo.exitCode).to.equal(0);
      expect((await client.get("/jobs/hj2/tasks/after/files/wd/out.txt")).text).to.equal("ran\n");
      expect((await lstat(join(nodeDir, "workitems", "hj2"))).isDirectory()).to.equal(true);
    },
  );

  hostile(
    "links in the middle of a path, to a sentinel file and to another task's directory: 404; a link that stays inside is followed",
    async () => {
      await runScript(
        "hj",
        "mid-link",
        `ln -s "$SENTINEL" mid; ln -s "$SENTINEL/a.txt" leaf; ln -s ../../out-link other; ln -s "$SENTINEL/../data" up; mkdir real; echo inside > real/f.txt; ln -s real inner; ln -s "$AZ_BATCH_TASK_WORKING_DIR/real/f.txt" absinner\n`,
      );
      const p = "/jobs/hj/tasks/mid-link/files/wd";
      await expect404("GET", `${p}/mid/a.txt`);
      await expect404("HEAD", `${p}/mid/sub`);
      await expect404("DELETE", `${p}/mid/a.txt`);
      await expect404("DELETE", `${p}/mid/sub`, { recursive: "true" });
      await expect404("DELETE", `${p}/mid`, { recursive: "true" });
      await expect404("GET", `${p}/leaf`);
      await expect404("GET", `${p}/other/stdout.txt`);
      await expect404("GET", `${p}/up/nodes`);
      expect((await client.get(`${p}/inner/f.txt`)).text).to.equal("inside\n");
      expect((await client.get(`${p}/absinner`)).text).to.equal("inside\n");
      const names = (
        await client.get("/jobs/hj/tasks/mid-link/files", { query: { recursive: "true" } })
      ).json.value.map((f: { name: string }) => f.name);
      expect(names).to.include.members(["wd/mid", "wd/leaf", "wd/real/f.txt"]);
      expect(names.some((n: string) => n.startsWith("wd/mid/"))).to.equal(false);
    },
  );

  hostile(
    "resource files of a retry written where the first run planted links (a file and a directory): the links are replaced, their targets untouched",
    async () => {
      const server = createServer((_req, res) => res.end("downloaded\n"));
      await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/input`;
      try {
        const task = await runScript(
          "hj",
          "res-link",
          `if [ -e ../planted ]; then cat in.txt d/x.txt; exit 0; fi\ntouch ../planted; rm -rf in.txt d; ln -s "$SENTINEL/a.txt" in.txt; ln -s "$SENTINEL/sub" d; exit 1\n`,
          {
            constraints: { maxTaskRetryCount: 1 },
            resourceFiles: [
              { httpUrl: url, filePath: "in.txt" },
              { httpUrl: url, filePath: "d/x.txt" },
            ],
          },
        );
        expect(task.executionInfo).to.deep.include({ exitCode: 0, retryCount: 1 });
        expect((await client.get("/jobs/hj/tasks/res-link/files/stdout.txt")).text).to.equal(
          "downloaded\ndownloaded\n",
        );
        expect((await lstat(join(taskDir("hj", "res-link"), "wd", "d"))).isDirectory()).to.equal(true);
      } finally {
        server.close();
      }
    },
  );

  hostile("deleting a task removes links planted inside it, never their targets", async () => {
    await runScript(
      "hj",
      "del-links",
      `ln -s "$SENTINEL" link; mkdir -p d/e; ln -s "$SENTINEL/sub" d/link2; ln -s "$SENTINEL/a.txt" d/e/link3; ln "$SENTINEL/a.txt" hard\n`,
    );
    expect((await client.del("/jobs/hj/tasks/del-links")).status).to.equal(200);
    await client.settle(async () => !(await exists(taskDir("hj", "del-links"))));
  });

  hostile(
    "job-1 of a job replaced by a link to the sentinel: deleting a task there and the job deletes nothing outside",
    async () => {
      await client.createJob("hj3", "hp");
      await runScript("hj3", "victim", "true\n");
      await runScript(
        "hj3",
        "planter",
        `d="$AZ_BATCH_NODE_ROOT_DIR/workitems/hj3"; cd /; mv "$d/job-1" "$d/job-1.real"; ln -s "$SENTINEL" "$d/job-1"\n`,
      );
      await expect404("GET", "/jobs/hj3/tasks/victim/files/keep.txt");
      expect((await client.get("/jobs/hj3/tasks/victim/files")).json.value).to.deep.equal([]);
      expect((await client.del("/jobs/hj3/tasks/victim")).status).to.equal(200);
      expect((await client.del("/jobs/hj3")).status).to.equal(202);
      await client.settle(
        async () =>
          (await client.get("/jobs/hj3")).status === 404 && !(await exists(join(nodeDir, "workitems", "hj3"))),
      );
    },
  );

  hostile(
    "the node's shared directory and workitems replaced by links: node file operations serve nothing, reimage and remove delete only the links",
    async () => {
      await runScript(
        "hj",
        "shared-link",
        `rm -rf "$AZ_BATCH_NODE_SHARED_DIR"; ln -s "$SENTINEL" "$AZ_BATCH_NODE_SHARED_DIR"\n`,
      );
      const p = `/pools/hp/nodes/${nodeId}/files`;
      await expect404("GET", `${p}/shared/a.txt`);
      await expect404("HEAD", `${p}/shared/sub`);
      await expect404("DELETE", `${p}/shared/a.txt`);
      await expect404("DELETE", `${p}/shared/sub`, { recursive: "true" });
      const names = (await client.get(p, { query: { recursive: "true" } })).json.value.map(
        (f: { name: string }) => f.name,
      );
      expect(names).to.include("shared");
      expect(names.some((n: string) => n.startsWith("shared/"))).to.equal(false);
      await runScript(
        "hj",
        "workitems-link",
        `w="$AZ_BATCH_NODE_ROOT_DIR/workitems"; cd /; mv "$w" "$w.old"; ln -s "$SENTINEL" "$w"\n`,
      );
      expect((await client.post(`/pools/hp/nodes/${nodeId}/reimage`)).status).to.equal(202);
      await client.settle(async () => (await client.get(`/pools/hp/nodes/${nodeId}`)).json.state === "idle");
      expect((await lstat(join(nodeDir, "workitems"))).isDirectory()).to.equal(true);
      expect((await client.post("/pools/hp/removenodes", { nodeList: [nodeId] })).status).to.equal(202);
      await client.settle(async () => !(await exists(nodeDir)));
    },
  );
});

linuxOnly("emulator: close() and terminate end every process a task started", () => {
  let emu: RunningEmulator;
  let client: TestClient;
  let scripts: string;
  const leftovers: number[] = [];

  before(async () => {
    scripts = await mkdtemp(join(tmpdir(), "azbatch-procs-"));
    ({ emu, client } = await start());
    await client.createPool("pp", 1, { taskSlotsPerNode: 4 });
    await client.createJob("pj", "pp");
  });
  after(async () => {
    await emu.close();
    for (const pid of leftovers) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone
      }
    }
    await rm(scripts, { recursive: true, force: true });
  });

  async function addScript(id: string, script: string): Promise<void> {
    const file = join(scripts, `${id}.sh`);
    await writeFile(file, script);
    expect((await client.post("/jobs/pj/tasks", { id, commandLine: `/bin/sh ${file}` })).status).to.equal(201);
  }

  /** Waits for a pid file a task writes in its working directory and returns the pid. */
  async function pidFile(task: string, name: string): Promise<number> {
    let pid = 0;
    await waitFor(async () => {
      const r = await client.get(`/jobs/pj/tasks/${task}/files/wd/${name}`);
      pid = r.status === 200 ? Number(r.text.trim()) : 0;
      return pid > 0;
    });
    return pid;
  }

  const wd = '"$AZ_BATCH_TASK_WORKING_DIR"';

  it("terminating a task kills its setsid daemon too", async () => {
    await addScript("term", `setsid sh -c 'echo $$ > ${wd}/d.pid; exec sleep 1000' &\nwait\n`);
    const daemon = await pidFile("term", "d.pid");
    expect(await processAlive(daemon)).to.equal(true);
    expect((await client.post("/jobs/pj/tasks/term/terminate")).status).to.equal(204);
    await client.waitTask("pj", "term");
    await waitFor(async () => !(await processAlive(daemon)), 5000);
  });

  it("close() kills a finished task's setsid daemon and double-forked orphan, and a running task's child that cleared its environment; a finished task's env-cleared orphan remains (as the README says)", async () => {
    await addScript(
      "daemons",
      `setsid sh -c 'echo $$ > ${wd}/setsid.pid; exec sleep 1000' &\n( sh -c 'echo $$ > ${wd}/dfork.pid; exec sleep 1000' & )\n` +
        `setsid env -i /bin/sh -c "echo \\$\\$ > '$AZ_BATCH_TASK_WORKING_DIR/orphan.pid'; exec sleep 1000" &\n` +
        `i=0; while { [ ! -s setsid.pid ] || [ ! -s dfork.pid ] || [ ! -s orphan.pid ]; } && [ $i -lt 400 ]; do sleep 0.05; i=$((i+1)); done\n`,
    );
    const done = await client.waitTask("pj", "daemons");
    expect(done.executionInfo.exitCode).to.equal(0);
    await addScript(
      "running",
      `setsid env -i /bin/sh -c "echo \\$\\$ > '$AZ_BATCH_TASK_WORKING_DIR/envless.pid'; exec sleep 1000" &\nwait\n`,
    );
    const setsidPid = await pidFile("daemons", "setsid.pid");
    const dforkPid = await pidFile("daemons", "dfork.pid");
    const orphanPid = await pidFile("daemons", "orphan.pid");
    const envlessPid = await pidFile("running", "envless.pid");
    leftovers.push(orphanPid);
    for (const pid of [setsidPid, dforkPid, orphanPid, envlessPid])
      expect(await processAlive(pid), `pid ${pid}`).to.equal(true);
    expect(await readFile(`/proc/${envlessPid}/environ`, "utf8")).to.not.include("AZBATCH_EMULATOR_RUN");
    // The daemon left its task's group and session; the orphan was reparented away from its task.
    const field = async (pid: number, i: number): Promise<number> => {
      const s = await readFile(`/proc/${pid}/stat`, "utf8");
      return Number(s.slice(s.lastIndexOf(")") + 2).split(" ")[i]);
    };
    expect(await field(setsidPid, 3)).to.equal(setsidPid); // its own session
    expect(await field(dforkPid, 1)).to.not.equal(process.pid); // parent is not the emulator
    await emu.close();
    for (const pid of [setsidPid, dforkPid, envlessPid])
      expect(await processAlive(pid), `pid ${pid} after close()`).to.equal(false);
    expect(await processAlive(orphanPid)).to.equal(true);
  });
});

/**
 * CPU per task of the emulator, by process, against a bare spawn loop: the built emulator
 * (emulator/dist, or the `index.js` named by the EMU environment variable, e.g. an older build)
 * in its own process with 2 nodes x 4 slots runs `n` `/bin/true` tasks (after 100 for warm-up),
 * added with createTasks and polled with the job's task counts every 20 ms as case g of bench/
 * does; then a bare `child_process.spawn` loop of `/bin/true` at concurrency 8 runs `n` times in
 * a fresh process. CPU times are read from `/proc/<pid>/stat` (Linux only) around the measured
 * round: the emulator's own (all threads), the launchers' own, and what the launchers' reaped
 * children used (the stats wrappers and the tasks), each divided by `n`.
 *
 * Run (after `npm run build`, which also builds the SDK in dist/ that it drives the emulator with):
 * node emulator/bench/cpuPerTask.mjs [memory|sqlite] [n] [--prof <dir>]
 * (`--prof` runs the emulator with `--cpu-prof` into `<dir>`). Prints one JSON line: rates
 * (tasks/s), `ratio` (emulator / bare loop), and ms of CPU per task.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient } from "../../dist/esm/src/index.js";

const [store = "memory", count = "1000", flag, profDir] = process.argv.slice(2);
const n = Number(count);
const emulatorEntry = process.env.EMU ?? fileURLToPath(new URL("../dist/index.js", import.meta.url));

/** Own and reaped children's CPU ms of a process, from its stat line (ticks of 10 ms). */
function cpuOf(pid) {
  const s = readFileSync(`/proc/${pid}/stat`, "latin1");
  const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
  return { self: (Number(f[11]) + Number(f[12])) * 10, kids: (Number(f[13]) + Number(f[14])) * 10 };
}

const dataDir = mkdtempSync(join(tmpdir(), "cpu-per-task-"));
const source = `import(${JSON.stringify(emulatorEntry)}).then(async (m) => {
  const e = await m.startEmulator({ port: 0, persistence: ${JSON.stringify(store)},
    ${store === "sqlite" ? `dataDir: ${JSON.stringify(dataDir)},` : ""} timings: { nodeCreateMs: 50, nodeStartMs: 50 } });
  process.send({ endpoint: e.endpoint, name: m.DEV_ACCOUNT_NAME, key: m.DEV_ACCOUNT_KEY });
  process.on("message", async () => { await e.close(); process.exit(0); });
});`;
const execArgv = flag === "--prof" ? ["--cpu-prof", `--cpu-prof-dir=${profDir}`] : [];
const emulator = spawn(process.execPath, [...execArgv, "--input-type=module", "-e", source], {
  stdio: ["ignore", "inherit", "inherit", "ipc"],
});
const info = await new Promise((resolve) => emulator.once("message", resolve));
const client = new BatchClient(info.endpoint, new AzureNamedKeyCredential(info.name, info.key));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
await client.createPool({
  id: "run",
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    nodeAgentSkuId: "batch.node.ubuntu 22.04",
  },
  targetDedicatedNodes: 2,
  taskSlotsPerNode: 4,
});
for (let tries = 0; ; tries++) {
  let idle = 0;
  for await (const node of client.listNodes("run")) if (node.state === "idle") idle++;
  if (idle === 2) break;
  if (tries > 1200) throw new Error("the nodes did not become idle");
  await sleep(50);
}

/** Runs `tasks` /bin/true tasks in a new job; resolves tasks/s. */
async function round(job, tasks) {
  await client.createJob({ id: job, poolInfo: { poolId: "run" } });
  const start = process.hrtime.bigint();
  await client.createTasks(
    job,
    Array.from({ length: tasks }, (_, i) => ({ id: `t${i}`, commandLine: "/bin/true" })),
  );
  for (let polls = 0; ; polls++) {
    const { taskCounts } = await client.getJobTaskCounts(job);
    if (taskCounts.completed >= tasks) {
      if (taskCounts.succeeded !== tasks) throw new Error(`${tasks - taskCounts.succeeded} tasks failed`);
      break;
    }
    if (polls > 30_000) throw new Error("the tasks did not complete");
    await sleep(20);
  }
  return tasks / (Number(process.hrtime.bigint() - start) / 1e9);
}

await round("warm", 100);
const launchers = readFileSync(`/proc/${emulator.pid}/task/${emulator.pid}/children`, "latin1")
  .trim()
  .split(/\s+/)
  .map(Number);
const launcherCpu = () =>
  launchers.map(cpuOf).reduce((a, b) => ({ self: a.self + b.self, kids: a.kids + b.kids }), { self: 0, kids: 0 });
const [e0, l0] = [cpuOf(emulator.pid), launcherCpu()];
const rate = await round("run", n);
const [e1, l1] = [cpuOf(emulator.pid), launcherCpu()];

const loop = `const { spawn } = require("node:child_process");
let next = 0;
const start = process.hrtime.bigint();
const worker = async () => {
  while (next < ${n}) {
    next++;
    await new Promise((resolve) => spawn("/bin/true", [], { stdio: "ignore" }).on("exit", resolve));
  }
};
Promise.all(Array.from({ length: 8 }, worker)).then(() => {
  const rate = ${n} / (Number(process.hrtime.bigint() - start) / 1e9);
  const s = require("node:fs").readFileSync("/proc/self/stat", "latin1");
  const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
  process.send({ rate, self: (Number(f[11]) + Number(f[12])) * 10, kids: (Number(f[13]) + Number(f[14])) * 10 });
});`;
const bare = await new Promise((resolve) => {
  const child = spawn(process.execPath, ["-e", loop], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  child.once("message", (m) => {
    resolve(m);
    child.disconnect();
  });
});
const perTask = (ms) => Number((ms / n).toFixed(2));
console.log(
  JSON.stringify({
    store,
    n,
    launchers: launchers.length,
    rate: Number(rate.toFixed(1)),
    bareRate: Number(bare.rate.toFixed(1)),
    ratio: Number((rate / bare.rate).toFixed(2)),
    emulatorMs: perTask(e1.self - e0.self),
    launcherMs: perTask(l1.self - l0.self),
    wrapperAndTaskMs: perTask(l1.kids - l0.kids),
    totalMs: perTask(e1.self - e0.self + l1.self - l0.self + l1.kids - l0.kids),
    bareSelfMs: perTask(bare.self),
    bareTaskMs: perTask(bare.kids),
  }),
);
emulator.send("close");
await new Promise((resolve) => emulator.once("exit", resolve));
rmSync(dataDir, { recursive: true, force: true });

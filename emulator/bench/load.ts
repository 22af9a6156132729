/**
 * Load figures of the emulator, in memory or with SQLite (`--store sqlite`),
 * each measured in this one run (the machine may be shared: compare ratios):
 *
 * 1. `getTask` requests/s (16 requests in flight, keep-alive, signed).
 * 2. Tasks/s created through `addtaskcollection` (100 per call, 4 calls in
 *    flight, on a pool without nodes so that nothing runs).
 * 3. `/bin/true` tasks to completion on 2 nodes x 4 slots, against a bare
 *    `child_process.spawn` loop of `/bin/true` at the same concurrency (8).
 * 4. N short tasks (default 100,000) to completion, with the peak RSS of the
 *    process (emulator and load generator together) sampled along the way.
 *
 * Run: node --import tsx emulator/bench/load.ts [--store memory|sqlite] [--long 100000] [--short 2000]
 */
import { spawn } from "node:child_process";
import http from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startEmulator, type RunningEmulator } from "../src/index.js";
import { API, sharedKey, TestClient, waitFor } from "../test/helpers.js";

const { values } = parseArgs({
  options: {
    store: { type: "string", default: "memory" },
    long: { type: "string", default: "100000" },
    short: { type: "string", default: "2000" },
    gets: { type: "string", default: "20000" },
  },
});
const store = values.store === "sqlite" ? "sqlite" : "memory";
const LONG = Number(values.long);
const SHORT = Number(values.short);
const GETS = Number(values.gets);
const VM = {
  vmSize: "standard_d2s_v3",
  virtualMachineConfiguration: {
    imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
    nodeAgentSKUId: "batch.node.ubuntu 24.04",
  },
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 200);

async function addTasks(
  client: TestClient,
  jobId: string,
  count: number,
  commandLine: string,
  prefix = "t",
  inFlight = 4,
): Promise<void> {
  const starts: number[] = [];
  for (let i = 0; i < count; i += 100) starts.push(i);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < starts.length) {
      const start = starts[next++]!;
      const value = [];
      for (let j = start; j < Math.min(count, start + 100); j++) value.push({ id: `${prefix}${j}`, commandLine });
      const r = await client.post(`/jobs/${jobId}/addtaskcollection`, { value });
      if (r.status !== 200 || r.json.value.some((x: { status: string }) => x.status !== "success"))
        throw new Error(`add: ${r.status} ${r.text.slice(0, 200)}`);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
}

async function completed(client: TestClient, jobId: string): Promise<number> {
  return (await client.get(`/jobs/${jobId}/taskcounts`)).json.taskCounts.completed as number;
}

/** A signed keep-alive GET with node:http (lighter than fetch, so that the figure is the emulator's). */
function rawGet(agent: http.Agent, emu: RunningEmulator, path: string): Promise<number> {
  const url = new URL(emu.endpoint);
  const headers: Record<string, string> = { "ocp-date": new Date().toUTCString() };
  headers.authorization = sharedKey("GET", path, [["api-version", API]], headers, emu.accountName, emu.accountKey);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: `${path}?api-version=${API}`, headers, agent },
      (res) => {
        res.resume();
        res.once("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.once("error", reject);
    req.end();
  });
}

async function bareSpawnRate(count: number, concurrency: number): Promise<number> {
  const t0 = process.hrtime.bigint();
  let started = 0;
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const c = spawn("/bin/true", [], { stdio: "ignore" });
      c.once("error", reject);
      c.once("exit", () => resolve());
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < count) {
        started++;
        await one();
      }
    }),
  );
  return count / (Number(process.hrtime.bigint() - t0) / 1e9);
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "azbatch-load-"));
  let emu: RunningEmulator | undefined;
  try {
    emu = await startEmulator({ dataDir, persistence: store, timings: { nodeCreateMs: 50, nodeStartMs: 50 } });
    const client = new TestClient(emu);
    const line = (name: string, value: string): void => console.log(`${store.padEnd(6)} ${name.padEnd(44)} ${value}`);

    // 1 + 2: creation and reads on a pool without nodes.
    await client.post("/pools", { id: "empty", ...VM, targetDedicatedNodes: 0 });
    await client.createJob("idle", "empty");
    let t = Date.now();
    await addTasks(client, "idle", 20_000, "/bin/true");
    line("addtaskcollection, 20,000 tasks", `${(20_000 / ((Date.now() - t) / 1000)).toFixed(0)} tasks/s`);
    let done = 0;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
    t = Date.now();
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (done < GETS) {
          const i = done++;
          const status = await rawGet(agent, emu!, `/jobs/idle/tasks/t${i % 20_000}`);
          if (status !== 200) throw new Error(`get: ${status}`);
        }
      }),
    );
    line(`getTask, ${GETS} requests, 16 in flight`, `${(GETS / ((Date.now() - t) / 1000)).toFixed(0)} requests/s`);
    agent.destroy();
    const del = await client.del("/jobs/idle");
    if (del.status !== 202) throw new Error("delete job");

    // 3: /bin/true against a bare spawn loop, same concurrency.
    await client.post("/pools", { id: "run", ...VM, targetDedicatedNodes: 2, taskSlotsPerNode: 4 });
    await waitFor(
      async () =>
        (await client.get("/pools/run/nodes", { query: { $filter: "state eq 'idle'" } })).json.value.length === 2,
      60_000,
    );
    // Alternate bare, emulator, bare, emulator so that both see the same machine.
    const bare: number[] = [];
    const emulated: number[] = [];
    for (const round of SHORT > 0 ? [1, 2] : []) {
      bare.push(await bareSpawnRate(SHORT / 2, 8));
      await client.createJob(`true${round}`, "run");
      t = Date.now();
      await addTasks(client, `true${round}`, SHORT / 2, "/bin/true");
      await waitFor(async () => (await completed(client, `true${round}`)) === SHORT / 2, 600_000, 20);
      emulated.push(SHORT / 2 / ((Date.now() - t) / 1000));
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    if (SHORT > 0)
      line(
        `/bin/true x ${SHORT}: bare spawn loop, 8 in flight`,
        `${mean(bare).toFixed(0)} processes/s (rounds ${bare.map((x) => x.toFixed(0)).join(", ")})`,
      );
    if (SHORT > 0)
      line(
        `/bin/true x ${SHORT}: emulator, 2 nodes x 4 slots`,
        `${mean(emulated).toFixed(0)} tasks/s (rounds ${emulated.map((x) => x.toFixed(0)).join(", ")}): ${((100 * mean(emulated)) / mean(bare)).toFixed(0)}% of bare spawn`,
      );

    // 4: many short tasks to completion, memory sampled.
    if (LONG > 0) {
      await client.createJob("long", "run");
      const rssBefore = process.memoryUsage.rss();
      t = Date.now();
      const adding = addTasks(client, "long", LONG, "/bin/true", "l", 1);
      const marks: string[] = [];
      let nextMark = LONG / 10;
      await waitFor(
        async () => {
          const n = await completed(client, "long");
          if (n >= nextMark) {
            marks.push(`${n}: ${(process.memoryUsage.rss() / 1048576).toFixed(0)} MB`);
            line(
              `  progress`,
              `${n} completed after ${((Date.now() - t) / 1000).toFixed(0)} s, RSS ${(process.memoryUsage.rss() / 1048576).toFixed(0)} MB, peak ${(peakRss / 1048576).toFixed(0)} MB`,
            );
            nextMark += LONG / 10;
          }
          return n === LONG;
        },
        3_600_000,
        500,
      );
      await adding;
      const secs = (Date.now() - t) / 1000;
      line(`${LONG} /bin/true tasks to completion`, `${secs.toFixed(0)} s, ${(LONG / secs).toFixed(0)} tasks/s`);
      line(`  RSS before / at completed counts`, `${(rssBefore / 1048576).toFixed(0)} MB / ${marks.join(", ")}`);
    }
    line(
      "peak RSS (emulator + load generator)",
      `${(Math.max(peakRss, process.memoryUsage.rss()) / 1048576).toFixed(0)} MB`,
    );
  } finally {
    clearInterval(sampler);
    await emu?.close();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

await main();

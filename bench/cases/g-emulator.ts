/**
 * Case g: the emulator (the built azbatch-emulator package, in its own process on plain node) with 2 nodes x 4 slots:
 * `/bin/true` tasks completed per second (added with createTasks, counted with the job's task
 * counts) vs a bare child_process.spawn loop of `/bin/true` at concurrency 8 (in a fresh
 * process, bench/cases/g-spawnLoop.ts); getTask
 * requests/s at concurrency 16; addtaskcollection tasks/s into a job whose pool has no nodes.
 * Once per store: memory, and SQLite when the emulator has one (it is found by looking for an
 * SQLite database in the emulator's data directory).
 */
import { mkdtempSync, openSync, readSync, closeSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient } from "azbatch";
import { DEV_ACCOUNT_KEY, DEV_ACCOUNT_NAME } from "azbatch-emulator";
import { runInChild, startServerProcess } from "../lib/processes.js";
import { medianOf, target } from "../lib/report.js";
import { runConcurrently, secondsSince, summarize } from "../lib/stats.js";
import type { SpawnLoopJob } from "./g-spawnLoop.js";
import type { BenchCase, CaseContext, MetricGroup, Row } from "../lib/types.js";

const emulatorServer = fileURLToPath(new URL("../servers/emulatorServer.ts", import.meta.url));
const spawnLoopModule = fileURLToPath(new URL("./g-spawnLoop.ts", import.meta.url));
const STORES = ["memory", "sqlite"] as const;
type Store = (typeof STORES)[number];
const IMAGE = {
  imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
  nodeAgentSkuId: "batch.node.ubuntu 22.04",
};

/** Whether any file (two levels deep) under `dir` is an SQLite database. */
function holdsSqlite(dir: string, depth = 2): boolean {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (depth > 0 && entry.name !== "nodes" && holdsSqlite(path, depth - 1)) return true;
    } else if (entry.isFile() && statSync(path).size >= 16) {
      const fd = openSync(path, "r");
      const head = Buffer.alloc(16);
      readSync(fd, head, 0, 16, 0);
      closeSync(fd);
      if (head.toString("latin1") === "SQLite format 3\0") return true;
    }
  }
  return false;
}

interface StoreFigures {
  completed: number[];
  getTask: number[];
  addCollection: number[];
  usedSqlite: boolean;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Measures one store; `afterRound` runs after every round (the spawn loop, so that it is measured
 * interleaved with the emulator, under the same load of the machine).
 */
async function measureStore(
  ctx: CaseContext,
  store: Store,
  sizes: { run: number; gets: number; add: number },
  afterRound: (warmup: boolean) => Promise<void>,
): Promise<StoreFigures | undefined> {
  const dataDir = mkdtempSync(join(ctx.scratchDir, `emulator-${store}-`));
  const server = await startServerProcess(
    emulatorServer,
    "startEmulatorServer",
    { store, dataDir, timings: { nodeCreateMs: 50, nodeStartMs: 50 } },
    ctx.clientExecArgv,
    true,
  );
  try {
    const client = new BatchClient(
      `http://127.0.0.1:${server.port}`,
      new AzureNamedKeyCredential(DEV_ACCOUNT_NAME, DEV_ACCOUNT_KEY),
    );
    await client.createPool({
      id: "run",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: IMAGE,
      targetDedicatedNodes: 2,
      taskSlotsPerNode: 4,
    });
    await client.createPool({
      id: "hold",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: IMAGE,
      targetDedicatedNodes: 0,
    });
    const usedSqlite = server.info?.durable === true && holdsSqlite(String(server.info?.dataDir ?? dataDir));
    if (store === "sqlite" && !usedSqlite) return undefined;
    if (store === "memory" && server.info?.durable === true)
      throw new Error("the emulator asked for a memory store reports durable state");
    await waitUntil(
      async () => {
        let idle = 0;
        for await (const node of client.listNodes("run")) if (node.state === "idle") idle++;
        return idle === 2;
      },
      60_000,
      "2 idle nodes",
    );
    const figures: StoreFigures = { completed: [], getTask: [], addCollection: [], usedSqlite };
    for (let round = 0; round < ctx.warmup + ctx.reps; round++) {
      const measured = round >= ctx.warmup;
      const n = measured ? sizes.run : Math.max(16, sizes.run >> 2);
      const job = `run-${round}`;
      await client.createJob({ id: job, poolInfo: { poolId: "run" } });
      const start = process.hrtime.bigint();
      await client.createTasks(
        job,
        Array.from({ length: n }, (_, i) => ({ id: `t${i}`, commandLine: "/bin/true" })),
      );
      let succeeded = 0;
      await waitUntil(
        async () => {
          const { taskCounts } = await client.getJobTaskCounts(job);
          succeeded = taskCounts.succeeded;
          return taskCounts.completed >= n;
        },
        600_000,
        `${n} tasks to complete`,
      );
      const completedPerSecond = n / secondsSince(start);
      if (succeeded !== n) throw new Error(`${n - succeeded} of ${n} /bin/true tasks failed on the emulator`);

      const gets = measured ? sizes.gets : sizes.gets >> 2;
      const getStart = process.hrtime.bigint();
      await runConcurrently(gets, 16, (i) => client.getTask(job, `t${i % n}`));
      const getsPerSecond = gets / secondsSince(getStart);

      const adds = measured ? sizes.add : Math.max(100, sizes.add >> 2);
      const holdJob = `hold-${round}`;
      await client.createJob({ id: holdJob, poolInfo: { poolId: "hold" } });
      const addStart = process.hrtime.bigint();
      const added = await client.createTasks(
        holdJob,
        Array.from({ length: adds }, (_, i) => ({ id: `h${i}`, commandLine: "/bin/true" })),
      );
      const addsPerSecond = adds / secondsSince(addStart);
      if (added.created !== adds) throw new Error(`emulator created ${added.created} of ${adds}`);
      await client.deleteJob(holdJob);
      await afterRound(!measured);
      if (measured) {
        figures.completed.push(completedPerSecond);
        figures.getTask.push(getsPerSecond);
        figures.addCollection.push(addsPerSecond);
      }
    }
    return figures;
  } finally {
    await server.close();
  }
}

export const emulatorCase: BenchCase = {
  id: "g",
  title: "The emulator: 2 nodes x 4 slots",
  async run(ctx) {
    const sizes = ctx.quick ? { run: 40, gets: 200, add: 500 } : { run: 400, gets: 2_000, add: 10_000 };
    const spawnRates: number[] = [];
    const spawnRound = async (warmup: boolean): Promise<void> => {
      const job: SpawnLoopJob = { total: warmup ? Math.max(16, sizes.run >> 2) : sizes.run, concurrency: 8 };
      const rate = await runInChild<number>(spawnLoopModule, "spawnLoop", job, ctx.clientExecArgv, true);
      if (!warmup) spawnRates.push(rate);
    };
    const byStore = new Map<Store, StoreFigures | undefined>();
    for (const store of STORES) {
      ctx.log(`  ${store} store, and the bare spawn loop after each round`);
      byStore.set(store, await measureStore(ctx, store, sizes, spawnRound));
    }
    const missing = "not available (this emulator has no SQLite store)";
    const storeRows = (key: "completed" | "getTask" | "addCollection"): Row[] =>
      STORES.map((store) => {
        const f = byStore.get(store);
        return f
          ? { subject: `emulator (${store} store)`, samples: f[key] }
          : { subject: `emulator (${store} store)`, samples: [], note: missing };
      });
    const completed: MetricGroup = {
      id: "tasks-completed",
      title: `/bin/true tasks completed per second (${sizes.run} per repetition)`,
      unit: "tasks/s",
      higherIsBetter: true,
      rows: [...storeRows("completed"), { subject: "bare spawn loop (concurrency 8)", samples: spawnRates }],
      peers: ["bare spawn loop (concurrency 8)"],
    };
    const getTask: MetricGroup = {
      id: "get-task",
      title: "getTask at concurrency 16",
      unit: "requests/s",
      higherIsBetter: true,
      rows: storeRows("getTask"),
      peers: [],
    };
    const add: MetricGroup = {
      id: "add-task-collection",
      title: `addtaskcollection (createTasks, ${sizes.add.toLocaleString("en-US")} tasks)`,
      unit: "tasks/s",
      higherIsBetter: true,
      rows: storeRows("addCollection"),
      peers: [],
    };
    const floor = summarize(spawnRates).median;
    const show = (v: number): string => `${(100 * v).toFixed(0)}% of the spawn loop`;
    const share = (store: Store): number | undefined => {
      const m = medianOf(completed, `emulator (${store} store)`);
      return m === undefined ? undefined : m / floor;
    };
    return {
      id: this.id,
      title: this.title,
      groups: [completed, getTask, add],
      targets: STORES.map((store) =>
        target(
          `emulator (${store} store) ≥ 50% of the bare spawn loop's tasks/s`,
          share(store),
          0.5,
          true,
          show,
          missing,
        ),
      ),
      notes: [
        "The emulator (built, emulator/dist) runs in its own process on plain node, with node create/start times of 50 ms; the client is azbatch in the bench process; the spawn loop runs in a fresh process after each emulator round. Tasks completed/s is measured from the first addtaskcollection to task counts showing all completed (polled every 20 ms).",
        `Stores: memory${byStore.get("sqlite") ? ", SQLite (database found in the data directory)" : "; SQLite: not available (no SQLite database appeared in the data directory given to the emulator)"}.`,
      ],
    };
  },
};

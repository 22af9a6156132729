/**
 * Durability under `kill -9`: runs the emulator command (`src/cli.ts`) with a
 * data directory, submits N short tasks (each appends a line to `runs.txt`
 * in its working directory), kills the emulator with SIGKILL while the tasks
 * run, starts it again on the same data directory and checks, from the task
 * records and from the task directories, that:
 *
 * - the pool, the job, the job schedule and every created task are there;
 * - every task completes, and a task ran again only after a requeue
 *   (runs <= 1 + requeueCount);
 * - no task that was completed before the kill ran again;
 * - the tasks found running at restart were requeued (requeueCount 1).
 *
 * Run: node --import tsx emulator/bench/killRestart.ts [tasks=10000]
 * (`emulator/test/restart.spec.ts` runs the same check with 2,000 tasks.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEV_ACCOUNT_KEY } from "../src/index.js";
import { TestClient, waitFor } from "../test/helpers.js";

const CLI = fileURLToPath(new URL("../src/cli.ts", import.meta.url));

/** Figures and findings of one run. */
export interface KillRestartResult {
  /** Tasks acknowledged as created (addtaskcollection `success`). */
  created: number;
  /** Tasks the listing showed completed just before the kill. */
  completedBeforeKill: number;
  /** Tasks running or queued at the kill that the restarted emulator reported requeued. */
  requeuedAtStart: number;
  /** Tasks with `requeueCount` >= 1 at the end. */
  requeued: number;
  /** Tasks completed at the end. */
  completed: number;
  /** Created tasks missing after the restart. */
  lost: number;
  /** Tasks completed before the kill that ran again. */
  completedRanAgain: number;
  /** Tasks that ran more often than 1 + requeueCount. */
  extraRuns: number;
  /** Seconds from the restart until every task completed. */
  secondsAfterRestart: number;
  /** Every violated expectation, readable (empty when all hold). */
  problems: string[];
}

interface Cli {
  child: ChildProcess;
  client: TestClient;
  output: () => string;
}

async function startCli(dataDir: string): Promise<Cli> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", CLI, "--port", "0", "--data-dir", dataDir, "--node-delay-ms", "10"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout!.on("data", (c) => (out += c));
  await waitFor(() => /Press Ctrl\+C/.test(out) || child.exitCode !== null, 60_000);
  const endpoint = /endpoint:\s+(\S+)/.exec(out)?.[1];
  if (!endpoint) throw new Error(`emulator did not start: ${out}`);
  return {
    child,
    client: new TestClient({ endpoint, accountName: "devbatch", accountKey: DEV_ACCOUNT_KEY }),
    output: () => out,
  };
}

function stopCli(cli: Cli, signal: NodeJS.Signals): Promise<void> {
  if (cli.child.exitCode !== null || cli.child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => cli.child.once("exit", () => resolve()));
  cli.child.kill(signal);
  return exited;
}

/** Every task of job `kj` with the fields the check needs, across pages. */
async function listTasks(
  client: TestClient,
  filter?: string,
): Promise<{ id: string; state: string; executionInfo: { requeueCount: number; result?: string } }[]> {
  const out = [];
  let path: string | undefined = `/jobs/kj/tasks`;
  const query: Record<string, string> = { $select: "id,state,executionInfo" };
  if (filter) query.$filter = filter;
  while (path) {
    const r = await client.get(path, { query });
    if (r.status !== 200) throw new Error(`list tasks: ${r.status} ${r.text.slice(0, 200)}`);
    out.push(...r.json.value);
    const next = r.json["odata.nextLink"] as string | undefined;
    path = next ? new URL(next).pathname : undefined;
    if (next) query.$skiptoken = new URL(next).searchParams.get("$skiptoken")!;
  }
  return out;
}

/** Lines of every `runs.txt` per task id, over all node directories. */
async function runsPerTask(dataDir: string): Promise<Map<string, number>> {
  const runs = new Map<string, number>();
  const nodes = await readdir(join(dataDir, "nodes"));
  for (const node of nodes) {
    const jobDir = join(dataDir, "nodes", node, "workitems", "kj", "job-1");
    let ids: string[];
    try {
      ids = await readdir(jobDir);
    } catch {
      continue;
    }
    for (const id of ids) {
      const text = await readFile(join(jobDir, id, "wd", "runs.txt"), "utf8").catch(() => "");
      const lines = text.split("\n").filter((l) => l !== "").length;
      runs.set(id, (runs.get(id) ?? 0) + lines);
    }
  }
  return runs;
}

/**
 * Runs the kill -9 / restart check.
 * @param tasks - Number of tasks.
 * @param killAt - Fraction of completed tasks at which the emulator is killed.
 */
export async function killRestart(tasks: number, killAt = 0.3): Promise<KillRestartResult> {
  const dataDir = await mkdtemp(join(tmpdir(), "azbatch-kill-"));
  const problems: string[] = [];
  let cli = await startCli(dataDir);
  try {
    let client = cli.client;
    await client.post("/pools", {
      id: "kp",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server" },
        nodeAgentSKUId: "batch.node.ubuntu 24.04",
      },
      targetDedicatedNodes: 2,
      taskSlotsPerNode: 4,
    });
    await client.createJob("kj", "kp");
    await client.post("/jobschedules", {
      id: "ks",
      schedule: { recurrenceInterval: "PT1H" },
      jobSpecification: { poolInfo: { poolId: "kp" } },
    });
    const ids = new Set<string>();
    const batches: number[] = [];
    for (let i = 0; i < tasks; i += 100) batches.push(i);
    const submit = async (start: number): Promise<void> => {
      const value = [];
      for (let j = start; j < Math.min(tasks, start + 100); j++)
        value.push({ id: `t${j}`, commandLine: "/bin/sh -c 'echo $AZ_BATCH_TASK_ID >> runs.txt'" });
      const r = await client.post("/jobs/kj/addtaskcollection", { value });
      if (r.status !== 200) throw new Error(`addtaskcollection: ${r.status} ${r.text.slice(0, 200)}`);
      for (const x of r.json.value as { status: string; taskId: string }[])
        if (x.status === "success") ids.add(x.taskId);
    };
    for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map(submit));
    await waitFor(
      async () => (await client.get("/jobs/kj/taskcounts")).json.taskCounts.completed >= tasks * killAt,
      600_000,
      20,
    );
    const completedBefore = new Set((await listTasks(client, "state eq 'completed'")).map((t) => t.id));
    await stopCli(cli, "SIGKILL");

    cli = await startCli(dataDir);
    client = cli.client;
    const t0 = Date.now();
    const requeuedAtStart = Number(/(\d+) running task\(s\) requeued/.exec(cli.output())?.[1] ?? NaN);
    for (const path of ["/pools/kp", "/jobs/kj", "/jobschedules/ks"]) {
      const r = await client.get(path);
      if (r.status !== 200) problems.push(`${path} after restart: ${r.status}`);
    }
    await waitFor(
      async () => (await client.get("/jobs/kj/taskcounts")).json.taskCounts.completed >= ids.size,
      600_000,
      50,
    );
    const secondsAfterRestart = (Date.now() - t0) / 1000;
    const records = await listTasks(client);
    const runs = await runsPerTask(dataDir);
    const byId = new Map(records.map((t) => [t.id, t]));
    let lost = 0;
    let completedRanAgain = 0;
    let extraRuns = 0;
    for (const id of ids) {
      const t = byId.get(id);
      if (!t) {
        lost++;
        continue;
      }
      const n = runs.get(id) ?? 0;
      const requeues = t.executionInfo.requeueCount;
      if (t.state !== "completed" || t.executionInfo.result !== "success")
        problems.push(`${id}: ${t.state} ${t.executionInfo.result}`);
      if (n < 1) problems.push(`${id}: completed but its directory shows no run`);
      if (n > 1 + requeues) extraRuns++;
      if (completedBefore.has(id) && (n !== 1 || requeues !== 0)) completedRanAgain++;
    }
    const requeued = records.filter((t) => t.executionInfo.requeueCount > 0).length;
    if (records.length !== ids.size) problems.push(`${records.length} task records, ${ids.size} created`);
    if (lost > 0) problems.push(`${lost} created tasks lost`);
    if (completedRanAgain > 0) problems.push(`${completedRanAgain} tasks completed before the kill ran again`);
    if (extraRuns > 0) problems.push(`${extraRuns} tasks ran more often than 1 + requeueCount`);
    if (requeued !== requeuedAtStart)
      problems.push(`${requeued} tasks requeued, the restart reported ${requeuedAtStart}`);
    return {
      created: ids.size,
      completedBeforeKill: completedBefore.size,
      requeuedAtStart,
      requeued,
      completed: records.filter((t) => t.state === "completed").length,
      lost,
      completedRanAgain,
      extraRuns,
      secondsAfterRestart,
      problems,
    };
  } finally {
    await stopCli(cli, "SIGTERM");
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const n = Number(process.argv[2] ?? 10_000);
  const t0 = Date.now();
  const r = await killRestart(n);
  console.log(
    `${n} tasks, kill -9 at ${r.completedBeforeKill} completed: created ${r.created}, completed ${r.completed}, requeued ${r.requeued} (reported at restart ${r.requeuedAtStart}), lost ${r.lost}, completed-then-ran-again ${r.completedRanAgain}, extra runs ${r.extraRuns}; ${r.secondsAfterRestart.toFixed(1)} s after restart, ${((Date.now() - t0) / 1000).toFixed(1)} s in all`,
  );
  if (r.problems.length > 0) {
    console.log(`problems:\n  ${r.problems.slice(0, 20).join("\n  ")}`);
    process.exitCode = 1;
  }
}

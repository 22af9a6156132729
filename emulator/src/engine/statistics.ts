/**
 * Resource accounting of tasks, jobs and pools: each ended task run adds its
 * wall clock time (on the emulator's clock) and what its process used
 * (emulator/src/stats/processStats.ts) to its task, its job and its pool;
 * the wire shapes are the spec's `BatchTaskStatistics`, `BatchJobStatistics`
 * and `BatchPoolStatistics`.
 */
import { formatDuration } from "../duration.js";
import type { ProcessUsage } from "../stats/processStats.js";
import type { Account } from "../state/account.js";
import type { JobRecord, Json, NodeRecord, PoolRecord, TaskRecord } from "../state/model.js";

/** Totals over ended runs. */
export interface UsageTotals {
  userCpuMs: number;
  kernelCpuMs: number;
  wallMs: number;
  readBytes: number;
  writeBytes: number;
  readOps: number;
  writeOps: number;
  /** Number of runs counted. */
  runs: number;
}

function emptyTotals(): UsageTotals {
  return { userCpuMs: 0, kernelCpuMs: 0, wallMs: 0, readBytes: 0, writeBytes: 0, readOps: 0, writeOps: 0, runs: 0 };
}

function add(into: UsageTotals, wallMs: number, usage: ProcessUsage | undefined): void {
  into.wallMs += wallMs;
  into.runs++;
  if (!usage) return;
  into.userCpuMs += usage.userCpuMs;
  into.kernelCpuMs += usage.kernelCpuMs;
  into.readBytes += usage.readBytes;
  into.writeBytes += usage.writeBytes;
  into.readOps += usage.readOps;
  into.writeOps += usage.writeOps;
}

/**
 * Counts one ended run of a task (any outcome, also a requeue or a delete).
 * @param account - The account.
 * @param task - The task whose process ended (its `exec.startTime` is the run's start).
 * @param node - The node it ran on.
 * @param usage - What the process used, if measured.
 */
export function recordTaskRun(
  account: Account,
  task: TaskRecord,
  node: NodeRecord,
  usage: ProcessUsage | undefined,
): void {
  const start = task.exec.startTime?.getTime();
  const wallMs = start === undefined ? 0 : Math.max(0, account.now().getTime() - start);
  if (!task.gone) {
    add((task.usage ??= emptyTotals()), wallMs, usage);
    account.changed(task);
  }
  if (!task.job.gone) {
    add((task.job.usage ??= emptyTotals()), wallMs, usage);
    account.changed(task.job);
  }
  if (!node.pool.gone) {
    add((node.pool.usage ??= emptyTotals()), wallMs, usage);
    account.changed(node.pool);
  }
}

const GIB = 1024 ** 3;

function wireTotals(t: UsageTotals, runningMs: number): Json {
  return {
    userCPUTime: formatDuration(t.userCpuMs),
    kernelCPUTime: formatDuration(t.kernelCpuMs),
    wallClockTime: formatDuration(t.wallMs + runningMs),
    readIOps: String(t.readOps),
    writeIOps: String(t.writeOps),
    readIOGiB: t.readBytes / GIB,
    writeIOGiB: t.writeBytes / GIB,
  };
}

/** Wall clock time of the task's current run so far (0 when not running). */
function runningMs(account: Account, task: TaskRecord): number {
  return task.state === "running" && task.exec.startTime
    ? Math.max(0, account.now().getTime() - task.exec.startTime.getTime())
    : 0;
}

/**
 * A task's `stats`, or undefined before it first ran.
 * @param account - The account.
 * @param task - The task.
 * @param url - The task's URL.
 */
export function taskStatistics(account: Account, task: TaskRecord, url: string): Json | undefined {
  if (!task.usage && !task.exec.startTime) return undefined;
  const waitMs = task.exec.startTime ? Math.max(0, task.exec.startTime.getTime() - task.creationTime.getTime()) : 0;
  return {
    url,
    startTime: task.creationTime.toISOString(),
    lastUpdateTime: account.now().toISOString(),
    ...wireTotals(task.usage ?? emptyTotals(), runningMs(account, task)),
    waitTime: formatDuration(waitMs),
  };
}

/**
 * A job's `stats` (for `$expand=stats`): ended runs of all its tasks (also deleted ones), the
 * running ones so far, and its current tasks' successes, failures and retries.
 * @param account - The account.
 * @param job - The job.
 * @param url - The job's URL.
 */
export function jobStatistics(account: Account, job: JobRecord, url: string): Json {
  let succeeded = 0;
  let failed = 0;
  let retries = 0;
  let running = 0;
  let waitMs = 0;
  for (const t of job.tasks.values()) {
    if (t.gone) continue;
    if (t.exec.result === "success") succeeded++;
    else if (t.exec.result === "failure") failed++;
    retries += t.exec.retryCount;
    running += runningMs(account, t);
    if (t.exec.startTime) waitMs += Math.max(0, t.exec.startTime.getTime() - t.creationTime.getTime());
  }
  return {
    url,
    startTime: job.creationTime.toISOString(),
    lastUpdateTime: account.now().toISOString(),
    ...wireTotals(job.usage ?? emptyTotals(), running),
    numSucceededTasks: String(succeeded),
    numFailedTasks: String(failed),
    numTaskRetries: String(retries),
    waitTime: formatDuration(waitMs),
  };
}

/**
 * A pool's `stats` (for `$expand=stats`): `resourceStats` from its tasks' ended runs.
 * `avgCPUPercentage` is the tasks' CPU time over the pool's lifetime times its
 * current node count; memory, disk space and network are not measured (0).
 * @param account - The account.
 * @param pool - The pool.
 * @param url - The pool's URL.
 */
export function poolStatistics(account: Account, pool: PoolRecord, url: string): Json {
  const t = pool.usage ?? emptyTotals();
  const now = account.now();
  const lifetimeMs = Math.max(1, now.getTime() - pool.creationTime.getTime());
  let nodes = 0;
  for (const n of pool.nodes.values()) if (!n.gone) nodes++;
  const cpu = t.userCpuMs + t.kernelCpuMs;
  return {
    url,
    startTime: pool.creationTime.toISOString(),
    lastUpdateTime: now.toISOString(),
    resourceStats: {
      startTime: pool.creationTime.toISOString(),
      lastUpdateTime: now.toISOString(),
      avgCPUPercentage: nodes > 0 ? Math.min(100, (100 * cpu) / (lifetimeMs * nodes)) : 0,
      avgMemoryGiB: 0,
      peakMemoryGiB: 0,
      avgDiskGiB: 0,
      peakDiskGiB: 0,
      diskReadIOps: String(t.readOps),
      diskWriteIOps: String(t.writeOps),
      diskReadGiB: t.readBytes / GIB,
      diskWriteGiB: t.writeBytes / GIB,
      networkReadGiB: 0,
      networkWriteGiB: 0,
    },
  };
}

/** True when the request asks for `$expand=stats`. */
export function expandsStats(expand: string | undefined): boolean {
  return expand !== undefined && expand.split(",").some((x) => x.trim().toLowerCase() === "stats");
}

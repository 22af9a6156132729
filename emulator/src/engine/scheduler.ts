/**
 * Places active tasks on free slots of their pool's nodes (higher job
 * priority first, FIFO within a priority across the account's queue) and runs them as processes, handling exits, retries,
 * requeues, terminations and max wall clock time.
 */
import { join } from "node:path";
import { FOREVER_MS } from "../clock.js";
import { parseDuration } from "../duration.js";
import { startProcess, type ProcessOutcome, type ProcessSpec } from "../process.js";
import type { Account } from "../state/account.js";
import type { Json, NodeRecord, PoolRecord, RunHandle, TaskRecord } from "../state/model.js";
import { environmentSettings, taskEnvironment } from "./environment.js";
import { installForTask, referencesOf } from "./applications.js";
import { recordTaskRun } from "./statistics.js";
import { jobTaskSettled } from "./jobs.js";
import { nodeAcceptsTasks, refreshNodeBusy } from "./nodes.js";
import { agentLog } from "./agentLog.js";
import { holdForPreparation, nodeOpenToJob, preparationEnvironment, preparedForInstance } from "./jobPreparation.js";
import { completeTask, dependenciesSatisfied, requeueTask, setTaskState, TASK_ENDED } from "./tasks.js";
import { downloadResourceFiles, uploadOutputFiles, type OutputFile, type ResourceFile } from "../storage/index.js";
import { multiInstanceSettings, pickInstanceNodes, slotsNeeded, startMultiInstance } from "./multiInstance.js";
import { jobDirectory } from "./workItems.js";

/**
 * Connects the scheduler to an account: `account.schedule()` then runs a
 * placement pass on the next turn of the event loop (passes are coalesced).
 * @param account - The account.
 */
export function installScheduler(account: Account): void {
  let queued = false;
  account.scheduleHook = () => {
    if (queued) return;
    queued = true;
    account.clock.defer(() => {
      queued = false;
      if (account.closed) return;
      schedulePass(account);
      account.commit();
    });
  };
}

function freeSlots(pool: PoolRecord): number {
  let free = 0;
  for (const n of pool.nodes.values()) if (nodeAcceptsTasks(n)) free += pool.taskSlotsPerNode - n.usedSlots;
  return free;
}

function pickNode(pool: PoolRecord, task: TaskRecord): NodeRecord | undefined {
  const pack = (pool.props.taskSchedulingPolicy as Json | undefined)?.nodeFillType === "pack";
  const affinity = (task.props.affinityInfo as Json | undefined)?.affinityId;
  let best: NodeRecord | undefined;
  let bestFree = 0;
  for (const n of pool.nodes.values()) {
    if (!nodeAcceptsTasks(n) || !nodeOpenToJob(task.job, n)) continue;
    const free = pool.taskSlotsPerNode - n.usedSlots;
    if (free < task.requiredSlots) continue;
    if (affinity !== undefined && `TVM:${n.id}` === affinity) return n;
    if (!best || (pack ? free < bestFree : free > bestFree)) {
      best = n;
      bestFree = free;
    }
  }
  return best;
}

/**
 * One placement pass: starts as many queued tasks as there are free slots.
 * @param account - The account.
 */
export function schedulePass(account: Account): void {
  if (account.pending.size === 0) return;
  const capacity = new Map<PoolRecord, number>();
  for (const pool of account.pools.values()) {
    if (pool.state !== "active") continue;
    const free = freeSlots(pool);
    if (free > 0) capacity.set(pool, free);
  }
  if (capacity.size === 0) return;
  const runningPerJob = new Map<string, number>();
  for (const task of byPriority(account.pending)) {
    const job = task.job;
    if (job.gone || job.state !== "active") continue;
    const pool = job.poolId ? account.pools.get(job.poolId.toLowerCase()) : undefined;
    if (!pool) continue;
    const free = capacity.get(pool);
    const slots = slotsNeeded(task);
    if (free === undefined || free < slots) continue;
    const maxParallel = typeof job.props.maxParallelTasks === "number" ? job.props.maxParallelTasks : -1;
    if (maxParallel >= 0 && (runningPerJob.get(job.id) ?? job.counts.running) >= maxParallel) continue;
    if (!dependenciesSatisfied(task)) continue;
    // A multi-instance task takes numberOfInstances nodes at once (emulator/src/engine/multiInstance.ts).
    // Its nodes are taken once the job's preparation task succeeded on each (emulator/src/engine/jobPreparation.ts).
    const nodes = multiInstanceSettings(task)
      ? pickInstanceNodes(pool, task, pickNode, (n) => preparedForInstance(account, job, n))
      : [pickNode(pool, task)];
    const node = nodes?.[0];
    if (!node) continue;
    account.pending.delete(task);
    // A job preparation task may have to run on the node first (emulator/src/engine/jobPreparation.ts).
    const others = nodes!.slice(1) as NodeRecord[];
    const start = (a: Account, t: TaskRecord, n: NodeRecord): void => runOnNode(a, t, n, others);
    if (!holdForPreparation(account, task, node, start)) start(account, task, node);
    runningPerJob.set(job.id, job.counts.running);
    const left = free - slots;
    if (left > 0) capacity.set(pool, left);
    else capacity.delete(pool);
    if (capacity.size === 0) break;
  }
}

/** A job's `priority` (default 0). */
function priorityOf(task: TaskRecord): number {
  const p = task.job.props.priority;
  return typeof p === "number" ? p : 0;
}

/**
 * The queue in the order tasks get slots: higher job `priority` first, FIFO
 * within a priority. The queue itself when every queued task has the same priority.
 */
function byPriority(pending: Set<TaskRecord>): Iterable<TaskRecord> {
  let first: number | undefined;
  let mixed = false;
  for (const task of pending) {
    const p = priorityOf(task);
    if (first === undefined) first = p;
    else if (p !== first) {
      mixed = true;
      break;
    }
  }
  if (!mixed) return pending;
  return [...pending].sort((a, b) => priorityOf(b) - priorityOf(a));
}

/** The task's `constraints` merged with the job's defaults. */
function constraintsOf(task: TaskRecord): { maxWallClockMs?: number; maxRetries: number } {
  const c = (task.props.constraints ?? {}) as Json;
  const jc = (task.job.props.constraints ?? {}) as Json;
  const wall = typeof c.maxWallClockTime === "string" ? parseDuration(c.maxWallClockTime) : undefined;
  const retries =
    typeof c.maxTaskRetryCount === "number"
      ? c.maxTaskRetryCount
      : typeof jc.maxTaskRetryCount === "number"
        ? jc.maxTaskRetryCount
        : 0;
  return { maxWallClockMs: wall, maxRetries: retries };
}

/**
 * Starts a task's process on a node slot. Engine hook: resource files would
 * be fetched into the task directory here, before the process starts.
 * @param account - The account.
 * @param task - The task (active, dequeued).
 * @param node - A node with enough free slots.
 * @param others - A multi-instance task's subtask nodes.
 */
function runOnNode(account: Account, task: TaskRecord, node: NodeRecord, others: NodeRecord[] = []): void {
  const now = account.now();
  const job = task.job;
  node.usedSlots += task.requiredSlots;
  node.running.add(task);
  task.node = node;
  task.taskDir = join(node.rootDir, jobDirectory(job), task.id);
  task.exec.startTime = now;
  delete task.exec.endTime;
  delete task.exec.exitCode;
  delete task.exec.failureInfo;
  delete task.exec.result;
  account.cancel(task.retentionTimer);
  setTaskState(account, task, "running", now);
  agentLog(account, node, `task ${job.id}/${task.id} started`);
  job.runningSlots += task.requiredSlots;
  refreshNodeBusy(account, node);
  const wd = join(task.taskDir, "wd");
  const env: Record<string, string> = {
    ...taskEnvironment(account, node, { taskDir: task.taskDir, workingDir: wd, userIdentity: task.props.userIdentity }),
    AZ_BATCH_JOB_ID: job.id,
    AZ_BATCH_TASK_ID: task.id,
    ...preparationEnvironment(job, node),
    ...environmentSettings(job.props.commonEnvironmentSettings),
    ...environmentSettings(task.props.environmentSettings),
  };
  const resourceFiles = Array.isArray(task.props.resourceFiles) ? (task.props.resourceFiles as ResourceFile[]) : [];
  const outputFiles = Array.isArray(task.props.outputFiles) ? (task.props.outputFiles as OutputFile[]) : [];
  const taskDir = task.taskDir;
  const poolRefs = referencesOf(node.pool.props.applicationPackageReferences);
  const taskRefs = referencesOf(task.props.applicationPackageReferences);
  const packageRefs = [...poolRefs, ...taskRefs];
  const launch = multiInstanceSettings(task)
    ? (spec: ProcessSpec) => startMultiInstance(account, task, others, spec)
    : startProcess;
  const handle = launch({
    commandLine: String(task.props.commandLine ?? ""),
    taskDir,
    workingDir: wd,
    env,
    files: account.files,
    ownerTag: account.processTag,
    prepare:
      resourceFiles.length + packageRefs.length > 0
        ? async (signal: AbortSignal) => {
            if (packageRefs.length > 0)
              Object.assign(
                env,
                await installForTask(account.files, node.rootDir, account.applications, poolRefs, taskRefs),
              );
            if (resourceFiles.length > 0)
              await downloadResourceFiles(resourceFiles, wd, {
                autoStorage: account.autoStorage,
                files: account.files,
                signal,
              });
          }
        : undefined,
    finish:
      outputFiles.length > 0
        ? async (succeeded) =>
            void (await uploadOutputFiles(outputFiles, { taskDir, workingDir: wd, files: account.files }, succeeded))
        : undefined,
    onExit: (outcome, h) => {
      onExit(account, task, node, h, outcome);
      // Committed by the placement pass this asks for (it commits after placing
      // what the freed slot takes): the exits of one turn and the starts they
      // make room for go into the store together. A request commits before it
      // answers, so nothing uncommitted is ever reported.
      account.schedule();
    },
  });
  task.run = handle;
  account.processes.add(handle);
  const { maxWallClockMs } = constraintsOf(task);
  if (maxWallClockMs !== undefined && maxWallClockMs < FOREVER_MS) {
    const elapsed = now.getTime() - (task.exec.startTime?.getTime() ?? now.getTime());
    task.wallClockTimer = account.later(Math.max(0, maxWallClockMs - elapsed), () => {
      if (task.run === handle) handle.kill("wallclock");
    });
  }
}

function exitFailure(exitCode: number | undefined): Json {
  return {
    category: "usererror",
    code: "FailureExitCode",
    message: "The task process exited with an unexpected exit code",
    details: [{ name: "Message", value: `The task process exited with an unexpected exit code ${exitCode}` }],
  };
}

/** A task's process ended. Engine hook: output files would be uploaded here, before the task completes. */
function onExit(
  account: Account,
  task: TaskRecord,
  node: NodeRecord,
  handle: RunHandle,
  outcome: ProcessOutcome,
): void {
  account.processes.delete(handle);
  account.cancel(task.wallClockTimer);
  task.wallClockTimer = undefined;
  if (task.run === handle) task.run = undefined;
  node.usedSlots -= task.requiredSlots;
  node.running.delete(task);
  const job = task.job;
  job.runningSlots -= task.requiredSlots;
  const reason = handle.killReason;
  if (reason === "shutdown" || account.closed) return;
  recordTaskRun(account, task, node, outcome.usage);
  if (reason !== "requeue" && reason !== "delete") {
    account.changed(node);
    node.totalTasksRun++;
    if (!reason && !outcome.startError && outcome.exitCode === 0) node.totalTasksSucceeded++;
  }
  if (reason === "delete" || task.gone) {
    if (task.state !== "completed" && !task.gone) setTaskState(account, task, "completed");
    // A deleted task's files go with it, once its process can no longer write them (they were
    // moved aside when it was deleted: its directory's path may be a new task's by now).
    if (task.gone) for (const dir of task.retiredDirs ?? []) void account.files.removeTree(dir);
    task.retiredDirs = undefined;
    refreshNodeBusy(account, node);
    jobTaskSettled(account, job);
    account.schedule();
    return;
  }
  if (reason === "requeue") {
    requeueTask(account, task);
  } else if (reason === "terminate") {
    completeTask(account, task, { exitCode: outcome.exitCode, failureInfo: TASK_ENDED });
  } else if (reason === "wallclock") {
    completeTask(account, task, {
      exitCode: outcome.exitCode,
      failureInfo: {
        category: "usererror",
        code: "MaxWallClockTimeExpiry",
        message: "The task exceeded its maximum wall clock time and was terminated",
      },
    });
  } else if (outcome.startError) {
    completeTask(account, task, { failureInfo: { category: "usererror", ...outcome.startError } });
  } else if (outcome.finishError) {
    completeTask(account, task, { exitCode: outcome.exitCode, failureInfo: outcome.finishError });
  } else if (outcome.exitCode === 0) {
    completeTask(account, task, { exitCode: 0 });
  } else {
    const { maxRetries } = constraintsOf(task);
    if (maxRetries === -1 || task.exec.retryCount < maxRetries) {
      const now = account.now();
      task.exec.retryCount++;
      task.exec.lastRetryTime = now;
      task.exec.exitCode = outcome.exitCode;
      setTaskState(account, task, "active", now);
      account.pending.add(task);
      account.schedule();
    } else {
      completeTask(account, task, { exitCode: outcome.exitCode, failureInfo: exitFailure(outcome.exitCode) });
    }
  }
  recordRecent(node, task);
  refreshNodeBusy(account, node);
  jobTaskSettled(account, job);
}

function recordRecent(node: NodeRecord, task: TaskRecord): void {
  const i = node.recentTasks.findIndex((r) => r.jobId === task.job.id && r.taskId === task.id);
  if (i >= 0) node.recentTasks.splice(i, 1);
  node.recentTasks.push({
    taskUrl: `/jobs/${encodeURIComponent(task.job.id)}/tasks/${encodeURIComponent(task.id)}`,
    jobId: task.job.id,
    taskId: task.id,
    taskState: task.state,
  });
  if (node.recentTasks.length > 10) node.recentTasks.shift();
}

/**
 * Multi-instance tasks (`multiInstanceSettings`): a run takes
 * `numberOfInstances` nodes of the pool at once, one instance per node (the
 * primary is the task itself, subtasks 1..n-1 are the others). Every instance
 * first downloads the `commonResourceFiles` into its shared directory
 * (`AZ_BATCH_TASK_SHARED_DIR`, the task's root directory on its node) and runs
 * the coordination command line; the coordination command is blocking: once
 * it has exited with 0 on every instance, the task's command line runs on the
 * primary. When it ends, every instance's remaining processes are stopped and
 * the subtasks complete. A coordination command that fails on any instance
 * fails the run: the others are stopped and the task fails (and is retried
 * up to its retry limit) as a task whose command failed. Facts this relies
 * on are listed in emulator/README.md ("Multi-instance tasks").
 *
 * The scheduler (emulator/src/engine/scheduler.ts) picks the nodes with
 * {@link pickInstanceNodes} and starts a run with {@link startMultiInstance}
 * in place of `startProcess`; the run's handle stands for all its processes,
 * so terminate, delete, requeue and wall clock limits stop every instance.
 */
import { dirname, join } from "node:path";
import { startProcess, type ProcessOutcome, type ProcessSpec } from "../process.js";
import type { Account } from "../state/account.js";
import type { Json, KillReason, NodeRecord, PoolRecord, RunHandle, SubtaskRecord, TaskRecord } from "../state/model.js";
import { downloadResourceFiles, type ResourceFile } from "../storage/index.js";
import { environmentSettings, taskEnvironment } from "./environment.js";
import { nodeAcceptsTasks, refreshNodeBusy } from "./nodes.js";
import { jobDirectory } from "./workItems.js";

/** The port of `AZ_BATCH_MASTER_NODE` (the one a Linux node gives; reserved for the Batch service there). */
export const MASTER_NODE_PORT = 6000;

/**
 * The task's `multiInstanceSettings`, if it is a multi-instance task.
 * @param task - The task.
 */
export function multiInstanceSettings(task: TaskRecord): Json | undefined {
  const m = task.props.multiInstanceSettings;
  return m && typeof m === "object" && !Array.isArray(m) ? (m as Json) : undefined;
}

/**
 * How many nodes a run of the task takes: `numberOfInstances` (default 1) for a multi-instance task, else 1.
 * @param task - The task.
 */
export function instanceCount(task: TaskRecord): number {
  const n = multiInstanceSettings(task)?.numberOfInstances;
  return typeof n === "number" && n >= 1 ? n : 1;
}

/**
 * Slots a run of the task takes in its pool (its `requiredSlots` on each of its nodes).
 * @param task - The task.
 */
export function slotsNeeded(task: TaskRecord): number {
  return task.requiredSlots * instanceCount(task);
}

/**
 * Whether the pool can run multi-instance tasks: the service needs
 * `enableInterNodeCommunication: true` and `taskSlotsPerNode` 1, and leaves a
 * multi-instance task `active` for ever on any other pool.
 * @param pool - A pool.
 */
export function poolRunsMultiInstance(pool: PoolRecord): boolean {
  return pool.props.enableInterNodeCommunication === true && pool.taskSlotsPerNode === 1;
}

/**
 * The nodes for a run of a multi-instance task: the primary's (as `pickNode`
 * chooses it) and then as many other nodes with free slots as there are
 * subtasks, in the pool's node order; undefined while the pool has fewer.
 * Every node must also pass `prepared` (the job's preparation task has
 * succeeded there, see `preparedForInstance` in
 * emulator/src/engine/jobPreparation.ts, which also starts it where it has
 * not run), so no instance waits for preparation once placed.
 * A pool without inter-node communication, or with more than one slot per
 * node, never runs a multi-instance task: it stays active, as on the service
 * (see {@link poolRunsMultiInstance}).
 * @param pool - The task's pool.
 * @param task - A multi-instance task.
 * @param pickNode - The scheduler's choice of a node for one task.
 * @param prepared - Whether an instance may take the node now (called on every candidate).
 */
export function pickInstanceNodes(
  pool: PoolRecord,
  task: TaskRecord,
  pickNode: (pool: PoolRecord, task: TaskRecord) => NodeRecord | undefined,
  prepared: (node: NodeRecord) => boolean = () => true,
): NodeRecord[] | undefined {
  const n = instanceCount(task);
  if (!poolRunsMultiInstance(pool) || pool.nodes.size < n) return undefined;
  const primary = pickNode(pool, task);
  if (!primary) return undefined;
  const nodes = [primary];
  let ready = prepared(primary) ? 1 : 0;
  for (const node of pool.nodes.values()) {
    if (nodes.length === n) break;
    if (node === primary || !nodeAcceptsTasks(node)) continue;
    if (pool.taskSlotsPerNode - node.usedSlots < task.requiredSlots) continue;
    if (!prepared(node)) continue;
    nodes.push(node);
    ready++;
  }
  return nodes.length === n && ready === n ? nodes : undefined;
}

/**
 * The task's root directory on a node: the shared directory of its instance there.
 * @param node - The node.
 * @param task - The task.
 */
function rootOn(node: NodeRecord, task: TaskRecord): string {
  return join(node.rootDir, jobDirectory(task.job), task.id);
}

/**
 * Directories of the task's subtasks on their nodes (the task's root directory there), to delete with the task.
 * @param task - The task.
 */
export function subtaskRoots(task: TaskRecord): string[] {
  return (task.subtasks ?? []).map((s) => dirname(s.taskDir));
}

/** Failure info of an instance stopped because another instance's coordination command failed. */
const PEER_FAILED: Json = {
  category: "usererror",
  code: "TaskEnded",
  message: "The subtask was ended because another instance of the multi-instance task failed",
};

function killedFailure(reason: KillReason): Json {
  if (reason === "wallclock")
    return {
      category: "usererror",
      code: "MaxWallClockTimeExpiry",
      message: "The task exceeded its maximum wall clock time and was terminated",
    };
  if (reason === "terminate")
    return { category: "usererror", code: "TaskEnded", message: "Task Was Ended by User Request" };
  return { category: "servererror", code: "TaskEnded", message: "The subtask was ended by the Batch service" };
}

function coordinationFailure(outcome: ProcessOutcome): Json {
  if (outcome.startError) return { category: "usererror", ...outcome.startError };
  return {
    category: "usererror",
    code: "FailureExitCode",
    message: "The task process exited with an unexpected exit code",
    details: [{ name: "Message", value: `The task process exited with an unexpected exit code ${outcome.exitCode}` }],
  };
}

function failed(outcome: ProcessOutcome): boolean {
  return outcome.startError !== undefined || outcome.exitCode !== 0;
}

/**
 * Completes a subtask.
 * @param sub - The subtask.
 * @param now - End time.
 * @param end - Exit code and failure info.
 */
function endSubtask(sub: SubtaskRecord, now: Date, end: { exitCode?: number; failureInfo?: Json }): void {
  if (sub.state === "completed") return;
  sub.previousState = sub.state;
  sub.previousStateTransitionTime = sub.stateTransitionTime;
  sub.state = "completed";
  sub.stateTransitionTime = now;
  sub.endTime = now;
  if (end.exitCode !== undefined) sub.exitCode = end.exitCode;
  if (end.failureInfo) sub.failureInfo = end.failureInfo;
  sub.result = end.failureInfo ? "failure" : "success";
}

/**
 * Marks the subtasks of a run that did not survive a restart as ended by the service (recovery requeues the task).
 * @param account - Owning account.
 * @param task - A task that was running when the emulator stopped.
 */
export function abandonSubtasks(account: Account, task: TaskRecord): void {
  if (!task.subtasks?.some((s) => s.state !== "completed")) return;
  const now = account.now();
  for (const sub of task.subtasks) endSubtask(sub, now, { failureInfo: killedFailure("requeue") });
  account.changed(task);
}

/** One instance of a run. */
interface Instance {
  node: NodeRecord;
  /** Its coordination command's run, then (primary) its application's. */
  handle?: RunHandle;
  /** Coordination runs that ended (their leftover processes are stopped when the run ends). */
  ended: RunHandle[];
  /** How its coordination command ended. */
  coordination?: ProcessOutcome;
  /** The subtask record (undefined for the primary). */
  sub?: SubtaskRecord;
}

/**
 * Starts a run of a multi-instance task on its nodes, in place of
 * `startProcess` for the primary: the subtasks' slots are taken at once, the
 * subtask records made, and the returned handle stops every instance.
 * `app.onExit` is called once, after every instance's processes ended and the
 * subtasks' slots were given back, with the outcome of the run: the
 * application command's, or the failed coordination command's.
 * @param account - Owning account.
 * @param task - The task (running, `task.node` the primary's node).
 * @param others - The subtasks' nodes (free slots checked), subtask 1 first.
 * @param app - The primary's process as the scheduler would start it: the task's command line, directories, environment, `prepare` (application packages, resource files) and `finish` (output files).
 * @returns The handle of the run.
 */
export function startMultiInstance(
  account: Account,
  task: TaskRecord,
  others: NodeRecord[],
  app: ProcessSpec,
): RunHandle {
  const settings = multiInstanceSettings(task) ?? {};
  const coordinationLine = typeof settings.coordinationCommandLine === "string" ? settings.coordinationCommandLine : "";
  const common = Array.isArray(settings.commonResourceFiles) ? (settings.commonResourceFiles as ResourceFile[]) : [];
  const primaryNode = task.node!;
  const now = account.now();
  const job = task.job;
  for (const node of others) {
    node.usedSlots += task.requiredSlots;
    node.running.add(task);
    job.runningSlots += task.requiredSlots;
    refreshNodeBusy(account, node);
  }
  const instances: Instance[] = [primaryNode, ...others].map((node, i) => ({
    node,
    ended: [],
    sub:
      i === 0
        ? undefined
        : {
            id: i,
            poolId: node.pool.id,
            nodeId: node.id,
            taskDir: join(rootOn(node, task), String(i)),
            state: "running",
            stateTransitionTime: now,
            startTime: now,
          },
  }));
  task.subtasks = instances.flatMap((x) => (x.sub ? [x.sub] : []));
  const addresses = instances.map((x) => x.node.ipAddress);
  const multiEnv = (node: NodeRecord): Record<string, string> => ({
    AZ_BATCH_HOST_LIST: addresses.join(","),
    AZ_BATCH_NODE_LIST: addresses.join(";"),
    AZ_BATCH_MASTER_NODE: `${primaryNode.ipAddress}:${MASTER_NODE_PORT}`,
    AZ_BATCH_IS_CURRENT_NODE_MASTER: node === primaryNode ? "true" : "false",
    AZ_BATCH_TASK_SHARED_DIR: rootOn(node, task),
  });
  const userEnv = {
    ...environmentSettings(job.props.commonEnvironmentSettings),
    ...environmentSettings(task.props.environmentSettings),
  };
  // The primary's environment object is the scheduler's (its `prepare` adds application package
  // variables to it); the task's own settings still come last, as on every instance.
  Object.assign(app.env, multiEnv(primaryNode), userEnv);
  const download =
    (node: NodeRecord) =>
    async (signal: AbortSignal): Promise<void> => {
      if (common.length > 0)
        await downloadResourceFiles(common, rootOn(node, task), {
          autoStorage: account.autoStorage,
          files: account.files,
          signal,
        });
    };

  let killReason: KillReason | undefined;
  let failure: ProcessOutcome | undefined;
  let phase: "coordination" | "application" | "done" = "coordination";
  let coordinating = instances.length;
  const run: RunHandle = {
    kill(reason: KillReason) {
      if (run.killReason === undefined) run.killReason = reason;
      killReason ??= reason;
      for (const x of instances) x.handle?.kill(reason);
    },
  };

  const settle = (outcome: ProcessOutcome): void => {
    phase = "done";
    const subtaskNodes = instances.slice(1);
    for (const x of subtaskNodes) {
      x.node.usedSlots -= task.requiredSlots;
      x.node.running.delete(task);
      job.runningSlots -= task.requiredSlots;
    }
    // At shutdown the run is left as it was: recovery requeues the task (emulator/src/engine/recovery.ts).
    if (killReason === "shutdown" || account.closed) return app.onExit(outcome, run);
    for (const x of instances) for (const h of x.ended) void h.sweep?.();
    const end = account.now();
    for (const x of subtaskNodes) {
      const c = x.coordination;
      const exitCode = c && !c.startError ? c.exitCode : undefined;
      if (killReason) endSubtask(x.sub!, end, { exitCode, failureInfo: killedFailure(killReason) });
      else if (c && failed(c)) endSubtask(x.sub!, end, { exitCode, failureInfo: coordinationFailure(c) });
      else if (failure) endSubtask(x.sub!, end, { exitCode, failureInfo: PEER_FAILED });
      else endSubtask(x.sub!, end, { exitCode });
      account.changed(x.node);
      refreshNodeBusy(account, x.node);
    }
    account.changed(task);
    app.onExit(outcome, run);
    if (!task.gone) for (const x of subtaskNodes) recordSubtaskOnNode(x.node, task, x.sub!);
  };

  const startApplication = (): void => {
    phase = "application";
    const primary = instances[0]!;
    primary.handle = startProcess({
      ...app,
      prepare: undefined,
      onExit: (outcome) => settle(outcome),
    });
    if (killReason) primary.handle.kill(killReason);
  };

  const coordinationEnded = (x: Instance, handle: RunHandle, outcome: ProcessOutcome): void => {
    x.coordination = outcome;
    x.ended.push(handle);
    if (x.handle === handle) x.handle = undefined;
    coordinating--;
    if (!killReason && !failure && failed(outcome)) {
      failure = outcome;
      for (const y of instances) y.handle?.kill("terminate");
    }
    if (coordinating > 0 || phase !== "coordination") return;
    if (failure) settle({ exitCode: failure.exitCode, startError: failure.startError, usage: failure.usage });
    else if (killReason) settle({ exitCode: instances[0]!.coordination?.exitCode });
    else startApplication();
  };

  instances.forEach((x, i) => {
    const primary = i === 0;
    const taskDir = primary ? join(app.taskDir, "coordination") : x.sub!.taskDir;
    const workingDir = primary ? app.workingDir : join(x.sub!.taskDir, "wd");
    const env = primary
      ? app.env
      : {
          ...taskEnvironment(account, x.node, { taskDir, workingDir, userIdentity: task.props.userIdentity }),
          AZ_BATCH_JOB_ID: job.id,
          AZ_BATCH_TASK_ID: task.id,
          ...multiEnv(x.node),
          ...userEnv,
        };
    const fetchCommon = download(x.node);
    x.handle = startProcess({
      commandLine: coordinationLine,
      taskDir,
      workingDir,
      env,
      files: account.files,
      ownerTag: account.processTag,
      prepare: primary
        ? async (signal: AbortSignal) => {
            await fetchCommon(signal);
            await app.prepare?.(signal);
          }
        : common.length > 0
          ? fetchCommon
          : undefined,
      onExit: (outcome, handle) => {
        coordinationEnded(x, handle, outcome);
        account.commit();
      },
    });
  });
  return run;
}

/** Adds a subtask to its node's recent tasks (with its `subtaskId`). */
function recordSubtaskOnNode(node: NodeRecord, task: TaskRecord, sub: SubtaskRecord): void {
  const i = node.recentTasks.findIndex((r) => r.jobId === task.job.id && r.taskId === task.id);
  if (i >= 0) node.recentTasks.splice(i, 1);
  node.recentTasks.push({
    taskUrl: `/jobs/${encodeURIComponent(task.job.id)}/tasks/${encodeURIComponent(task.id)}`,
    jobId: task.job.id,
    taskId: task.id,
    subtaskId: sub.id,
    taskState: task.state,
  });
  if (node.recentTasks.length > 10) node.recentTasks.shift();
}

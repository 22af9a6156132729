/**
 * Node lifecycle on this machine: creating → starting → (start task) → idle,
 * running while tasks run, and the reboot / reimage / deallocate / start /
 * scheduling operations with their transient states.
 */
import { join } from "node:path";
import { startProcess, type ProcessOutcome } from "../process.js";
import type { Account } from "../state/account.js";
import type { Json, NodeRecord, NodeState, PoolRecord, TaskDisposition } from "../state/model.js";
import { environmentSettings, taskEnvironment } from "./environment.js";
import { installPackages, nodePackageVariables, packageFailure, referencesOf } from "./applications.js";
import { killTask } from "./tasks.js";
import { agentLog, removeAgentLog } from "./agentLog.js";
import { checkPoolTransitions } from "./pools.js";
import {
  preparationNodeInterrupted,
  preparationNodeReady,
  preparationNodeReimaged,
  preparationNodeUnavailable,
} from "./jobPreparation.js";

/** States in which a node can take tasks. */
export function nodeAcceptsTasks(node: NodeRecord): boolean {
  return (
    !node.gone &&
    (node.state === "idle" || node.state === "running") &&
    node.schedulingState === "enabled" &&
    !node.pendingOp
  );
}

/**
 * Sets a node's state.
 * @param account - Owning account.
 * @param node - The node.
 * @param state - New state.
 */
export function setNodeState(account: Account, node: NodeRecord, state: NodeState): void {
  // A node with scheduling disabled and no tasks is `offline`, not `idle`.
  if (state === "idle" && node.schedulingState === "disabled") state = "offline";
  if (node.state === state) return;
  node.state = state;
  node.stateTransitionTime = account.now();
  account.changed(node);
  agentLog(account, node, `node state ${state}`);
  if (state === "idle") {
    preparationNodeReady(account, node);
    account.schedule();
  } else if (state === "starttaskfailed" || state === "unusable" || state === "leavingpool" || state === "deallocating")
    preparationNodeUnavailable(account, node);
}

/** Switches a ready node between `idle` and `running` after its tasks change. */
export function refreshNodeBusy(account: Account, node: NodeRecord): void {
  if (node.gone) return;
  if (node.running.size === 0 && node.pendingOp) {
    const op = node.pendingOp;
    node.pendingOp = undefined;
    op.run();
    return;
  }
  if (node.state === "idle" || node.state === "running" || node.state === "offline")
    setNodeState(account, node, node.running.size > 0 ? "running" : "idle");
}

/**
 * Creates a node in `creating` and starts its boot sequence.
 * @param account - Owning account.
 * @param pool - Its pool.
 * @param isDedicated - Dedicated or low-priority (spot).
 * @returns The node.
 */
export function createNode(account: Account, pool: PoolRecord, isDedicated: boolean): NodeRecord {
  const now = account.now();
  const n = ++pool.nodeCounter;
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "z")
    .toLowerCase();
  const seq = account.nextSeq();
  const id = `tvm-${1000000 + pool.seq}_${n}-${stamp}`;
  const node: NodeRecord = {
    kind: "node",
    seq,
    id,
    pool,
    isDedicated,
    state: "creating",
    stateTransitionTime: now,
    schedulingState: "enabled",
    allocationTime: now,
    lastBootTime: now,
    ipAddress: `10.0.${Math.floor(seq / 250) % 250}.${(seq % 250) + 4}`,
    ipv6Address: `fd00::${seq.toString(16)}`,
    remoteLoginPort: 50000 + n,
    totalTasksRun: 0,
    totalTasksSucceeded: 0,
    running: new Set(),
    usedSlots: 0,
    errors: [],
    users: new Map(),
    rootDir: account.nodeDir(id),
    recentTasks: [],
    gone: false,
  };
  account.add(node);
  account.changed(pool);
  const dirs = account.files
    .ensureDir(join(node.rootDir, "workitems"))
    .then(() =>
      Promise.all(["shared", "startup", "fsmounts"].map((d) => account.files.ensureDir(join(node.rootDir, d)))),
    );
  node.timer = account.later(account.timings.nodeCreateMs, () => {
    setNodeState(account, node, "starting");
    checkPoolTransitions(account, pool);
    void dirs.then(
      () => boot(account, node),
      () => boot(account, node),
    );
  });
  return node;
}

/** From `starting`: waits, then runs the pool's start task or goes idle. */
function boot(account: Account, node: NodeRecord): void {
  if (node.gone || account.closed) return;
  setNodeState(account, node, "starting");
  node.lastBootTime = account.now();
  account.changed(node);
  node.timer = account.later(account.timings.nodeStartMs, () => {
    if (node.gone || node.state !== "starting") return;
    const startTask = node.pool.props.startTask as Json | undefined;
    node.startTask = startTask;
    node.startTaskInfo = undefined;
    node.errors = [];
    const ready = (): void => {
      if (!startTask) {
        setNodeState(account, node, "idle");
        return;
      }
      const wait = startTask.waitForSuccess !== false;
      runStartTask(account, node, startTask, 0, wait);
      setNodeState(account, node, wait ? "waitingforstarttask" : "idle");
    };
    const refs = referencesOf(node.pool.props.applicationPackageReferences);
    if (refs.length === 0) return ready();
    // The pool's application packages are installed before the start task runs; a failure makes the node unusable.
    const bootTime = node.lastBootTime;
    void installPackages(account.files, node.rootDir, account.applications, refs).then(
      (vars) => {
        if (node.gone || account.closed || node.lastBootTime !== bootTime || node.state !== "starting") return;
        nodePackageVariables.set(node, vars);
        ready();
        account.commit();
      },
      (e: unknown) => {
        if (node.gone || account.closed || node.lastBootTime !== bootTime || node.state !== "starting") return;
        const f = packageFailure(e);
        node.errors = [{ code: f.code, message: f.message, errorDetails: f.details }];
        setNodeState(account, node, "unusable");
        account.commit();
      },
    );
  });
  // Boots start from promise continuations (directories made, files wiped): commit here, not in a timer.
  account.commit();
}

/** Runs (or retries) the start task. */
function runStartTask(account: Account, node: NodeRecord, startTask: Json, retry: number, wait: boolean): void {
  const startupDir = join(node.rootDir, "startup");
  const now = account.now();
  agentLog(account, node, `start task started (retry ${retry})`);
  node.startTaskInfo = {
    state: "running",
    startTime: now,
    retryCount: retry,
    lastRetryTime: retry > 0 ? now : undefined,
  };
  const env = {
    ...taskEnvironment(account, node, {
      taskDir: startupDir,
      workingDir: join(startupDir, "wd"),
      userIdentity: startTask.userIdentity,
    }),
    ...nodePackageVariables.get(node),
    ...environmentSettings(startTask.environmentSettings),
  };
  const handle = startProcess({
    commandLine: String(startTask.commandLine ?? ""),
    taskDir: startupDir,
    workingDir: join(startupDir, "wd"),
    env,
    files: account.files,
    ownerTag: account.processTag,
    onExit: (outcome) => {
      account.processes.delete(handle);
      if (node.startRun === handle) node.startRun = undefined;
      if (handle.killReason !== undefined || node.gone || account.closed) return;
      startTaskExited(account, node, startTask, retry, wait, outcome);
      account.commit();
    },
  });
  node.startRun = handle;
  account.processes.add(handle);
  account.changed(node);
}

/** Records a start task's exit: idle, a retry, or `starttaskfailed`. */
function startTaskExited(
  account: Account,
  node: NodeRecord,
  startTask: Json,
  retry: number,
  wait: boolean,
  outcome: ProcessOutcome,
): void {
  account.changed(node);
  agentLog(
    account,
    node,
    outcome.startError
      ? `start task failed to start (${outcome.startError.code})`
      : `start task exited with code ${outcome.exitCode}`,
  );
  const info = node.startTaskInfo!;
  info.state = "completed";
  info.endTime = account.now();
  info.exitCode = outcome.exitCode;
  if (!outcome.startError && outcome.exitCode === 0) {
    info.result = "success";
    if (node.state === "waitingforstarttask") setNodeState(account, node, "idle");
    return;
  }
  info.result = "failure";
  info.failureInfo = outcome.startError
    ? { category: "usererror", code: outcome.startError.code, message: outcome.startError.message }
    : {
        category: "usererror",
        code: "FailureExitCode",
        message: "The task process exited with an unexpected exit code",
        details: [{ name: "Message", value: `The task process exited with exit code ${outcome.exitCode}` }],
      };
  const max = typeof startTask.maxTaskRetryCount === "number" ? startTask.maxTaskRetryCount : 0;
  if (!outcome.startError && (max === -1 || retry < max)) {
    runStartTask(account, node, startTask, retry + 1, wait);
    return;
  }
  if (wait && node.state === "waitingforstarttask") {
    node.errors = [
      {
        code: "StartTaskFailed",
        message: "The start task failed",
        errorDetails: [{ name: "ExitCode", value: String(outcome.exitCode ?? "") }],
      },
    ];
    setNodeState(account, node, "starttaskfailed");
  }
}

/**
 * Deals with a node's running tasks before an operation, then runs it.
 * @param account - Owning account.
 * @param node - The node.
 * @param disposition - requeue / terminate (now) or taskcompletion (after they finish).
 * @param then - The operation.
 */
export function afterTasks(account: Account, node: NodeRecord, disposition: TaskDisposition, then: () => void): void {
  if (disposition === "taskcompletion" && node.running.size > 0) {
    node.pendingOp = { run: then };
    return;
  }
  for (const task of node.running) killTask(task, disposition === "terminate" ? "terminate" : "requeue");
  then();
}

function stopStartTask(node: NodeRecord): void {
  node.startRun?.kill("shutdown");
  node.startRun = undefined;
}

/** Cancels a pending transition and start task: the node is about to change. */
function interrupt(account: Account, node: NodeRecord): void {
  account.cancel(node.timer);
  node.timer = undefined;
  stopStartTask(node);
  preparationNodeInterrupted(account, node);
}

/**
 * Reboots (or reimages) a node: tasks handled per the option, transient state, then boot again.
 * @param account - Owning account.
 * @param node - The node.
 * @param disposition - Running tasks option.
 * @param kind - `rebooting` or `reimaging` (reimaging also wipes the node's task files).
 */
export function restartNode(
  account: Account,
  node: NodeRecord,
  disposition: TaskDisposition,
  kind: "rebooting" | "reimaging",
): void {
  afterTasks(account, node, disposition, () => {
    if (node.gone) return;
    interrupt(account, node);
    if (kind === "reimaging") preparationNodeReimaged(account, node);
    setNodeState(account, node, kind);
    const workitems = join(node.rootDir, "workitems");
    const wipe =
      kind === "reimaging"
        ? account.files.removeTree(workitems).then(() => account.files.ensureDir(workitems))
        : Promise.resolve();
    node.timer = account.later(account.timings.nodeRebootMs, () => {
      void wipe.finally(() => boot(account, node));
    });
  });
}

/**
 * Deallocates a node (`deallocating`, then `deallocated`).
 * @param account - Owning account.
 * @param node - The node.
 * @param disposition - Running tasks option.
 */
export function deallocateNode(account: Account, node: NodeRecord, disposition: TaskDisposition): void {
  afterTasks(account, node, disposition, () => {
    if (node.gone) return;
    interrupt(account, node);
    setNodeState(account, node, "deallocating");
    node.timer = account.later(account.timings.nodeRebootMs, () => setNodeState(account, node, "deallocated"));
  });
}

/**
 * Starts a deallocated node again.
 * @param account - Owning account.
 * @param node - The node (deallocated).
 */
export function startNode(account: Account, node: NodeRecord): void {
  interrupt(account, node);
  boot(account, node);
}

/**
 * Disables scheduling on a node, handling its running tasks per the option.
 * @param account - Owning account.
 * @param node - The node.
 * @param disposition - Running tasks option (taskcompletion lets them finish).
 */
export function disableScheduling(account: Account, node: NodeRecord, disposition: TaskDisposition): void {
  node.schedulingState = "disabled";
  account.changed(node);
  if (disposition !== "taskcompletion")
    for (const task of node.running) killTask(task, disposition === "terminate" ? "terminate" : "requeue");
  if (node.state === "idle") setNodeState(account, node, "offline");
}

/** `leavingpool`, then the node is gone and its files deleted. */
function leavePool(account: Account, node: NodeRecord): void {
  interrupt(account, node);
  setNodeState(account, node, "leavingpool");
  node.timer = account.later(account.timings.nodeRemoveMs, () => {
    account.remove(node);
    void account.files.removeTree(node.rootDir);
    removeAgentLog(account, node.id);
    checkPoolTransitions(account, node.pool);
  });
}

/**
 * Brings a node loaded from the store back after the emulator restarted: its
 * processes did not survive, so it boots again as after a reboot (start task
 * included); a node that was leaving the pool or deallocating finishes that.
 * @param account - Owning account.
 * @param node - The node (its tasks are requeued separately).
 */
export function resumeNode(account: Account, node: NodeRecord): void {
  node.rootDir = account.nodeDir(node.id);
  node.pendingOp = undefined;
  if (node.state === "leavingpool") {
    leavePool(account, node);
  } else if (node.state === "deallocating" || node.state === "deallocated") {
    setNodeState(account, node, "deallocated");
  } else {
    const dirs = ["workitems", "shared", "startup", "fsmounts"].map((d) =>
      account.files.ensureDir(join(node.rootDir, d)),
    );
    setNodeState(account, node, "starting");
    void Promise.all(dirs).then(
      () => boot(account, node),
      () => boot(account, node),
    );
  }
}

/**
 * Removes a node from its pool: tasks handled per the option, `leavingpool`, then gone (files deleted).
 * @param account - Owning account.
 * @param node - The node.
 * @param disposition - Running tasks option.
 */
export function removeNode(account: Account, node: NodeRecord, disposition: TaskDisposition): void {
  if (node.gone || node.state === "leavingpool") return;
  node.schedulingState = "disabled";
  account.changed(node);
  const leave = (): void => leavePool(account, node);
  if (disposition === "taskcompletion" && node.running.size > 0) {
    node.pendingOp = { run: leave };
    return;
  }
  for (const task of node.running) killTask(task, disposition === "terminate" ? "terminate" : "requeue");
  leave();
}

/**
 * Enables scheduling on a node again.
 * @param account - Owning account.
 * @param node - The node.
 */
export function enableScheduling(account: Account, node: NodeRecord): void {
  node.schedulingState = "enabled";
  account.changed(node);
  if (node.state === "offline") setNodeState(account, node, "idle");
  account.schedule();
}

/**
 * Records a node user (without its password), adding or replacing it.
 * @param account - Owning account.
 * @param node - The node.
 * @param name - User name.
 * @param user - Recorded properties.
 */
export function setNodeUser(account: Account, node: NodeRecord, name: string, user: Json): void {
  node.users.set(name.toLowerCase(), user);
  account.changed(node);
}

/**
 * Deletes a node user.
 * @param account - Owning account.
 * @param node - The node.
 * @param name - User name.
 * @returns False when there was no such user.
 */
export function deleteNodeUser(account: Account, node: NodeRecord, name: string): boolean {
  const had = node.users.delete(name.toLowerCase());
  if (had) account.changed(node);
  return had;
}

/** Remote login settings of a node. */
export function remoteLogin(node: NodeRecord): Json {
  return { remoteLoginIPAddress: node.ipAddress, remoteLoginPort: node.remoteLoginPort };
}

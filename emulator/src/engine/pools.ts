/**
 * Pool lifecycle: resize (allocation state), stop resize, remove nodes,
 * delete, and autoscale runs.
 */
import { BatchServiceError, conflict } from "../errors.js";
import type { Account } from "../state/account.js";
import type { Json, NodeRecord, PoolRecord, TaskDisposition } from "../state/model.js";
import { SAMPLE_PERIOD_MS } from "../autoscale/samples.js";
import { parseDuration } from "../duration.js";
import { evaluatePoolFormula, recordPoolSample } from "./autoScale.js";
import { createNode, removeNode } from "./nodes.js";

/** A validated pool to create. */
export interface NewPool {
  /** Pool id (case preserved). */
  id: string;
  /** User-supplied wire properties kept as given. */
  props: Json;
  /** `resizeTimeout` (ISO 8601 duration). */
  resizeTimeout: string;
  /** Autoscale formula and interval, when autoscale is enabled. */
  autoScale?: { formula: string; interval: string };
  /** Targets (ignored with autoscale). */
  targetDedicatedNodes: number;
  targetLowPriorityNodes: number;
  /** Slots per node. */
  taskSlotsPerNode: number;
  /** Set when the pool is a job's auto pool. */
  autoPoolJobId?: string;
}

/**
 * Adds a pool and starts allocating its nodes (or evaluates its autoscale formula).
 * @param account - Owning account.
 * @param spec - The validated pool.
 * @returns The pool.
 * @throws BatchServiceError 409 `PoolExists` / `PoolBeingDeleted` when the id is taken (ignoring case).
 */
export function createPool(account: Account, spec: NewPool): PoolRecord {
  const existing = account.pools.get(spec.id.toLowerCase());
  if (existing) {
    if (existing.state === "deleting")
      throw conflict("PoolBeingDeleted", "The specified pool has been marked for deletion and is being reclaimed.", [
        { key: "PoolId", value: existing.id },
      ]);
    throw conflict("PoolExists", "The specified pool already exists.", [{ key: "PoolId", value: existing.id }]);
  }
  const now = account.now();
  const pool: PoolRecord = {
    kind: "pool",
    seq: account.nextSeq(),
    etag: account.newEtag(),
    lastModified: now,
    creationTime: now,
    id: spec.id,
    props: spec.props,
    state: "active",
    stateTransitionTime: now,
    allocationState: "steady",
    allocationStateTransitionTime: now,
    targetDedicatedNodes: 0,
    targetLowPriorityNodes: 0,
    resizeTimeout: spec.resizeTimeout,
    enableAutoScale: spec.autoScale !== undefined,
    autoScaleFormula: spec.autoScale?.formula,
    autoScaleEvaluationInterval: spec.autoScale?.interval,
    resizeErrors: [],
    taskSlotsPerNode: spec.taskSlotsPerNode,
    nodes: new Map(),
    nodeCounter: 0,
    autoPoolJobId: spec.autoPoolJobId,
    gone: false,
  };
  account.add(pool);
  if (pool.enableAutoScale) runAutoScale(account, pool);
  else if (spec.targetDedicatedNodes + spec.targetLowPriorityNodes > 0)
    resizePool(account, pool, spec.targetDedicatedNodes, spec.targetLowPriorityNodes, "requeue", undefined, true);
  return pool;
}

/**
 * Applies a pool update (PATCH): given properties replace, others stay.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param changes - Wire properties to set.
 * @param taskSlotsPerNode - New slots per node, if given.
 */
export function updatePool(account: Account, pool: PoolRecord, changes: Json, taskSlotsPerNode?: number): void {
  Object.assign(pool.props, changes);
  if (taskSlotsPerNode !== undefined) pool.taskSlotsPerNode = taskSlotsPerNode;
  account.touch(pool);
  account.schedule();
}

/**
 * Replaces the start task, application packages and metadata (`updateproperties`).
 * @param account - Owning account.
 * @param pool - The pool.
 * @param values - The new values (an absent start task removes it).
 */
export function replacePoolProperties(
  account: Account,
  pool: PoolRecord,
  values: { startTask?: Json; applicationPackageReferences: unknown; metadata: unknown },
): void {
  if (values.startTask) pool.props.startTask = values.startTask;
  else delete pool.props.startTask;
  pool.props.applicationPackageReferences = values.applicationPackageReferences;
  pool.props.metadata = values.metadata;
  account.touch(pool);
}

/**
 * Enables (or changes) autoscale and evaluates the formula once.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param formula - The formula (already checked by `checkAutoScaleFormula` in `autoScale.ts`).
 * @param interval - Evaluation interval.
 */
export function enableAutoScale(account: Account, pool: PoolRecord, formula: string, interval: string): void {
  pool.enableAutoScale = true;
  pool.autoScaleFormula = formula;
  pool.autoScaleEvaluationInterval = interval;
  runAutoScale(account, pool);
}

/**
 * Disables autoscale; the pool keeps its nodes.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function disableAutoScale(account: Account, pool: PoolRecord): void {
  stopAutoScaleTimers(account, pool);
  pool.enableAutoScale = false;
  pool.autoScaleFormula = undefined;
  pool.autoScaleEvaluationInterval = undefined;
  pool.autoScaleRun = undefined;
  account.touch(pool);
}

/**
 * Sets the pool's allocation state.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param state - New allocation state.
 */
export function setAllocationState(account: Account, pool: PoolRecord, state: PoolRecord["allocationState"]): void {
  if (pool.allocationState === state) return;
  pool.allocationState = state;
  pool.allocationStateTransitionTime = account.now();
  account.touch(pool);
}

function live(pool: PoolRecord): NodeRecord[] {
  return [...pool.nodes.values()].filter((n) => !n.gone && n.state !== "leavingpool" && !n.pendingOp);
}

/**
 * Resizes a pool to the given targets: creates nodes or removes the least busy ones.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param dedicated - Target dedicated nodes.
 * @param lowPriority - Target low-priority nodes.
 * @param disposition - What happens to tasks on removed nodes.
 * @param resizeTimeout - New `resizeTimeout`, if given.
 * @param manual - A resize asked for by the user (pool creation, `resize`):
 *   its allocation times out after `resizeTimeout` (see {@link armResizeTimeout});
 *   an autoscale resize does not (the timeout "has no effect" with autoscale).
 */
export function resizePool(
  account: Account,
  pool: PoolRecord,
  dedicated: number,
  lowPriority: number,
  disposition: TaskDisposition = "requeue",
  resizeTimeout?: string,
  manual = false,
): void {
  if (resizeTimeout) pool.resizeTimeout = resizeTimeout;
  pool.resizeErrors = [];
  clearResizeTimeout(account, pool);
  pool.targetDedicatedNodes = dedicated;
  pool.targetLowPriorityNodes = lowPriority;
  setAllocationState(account, pool, "resizing");
  let room = account.maxNodes - nodeCount(account);
  for (const isDedicated of [true, false]) {
    const target = isDedicated ? dedicated : lowPriority;
    const nodes = live(pool).filter((n) => n.isDedicated === isDedicated);
    if (nodes.length < target) {
      // As the service does at its core quota: the nodes there is room for, and a resize error.
      const added = Math.max(0, Math.min(target - nodes.length, room));
      for (let i = 0; i < added; i++) createNode(account, pool, isDedicated);
      room -= added;
      if (nodes.length + added < target) pool.resizeErrors.push(quotaReached(account, isDedicated));
    } else if (nodes.length > target) {
      const rank = (n: NodeRecord): number =>
        n.state === "creating" ? 0 : n.running.size === 0 ? 1 : 2 + n.running.size;
      const victims = [...nodes].sort((a, b) => rank(a) - rank(b)).slice(0, nodes.length - target);
      for (const n of victims) removeNode(account, n, disposition);
    }
  }
  if (manual) {
    pool.resizeDeadline = account.now().getTime() + (parseDuration(pool.resizeTimeout) ?? 15 * 60_000);
  }
  account.touch(pool);
  checkPoolTransitions(account, pool);
  armResizeTimeout(account, pool);
}

/** The nodes of the account's pools that count against its quota (not those leaving). */
function nodeCount(account: Account): number {
  let n = 0;
  for (const pool of account.pools.values())
    for (const node of pool.nodes.values()) if (!node.gone && node.state !== "leavingpool") n++;
  return n;
}

/** The resize error of an allocation the account's node quota cut short. */
function quotaReached(account: Account, isDedicated: boolean): Json {
  return {
    code: isDedicated ? "AccountCoreQuotaReached" : "AccountLowPriorityCoreQuotaReached",
    message: `The account has reached its quota of ${account.maxNodes} nodes (the emulator's maxNodes); the pool has the nodes there was room for.`,
  };
}

/** The error a timed-out allocation leaves in `resizeErrors`. */
export const ALLOCATION_TIMED_OUT = {
  code: "AllocationTimedOut",
  message: "Desired number of dedicated nodes could not be allocated as the resize timeout was reached",
} as const;

/**
 * Arms the timeout of a manual allocation on the account's clock (also after
 * a restart, from the stored deadline; at once when it has passed). When it
 * fires while the pool is still `resizing` with nodes being allocated
 * (`creating`), those nodes are dropped, the pool keeps the nodes it has and
 * goes `steady` with `resizeErrors` [{@link ALLOCATION_TIMED_OUT}]; the
 * targets stay as asked.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function armResizeTimeout(account: Account, pool: PoolRecord): void {
  account.cancel(pool.resizeTimeoutTimer);
  pool.resizeTimeoutTimer = undefined;
  if (pool.resizeDeadline === undefined) return;
  if (pool.allocationState !== "resizing" || pool.state !== "active" || pool.gone) {
    clearResizeTimeout(account, pool);
    return;
  }
  pool.resizeTimeoutTimer = account.later(Math.max(0, pool.resizeDeadline - account.now().getTime()), () => {
    pool.resizeTimeoutTimer = undefined;
    pool.resizeDeadline = undefined;
    if (pool.allocationState !== "resizing" || pool.state !== "active" || pool.gone) return;
    const allocating = [...pool.nodes.values()].filter((n) => !n.gone && n.state === "creating");
    if (allocating.length === 0) return;
    for (const n of allocating) removeNode(account, n, "requeue");
    pool.resizeErrors = [{ ...ALLOCATION_TIMED_OUT }];
    setAllocationState(account, pool, "steady");
    account.touch(pool);
  });
}

/** Forgets the allocation timeout of a pool (the resize ended or a new one began). */
function clearResizeTimeout(account: Account, pool: PoolRecord): void {
  account.cancel(pool.resizeTimeoutTimer);
  pool.resizeTimeoutTimer = undefined;
  pool.resizeDeadline = undefined;
}

/**
 * Finishes pool transitions once nodes settle: `resizing` → `steady` when no
 * node is being created or removed; a deleting pool disappears once empty.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function checkPoolTransitions(account: Account, pool: PoolRecord): void {
  const busy = [...pool.nodes.values()].some(
    (n) =>
      n.state === "creating" ||
      n.state === "leavingpool" ||
      (n.pendingOp !== undefined && n.schedulingState === "disabled"),
  );
  if (pool.state === "deleting") {
    if (pool.nodes.size === 0 && !pool.resizeTimer) {
      pool.resizeTimer = account.later(account.timings.deleteMs, () => account.remove(pool));
    }
    return;
  }
  if (pool.allocationState === "resizing" && !busy) {
    setAllocationState(account, pool, "steady");
    clearResizeTimeout(account, pool);
  }
}

/**
 * Stops a resize: `stopping`, then `steady` with the nodes it has.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function stopResize(account: Account, pool: PoolRecord): void {
  if (pool.allocationState !== "resizing") return;
  clearResizeTimeout(account, pool);
  setAllocationState(account, pool, "stopping");
  account.later(account.timings.transitionMs, () => {
    if (pool.allocationState === "stopping") setAllocationState(account, pool, "steady");
  });
}

/**
 * Removes the given nodes and lowers the targets accordingly.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param nodes - Nodes to remove.
 * @param disposition - What happens to their tasks.
 */
export function removePoolNodes(
  account: Account,
  pool: PoolRecord,
  nodes: NodeRecord[],
  disposition: TaskDisposition,
): void {
  setAllocationState(account, pool, "resizing");
  for (const n of nodes) {
    if (n.isDedicated) pool.targetDedicatedNodes = Math.max(0, pool.targetDedicatedNodes - 1);
    else pool.targetLowPriorityNodes = Math.max(0, pool.targetLowPriorityNodes - 1);
    removeNode(account, n, disposition);
  }
  account.touch(pool);
  checkPoolTransitions(account, pool);
}

/**
 * Deletes a pool: `deleting`, all nodes leave (tasks requeued), then it is gone.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function deletePool(account: Account, pool: PoolRecord): void {
  pool.state = "deleting";
  pool.stateTransitionTime = account.now();
  account.touch(pool);
  account.cancel(pool.resizeTimer);
  pool.resizeTimer = undefined;
  clearResizeTimeout(account, pool);
  stopAutoScaleTimers(account, pool);
  pool.targetDedicatedNodes = 0;
  pool.targetLowPriorityNodes = 0;
  for (const n of [...pool.nodes.values()]) removeNode(account, n, "requeue");
  checkPoolTransitions(account, pool);
}

/**
 * Evaluates the pool's formula, records `autoScaleRun` and resizes to the targets
 * it sets (a failed evaluation leaves the pool as it is).
 * @param account - Owning account.
 * @param pool - The pool (autoscale enabled).
 */
export function runAutoScale(account: Account, pool: PoolRecord): void {
  if (!pool.enableAutoScale || !pool.autoScaleFormula) return;
  const now = account.now();
  const ev = evaluatePoolFormula(account, pool, pool.autoScaleFormula, now);
  pool.autoScaleRun = { timestamp: now.toISOString(), results: ev.results, ...(ev.error ? { error: ev.error } : {}) };
  const ded = ev.targetDedicatedNodes ?? pool.targetDedicatedNodes;
  const low = ev.targetLowPriorityNodes ?? pool.targetLowPriorityNodes;
  if (
    !ev.error &&
    pool.state === "active" &&
    (ded !== pool.targetDedicatedNodes || low !== pool.targetLowPriorityNodes || live(pool).length !== ded + low)
  ) {
    resizePool(account, pool, ded, low, ev.nodeDeallocationOption);
  }
  account.touch(pool);
  armAutoScale(account, pool, intervalMs(pool));
}

/** The pool's evaluation interval in ms (default 15 minutes). */
function intervalMs(pool: PoolRecord): number {
  return (
    (pool.autoScaleEvaluationInterval ? parseDuration(pool.autoScaleEvaluationInterval) : undefined) ?? 15 * 60_000
  );
}

/**
 * Arms the periodic autoscale of an active autoscale pool on the account's
 * clock: the next evaluation in `dueInMs` (each evaluation arms the next one
 * an interval later, so enabling or changing autoscale restarts the interval),
 * and a metrics sample every 30 seconds.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param dueInMs - Delay of the next evaluation.
 */
export function armAutoScale(account: Account, pool: PoolRecord, dueInMs: number): void {
  account.cancel(pool.autoScaleTimer);
  pool.autoScaleTimer = undefined;
  if (!pool.enableAutoScale || pool.state !== "active" || pool.gone) {
    stopAutoScaleTimers(account, pool);
    return;
  }
  pool.autoScaleTimer = account.later(Math.max(0, dueInMs), () => {
    pool.autoScaleTimer = undefined;
    runAutoScale(account, pool);
  });
  if (!pool.autoScaleSampleTimer) {
    const sample = (): void => {
      pool.autoScaleSampleTimer = undefined;
      if (!pool.enableAutoScale || pool.state !== "active" || pool.gone) return;
      recordPoolSample(account, pool, account.now());
      pool.autoScaleSampleTimer = account.later(SAMPLE_PERIOD_MS, sample);
    };
    pool.autoScaleSampleTimer = account.later(SAMPLE_PERIOD_MS, sample);
  }
}

/**
 * Resumes the periodic autoscale of a pool loaded after a restart: the next
 * evaluation an interval after the last one (at once if that time has passed).
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function resumeAutoScale(account: Account, pool: PoolRecord): void {
  const last = Date.parse(String(pool.autoScaleRun?.timestamp ?? ""));
  if (!pool.enableAutoScale) return;
  if (Number.isNaN(last)) runAutoScale(account, pool);
  else armAutoScale(account, pool, last + intervalMs(pool) - account.now().getTime());
}

/** Cancels the pool's autoscale timers (disable, delete). */
function stopAutoScaleTimers(account: Account, pool: PoolRecord): void {
  account.cancel(pool.autoScaleTimer);
  account.cancel(pool.autoScaleSampleTimer);
  pool.autoScaleTimer = undefined;
  pool.autoScaleSampleTimer = undefined;
}

/**
 * Pool lifecycle: resize (allocation state), stop resize, remove nodes,
 * delete, and autoscale runs.
 */
import type { Account } from "../state/account.js";
import type { NodeRecord, PoolRecord, TaskDisposition } from "../state/model.js";
import { evaluatePoolFormula } from "./autoScale.js";
import { createNode, removeNode } from "./nodes.js";

/**
 * Sets the pool's allocation state.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param state - New allocation state.
 */
export function setAllocationState(account: Account, pool: PoolRecord, state: PoolRecord["allocationState"]): void {
  if (pool.allocationState === state) return;
  pool.allocationState = state;
  pool.allocationStateTransitionTime = new Date();
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
 */
export function resizePool(account: Account, pool: PoolRecord, dedicated: number, lowPriority: number, disposition: TaskDisposition = "requeue"): void {
  pool.targetDedicatedNodes = dedicated;
  pool.targetLowPriorityNodes = lowPriority;
  setAllocationState(account, pool, "resizing");
  for (const isDedicated of [true, false]) {
    const target = isDedicated ? dedicated : lowPriority;
    const nodes = live(pool).filter((n) => n.isDedicated === isDedicated);
    if (nodes.length < target) {
      for (let i = nodes.length; i < target; i++) createNode(account, pool, isDedicated);
    } else if (nodes.length > target) {
      const rank = (n: NodeRecord): number => (n.state === "creating" ? 0 : n.running.size === 0 ? 1 : 2 + n.running.size);
      const victims = [...nodes].sort((a, b) => rank(a) - rank(b)).slice(0, nodes.length - target);
      for (const n of victims) removeNode(account, n, disposition);
    }
  }
  account.touch(pool);
  checkPoolTransitions(account, pool);
}

/**
 * Finishes pool transitions once nodes settle: `resizing` → `steady` when no
 * node is being created or removed; a deleting pool disappears once empty.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function checkPoolTransitions(account: Account, pool: PoolRecord): void {
  const busy = [...pool.nodes.values()].some((n) => n.state === "creating" || n.state === "leavingpool" || (n.pendingOp !== undefined && n.schedulingState === "disabled"));
  if (pool.state === "deleting") {
    if (pool.nodes.size === 0 && !pool.resizeTimer) {
      pool.resizeTimer = account.later(account.timings.deleteMs, () => {
        if (account.pools.get(pool.id.toLowerCase()) === pool) account.pools.delete(pool.id.toLowerCase());
      });
    }
    return;
  }
  if (pool.allocationState === "resizing" && !busy) setAllocationState(account, pool, "steady");
}

/**
 * Stops a resize: `stopping`, then `steady` with the nodes it has.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function stopResize(account: Account, pool: PoolRecord): void {
  if (pool.allocationState !== "resizing") return;
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
export function removePoolNodes(account: Account, pool: PoolRecord, nodes: NodeRecord[], disposition: TaskDisposition): void {
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
  pool.stateTransitionTime = new Date();
  account.touch(pool);
  account.cancel(pool.resizeTimer);
  pool.resizeTimer = undefined;
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
  const now = new Date();
  const ev = evaluatePoolFormula(account, pool, pool.autoScaleFormula, now);
  pool.autoScaleRun = { timestamp: now.toISOString(), results: ev.results, ...(ev.error ? { error: ev.error } : {}) };
  const ded = ev.targetDedicatedNodes ?? pool.targetDedicatedNodes;
  const low = ev.targetLowPriorityNodes ?? pool.targetLowPriorityNodes;
  if (!ev.error && pool.state === "active" && (ded !== pool.targetDedicatedNodes || low !== pool.targetLowPriorityNodes || live(pool).length !== ded + low)) {
    resizePool(account, pool, ded, low, ev.nodeDeallocationOption);
  }
  account.touch(pool);
}

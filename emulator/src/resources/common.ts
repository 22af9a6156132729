/** Helpers shared by the resource handlers: lookups, wire rendering and ordered output. */
import type { Account } from "../state/account.js";
import { notFound, conflict } from "../errors.js";
import type { JobRecord, Json, NodeRecord, PoolRecord, TaskRecord } from "../state/model.js";
import { idKey } from "../state/ids.js";

/** Percent-encodes a path segment. */
export function seg(s: string): string {
  return encodeURIComponent(s);
}

/** ISO 8601 time stamp, or undefined. */
export function iso(d: Date | undefined): string | undefined {
  return d?.toISOString();
}

/**
 * Builds an object whose keys follow `order`, dropping undefined values.
 * @param order - Property order (the spec's).
 * @param values - Values by name.
 */
export function ordered(order: readonly string[], values: Json): Json {
  const out: Json = {};
  for (const k of order) if (values[k] !== undefined) out[k] = values[k];
  for (const k of Object.keys(values))
    if (!(k in out) && values[k] !== undefined && !order.includes(k)) out[k] = values[k];
  return out;
}

/** Finds a pool or throws 404 `PoolNotFound`. */
export function findPool(account: Account, id: string): PoolRecord {
  const p = account.pools.get(idKey(id));
  if (!p) throw notFound("Pool", id);
  return p;
}

/** Finds a pool that is not being deleted (409 `PoolBeingDeleted` otherwise). */
export function activePool(account: Account, id: string): PoolRecord {
  const p = findPool(account, id);
  if (p.state === "deleting")
    throw conflict("PoolBeingDeleted", "The specified pool has been marked for deletion and is being reclaimed.", [
      { key: "PoolId", value: p.id },
    ]);
  return p;
}

/** Finds a node of a pool or throws 404 `NodeNotFound`. */
export function findNode(account: Account, poolId: string, nodeId: string): NodeRecord {
  const pool = findPool(account, poolId);
  const n = pool.nodes.get(idKey(nodeId));
  if (!n || n.gone) throw notFound("Node", nodeId);
  return n;
}

/** Finds a job or throws 404 `JobNotFound`. */
export function findJob(account: Account, id: string): JobRecord {
  const j = account.jobs.get(idKey(id));
  if (!j) throw notFound("Job", id);
  return j;
}

/** Finds a task or throws 404 `TaskNotFound`. */
export function findTask(account: Account, jobId: string, taskId: string): TaskRecord {
  const job = findJob(account, jobId);
  const t = job.tasks.get(idKey(taskId));
  if (!t) throw notFound("Task", taskId);
  return t;
}

/** URL of a pool. */
export function poolUrl(account: Account, id: string): string {
  return account.url(`/pools/${seg(id)}`);
}

/** URL of a node. */
export function nodeUrl(account: Account, node: NodeRecord): string {
  return account.url(`/pools/${seg(node.pool.id)}/nodes/${seg(node.id)}`);
}

/** URL of a job. */
export function jobUrl(account: Account, id: string): string {
  return account.url(`/jobs/${seg(id)}`);
}

/** URL of a task. */
export function taskUrl(account: Account, jobId: string, taskId: string): string {
  return account.url(`/jobs/${seg(jobId)}/tasks/${seg(taskId)}`);
}

/** `DataServiceId` (and ETag/Last-Modified) headers of a create or action response. */
export function actionHeaders(url: string, r?: { etag: string; lastModified: Date }): Record<string, string> {
  const h: Record<string, string> = { DataServiceId: url };
  if (r) {
    h.ETag = r.etag;
    h["Last-Modified"] = r.lastModified.toUTCString();
  }
  return h;
}

/**
 * Records ⇄ stored rows: the persistent fields of each record as JSON, without
 * the links and runtime state (timers, processes, slot counts) the engine
 * rebuilds after loading. Time stamps are stored as milliseconds since the
 * epoch and turned back into `Date`s by name, never by looking at the values
 * (user properties are stored as given).
 */
import type {
  JobRecord,
  JobScheduleRecord,
  Json,
  NodeRecord,
  PoolRecord,
  StoredRecord,
  TaskRecord,
} from "../state/model.js";

/** Fields that are not stored, per record kind (links and runtime state). */
const RUNTIME: Record<StoredRecord["kind"], readonly string[]> = {
  pool: ["nodes", "resizeTimer", "resizeTimeoutTimer", "autoScaleTimer", "autoScaleSampleTimer", "gone"],
  node: ["pool", "running", "usedSlots", "startRun", "timer", "pendingOp", "users", "gone"],
  job: ["tasks", "counts", "runningSlots", "wallClockTimer", "gone"],
  task: ["job", "node", "run", "wallClockTimer", "retentionTimer", "gone"],
  jobSchedule: ["timer", "gone"],
};

const VERSIONED_DATES = ["lastModified", "creationTime", "stateTransitionTime", "previousStateTransitionTime"];

/** Date fields per record kind. */
const DATES: Record<StoredRecord["kind"], readonly string[]> = {
  pool: [...VERSIONED_DATES, "allocationStateTransitionTime"],
  node: ["stateTransitionTime", "allocationTime", "lastBootTime"],
  job: [...VERSIONED_DATES, "startTime", "endTime"],
  task: VERSIONED_DATES,
  jobSchedule: [...VERSIONED_DATES, "endTime"],
};

const EXEC_DATES = ["startTime", "endTime", "lastRetryTime", "lastRequeueTime"];
const SUBTASK_DATES = ["stateTransitionTime", "previousStateTransitionTime", "startTime", "endTime"];

function revive(o: Json, names: readonly string[]): void {
  for (const n of names) if (typeof o[n] === "number") o[n] = new Date(o[n] as number);
}

const ms = (d: Date | undefined): number | undefined => d?.getTime();

/** The stored JSON of a task (the hot path: written at every task transition). */
function taskRow(t: TaskRecord): string {
  const e = t.exec;
  return JSON.stringify({
    kind: "task",
    seq: t.seq,
    etag: t.etag,
    lastModified: ms(t.lastModified),
    creationTime: ms(t.creationTime),
    id: t.id,
    props: t.props,
    state: t.state,
    stateTransitionTime: ms(t.stateTransitionTime),
    previousState: t.previousState,
    previousStateTransitionTime: ms(t.previousStateTransitionTime),
    exec: {
      startTime: ms(e.startTime),
      endTime: ms(e.endTime),
      exitCode: e.exitCode,
      failureInfo: e.failureInfo,
      retryCount: e.retryCount,
      lastRetryTime: ms(e.lastRetryTime),
      requeueCount: e.requeueCount,
      lastRequeueTime: ms(e.lastRequeueTime),
      result: e.result,
    },
    requiredSlots: t.requiredSlots,
    taskDir: t.taskDir,
    isJobManager: t.isJobManager,
    usage: t.usage,
    nodeId: t.node?.id,
    nodePoolId: t.node?.pool.id,
    subtasks: t.subtasks?.map((s) => ({
      ...s,
      stateTransitionTime: ms(s.stateTransitionTime),
      previousStateTransitionTime: ms(s.previousStateTransitionTime),
      startTime: ms(s.startTime),
      endTime: ms(s.endTime),
    })),
  });
}

/**
 * The stored JSON of a record.
 * @param record - Any record.
 */
export function toRow(record: StoredRecord): string {
  if (record.kind === "task") return taskRow(record);
  const skip = RUNTIME[record.kind];
  const out: Json = {};
  for (const [k, v] of Object.entries(record))
    if (!skip.includes(k) && v !== undefined) out[k] = v instanceof Date ? v.getTime() : v;
  if (record.kind === "node") {
    out.users = [...record.users.entries()];
    const sti = record.startTaskInfo;
    if (sti)
      out.startTaskInfo = {
        ...sti,
        startTime: ms(sti.startTime),
        endTime: ms(sti.endTime),
        lastRetryTime: ms(sti.lastRetryTime),
      };
  }
  return JSON.stringify(out);
}

/** A pool from its row (no nodes yet). */
export function poolFromRow(body: string): PoolRecord {
  const o = JSON.parse(body) as Json;
  revive(o, DATES.pool);
  return { ...(o as unknown as PoolRecord), nodes: new Map(), gone: false };
}

/** A node from its row, linked to its pool. */
export function nodeFromRow(body: string, pool: PoolRecord): NodeRecord {
  const o = JSON.parse(body) as Json;
  revive(o, DATES.node);
  const sti = o.startTaskInfo as Json | undefined;
  if (sti) revive(sti, ["startTime", "endTime", "lastRetryTime"]);
  const users = new Map((o.users ?? []) as [string, Json][]);
  return { ...(o as unknown as NodeRecord), pool, running: new Set(), usedSlots: 0, users, gone: false };
}

/** A job from its row (no tasks yet; counts are rebuilt by the caller). */
export function jobFromRow(body: string): JobRecord {
  const o = JSON.parse(body) as Json;
  revive(o, DATES.job);
  return {
    ...(o as unknown as JobRecord),
    tasks: new Map(),
    counts: { active: 0, running: 0, completed: 0 },
    runningSlots: 0,
    gone: false,
  };
}

/**
 * A task from its row, linked to its job and (when it still exists) the node it ran on.
 * @param body - Row JSON.
 * @param job - Its job.
 * @param findNode - Looks up a node by pool and node id.
 */
export function taskFromRow(
  body: string,
  job: JobRecord,
  findNode: (poolId: string, nodeId: string) => NodeRecord | undefined,
): TaskRecord {
  const o = JSON.parse(body) as Json;
  revive(o, DATES.task);
  revive(o.exec as Json, EXEC_DATES);
  for (const s of (o.subtasks ?? []) as Json[]) revive(s, SUBTASK_DATES);
  const node =
    typeof o.nodeId === "string" && typeof o.nodePoolId === "string" ? findNode(o.nodePoolId, o.nodeId) : undefined;
  delete o.nodeId;
  delete o.nodePoolId;
  return { ...(o as unknown as TaskRecord), job, node, gone: false };
}

/** A job schedule from its row. */
export function jobScheduleFromRow(body: string): JobScheduleRecord {
  const o = JSON.parse(body) as Json;
  revive(o, DATES.jobSchedule);
  return { ...(o as unknown as JobScheduleRecord), gone: false };
}

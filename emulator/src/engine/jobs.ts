/**
 * Job lifecycle: state changes, terminate, disable/enable, delete, the
 * `onAllTasksComplete` rule, max wall clock time and auto pools.
 */
import { join } from "node:path";
import { FOREVER_MS } from "../clock.js";
import { parseDuration } from "../duration.js";
import type { Account } from "../state/account.js";
import type { Json, JobRecord, JobState } from "../state/model.js";
import { deletePool } from "./pools.js";
import { scheduledJobEnded } from "./jobSchedules.js";
import { addTask, killTask, type NewTask } from "./tasks.js";
import { afterRelease, releaseFinished } from "./jobPreparation.js";
import { jobDeletionDirectory } from "./workItems.js";

/** A validated job to create. */
export interface NewJob {
  /** Job id (case preserved). */
  id: string;
  /** User-supplied wire properties kept as given. */
  props: Json;
  /** Pool its tasks run on (the given pool or its auto pool, already created). */
  poolId: string;
  /** Schedule that made the job, if any. */
  jobScheduleId?: string;
  /** Validated job manager task, if any. */
  jobManagerTask?: NewTask;
}

/**
 * Adds a job (with its job manager task) and arms its max wall clock time.
 * @param account - Owning account.
 * @param spec - The validated job.
 * @returns The job.
 */
export function createJob(account: Account, spec: NewJob): JobRecord {
  const now = account.now();
  const job: JobRecord = {
    kind: "job",
    seq: account.nextSeq(),
    etag: account.newEtag(),
    lastModified: now,
    creationTime: now,
    id: spec.id,
    props: spec.props,
    state: "active",
    stateTransitionTime: now,
    startTime: now,
    poolId: spec.poolId,
    tasks: new Map(),
    counts: { active: 0, running: 0, completed: 0 },
    runningSlots: 0,
    jobScheduleId: spec.jobScheduleId,
    gone: false,
  };
  account.add(job);
  armJobWallClock(account, job);
  if (spec.jobManagerTask) addTask(account, job, spec.jobManagerTask, true);
  account.later(0, () => checkAllTasksComplete(account, job));
  return job;
}

/**
 * Arms the job's `constraints.maxWallClockTime` (counted from its creation).
 * @param account - Owning account.
 * @param job - The job.
 */
export function armJobWallClock(account: Account, job: JobRecord): void {
  account.cancel(job.wallClockTimer);
  job.wallClockTimer = undefined;
  const wall = ((job.props.constraints ?? {}) as Json).maxWallClockTime;
  const wallMs = typeof wall === "string" ? parseDuration(wall) : undefined;
  if (wallMs === undefined || wallMs >= FOREVER_MS) return;
  const left = Math.max(0, job.creationTime.getTime() + wallMs - account.now().getTime());
  job.wallClockTimer = account.later(left, () => terminateJob(account, job, "MaxWallClockTimeExpiry"));
}

/**
 * Applies a job update or replace.
 * @param account - Owning account.
 * @param job - The job.
 * @param set - Wire properties to set.
 * @param removed - Wire properties to remove (replace).
 * @param poolId - New pool, if it changes.
 */
export function updateJob(
  account: Account,
  job: JobRecord,
  set: Json,
  removed: readonly string[],
  poolId?: string,
): void {
  Object.assign(job.props, set);
  for (const k of removed) delete job.props[k];
  if (poolId !== undefined) job.poolId = poolId;
  account.touch(job);
  account.later(0, () => checkAllTasksComplete(account, job));
  account.schedule();
}

/**
 * Moves a job to a new state.
 * @param account - Owning account.
 * @param job - The job.
 * @param state - New state.
 */
export function setJobState(account: Account, job: JobRecord, state: JobState): void {
  const now = account.now();
  if (job.state !== state) {
    job.previousState = job.state;
    job.previousStateTransitionTime = job.stateTransitionTime;
    job.state = state;
    job.stateTransitionTime = now;
  }
  account.touch(job, now);
}

/**
 * Terminates a job: running tasks are killed (they complete with
 * `TaskEnded`), then the job is `completed` with the given reason. Active
 * tasks stay `active`, as on the service, and are never scheduled.
 * @param account - Owning account.
 * @param job - The job (not completed, terminating or deleting).
 * @param reason - `terminateReason`, for example `UserTerminate` or `AllTasksComplete`.
 */
export function terminateJob(account: Account, job: JobRecord, reason: string): void {
  if (job.state === "completed" || job.state === "terminating" || job.state === "deleting") return;
  job.terminateReason = reason;
  setJobState(account, job, "terminating");
  account.cancel(job.wallClockTimer);
  for (const task of [...job.tasks.values()]) {
    if (task.run) killTask(task, "terminate");
    else if (task.state === "active") account.pending.delete(task);
  }
  jobTaskSettled(account, job);
}

/**
 * Finishes a job transition that waits for running tasks (terminating,
 * disabling with `wait`). Call after a task stops running.
 * @param account - Owning account.
 * @param job - The job.
 */
export function jobTaskSettled(account: Account, job: JobRecord): void {
  if (job.gone || job.counts.running > 0) return;
  if (job.state === "terminating") {
    // The job is completed once its release tasks have run (emulator/src/engine/jobPreparation.ts).
    if (!releaseFinished(account, job)) return;
    job.endTime = account.now();
    setJobState(account, job, "completed");
    releaseAutoPool(account, job);
    scheduledJobEnded(account, job);
  } else if (job.state === "disabling") {
    setJobState(account, job, "disabled");
  }
}

/**
 * Applies `onAllTasksComplete: terminatejob` (a job without tasks counts as complete).
 * @param account - Owning account.
 * @param job - The job.
 */
export function checkAllTasksComplete(account: Account, job: JobRecord): void {
  if (job.gone || job.state !== "active" || job.props.onAllTasksComplete !== "terminatejob") return;
  if (job.counts.active === 0 && job.counts.running === 0) terminateJob(account, job, "AllTasksComplete");
}

/**
 * Disables a job: no new tasks start; running tasks are requeued, terminated or left to finish.
 * @param account - Owning account.
 * @param job - The job (active).
 * @param disableTasks - What to do with running tasks.
 */
export function disableJob(account: Account, job: JobRecord, disableTasks: "requeue" | "terminate" | "wait"): void {
  job.disableTasks = disableTasks;
  setJobState(account, job, "disabling");
  if (disableTasks !== "wait") {
    for (const task of job.tasks.values())
      if (task.run) killTask(task, disableTasks === "requeue" ? "requeue" : "terminate");
  }
  jobTaskSettled(account, job);
}

/**
 * Enables a disabled job (`enabling`, then `active` after a short delay).
 * @param account - Owning account.
 * @param job - The job.
 */
export function enableJob(account: Account, job: JobRecord): void {
  setJobState(account, job, "enabling");
  account.later(account.timings.transitionMs, () => {
    if (job.state !== "enabling") return;
    setJobState(account, job, "active");
    checkAllTasksComplete(account, job);
    account.schedule();
  });
}

/**
 * Deletes a job: `deleting`, running tasks killed, then removed with its task files.
 * @param account - Owning account.
 * @param job - The job.
 */
export function deleteJob(account: Account, job: JobRecord): void {
  setJobState(account, job, "deleting");
  account.cancel(job.wallClockTimer);
  const nodeDirs = new Set<string>();
  for (const task of job.tasks.values()) {
    account.pending.delete(task);
    account.cancel(task.retentionTimer);
    if (task.node) nodeDirs.add(task.node.rootDir);
    if (task.run) killTask(task, "delete");
  }
  for (const e of job.prepNodes ?? []) {
    const node = account.pools.get(e.poolId.toLowerCase())?.nodes.get(e.nodeId.toLowerCase());
    if (node) nodeDirs.add(node.rootDir);
  }
  account.later(account.timings.deleteMs, () =>
    // Release tasks run before the job is gone (emulator/src/engine/jobPreparation.ts).
    afterRelease(account, job, () => {
      account.remove(job);
      // Moved aside first: a job created again with the same ID at once gets directories of its own.
      for (const dir of nodeDirs) {
        const moved = account.files.retire(join(dir, jobDeletionDirectory(job)));
        if (moved !== undefined) void account.files.removeTree(moved);
      }
      releaseAutoPool(account, job);
      scheduledJobEnded(account, job);
      account.schedule();
    }),
  );
}

/** Deletes the job's auto pool when its lifetime is the job. */
function releaseAutoPool(account: Account, job: JobRecord): void {
  const spec = (job.props.poolInfo as Json | undefined)?.autoPoolSpecification as Json | undefined;
  if (!spec || spec.keepAlive === true || !job.poolId) return;
  const pool = account.pools.get(job.poolId.toLowerCase());
  if (pool && pool.autoPoolJobId === job.id && pool.state === "active") deletePool(account, pool);
}

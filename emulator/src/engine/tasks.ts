/**
 * Task lifecycle: state changes, completion (retries, exit conditions, job
 * follow-ups, retention), termination, reactivation and deletion.
 */
import { FOREVER_MS } from "../clock.js";
import { parseDuration } from "../duration.js";
import type { Account } from "../state/account.js";
import { conflict } from "../errors.js";
import type { JobRecord, Json, KillReason, TaskRecord, TaskState } from "../state/model.js";
import { STORAGE_FAILURES } from "../storage/failures.js";
import { checkAllTasksComplete, disableJob, jobTaskSettled, terminateJob } from "./jobs.js";
import { subtaskRoots } from "./multiInstance.js";
import { agentLog } from "./agentLog.js";
import { idKey } from "../state/ids.js";

/** A validated task to add. */
export interface NewTask {
  /** Task id (case preserved). */
  id: string;
  /** User-supplied wire properties kept as given. */
  props: Json;
  /** Slots the task needs. */
  requiredSlots: number;
}

/**
 * Adds a task to a job and queues it.
 * @param account - Owning account.
 * @param job - The job.
 * @param spec - The validated task.
 * @param isJobManager - True for the job's job manager task.
 * @returns The task.
 * @throws BatchServiceError 409 `TaskExists` when the id is taken (ignoring case).
 */
export function addTask(account: Account, job: JobRecord, spec: NewTask, isJobManager = false): TaskRecord {
  if (job.tasks.has(spec.id.toLowerCase()))
    throw conflict("TaskExists", "The specified task already exists.", [{ key: "TaskId", value: spec.id }]);
  const now = account.now();
  const task: TaskRecord = {
    kind: "task",
    seq: account.nextSeq(),
    etag: account.newEtag(),
    lastModified: now,
    creationTime: now,
    id: spec.id,
    job,
    props: spec.props,
    state: "active",
    stateTransitionTime: now,
    exec: { retryCount: 0, requeueCount: 0 },
    requiredSlots: spec.requiredSlots,
    isJobManager,
    gone: false,
  };
  account.add(task);
  job.counts.active++;
  account.pending.add(task);
  account.schedule();
  return task;
}

/**
 * Replaces a task's constraints (an absent value removes them).
 * @param account - Owning account.
 * @param task - The task (not completed).
 * @param constraints - The new constraints.
 */
export function replaceTaskConstraints(account: Account, task: TaskRecord, constraints: Json | undefined): void {
  if (constraints !== undefined) task.props.constraints = constraints;
  else delete task.props.constraints;
  account.touch(task);
}

/**
 * Moves a task to a new state, keeping the job's per-state counts.
 * @param account - Owning account.
 * @param task - The task.
 * @param state - New state.
 * @param now - Transition time.
 */
export function setTaskState(account: Account, task: TaskRecord, state: TaskState, now = account.now()): void {
  const counts = task.job.counts;
  const bucket = (s: TaskState): "active" | "running" | "completed" => (s === "preparing" ? "running" : s);
  if (task.state !== state) {
    counts[bucket(task.state)]--;
    counts[bucket(state)]++;
    task.previousState = task.state;
    task.previousStateTransitionTime = task.stateTransitionTime;
    task.state = state;
    task.stateTransitionTime = now;
  }
  account.touch(task, now);
}

/** The exit options that apply to a finished task. */
export function exitOptionsFor(task: TaskRecord): { jobAction: string; dependencyAction: string } {
  const ec = (task.props.exitConditions ?? {}) as Json;
  const exitCode = task.exec.exitCode;
  const failed = task.exec.result === "failure";
  let opts: Json | undefined;
  const code = task.exec.failureInfo?.code;
  const storageCode = typeof code === "string" && Object.hasOwn(STORAGE_FAILURES, code);
  const packageCode = code === "InvalidApplicationPackageReferences" || code === "ApplicationPackageInstallFailed";
  if (
    code === "CommandProgramNotFound" ||
    code === "InvalidCommandLine" ||
    code === "ProcessStartFailed" ||
    packageCode ||
    (storageCode && code !== "FileUploadMiscError")
  ) {
    opts = ec.preProcessingError as Json | undefined;
  } else if (code === "FileUploadMiscError") {
    opts = ec.fileUploadError as Json | undefined;
  } else if (exitCode !== undefined) {
    const hit = ((ec.exitCodes ?? []) as Json[]).find((m) => m.code === exitCode);
    const range = ((ec.exitCodeRanges ?? []) as Json[]).find(
      (m) => (m.start as number) <= exitCode && exitCode <= (m.end as number),
    );
    opts = (hit?.exitOptions ?? range?.exitOptions) as Json | undefined;
  }
  // `default` covers failures no other rule matched: never a success (exit code 0).
  if (!opts && (failed || (exitCode !== undefined && exitCode !== 0))) opts = ec.default as Json | undefined;
  return {
    jobAction: (opts?.jobAction as string | undefined) ?? (failed ? "terminate" : "none"),
    dependencyAction: (opts?.dependencyAction as string | undefined) ?? (failed ? "block" : "satisfy"),
  };
}

/** Failure info of a task stopped by a user terminate request. */
export const TASK_ENDED: Json = { category: "usererror", code: "TaskEnded", message: "Task Was Ended by User Request" };

/**
 * Completes a task: final execution info, state `completed`, retention timer
 * and the job's follow-ups (job manager, exit conditions, all tasks complete).
 * @param account - Owning account.
 * @param task - The task.
 * @param outcome - Exit code, result and failure info.
 */
export function completeTask(
  account: Account,
  task: TaskRecord,
  outcome: { exitCode?: number; failureInfo?: Json },
): void {
  const now = account.now();
  task.exec.endTime = now;
  if (task.exec.startTime === undefined && outcome.exitCode !== undefined) task.exec.startTime = now;
  if (outcome.exitCode !== undefined) task.exec.exitCode = outcome.exitCode;
  else delete task.exec.exitCode;
  if (outcome.failureInfo) {
    task.exec.failureInfo = outcome.failureInfo;
    task.exec.result = "failure";
  } else {
    delete task.exec.failureInfo;
    task.exec.result = "success";
  }
  account.pending.delete(task);
  setTaskState(account, task, "completed", now);
  if (task.node && !task.node.gone)
    agentLog(account, task.node, `task ${task.job.id}/${task.id} completed (${task.exec.result})`);
  scheduleRetention(account, task);
  const job = task.job;
  if (task.isJobManager && task.props.killJobOnCompletion !== false && job.state === "active") {
    terminateJob(account, job, "JMComplete");
  }
  if (
    task.exec.result === "failure" &&
    job.props.onTaskFailure === "performexitoptionsjobaction" &&
    job.state === "active"
  ) {
    const { jobAction } = exitOptionsFor(task);
    if (jobAction === "terminate") terminateJob(account, job, "TaskFailed");
    else if (jobAction === "disable") disableJob(account, job, "requeue");
  }
  checkAllTasksComplete(account, job);
  jobTaskSettled(account, job);
  account.schedule();
}

/**
 * Deletes the task's directory once its retention time (counted from its end) has passed.
 * @param account - Owning account.
 * @param task - A completed task.
 */
export function scheduleRetention(account: Account, task: TaskRecord): void {
  account.cancel(task.retentionTimer);
  if (!task.taskDir) return;
  const text = (task.props.constraints as Json | undefined)?.retentionTime as string | undefined;
  const ms = (text ? parseDuration(text) : undefined) ?? 7 * 86_400_000;
  if (ms >= FOREVER_MS) return;
  const dirs = [task.taskDir, ...subtaskRoots(task)];
  const left = (task.exec.endTime?.getTime() ?? account.now().getTime()) + ms - account.now().getTime();
  task.retentionTimer = account.later(Math.max(0, left), () => {
    for (const dir of dirs) void account.files.removeTree(dir);
  });
}

/**
 * Puts a task back in the queue (`active`), counting a requeue.
 * @param account - Owning account.
 * @param task - The task.
 */
export function requeueTask(account: Account, task: TaskRecord): void {
  const now = account.now();
  task.exec.requeueCount++;
  task.exec.lastRequeueTime = now;
  setTaskState(account, task, "active", now);
  account.pending.add(task);
  jobTaskSettled(account, task.job);
  account.schedule();
}

/**
 * Stops a task's running process; the exit handler finishes the job.
 * @param task - The task.
 * @param reason - Why (decides what happens to the task afterwards).
 */
export function killTask(task: TaskRecord, reason: KillReason): void {
  task.run?.kill(reason);
}

/**
 * Terminates a task: a running task is killed and completes with
 * `TaskEnded`; an active task completes at once.
 * @param account - Owning account.
 * @param task - The task (not completed).
 * @param failureInfo - Failure info to record (default {@link TASK_ENDED}).
 */
export function terminateTask(account: Account, task: TaskRecord, failureInfo: Json = TASK_ENDED): void {
  if (task.state === "completed") return;
  if (task.run) {
    killTask(task, "terminate");
    return;
  }
  completeTask(account, task, { failureInfo });
}

/**
 * Reactivates a failed completed task: back to `active` with its retry count reset.
 * @param account - Owning account.
 * @param task - The task.
 */
export function reactivateTask(account: Account, task: TaskRecord): void {
  account.cancel(task.retentionTimer);
  task.exec = { retryCount: 0, requeueCount: task.exec.requeueCount, lastRequeueTime: task.exec.lastRequeueTime };
  setTaskState(account, task, "active");
  account.pending.add(task);
  account.schedule();
}

/**
 * Removes a task from its job, killing it if it runs and deleting its files
 * (a running task's once its process has ended, see `engine/scheduler.ts`).
 * @param account - Owning account.
 * @param task - The task.
 */
export function deleteTask(account: Account, task: TaskRecord): void {
  const job = task.job;
  account.remove(task);
  const bucket = task.state === "preparing" ? "running" : task.state;
  job.counts[bucket]--;
  account.pending.delete(task);
  account.cancel(task.retentionTimer);
  account.cancel(task.wallClockTimer);
  // Moved aside at once, so that a task added again with the same ID gets directories of its own;
  // removed now, or once the process that may still write there has ended (emulator/src/engine/scheduler.ts).
  const retired: string[] = [];
  for (const dir of task.taskDir ? [task.taskDir, ...subtaskRoots(task)] : []) {
    const moved = account.files.retire(dir);
    if (moved !== undefined) retired.push(moved);
  }
  if (task.run) {
    task.retiredDirs = retired;
    killTask(task, "delete");
  } else for (const dir of retired) void account.files.removeTree(dir);
  checkAllTasksComplete(account, job);
  account.schedule();
}

/**
 * True when the task's dependencies allow it to run.
 * @param task - The task.
 */
export function dependenciesSatisfied(task: TaskRecord): boolean {
  const deps = task.props.dependsOn as Json | undefined;
  if (!deps) return true;
  const job = task.job;
  const ok = (t: TaskRecord | undefined): boolean =>
    t !== undefined && t.state === "completed" && exitOptionsFor(t).dependencyAction === "satisfy";
  // What a request stored is validated (emulator/src/resources/tasks.ts); a value that is not what
  // it should be (a store written before the checks) leaves the task waiting, not the engine failing.
  const ids: unknown = deps.taskIds ?? [];
  const ranges: unknown = deps.taskIdRanges ?? [];
  if (!Array.isArray(ids) || !Array.isArray(ranges)) return false;
  for (const id of ids) if (typeof id !== "string" || !ok(job.tasks.get(idKey(id)))) return false;
  for (const r of ranges as Json[]) {
    const start = r?.start;
    const end = r?.end;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return false;
    for (const t of tasksInRange(job, start as number, end as number)) if (!ok(t)) return false;
  }
  return true;
}

/**
 * The job's tasks whose IDs are the decimal numbers `start` to `end` (as the service names them:
 * no sign, no leading zeros), found by whichever is fewer: the numbers of the range, or the job's
 * tasks (a range may span billions of IDs).
 */
function* tasksInRange(job: TaskRecord["job"], start: number, end: number): Iterable<TaskRecord> {
  if (end - start < job.tasks.size) {
    for (let i = start; i <= end; i++) {
      const t = job.tasks.get(String(i));
      if (t) yield t;
    }
    return;
  }
  for (const t of job.tasks.values()) {
    if (!/^(?:0|[1-9]\d{0,15})$/.test(t.id)) continue;
    const n = Number(t.id);
    if (n >= start && n <= end) yield t;
  }
}

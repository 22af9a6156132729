/**
 * Job schedule lifecycle: create, update, disable / enable, terminate
 * (`terminating`, then `completed`) and delete (`deleting`, then gone), and
 * the recurrences that create the schedule's jobs (`<scheduleId>:job-<n>`)
 * within `doNotRunUntil` / `doNotRunAfter` and each recurrence's
 * `startWindow`, one active job at a time.
 */
import { FOREVER_MS } from "../clock.js";
import { parseDuration } from "../duration.js";
import { conflict } from "../errors.js";
import type { Account } from "../state/account.js";
import type { JobRecord, JobScheduleRecord, JobScheduleState, Json } from "../state/model.js";
import { deleteJob, terminateJob } from "./jobs.js";
import { deletePool } from "./pools.js";

/**
 * Creates one job of a schedule from its `jobSpecification` (validated and
 * added as `POST /jobs` adds a job). Installed by the wire layer
 * (`resources/jobSchedules.ts`), which owns job validation.
 */
export type ScheduledJobFactory = (account: Account, schedule: JobScheduleRecord, jobId: string) => JobRecord;

let jobFactory: ScheduledJobFactory | undefined;

/**
 * Installs the function that creates a schedule's jobs.
 * @param factory - The factory.
 */
export function setScheduledJobFactory(factory: ScheduledJobFactory): void {
  jobFactory = factory;
}

/** The schedule's timing, parsed. */
interface Timing {
  notBefore?: number;
  notAfter?: number;
  recurrenceMs?: number;
  startWindowMs?: number;
}

function timingOf(s: JobScheduleRecord): Timing {
  const sch = (s.props.schedule ?? {}) as Json;
  const date = (v: unknown): number | undefined =>
    typeof v === "string" && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : undefined;
  const dur = (v: unknown): number | undefined => {
    const ms = typeof v === "string" ? parseDuration(v) : undefined;
    return ms === undefined || ms >= FOREVER_MS ? undefined : ms;
  };
  return {
    notBefore: date(sch.doNotRunUntil),
    notAfter: date(sch.doNotRunAfter),
    recurrenceMs: dur(sch.recurrenceInterval),
    startWindowMs: dur(sch.startWindow),
  };
}

/** The schedule's job that is not yet completed (at most one), if any. */
export function activeScheduledJob(account: Account, s: JobScheduleRecord): JobRecord | undefined {
  if (!s.recentJobId) return undefined;
  const job = account.jobs.get(s.recentJobId.toLowerCase());
  return job && !job.gone && job.state !== "completed" && job.state !== "deleting" ? job : undefined;
}

/** The first recurrence of a schedule that has created no job yet. */
function firstRun(t: Timing, now: number): number {
  return Math.max(now, t.notBefore ?? now);
}

/**
 * Adds a job schedule; its first recurrence is at `doNotRunUntil` (or now).
 * @param account - Owning account.
 * @param id - Schedule id (case preserved).
 * @param props - Validated wire properties (displayName, schedule, jobSpecification, metadata).
 * @throws BatchServiceError 409 `JobScheduleExists` when the id is taken (ignoring case), `JobWithSameIdExists` when a job has it.
 */
export function createJobSchedule(account: Account, id: string, props: Json): JobScheduleRecord {
  if (account.jobSchedules.has(id.toLowerCase()))
    throw conflict("JobScheduleExists", "The specified job schedule already exists.", [
      { key: "JobScheduleId", value: id },
    ]);
  // One id space with jobs (see addJob in emulator/src/resources/jobs.ts).
  if (account.jobs.has(id.toLowerCase()))
    throw conflict("JobWithSameIdExists", "A job with the specified job schedule id exists.", [
      { key: "JobScheduleId", value: id },
    ]);
  const now = account.now();
  const s: JobScheduleRecord = {
    kind: "jobSchedule",
    seq: account.nextSeq(),
    etag: account.newEtag(),
    lastModified: now,
    creationTime: now,
    id,
    props,
    state: "active",
    stateTransitionTime: now,
    nextRunAt: firstRun(timingOf({ props } as JobScheduleRecord), now.getTime()),
    jobCount: 0,
    gone: false,
  };
  account.add(s);
  runJobSchedule(account, s);
  return s;
}

/**
 * Creates the job that is due, skips recurrences whose start window passed,
 * completes the schedule when no more jobs will come and its last job ended,
 * and arms the timer for the next moment something can change. Call after
 * anything that affects the schedule (create, update, enable, a job of it
 * completing, restart).
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function runJobSchedule(account: Account, s: JobScheduleRecord): void {
  if (s.gone || (s.state !== "active" && s.state !== "disabled")) return;
  account.cancel(s.timer);
  s.timer = undefined;
  const t = timingOf(s);
  const now = account.now().getTime();
  if (s.jobCount === undefined) {
    // Stored before schedules created jobs: its first recurrence is still to come.
    s.jobCount = 0;
    s.nextRunAt = firstRun(t, now);
    account.changed(s);
  }
  for (let guard = 0; guard < 1_000_000; guard++) {
    const due = s.nextRunAt;
    if (due !== undefined && t.notAfter !== undefined && due > t.notAfter) {
      setNextRun(account, s, undefined);
      continue;
    }
    if (due === undefined) {
      // A recurring schedule completes once doNotRunAfter is past; one without recurrence once its job finished.
      if (t.recurrenceMs !== undefined && t.notAfter !== undefined && now <= t.notAfter)
        return arm(account, s, t.notAfter - now + 1);
      if (!activeScheduledJob(account, s)) completeJobSchedule(account, s);
      return;
    }
    if (now < due) return arm(account, s, due - now);
    // The opportunity lasts the start window, never into the next recurrence, never past doNotRunAfter.
    let windowEnd = t.startWindowMs === undefined ? Infinity : due + t.startWindowMs;
    if (t.recurrenceMs !== undefined) windowEnd = Math.min(windowEnd, due + t.recurrenceMs);
    if (t.notAfter !== undefined) windowEnd = Math.min(windowEnd, t.notAfter + 1);
    if (now >= windowEnd) {
      setNextRun(account, s, nextAfter(t, due, now));
      continue;
    }
    if (s.state === "active" && !activeScheduledJob(account, s)) {
      createScheduledJob(account, s);
      setNextRun(account, s, t.recurrenceMs === undefined ? undefined : due + t.recurrenceMs);
      continue;
    }
    // Waiting (disabled, or the previous job still active): look again when the window closes.
    if (windowEnd !== Infinity) arm(account, s, windowEnd - now);
    return;
  }
}

/** The first recurrence after `due` whose window has not yet closed (recurrences missed entirely are skipped at once). */
function nextAfter(t: Timing, due: number, now: number): number | undefined {
  if (t.recurrenceMs === undefined) return undefined;
  const steps = Math.max(1, Math.floor((now - due) / t.recurrenceMs));
  return due + steps * t.recurrenceMs;
}

function setNextRun(account: Account, s: JobScheduleRecord, at: number | undefined): void {
  if (s.nextRunAt === at) return;
  s.nextRunAt = at;
  account.changed(s);
}

function arm(account: Account, s: JobScheduleRecord, ms: number): void {
  s.timer = account.later(ms, () => runJobSchedule(account, s));
}

function createScheduledJob(account: Account, s: JobScheduleRecord): void {
  if (!jobFactory) return;
  const n = (s.jobCount ?? 0) + 1;
  s.jobCount = n;
  const jobId = `${s.id}:job-${n}`;
  try {
    jobFactory(account, s, jobId);
    s.recentJobId = jobId;
  } catch {
    // A job specification the service accepted at create cannot fail here but for an id taken by a deleted job still going: the recurrence is lost.
  }
  account.touch(s);
}

function completeJobSchedule(account: Account, s: JobScheduleRecord): void {
  s.endTime = account.now();
  setJobScheduleState(account, s, "completed");
  releaseScheduleAutoPool(account, s);
}

/** Deletes the auto pool shared by the schedule's jobs. */
function releaseScheduleAutoPool(account: Account, s: JobScheduleRecord): void {
  if (!s.autoPoolId) return;
  const auto = ((s.props.jobSpecification as Json | undefined)?.poolInfo as Json | undefined)?.autoPoolSpecification as
    Json | undefined;
  const pool = account.pools.get(s.autoPoolId.toLowerCase());
  if (pool && pool.state === "active" && auto?.keepAlive !== true) deletePool(account, pool);
}

/**
 * A job of a schedule reached `completed` or was deleted: the schedule may
 * create the job that waited, or complete.
 * @param account - Owning account.
 * @param job - The job.
 */
export function scheduledJobEnded(account: Account, job: JobRecord): void {
  if (!job.jobScheduleId) return;
  const s = account.jobSchedules.get(job.jobScheduleId.toLowerCase());
  if (s) account.later(0, () => runJobSchedule(account, s));
}

/**
 * Moves a schedule to a new state.
 * @param account - Owning account.
 * @param s - The schedule.
 * @param state - New state.
 */
export function setJobScheduleState(account: Account, s: JobScheduleRecord, state: JobScheduleState): void {
  const now = account.now();
  if (s.state !== state) {
    s.previousState = s.state;
    s.previousStateTransitionTime = s.stateTransitionTime;
    s.state = state;
    s.stateTransitionTime = now;
  }
  account.touch(s, now);
}

/**
 * Applies an update (PATCH) or replace (PUT). A new `schedule` takes effect
 * at once: the next recurrence is counted from the most recent job (or from
 * now when there is none yet).
 * @param account - Owning account.
 * @param s - The schedule.
 * @param set - Wire properties to set.
 * @param removed - Wire properties to remove.
 */
export function updateJobSchedule(account: Account, s: JobScheduleRecord, set: Json, removed: readonly string[]): void {
  Object.assign(s.props, set);
  for (const k of removed) delete s.props[k];
  if (set.schedule !== undefined) {
    const t = timingOf(s);
    const now = account.now().getTime();
    const recent = s.recentJobId ? account.jobs.get(s.recentJobId.toLowerCase()) : undefined;
    if (!s.jobCount) s.nextRunAt = firstRun(t, now);
    else if (t.recurrenceMs === undefined) s.nextRunAt = undefined;
    else s.nextRunAt = Math.max((recent?.creationTime.getTime() ?? now) + t.recurrenceMs, t.notBefore ?? 0);
  }
  account.touch(s);
  runJobSchedule(account, s);
}

/**
 * Disables a schedule: no new jobs until it is enabled (recurrences whose window passes meanwhile are lost).
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function disableJobSchedule(account: Account, s: JobScheduleRecord): void {
  setJobScheduleState(account, s, "disabled");
  runJobSchedule(account, s);
}

/**
 * Enables a disabled schedule: a recurrence still within its start window creates its job now.
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function enableJobSchedule(account: Account, s: JobScheduleRecord): void {
  setJobScheduleState(account, s, "active");
  runJobSchedule(account, s);
}

/**
 * Deletes a schedule: `deleting`, its jobs deleted, then removed after the delete delay.
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function deleteJobSchedule(account: Account, s: JobScheduleRecord): void {
  setJobScheduleState(account, s, "deleting");
  account.cancel(s.timer);
  for (const job of [...account.jobs.values()]) {
    if (job.jobScheduleId?.toLowerCase() === s.id.toLowerCase() && job.state !== "deleting") deleteJob(account, job);
  }
  s.timer = account.later(account.timings.deleteMs, () => {
    account.remove(s);
    releaseScheduleAutoPool(account, s);
  });
}

/**
 * Terminates a schedule: `terminating`, its active job terminated, then `completed` after a short transition.
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function terminateJobSchedule(account: Account, s: JobScheduleRecord): void {
  setJobScheduleState(account, s, "terminating");
  account.cancel(s.timer);
  const job = activeScheduledJob(account, s);
  if (job) terminateJob(account, job, "UserTerminate");
  s.timer = account.later(account.timings.transitionMs, () => {
    if (s.state !== "terminating") return;
    s.nextRunAt = undefined;
    completeJobSchedule(account, s);
  });
}

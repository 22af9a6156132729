/**
 * Job schedule lifecycle: create, update, disable / enable, terminate
 * (`terminating`, then `completed`) and delete (`deleting`, then gone).
 * Schedules are recorded with their states; they never create jobs.
 */
import { conflict } from "../errors.js";
import type { Account } from "../state/account.js";
import type { JobScheduleRecord, JobScheduleState, Json } from "../state/model.js";

/**
 * Adds a job schedule.
 * @param account - Owning account.
 * @param id - Schedule id (case preserved).
 * @param props - Validated wire properties (displayName, schedule, jobSpecification, metadata).
 * @throws BatchServiceError 409 `JobScheduleExists` when the id is taken (ignoring case).
 */
export function createJobSchedule(account: Account, id: string, props: Json): JobScheduleRecord {
  if (account.jobSchedules.has(id.toLowerCase())) throw conflict("JobScheduleExists", "The specified job schedule already exists.", [{ key: "JobScheduleId", value: id }]);
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
    gone: false,
  };
  account.add(s);
  return s;
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
 * Applies an update (PATCH) or replace (PUT).
 * @param account - Owning account.
 * @param s - The schedule.
 * @param set - Wire properties to set.
 * @param removed - Wire properties to remove.
 */
export function updateJobSchedule(account: Account, s: JobScheduleRecord, set: Json, removed: readonly string[]): void {
  Object.assign(s.props, set);
  for (const k of removed) delete s.props[k];
  account.touch(s);
}

/**
 * Deletes a schedule: `deleting`, then removed after the delete delay.
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function deleteJobSchedule(account: Account, s: JobScheduleRecord): void {
  setJobScheduleState(account, s, "deleting");
  account.cancel(s.timer);
  s.timer = account.later(account.timings.deleteMs, () => account.remove(s));
}

/**
 * Terminates a schedule: `terminating`, then `completed` after a short transition.
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function terminateJobSchedule(account: Account, s: JobScheduleRecord): void {
  setJobScheduleState(account, s, "terminating");
  account.cancel(s.timer);
  s.timer = account.later(account.timings.transitionMs, () => {
    if (s.state !== "terminating") return;
    s.endTime = account.now();
    setJobScheduleState(account, s, "completed");
  });
}

/**
 * Where a job's directories are below a node's root, as a Batch node lays them out.
 */
import type { JobRecord } from "../state/model.js";

/**
 * The job's directory below a node's root (`/` separated): `workitems/<jobId>/job-1` for a job,
 * `workitems/<scheduleId>/job-<n>` for job `<scheduleId>:job-<n>` of a job schedule. Its tasks',
 * preparation and release tasks' directories are below it.
 * @param job - The job.
 */
export function jobDirectory(job: Pick<JobRecord, "id" | "jobScheduleId">): string {
  const schedule = job.jobScheduleId;
  if (schedule !== undefined && job.id.startsWith(`${schedule}:job-`))
    return `workitems/${schedule}/${job.id.slice(schedule.length + 1)}`;
  return `workitems/${job.id}/job-1`;
}

/**
 * What deleting the job removes below each node's root: `workitems/<jobId>` for a job, its own
 * `workitems/<scheduleId>/job-<n>` for a job of a schedule (the schedule's other jobs stay).
 * @param job - The job.
 */
export function jobDeletionDirectory(job: Pick<JobRecord, "id" | "jobScheduleId">): string {
  const dir = jobDirectory(job);
  return job.jobScheduleId !== undefined && dir !== `workitems/${job.id}/job-1` ? dir : `workitems/${job.id}`;
}

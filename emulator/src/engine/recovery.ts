/**
 * Restart: turns records loaded from a durable store back into a running
 * account. Processes do not survive a restart, so every node boots again,
 * every task that was running is requeued as after a node failure
 * (`requeueCount` + 1), active tasks queue again in creation order, and
 * transitions that were under way (deleting, terminating, disabling,
 * enabling, resizing) finish; autoscale pools evaluate again an interval
 * after their last evaluation.
 */
import type { Account } from "../state/account.js";
import type { TaskRecord } from "../state/model.js";
import { armJobWallClock, deleteJob, enableJob, jobTaskSettled } from "./jobs.js";
import { deleteJobSchedule, runJobSchedule, terminateJobSchedule } from "./jobSchedules.js";
import { resumeNode } from "./nodes.js";
import { armResizeTimeout, checkPoolTransitions, deletePool, resumeAutoScale, setAllocationState } from "./pools.js";
import { completeTask, requeueTask, scheduleRetention, TASK_ENDED } from "./tasks.js";
import { join } from "node:path";
import { recoverPreparation } from "./jobPreparation.js";
import { abandonSubtasks } from "./multiInstance.js";
import { jobDirectory } from "./workItems.js";

/** What {@link recoverAccount} did. */
export interface RecoveryReport {
  /** Tasks that were running and were put back in the queue. */
  requeued: number;
  /** Active tasks queued again. */
  queued: number;
}

/**
 * Resumes every loaded record.
 * @param account - An account whose store was just loaded (scheduler installed).
 * @returns Counts of requeued and queued tasks.
 */
export function recoverAccount(account: Account): RecoveryReport {
  const report: RecoveryReport = { requeued: 0, queued: 0 };
  recoverPreparation(account);
  for (const pool of account.pools.values()) for (const node of [...pool.nodes.values()]) resumeNode(account, node);
  const active: TaskRecord[] = [];
  for (const job of account.jobs.values()) {
    for (const task of job.tasks.values()) {
      if (task.node) task.taskDir = join(task.node.rootDir, jobDirectory(job), task.id);
      if (task.state === "running" || task.state === "preparing") abandonSubtasks(account, task);
      if ((task.state === "running" || task.state === "preparing") && job.state === "terminating") {
        // The job was being terminated: its running tasks end as terminateJob ends them (active ones stay active).
        completeTask(account, task, {
          failureInfo: { ...TASK_ENDED, message: "Task was ended because its job was terminated" },
        });
      } else if (task.state === "running" || task.state === "preparing") {
        requeueTask(account, task);
        report.requeued++;
      } else if (task.state === "active") {
        active.push(task);
      } else {
        scheduleRetention(account, task);
      }
    }
  }
  active.sort((a, b) => a.seq - b.seq);
  for (const task of active) account.pending.add(task);
  report.queued = active.length;
  for (const job of [...account.jobs.values()]) {
    if (job.state === "deleting") deleteJob(account, job);
    else if (job.state === "enabling") enableJob(account, job);
    else if (job.state === "terminating" || job.state === "disabling") jobTaskSettled(account, job);
    if (job.state === "active" || job.state === "disabled" || job.state === "disabling" || job.state === "enabling")
      armJobWallClock(account, job);
  }
  for (const pool of [...account.pools.values()]) {
    if (pool.state === "deleting") deletePool(account, pool);
    else if (pool.allocationState === "stopping") setAllocationState(account, pool, "steady");
    else checkPoolTransitions(account, pool);
    armResizeTimeout(account, pool);
    if (pool.state === "active" && pool.enableAutoScale) resumeAutoScale(account, pool);
  }
  for (const s of [...account.jobSchedules.values()]) {
    if (s.state === "deleting") deleteJobSchedule(account, s);
    else if (s.state === "terminating") terminateJobSchedule(account, s);
    else runJobSchedule(account, s);
  }
  account.schedule();
  account.commit();
  return report;
}

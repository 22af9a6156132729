// Waiting for a job's tasks to complete: `BatchClient.waitForTasks`.
//
// Without a filter it polls `GET /jobs/{id}/taskcounts` (one small request whatever the number of
// tasks). Task counts can lag behind, so when they say "all completed" one listing of
// `state ne 'completed'` (one id) confirms it before returning. With a filter it lists the
// matching tasks with `$select=id,state,executionInfo`. The poll interval adapts: it starts at
// `pollIntervalInMs`, grows by half when nothing changed, and goes back to the start when
// something did, never above `maxPollIntervalInMs`.

import { AbortError, type AbortSignalLike } from "@azure/abort-controller";
import type { BatchOperations } from "../generated/api/operations.js";
import { sleep } from "./retryTiming.js";

/** Task counts reported by `BatchClient.waitForTasks`. */
export interface WaitForTasksProgress {
  /** Tasks counted (those matching the filter, or all the job's tasks). */
  total: number;
  /** Tasks in the active state. */
  active: number;
  /** Tasks preparing or running. */
  running: number;
  /** Tasks completed. */
  completed: number;
  /** Completed tasks whose result is success. */
  succeeded: number;
  /** Completed tasks whose result is failure. */
  failed: number;
}

/** Options of `BatchClient.waitForTasks`. */
export interface WaitForTasksOptionalParams {
  /**
   * An OData `$filter` on the job's tasks (for example `startswith(id,'render-')`); only the
   * matching tasks are waited for. Without it all tasks of the job are, using the job's task counts.
   */
  filter?: string;
  /** Give up after this many ms (default: no limit), with an `AbortError` saying it timed out. */
  timeoutInMs?: number;
  /** Stops waiting (an `AbortError`). */
  abortSignal?: AbortSignalLike;
  /** First poll interval, in ms (default 1,000). */
  pollIntervalInMs?: number;
  /** Largest poll interval, in ms (default 30,000). */
  maxPollIntervalInMs?: number;
  /** Called after each poll with the counts. */
  onProgress?: (progress: WaitForTasksProgress) => void;
}

/** The outcome of `BatchClient.waitForTasks`: every counted task is completed. */
export interface WaitForTasksResult {
  /** Tasks counted. */
  total: number;
  /** Tasks that succeeded (`total - failed`). */
  succeeded: number;
  /**
   * Tasks that failed (result `failure`: non-zero exit after retries, or a scheduling failure);
   * always `failedTaskIds.length`, since both come from one listing.
   */
  failed: number;
  /** The IDs of the failed tasks. */
  failedTaskIds: string[];
}

/**
 * Waits for tasks: see `BatchClient.waitForTasks`.
 * @param client - The client.
 * @param jobId - The job.
 * @param options - Options.
 * @returns Counts and failed task IDs.
 * @throws AbortError - on abort or timeout; a BatchError from a failed request.
 * @internal
 */
export async function waitForTasks(
  client: BatchOperations,
  jobId: string,
  options: WaitForTasksOptionalParams = {},
): Promise<WaitForTasksResult> {
  const minInterval = Math.max(0, options.pollIntervalInMs ?? 1_000);
  const maxInterval = Math.max(
    minInterval,
    options.maxPollIntervalInMs ?? 30_000,
  );
  const deadline =
    options.timeoutInMs === undefined
      ? undefined
      : Date.now() + options.timeoutInMs;

  // One signal for the caller's abort and the timeout.
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort();
  if (options.abortSignal?.aborted) controller.abort();
  options.abortSignal?.addEventListener("abort", onAbort, { once: true });
  const timer =
    options.timeoutInMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, options.timeoutInMs);
  const signal = controller.signal;
  const requestOptions = { abortSignal: signal };

  const fail = (): never => {
    throw new AbortError(
      timedOut
        ? `waitForTasks timed out after ${options.timeoutInMs} ms (job '${jobId}'${last ? `: ${last.completed} of ${last.total} tasks completed` : ""})`
        : "waitForTasks was aborted.",
    );
  };
  let last: WaitForTasksProgress | undefined;

  try {
    let interval = minInterval;
    for (;;) {
      if (signal.aborted) fail();
      try {
        let counts: WaitForTasksProgress;
        let failedIds: string[] | undefined;
        if (options.filter === undefined) {
          const { taskCounts } = await client.getJobTaskCounts(
            jobId,
            requestOptions,
          );
          counts = {
            total:
              taskCounts.active + taskCounts.running + taskCounts.completed,
            active: taskCounts.active,
            running: taskCounts.running,
            completed: taskCounts.completed,
            succeeded: taskCounts.succeeded,
            failed: taskCounts.failed,
          };
        } else {
          counts = {
            total: 0,
            active: 0,
            running: 0,
            completed: 0,
            succeeded: 0,
            failed: 0,
          };
          failedIds = [];
          for await (const task of client.listTasks(jobId, {
            ...requestOptions,
            filter: options.filter,
            select: ["id", "state", "executionInfo"],
          })) {
            counts.total++;
            if (task.state === "completed") {
              counts.completed++;
              if (task.executionInfo?.result === "failure") {
                counts.failed++;
                failedIds.push(task.id ?? "");
              } else {
                counts.succeeded++;
              }
            } else if (task.state === "active") {
              counts.active++;
            } else {
              counts.running++;
            }
          }
        }
        const changed =
          !last ||
          last.completed !== counts.completed ||
          last.active !== counts.active ||
          last.running !== counts.running;
        last = counts;
        options.onProgress?.(counts);

        if (counts.active === 0 && counts.running === 0) {
          if (options.filter === undefined) {
            // Task counts may lag: confirm with a listing before returning.
            const notDone = await first(
              client.listTasks(jobId, {
                ...requestOptions,
                filter: "state ne 'completed'",
                select: ["id"],
                maxresults: 1,
              }),
            );
            if (notDone === undefined) {
              // The failures come from a listing (exact), not from the counts (which can lag), so
              // `failed` always equals `failedTaskIds.length`.
              failedIds = [];
              for await (const task of client.listTasks(jobId, {
                ...requestOptions,
                filter: "executionInfo/result eq 'failure'",
                select: ["id"],
              })) {
                failedIds.push(task.id ?? "");
              }
              return {
                total: counts.total,
                succeeded: Math.max(0, counts.total - failedIds.length),
                failed: failedIds.length,
                failedTaskIds: failedIds,
              };
            }
          } else {
            return {
              total: counts.total,
              succeeded: counts.succeeded,
              failed: counts.failed,
              failedTaskIds: failedIds ?? [],
            };
          }
        }
        interval = changed
          ? minInterval
          : Math.min(maxInterval, Math.round(interval * 1.5));
      } catch (e) {
        if (signal.aborted) fail();
        throw e;
      }
      const wait =
        deadline === undefined
          ? interval
          : Math.min(interval, Math.max(0, deadline - Date.now()));
      try {
        await sleep(wait, signal);
      } catch {
        fail();
      }
    }
  } finally {
    if (timer) clearTimeout(timer);
    options.abortSignal?.removeEventListener("abort", onAbort);
  }
}

async function first<T>(items: AsyncIterable<T>): Promise<T | undefined> {
  for await (const item of items) return item;
  return undefined;
}

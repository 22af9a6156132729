// Waiting for a job's tasks to complete: `BatchClient.waitForTasks`.
//
// Without a filter it polls `GET /jobs/{id}/taskcounts` (one small request whatever the number of
// tasks). Task counts can lag behind, so when they say "all completed" one listing of
// `state ne 'completed'` (one id) confirms it before returning. With a filter it lists the
// matching tasks with `$select=id,state,executionInfo`. The poll interval adapts: it starts at
// `pollIntervalInMs`, grows by half when nothing changed, and goes back to the start when
// something did, never above `maxPollIntervalInMs`. Each step is a function below, on the
// generated operation functions and the client's context.

import { AbortError, type AbortSignalLike } from "@azure/abort-controller";
import type { BatchContext } from "../generated/api/batchContext.js";
import { getJobTaskCounts } from "../generated/api/jobs/operations.js";
import { sleep } from "./retryTiming.js";
import { listTaskStates } from "./taskStates.js";

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
 * How waitForTasks waits between polls and reads the time: real timers, unless a test gives its own.
 * @internal
 */
export interface WaitForTasksTiming {
  /** Waits `ms`, or rejects when `abortSignal` fires first. */
  sleep(ms: number, abortSignal: AbortSignalLike): Promise<void>;
  /** The current time, in ms. */
  now(): number;
}

const realTiming: WaitForTasksTiming = { sleep, now: () => Date.now() };

/** What one poll saw. */
interface Poll {
  counts: WaitForTasksProgress;
  /** The IDs of the failed tasks, when the poll listed the tasks (a filter). */
  failedIds?: string[];
}

/**
 * Waits for tasks: see `BatchClient.waitForTasks`.
 * @param context - The client's context.
 * @param jobId - The job.
 * @param options - Options.
 * @param timing - How to wait between polls (tests pass their own).
 * @returns Counts and failed task IDs.
 * @throws AbortError - on abort or timeout; a BatchError from a failed request.
 * @internal
 */
export async function waitForTasks(
  context: BatchContext,
  jobId: string,
  options: WaitForTasksOptionalParams = {},
  timing: WaitForTasksTiming = realTiming,
): Promise<WaitForTasksResult> {
  const minInterval = Math.max(0, options.pollIntervalInMs ?? 1_000);
  const maxInterval = Math.max(minInterval, options.maxPollIntervalInMs ?? 30_000);
  const deadline = options.timeoutInMs === undefined ? undefined : timing.now() + options.timeoutInMs;
  const stop = stopSignal(options.abortSignal, options.timeoutInMs);
  const requestOptions = { abortSignal: stop.signal };
  let last: WaitForTasksProgress | undefined;
  const fail = (): never => {
    throw new AbortError(
      stop.timedOut()
        ? `waitForTasks timed out after ${options.timeoutInMs} ms (job '${jobId}'${last ? `: ${last.completed} of ${last.total} tasks completed` : ""})`
        : "waitForTasks was aborted.",
    );
  };

  try {
    let interval = minInterval;
    for (;;) {
      if (stop.signal.aborted) fail();
      try {
        const poll =
          options.filter === undefined
            ? await pollTaskCounts(context, jobId, requestOptions)
            : await pollFilteredTasks(context, jobId, options.filter, requestOptions);
        const changed = hasChanged(last, poll.counts);
        last = poll.counts;
        options.onProgress?.(poll.counts);
        const result = await finishedResult(context, jobId, poll, options.filter, requestOptions);
        if (result) return result;
        interval = nextPollInterval(interval, changed, minInterval, maxInterval);
      } catch (e) {
        if (stop.signal.aborted) fail();
        throw e;
      }
      const wait = deadline === undefined ? interval : Math.min(interval, Math.max(0, deadline - timing.now()));
      try {
        await timing.sleep(wait, stop.signal);
      } catch {
        fail();
      }
    }
  } finally {
    stop.dispose();
  }
}

/**
 * One signal for the caller's abort and the timeout.
 * @param abortSignal - the caller's signal.
 * @param timeoutInMs - the timeout, if any.
 * @returns the signal, whether the timeout fired, and a function that releases the timer and listener.
 */
function stopSignal(
  abortSignal: AbortSignalLike | undefined,
  timeoutInMs: number | undefined,
): { signal: AbortSignal; timedOut(): boolean; dispose(): void } {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = (): void => controller.abort();
  if (abortSignal?.aborted) controller.abort();
  abortSignal?.addEventListener("abort", onAbort, { once: true });
  const timer =
    timeoutInMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutInMs);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      if (timer) clearTimeout(timer);
      abortSignal?.removeEventListener("abort", onAbort);
    },
  };
}

/** Polls the job's task counts (one small request, whatever the number of tasks). */
async function pollTaskCounts(
  context: BatchContext,
  jobId: string,
  requestOptions: { abortSignal: AbortSignal },
): Promise<Poll> {
  const { taskCounts } = await getJobTaskCounts(context, jobId, requestOptions);
  return {
    counts: {
      total: taskCounts.active + taskCounts.running + taskCounts.completed,
      active: taskCounts.active,
      running: taskCounts.running,
      completed: taskCounts.completed,
      succeeded: taskCounts.succeeded,
      failed: taskCounts.failed,
    },
  };
}

/** Lists the tasks matching `filter` (only `id`, `state` and `executionInfo`) and counts them. */
async function pollFilteredTasks(
  context: BatchContext,
  jobId: string,
  filter: string,
  requestOptions: { abortSignal: AbortSignal },
): Promise<Poll> {
  const counts: WaitForTasksProgress = { total: 0, active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 };
  const failedIds: string[] = [];
  for await (const task of listTaskStates(context, jobId, {
    ...requestOptions,
    filter,
    select: ["id", "state", "executionInfo"],
  })) {
    counts.total++;
    if (task.state === "completed") {
      counts.completed++;
      if (task.result === "failure") {
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
  return { counts, failedIds };
}

/**
 * The result when the poll says every task is completed, else `undefined`. Task counts can lag,
 * so without a filter one listing of the tasks not completed confirms it first, and the failures
 * come from a listing (exact), so that `failed` always equals `failedTaskIds.length`.
 */
async function finishedResult(
  context: BatchContext,
  jobId: string,
  { counts, failedIds }: Poll,
  filter: string | undefined,
  requestOptions: { abortSignal: AbortSignal },
): Promise<WaitForTasksResult | undefined> {
  if (counts.active !== 0 || counts.running !== 0) return undefined;
  if (filter !== undefined) {
    return { total: counts.total, succeeded: counts.succeeded, failed: counts.failed, failedTaskIds: failedIds ?? [] };
  }
  const notDone = await first(
    listTaskStates(context, jobId, {
      ...requestOptions,
      filter: "state ne 'completed'",
      select: ["id"],
      maxresults: 1,
    }),
  );
  if (notDone !== undefined) return undefined;
  const failedTaskIds: string[] = [];
  for await (const task of listTaskStates(context, jobId, {
    ...requestOptions,
    filter: "executionInfo/result eq 'failure'",
    select: ["id"],
  })) {
    failedTaskIds.push(task.id ?? "");
  }
  return {
    total: counts.total,
    succeeded: Math.max(0, counts.total - failedTaskIds.length),
    failed: failedTaskIds.length,
    failedTaskIds,
  };
}

/** Whether anything moved since the previous poll (the first poll counts as a change). */
function hasChanged(last: WaitForTasksProgress | undefined, counts: WaitForTasksProgress): boolean {
  return (
    !last || last.completed !== counts.completed || last.active !== counts.active || last.running !== counts.running
  );
}

/** The next poll interval: back to `min` after a change, else half as long again, at most `max`. */
function nextPollInterval(interval: number, changed: boolean, min: number, max: number): number {
  return changed ? min : Math.min(max, Math.round(interval * 1.5));
}

async function first<T>(items: AsyncIterable<T>): Promise<T | undefined> {
  for await (const item of items) return item;
  return undefined;
}

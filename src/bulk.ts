/**
 * The per-function forms of `BatchClient.createTasks` and `BatchClient.waitForTasks`, exported by
 * `azbatch/api` (src/api.ts) so that a program built on a context needs no client.
 */

import type { BatchTaskCreateOptions } from "../generated/api/models.js";
import type { BatchClientContext } from "./batchContext.js";
import {
  createTasks as createTasksOnContext,
  type CreateTasksOptionalParams,
  type CreateTasksResult,
} from "./createTasks.js";
import {
  waitForTasks as waitForTasksOnContext,
  type WaitForTasksOptionalParams,
  type WaitForTasksResult,
} from "./waitForTasks.js";

/**
 * Adds tasks to a job in `addtaskcollection` requests of up to 100 tasks, retrying what can be retried,
 * as `BatchClient.createTasks` does.
 *
 * @param context - A context from `createBatchContext`.
 * @param jobId - The job to add the tasks to.
 * @param tasks - The tasks: an array, an `Iterable` or an `AsyncIterable`.
 * @param options - Concurrency, retries, `throwOnFailure` (default true), `abortSignal`, `onProgress`, and the
 *   per-call options of `createTaskCollection`, sent with every request.
 * @returns How many tasks were created, and every failed or unsent task with its reason.
 * @throws {@link CreateTasksError} when any task was not created, unless `throwOnFailure` is false.
 * @example
 * ```ts
 * import { createBatchContext, createTasks } from "azbatch/api";
 * const context = createBatchContext(endpoint, credential);
 * const { created } = await createTasks(context, "job", [{ id: "t1", commandLine: "/bin/true" }]);
 * ```
 */
export function createTasks(
  context: BatchClientContext,
  jobId: string,
  tasks: Iterable<BatchTaskCreateOptions> | AsyncIterable<BatchTaskCreateOptions>,
  options: CreateTasksOptionalParams = {},
): Promise<CreateTasksResult> {
  return createTasksOnContext(context, jobId, tasks, options);
}

/**
 * Waits until every task of a job (or every task matching `filter`) is completed, as
 * `BatchClient.waitForTasks` does.
 *
 * @param context - A context from `createBatchContext`.
 * @param jobId - The job.
 * @param options - `filter`, `timeoutInMs`, `abortSignal`, poll intervals, `onProgress`.
 * @returns The number of tasks that succeeded and failed, and the IDs of the failed ones.
 * @throws `AbortError` when aborted or timed out; a {@link BatchError} when a request fails.
 * @example
 * ```ts
 * import { createBatchContext, waitForTasks } from "azbatch/api";
 * const { failedTaskIds } = await waitForTasks(createBatchContext(endpoint, credential), "job");
 * ```
 */
export function waitForTasks(
  context: BatchClientContext,
  jobId: string,
  options: WaitForTasksOptionalParams = {},
): Promise<WaitForTasksResult> {
  return waitForTasksOnContext(context, jobId, options);
}

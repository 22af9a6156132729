/**
 * `azbatch/api`: every Batch operation as a function on a context, importable one by one so a
 * bundle holds only the operations a program calls.
 *
 * @example
 * ```ts
 * import { createBatchContext, createJob, getPool } from "azbatch/api";
 *
 * const context = createBatchContext("https://myaccount.eastus.batch.azure.com", new DefaultAzureCredential());
 * const pool = await getPool(context, "my-pool");
 * await createJob(context, { id: "job", poolInfo: { poolId: pool.id } });
 * ```
 *
 * @packageDocumentation
 */
export * from "../generated/api/operations.js";
export type * from "../generated/api/models.js";
export type * from "../generated/api/options.js";
export type * from "../generated/api/results.js";
export type * from "../generated/api/longRunning.js";
export type { ContinuablePage, PagedAsyncIterableIterator, PageSettings } from "../generated/rest/paginateHelper.js";
export { createBatchContext, type BatchClientContext, type BatchClientOptions } from "./batchContext.js";
export { BatchError, createBatchError, isBatchError, type BatchErrorDetail } from "./batchError.js";
export type { BatchOperationState, BatchPoller, BatchPollerOptions } from "./lro/batchPoller.js";
export { createTasks, waitForTasks } from "./bulk.js";
export {
  CreateTasksError,
  DEFAULT_CREATE_TASKS_CONCURRENCY,
  DEFAULT_CREATE_TASKS_MAX_RETRIES,
  MAX_REQUEST_BODY_BYTES,
  MAX_TASKS_PER_REQUEST,
  type CreateTasksFailedTask,
  type CreateTasksOptionalParams,
  type CreateTasksProgress,
  type CreateTasksResult,
} from "./createTasks.js";
export type { WaitForTasksOptionalParams, WaitForTasksProgress, WaitForTasksResult } from "./waitForTasks.js";

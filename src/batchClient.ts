import type { AzureNamedKeyCredential, TokenCredential } from "@azure/core-auth";
import type { BatchTaskCreateOptions } from "../generated/api/models.js";
import { BatchOperations } from "../generated/api/batchOperations.js";
import { createBatchContext, type BatchClientContext, type BatchClientOptions } from "./batchContext.js";
import { createTasks, type CreateTasksOptionalParams, type CreateTasksResult } from "./createTasks.js";
import { followNodeFile, followTaskFile, type FollowFileOptions, type FollowNodeFileOptions } from "./followFile.js";
import { waitForTasks, type WaitForTasksOptionalParams, type WaitForTasksResult } from "./waitForTasks.js";

export type { BatchClientOptions };

/**
 * The Azure Batch client: every Batch operation as one typed method, plus bulk task
 * submission, waiting and pollers.
 *
 * Authenticate with Microsoft Entra ID (any `TokenCredential`, such as `DefaultAzureCredential`,
 * scope `https://batch.core.windows.net//.default`) or with the account's shared key
 * (`AzureNamedKeyCredential`; `credential.update()` rotates the key for the next request).
 *
 * @example
 * ```ts
 * import { BatchClient } from "azbatch";
 * import { DefaultAzureCredential } from "@azure/identity";
 *
 * const client = new BatchClient("https://myaccount.eastus.batch.azure.com", new DefaultAzureCredential());
 * await client.createJob({ id: "my-job", poolInfo: { poolId: "my-pool" } });
 * ```
 */
export class BatchClient extends BatchOperations {
  /** The context every operation runs on (the rest-level client, the error factory, the HTTP client). */
  declare protected readonly context: BatchClientContext;

  /**
   * Creates a client for one Batch account.
   * @param endpoint - the account URL, e.g. `https://myaccount.eastus.batch.azure.com`.
   * @param credential - a `TokenCredential` (Entra ID) or an `AzureNamedKeyCredential` (account name and key).
   * @param options - pipeline options; plain `http://` is allowed only to loopback hosts unless `allowInsecureConnection` is set.
   *   `retryOptions` also set the retries of a 429 without `Retry-After` (see {@link createBatchThrottlingRetryPolicy}).
   */
  constructor(
    endpoint: string,
    credential: TokenCredential | AzureNamedKeyCredential,
    options: BatchClientOptions = {},
  ) {
    super(createBatchContext(endpoint, credential, options));
  }

  /**
   * Adds many tasks to a job: any number, from an array, an `Iterable` or an `AsyncIterable`
   * (such as a generator), streamed, never held in memory all at once.
   *
   * Tasks are packed into `addtaskcollection` requests of at most 100 tasks and a body under
   * 1,000,000 bytes, measured before sending; a task too large to send on its own fails alone
   * (`RequestBodyTooLarge`) and is never sent; a 413 from the service splits the request in halves.
   * Up to `concurrency` requests (default 8) are in flight. Per task: `success` is created,
   * `servererror` is retried, `TaskExists` for a task this call had already sent counts as
   * created (an earlier attempt got through), other client errors are failures with the
   * service's code and message. Whole-request failures (5xx, 408, 429 with or without
   * `Retry-After`, timeouts, dropped connections) are retried with exponential backoff and
   * jitter, honouring `Retry-After` up to `maxRetryDelayInMs`, at most `maxRetries` (default 5) times per task. These
   * requests bypass the pipeline's retry policies, so retries are never multiplied. Task IDs must be
   * unique in the input: a duplicate whose request failed as a whole and was retried is counted as
   * created (its `TaskExists` cannot be told from its own earlier success).
   *
   * @param jobId - The job to add the tasks to.
   * @param tasks - The tasks: an array, an `Iterable` or an `AsyncIterable`.
   * @param options - Concurrency, retries, `throwOnFailure` (default true), `abortSignal`, `onProgress`, and the
   *   per-call options of `createTaskCollection` (`clientRequestId`, `timeOutInSeconds`, ...), sent with every request.
   * @returns How many tasks were created, and every failed or unsent task with its reason.
   * @throws {@link CreateTasksError} when any task was not created (failed, not submitted, aborted),
   *   unless `throwOnFailure` is false; it carries the whole result.
   * @example
   * ```ts
   * function* tasks() {
   *   for (let i = 0; i < 100_000; i++) yield { id: `t${i}`, commandLine: `/bin/sh -c "echo ${i}"` };
   * }
   * const { created } = await client.createTasks("job", tasks(), {
   *   onProgress: (p) => console.log(`${p.created} created, ${p.pending} pending`),
   * });
   * ```
   */
  async createTasks(
    jobId: string,
    tasks: Iterable<BatchTaskCreateOptions> | AsyncIterable<BatchTaskCreateOptions>,
    options: CreateTasksOptionalParams = {},
  ): Promise<CreateTasksResult> {
    return createTasks(this.context, jobId, tasks, options);
  }

  /**
   * Waits until every task of a job (or every task matching `filter`) is completed.
   *
   * Without a filter it polls the job's task counts, and confirms with one small listing when
   * they say all are completed (the counts can lag); with a filter it lists the matching tasks
   * with `$select=id,state,executionInfo`. The poll interval starts at `pollIntervalInMs` (1 s),
   * grows by half while nothing changes and drops back when something does, up to
   * `maxPollIntervalInMs` (30 s).
   *
   * @param jobId - The job.
   * @param options - `filter`, `timeoutInMs`, `abortSignal`, poll intervals, `onProgress`.
   * @returns The number of tasks that succeeded and failed, and the IDs of the failed ones.
   * @throws `AbortError` when aborted or timed out; a {@link BatchError} when a request fails.
   * @example
   * ```ts
   * const { succeeded, failed, failedTaskIds } = await client.waitForTasks("job", { timeoutInMs: 3_600_000 });
   * ```
   */
  async waitForTasks(jobId: string, options: WaitForTasksOptionalParams = {}): Promise<WaitForTasksResult> {
    return waitForTasks(this.context, jobId, options);
  }

  /**
   * Reads a task's file as it grows, for example `stdout.txt` while the task runs: an async
   * iterable of byte chunks that reads from the last offset with `ocp-range` and ends once the
   * task is completed and the file has been read to its end.
   *
   * @param jobId - The job.
   * @param taskId - The task.
   * @param filePath - The file, relative to the task directory (`stdout.txt`, `wd/out.log`).
   * @param options - `fromOffset` to resume, poll intervals, `abortSignal`.
   * @returns The chunks, in order.
   * @throws (while iterating) `AbortError` when aborted; a {@link BatchError} when a request fails,
   *   or with status 404 when the task has completed and the file never existed, or with code
   *   `RangeNotSatisfied` / `IncompleteBody` when the server did not send exactly the bytes asked for.
   * @example
   * ```ts
   * for await (const chunk of client.followTaskFile("job", "task-1", "stdout.txt")) {
   *   process.stdout.write(chunk);
   * }
   * ```
   */
  followTaskFile(
    jobId: string,
    taskId: string,
    filePath: string,
    options: FollowFileOptions = {},
  ): AsyncIterableIterator<Uint8Array> {
    return followTaskFile(this, jobId, taskId, filePath, options);
  }

  /**
   * Reads a node's file as it grows (such as `startup/stdout.txt`), like
   * {@link BatchClient.followTaskFile}; it ends when `until()` returns true and the file has
   * been read to its end, or follows until `abortSignal` fires when `until` is not given.
   *
   * @param poolId - The pool.
   * @param nodeId - The node.
   * @param filePath - The file, relative to the node's root directory.
   * @param options - `until`, `fromOffset`, poll intervals, `abortSignal`.
   * @returns The chunks, in order.
   * @throws (while iterating) `AbortError` when aborted; a {@link BatchError} when a request fails.
   */
  followNodeFile(
    poolId: string,
    nodeId: string,
    filePath: string,
    options: FollowNodeFileOptions = {},
  ): AsyncIterableIterator<Uint8Array> {
    return followNodeFile(this, poolId, nodeId, filePath, options);
  }
}

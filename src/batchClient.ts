import { isTokenCredential, type AzureNamedKeyCredential, type TokenCredential } from "@azure/core-auth";
import type { ClientOptions, PathUncheckedResponse } from "@azure-rest/core-client";
import { createDefaultHttpClient, type HttpClient } from "@azure/core-rest-pipeline";
import type {
  BatchJob,
  BatchJobDisableOptions,
  BatchJobSchedule,
  BatchJobTerminateOptions,
  BatchNode,
  BatchNodeDeallocateOptions,
  BatchNodeRebootOptions,
  BatchNodeReimageOptions,
  BatchNodeRemoveOptions,
  BatchPool,
  BatchPoolResizeOptions,
  BatchTaskCreateOptions,
} from "../generated/api/models.js";
import { BatchOperations, type BatchContext } from "../generated/api/operations.js";
import { createClient } from "../generated/rest/batchClient.js";
import { createBatchError } from "./batchError.js";
import { createTasks, type CreateTasksOptionalParams, type CreateTasksResult } from "./createTasks.js";
import {
  followNodeFile,
  followTaskFile,
  type FollowFileOptions,
  type FollowNodeFileOptions,
} from "./followFile.js";
import type { BatchPoller } from "./lro/batchPoller.js";
import {
  beginDeallocateNode,
  beginDeleteJob,
  beginDeleteJobSchedule,
  beginDeletePool,
  beginDisableJob,
  beginEnableJob,
  beginRebootNode,
  beginReimageNode,
  beginRemoveNodes,
  beginResizePool,
  beginStartNode,
  beginStopPoolResize,
  beginTerminateJob,
  beginTerminateJobSchedule,
  type BeginDeallocateNodeOptionalParams,
  type BeginDeleteJobOptionalParams,
  type BeginDeleteJobScheduleOptionalParams,
  type BeginDeletePoolOptionalParams,
  type BeginDisableJobOptionalParams,
  type BeginEnableJobOptionalParams,
  type BeginRebootNodeOptionalParams,
  type BeginReimageNodeOptionalParams,
  type BeginRemoveNodesOptionalParams,
  type BeginResizePoolOptionalParams,
  type BeginStartNodeOptionalParams,
  type BeginStopPoolResizeOptionalParams,
  type BeginTerminateJobOptionalParams,
  type BeginTerminateJobScheduleOptionalParams,
} from "./lro/operations.js";
import { createRangeCheckPolicy } from "./rangeCheckPolicy.js";
import { createResponseBodyPolicy, DEFAULT_MAX_JSON_BODY_BYTES } from "./responseBodyPolicy.js";
import { createSameOriginPolicy } from "./sameOriginPolicy.js";
import { createSharedKeyCredentialPolicy } from "./sharedKeyCredentialPolicy.js";
import { createTimeoutPolicy, DEFAULT_REQUEST_TIMEOUT_IN_MS } from "./timeoutPolicy.js";
import { createBatchThrottlingRetryPolicy } from "./throttlingRetryPolicy.js";
import { waitForTasks, type WaitForTasksOptionalParams, type WaitForTasksResult } from "./waitForTasks.js";

/**
 * Options for {@link BatchClient}: the pipeline options of `@azure-rest/core-client`
 * (retries, logging, user agent, proxy, custom HTTP client) and the api-version.
 */
export interface BatchClientOptions extends ClientOptions {
  /** The api-version to send (default: the version the client was generated for, `2026-10-01`). */
  apiVersion?: string;
  /**
   * The time bound of a call that sets no `requestOptions.timeout`, in ms (default 300,000; 0 for
   * none). It covers the whole exchange, retries and response body included; for a file download
   * read as a stream it covers the exchange up to the headers and is then the longest pause
   * between two chunks. A call that runs out fails with a `BatchError` of code `ClientTimeout`
   * (`StreamIdleTimeout` for a stream).
   */
  requestTimeoutInMs?: number;
  /**
   * The largest response body read into memory, in bytes (default 33,554,432: 32 MiB). A longer
   * answer is refused, as soon as the limit is passed, with a `BatchError` of code
   * `ResponseBodyTooLarge`. File downloads are streams and are not limited.
   */
  maxJsonBodyBytes?: number;
}

/** Host names that are this machine: plain HTTP is allowed to them (the local emulator). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

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
  /** The rest-level client and error factory the generated operations use. */
  protected readonly context: BatchContext;
  /** The account URL without a trailing slash. */
  private readonly endpoint: string;
  /** The HTTP client createTasks sends with (the one given in the options, or a default one). */
  private readonly httpClient: HttpClient;
  /** Whether plain `http://` is allowed. */
  private readonly allowInsecureConnection: boolean;

  /**
   * Creates a client for one Batch account.
   * @param endpoint - the account URL, e.g. `https://myaccount.eastus.batch.azure.com`.
   * @param credential - a `TokenCredential` (Entra ID) or an `AzureNamedKeyCredential` (account name and key).
   * @param options - pipeline options; plain `http://` is allowed only to loopback hosts unless `allowInsecureConnection` is set.
   *   `retryOptions` also set the retries of a 429 without `Retry-After` (see {@link createBatchThrottlingRetryPolicy}).
   */
  constructor(endpoint: string, credential: TokenCredential | AzureNamedKeyCredential, options: BatchClientOptions = {}) {
    super();
    const url = new URL(endpoint);
    const allowInsecureConnection = options.allowInsecureConnection ?? (url.protocol === "http:" && LOOPBACK.has(url.hostname));
    const tokenCredential = isTokenCredential(credential) ? credential : undefined;
    this.endpoint = endpoint.replace(/\/+$/, "");
    this.httpClient = options.httpClient ?? createDefaultHttpClient();
    this.allowInsecureConnection = allowInsecureConnection;
    const client = createClient(this.endpoint, tokenCredential, {
      ...options,
      allowInsecureConnection,
      // Every request carries Batch's own request-id header (a fresh GUID unless the caller sets one).
      telemetryOptions: { clientRequestIdHeaderName: "client-request-id", ...options.telemetryOptions },
    });
    client.pipeline.addPolicy(createBatchThrottlingRetryPolicy(options.retryOptions), { phase: "Retry" });
    client.pipeline.addPolicy(createTimeoutPolicy(options.requestTimeoutInMs ?? DEFAULT_REQUEST_TIMEOUT_IN_MS), { phase: "Serialize" });
    client.pipeline.addPolicy(createSameOriginPolicy(this.endpoint), { phase: "Sign" });
    if (!tokenCredential) {
      client.pipeline.addPolicy(createSharedKeyCredentialPolicy(credential as AzureNamedKeyCredential), { phase: "Sign" });
    }
    client.pipeline.addPolicy(createRangeCheckPolicy(), { phase: "Sign" });
    client.pipeline.addPolicy(createResponseBodyPolicy(options.maxJsonBodyBytes ?? DEFAULT_MAX_JSON_BODY_BYTES), { phase: "Sign" });
    this.context = {
      client,
      createError: (response: PathUncheckedResponse) => createBatchError(response),
    };
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
   * @param options - Concurrency, retries, `throwOnFailure` (default true), `abortSignal`, `onProgress`.
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
    return createTasks(
      {
        pipeline: this.context.client.pipeline,
        httpClient: this.httpClient,
        endpoint: this.endpoint,
        allowInsecureConnection: this.allowInsecureConnection,
      },
      jobId,
      tasks,
      options,
    );
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
    return waitForTasks(this, jobId, options);
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

  /**
   * Deletes a pool and returns a poller that completes when the pool is gone (404).
   * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
   * @param poolId - The pool.
   * @param options - Those of {@link BatchOperations.deletePool}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller (await it, or call `pollUntilDone()`).
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   * @example
   * ```ts
   * await client.beginDeletePool("pool", { updateIntervalInMs: 10_000 });
   * ```
   */
  beginDeletePool(poolId: string, options: BeginDeletePoolOptionalParams = {}): BatchPoller<void> {
    return beginDeletePool(this, poolId, options);
  }

  /**
   * Resizes a pool and returns a poller that completes with the pool once its `allocationState`
   * is `steady` again (check `resizeErrors` on it).
   * @param poolId - The pool.
   * @param resizeOptions - Target node counts, timeout, deallocation option.
   * @param options - Those of {@link BatchOperations.resizePool}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginResizePool(
    poolId: string,
    resizeOptions: BatchPoolResizeOptions,
    options: BeginResizePoolOptionalParams = {},
  ): BatchPoller<BatchPool> {
    return beginResizePool(this, poolId, resizeOptions, options);
  }

  /**
   * Stops a pool's resize and returns a poller that completes with the pool once its
   * `allocationState` is `steady`.
   * @param poolId - The pool.
   * @param options - Those of {@link BatchOperations.stopPoolResize}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginStopPoolResize(poolId: string, options: BeginStopPoolResizeOptionalParams = {}): BatchPoller<BatchPool> {
    return beginStopPoolResize(this, poolId, options);
  }

  /**
   * Removes nodes from a pool and returns a poller that completes with the pool once its
   * `allocationState` is `steady`.
   * @param poolId - The pool.
   * @param removeOptions - The nodes to remove and the deallocation option.
   * @param options - Those of {@link BatchOperations.removeNodes}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginRemoveNodes(
    poolId: string,
    removeOptions: BatchNodeRemoveOptions,
    options: BeginRemoveNodesOptionalParams = {},
  ): BatchPoller<BatchPool> {
    return beginRemoveNodes(this, poolId, removeOptions, options);
  }

  /**
   * Deletes a job and returns a poller that completes when the job is gone (404).
   * @param jobId - The job.
   * @param options - Those of {@link BatchOperations.deleteJob}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginDeleteJob(jobId: string, options: BeginDeleteJobOptionalParams = {}): BatchPoller<void> {
    return beginDeleteJob(this, jobId, options);
  }

  /**
   * Disables a job and returns a poller that completes with the job once it is out of `disabling`.
   * @param jobId - The job.
   * @param disableOptions - What to do with running tasks (`requeue`, `terminate`, `wait`).
   * @param options - Those of {@link BatchOperations.disableJob}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginDisableJob(
    jobId: string,
    disableOptions: BatchJobDisableOptions,
    options: BeginDisableJobOptionalParams = {},
  ): BatchPoller<BatchJob> {
    return beginDisableJob(this, jobId, disableOptions, options);
  }

  /**
   * Enables a job and returns a poller that completes with the job once it is out of `enabling`.
   * @param jobId - The job.
   * @param options - Those of {@link BatchOperations.enableJob}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginEnableJob(jobId: string, options: BeginEnableJobOptionalParams = {}): BatchPoller<BatchJob> {
    return beginEnableJob(this, jobId, options);
  }

  /**
   * Terminates a job and returns a poller that completes with the job once it is out of
   * `terminating`.
   * @param jobId - The job.
   * @param parameters - The terminate reason.
   * @param options - Those of {@link BatchOperations.terminateJob}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginTerminateJob(
    jobId: string,
    parameters?: BatchJobTerminateOptions,
    options: BeginTerminateJobOptionalParams = {},
  ): BatchPoller<BatchJob> {
    return beginTerminateJob(this, jobId, parameters, options);
  }

  /**
   * Deletes a job schedule and returns a poller that completes when it is gone (404).
   * @param jobScheduleId - The job schedule.
   * @param options - Those of {@link BatchOperations.deleteJobSchedule}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginDeleteJobSchedule(
    jobScheduleId: string,
    options: BeginDeleteJobScheduleOptionalParams = {},
  ): BatchPoller<void> {
    return beginDeleteJobSchedule(this, jobScheduleId, options);
  }

  /**
   * Terminates a job schedule and returns a poller that completes with it once it is out of
   * `terminating`.
   * @param jobScheduleId - The job schedule.
   * @param options - Those of {@link BatchOperations.terminateJobSchedule}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginTerminateJobSchedule(
    jobScheduleId: string,
    options: BeginTerminateJobScheduleOptionalParams = {},
  ): BatchPoller<BatchJobSchedule> {
    return beginTerminateJobSchedule(this, jobScheduleId, options);
  }

  /**
   * Reboots a node and returns a poller that completes with the node once it is out of
   * `rebooting`, `starting` and `waitingforstarttask` (with `taskcompletion`, after the reboot
   * has been seen to start).
   * @param poolId - The pool.
   * @param nodeId - The node.
   * @param parameters - What to do with running tasks.
   * @param options - Those of {@link BatchOperations.rebootNode}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginRebootNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeRebootOptions,
    options: BeginRebootNodeOptionalParams = {},
  ): BatchPoller<BatchNode> {
    return beginRebootNode(this, poolId, nodeId, parameters, options);
  }

  /**
   * Reimages a node and returns a poller that completes with the node once it is out of
   * `reimaging`, `starting` and `waitingforstarttask`.
   * @param poolId - The pool.
   * @param nodeId - The node.
   * @param parameters - What to do with running tasks.
   * @param options - Those of {@link BatchOperations.reimageNode}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginReimageNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeReimageOptions,
    options: BeginReimageNodeOptionalParams = {},
  ): BatchPoller<BatchNode> {
    return beginReimageNode(this, poolId, nodeId, parameters, options);
  }

  /**
   * Starts a deallocated node and returns a poller that completes with the node once it is out
   * of `deallocated`, `starting` and `waitingforstarttask`.
   * @param poolId - The pool.
   * @param nodeId - The node.
   * @param options - Those of {@link BatchOperations.startNode}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginStartNode(poolId: string, nodeId: string, options: BeginStartNodeOptionalParams = {}): BatchPoller<BatchNode> {
    return beginStartNode(this, poolId, nodeId, options);
  }

  /**
   * Deallocates a node and returns a poller that completes with the node once it is
   * `deallocated` (or in a state that will not get there, such as `unusable`).
   * @param poolId - The pool.
   * @param nodeId - The node.
   * @param parameters - What to do with running tasks.
   * @param options - Those of {@link BatchOperations.deallocateNode}, `updateIntervalInMs`, `resumeFrom`, `abortSignal`.
   * @returns The poller.
   * @throws (from the poller) the {@link BatchError} of the request or of a poll.
   */
  beginDeallocateNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeDeallocateOptions,
    options: BeginDeallocateNodeOptionalParams = {},
  ): BatchPoller<BatchNode> {
    return beginDeallocateNode(this, poolId, nodeId, parameters, options);
  }
}

// Bulk task submission: `BatchClient.createTasks`, in four steps, each in its own file:
//
// - src/createTasks/chunking.ts: tasks are pulled from the caller's array / Iterable /
//   AsyncIterable one at a time, measured once, and packed into `addtaskcollection` bodies of at
//   most 100 tasks and under 1,000,000 bytes. The source is read only when a worker is free, so
//   memory is bounded by `concurrency` x one chunk (plus the list of failures).
// - src/createTasks/sending.ts: each chunk goes out through the generated request builder
//   (`_createTaskCollectionSend`: path check, `timeOut`, common headers) on the client's pipeline
//   and HTTP client, minus the pipeline's retry policies; the generated status check reads it.
// - src/createTasks/classifying.ts: per-task results (success, clienterror, servererror) and
//   whole-request failures (retriable or fatal).
// - src/createTasks/retrying.ts: one chunk is sent until each task is created or failed, at most
//   `1 + maxRetries` times per task, with capped waits that end at once on abort.
//
// Accounting (src/createTasks/report.ts): every task read from the source ends in exactly one of
// `created` (counted, and reported to `onTaskCreated`), `failed` (listed with the error) or
// `notSubmitted` (listed).

import type { AbortSignalLike } from "@azure/abort-controller";
import type { BatchTaskCreateOptions, BatchTaskCreateResult } from "../generated/api/models.js";
import type { CreateTaskCollectionOptionalParams } from "../generated/api/options.js";
import { checkPathParameters } from "../generated/rest/pathParameters.js";
import type { BatchClientContext } from "./batchContext.js";
import type { BatchErrorDetail } from "./batchError.js";
import { Chunker, TaskSource } from "./createTasks/chunking.js";
import { CreateTasksReport } from "./createTasks/report.js";
import { submitChunk, type ChunkSubmission } from "./createTasks/retrying.js";
import { createChunkSender, withoutPipelineRetries } from "./createTasks/sending.js";

/** The path the generated request builder sends to. */
const ADD_TASK_COLLECTION_PATH = "/jobs/{jobId}/addtaskcollection";

export { MAX_REQUEST_BODY_BYTES, MAX_TASKS_PER_REQUEST } from "./createTasks/chunking.js";

/** Default of {@link CreateTasksOptionalParams.concurrency} (chosen by measurement: README, "Submit many tasks"). */
export const DEFAULT_CREATE_TASKS_CONCURRENCY = 8;
/** Default of {@link CreateTasksOptionalParams.maxRetries}. */
export const DEFAULT_CREATE_TASKS_MAX_RETRIES = 5;

/**
 * A task that createTasks could not create, with the reason.
 */
export interface CreateTasksFailedTask {
  /** The task as it was given to createTasks (so it can be corrected and submitted again). */
  task: BatchTaskCreateOptions;
  /**
   * The Batch error code: the per-task `clienterror` code from the service (`TaskExists`,
   * `InvalidPropertyValue`, ...), the code of the last whole-request failure when the retries were
   * spent (`ServerBusy`, `TooManyRequests`, `REQUEST_SEND_ERROR`, ...), or `RequestBodyTooLarge`
   * for a task too large to send on its own (then it was never sent).
   */
  code: string;
  /** The service's message, or a description of the client-side failure. */
  message: string;
  /** The HTTP status of the request that failed, when the failure was a whole-request failure. */
  statusCode?: number;
  /** Extra details from the service's error (`values`), if any. */
  values?: BatchErrorDetail[];
  /** How many requests carried this task (0 when it was never sent). */
  attempts: number;
}

/**
 * Progress of a createTasks call, reported after each `addtaskcollection` response.
 */
export interface CreateTasksProgress {
  /** Tasks sent at least once so far. */
  submitted: number;
  /** Tasks created so far. */
  created: number;
  /** Tasks that failed so far (final). */
  failed: number;
  /** How many times a task was sent again (after a server error, a throttled or failed request). */
  retried: number;
  /** Tasks submitted whose outcome is not known yet (in flight or waiting for a retry). */
  pending: number;
}

/**
 * Options of `BatchClient.createTasks`: its own (concurrency, retries, callbacks) and the
 * per-call options every operation takes (`clientRequestId`, `returnClientRequestId`, `ocpDate`,
 * `timeOutInSeconds`, `requestOptions.headers`, `onResponse`, `tracingOptions`), which are sent
 * with, or applied to, every `addtaskcollection` request of the call.
 */
export interface CreateTasksOptionalParams extends CreateTaskCollectionOptionalParams {
  /**
   * How many `addtaskcollection` requests may be in flight at once (default
   * {@link DEFAULT_CREATE_TASKS_CONCURRENCY}, 8).
   */
  concurrency?: number;
  /**
   * How many times a task may be sent again after a retriable failure: a `servererror` result
   * for the task, or a whole-request failure (5xx, 408, 429 with or without `Retry-After`, a
   * timeout, a dropped connection). Default {@link DEFAULT_CREATE_TASKS_MAX_RETRIES} (5), so a
   * task is sent at most 6 times. A 413 split does not count as a retry.
   */
  maxRetries?: number;
  /** Delay before the first retry, before jitter, in ms (default 1,000; doubles per retry). */
  retryDelayInMs?: number;
  /** Upper bound of every wait before a retry, in ms (default 30,000), a `Retry-After` included. */
  maxRetryDelayInMs?: number;
  /**
   * Client-side timeout of one request, in ms (default `requestOptions.timeout`, else 60,000);
   * a timeout is retried.
   */
  requestTimeoutInMs?: number;
  /**
   * Throw a {@link CreateTasksError} when any task was not created (failed or not submitted, or
   * the call was aborted). Default `true`, so that no failure goes unnoticed; with `false` the
   * result lists them instead.
   */
  throwOnFailure?: boolean;
  /**
   * Stops submission at once: no new chunk is started, the source is not read further, requests
   * in flight are aborted and waits before a retry end. Tasks read but never sent are reported in
   * `notSubmitted`; tasks whose request was in flight or waiting for a retry are in `failed` with
   * code `Aborted` (they may or may not have been created).
   */
  abortSignal?: AbortSignalLike;
  /** Called after each `addtaskcollection` response with the running totals. */
  onProgress?: (progress: CreateTasksProgress) => void;
  /** Called once for each task created, with the service's result (ETag, URL). */
  onTaskCreated?: (result: BatchTaskCreateResult) => void;
}

/**
 * The outcome of `BatchClient.createTasks`. Every task read from the source is in exactly one of
 * `created` (a count), `failed` or `notSubmitted`, so
 * `consumed === created + failed.length + notSubmitted.length`.
 */
export interface CreateTasksResult {
  /** How many tasks were created (an earlier attempt that got through counts: see `TaskExists`). */
  created: number;
  /** Every task that was not created, with its error. */
  failed: CreateTasksFailedTask[];
  /**
   * Tasks never sent: read from the source but not sent because of an abort or a fatal error,
   * and, when `tasks` is an array, every later element of it. An Iterable or AsyncIterable is not
   * read past `consumed` tasks (its `return()` is called), so resume it by skipping `consumed`.
   */
  notSubmitted: BatchTaskCreateOptions[];
  /** How many tasks were read from the source. */
  consumed: number;
  /** How many times a task was sent again. */
  retried: number;
  /** True when `abortSignal` stopped the submission. */
  aborted: boolean;
  /**
   * The whole-request error that stopped the submission, if any: a non-retriable answer such as
   * 404 `JobNotFound`, 403 `AuthenticationFailed` or 409 `JobCompleted`, or an error thrown by the
   * task source.
   */
  fatalError?: Error;
}

/**
 * Thrown by `BatchClient.createTasks` (unless `throwOnFailure: false`) when not every task was
 * created. It carries the whole report, so nothing is lost: the failed tasks with their errors,
 * the tasks never submitted, and the counts.
 *
 * @example
 * ```ts
 * try {
 *   await client.createTasks("job", tasks);
 * } catch (e) {
 *   if (e instanceof CreateTasksError) {
 *     for (const f of e.failed) console.log(f.task.id, f.code, f.message);
 *     console.log(`${e.notSubmitted.length} never submitted`);
 *   } else {
 *     throw e;
 *   }
 * }
 * ```
 */
export class CreateTasksError extends Error {
  /** How many tasks were created. */
  readonly created: number;
  /** The tasks that failed, with their errors (non-enumerable). */
  declare readonly failed: CreateTasksFailedTask[];
  /** The tasks never sent (see {@link CreateTasksResult.notSubmitted}; non-enumerable). */
  declare readonly notSubmitted: BatchTaskCreateOptions[];
  /** The full result (non-enumerable). */
  declare readonly result: CreateTasksResult;

  /**
   * Creates the error from a createTasks result.
   * @param result - The result it reports; its `fatalError` becomes `cause`.
   */
  constructor(result: CreateTasksResult) {
    super(describe(result), result.fatalError ? { cause: result.fatalError } : undefined);
    this.name = "CreateTasksError";
    this.created = result.created;
    // Non-enumerable, so that logging the error does not print a list of (maybe) a million tasks.
    Object.defineProperty(this, "failed", { value: result.failed, enumerable: false });
    Object.defineProperty(this, "notSubmitted", { value: result.notSubmitted, enumerable: false });
    Object.defineProperty(this, "result", { value: result, enumerable: false });
  }
}

function describe(result: CreateTasksResult): string {
  const byCode = new Map<string, number>();
  for (const f of result.failed) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const codes = [...byCode].map(([code, n]) => `${code}: ${n}`).join(", ");
  let text = `createTasks: ${result.created} of ${result.consumed} tasks created, ${result.failed.length} failed`;
  if (codes) text += ` (${codes})`;
  text += `, ${result.notSubmitted.length} not submitted`;
  if (result.aborted) text += "; aborted";
  if (result.fatalError) text += `; stopped by: ${result.fatalError.message}`;
  return text;
}

/**
 * Submits tasks in chunks: see `BatchClient.createTasks`.
 * @param context - The client's context (its pipeline, without the retry policies, and its HTTP client send the requests).
 * @param jobId - The job to add the tasks to.
 * @param tasks - The tasks.
 * @param options - Options.
 * @returns The result.
 * @throws CreateTasksError - when not every task was created and `throwOnFailure` is not false.
 * @internal
 */
export async function createTasks(
  context: BatchClientContext,
  jobId: string,
  tasks: Iterable<BatchTaskCreateOptions> | AsyncIterable<BatchTaskCreateOptions>,
  options: CreateTasksOptionalParams = {},
): Promise<CreateTasksResult> {
  // Refuse a job ID that is not one path segment before reading a task (InvalidPathParameterError);
  // the request builder checks it again on every request.
  checkPathParameters(ADD_TASK_COLLECTION_PATH, [jobId]);
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CREATE_TASKS_CONCURRENCY));
  const signal = options.abortSignal;
  const report = new CreateTasksReport(options);
  const submission: ChunkSubmission = {
    send: createChunkSender(withoutPipelineRetries(context), jobId, requestOptionsOf(options)),
    report,
    maxRetries: Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_CREATE_TASKS_MAX_RETRIES)),
    backoff: {
      retryDelayInMs: options.retryDelayInMs ?? 1_000,
      maxRetryDelayInMs: options.maxRetryDelayInMs ?? 30_000,
    },
    abortSignal: signal,
  };
  const source = new TaskSource(tasks, report);
  const chunker = new Chunker(source, report, () => report.stopped || signal?.aborted === true);

  const worker = async (): Promise<void> => {
    for (let chunk = await chunker.next(); chunk; chunk = await chunker.next()) {
      await submitChunk(chunk, submission);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  const { result } = report;
  if (
    signal?.aborted &&
    (!source.done || result.notSubmitted.length > 0 || result.failed.some((f) => f.code === "Aborted"))
  ) {
    result.aborted = true;
  }
  chunker.flush();
  await source.close();

  if (
    options.throwOnFailure !== false &&
    (result.failed.length > 0 || result.notSubmitted.length > 0 || result.aborted || result.fatalError)
  ) {
    throw new CreateTasksError(result);
  }
  return result;
}

/** The per-call options each `addtaskcollection` request is sent with. */
function requestOptionsOf(options: CreateTasksOptionalParams): CreateTaskCollectionOptionalParams {
  return {
    clientRequestId: options.clientRequestId,
    returnClientRequestId: options.returnClientRequestId,
    ocpDate: options.ocpDate,
    timeOutInSeconds: options.timeOutInSeconds,
    onResponse: options.onResponse,
    tracingOptions: options.tracingOptions,
    abortSignal: options.abortSignal,
    requestOptions: {
      ...options.requestOptions,
      timeout: options.requestTimeoutInMs ?? options.requestOptions?.timeout ?? 60_000,
    },
  };
}

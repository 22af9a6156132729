// Bulk task submission: `BatchClient.createTasks`.
//
// Tasks are pulled from the caller's array / Iterable / AsyncIterable one at a time, serialized
// once, and packed into `addtaskcollection` bodies of at most 100 tasks and under 1,000,000 bytes
// (measured on the exact bytes that are sent). At most `concurrency` bodies are in flight; the
// source is not read further until a worker is free, so memory is bounded by
// `concurrency` x one chunk (plus the list of failures), whatever the number of tasks.
//
// Retries are done here, not by the pipeline: requests go through a clone of the client's
// pipeline with its `Retry` phase removed (the core retry policy and the Batch throttling
// policy), so one chunk is sent at most `1 + maxRetries` times and retries never multiply.
//
// Accounting: every task read from the source ends in exactly one of `created` (counted, and
// reported to `onTaskCreated`), `failed` (listed with the error) or `notSubmitted` (listed).

import type { AbortSignalLike } from "@azure/abort-controller";
import {
  createHttpHeaders,
  createPipelineRequest,
  isRestError,
  type HttpClient,
  type Pipeline,
  type PipelineResponse,
} from "@azure/core-rest-pipeline";
import type { BatchTaskCreateOptions, BatchTaskCreateResult } from "../generated/api/models.js";
import {
  batchCreateTaskCollectionResultDeserializer,
  batchTaskCreateOptionsSerializer,
} from "../generated/api/serializers.js";
import { checkPathParameter } from "../generated/rest/pathParameters.js";
import { createBatchError, type BatchError, type BatchErrorDetail } from "./batchError.js";
import { backoffDelayInMs, retryAfterInMs, sleep } from "./retryTiming.js";

/** Most tasks one `addtaskcollection` request may carry (the service's limit). */
export const MAX_TASKS_PER_REQUEST = 100;
/**
 * Largest `addtaskcollection` body createTasks sends, in bytes, exclusive. The service refuses
 * bodies of 1 MB or more; 1,000,000 stays under both readings of "1 MB".
 */
export const MAX_REQUEST_BODY_BYTES = 1_000_000;

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
 * Options of `BatchClient.createTasks`.
 */
export interface CreateTasksOptionalParams {
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
  /** Client-side timeout of one request, in ms (default 60,000); a timeout is retried. */
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

/** What createTasks needs from BatchClient. */
export interface CreateTasksContext {
  /** The client's pipeline (cloned per call, without its retry policies). */
  pipeline: Pipeline;
  /** The HTTP client the pipeline sends with. */
  httpClient: HttpClient;
  /** The account endpoint, without a trailing slash. */
  endpoint: string;
  /** Whether plain `http://` is allowed (loopback emulator). */
  allowInsecureConnection?: boolean;
}

/** One task on its way: serialized once. */
interface Entry {
  task: BatchTaskCreateOptions;
  id: string;
  key: string;
  json: string;
  bytes: number;
  /** Requests that carried it (413 answers excluded). */
  attempts: number;
  /** A request carrying it may have reached the service. */
  sent: boolean;
  /** Counted in `submitted`. */
  counted: boolean;
}

/** `{"value":[` + `]}` */
const BODY_OVERHEAD = Buffer.byteLength('{"value":[]}');

/** Statuses of a whole request that are retried. */
function isRetriableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * Submits tasks in chunks: see `BatchClient.createTasks`.
 * @param context - Pipeline, HTTP client and endpoint.
 * @param jobId - The job to add the tasks to.
 * @param tasks - The tasks.
 * @param options - Options.
 * @returns The result.
 * @throws CreateTasksError - when not every task was created and `throwOnFailure` is not false.
 * @internal
 */
export async function createTasks(
  context: CreateTasksContext,
  jobId: string,
  tasks: Iterable<BatchTaskCreateOptions> | AsyncIterable<BatchTaskCreateOptions>,
  options: CreateTasksOptionalParams = {},
): Promise<CreateTasksResult> {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CREATE_TASKS_CONCURRENCY));
  const maxRetries = Math.max(0, Math.floor(options.maxRetries ?? DEFAULT_CREATE_TASKS_MAX_RETRIES));
  const backoff = {
    retryDelayInMs: options.retryDelayInMs ?? 1_000,
    maxRetryDelayInMs: options.maxRetryDelayInMs ?? 30_000,
  };
  const requestTimeoutInMs = options.requestTimeoutInMs ?? 60_000;
  const signal = options.abortSignal;

  const pipeline = context.pipeline.clone();
  pipeline.removePolicy({ phase: "Retry" });
  const url = `${context.endpoint}/jobs/${encodeURIComponent(checkPathParameter("jobId", jobId))}/addtaskcollection`;

  const result: CreateTasksResult = {
    created: 0,
    failed: [],
    notSubmitted: [],
    consumed: 0,
    retried: 0,
    aborted: false,
  };
  let submitted = 0;
  let stopped = false;

  const fail = (entry: Entry, code: string, message: string, extra: Partial<CreateTasksFailedTask> = {}): void => {
    result.failed.push({ task: entry.task, code, message, attempts: entry.attempts, ...extra });
  };
  const progress = (): void => {
    const done = result.created + result.failed.length;
    options.onProgress?.({
      submitted,
      created: result.created,
      failed: result.failed.length,
      retried: result.retried,
      pending: Math.max(0, submitted - done + tooLargeCount),
    });
  };
  // Tasks failed before sending are in `failed` but not in `submitted`.
  let tooLargeCount = 0;

  // ---- the source --------------------------------------------------------------------------
  const isArray = Array.isArray(tasks);
  const iterator: Iterator<BatchTaskCreateOptions> | AsyncIterator<BatchTaskCreateOptions> =
    Symbol.asyncIterator in tasks
      ? (tasks as AsyncIterable<BatchTaskCreateOptions>)[Symbol.asyncIterator]()
      : (tasks as Iterable<BatchTaskCreateOptions>)[Symbol.iterator]();
  let sourceDone = false;
  let carry: Entry | undefined;

  const pull = async (): Promise<Entry | undefined> => {
    if (sourceDone) return undefined;
    let next: IteratorResult<BatchTaskCreateOptions>;
    try {
      next = await iterator.next();
    } catch (e) {
      sourceDone = true;
      stopped = true;
      result.fatalError ??= e instanceof Error ? e : new Error(String(e));
      return undefined;
    }
    if (next.done) {
      sourceDone = true;
      return undefined;
    }
    result.consumed++;
    const task = next.value;
    let json: string;
    try {
      json = JSON.stringify(batchTaskCreateOptionsSerializer(task));
    } catch (e) {
      const entry: Entry = { task, id: String(task?.id), key: "", json: "", bytes: 0, attempts: 0, sent: false, counted: false };
      tooLargeCount++;
      fail(entry, "InvalidTask", `The task could not be serialized: ${(e as Error).message}`);
      return pull();
    }
    const id = String(task.id);
    return { task, id, key: id.toLowerCase(), json, bytes: Buffer.byteLength(json), attempts: 0, sent: false, counted: false };
  };

  // Chunks are built one at a time (an iterator must not be read concurrently).
  let building: Promise<unknown> = Promise.resolve();
  const nextChunk = (): Promise<Entry[] | undefined> => {
    const chunk = building.then(buildChunk);
    building = chunk.catch(() => undefined);
    return chunk;
  };
  const buildChunk = async (): Promise<Entry[] | undefined> => {
    const chunk: Entry[] = [];
    const keys = new Set<string>();
    let bytes = BODY_OVERHEAD;
    for (;;) {
      if (stopped || signal?.aborted) break;
      const entry = carry ?? (await pull());
      carry = undefined;
      if (!entry) break;
      if (BODY_OVERHEAD + entry.bytes >= MAX_REQUEST_BODY_BYTES) {
        tooLargeCount++;
        fail(
          entry,
          "RequestBodyTooLarge",
          `Task '${entry.id}' serializes to ${entry.bytes} bytes: an addtaskcollection body holding only it would be ` +
            `${BODY_OVERHEAD + entry.bytes} bytes, not under the limit of ${MAX_REQUEST_BODY_BYTES}. It was not sent.`,
        );
        continue;
      }
      const added = entry.bytes + (chunk.length > 0 ? 1 : 0);
      if (chunk.length >= MAX_TASKS_PER_REQUEST || bytes + added >= MAX_REQUEST_BODY_BYTES || keys.has(entry.key)) {
        carry = entry;
        break;
      }
      chunk.push(entry);
      keys.add(entry.key);
      bytes += added;
    }
    if (stopped || signal?.aborted) {
      // Read but never sent.
      for (const entry of chunk) result.notSubmitted.push(entry.task);
      if (carry) result.notSubmitted.push(carry.task);
      carry = undefined;
      return undefined;
    }
    return chunk.length > 0 ? chunk : undefined;
  };

  // ---- sending -----------------------------------------------------------------------------
  type Outcome =
    | { kind: "response"; response: PipelineResponse; body: unknown }
    | { kind: "error"; error: Error };

  const send = async (entries: Entry[]): Promise<Outcome> => {
    const body = `{"value":[${entries.map((e) => e.json).join(",")}]}`;
    const request = createPipelineRequest({
      url,
      method: "POST",
      headers: createHttpHeaders({
        "content-type": "application/json; odata=minimalmetadata",
        accept: "application/json",
      }),
      body,
      timeout: requestTimeoutInMs,
      abortSignal: signal,
      allowInsecureConnection: context.allowInsecureConnection,
    });
    try {
      const response = await pipeline.sendRequest(context.httpClient, request);
      let parsed: unknown = response.bodyAsText;
      if (typeof parsed === "string" && parsed.trim().startsWith("{")) {
        try {
          parsed = JSON.parse(parsed);
        } catch {
          // keep the text
        }
      }
      return { kind: "response", response, body: parsed };
    } catch (e) {
      return { kind: "error", error: e instanceof Error ? e : new Error(String(e)) };
    }
  };

  const toBatchError = (outcome: Extract<Outcome, { kind: "response" }>): BatchError =>
    createBatchError({
      status: String(outcome.response.status),
      headers: outcome.response.headers.toJSON(),
      body: outcome.body,
      request: outcome.response.request,
    });

  /** Sends `entries` until each is created or failed; never throws. */
  const submit = async (entries: Entry[]): Promise<void> => {
    let pending = entries;
    let requestFailures = 0;
    while (pending.length > 0) {
      for (const entry of pending) {
        if (!entry.counted) submitted++;
        entry.counted = true;
        entry.attempts++;
      }
      const outcome = await send(pending);
      const status = outcome.kind === "response" ? outcome.response.status : 0;

      if (outcome.kind === "response" && status === 200) {
        requestFailures = 0;
        const retry = classify(pending, outcome.body);
        progress();
        if (retry.length === 0) return;
        const worst = Math.max(...retry.map((e) => e.attempts));
        if (!(await wait(backoffDelayInMs(worst, backoff), retry))) return;
        result.retried += retry.length;
        pending = retry;
        continue;
      }

      if (outcome.kind === "response" && status === 413) {
        // Nothing was processed: not a retry, and not "sent" for the TaskExists rule.
        for (const entry of pending) entry.attempts--;
        if (pending.length === 1) {
          const error = toBatchError(outcome);
          const entry = pending[0]!;
          entry.attempts++;
          fail(entry, error.code ?? "RequestBodyTooLarge", error.message, { statusCode: 413, values: error.values });
          progress();
          return;
        }
        const half = Math.ceil(pending.length / 2);
        await submit(pending.slice(0, half));
        await submit(pending.slice(half));
        return;
      }

      // A whole-request failure.
      for (const entry of pending) entry.sent = true;
      let code: string;
      let message: string;
      let values: BatchErrorDetail[] | undefined;
      let fatal: Error | undefined;
      let retryAfter: number | undefined;
      if (outcome.kind === "error" && signal?.aborted) {
        for (const entry of pending) {
          fail(entry, "Aborted", "The call was aborted while this task's request was in flight: it may or may not have been created.");
        }
        progress();
        return;
      }
      if (outcome.kind === "error") {
        code = (outcome.error as { code?: string }).code ?? outcome.error.name;
        message = outcome.error.message;
        // A RestError is a transport failure (dropped connection, reset, DNS); an AbortError here
        // is the request timeout (the caller's signal is not passed to requests). Anything else
        // (such as a refused insecure connection) will not get better by retrying.
        if (!isRestError(outcome.error) && outcome.error.name !== "AbortError") fatal = outcome.error;
      } else {
        const error = toBatchError(outcome);
        code = error.code ?? `HTTP${status}`;
        message = error.message;
        values = error.values.length > 0 ? error.values : undefined;
        retryAfter = retryAfterInMs(outcome.response.headers);
        if (!isRetriableStatus(status)) fatal = error;
      }
      requestFailures++;
      if (fatal || pending.some((e) => e.attempts > maxRetries)) {
        for (const entry of pending) {
          fail(entry, code, message, { statusCode: status || undefined, values });
        }
        if (fatal) {
          stopped = true;
          result.fatalError ??= fatal;
        }
        progress();
        return;
      }
      progress();
      // Every wait, a Retry-After included, is capped at maxRetryDelayInMs.
      const delay = Math.min(retryAfter ?? backoffDelayInMs(requestFailures, backoff), backoff.maxRetryDelayInMs);
      if (!(await wait(delay, pending, `${code}: ${message}`))) return;
      result.retried += pending.length;
    }
  };

  /**
   * Waits before sending `entries` again; false (and the entries failed with code `Aborted`) when
   * the call is aborted first.
   */
  const wait = async (ms: number, entries: Entry[], lastError?: string): Promise<boolean> => {
    try {
      await sleep(ms, signal);
      return true;
    } catch {
      const earlier = lastError ? ` (the last attempt failed: ${lastError})` : "";
      for (const entry of entries) {
        fail(entry, "Aborted", `The call was aborted while this task waited to be sent again${earlier}; it may or may not have been created.`);
      }
      progress();
      return false;
    }
  };

  /** Applies per-task results; returns the entries to send again. */
  const classify = (entries: Entry[], body: unknown): Entry[] => {
    let results: BatchTaskCreateResult[] = [];
    try {
      results =
        batchCreateTaskCollectionResultDeserializer(body as Parameters<typeof batchCreateTaskCollectionResultDeserializer>[0])
          .values ?? [];
    } catch {
      results = [];
    }
    const byId = new Map<string, BatchTaskCreateResult>();
    for (const r of results) {
      if (r && typeof r.taskId === "string") byId.set(r.taskId.toLowerCase(), r);
    }
    const retry: Entry[] = [];
    for (const entry of entries) {
      const r = byId.get(entry.key);
      const wasSent = entry.sent;
      entry.sent = true;
      if (r?.status === "success") {
        result.created++;
        options.onTaskCreated?.(r);
        continue;
      }
      if (r?.status === "clienterror") {
        const code = r.error?.code ?? "ClientError";
        if (code === "TaskExists" && wasSent) {
          // An earlier attempt of this call got through.
          result.created++;
          options.onTaskCreated?.({ ...r, status: "success", error: undefined });
          continue;
        }
        fail(entry, code, r.error?.message?.value ?? code, r.error?.values?.length ? { values: r.error.values } : {});
        continue;
      }
      // servererror, or no result for this task at all: retry while the budget lasts.
      const code = r ? (r.error?.code ?? "ServerError") : "MissingTaskResult";
      const message = r
        ? (r.error?.message?.value ?? "The service reported a server error for this task.")
        : "The service's answer had no result for this task.";
      if (entry.attempts > maxRetries) {
        fail(entry, code, message, r?.error?.values?.length ? { values: r.error.values } : {});
      } else {
        retry.push(entry);
      }
    }
    return retry;
  };

  // ---- run ---------------------------------------------------------------------------------
  const worker = async (): Promise<void> => {
    for (;;) {
      const chunk = await nextChunk();
      if (!chunk) return;
      await submit(chunk);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));

  if (signal?.aborted && (!sourceDone || result.notSubmitted.length > 0 || result.failed.some((f) => f.code === "Aborted"))) {
    result.aborted = true;
  }
  if (carry) {
    result.notSubmitted.push(carry.task);
    carry = undefined;
  }
  if (!sourceDone) {
    if (isArray) {
      const array = tasks as BatchTaskCreateOptions[];
      for (let i = result.consumed; i < array.length; i++) result.notSubmitted.push(array[i]!);
      result.consumed = array.length;
    } else {
      try {
        await iterator.return?.();
      } catch {
        // The source's own cleanup failed; the report stands.
      }
    }
  }

  if (options.throwOnFailure !== false && (result.failed.length > 0 || result.notSubmitted.length > 0 || result.aborted || result.fatalError)) {
    throw new CreateTasksError(result);
  }
  return result;
}

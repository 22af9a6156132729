// Reading what the service said: per task (success, clienterror, servererror) for a 200, and
// for a whole request that failed, whether trying it again can help.

import { isRestError } from "@azure/core-rest-pipeline";
import type { BatchTaskCreateResult } from "../../generated/api/models.js";
import { batchTaskCreateResultDeserializer } from "../../generated/api/serializers.js";
import type { BatchTaskCreateResultOutput } from "../../generated/rest/outputModels.js";
import type { BatchErrorDetail } from "../batchError.js";
import type { TaskEntry } from "./chunking.js";
import type { CreateTasksReport } from "./report.js";
import type { ChunkOutcome } from "./sending.js";

/**
 * Applies the per-task results of a 200 to the report.
 *
 * `success` is created; `TaskExists` for a task a request of this call had already carried is
 * created too (that earlier attempt got through); another `clienterror` fails with the service's
 * code and message; a `servererror`, or no result for the task at all, is retried while the
 * task's budget lasts and fails once it is spent.
 * @param entries - the tasks the request carried.
 * @param results - the service's per-task results as it sent them, in any order; a result is
 *   converted to the client model (`batchTaskCreateResultDeserializer`) only when it is needed:
 *   for `onTaskCreated`, or for a result that is not a `success`.
 * @param report - the report to record outcomes in.
 * @param maxRetries - how many times a task may be sent again.
 * @returns the tasks to send again.
 * @internal
 */
export function classifyTaskResults(
  entries: readonly TaskEntry[],
  results: readonly BatchTaskCreateResultOutput[],
  report: CreateTasksReport,
  maxRetries: number,
): TaskEntry[] {
  const byId = inOrder(entries, results) ? undefined : resultsById(results);
  const retry: TaskEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const wire = byId ? byId.get(entry.key) : results[i];
    const wasSent = entry.sent;
    entry.sent = true;
    if (wire?.status === "success") {
      report.created(report.wantsResults ? readResult(wire) : undefined);
      continue;
    }
    const r: BatchTaskCreateResult | undefined = wire && readResult(wire);
    if (r?.status === "clienterror") {
      const code = errorCode(r) ?? "ClientError";
      if (code === "TaskExists" && wasSent) {
        report.created(report.wantsResults ? { ...r, status: "success", error: undefined } : undefined);
        continue;
      }
      report.fail(entry, code, errorMessage(r) ?? code, r.error?.values?.length ? { values: r.error.values } : {});
      continue;
    }
    if (entry.attempts > maxRetries) {
      const code = r ? (errorCode(r) ?? "ServerError") : "MissingTaskResult";
      const message = r
        ? (errorMessage(r) ?? "The service reported a server error for this task.")
        : "The service's answer had no result for this task.";
      report.fail(entry, code, message, r?.error?.values?.length ? { values: r.error.values } : {});
    } else {
      retry.push(entry);
    }
  }
  return retry;
}

/** A result's error code, when the service sent a string there. */
function errorCode(r: BatchTaskCreateResult): string | undefined {
  const code: unknown = r.error?.code;
  return typeof code === "string" ? code : undefined;
}

/** A result's error message, when the service sent a string there. */
function errorMessage(r: BatchTaskCreateResult): string | undefined {
  const value: unknown = r.error?.message?.value;
  return typeof value === "string" ? value : undefined;
}

/**
 * One result in the client model. A result the deserializer cannot read (a broken answer: an
 * `error` that is null, `values` that are not a list of objects, a null `message`) keeps its
 * status, ID and, when it is a string, its error code, so that its task is still accounted for.
 */
function readResult(wire: BatchTaskCreateResultOutput): BatchTaskCreateResult {
  try {
    return batchTaskCreateResultDeserializer(wire);
  } catch {
    const error = (wire as { error?: unknown }).error as { code?: unknown } | null | undefined;
    const code = typeof error?.code === "string" ? error.code : undefined;
    return { status: wire.status, taskId: wire.taskId, ...(code !== undefined ? { error: { code } } : {}) };
  }
}

/**
 * Whether the service answered for exactly these tasks, in the order they were sent (the usual
 * case): then the i-th result is the i-th task's, as the look-up by ID would find it (the IDs of a
 * chunk differ even ignoring case, so no result can stand for another task).
 */
function inOrder(entries: readonly TaskEntry[], results: readonly BatchTaskCreateResultOutput[]): boolean {
  if (results.length !== entries.length) return false;
  for (let i = 0; i < entries.length; i++) {
    const r = results[i];
    if (!r || r.taskId !== entries[i]!.id) return false;
  }
  return true;
}

/** The results by lower-cased task ID (the service compares IDs ignoring case); a later result for an ID wins. */
function resultsById(results: readonly BatchTaskCreateResultOutput[]): Map<string, BatchTaskCreateResultOutput> {
  const byId = new Map<string, BatchTaskCreateResultOutput>();
  for (const r of results) {
    if (r && typeof r.taskId === "string") byId.set(r.taskId.toLowerCase(), r);
  }
  return byId;
}

/**
 * A whole request that failed, as createTasks reports it.
 * @internal
 */
export interface RequestFailure {
  /** The Batch error code, or the transport error's code. */
  code: string;
  /** Its message. */
  message: string;
  /** The HTTP status, when there was an answer. */
  statusCode?: number;
  /** The service's error details, if any. */
  values?: BatchErrorDetail[];
  /** Set when sending again cannot help: submission stops with this error. */
  fatal?: Error;
  /** The wait the service asked for (`Retry-After`), in ms. */
  retryAfterInMs?: number;
}

/** Statuses of a whole request that are retried: 408, 429 and 5xx but 501 and 505. */
export function isRetriableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

/**
 * Describes a request that got no 200 (a 413 is handled before, by splitting).
 * @param outcome - a `rejected` or `failed` outcome.
 * @returns the failure, with `fatal` set when it is not worth retrying.
 * @internal
 */
export function classifyRequestFailure(outcome: Exclude<ChunkOutcome, { kind: "results" }>): RequestFailure {
  if (outcome.kind === "failed") {
    const { error } = outcome;
    // A RestError is a transport failure (dropped connection, reset, DNS); an AbortError here is
    // the request timeout (an abort of the call is handled before). Anything else (such as a
    // refused insecure connection) will not get better by retrying.
    const retriable = isRestError(error) || error.name === "AbortError";
    return {
      code: (error as { code?: string }).code ?? error.name,
      message: error.message,
      fatal: retriable ? undefined : error,
    };
  }
  const { error, status } = outcome;
  return {
    code: error.code ?? `HTTP${status}`,
    message: error.message,
    statusCode: status || undefined,
    values: error.values.length > 0 ? error.values : undefined,
    retryAfterInMs: outcome.retryAfterInMs,
    fatal: isRetriableStatus(status) ? undefined : error,
  };
}

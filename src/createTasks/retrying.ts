// Sending one chunk until each of its tasks is created or failed.
//
// After a 200, the tasks the service answered `servererror` for (or did not answer for) are
// sent again after a backoff. A 413 splits the request in halves (not a retry). A whole-request
// failure that may pass (5xx, 408, 429, a timeout, a dropped connection) sends the same tasks
// again after `Retry-After` or a backoff; any other stops the whole submission. Every wait is
// capped at `maxRetryDelayInMs` and ends at once on abort; a task is sent at most
// `1 + maxRetries` times.

import type { AbortSignalLike } from "@azure/abort-controller";
import { backoffDelayInMs, sleep, type BackoffSettings } from "../retryTiming.js";
import type { TaskEntry } from "./chunking.js";
import { classifyRequestFailure, classifyTaskResults } from "./classifying.js";
import type { CreateTasksReport } from "./report.js";
import type { ChunkSender } from "./sending.js";

/**
 * What the retry loop needs.
 * @internal
 */
export interface ChunkSubmission {
  /** Sends one request. */
  send: ChunkSender;
  /** Where outcomes are recorded. */
  report: CreateTasksReport;
  /** How many times a task may be sent again. */
  maxRetries: number;
  /** The backoff before a retry. */
  backoff: BackoffSettings;
  /** The call's abort signal. */
  abortSignal?: AbortSignalLike;
}

/**
 * Sends `entries` until each is created or failed; never throws.
 * @param entries - one chunk.
 * @param submission - sender, report and retry settings.
 * @internal
 */
export async function submitChunk(entries: TaskEntry[], submission: ChunkSubmission): Promise<void> {
  const { send, report, maxRetries, backoff, abortSignal } = submission;
  let pending = entries;
  let requestFailures = 0;
  while (pending.length > 0) {
    report.markSending(pending);
    const outcome = await send(pending);

    if (outcome.kind === "results") {
      requestFailures = 0;
      const retry = classifyTaskResults(pending, outcome.results, report, maxRetries);
      report.progress();
      if (retry.length === 0) return;
      const worst = Math.max(...retry.map((e) => e.attempts));
      if (!(await waitBeforeRetry(backoffDelayInMs(worst, backoff), retry, submission))) return;
      report.result.retried += retry.length;
      pending = retry;
      continue;
    }

    if (outcome.kind === "rejected" && outcome.status === 413) {
      // Nothing was processed: not a retry, and not "sent" for the TaskExists rule.
      for (const entry of pending) entry.attempts--;
      if (pending.length === 1) {
        const entry = pending[0]!;
        entry.attempts++;
        const { error } = outcome;
        report.fail(entry, error.code ?? "RequestBodyTooLarge", error.message, {
          statusCode: 413,
          values: error.values,
        });
        report.progress();
        return;
      }
      const half = Math.ceil(pending.length / 2);
      await submitChunk(pending.slice(0, half), submission);
      await submitChunk(pending.slice(half), submission);
      return;
    }

    // A whole-request failure.
    for (const entry of pending) entry.sent = true;
    if (outcome.kind === "failed" && abortSignal?.aborted) {
      for (const entry of pending) {
        report.fail(
          entry,
          "Aborted",
          "The call was aborted while this task's request was in flight: it may or may not have been created.",
        );
      }
      report.progress();
      return;
    }
    const failure = classifyRequestFailure(outcome);
    requestFailures++;
    if (failure.fatal || pending.some((e) => e.attempts > maxRetries)) {
      for (const entry of pending) {
        report.fail(entry, failure.code, failure.message, { statusCode: failure.statusCode, values: failure.values });
      }
      if (failure.fatal) report.stop(failure.fatal);
      report.progress();
      return;
    }
    report.progress();
    const delay = retryDelayInMs(requestFailures, failure.retryAfterInMs, backoff);
    if (!(await waitBeforeRetry(delay, pending, submission, `${failure.code}: ${failure.message}`))) return;
    report.result.retried += pending.length;
  }
}

/**
 * The wait before sending a failed request again: the service's `Retry-After` when it gave one,
 * else the backoff for the `failures`-th failure in a row; capped at `maxRetryDelayInMs` either way.
 * @internal
 */
export function retryDelayInMs(failures: number, retryAfter: number | undefined, backoff: BackoffSettings): number {
  return Math.min(retryAfter ?? backoffDelayInMs(failures, backoff), backoff.maxRetryDelayInMs);
}

/**
 * Waits before sending `entries` again; false (and the entries failed with code `Aborted`) when
 * the call is aborted first.
 */
async function waitBeforeRetry(
  ms: number,
  entries: readonly TaskEntry[],
  { report, abortSignal }: ChunkSubmission,
  lastError?: string,
): Promise<boolean> {
  try {
    await sleep(ms, abortSignal);
    return true;
  } catch {
    const earlier = lastError ? ` (the last attempt failed: ${lastError})` : "";
    for (const entry of entries) {
      report.fail(
        entry,
        "Aborted",
        `The call was aborted while this task waited to be sent again${earlier}; it may or may not have been created.`,
      );
    }
    report.progress();
    return false;
  }
}

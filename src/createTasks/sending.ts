// Sending one chunk: the generated `_createTaskCollectionSend` request builder (path check of the
// job ID, `timeOut` and the common headers) on a context whose pipeline is the client's without
// its `Retry` phase, and the generated `_createTaskCollectionDeserialize` status check.
//
// Why without the retry policies: createTasks retries per task (a chunk's answer can create some
// tasks and fail others), so it runs its own loop (retrying.ts); with the pipeline's retries on
// too, one chunk could be sent `(1 + maxRetries) x (1 + pipeline retries)` times. Every other
// policy (shared-key or Entra ID signing, request id, user agent, api-version, timeout, body
// checks, logging, tracing) and the client's HTTP client are the client's own.

import { createHttpHeaders } from "@azure/core-rest-pipeline";
import type { BatchContext } from "../../generated/api/batchContext.js";
import type { BatchTaskCreateResult } from "../../generated/api/models.js";
import type { CreateTaskCollectionOptionalParams } from "../../generated/api/options.js";
import { _createTaskCollectionDeserialize, _createTaskCollectionSend } from "../../generated/api/tasks/operations.js";
import type { BatchClientContext } from "../batchContext.js";
import { createRestClient } from "../restClient.js";
import { createBatchError, isBatchError, type BatchError } from "../batchError.js";
import { retryAfterInMs } from "../retryTiming.js";
import type { TaskEntry } from "./chunking.js";

/**
 * What one request for a chunk came to.
 * @internal
 */
export type ChunkOutcome =
  /** A 200: the per-task results (empty when the body did not hold any). */
  | { kind: "results"; results: BatchTaskCreateResult[] }
  /** Another status: the service's error. */
  | { kind: "rejected"; status: number; error: BatchError; retryAfterInMs?: number }
  /** No answer: a transport failure, a timeout, an abort or a refused request. */
  | { kind: "failed"; error: Error };

/**
 * Sends one chunk; never throws.
 * @internal
 */
export type ChunkSender = (entries: readonly TaskEntry[]) => Promise<ChunkOutcome>;

/**
 * A context like `context` whose pipeline has no `Retry` phase (the core retry policy and the
 * Batch throttling policy). It sends with the same HTTP client and the same other policies.
 * @param context - the client's context.
 * @returns the context createTasks sends on.
 * @internal
 */
export function withoutPipelineRetries(context: BatchClientContext): BatchContext {
  const pipeline = context.client.pipeline.clone();
  pipeline.removePolicy({ phase: "Retry" });
  return {
    client: createRestClient(context.endpoint, pipeline, {
      httpClient: context.httpClient,
      allowInsecureConnection: context.allowInsecureConnection,
    }),
    createError: context.createError,
  };
}

/**
 * Creates the function that sends chunks of tasks to a job.
 * @param context - the context to send on (see {@link withoutPipelineRetries}).
 * @param jobId - the job.
 * @param options - the per-call options every request carries (headers, `timeOut`, the abort signal, the timeout).
 * @returns the sender.
 * @internal
 */
export function createChunkSender(
  context: BatchContext,
  jobId: string,
  options: CreateTaskCollectionOptionalParams,
): ChunkSender {
  return async (entries) => {
    let response;
    try {
      response = await _createTaskCollectionSend(context, jobId, { values: entries.map((e) => e.task) }, options);
    } catch (e) {
      return { kind: "failed", error: e instanceof Error ? e : new Error(String(e)) };
    }
    const status = Number(response.status);
    try {
      const { values } = await _createTaskCollectionDeserialize(context, response);
      return { kind: "results", results: Array.isArray(values) ? values : [] };
    } catch (e) {
      if (status === 200) {
        // A 200 whose body does not hold the results: every task counts as without a result.
        return { kind: "results", results: [] };
      }
      const error = isBatchError(e) ? e : createBatchError(response);
      return {
        kind: "rejected",
        status,
        error,
        retryAfterInMs: retryAfterInMs(createHttpHeaders(response.headers)),
      };
    }
  };
}

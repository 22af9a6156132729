// Sending one chunk: the request the generated `_createTaskCollectionSend` builds (path check of
// the job ID through `operationPath`, `timeOut`, the common headers, the content type), but with
// the body joined from the JSON each task was serialized to once when it was read (chunking.ts),
// on a context whose pipeline is the client's without its `Retry` phase. A non-200 goes through the
// generated `_createTaskCollectionDeserialize` status check; the per-task results of a 200 are
// handed on as they came (classifying.ts converts only those it has to).
// test/createTasks.spec.ts checks that the request equals the generated builder's.
//
// Why without the retry policies: createTasks retries per task (a chunk's answer can create some
// tasks and fail others), so it runs its own loop (retrying.ts); with the pipeline's retries on
// too, one chunk could be sent `(1 + maxRetries) x (1 + pipeline retries)` times. Every other
// policy (shared-key or Entra ID signing, request id, user agent, api-version, timeout, body
// checks, logging, tracing) and the client's HTTP client are the client's own.

import { operationOptionsToRequestParameters } from "@azure-rest/core-client";
import { createHttpHeaders } from "@azure/core-rest-pipeline";
import type { BatchContext } from "../../generated/api/batchContext.js";
import { commonHeaders } from "../../generated/api/commonHeaders.js";
import type { CreateTaskCollectionOptionalParams } from "../../generated/api/options.js";
import { compact, operationPath } from "../../generated/api/static-helpers/request.js";
import { _createTaskCollectionDeserialize } from "../../generated/api/tasks/operations.js";
import type { BatchTaskCreateResultOutput } from "../../generated/rest/outputModels.js";
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
  /** A 200: the per-task results as the service sent them (empty when the body did not hold any). */
  | { kind: "results"; results: BatchTaskCreateResultOutput[] }
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
  // The same for every request of the call.
  const parameters = {
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
  };
  return async (entries) => {
    let response;
    try {
      response = await operationPath(context.client, "/jobs/{jobId}/addtaskcollection", jobId).post({
        ...parameters,
        body: requestBody(entries),
      });
    } catch (e) {
      return { kind: "failed", error: e instanceof Error ? e : new Error(String(e)) };
    }
    const status = Number(response.status);
    if (response.status === "200") {
      // A 200 whose body does not hold the results: every task counts as without a result.
      const values = (response.body as { value?: unknown } | null | undefined)?.value;
      return { kind: "results", results: Array.isArray(values) ? (values as BatchTaskCreateResultOutput[]) : [] };
    }
    try {
      await _createTaskCollectionDeserialize(context, response);
      // Not reached: only a 200 passes the check.
      return { kind: "results", results: [] };
    } catch (e) {
      let error: BatchError;
      try {
        error = isBatchError(e) ? e : createBatchError(response);
      } catch (made) {
        // Never thrown by the sender: the chunk is reported as failed instead.
        return { kind: "failed", error: made instanceof Error ? made : new Error(String(made)) };
      }
      return {
        kind: "rejected",
        status,
        error,
        retryAfterInMs: retryAfterInMs(createHttpHeaders(response.headers)),
      };
    }
  };
}

/**
 * The `addtaskcollection` body of `entries`: `{"value":[...]}` around the JSON each task was
 * serialized to (what `batchTaskGroupSerializer` and `JSON.stringify` make of the same tasks),
 * as bytes, so that it is sent as it is.
 * @param entries - the tasks.
 * @returns the body.
 * @internal
 */
export function requestBody(entries: readonly TaskEntry[]): Buffer {
  let json = '{"value":[';
  for (let i = 0; i < entries.length; i++) json += (i > 0 ? "," : "") + entries[i]!.json;
  return Buffer.from(json + "]}", "utf8");
}

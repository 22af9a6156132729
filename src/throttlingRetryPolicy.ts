// Why this file exists: @azure/core-rest-pipeline's default retry policy retries 429 and 503 only
// when the response carries `Retry-After` (or `retry-after-ms` / `x-ms-retry-after-ms`), and
// retries other 5xx exponentially. The Batch service answers `429 TooManyRequests` without
// `Retry-After` (docs/protocol.md, "Errors"), so without this policy such a
// 429 reaches the caller at once. This policy runs inside the core retry policy and gives such a
// 429 a `retry-after-ms` of an exponential backoff with jitter, so the core policy retries it
// like any throttled answer: one retry loop, one budget (`maxRetries`), whatever mix of 429s,
// 5xx and dropped connections comes back. It retries nothing itself.
// When it can go: when the core retry policy retries a 429 without Retry-After by itself.

import type { PipelinePolicy, PipelineRequest, PipelineResponse } from "@azure/core-rest-pipeline";
import { backoffDelayInMs, retryAfterInMs } from "./retryTiming.js";

/** The answers the policy gave a `retry-after-ms` of its own (for {@link createRetryMarkRemovalPolicy}). */
const marked = new WeakSet<PipelineResponse>();

/** The name of the policy {@link createBatchThrottlingRetryPolicy} returns, for `pipeline.removePolicy`. */
export const batchThrottlingRetryPolicyName = "batchThrottlingRetryPolicy";

/**
 * Options of {@link createBatchThrottlingRetryPolicy}. `BatchClient` passes its `retryOptions`.
 */
export interface BatchThrottlingRetryPolicyOptions {
  /** The `maxRetries` of the core retry policy it runs inside (default 3, the core's default). */
  maxRetries?: number;
  /** Delay before the first retry, before jitter, in ms (default 800, as the core retry policy). */
  retryDelayInMs?: number;
  /** Upper bound of a delay, in ms (default 64,000, as the core retry policy). */
  maxRetryDelayInMs?: number;
}

/**
 * Creates the pipeline policy that makes the core retry policy retry a `429 Too Many Requests`
 * response that has no `Retry-After`, `retry-after-ms` or `x-ms-retry-after-ms` header: it sets
 * `retry-after-ms` on such a response to an exponential backoff with jitter, for the core policy
 * to wait and retry within its own `maxRetries` (the last answer, when no retry is left, is handed
 * on unchanged). A 429 that has one of those headers, and every other status, is left as it is.
 * Add it after the core retry policy, in the `Retry` phase, with the same `maxRetries`; on its own
 * it retries nothing (with a `pipeline` of the caller's, the retries are that pipeline's).
 * `BatchClient` adds it so (with a `pipeline` of the caller's, it also takes the backoff it set off
 * the answer that reaches the caller).
 *
 * @param options - Retry count and delays; by default those of the core retry policy.
 * @returns The policy, named {@link batchThrottlingRetryPolicyName}.
 * @throws Never; errors of the rest of the pipeline pass through.
 * @example
 * ```ts
 * import { createPipelineFromOptions } from "@azure/core-rest-pipeline";
 * import { createBatchThrottlingRetryPolicy } from "azbatch";
 * // BatchClient already adds it; a pipeline of the core's (its retry policy in the Retry phase) can too:
 * const pipeline = createPipelineFromOptions({ retryOptions: { maxRetries: 5 } });
 * pipeline.addPolicy(createBatchThrottlingRetryPolicy({ maxRetries: 5 }), { phase: "Retry" });
 * ```
 */
export function createBatchThrottlingRetryPolicy(options: BatchThrottlingRetryPolicyOptions = {}): PipelinePolicy {
  const maxRetries = options.maxRetries ?? 3;
  const settings = {
    retryDelayInMs: options.retryDelayInMs ?? 800,
    maxRetryDelayInMs: options.maxRetryDelayInMs ?? 64_000,
  };
  // Attempts per request so far: the core retry policy sends the same request object again.
  const attempts = new WeakMap<PipelineRequest, number>();
  return {
    name: batchThrottlingRetryPolicyName,
    async sendRequest(request, next) {
      const attempt = (attempts.get(request) ?? 0) + 1;
      attempts.set(request, attempt);
      const response = await next(request);
      if (response.status === 429 && attempt <= maxRetries && retryAfterInMs(response.headers) === undefined) {
        response.headers.set("retry-after-ms", String(Math.round(backoffDelayInMs(attempt, settings))));
        marked.add(response);
      }
      return response;
    },
  };
}

/**
 * Creates the policy that takes the `retry-after-ms` {@link createBatchThrottlingRetryPolicy} set
 * off the answer that reaches the caller: the answer no retry followed (a pipeline of the caller's
 * without a retry policy, or with fewer retries) is handed on as the service sent it. Add it
 * outside the retry policies (phase `Serialize`).
 * @returns The policy.
 * @internal
 */
export function createRetryMarkRemovalPolicy(): PipelinePolicy {
  return {
    name: "batchRetryMarkRemovalPolicy",
    async sendRequest(request, next) {
      const response = await next(request);
      if (marked.has(response)) {
        marked.delete(response);
        response.headers.delete("retry-after-ms");
      }
      return response;
    },
  };
}

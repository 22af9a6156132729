// Why this file exists: @azure/core-rest-pipeline's default retry policy retries 429 and 503 only
// when the response carries `Retry-After` (or `retry-after-ms` / `x-ms-retry-after-ms`), and
// retries other 5xx exponentially. The Batch service answers `429 TooManyRequests` without
// `Retry-After` (docs/protocol.md, "Errors"), so without this policy such a
// 429 reaches the caller at once. This policy retries exactly that case, with exponential backoff
// and jitter, and leaves every other response to the core policy (no retry is multiplied).
// When it can go: when the core retry policy retries a 429 without Retry-After by itself.

import { retryPolicy, type PipelinePolicy, type RetryStrategy } from "@azure/core-rest-pipeline";
import { backoffDelayInMs, retryAfterInMs } from "./retryTiming.js";

/** The name of the policy {@link createBatchThrottlingRetryPolicy} returns, for `pipeline.removePolicy`. */
export const batchThrottlingRetryPolicyName = "batchThrottlingRetryPolicy";

/**
 * Options of {@link createBatchThrottlingRetryPolicy}. `BatchClient` passes its `retryOptions`.
 */
export interface BatchThrottlingRetryPolicyOptions {
  /** How many times a 429 without `Retry-After` is retried (default 3, as the core retry policy). */
  maxRetries?: number;
  /** Delay before the first retry, before jitter, in ms (default 800, as the core retry policy). */
  retryDelayInMs?: number;
  /** Upper bound of a delay, in ms (default 64,000, as the core retry policy). */
  maxRetryDelayInMs?: number;
}

/**
 * Creates the pipeline policy that retries a `429 Too Many Requests` response that has no
 * `Retry-After`, `retry-after-ms` or `x-ms-retry-after-ms` header, with exponential backoff and
 * jitter. A 429 that has one of those headers, and every other status, is left to the core retry
 * policy. `BatchClient` adds it in the `Retry` phase of its pipeline.
 *
 * @param options - Retry count and delays; by default those of the core retry policy.
 * @returns The policy, named {@link batchThrottlingRetryPolicyName}.
 * @throws Never; the policy itself returns the last 429 response once its retries are spent.
 * @example
 * ```ts
 * import { createBatchThrottlingRetryPolicy } from "azbatch";
 * // BatchClient already adds it; a custom pipeline can add it too:
 * pipeline.addPolicy(createBatchThrottlingRetryPolicy({ maxRetries: 5 }), { phase: "Retry" });
 * ```
 */
export function createBatchThrottlingRetryPolicy(options: BatchThrottlingRetryPolicyOptions = {}): PipelinePolicy {
  const settings = {
    retryDelayInMs: options.retryDelayInMs ?? 800,
    maxRetryDelayInMs: options.maxRetryDelayInMs ?? 64_000,
  };
  const strategy: RetryStrategy = {
    name: "batchThrottlingRetryStrategy",
    retry({ retryCount, response }) {
      if (response?.status !== 429 || retryAfterInMs(response.headers) !== undefined) {
        return { skipStrategy: true };
      }
      return { retryAfterInMs: backoffDelayInMs(retryCount + 1, settings) };
    },
  };
  const policy = retryPolicy([strategy], { maxRetries: options.maxRetries ?? 3 });
  return { name: batchThrottlingRetryPolicyName, sendRequest: policy.sendRequest };
}

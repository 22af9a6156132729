// Batch's pipeline: the one `@azure-rest/core-client` builds (retries, user agent, request id,
// api-version, tracing, redirects, logging, proxy, TLS, a custom httpClient: the core's own
// policies and semantics), minus the policies that can never act on a Batch request, plus
// Batch's throttling retry and shared-key signing. What each policy costs per call is measured by
// `npx tsx bench/getPool.ts --policies`.

import type { AzureNamedKeyCredential } from "@azure/core-auth";
import type { Pipeline, ProxySettings } from "@azure/core-rest-pipeline";
import { createRangeCheckPolicy } from "./rangeCheckPolicy.js";
import { createResponseBodyPolicy, DEFAULT_MAX_JSON_BODY_BYTES } from "./responseBodyPolicy.js";
import { createSameOriginPolicy } from "./sameOriginPolicy.js";
import { createSharedKeyCredentialPolicy } from "./sharedKeyCredentialPolicy.js";
import { createBatchThrottlingRetryPolicy, type BatchThrottlingRetryPolicyOptions } from "./throttlingRetryPolicy.js";
import { createTimeoutPolicy, DEFAULT_REQUEST_TIMEOUT_IN_MS } from "./timeoutPolicy.js";

/** The proxy environment variables the core's proxy policy reads (upper or lower case). */
const PROXY_VARIABLES = ["HTTPS_PROXY", "ALL_PROXY", "HTTP_PROXY"];

/** Whether a proxy is configured: in the options, or in the environment when the client is created. */
function proxyConfigured(proxyOptions: ProxySettings | undefined): boolean {
  return (
    proxyOptions !== undefined ||
    PROXY_VARIABLES.some((name) => Boolean(process.env[name] || process.env[name.toLowerCase()]))
  );
}

/**
 * Adapts the core pipeline of a Batch client in place.
 *
 * Removed, because they never act on a Batch request:
 * - `formDataPolicy` and `multipartPolicy`: every Batch request body is JSON;
 * - `proxyPolicy` when no proxy is configured: the core policy reads its proxy from the options or
 *   the environment once, when it is created, and does nothing on any request when there is none.
 *
 * Kept: `redirectPolicy` (a proxy in front of the service may redirect; `sameOriginPolicy.ts`
 * refuses any hop to another origin before it is signed).
 *
 * Added: the throttling retry for a 429 without `Retry-After` (phase `Retry`); the whole-exchange
 * timeout (`timeoutPolicy.ts`, phase `Serialize`); then in phase `Sign`, in this order, the
 * same-origin check, for a shared-key credential the signer (so every retry and redirect is signed
 * afresh), the range check of ranged reads (`rangeCheckPolicy.ts`) and the response body checks
 * (`responseBodyPolicy.ts`).
 *
 * @param pipeline - the pipeline of the rest-level client.
 * @param options - the account URL, the client's proxy, retry, timeout and body-cap options, and the shared-key credential if any.
 */
export function adaptBatchPipeline(
  pipeline: Pipeline,
  options: {
    endpoint: string;
    proxyOptions?: ProxySettings;
    retryOptions?: BatchThrottlingRetryPolicyOptions;
    sharedKey?: AzureNamedKeyCredential;
    requestTimeoutInMs?: number;
    maxJsonBodyBytes?: number;
  },
): void {
  pipeline.removePolicy({ name: "formDataPolicy" });
  pipeline.removePolicy({ name: "multipartPolicy" });
  if (!proxyConfigured(options.proxyOptions)) pipeline.removePolicy({ name: "proxyPolicy" });
  pipeline.addPolicy(createBatchThrottlingRetryPolicy(options.retryOptions), { phase: "Retry" });
  pipeline.addPolicy(createTimeoutPolicy(options.requestTimeoutInMs ?? DEFAULT_REQUEST_TIMEOUT_IN_MS), {
    phase: "Serialize",
  });
  pipeline.addPolicy(createSameOriginPolicy(options.endpoint), { phase: "Sign" });
  if (options.sharedKey) pipeline.addPolicy(createSharedKeyCredentialPolicy(options.sharedKey), { phase: "Sign" });
  pipeline.addPolicy(createRangeCheckPolicy(), { phase: "Sign" });
  pipeline.addPolicy(createResponseBodyPolicy(options.maxJsonBodyBytes ?? DEFAULT_MAX_JSON_BODY_BYTES), {
    phase: "Sign",
  });
}

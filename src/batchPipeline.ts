// Batch's pipeline: the one `@azure-rest/core-client` builds (retries, user agent, request id,
// api-version, tracing, redirects, logging, proxy, TLS, a custom httpClient: the core's own
// policies and semantics), minus the policies that can never act on a Batch request, plus
// Batch's throttling retry and shared-key signing. What each policy costs per call is measured by
// `npx tsx bench/getPool.ts --policies`.

import type { AzureNamedKeyCredential } from "@azure/core-auth";
import type { Pipeline, ProxySettings } from "@azure/core-rest-pipeline";
import { createSharedKeyCredentialPolicy } from "./sharedKeyCredentialPolicy.js";
import { createBatchThrottlingRetryPolicy, type BatchThrottlingRetryPolicyOptions } from "./throttlingRetryPolicy.js";

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
 * - `redirectPolicy`: no Batch operation answers a redirect (the spec declares no 3xx), and a 3xx
 *   that came anyway is an error through the operation's own status check;
 * - `proxyPolicy` when no proxy is configured: the core policy reads its proxy from the options or
 *   the environment once, when it is created, and does nothing on any request when there is none.
 *
 * Added: the throttling retry for a 429 without `Retry-After` (phase `Retry`) and, for a shared-key
 * credential, the signer (phase `Sign`, so every retry is signed afresh).
 *
 * @param pipeline - the pipeline of the rest-level client.
 * @param options - the client's proxy and retry options, and the shared-key credential if any.
 */
export function adaptBatchPipeline(
  pipeline: Pipeline,
  options: {
    proxyOptions?: ProxySettings;
    retryOptions?: BatchThrottlingRetryPolicyOptions;
    sharedKey?: AzureNamedKeyCredential;
  },
): void {
  pipeline.removePolicy({ name: "formDataPolicy" });
  pipeline.removePolicy({ name: "multipartPolicy" });
  pipeline.removePolicy({ name: "redirectPolicy" });
  if (!proxyConfigured(options.proxyOptions)) pipeline.removePolicy({ name: "proxyPolicy" });
  pipeline.addPolicy(createBatchThrottlingRetryPolicy(options.retryOptions), { phase: "Retry" });
  if (options.sharedKey) pipeline.addPolicy(createSharedKeyCredentialPolicy(options.sharedKey), { phase: "Sign" });
}

// Batch's pipeline, assembled from the policies `@azure/core-rest-pipeline` exports, in the order
// and with the options its `createPipelineFromOptions` uses (retries, user agent, request id,
// tracing, redirects, logging, TLS, agent, proxy, decompression), plus the api-version policy,
// the Entra ID bearer policy, the caller's `additionalPolicies`, Batch's throttling retry,
// time bound, same-origin check, shared-key signing, range check and response-body checks. The
// core's tracing and logging policies run only while something traces (`tracingPolicy.ts`) or
// logs (`logPolicy.ts`).
// What each policy costs per call is measured by `npx tsx bench/getPool.ts --policies`; what the
// tracing and logging policies cost while off, by `npx tsx bench/offPolicies.ts`.
//
// Why not `createPipelineFromOptions`: it imports the proxy policy, and with it the proxy agents
// and their debug logger (about 20 KB of a minified bundle), even when no proxy is configured.
// Here the proxy policy is loaded only when a proxy is configured (`proxyOptions`, or a proxy
// variable in the environment when the client is created), on the first request.

import type { AzureNamedKeyCredential, TokenCredential } from "@azure/core-auth";
import type { AdditionalPolicyConfig, ClientOptions } from "@azure-rest/core-client";
import {
  agentPolicy,
  bearerTokenAuthenticationPolicy,
  createEmptyPipeline,
  decompressResponsePolicy,
  defaultRetryPolicy,
  redirectPolicy,
  proxyPolicy,
  setClientRequestIdPolicy,
  tlsPolicy,
  userAgentPolicy,
  type Pipeline,
  type PipelinePolicy,
  type ProxySettings,
} from "@azure/core-rest-pipeline";
import { apiVersion as generatedApiVersion } from "../generated/rest/batchClient.js";
import { logger } from "../generated/rest/logger.js";
import { createLogPolicy } from "./logPolicy.js";
import { createRangeCheckPolicy } from "./rangeCheckPolicy.js";
import { createResponseBodyPolicy, DEFAULT_MAX_JSON_BODY_BYTES } from "./responseBodyPolicy.js";
import { createSameOriginPolicy } from "./sameOriginPolicy.js";
import { createSharedKeyCredentialPolicy } from "./sharedKeyCredentialPolicy.js";
import { createBatchThrottlingRetryPolicy, createRetryMarkRemovalPolicy } from "./throttlingRetryPolicy.js";
import { createTimeoutPolicy, DEFAULT_REQUEST_TIMEOUT_IN_MS } from "./timeoutPolicy.js";
import { createTracingPolicy } from "./tracingPolicy.js";

/** The proxy environment variables the core's proxy policy reads (upper or lower case). */
const PROXY_VARIABLES = ["HTTPS_PROXY", "ALL_PROXY", "HTTP_PROXY"];

/** Whether a proxy is configured: in the options, or in the environment when the client is created. */
function proxyConfigured(proxyOptions: ProxySettings | undefined): boolean {
  return (
    proxyOptions !== undefined ||
    PROXY_VARIABLES.some((name) => Boolean(process.env[name] || process.env[name.toLowerCase()]))
  );
}

/** The user agent of every request, before the caller's prefix and the core's platform part. */
const USER_AGENT = "azsdk-js-azbatch-rest/0.1.0";

/** The name of the api-version policy (the same as the rest-level core client's). */
const apiVersionPolicyName = "ApiVersionPolicy";

/** A query that has a non-empty `api-version` (a Batch URL has no fragment). */
const HAS_API_VERSION = /[?&]api-version=[^&]/;

/** Adds `api-version` to a request URL that has none (as the rest-level core client does). */
function apiVersionPolicy(version: string): PipelinePolicy {
  return {
    name: apiVersionPolicyName,
    sendRequest(request, next) {
      // The generated request builders always add it: found without parsing the URL.
      if (HAS_API_VERSION.test(request.url)) return next(request);
      const url = new URL(request.url);
      if (!url.searchParams.get("api-version") && version) {
        request.url = `${request.url}${url.searchParams.size > 0 ? "&" : "?"}api-version=${version}`;
      }
      return next(request);
    },
  };
}

/** What {@link createBatchPipeline} needs. */
export interface BatchPipelineOptions extends ClientOptions {
  /** The account URL. */
  endpoint: string;
  /** The api-version to send. */
  apiVersion?: string;
  /** The Entra ID credential, if any. */
  tokenCredential?: TokenCredential;
  /** The shared-key credential, if any. */
  sharedKey?: AzureNamedKeyCredential;
  /** The whole-exchange time bound, in ms. */
  requestTimeoutInMs?: number;
  /** The cap of a body read into memory, in bytes. */
  maxJsonBodyBytes?: number;
}

/**
 * Creates the pipeline of a Batch client (or adapts `options.pipeline` when the caller gives one:
 * then only the caller's `additionalPolicies` and Batch's own policies are added to it).
 *
 * Not added, because they never act on a Batch request: `formDataPolicy` and `multipartPolicy`
 * (every Batch request body is JSON); `proxyPolicy` when no proxy is configured (the core policy
 * reads its proxy from the options or the environment once, when it is created, and does nothing
 * on any request when there is none); `wrapAbortSignalLikePolicy` (the default HTTP client of
 * `@azure/core-rest-pipeline` wraps a non-native signal itself, and the time-bound policy hands on
 * a native one).
 *
 * Kept: `redirectPolicy` (a proxy in front of the service may redirect; `sameOriginPolicy.ts`
 * refuses any hop to another origin before it is signed).
 *
 * Added: the throttling retry for a 429 without `Retry-After` (phase `Retry`, inside the core retry
 * policy, which retries such a 429 in its one loop), and in a caller's pipeline, outside the retries
 * (phase `Serialize`), the removal of the backoff it sets from the answer that reaches the caller;
 * the whole-exchange
 * timeout (`timeoutPolicy.ts`, phase `Serialize`); then in phase `Sign`, in this order, the
 * same-origin check, for an Entra ID credential the bearer policy and for a shared-key credential
 * the signer (so every retry and every redirect hop carries the credential afresh), the range check of ranged reads (`rangeCheckPolicy.ts`) and the response body checks
 * (`responseBodyPolicy.ts`).
 *
 * @param options - the client options, the account URL and the credential.
 * @returns the pipeline.
 * @internal
 */
export function createBatchPipeline(options: BatchPipelineOptions): Pipeline {
  const pipeline = options.pipeline ?? createEmptyPipeline();
  if (!options.pipeline) {
    if (options.agent) pipeline.addPolicy(agentPolicy(options.agent));
    if (options.tlsOptions) pipeline.addPolicy(tlsPolicy(options.tlsOptions));
    if (proxyConfigured(options.proxyOptions)) pipeline.addPolicy(proxyPolicy(options.proxyOptions));
    pipeline.addPolicy(decompressResponsePolicy());
    const prefix = options.userAgentOptions?.userAgentPrefix;
    const userAgentOptions = {
      ...options.userAgentOptions,
      userAgentPrefix: prefix ? `${prefix} ${USER_AGENT}` : USER_AGENT,
    };
    const loggingOptions = { logger: options.loggingOptions?.logger ?? logger.info, ...options.loggingOptions };
    pipeline.addPolicy(userAgentPolicy(userAgentOptions));
    pipeline.addPolicy(setClientRequestIdPolicy(options.telemetryOptions?.clientRequestIdHeaderName));
    pipeline.addPolicy(defaultRetryPolicy(options.retryOptions), { phase: "Retry" });
    pipeline.addPolicy(createTracingPolicy({ ...userAgentOptions, ...loggingOptions }), { afterPhase: "Retry" });
    pipeline.addPolicy(redirectPolicy(options.redirectOptions), { afterPhase: "Retry" });
    pipeline.addPolicy(createLogPolicy(loggingOptions), { afterPhase: "Sign" });
    pipeline.addPolicy(apiVersionPolicy(options.apiVersion ?? generatedApiVersion));
  }
  for (const { policy, position } of options.additionalPolicies ?? ([] as AdditionalPolicyConfig[])) {
    // As the rest-level core client: a per-retry policy runs after the Sign phase.
    pipeline.addPolicy(policy, { afterPhase: position === "perRetry" ? "Sign" : undefined });
  }
  pipeline.addPolicy(createBatchThrottlingRetryPolicy(options.retryOptions), { phase: "Retry" });
  // In a pipeline of ours the core retry policy has the same maxRetries, so the last 429 is never
  // marked; a caller's pipeline may retry less, or not at all.
  if (options.pipeline) pipeline.addPolicy(createRetryMarkRemovalPolicy(), { phase: "Serialize" });
  pipeline.addPolicy(createTimeoutPolicy(options.requestTimeoutInMs ?? DEFAULT_REQUEST_TIMEOUT_IN_MS), {
    phase: "Serialize",
  });
  pipeline.addPolicy(createSameOriginPolicy(options.endpoint), { phase: "Sign" });
  if (options.tokenCredential && !options.pipeline) {
    // In the Sign phase, after the retries and redirects: the redirect policy takes the
    // `Authorization` header off a redirected request, and each hop gets the token again.
    pipeline.addPolicy(
      bearerTokenAuthenticationPolicy({
        credential: options.tokenCredential,
        scopes: options.credentials?.scopes ?? ["https://batch.core.windows.net//.default"],
      }),
      { phase: "Sign" },
    );
  }
  if (options.sharedKey) pipeline.addPolicy(createSharedKeyCredentialPolicy(options.sharedKey), { phase: "Sign" });
  pipeline.addPolicy(createRangeCheckPolicy(), { phase: "Sign" });
  pipeline.addPolicy(createResponseBodyPolicy(options.maxJsonBodyBytes ?? DEFAULT_MAX_JSON_BODY_BYTES), {
    phase: "Sign",
  });
  return pipeline;
}

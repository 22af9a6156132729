import { isTokenCredential, type AzureNamedKeyCredential, type TokenCredential } from "@azure/core-auth";
import type { ClientOptions, PathUncheckedResponse } from "@azure-rest/core-client";
import { createDefaultHttpClient, type HttpClient } from "@azure/core-rest-pipeline";
import type { BatchContext } from "../generated/api/batchContext.js";
import { withCheckedPaths } from "../generated/rest/pathParameters.js";
import { createBatchError } from "./batchError.js";
import { createBatchPipeline } from "./batchPipeline.js";
import { createRestClient } from "./restClient.js";

/**
 * Options for `BatchClient` and {@link createBatchContext}: the pipeline options of
 * `@azure-rest/core-client` (retries, logging, user agent, proxy, custom HTTP client) and the api-version.
 */
export interface BatchClientOptions extends ClientOptions {
  /** The api-version to send (default: the version the client was generated for, `2026-10-01`). */
  apiVersion?: string;
  /**
   * The time bound of a call that sets no `requestOptions.timeout`, in ms (default 300,000; 0 for
   * none). It covers the whole exchange, retries and response body included; for a file download
   * read as a stream it covers the exchange up to the headers and is then the longest pause
   * between two chunks. A call that runs out fails with a `BatchError` of code `ClientTimeout`
   * (`StreamIdleTimeout` for a stream).
   */
  requestTimeoutInMs?: number;
  /**
   * The largest response body read into memory, in bytes (default 33,554,432: 32 MiB). A longer
   * answer is refused, as soon as the limit is passed, with a `BatchError` of code
   * `ResponseBodyTooLarge`. File downloads are streams and are not limited.
   */
  maxJsonBodyBytes?: number;
}

/**
 * The context the Batch operation functions (`azbatch/api`) and `BatchClient` run on: the
 * rest-level client with Batch's pipeline, the error factory, and what helpers that send their
 * own requests need (the account URL and the HTTP client the pipeline sends with).
 */
export interface BatchClientContext extends BatchContext {
  /** The account URL without a trailing slash. */
  readonly endpoint: string;
  /** The HTTP client the pipeline sends with (the one given in the options, or a default one). */
  readonly httpClient: HttpClient;
  /** Whether plain `http://` is allowed. */
  readonly allowInsecureConnection: boolean;
}

/** Host names that are this machine: plain HTTP is allowed to them (the local emulator). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * Creates the context for one Batch account, for the operation functions of `azbatch/api`.
 *
 * @param endpoint - the account URL, e.g. `https://myaccount.eastus.batch.azure.com`.
 * @param credential - a `TokenCredential` (Entra ID) or an `AzureNamedKeyCredential` (account name and key).
 * @param options - pipeline options; plain `http://` is allowed only to loopback hosts unless `allowInsecureConnection` is set.
 *   `retryOptions` also set the retries of a 429 without `Retry-After` (see `createBatchThrottlingRetryPolicy`).
 * @returns the context.
 * @example
 * ```ts
 * import { createBatchContext, getPool } from "azbatch/api";
 *
 * const context = createBatchContext("https://myaccount.eastus.batch.azure.com", new DefaultAzureCredential());
 * const pool = await getPool(context, "my-pool");
 * ```
 */
export function createBatchContext(
  endpoint: string,
  credential: TokenCredential | AzureNamedKeyCredential,
  options: BatchClientOptions = {},
): BatchClientContext {
  const url = new URL(endpoint);
  const allowInsecureConnection =
    options.allowInsecureConnection ?? (url.protocol === "http:" && LOOPBACK.has(url.hostname));
  const tokenCredential = isTokenCredential(credential) ? credential : undefined;
  const httpClient = options.httpClient ?? createDefaultHttpClient();
  const trimmed = endpoint.replace(/\/+$/, "");
  const pipeline = createBatchPipeline({
    ...options,
    endpoint: trimmed,
    tokenCredential,
    sharedKey: tokenCredential ? undefined : (credential as AzureNamedKeyCredential),
    // Every request carries Batch's own request-id header (a fresh GUID unless the caller sets one).
    telemetryOptions: { clientRequestIdHeaderName: "client-request-id", ...options.telemetryOptions },
  });
  // The rest-level client of `azbatch/rest`'s `createClient`, on this pipeline; every value placed
  // in a URL path is checked (generated/rest/pathParameters.ts) before a request is built.
  const client = withCheckedPaths(
    createRestClient(options.endpoint ?? options.baseUrl ?? trimmed, pipeline, { httpClient, allowInsecureConnection }),
  );
  return {
    client,
    createError: (response: PathUncheckedResponse) => createBatchError(response),
    endpoint: trimmed,
    httpClient,
    allowInsecureConnection,
  };
}

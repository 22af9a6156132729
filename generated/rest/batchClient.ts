// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import { getClient, type ClientOptions } from "@azure-rest/core-client";
import type { TokenCredential } from "@azure/core-auth";
import type { BatchClient } from "./clientDefinitions.js";
import { logger } from "./logger.js";
import { withCheckedPaths } from "./pathParameters.js";

/**
 * The api-version this client was generated for.
 */
export const apiVersion = "2026-10-01";

/**
 * Options for {@link createClient}.
 */
export interface BatchClientOptions extends ClientOptions {
  /**
   * The api-version to send (default `2026-10-01`).
   */
  apiVersion?: string;
}

/**
 * Creates the rest-level BatchClient for Azure Batch.
 *
 * Azure Batch provides Cloud-scale job scheduling and compute management.
 * @param endpoint - Batch account endpoint (for example: https://batchaccount.eastus2.batch.azure.com).
 * @param credentials - an Entra ID credential; omit it to add your own authentication policy.
 * @param options - pipeline options (retry, logging, api-version).
 * @returns a path-typed client.
 * @example
 * ```ts
 * const client = createClient("https://myaccount.eastus.batch.azure.com", new DefaultAzureCredential());
 * const response = await client.path("/pools/{poolId}", "my-pool").get();
 * ```
 */
export function createClient(
  endpoint: string,
  credentials?: TokenCredential,
  { apiVersion: version = apiVersion, ...options }: BatchClientOptions = {},
): BatchClient {
  const endpointUrl = options.endpoint ?? options.baseUrl ?? endpoint;
  const userAgentInfo = "azsdk-js-azbatch-rest/0.1.0";
  const userAgentPrefix = options.userAgentOptions?.userAgentPrefix
    ? `${options.userAgentOptions.userAgentPrefix} ${userAgentInfo}`
    : userAgentInfo;
  // Every value placed in a URL path is checked (pathParameters.ts) before a request is built.
  return withCheckedPaths(
    getClient(endpointUrl, credentials, {
      ...options,
      apiVersion: version,
      userAgentOptions: { userAgentPrefix },
      loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info, ...options.loggingOptions },
      credentials: {
        scopes: options.credentials?.scopes ?? ["https://batch.core.windows.net//.default"],
        ...options.credentials,
      },
    }),
  ) as BatchClient;
}

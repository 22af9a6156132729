// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import { getClient, type ClientOptions } from "@azure-rest/core-client";
import type { TokenCredential } from "@azure/core-auth";
import type { WidgetClient } from "./clientDefinitions.js";
import { logger } from "./logger.js";
import { withCheckedPaths } from "./pathParameters.js";

/**
 * The api-version this client was generated for.
 */
export const apiVersion = "2030-01-01";

/**
 * Options for {@link createClient}.
 */
export interface WidgetClientOptions extends ClientOptions {
  /**
   * The api-version to send (default `2030-01-01`).
   */
  apiVersion?: string;
}

/**
 * Creates the rest-level WidgetClient for Widget Service.
 *
 * A small service that uses every construct the emitter supports.
 * @param endpoint - The service endpoint.
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
  { apiVersion: version = apiVersion, ...options }: WidgetClientOptions = {},
): WidgetClient {
  const endpointUrl = options.endpoint ?? options.baseUrl ?? endpoint;
  const userAgentInfo = "azsdk-js-widgets-rest/1.0.0";
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
        scopes: options.credentials?.scopes ?? ["https://widgets.example.com/.default"],
        ...options.credentials,
      },
    }),
  ) as WidgetClient;
}

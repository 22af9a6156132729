import { isTokenCredential, type AzureNamedKeyCredential, type TokenCredential } from "@azure/core-auth";
import type { PathUncheckedResponse } from "@azure-rest/core-client";
import { BatchOperations, type BatchContext } from "../generated/api/operations.js";
import { createClient, type BatchClientOptions as RestClientOptions } from "../generated/rest/batchClient.js";
import { createBatchError } from "./batchError.js";
import { createSharedKeyCredentialPolicy } from "./sharedKeyCredentialPolicy.js";

/**
 * Options for {@link BatchClient}: the pipeline options of `@azure-rest/core-client`
 * (retries, logging, user agent, proxy, custom HTTP client) and the api-version.
 */
export interface BatchClientOptions extends RestClientOptions {}

/** Host names that are this machine: plain HTTP is allowed to them (the local emulator). */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * The Azure Batch client: every Batch operation as one typed method, plus bulk task
 * submission, waiting and pollers.
 *
 * Authenticate with Microsoft Entra ID (any `TokenCredential`, such as `DefaultAzureCredential`,
 * scope `https://batch.core.windows.net//.default`) or with the account's shared key
 * (`AzureNamedKeyCredential`; `credential.update()` rotates the key for the next request).
 *
 * @example
 * ```ts
 * import { BatchClient } from "azbatch";
 * import { DefaultAzureCredential } from "@azure/identity";
 *
 * const client = new BatchClient("https://myaccount.eastus.batch.azure.com", new DefaultAzureCredential());
 * await client.createJob({ id: "my-job", poolInfo: { poolId: "my-pool" } });
 * ```
 */
export class BatchClient extends BatchOperations {
  /** The rest-level client and error factory the generated operations use. */
  protected readonly context: BatchContext;

  /**
   * Creates a client for one Batch account.
   * @param endpoint - the account URL, e.g. `https://myaccount.eastus.batch.azure.com`.
   * @param credential - a `TokenCredential` (Entra ID) or an `AzureNamedKeyCredential` (account name and key).
   * @param options - pipeline options; plain `http://` is allowed only to loopback hosts unless `allowInsecureConnection` is set.
   */
  constructor(endpoint: string, credential: TokenCredential | AzureNamedKeyCredential, options: BatchClientOptions = {}) {
    super();
    const url = new URL(endpoint);
    const allowInsecureConnection = options.allowInsecureConnection ?? (url.protocol === "http:" && LOOPBACK.has(url.hostname));
    const tokenCredential = isTokenCredential(credential) ? credential : undefined;
    const client = createClient(endpoint.replace(/\/+$/, ""), tokenCredential, { ...options, allowInsecureConnection });
    if (!tokenCredential) {
      client.pipeline.addPolicy(createSharedKeyCredentialPolicy(credential as AzureNamedKeyCredential), { phase: "Sign" });
    }
    this.context = {
      client,
      createError: (response: PathUncheckedResponse) => createBatchError(response),
    };
  }
}

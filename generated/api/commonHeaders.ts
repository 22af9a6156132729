// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";
import type { BatchOperationOptions } from "./options.js";
import { compact } from "./static-helpers/request.js";

/**
 * The headers every operation sends: the caller's extra headers, then the shared header options.
 * @param options - the operation's options.
 * @returns the headers.
 */
export function commonHeaders(options: BatchOperationOptions): RawHttpHeadersInput {
  return {
    ...options.requestOptions?.headers,
    ...compact({
      "client-request-id": options.clientRequestId,
      "return-client-request-id": options.returnClientRequestId,
      "ocp-date": options.ocpDate?.toUTCString(),
    }),
  };
}

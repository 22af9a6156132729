// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { Client, PathUncheckedResponse } from "@azure-rest/core-client";

/**
 * What the Widget operation functions run on: the rest-level client requests go through, and the error a failed call throws.
 */
export interface WidgetContext {
  /**
   * The rest-level client (its pipeline sends every request).
   */
  readonly client: Client;
  /**
   * Builds the error thrown for a response whose status the operation does not declare.
   * @param response - the unexpected response (its body parsed when it was JSON).
   */
  createError(response: PathUncheckedResponse): Error;
}

// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";
import type { WidgetOperationOptions } from "./options.js";
import { compact } from "./static-helpers/request.js";

/**
 * The headers every operation sends: the caller's extra headers, then the shared header options.
 * @param options - the operation's options.
 * @returns the headers.
 */
export function commonHeaders(options: WidgetOperationOptions): RawHttpHeadersInput {
  return { ...options.requestOptions?.headers, ...compact({}) };
}

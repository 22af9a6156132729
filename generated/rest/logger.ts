// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import { createClientLogger } from "@azure/logger";

/**
 * The logger of the rest-level client (namespace `azbatch`).
 */
export const logger = createClientLogger("azbatch");

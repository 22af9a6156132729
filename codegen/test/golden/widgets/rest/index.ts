// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

export { createClient, apiVersion, type WidgetClientOptions } from "./widgetClient.js";
export * from "./parameters.js";
export * from "./responses.js";
export * from "./clientDefinitions.js";
export * from "./isUnexpected.js";
export * from "./models.js";
export * from "./outputModels.js";
export * from "./paginateHelper.js";
export { InvalidPathParameterError, checkPathParameter } from "./pathParameters.js";
export { logger } from "./logger.js";

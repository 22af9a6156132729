// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

export * from "./models.js";
export * from "./options.js";
export * from "./results.js";
export type { WidgetContext } from "./widgetContext.js";
export { WidgetOperations } from "./widgetOperations.js";
export { type ContinuablePage, type PagedAsyncIterableIterator, type PageSettings } from "../rest/paginateHelper.js";

// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

export * from "./models.js";
export * from "./options.js";
export * from "./results.js";
export type { BatchContext } from "./batchContext.js";
export { BatchOperations } from "./batchOperations.js";
export type {
  BatchLongRunningOperationName,
  BeginDeallocateNodeOptionalParams,
  BeginDeleteJobOptionalParams,
  BeginDeleteJobScheduleOptionalParams,
  BeginDeletePoolOptionalParams,
  BeginDisableJobOptionalParams,
  BeginEnableJobOptionalParams,
  BeginRebootNodeOptionalParams,
  BeginReimageNodeOptionalParams,
  BeginRemoveNodesOptionalParams,
  BeginResizePoolOptionalParams,
  BeginStartNodeOptionalParams,
  BeginStopPoolResizeOptionalParams,
  BeginTerminateJobOptionalParams,
  BeginTerminateJobScheduleOptionalParams,
} from "./longRunning.js";
export { type ContinuablePage, type PagedAsyncIterableIterator, type PageSettings } from "../rest/paginateHelper.js";

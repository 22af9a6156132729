/**
 * azbatch: a TypeScript SDK for the Azure Batch data-plane service.
 *
 * {@link BatchClient} has one method per Batch operation, with the spec's model names
 * (`BatchPoolCreateOptions`, `BatchJob`, ...); `azbatch/rest` exposes the generated
 * rest-level client.
 *
 * @packageDocumentation
 */
export { BatchClient, type BatchClientOptions } from "./batchClient.js";
export { createBatchContext, type BatchClientContext } from "./batchContext.js";
export {
  BatchError,
  createBatchError,
  isBatchError,
  type BatchErrorDetail,
  type BatchErrorOptions,
} from "./batchError.js";
export { createSharedKeyCredentialPolicy, sharedKeyCredentialPolicyName } from "./sharedKeyCredentialPolicy.js";
export * from "../generated/api/index.js";
export { InvalidPathParameterError } from "../generated/rest/pathParameters.js";
export { UnsafeNextLinkError } from "../generated/rest/paginateHelper.js";
export { DEFAULT_MAX_JSON_BODY_BYTES } from "./responseBodyPolicy.js";
export { DEFAULT_REQUEST_TIMEOUT_IN_MS } from "./timeoutPolicy.js";
export {
  CreateTasksError,
  DEFAULT_CREATE_TASKS_CONCURRENCY,
  DEFAULT_CREATE_TASKS_MAX_RETRIES,
  MAX_REQUEST_BODY_BYTES,
  MAX_TASKS_PER_REQUEST,
  type CreateTasksFailedTask,
  type CreateTasksOptionalParams,
  type CreateTasksProgress,
  type CreateTasksResult,
} from "./createTasks.js";
export { type WaitForTasksOptionalParams, type WaitForTasksProgress, type WaitForTasksResult } from "./waitForTasks.js";
export { type FollowFileOptions, type FollowNodeFileOptions } from "./followFile.js";
export {
  type BatchLongRunningOperationName,
  type BatchOperationState,
  type BatchPoller,
  type BatchPollerOptions,
} from "./lro/batchPoller.js";
export {
  batchThrottlingRetryPolicyName,
  createBatchThrottlingRetryPolicy,
  type BatchThrottlingRetryPolicyOptions,
} from "./throttlingRetryPolicy.js";

// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import {
  type BatchPoller,
  type BatchPollerOptions,
  createBatchPoller,
  initialState,
  pollerOptions,
  requestOptions,
  untilDeleted,
  untilIn,
  whileIn,
} from "../../src/lro/engine.js";
import type { BatchContext } from "./batchContext.js";
import type {
  BatchJob,
  BatchJobDisableOptions,
  BatchJobSchedule,
  BatchJobTerminateOptions,
  BatchNode,
  BatchNodeDeallocateOptions,
  BatchNodeRebootOptions,
  BatchNodeReimageOptions,
  BatchNodeRemoveOptions,
  BatchPool,
  BatchPoolResizeOptions,
} from "./models.js";
import type {
  DeallocateNodeOptionalParams,
  DeleteJobOptionalParams,
  DeleteJobScheduleOptionalParams,
  DeletePoolOptionalParams,
  DisableJobOptionalParams,
  EnableJobOptionalParams,
  RebootNodeOptionalParams,
  ReimageNodeOptionalParams,
  RemoveNodesOptionalParams,
  ResizePoolOptionalParams,
  StartNodeOptionalParams,
  StopPoolResizeOptionalParams,
  TerminateJobOptionalParams,
  TerminateJobScheduleOptionalParams,
} from "./options.js";
import { deleteJobSchedule, getJobSchedule, terminateJobSchedule } from "./jobSchedules/operations.js";
import { deleteJob, disableJob, enableJob, getJob, terminateJob } from "./jobs/operations.js";
import { deallocateNode, getNode, rebootNode, reimageNode, startNode } from "./nodes/operations.js";
import { deletePool, getPool, removeNodes, resizePool, stopPoolResize } from "./pools/operations.js";

/**
 * The names of the operations that return a poller.
 */
export type BatchLongRunningOperationName =
  | "deletePool"
  | "resizePool"
  | "stopPoolResize"
  | "removeNodes"
  | "deleteJob"
  | "disableJob"
  | "enableJob"
  | "terminateJob"
  | "deleteJobSchedule"
  | "terminateJobSchedule"
  | "rebootNode"
  | "reimageNode"
  | "startNode"
  | "deallocateNode";

/**
 * Options of `beginDeletePool`: those of `deletePool` plus the poller's.
 */
export interface BeginDeletePoolOptionalParams extends DeletePoolOptionalParams, BatchPollerOptions {}

/**
 * Sends `deletePool` and returns a poller that completes when the pool is gone (404).
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param options - those of `deletePool`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginDeletePool(
  context: BatchContext,
  poolId: string,
  options: BeginDeletePoolOptionalParams = {},
): BatchPoller<void> {
  return createBatchPoller<void>(
    {
      state: initialState("deletePool", { poolId }),
      start: () => deletePool(context, poolId, requestOptions(options)),
      check: (_state, abortSignal) =>
        untilDeleted(() => getPool(context, poolId, { select: ["id", "state"], abortSignal }), ["deleting"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginResizePool`: those of `resizePool` plus the poller's.
 */
export interface BeginResizePoolOptionalParams extends ResizePoolOptionalParams, BatchPollerOptions {}

/**
 * Sends `resizePool` and returns a poller that completes with the pool once its `allocationState` is `steady` again (check `resizeErrors` on it).
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param resizeOptions - The options to use for resizing the pool.
 * @param options - those of `resizePool`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginResizePool(
  context: BatchContext,
  poolId: string,
  resizeOptions: BatchPoolResizeOptions,
  options: BeginResizePoolOptionalParams = {},
): BatchPoller<BatchPool> {
  return createBatchPoller<BatchPool>(
    {
      state: initialState("resizePool", { poolId }),
      start: () => resizePool(context, poolId, resizeOptions, requestOptions(options)),
      check: (_state, abortSignal) =>
        untilIn(() => getPool(context, poolId, { abortSignal }), "allocationState", ["steady"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginStopPoolResize`: those of `stopPoolResize` plus the poller's.
 */
export interface BeginStopPoolResizeOptionalParams extends StopPoolResizeOptionalParams, BatchPollerOptions {}

/**
 * Sends `stopPoolResize` and returns a poller that completes with the pool once its `allocationState` is `steady`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param options - those of `stopPoolResize`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginStopPoolResize(
  context: BatchContext,
  poolId: string,
  options: BeginStopPoolResizeOptionalParams = {},
): BatchPoller<BatchPool> {
  return createBatchPoller<BatchPool>(
    {
      state: initialState("stopPoolResize", { poolId }),
      start: () => stopPoolResize(context, poolId, requestOptions(options)),
      check: (_state, abortSignal) =>
        untilIn(() => getPool(context, poolId, { abortSignal }), "allocationState", ["steady"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginRemoveNodes`: those of `removeNodes` plus the poller's.
 */
export interface BeginRemoveNodesOptionalParams extends RemoveNodesOptionalParams, BatchPollerOptions {}

/**
 * Sends `removeNodes` and returns a poller that completes with the pool once its `allocationState` is `steady`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param removeOptions - The options to use for removing the node.
 * @param options - those of `removeNodes`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginRemoveNodes(
  context: BatchContext,
  poolId: string,
  removeOptions: BatchNodeRemoveOptions,
  options: BeginRemoveNodesOptionalParams = {},
): BatchPoller<BatchPool> {
  return createBatchPoller<BatchPool>(
    {
      state: initialState("removeNodes", { poolId }),
      start: () => removeNodes(context, poolId, removeOptions, requestOptions(options)),
      check: (_state, abortSignal) =>
        untilIn(() => getPool(context, poolId, { abortSignal }), "allocationState", ["steady"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginDeleteJob`: those of `deleteJob` plus the poller's.
 */
export interface BeginDeleteJobOptionalParams extends DeleteJobOptionalParams, BatchPollerOptions {}

/**
 * Sends `deleteJob` and returns a poller that completes when the job is gone (404).
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to delete.
 * @param options - those of `deleteJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginDeleteJob(
  context: BatchContext,
  jobId: string,
  options: BeginDeleteJobOptionalParams = {},
): BatchPoller<void> {
  return createBatchPoller<void>(
    {
      state: initialState("deleteJob", { jobId }),
      start: () => deleteJob(context, jobId, requestOptions(options)),
      check: (_state, abortSignal) =>
        untilDeleted(() => getJob(context, jobId, { select: ["id", "state"], abortSignal }), ["deleting"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginDisableJob`: those of `disableJob` plus the poller's.
 */
export interface BeginDisableJobOptionalParams extends DisableJobOptionalParams, BatchPollerOptions {}

/**
 * Sends `disableJob` and returns a poller that completes with the job once its `state` is no longer `disabling`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to disable.
 * @param disableOptions - The options to use for disabling the Job.
 * @param options - those of `disableJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginDisableJob(
  context: BatchContext,
  jobId: string,
  disableOptions: BatchJobDisableOptions,
  options: BeginDisableJobOptionalParams = {},
): BatchPoller<BatchJob> {
  return createBatchPoller<BatchJob>(
    {
      state: initialState("disableJob", { jobId }),
      start: () => disableJob(context, jobId, disableOptions, requestOptions(options)),
      check: (_state, abortSignal) => whileIn(() => getJob(context, jobId, { abortSignal }), "state", ["disabling"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginEnableJob`: those of `enableJob` plus the poller's.
 */
export interface BeginEnableJobOptionalParams extends EnableJobOptionalParams, BatchPollerOptions {}

/**
 * Sends `enableJob` and returns a poller that completes with the job once its `state` is no longer `enabling`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to enable.
 * @param options - those of `enableJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginEnableJob(
  context: BatchContext,
  jobId: string,
  options: BeginEnableJobOptionalParams = {},
): BatchPoller<BatchJob> {
  return createBatchPoller<BatchJob>(
    {
      state: initialState("enableJob", { jobId }),
      start: () => enableJob(context, jobId, requestOptions(options)),
      check: (_state, abortSignal) => whileIn(() => getJob(context, jobId, { abortSignal }), "state", ["enabling"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginTerminateJob`: those of `terminateJob` plus the poller's.
 */
export interface BeginTerminateJobOptionalParams extends TerminateJobOptionalParams, BatchPollerOptions {}

/**
 * Sends `terminateJob` and returns a poller that completes with the job once its `state` is no longer `terminating`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to terminate.
 * @param parameters - The options to use for terminating the Job.
 * @param options - those of `terminateJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginTerminateJob(
  context: BatchContext,
  jobId: string,
  parameters?: BatchJobTerminateOptions,
  options: BeginTerminateJobOptionalParams = {},
): BatchPoller<BatchJob> {
  return createBatchPoller<BatchJob>(
    {
      state: initialState("terminateJob", { jobId }),
      start: () => terminateJob(context, jobId, parameters, requestOptions(options)),
      check: (_state, abortSignal) => whileIn(() => getJob(context, jobId, { abortSignal }), "state", ["terminating"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginDeleteJobSchedule`: those of `deleteJobSchedule` plus the poller's.
 */
export interface BeginDeleteJobScheduleOptionalParams extends DeleteJobScheduleOptionalParams, BatchPollerOptions {}

/**
 * Sends `deleteJobSchedule` and returns a poller that completes when the job schedule is gone (404).
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to delete.
 * @param options - those of `deleteJobSchedule`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginDeleteJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: BeginDeleteJobScheduleOptionalParams = {},
): BatchPoller<void> {
  return createBatchPoller<void>(
    {
      state: initialState("deleteJobSchedule", { jobScheduleId }),
      start: () => deleteJobSchedule(context, jobScheduleId, requestOptions(options)),
      check: (_state, abortSignal) =>
        untilDeleted(
          () => getJobSchedule(context, jobScheduleId, { select: ["id", "state"], abortSignal }),
          ["deleting"],
        ),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginTerminateJobSchedule`: those of `terminateJobSchedule` plus the poller's.
 */
export interface BeginTerminateJobScheduleOptionalParams
  extends TerminateJobScheduleOptionalParams, BatchPollerOptions {}

/**
 * Sends `terminateJobSchedule` and returns a poller that completes with the job schedule once its `state` is no longer `terminating`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to terminates.
 * @param options - those of `terminateJobSchedule`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginTerminateJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: BeginTerminateJobScheduleOptionalParams = {},
): BatchPoller<BatchJobSchedule> {
  return createBatchPoller<BatchJobSchedule>(
    {
      state: initialState("terminateJobSchedule", { jobScheduleId }),
      start: () => terminateJobSchedule(context, jobScheduleId, requestOptions(options)),
      check: (_state, abortSignal) =>
        whileIn(() => getJobSchedule(context, jobScheduleId, { abortSignal }), "state", ["terminating"]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginRebootNode`: those of `rebootNode` plus the poller's.
 */
export interface BeginRebootNodeOptionalParams extends RebootNodeOptionalParams, BatchPollerOptions {}

/**
 * Sends `rebootNode` and returns a poller that completes with the node once its `state` is no longer `rebooting`, `starting`, `waitingforstarttask`, `creating`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param parameters - The options to use for rebooting the Compute Node.
 * @param options - those of `rebootNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginRebootNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeRebootOptions,
  options: BeginRebootNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return createBatchPoller<BatchNode>(
    {
      state: initialState("rebootNode", { poolId, nodeId }, parameters?.nodeRebootKind === "taskcompletion"),
      start: () => rebootNode(context, poolId, nodeId, parameters, requestOptions(options)),
      check: (_state, abortSignal) =>
        whileIn(() => getNode(context, poolId, nodeId, { abortSignal }), "state", [
          "rebooting",
          "starting",
          "waitingforstarttask",
          "creating",
        ]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginReimageNode`: those of `reimageNode` plus the poller's.
 */
export interface BeginReimageNodeOptionalParams extends ReimageNodeOptionalParams, BatchPollerOptions {}

/**
 * Sends `reimageNode` and returns a poller that completes with the node once its `state` is no longer `reimaging`, `starting`, `waitingforstarttask`, `creating`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param parameters - The options to use for reimaging the Compute Node.
 * @param options - those of `reimageNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginReimageNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeReimageOptions,
  options: BeginReimageNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return createBatchPoller<BatchNode>(
    {
      state: initialState("reimageNode", { poolId, nodeId }, parameters?.nodeReimageOption === "taskcompletion"),
      start: () => reimageNode(context, poolId, nodeId, parameters, requestOptions(options)),
      check: (_state, abortSignal) =>
        whileIn(() => getNode(context, poolId, nodeId, { abortSignal }), "state", [
          "reimaging",
          "starting",
          "waitingforstarttask",
          "creating",
        ]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginStartNode`: those of `startNode` plus the poller's.
 */
export interface BeginStartNodeOptionalParams extends StartNodeOptionalParams, BatchPollerOptions {}

/**
 * Sends `startNode` and returns a poller that completes with the node once its `state` is no longer `deallocated`, `starting`, `waitingforstarttask`, `creating`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param options - those of `startNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginStartNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: BeginStartNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return createBatchPoller<BatchNode>(
    {
      state: initialState("startNode", { poolId, nodeId }),
      start: () => startNode(context, poolId, nodeId, requestOptions(options)),
      check: (_state, abortSignal) =>
        whileIn(() => getNode(context, poolId, nodeId, { abortSignal }), "state", [
          "deallocated",
          "starting",
          "waitingforstarttask",
          "creating",
        ]),
    },
    pollerOptions(options),
  );
}

/**
 * Options of `beginDeallocateNode`: those of `deallocateNode` plus the poller's.
 */
export interface BeginDeallocateNodeOptionalParams extends DeallocateNodeOptionalParams, BatchPollerOptions {}

/**
 * Sends `deallocateNode` and returns a poller that completes with the node once its `state` is no longer `deallocating`, `idle`, `running`.
 * The request is sent at once; `await poller.submitted()` waits for it to be accepted.
 *
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param parameters - The options to use for deallocating the Compute Node.
 * @param options - those of `deallocateNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
 * @returns the poller (await it, or call `pollUntilDone()`).
 * @throws (from the poller) the error of the request or of a poll.
 */
export function beginDeallocateNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeDeallocateOptions,
  options: BeginDeallocateNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return createBatchPoller<BatchNode>(
    {
      state: initialState("deallocateNode", { poolId, nodeId }),
      start: () => deallocateNode(context, poolId, nodeId, parameters, requestOptions(options)),
      check: (_state, abortSignal) =>
        whileIn(() => getNode(context, poolId, nodeId, { abortSignal }), "state", ["deallocating", "idle", "running"]),
    },
    pollerOptions(options),
  );
}

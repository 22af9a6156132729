// The `begin*` operations: each sends the plain request and returns a poller that reads the
// resource until its transition ends. Which states are transitional, per operation:
//
//   pool    delete: until 404 · resize / stopResize / removeNodes: until allocationState is steady
//   job     delete: until 404 · disable: out of disabling · enable: out of enabling
//           terminate: out of terminating
//   job schedule  delete: until 404 · terminate: out of terminating
//   node    reboot: out of rebooting, starting, waitingforstarttask (and creating)
//           reimage: out of reimaging, starting, waitingforstarttask (and creating)
//           start: out of deallocated, starting, waitingforstarttask
//           deallocate: until deallocated (or a state that will not get there: unusable, ...)
//
// With `taskcompletion` a node keeps running its tasks before the reboot/reimage/deallocate
// starts, so for those the poller waits until it has seen the transitional state.

import type { AbortSignalLike } from "@azure/abort-controller";
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
} from "../../generated/api/models.js";
import type {
  BatchOperations,
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
} from "../../generated/api/operations.js";
import { isBatchError } from "../batchError.js";
import {
  createBatchPoller,
  type BatchLongRunningOperationName,
  type BatchOperationState,
  type BatchPoller,
  type BatchPollerOptions,
  type PollOutcome,
} from "./batchPoller.js";

/** Options of `BatchClient.beginDeletePool`: those of `deletePool` plus the poller's. */
export interface BeginDeletePoolOptionalParams extends DeletePoolOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginResizePool`: those of `resizePool` plus the poller's. */
export interface BeginResizePoolOptionalParams extends ResizePoolOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginStopPoolResize`: those of `stopPoolResize` plus the poller's. */
export interface BeginStopPoolResizeOptionalParams extends StopPoolResizeOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginRemoveNodes`: those of `removeNodes` plus the poller's. */
export interface BeginRemoveNodesOptionalParams extends RemoveNodesOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginDeleteJob`: those of `deleteJob` plus the poller's. */
export interface BeginDeleteJobOptionalParams extends DeleteJobOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginDisableJob`: those of `disableJob` plus the poller's. */
export interface BeginDisableJobOptionalParams extends DisableJobOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginEnableJob`: those of `enableJob` plus the poller's. */
export interface BeginEnableJobOptionalParams extends EnableJobOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginTerminateJob`: those of `terminateJob` plus the poller's. */
export interface BeginTerminateJobOptionalParams extends TerminateJobOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginDeleteJobSchedule`: those of `deleteJobSchedule` plus the poller's. */
export interface BeginDeleteJobScheduleOptionalParams extends DeleteJobScheduleOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginTerminateJobSchedule`: those of `terminateJobSchedule` plus the poller's. */
export interface BeginTerminateJobScheduleOptionalParams
  extends TerminateJobScheduleOptionalParams,
    BatchPollerOptions {}
/** Options of `BatchClient.beginRebootNode`: those of `rebootNode` plus the poller's. */
export interface BeginRebootNodeOptionalParams extends RebootNodeOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginReimageNode`: those of `reimageNode` plus the poller's. */
export interface BeginReimageNodeOptionalParams extends ReimageNodeOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginStartNode`: those of `startNode` plus the poller's. */
export interface BeginStartNodeOptionalParams extends StartNodeOptionalParams, BatchPollerOptions {}
/** Options of `BatchClient.beginDeallocateNode`: those of `deallocateNode` plus the poller's. */
export interface BeginDeallocateNodeOptionalParams extends DeallocateNodeOptionalParams, BatchPollerOptions {}

/** The plain method's options: without the poller's own. */
function requestOptions<T extends BatchPollerOptions>(options: T): Omit<T, "updateIntervalInMs" | "resumeFrom"> {
  const { updateIntervalInMs: _interval, resumeFrom: _resume, ...rest } = options;
  return rest;
}

function pollerOptions(options: BatchPollerOptions): BatchPollerOptions {
  return {
    updateIntervalInMs: options.updateIntervalInMs,
    resumeFrom: options.resumeFrom,
    abortSignal: options.abortSignal,
  };
}

function initial<T>(operation: BatchLongRunningOperationName, ids: Partial<BatchOperationState<T>>): BatchOperationState<T> {
  return { operation, status: "notStarted", ...ids };
}

/** A 404 on the polled resource: `deleted` for deletes, a failure otherwise. */
async function readOr404<R>(read: () => Promise<R>): Promise<R | undefined> {
  try {
    return await read();
  } catch (e) {
    if (isBatchError(e) && e.statusCode === 404) return undefined;
    throw e;
  }
}

async function checkDeleted<T>(read: () => Promise<{ state?: string }>): Promise<PollOutcome<T>> {
  const resource = await readOr404(read);
  if (resource === undefined) return { status: "succeeded", resourceState: "deleted", transitional: true };
  return { status: "running", resourceState: resource.state, transitional: resource.state === "deleting" };
}

async function checkOut<T extends { state?: string }>(
  read: () => Promise<T>,
  transitional: ReadonlySet<string>,
): Promise<PollOutcome<T>> {
  const resource = await read();
  const state = resource.state ?? "";
  return transitional.has(state)
    ? { status: "running", resourceState: state, transitional: true }
    : { status: "succeeded", resourceState: state, result: resource };
}

async function checkPoolSteady(
  client: BatchOperations,
  poolId: string,
  abortSignal: AbortSignalLike | undefined,
): Promise<PollOutcome<BatchPool>> {
  const pool = await client.getPool(poolId, { abortSignal });
  const allocationState = pool.allocationState ?? "";
  return allocationState === "steady"
    ? { status: "succeeded", resourceState: allocationState, result: pool }
    : { status: "running", resourceState: allocationState, transitional: true };
}

/** Sends `deletePool` and polls until the pool is gone (404). */
export function beginDeletePool(
  client: BatchOperations,
  poolId: string,
  options: BeginDeletePoolOptionalParams = {},
): BatchPoller<void> {
  return createBatchPoller<void>(
    {
      state: initial("deletePool", { poolId }),
      start: () => client.deletePool(poolId, requestOptions(options)),
      check: (_s, abortSignal) => checkDeleted(() => client.getPool(poolId, { select: ["id", "state"], abortSignal })),
    },
    pollerOptions(options),
  );
}

/** Sends `resizePool` and polls until the pool's allocationState is steady. */
export function beginResizePool(
  client: BatchOperations,
  poolId: string,
  resizeOptions: BatchPoolResizeOptions,
  options: BeginResizePoolOptionalParams = {},
): BatchPoller<BatchPool> {
  return createBatchPoller<BatchPool>(
    {
      state: initial("resizePool", { poolId }),
      start: () => client.resizePool(poolId, resizeOptions, requestOptions(options)),
      check: (_s, abortSignal) => checkPoolSteady(client, poolId, abortSignal),
    },
    pollerOptions(options),
  );
}

/** Sends `stopPoolResize` and polls until the pool's allocationState is steady. */
export function beginStopPoolResize(
  client: BatchOperations,
  poolId: string,
  options: BeginStopPoolResizeOptionalParams = {},
): BatchPoller<BatchPool> {
  return createBatchPoller<BatchPool>(
    {
      state: initial("stopPoolResize", { poolId }),
      start: () => client.stopPoolResize(poolId, requestOptions(options)),
      check: (_s, abortSignal) => checkPoolSteady(client, poolId, abortSignal),
    },
    pollerOptions(options),
  );
}

/** Sends `removeNodes` and polls until the pool's allocationState is steady. */
export function beginRemoveNodes(
  client: BatchOperations,
  poolId: string,
  removeOptions: BatchNodeRemoveOptions,
  options: BeginRemoveNodesOptionalParams = {},
): BatchPoller<BatchPool> {
  return createBatchPoller<BatchPool>(
    {
      state: initial("removeNodes", { poolId }),
      start: () => client.removeNodes(poolId, removeOptions, requestOptions(options)),
      check: (_s, abortSignal) => checkPoolSteady(client, poolId, abortSignal),
    },
    pollerOptions(options),
  );
}

/** Sends `deleteJob` and polls until the job is gone (404). */
export function beginDeleteJob(
  client: BatchOperations,
  jobId: string,
  options: BeginDeleteJobOptionalParams = {},
): BatchPoller<void> {
  return createBatchPoller<void>(
    {
      state: initial("deleteJob", { jobId }),
      start: () => client.deleteJob(jobId, requestOptions(options)),
      check: (_s, abortSignal) => checkDeleted(() => client.getJob(jobId, { select: ["id", "state"], abortSignal })),
    },
    pollerOptions(options),
  );
}

const DISABLING = new Set(["disabling"]);
const ENABLING = new Set(["enabling"]);
const TERMINATING = new Set(["terminating"]);

/** Sends `disableJob` and polls until the job is out of `disabling`. */
export function beginDisableJob(
  client: BatchOperations,
  jobId: string,
  disableOptions: BatchJobDisableOptions,
  options: BeginDisableJobOptionalParams = {},
): BatchPoller<BatchJob> {
  return createBatchPoller<BatchJob>(
    {
      state: initial("disableJob", { jobId }),
      start: () => client.disableJob(jobId, disableOptions, requestOptions(options)),
      check: (_s, abortSignal) => checkOut(() => client.getJob(jobId, { abortSignal }), DISABLING),
    },
    pollerOptions(options),
  );
}

/** Sends `enableJob` and polls until the job is out of `enabling`. */
export function beginEnableJob(
  client: BatchOperations,
  jobId: string,
  options: BeginEnableJobOptionalParams = {},
): BatchPoller<BatchJob> {
  return createBatchPoller<BatchJob>(
    {
      state: initial("enableJob", { jobId }),
      start: () => client.enableJob(jobId, requestOptions(options)),
      check: (_s, abortSignal) => checkOut(() => client.getJob(jobId, { abortSignal }), ENABLING),
    },
    pollerOptions(options),
  );
}

/** Sends `terminateJob` and polls until the job is out of `terminating`. */
export function beginTerminateJob(
  client: BatchOperations,
  jobId: string,
  parameters?: BatchJobTerminateOptions,
  options: BeginTerminateJobOptionalParams = {},
): BatchPoller<BatchJob> {
  return createBatchPoller<BatchJob>(
    {
      state: initial("terminateJob", { jobId }),
      start: () => client.terminateJob(jobId, parameters, requestOptions(options)),
      check: (_s, abortSignal) => checkOut(() => client.getJob(jobId, { abortSignal }), TERMINATING),
    },
    pollerOptions(options),
  );
}

/** Sends `deleteJobSchedule` and polls until the job schedule is gone (404). */
export function beginDeleteJobSchedule(
  client: BatchOperations,
  jobScheduleId: string,
  options: BeginDeleteJobScheduleOptionalParams = {},
): BatchPoller<void> {
  return createBatchPoller<void>(
    {
      state: initial("deleteJobSchedule", { jobScheduleId }),
      start: () => client.deleteJobSchedule(jobScheduleId, requestOptions(options)),
      check: (_s, abortSignal) =>
        checkDeleted(() => client.getJobSchedule(jobScheduleId, { select: ["id", "state"], abortSignal })),
    },
    pollerOptions(options),
  );
}

/** Sends `terminateJobSchedule` and polls until the job schedule is out of `terminating`. */
export function beginTerminateJobSchedule(
  client: BatchOperations,
  jobScheduleId: string,
  options: BeginTerminateJobScheduleOptionalParams = {},
): BatchPoller<BatchJobSchedule> {
  return createBatchPoller<BatchJobSchedule>(
    {
      state: initial("terminateJobSchedule", { jobScheduleId }),
      start: () => client.terminateJobSchedule(jobScheduleId, requestOptions(options)),
      check: (_s, abortSignal) => checkOut(() => client.getJobSchedule(jobScheduleId, { abortSignal }), TERMINATING),
    },
    pollerOptions(options),
  );
}

const BOOTING = ["starting", "waitingforstarttask", "creating"];
const REBOOTING = new Set(["rebooting", ...BOOTING]);
const REIMAGING = new Set(["reimaging", ...BOOTING]);
const STARTING = new Set(["deallocated", ...BOOTING]);
const DEALLOCATING = new Set(["deallocating", "idle", "running"]);

function nodeOperation(
  client: BatchOperations,
  operation: BatchLongRunningOperationName,
  poolId: string,
  nodeId: string,
  transitional: ReadonlySet<string>,
  deferred: boolean,
  start: () => Promise<unknown>,
  options: BatchPollerOptions,
): BatchPoller<BatchNode> {
  return createBatchPoller<BatchNode>(
    {
      state: { ...initial<BatchNode>(operation, { poolId, nodeId }), ...(deferred ? { waitForTransition: true } : {}) },
      start,
      check: (_s, abortSignal) => checkOut(() => client.getNode(poolId, nodeId, { abortSignal }), transitional),
    },
    pollerOptions(options),
  );
}

/** Sends `rebootNode` and polls until the node is out of rebooting and booting. */
export function beginRebootNode(
  client: BatchOperations,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeRebootOptions,
  options: BeginRebootNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return nodeOperation(
    client,
    "rebootNode",
    poolId,
    nodeId,
    REBOOTING,
    parameters?.nodeRebootKind === "taskcompletion",
    () => client.rebootNode(poolId, nodeId, parameters, requestOptions(options)),
    options,
  );
}

/** Sends `reimageNode` and polls until the node is out of reimaging and booting. */
export function beginReimageNode(
  client: BatchOperations,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeReimageOptions,
  options: BeginReimageNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return nodeOperation(
    client,
    "reimageNode",
    poolId,
    nodeId,
    REIMAGING,
    parameters?.nodeReimageOption === "taskcompletion",
    () => client.reimageNode(poolId, nodeId, parameters, requestOptions(options)),
    options,
  );
}

/** Sends `startNode` and polls until the node is out of deallocated and booting. */
export function beginStartNode(
  client: BatchOperations,
  poolId: string,
  nodeId: string,
  options: BeginStartNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return nodeOperation(
    client,
    "startNode",
    poolId,
    nodeId,
    STARTING,
    false,
    () => client.startNode(poolId, nodeId, requestOptions(options)),
    options,
  );
}

/** Sends `deallocateNode` and polls until the node is deallocated. */
export function beginDeallocateNode(
  client: BatchOperations,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeDeallocateOptions,
  options: BeginDeallocateNodeOptionalParams = {},
): BatchPoller<BatchNode> {
  return nodeOperation(
    client,
    "deallocateNode",
    poolId,
    nodeId,
    DEALLOCATING,
    false,
    () => client.deallocateNode(poolId, nodeId, parameters, requestOptions(options)),
    options,
  );
}

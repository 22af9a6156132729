// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import {
  type PathUncheckedResponse,
  type StreamableMethod,
  operationOptionsToRequestParameters,
} from "@azure-rest/core-client";
import { buildPagedIterator, type PagedAsyncIterableIterator } from "../../rest/paginateHelper.js";
import { commonHeaders } from "../commonHeaders.js";
import {
  autoScaleRunDeserializer,
  batchNodeRemoveOptionsSerializer,
  batchPoolCreateOptionsSerializer,
  batchPoolDeserializer,
  batchPoolEnableAutoScaleOptionsSerializer,
  batchPoolEvaluateAutoScaleOptionsSerializer,
  batchPoolNodeCountsDeserializer,
  batchPoolReplaceOptionsSerializer,
  batchPoolResizeOptionsSerializer,
  batchPoolUpdateOptionsSerializer,
  batchSupportedImageDeserializer,
} from "../serializers.js";
import { compact, operationPath, parseDate } from "../static-helpers/request.js";
import { omitUndefined } from "../static-helpers/serialization.js";
import type { BatchContext } from "../batchContext.js";
import type {
  AutoScaleRun,
  BatchNodeRemoveOptions,
  BatchPool,
  BatchPoolCreateOptions,
  BatchPoolEnableAutoScaleOptions,
  BatchPoolEvaluateAutoScaleOptions,
  BatchPoolNodeCounts,
  BatchPoolReplaceOptions,
  BatchPoolResizeOptions,
  BatchPoolUpdateOptions,
  BatchSupportedImage,
} from "../models.js";
import type {
  CreatePoolOptionalParams,
  DeletePoolOptionalParams,
  DisablePoolAutoScaleOptionalParams,
  EnablePoolAutoScaleOptionalParams,
  EvaluatePoolAutoScaleOptionalParams,
  GetPoolOptionalParams,
  ListPoolNodeCountsOptionalParams,
  ListPoolsOptionalParams,
  ListSupportedImagesOptionalParams,
  PoolExistsOptionalParams,
  RemoveNodesOptionalParams,
  ReplacePoolPropertiesOptionalParams,
  ResizePoolOptionalParams,
  StopPoolResizeOptionalParams,
  UpdatePoolOptionalParams,
} from "../options.js";
import type {
  CreatePoolResult,
  DeletePoolResult,
  DisablePoolAutoScaleResult,
  EnablePoolAutoScaleResult,
  RemoveNodesResult,
  ReplacePoolPropertiesResult,
  ResizePoolResult,
  StopPoolResizeResult,
  UpdatePoolResult,
} from "../results.js";

/**
 * Builds and sends the request of `listPoolNodeCounts`: `GET /nodecounts`.
 * @internal
 */
export function _listPoolNodeCountsSend(
  context: BatchContext,
  options: ListPoolNodeCountsOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/nodecounts").get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({
      timeOut: options.timeOutInSeconds,
      maxresults: maxPageSize ?? options.maxresults,
      $filter: options.filter,
    }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listPoolNodeCounts`.
 * @internal
 */
export function _listPoolNodeCountsDeserialize(items: unknown[]): BatchPoolNodeCounts[] {
  return (items as Parameters<typeof batchPoolNodeCountsDeserializer>[0][]).map((p) =>
    batchPoolNodeCountsDeserializer(p),
  );
}

/**
 * Gets the number of Compute Nodes in each state, grouped by Pool. Note that the
 * numbers returned may not always be up to date. If you need exact node counts,
 * use a list query.
 *
 * Sends `GET /nodecounts` (Pools_ListPoolNodeCounts).
 * @param context - the context the operation runs on.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listPoolNodeCounts(
  context: BatchContext,
  options: ListPoolNodeCountsOptionalParams = {},
): PagedAsyncIterableIterator<BatchPoolNodeCounts> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listPoolNodeCountsSend(context, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listPoolNodeCountsDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `listPools`: `GET /pools`.
 * @internal
 */
export function _listPoolsSend(
  context: BatchContext,
  options: ListPoolsOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/pools").get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({
      timeOut: options.timeOutInSeconds,
      maxresults: maxPageSize ?? options.maxresults,
      $filter: options.filter,
      $select: options.select,
      $expand: options.expand,
    }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listPools`.
 * @internal
 */
export function _listPoolsDeserialize(items: unknown[]): BatchPool[] {
  return (items as Parameters<typeof batchPoolDeserializer>[0][]).map((p) => batchPoolDeserializer(p));
}

/**
 * Lists all of the Pools in the specified Account.
 *
 * Sends `GET /pools` (Pools_ListPools).
 * @param context - the context the operation runs on.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listPools(
  context: BatchContext,
  options: ListPoolsOptionalParams = {},
): PagedAsyncIterableIterator<BatchPool> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listPoolsSend(context, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listPoolsDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `createPool`: `POST /pools`.
 * @internal
 */
export function _createPoolSend(
  context: BatchContext,
  pool: BatchPoolCreateOptions,
  options: CreatePoolOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools").post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchPoolCreateOptionsSerializer(pool),
  });
}

/**
 * Checks the status of a `createPool` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _createPoolDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<CreatePoolResult> {
  if (result.status !== "201") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * When naming Pools, avoid including sensitive information such as user names or
 * secret project names. This information may appear in telemetry logs accessible
 * to Microsoft Support engineers.
 *
 * Sends `POST /pools` (Pools_CreatePool).
 * @param context - the context the operation runs on.
 * @param pool - The Pool to be created.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function createPool(
  context: BatchContext,
  pool: BatchPoolCreateOptions,
  options: CreatePoolOptionalParams = {},
): Promise<CreatePoolResult> {
  return _createPoolDeserialize(context, await _createPoolSend(context, pool, options));
}

/**
 * Builds and sends the request of `getPool`: `GET /pools/\{poolId\}`.
 * @internal
 */
export function _getPoolSend(
  context: BatchContext,
  poolId: string,
  options: GetPoolOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}", poolId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, $select: options.select, $expand: options.expand }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
  });
}

/**
 * Checks the status of a `getPool` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getPoolDeserialize(context: BatchContext, result: PathUncheckedResponse): Promise<BatchPool> {
  if (result.status !== "200") throw context.createError(result);
  return batchPoolDeserializer(result.body);
}

/**
 * Gets information about the specified Pool.
 *
 * Sends `GET /pools/{poolId}` (Pools_GetPool).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getPool(
  context: BatchContext,
  poolId: string,
  options: GetPoolOptionalParams = {},
): Promise<BatchPool> {
  return _getPoolDeserialize(context, await _getPoolSend(context, poolId, options));
}

/**
 * Builds and sends the request of `updatePool`: `PATCH /pools/\{poolId\}`.
 * @internal
 */
export function _updatePoolSend(
  context: BatchContext,
  poolId: string,
  pool: BatchPoolUpdateOptions,
  options: UpdatePoolOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}", poolId).patch({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
    contentType: "application/json; odata=minimalmetadata",
    body: batchPoolUpdateOptionsSerializer(pool),
  });
}

/**
 * Checks the status of a `updatePool` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _updatePoolDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<UpdatePoolResult> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * This only replaces the Pool properties specified in the request. For example,
 * if the Pool has a StartTask associated with it, and a request does not specify
 * a StartTask element, then the Pool keeps the existing StartTask.
 *
 * Sends `PATCH /pools/{poolId}` (Pools_UpdatePool).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param pool - The pool properties to update.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function updatePool(
  context: BatchContext,
  poolId: string,
  pool: BatchPoolUpdateOptions,
  options: UpdatePoolOptionalParams = {},
): Promise<UpdatePoolResult> {
  return _updatePoolDeserialize(context, await _updatePoolSend(context, poolId, pool, options));
}

/**
 * Builds and sends the request of `deletePool`: `DELETE /pools/\{poolId\}`.
 * @internal
 */
export function _deletePoolSend(
  context: BatchContext,
  poolId: string,
  options: DeletePoolOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}", poolId).delete({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
  });
}

/**
 * Checks the status of a `deletePool` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deletePoolDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeletePoolResult> {
  if (result.status !== "202") throw context.createError(result);
  return omitUndefined({
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * When you request that a Pool be deleted, the following actions occur: the Pool
 * state is set to deleting; any ongoing resize operation on the Pool are stopped;
 * the Batch service starts resizing the Pool to zero Compute Nodes; any Tasks
 * running on existing Compute Nodes are terminated and requeued (as if a resize
 * Pool operation had been requested with the default requeue option); finally,
 * the Pool is removed from the system. Because running Tasks are requeued, the
 * user can rerun these Tasks by updating their Job to target a different Pool.
 * The Tasks can then run on the new Pool. If you want to override the requeue
 * behavior, then you should call resize Pool explicitly to shrink the Pool to
 * zero size before deleting the Pool. If you call an Update, Patch or Delete API
 * on a Pool in the deleting state, it will fail with HTTP status code 409 with
 * error code PoolBeingDeleted.
 *
 * Sends `DELETE /pools/{poolId}` (Pools_DeletePool).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deletePool(
  context: BatchContext,
  poolId: string,
  options: DeletePoolOptionalParams = {},
): Promise<DeletePoolResult> {
  return _deletePoolDeserialize(context, await _deletePoolSend(context, poolId, options));
}

/**
 * Builds and sends the request of `poolExists`: `HEAD /pools/\{poolId\}`.
 * @internal
 */
export function _poolExistsSend(
  context: BatchContext,
  poolId: string,
  options: PoolExistsOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}", poolId).head({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
  });
}

/**
 * Checks the status of a `poolExists` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _poolExistsDeserialize(context: BatchContext, result: PathUncheckedResponse): Promise<boolean> {
  if (result.status === "404") return false;
  if (result.status !== "200") throw context.createError(result);
  return true;
}

/**
 * Gets basic properties of a Pool.
 *
 * Sends `HEAD /pools/{poolId}` (Pools_PoolExists).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param options - optional parameters.
 * @returns true when the resource exists, false on 404.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function poolExists(
  context: BatchContext,
  poolId: string,
  options: PoolExistsOptionalParams = {},
): Promise<boolean> {
  return _poolExistsDeserialize(context, await _poolExistsSend(context, poolId, options));
}

/**
 * Builds and sends the request of `disablePoolAutoScale`: `POST /pools/\{poolId\}/disableautoscale`.
 * @internal
 */
export function _disablePoolAutoScaleSend(
  context: BatchContext,
  poolId: string,
  options: DisablePoolAutoScaleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/disableautoscale", poolId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `disablePoolAutoScale` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _disablePoolAutoScaleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DisablePoolAutoScaleResult> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * Disables automatic scaling for a Pool.
 *
 * Sends `POST /pools/{poolId}/disableautoscale` (Pools_DisablePoolAutoScale).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool on which to disable automatic scaling.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function disablePoolAutoScale(
  context: BatchContext,
  poolId: string,
  options: DisablePoolAutoScaleOptionalParams = {},
): Promise<DisablePoolAutoScaleResult> {
  return _disablePoolAutoScaleDeserialize(context, await _disablePoolAutoScaleSend(context, poolId, options));
}

/**
 * Builds and sends the request of `enablePoolAutoScale`: `POST /pools/\{poolId\}/enableautoscale`.
 * @internal
 */
export function _enablePoolAutoScaleSend(
  context: BatchContext,
  poolId: string,
  enableAutoScaleOptions: BatchPoolEnableAutoScaleOptions,
  options: EnablePoolAutoScaleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/enableautoscale", poolId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
    contentType: "application/json; odata=minimalmetadata",
    body: batchPoolEnableAutoScaleOptionsSerializer(enableAutoScaleOptions),
  });
}

/**
 * Checks the status of a `enablePoolAutoScale` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _enablePoolAutoScaleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<EnablePoolAutoScaleResult> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * You cannot enable automatic scaling on a Pool if a resize operation is in
 * progress on the Pool. If automatic scaling of the Pool is currently disabled,
 * you must specify a valid autoscale formula as part of the request. If automatic
 * scaling of the Pool is already enabled, you may specify a new autoscale formula
 * and/or a new evaluation interval. You cannot call this API for the same Pool
 * more than once every 30 seconds.
 *
 * Sends `POST /pools/{poolId}/enableautoscale` (Pools_EnablePoolAutoScale).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param enableAutoScaleOptions - The options to use for enabling automatic scaling.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function enablePoolAutoScale(
  context: BatchContext,
  poolId: string,
  enableAutoScaleOptions: BatchPoolEnableAutoScaleOptions,
  options: EnablePoolAutoScaleOptionalParams = {},
): Promise<EnablePoolAutoScaleResult> {
  return _enablePoolAutoScaleDeserialize(
    context,
    await _enablePoolAutoScaleSend(context, poolId, enableAutoScaleOptions, options),
  );
}

/**
 * Builds and sends the request of `evaluatePoolAutoScale`: `POST /pools/\{poolId\}/evaluateautoscale`.
 * @internal
 */
export function _evaluatePoolAutoScaleSend(
  context: BatchContext,
  poolId: string,
  evaluateAutoScaleOptions: BatchPoolEvaluateAutoScaleOptions,
  options: EvaluatePoolAutoScaleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/evaluateautoscale", poolId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchPoolEvaluateAutoScaleOptionsSerializer(evaluateAutoScaleOptions),
  });
}

/**
 * Checks the status of a `evaluatePoolAutoScale` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _evaluatePoolAutoScaleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<AutoScaleRun> {
  if (result.status !== "200") throw context.createError(result);
  return autoScaleRunDeserializer(result.body);
}

/**
 * This API is primarily for validating an autoscale formula, as it simply returns
 * the result without applying the formula to the Pool. The Pool must have auto
 * scaling enabled in order to evaluate a formula.
 *
 * Sends `POST /pools/{poolId}/evaluateautoscale` (Pools_EvaluatePoolAutoScale).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool on which to evaluate the automatic scaling formula.
 * @param evaluateAutoScaleOptions - The options to use for evaluating the automatic scaling formula.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function evaluatePoolAutoScale(
  context: BatchContext,
  poolId: string,
  evaluateAutoScaleOptions: BatchPoolEvaluateAutoScaleOptions,
  options: EvaluatePoolAutoScaleOptionalParams = {},
): Promise<AutoScaleRun> {
  return _evaluatePoolAutoScaleDeserialize(
    context,
    await _evaluatePoolAutoScaleSend(context, poolId, evaluateAutoScaleOptions, options),
  );
}

/**
 * Builds and sends the request of `removeNodes`: `POST /pools/\{poolId\}/removenodes`.
 * @internal
 */
export function _removeNodesSend(
  context: BatchContext,
  poolId: string,
  removeOptions: BatchNodeRemoveOptions,
  options: RemoveNodesOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/removenodes", poolId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
    contentType: "application/json; odata=minimalmetadata",
    body: batchNodeRemoveOptionsSerializer(removeOptions),
  });
}

/**
 * Checks the status of a `removeNodes` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _removeNodesDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<RemoveNodesResult> {
  if (result.status !== "202") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * This operation can only run when the allocation state of the Pool is steady.
 * When this operation runs, the allocation state changes from steady to resizing.
 * Each request may remove up to 100 nodes.
 *
 * Sends `POST /pools/{poolId}/removenodes` (Pools_RemoveNodes).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param removeOptions - The options to use for removing the node.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function removeNodes(
  context: BatchContext,
  poolId: string,
  removeOptions: BatchNodeRemoveOptions,
  options: RemoveNodesOptionalParams = {},
): Promise<RemoveNodesResult> {
  return _removeNodesDeserialize(context, await _removeNodesSend(context, poolId, removeOptions, options));
}

/**
 * Builds and sends the request of `resizePool`: `POST /pools/\{poolId\}/resize`.
 * @internal
 */
export function _resizePoolSend(
  context: BatchContext,
  poolId: string,
  resizeOptions: BatchPoolResizeOptions,
  options: ResizePoolOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/resize", poolId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
    contentType: "application/json; odata=minimalmetadata",
    body: batchPoolResizeOptionsSerializer(resizeOptions),
  });
}

/**
 * Checks the status of a `resizePool` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _resizePoolDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ResizePoolResult> {
  if (result.status !== "202") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * You can only resize a Pool when its allocation state is steady. If the Pool is
 * already resizing, the request fails with status code 409. When you resize a
 * Pool, the Pool's allocation state changes from steady to resizing. You cannot
 * resize Pools which are configured for automatic scaling. If you try to do this,
 * the Batch service returns an error 409. If you resize a Pool downwards, the
 * Batch service chooses which Compute Nodes to remove. To remove specific Compute
 * Nodes, use the Pool remove Compute Nodes API instead.
 *
 * Sends `POST /pools/{poolId}/resize` (Pools_ResizePool).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param resizeOptions - The options to use for resizing the pool.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function resizePool(
  context: BatchContext,
  poolId: string,
  resizeOptions: BatchPoolResizeOptions,
  options: ResizePoolOptionalParams = {},
): Promise<ResizePoolResult> {
  return _resizePoolDeserialize(context, await _resizePoolSend(context, poolId, resizeOptions, options));
}

/**
 * Builds and sends the request of `stopPoolResize`: `POST /pools/\{poolId\}/stopresize`.
 * @internal
 */
export function _stopPoolResizeSend(
  context: BatchContext,
  poolId: string,
  options: StopPoolResizeOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/stopresize", poolId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
        "If-Match": options.ifMatch,
        "If-None-Match": options.ifNoneMatch,
      }),
    },
  });
}

/**
 * Checks the status of a `stopPoolResize` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _stopPoolResizeDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<StopPoolResizeResult> {
  if (result.status !== "202") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * This does not restore the Pool to its previous state before the resize
 * operation: it only stops any further changes being made, and the Pool maintains
 * its current state. After stopping, the Pool stabilizes at the number of Compute
 * Nodes it was at when the stop operation was done. During the stop operation,
 * the Pool allocation state changes first to stopping and then to steady. A
 * resize operation need not be an explicit resize Pool request; this API can also
 * be used to halt the initial sizing of the Pool when it is created.
 *
 * Sends `POST /pools/{poolId}/stopresize` (Pools_StopPoolResize).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to get.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function stopPoolResize(
  context: BatchContext,
  poolId: string,
  options: StopPoolResizeOptionalParams = {},
): Promise<StopPoolResizeResult> {
  return _stopPoolResizeDeserialize(context, await _stopPoolResizeSend(context, poolId, options));
}

/**
 * Builds and sends the request of `replacePoolProperties`: `POST /pools/\{poolId\}/updateproperties`.
 * @internal
 */
export function _replacePoolPropertiesSend(
  context: BatchContext,
  poolId: string,
  pool: BatchPoolReplaceOptions,
  options: ReplacePoolPropertiesOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/updateproperties", poolId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchPoolReplaceOptionsSerializer(pool),
  });
}

/**
 * Checks the status of a `replacePoolProperties` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _replacePoolPropertiesDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ReplacePoolPropertiesResult> {
  if (result.status !== "204") throw context.createError(result);
  return omitUndefined({
    dataServiceId: result.headers["dataserviceid"],
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * This fully replaces all the updatable properties of the Pool. For example, if
 * the Pool has a StartTask associated with it and if StartTask is not specified
 * with this request, then the Batch service will remove the existing StartTask.
 *
 * Sends `POST /pools/{poolId}/updateproperties` (Pools_ReplacePoolProperties).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool to update.
 * @param pool - The options to use for replacing properties on the pool.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function replacePoolProperties(
  context: BatchContext,
  poolId: string,
  pool: BatchPoolReplaceOptions,
  options: ReplacePoolPropertiesOptionalParams = {},
): Promise<ReplacePoolPropertiesResult> {
  return _replacePoolPropertiesDeserialize(context, await _replacePoolPropertiesSend(context, poolId, pool, options));
}

/**
 * Builds and sends the request of `listSupportedImages`: `GET /supportedimages`.
 * @internal
 */
export function _listSupportedImagesSend(
  context: BatchContext,
  options: ListSupportedImagesOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/supportedimages").get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({
      timeOut: options.timeOutInSeconds,
      maxresults: maxPageSize ?? options.maxresults,
      $filter: options.filter,
    }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listSupportedImages`.
 * @internal
 */
export function _listSupportedImagesDeserialize(items: unknown[]): BatchSupportedImage[] {
  return (items as Parameters<typeof batchSupportedImageDeserializer>[0][]).map((p) =>
    batchSupportedImageDeserializer(p),
  );
}

/**
 * Lists all Virtual Machine Images supported by the Azure Batch service.
 *
 * Sends `GET /supportedimages` (Pools_ListSupportedImages).
 * @param context - the context the operation runs on.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listSupportedImages(
  context: BatchContext,
  options: ListSupportedImagesOptionalParams = {},
): PagedAsyncIterableIterator<BatchSupportedImage> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listSupportedImagesSend(context, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listSupportedImagesDeserialize,
    toError: (response) => context.createError(response),
  });
}

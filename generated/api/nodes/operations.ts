// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import {
  type HttpNodeStreamResponse,
  type PathUncheckedResponse,
  type StreamableMethod,
  operationOptionsToRequestParameters,
} from "@azure-rest/core-client";
import { buildPagedIterator, type PagedAsyncIterableIterator } from "../../rest/paginateHelper.js";
import { commonHeaders } from "../commonHeaders.js";
import {
  batchNodeDeallocateOptionsSerializer,
  batchNodeDeserializer,
  batchNodeDisableSchedulingOptionsSerializer,
  batchNodeFileDeserializer,
  batchNodeRebootOptionsSerializer,
  batchNodeReimageOptionsSerializer,
  batchNodeRemoteLoginSettingsDeserializer,
  batchNodeUserCreateOptionsSerializer,
  batchNodeUserUpdateOptionsSerializer,
  batchNodeVMExtensionDeserializer,
  uploadBatchServiceLogsOptionsSerializer,
  uploadBatchServiceLogsResultDeserializer,
} from "../serializers.js";
import {
  compact,
  operationPath,
  parseBoolean,
  parseDate,
  parseNumber,
  readErrorBody,
} from "../static-helpers/request.js";
import { omitUndefined } from "../static-helpers/serialization.js";
import type { BatchContext } from "../batchContext.js";
import type {
  BatchNode,
  BatchNodeDeallocateOptions,
  BatchNodeDisableSchedulingOptions,
  BatchNodeFile,
  BatchNodeRebootOptions,
  BatchNodeReimageOptions,
  BatchNodeRemoteLoginSettings,
  BatchNodeUserCreateOptions,
  BatchNodeUserUpdateOptions,
  BatchNodeVMExtension,
  UploadBatchServiceLogsOptions,
  UploadBatchServiceLogsResult,
} from "../models.js";
import type {
  CreateNodeUserOptionalParams,
  DeallocateNodeOptionalParams,
  DeleteNodeFileOptionalParams,
  DeleteNodeUserOptionalParams,
  DisableNodeSchedulingOptionalParams,
  DownloadNodeFileOptionalParams,
  EnableNodeSchedulingOptionalParams,
  GetNodeExtensionOptionalParams,
  GetNodeFilePropertiesOptionalParams,
  GetNodeOptionalParams,
  GetNodeRemoteLoginSettingsOptionalParams,
  ListNodeExtensionsOptionalParams,
  ListNodeFilesOptionalParams,
  ListNodesOptionalParams,
  RebootNodeOptionalParams,
  ReimageNodeOptionalParams,
  ReplaceNodeUserOptionalParams,
  StartNodeOptionalParams,
  UploadNodeLogsOptionalParams,
} from "../options.js";
import type {
  BatchFileProperties,
  CreateNodeUserResult,
  DeallocateNodeResult,
  DeleteNodeFileResult,
  DeleteNodeUserResult,
  DisableNodeSchedulingResult,
  EnableNodeSchedulingResult,
  RebootNodeResult,
  ReimageNodeResult,
  ReplaceNodeUserResult,
  StartNodeResult,
} from "../results.js";

/**
 * Builds and sends the request of `listNodes`: `GET /pools/\{poolId\}/nodes`.
 * @internal
 */
export function _listNodesSend(
  context: BatchContext,
  poolId: string,
  options: ListNodesOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes", poolId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({
      timeOut: options.timeOutInSeconds,
      maxresults: maxPageSize ?? options.maxresults,
      $filter: options.filter,
      $select: options.select,
    }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listNodes`.
 * @internal
 */
export function _listNodesDeserialize(items: unknown[]): BatchNode[] {
  return (items as Parameters<typeof batchNodeDeserializer>[0][]).map((p) => batchNodeDeserializer(p));
}

/**
 * Lists the Compute Nodes in the specified Pool.
 *
 * Sends `GET /pools/{poolId}/nodes` (Nodes_ListNodes).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool from which you want to list Compute Nodes.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listNodes(
  context: BatchContext,
  poolId: string,
  options: ListNodesOptionalParams = {},
): PagedAsyncIterableIterator<BatchNode> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listNodesSend(context, poolId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listNodesDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `getNode`: `GET /pools/\{poolId\}/nodes/\{nodeId\}`.
 * @internal
 */
export function _getNodeSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: GetNodeOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}", poolId, nodeId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, $select: options.select }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `getNode` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getNodeDeserialize(context: BatchContext, result: PathUncheckedResponse): Promise<BatchNode> {
  if (result.status !== "200") throw context.createError(result);
  return batchNodeDeserializer(result.body);
}

/**
 * Gets information about the specified Compute Node.
 *
 * Sends `GET /pools/{poolId}/nodes/{nodeId}` (Nodes_GetNode).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to get information about.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: GetNodeOptionalParams = {},
): Promise<BatchNode> {
  return _getNodeDeserialize(context, await _getNodeSend(context, poolId, nodeId, options));
}

/**
 * Builds and sends the request of `deallocateNode`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/deallocate`.
 * @internal
 */
export function _deallocateNodeSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeDeallocateOptions,
  options: DeallocateNodeOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/deallocate", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: parameters === undefined ? undefined : batchNodeDeallocateOptionsSerializer(parameters),
  });
}

/**
 * Checks the status of a `deallocateNode` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deallocateNodeDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeallocateNodeResult> {
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
 * You can deallocate a Compute Node only if it is in an idle or running state.
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/deallocate` (Nodes_DeallocateNode).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param parameters - The options to use for deallocating the Compute Node.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deallocateNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeDeallocateOptions,
  options: DeallocateNodeOptionalParams = {},
): Promise<DeallocateNodeResult> {
  return _deallocateNodeDeserialize(context, await _deallocateNodeSend(context, poolId, nodeId, parameters, options));
}

/**
 * Builds and sends the request of `disableNodeScheduling`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/disablescheduling`.
 * @internal
 */
export function _disableNodeSchedulingSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeDisableSchedulingOptions,
  options: DisableNodeSchedulingOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/disablescheduling", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: parameters === undefined ? undefined : batchNodeDisableSchedulingOptionsSerializer(parameters),
  });
}

/**
 * Checks the status of a `disableNodeScheduling` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _disableNodeSchedulingDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DisableNodeSchedulingResult> {
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
 * You can disable Task scheduling on a Compute Node only if its current
 * scheduling state is enabled.
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/disablescheduling` (Nodes_DisableNodeScheduling).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node on which you want to disable Task scheduling.
 * @param parameters - The options to use for disabling scheduling on the Compute Node.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function disableNodeScheduling(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeDisableSchedulingOptions,
  options: DisableNodeSchedulingOptionalParams = {},
): Promise<DisableNodeSchedulingResult> {
  return _disableNodeSchedulingDeserialize(
    context,
    await _disableNodeSchedulingSend(context, poolId, nodeId, parameters, options),
  );
}

/**
 * Builds and sends the request of `enableNodeScheduling`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/enablescheduling`.
 * @internal
 */
export function _enableNodeSchedulingSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: EnableNodeSchedulingOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/enablescheduling", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `enableNodeScheduling` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _enableNodeSchedulingDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<EnableNodeSchedulingResult> {
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
 * You can enable Task scheduling on a Compute Node only if its current scheduling
 * state is disabled
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/enablescheduling` (Nodes_EnableNodeScheduling).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node on which you want to enable Task scheduling.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function enableNodeScheduling(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: EnableNodeSchedulingOptionalParams = {},
): Promise<EnableNodeSchedulingResult> {
  return _enableNodeSchedulingDeserialize(context, await _enableNodeSchedulingSend(context, poolId, nodeId, options));
}

/**
 * Builds and sends the request of `listNodeExtensions`: `GET /pools/\{poolId\}/nodes/\{nodeId\}/extensions`.
 * @internal
 */
export function _listNodeExtensionsSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: ListNodeExtensionsOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/extensions", poolId, nodeId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({
      timeOut: options.timeOutInSeconds,
      maxresults: maxPageSize ?? options.maxresults,
      $select: options.select,
    }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listNodeExtensions`.
 * @internal
 */
export function _listNodeExtensionsDeserialize(items: unknown[]): BatchNodeVMExtension[] {
  return (items as Parameters<typeof batchNodeVMExtensionDeserializer>[0][]).map((p) =>
    batchNodeVMExtensionDeserializer(p),
  );
}

/**
 * Lists the Compute Nodes Extensions in the specified Pool.
 *
 * Sends `GET /pools/{poolId}/nodes/{nodeId}/extensions` (Nodes_ListNodeExtensions).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to list extensions.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listNodeExtensions(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: ListNodeExtensionsOptionalParams = {},
): PagedAsyncIterableIterator<BatchNodeVMExtension> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listNodeExtensionsSend(context, poolId, nodeId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listNodeExtensionsDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `getNodeExtension`: `GET /pools/\{poolId\}/nodes/\{nodeId\}/extensions/\{extensionName\}`.
 * @internal
 */
export function _getNodeExtensionSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  extensionName: string,
  options: GetNodeExtensionOptionalParams = {},
): StreamableMethod {
  return operationPath(
    context.client,
    "/pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}",
    poolId,
    nodeId,
    extensionName,
  ).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, $select: options.select }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `getNodeExtension` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getNodeExtensionDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<BatchNodeVMExtension> {
  if (result.status !== "200") throw context.createError(result);
  return batchNodeVMExtensionDeserializer(result.body);
}

/**
 * Gets information about the specified Compute Node Extension.
 *
 * Sends `GET /pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}` (Nodes_GetNodeExtension).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that contains the extensions.
 * @param extensionName - The name of the Compute Node Extension that you want to get information about.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getNodeExtension(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  extensionName: string,
  options: GetNodeExtensionOptionalParams = {},
): Promise<BatchNodeVMExtension> {
  return _getNodeExtensionDeserialize(
    context,
    await _getNodeExtensionSend(context, poolId, nodeId, extensionName, options),
  );
}

/**
 * Builds and sends the request of `listNodeFiles`: `GET /pools/\{poolId\}/nodes/\{nodeId\}/files`.
 * @internal
 */
export function _listNodeFilesSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: ListNodeFilesOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/files", poolId, nodeId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({
      timeOut: options.timeOutInSeconds,
      maxresults: maxPageSize ?? options.maxresults,
      $filter: options.filter,
      recursive: options.recursive,
    }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listNodeFiles`.
 * @internal
 */
export function _listNodeFilesDeserialize(items: unknown[]): BatchNodeFile[] {
  return (items as Parameters<typeof batchNodeFileDeserializer>[0][]).map((p) => batchNodeFileDeserializer(p));
}

/**
 * Lists all of the files in Task directories on the specified Compute Node.
 *
 * Sends `GET /pools/{poolId}/nodes/{nodeId}/files` (Nodes_ListNodeFiles).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node whose files you want to list.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listNodeFiles(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: ListNodeFilesOptionalParams = {},
): PagedAsyncIterableIterator<BatchNodeFile> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listNodeFilesSend(context, poolId, nodeId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listNodeFilesDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `downloadNodeFile`: `GET /pools/\{poolId\}/nodes/\{nodeId\}/files/\{filePath\}`.
 * @internal
 */
export function _downloadNodeFileSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  filePath: string,
  options: DownloadNodeFileOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/files/{filePath}", poolId, nodeId, filePath).get(
    {
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: {
        ...commonHeaders(options),
        ...compact({
          "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
          "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
          "ocp-range": options.ocpRange,
        }),
      },
      accept: "application/octet-stream, application/json",
    },
  );
}

/**
 * Checks the status of a `downloadNodeFile` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _downloadNodeFileDeserialize(
  context: BatchContext,
  result: HttpNodeStreamResponse,
): Promise<NodeJS.ReadableStream> {
  if (result.status !== "200" || result.body === undefined) throw context.createError(await readErrorBody(result));
  return result.body;
}

/**
 * Returns the content of the specified Compute Node file.
 *
 * Sends `GET /pools/{poolId}/nodes/{nodeId}/files/{filePath}` (Nodes_GetNodeFile).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node.
 * @param filePath - The path to the file or directory.
 * @param options - optional parameters.
 * @returns the file's content as a Node stream (not buffered).
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function downloadNodeFile(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  filePath: string,
  options: DownloadNodeFileOptionalParams = {},
): Promise<NodeJS.ReadableStream> {
  return _downloadNodeFileDeserialize(
    context,
    await _downloadNodeFileSend(context, poolId, nodeId, filePath, options).asNodeStream(),
  );
}

/**
 * Builds and sends the request of `deleteNodeFile`: `DELETE /pools/\{poolId\}/nodes/\{nodeId\}/files/\{filePath\}`.
 * @internal
 */
export function _deleteNodeFileSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  filePath: string,
  options: DeleteNodeFileOptionalParams = {},
): StreamableMethod {
  return operationPath(
    context.client,
    "/pools/{poolId}/nodes/{nodeId}/files/{filePath}",
    poolId,
    nodeId,
    filePath,
  ).delete({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, recursive: options.recursive }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `deleteNodeFile` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deleteNodeFileDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeleteNodeFileResult> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * Deletes the specified file from the Compute Node.
 *
 * Sends `DELETE /pools/{poolId}/nodes/{nodeId}/files/{filePath}` (Nodes_DeleteNodeFile).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node.
 * @param filePath - The path to the file or directory.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deleteNodeFile(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  filePath: string,
  options: DeleteNodeFileOptionalParams = {},
): Promise<DeleteNodeFileResult> {
  return _deleteNodeFileDeserialize(context, await _deleteNodeFileSend(context, poolId, nodeId, filePath, options));
}

/**
 * Builds and sends the request of `getNodeFileProperties`: `HEAD /pools/\{poolId\}/nodes/\{nodeId\}/files/\{filePath\}`.
 * @internal
 */
export function _getNodeFilePropertiesSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  filePath: string,
  options: GetNodeFilePropertiesOptionalParams = {},
): StreamableMethod {
  return operationPath(
    context.client,
    "/pools/{poolId}/nodes/{nodeId}/files/{filePath}",
    poolId,
    nodeId,
    filePath,
  ).head({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: {
      ...commonHeaders(options),
      ...compact({
        "If-Modified-Since": options.ifModifiedSince?.toUTCString(),
        "If-Unmodified-Since": options.ifUnmodifiedSince?.toUTCString(),
      }),
    },
  });
}

/**
 * Checks the status of a `getNodeFileProperties` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getNodeFilePropertiesDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<BatchFileProperties> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    contentLength: parseNumber(result.headers["content-length"]),
    etag: result.headers["etag"],
    lastModified: parseDate(result.headers["last-modified"]),
    clientRequestId: result.headers["client-request-id"],
    isDirectory: parseBoolean(result.headers["ocp-batch-file-isdirectory"]),
    fileMode: result.headers["ocp-batch-file-mode"],
    url: result.headers["ocp-batch-file-url"],
    creationTime: parseDate(result.headers["ocp-creation-time"]),
    requestId: result.headers["request-id"],
  });
}

/**
 * Gets the properties of the specified Compute Node file.
 *
 * Sends `HEAD /pools/{poolId}/nodes/{nodeId}/files/{filePath}` (Nodes_GetNodeFileProperties).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node.
 * @param filePath - The path to the file or directory.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getNodeFileProperties(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  filePath: string,
  options: GetNodeFilePropertiesOptionalParams = {},
): Promise<BatchFileProperties> {
  return _getNodeFilePropertiesDeserialize(
    context,
    await _getNodeFilePropertiesSend(context, poolId, nodeId, filePath, options),
  );
}

/**
 * Builds and sends the request of `rebootNode`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/reboot`.
 * @internal
 */
export function _rebootNodeSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeRebootOptions,
  options: RebootNodeOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/reboot", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: parameters === undefined ? undefined : batchNodeRebootOptionsSerializer(parameters),
  });
}

/**
 * Checks the status of a `rebootNode` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _rebootNodeDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<RebootNodeResult> {
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
 * You can restart a Compute Node only if it is in an idle or running state.
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/reboot` (Nodes_RebootNode).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param parameters - The options to use for rebooting the Compute Node.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function rebootNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeRebootOptions,
  options: RebootNodeOptionalParams = {},
): Promise<RebootNodeResult> {
  return _rebootNodeDeserialize(context, await _rebootNodeSend(context, poolId, nodeId, parameters, options));
}

/**
 * Builds and sends the request of `reimageNode`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/reimage`.
 * @internal
 */
export function _reimageNodeSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeReimageOptions,
  options: ReimageNodeOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/reimage", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: parameters === undefined ? undefined : batchNodeReimageOptionsSerializer(parameters),
  });
}

/**
 * Checks the status of a `reimageNode` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _reimageNodeDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ReimageNodeResult> {
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
 * You can reinstall the operating system on a Compute Node only if it is in an
 * idle or running state. This API can be invoked only on Pools created with the
 * cloud service configuration property.
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/reimage` (Nodes_ReimageNode).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param parameters - The options to use for reimaging the Compute Node.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function reimageNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  parameters?: BatchNodeReimageOptions,
  options: ReimageNodeOptionalParams = {},
): Promise<ReimageNodeResult> {
  return _reimageNodeDeserialize(context, await _reimageNodeSend(context, poolId, nodeId, parameters, options));
}

/**
 * Builds and sends the request of `getNodeRemoteLoginSettings`: `GET /pools/\{poolId\}/nodes/\{nodeId\}/remoteloginsettings`.
 * @internal
 */
export function _getNodeRemoteLoginSettingsSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: GetNodeRemoteLoginSettingsOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/remoteloginsettings", poolId, nodeId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `getNodeRemoteLoginSettings` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getNodeRemoteLoginSettingsDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<BatchNodeRemoteLoginSettings> {
  if (result.status !== "200") throw context.createError(result);
  return batchNodeRemoteLoginSettingsDeserializer(result.body);
}

/**
 * Before you can remotely login to a Compute Node using the remote login settings, you must create a user Account on the Compute Node and configure access ports for SSH and RDP. For more information, see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration
 *
 * Sends `GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings` (Nodes_GetNodeRemoteLoginSettings).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node for which to obtain the remote login settings.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getNodeRemoteLoginSettings(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: GetNodeRemoteLoginSettingsOptionalParams = {},
): Promise<BatchNodeRemoteLoginSettings> {
  return _getNodeRemoteLoginSettingsDeserialize(
    context,
    await _getNodeRemoteLoginSettingsSend(context, poolId, nodeId, options),
  );
}

/**
 * Builds and sends the request of `startNode`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/start`.
 * @internal
 */
export function _startNodeSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: StartNodeOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/start", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `startNode` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _startNodeDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<StartNodeResult> {
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
 * You can start a Compute Node only if it has been deallocated.
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/start` (Nodes_StartNode).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node that you want to restart.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function startNode(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  options: StartNodeOptionalParams = {},
): Promise<StartNodeResult> {
  return _startNodeDeserialize(context, await _startNodeSend(context, poolId, nodeId, options));
}

/**
 * Builds and sends the request of `uploadNodeLogs`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/uploadbatchservicelogs`.
 * @internal
 */
export function _uploadNodeLogsSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  uploadOptions: UploadBatchServiceLogsOptions,
  options: UploadNodeLogsOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: uploadBatchServiceLogsOptionsSerializer(uploadOptions),
  });
}

/**
 * Checks the status of a `uploadNodeLogs` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _uploadNodeLogsDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<UploadBatchServiceLogsResult> {
  if (result.status !== "200") throw context.createError(result);
  return uploadBatchServiceLogsResultDeserializer(result.body);
}

/**
 * This is for gathering Azure Batch service log files in an automated fashion
 * from Compute Nodes if you are experiencing an error and wish to escalate to
 * Azure support. The Azure Batch service log files should be shared with Azure
 * support to aid in debugging issues with the Batch service.
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs` (Nodes_UploadNodeLogs).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the Compute Node for which you want to get the Remote Desktop Protocol file.
 * @param uploadOptions - The Azure Batch service log files upload options.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function uploadNodeLogs(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  uploadOptions: UploadBatchServiceLogsOptions,
  options: UploadNodeLogsOptionalParams = {},
): Promise<UploadBatchServiceLogsResult> {
  return _uploadNodeLogsDeserialize(
    context,
    await _uploadNodeLogsSend(context, poolId, nodeId, uploadOptions, options),
  );
}

/**
 * Builds and sends the request of `createNodeUser`: `POST /pools/\{poolId\}/nodes/\{nodeId\}/users`.
 * @internal
 */
export function _createNodeUserSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  user: BatchNodeUserCreateOptions,
  options: CreateNodeUserOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/users", poolId, nodeId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchNodeUserCreateOptionsSerializer(user),
  });
}

/**
 * Checks the status of a `createNodeUser` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _createNodeUserDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<CreateNodeUserResult> {
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
 * You can add a user Account to a Compute Node only when it is in the idle or
 * running state. Before you can remotely login to a Compute Node you must configure access ports for SSH and RDP. For more information, see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration
 *
 * Sends `POST /pools/{poolId}/nodes/{nodeId}/users` (Nodes_CreateNodeUser).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the machine on which you want to create a user Account.
 * @param user - The options to use for creating the user.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function createNodeUser(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  user: BatchNodeUserCreateOptions,
  options: CreateNodeUserOptionalParams = {},
): Promise<CreateNodeUserResult> {
  return _createNodeUserDeserialize(context, await _createNodeUserSend(context, poolId, nodeId, user, options));
}

/**
 * Builds and sends the request of `replaceNodeUser`: `PUT /pools/\{poolId\}/nodes/\{nodeId\}/users/\{userName\}`.
 * @internal
 */
export function _replaceNodeUserSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  userName: string,
  updateOptions: BatchNodeUserUpdateOptions,
  options: ReplaceNodeUserOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/pools/{poolId}/nodes/{nodeId}/users/{userName}", poolId, nodeId, userName).put(
    {
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchNodeUserUpdateOptionsSerializer(updateOptions),
    },
  );
}

/**
 * Checks the status of a `replaceNodeUser` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _replaceNodeUserDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ReplaceNodeUserResult> {
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
 * This operation replaces of all the updatable properties of the Account. For
 * example, if the expiryTime element is not specified, the current value is
 * replaced with the default value, not left unmodified. You can update a user
 * Account on a Compute Node only when it is in the idle or running state.
 *
 * Sends `PUT /pools/{poolId}/nodes/{nodeId}/users/{userName}` (Nodes_ReplaceNodeUser).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the machine on which you want to update a user Account.
 * @param userName - The name of the user Account to update.
 * @param updateOptions - The options to use for updating the user.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function replaceNodeUser(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  userName: string,
  updateOptions: BatchNodeUserUpdateOptions,
  options: ReplaceNodeUserOptionalParams = {},
): Promise<ReplaceNodeUserResult> {
  return _replaceNodeUserDeserialize(
    context,
    await _replaceNodeUserSend(context, poolId, nodeId, userName, updateOptions, options),
  );
}

/**
 * Builds and sends the request of `deleteNodeUser`: `DELETE /pools/\{poolId\}/nodes/\{nodeId\}/users/\{userName\}`.
 * @internal
 */
export function _deleteNodeUserSend(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  userName: string,
  options: DeleteNodeUserOptionalParams = {},
): StreamableMethod {
  return operationPath(
    context.client,
    "/pools/{poolId}/nodes/{nodeId}/users/{userName}",
    poolId,
    nodeId,
    userName,
  ).delete({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `deleteNodeUser` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deleteNodeUserDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeleteNodeUserResult> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * You can delete a user Account to a Compute Node only when it is in the idle or
 * running state. Before you can remotely login to a Compute Node you must configure
 * access ports for SSH and RDP. For more information, see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration
 *
 * Sends `DELETE /pools/{poolId}/nodes/{nodeId}/users/{userName}` (Nodes_DeleteNodeUser).
 * @param context - the context the operation runs on.
 * @param poolId - The ID of the Pool that contains the Compute Node.
 * @param nodeId - The ID of the machine on which you want to delete a user Account.
 * @param userName - The name of the user Account to delete.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deleteNodeUser(
  context: BatchContext,
  poolId: string,
  nodeId: string,
  userName: string,
  options: DeleteNodeUserOptionalParams = {},
): Promise<DeleteNodeUserResult> {
  return _deleteNodeUserDeserialize(context, await _deleteNodeUserSend(context, poolId, nodeId, userName, options));
}

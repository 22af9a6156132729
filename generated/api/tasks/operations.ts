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
  batchCreateTaskCollectionResultDeserializer,
  batchNodeFileDeserializer,
  batchSubtaskDeserializer,
  batchTaskCreateOptionsSerializer,
  batchTaskDeserializer,
  batchTaskGroupSerializer,
  batchTaskSerializer,
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
  BatchCreateTaskCollectionResult,
  BatchNodeFile,
  BatchSubtask,
  BatchTask,
  BatchTaskCreateOptions,
  BatchTaskGroup,
} from "../models.js";
import type {
  CreateTaskCollectionOptionalParams,
  CreateTaskOptionalParams,
  DeleteTaskFileOptionalParams,
  DeleteTaskOptionalParams,
  DownloadTaskFileOptionalParams,
  GetTaskFilePropertiesOptionalParams,
  GetTaskOptionalParams,
  ListSubTasksOptionalParams,
  ListTaskFilesOptionalParams,
  ListTasksOptionalParams,
  ReactivateTaskOptionalParams,
  ReplaceTaskOptionalParams,
  TerminateTaskOptionalParams,
} from "../options.js";
import type {
  BatchFileProperties,
  CreateTaskResult,
  DeleteTaskFileResult,
  DeleteTaskResult,
  ReactivateTaskResult,
  ReplaceTaskResult,
  TerminateTaskResult,
} from "../results.js";

/**
 * Builds and sends the request of `createTaskCollection`: `POST /jobs/\{jobId\}/addtaskcollection`.
 * @internal
 */
export function _createTaskCollectionSend(
  context: BatchContext,
  jobId: string,
  taskCollection: BatchTaskGroup,
  options: CreateTaskCollectionOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/addtaskcollection", jobId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchTaskGroupSerializer(taskCollection),
  });
}

/**
 * Checks the status of a `createTaskCollection` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _createTaskCollectionDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<BatchCreateTaskCollectionResult> {
  if (result.status !== "200") throw context.createError(result);
  return batchCreateTaskCollectionResultDeserializer(result.body);
}

/**
 * Note that each Task must have a unique ID. The Batch service may not return the
 * results for each Task in the same order the Tasks were submitted in this
 * request. If the server times out or the connection is closed during the
 * request, the request may have been partially or fully processed, or not at all.
 * In such cases, the user should re-issue the request. Note that it is up to the
 * user to correctly handle failures when re-issuing a request. For example, you
 * should use the same Task IDs during a retry so that if the prior operation
 * succeeded, the retry will not create extra Tasks unexpectedly. If the response
 * contains any Tasks which failed to add, a client can retry the request. In a
 * retry, it is most efficient to resubmit only Tasks that failed to add, and to
 * omit Tasks that were successfully added on the first attempt. The maximum
 * lifetime of a Task from addition to completion is 180 days. If a Task has not
 * completed within 180 days of being added it will be terminated by the Batch
 * service and left in whatever state it was in at that time.
 *
 * Sends `POST /jobs/{jobId}/addtaskcollection` (Tasks_CreateTaskCollection).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to which the Task collection is to be added.
 * @param taskCollection - The Tasks to be added.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function createTaskCollection(
  context: BatchContext,
  jobId: string,
  taskCollection: BatchTaskGroup,
  options: CreateTaskCollectionOptionalParams = {},
): Promise<BatchCreateTaskCollectionResult> {
  return _createTaskCollectionDeserialize(
    context,
    await _createTaskCollectionSend(context, jobId, taskCollection, options),
  );
}

/**
 * Builds and sends the request of `listTasks`: `GET /jobs/\{jobId\}/tasks`.
 * @internal
 */
export function _listTasksSend(
  context: BatchContext,
  jobId: string,
  options: ListTasksOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks", jobId).get({
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
 * Converts the items of one page of `listTasks`.
 * @internal
 */
export function _listTasksDeserialize(items: unknown[]): BatchTask[] {
  return (items as Parameters<typeof batchTaskDeserializer>[0][]).map((p) => batchTaskDeserializer(p));
}

/**
 * For multi-instance Tasks, information such as affinityId, executionInfo and
 * nodeInfo refer to the primary Task. Use the list subtasks API to retrieve
 * information about subtasks.
 *
 * Sends `GET /jobs/{jobId}/tasks` (Tasks_ListTasks).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listTasks(
  context: BatchContext,
  jobId: string,
  options: ListTasksOptionalParams = {},
): PagedAsyncIterableIterator<BatchTask> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listTasksSend(context, jobId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listTasksDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `createTask`: `POST /jobs/\{jobId\}/tasks`.
 * @internal
 */
export function _createTaskSend(
  context: BatchContext,
  jobId: string,
  task: BatchTaskCreateOptions,
  options: CreateTaskOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks", jobId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchTaskCreateOptionsSerializer(task),
  });
}

/**
 * Checks the status of a `createTask` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _createTaskDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<CreateTaskResult> {
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
 * The maximum lifetime of a Task from addition to completion is 180 days. If a
 * Task has not completed within 180 days of being added it will be terminated by
 * the Batch service and left in whatever state it was in at that time.
 *
 * Sends `POST /jobs/{jobId}/tasks` (Tasks_CreateTask).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to which the Task is to be created.
 * @param task - The Task to be created.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function createTask(
  context: BatchContext,
  jobId: string,
  task: BatchTaskCreateOptions,
  options: CreateTaskOptionalParams = {},
): Promise<CreateTaskResult> {
  return _createTaskDeserialize(context, await _createTaskSend(context, jobId, task, options));
}

/**
 * Builds and sends the request of `getTask`: `GET /jobs/\{jobId\}/tasks/\{taskId\}`.
 * @internal
 */
export function _getTaskSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: GetTaskOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}", jobId, taskId).get({
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
 * Checks the status of a `getTask` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getTaskDeserialize(context: BatchContext, result: PathUncheckedResponse): Promise<BatchTask> {
  if (result.status !== "200") throw context.createError(result);
  return batchTaskDeserializer(result.body);
}

/**
 * For multi-instance Tasks, information such as affinityId, executionInfo and
 * nodeInfo refer to the primary Task. Use the list subtasks API to retrieve
 * information about subtasks.
 *
 * Sends `GET /jobs/{jobId}/tasks/{taskId}` (Tasks_GetTask).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job that contains the Task.
 * @param taskId - The ID of the Task to get information about.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getTask(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: GetTaskOptionalParams = {},
): Promise<BatchTask> {
  return _getTaskDeserialize(context, await _getTaskSend(context, jobId, taskId, options));
}

/**
 * Builds and sends the request of `replaceTask`: `PUT /jobs/\{jobId\}/tasks/\{taskId\}`.
 * @internal
 */
export function _replaceTaskSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  task: BatchTask,
  options: ReplaceTaskOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}", jobId, taskId).put({
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
    body: batchTaskSerializer(task),
  });
}

/**
 * Checks the status of a `replaceTask` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _replaceTaskDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ReplaceTaskResult> {
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
 * Updates the properties of the specified Task.
 *
 * Sends `PUT /jobs/{jobId}/tasks/{taskId}` (Tasks_ReplaceTask).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job containing the Task.
 * @param taskId - The ID of the Task to update.
 * @param task - The Task to update.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function replaceTask(
  context: BatchContext,
  jobId: string,
  taskId: string,
  task: BatchTask,
  options: ReplaceTaskOptionalParams = {},
): Promise<ReplaceTaskResult> {
  return _replaceTaskDeserialize(context, await _replaceTaskSend(context, jobId, taskId, task, options));
}

/**
 * Builds and sends the request of `deleteTask`: `DELETE /jobs/\{jobId\}/tasks/\{taskId\}`.
 * @internal
 */
export function _deleteTaskSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: DeleteTaskOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}", jobId, taskId).delete({
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
 * Checks the status of a `deleteTask` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deleteTaskDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeleteTaskResult> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * When a Task is deleted, all of the files in its directory on the Compute Node
 * where it ran are also deleted (regardless of the retention time). For
 * multi-instance Tasks, the delete Task operation applies synchronously to the
 * primary task; subtasks and their files are then deleted asynchronously in the
 * background.
 *
 * Sends `DELETE /jobs/{jobId}/tasks/{taskId}` (Tasks_DeleteTask).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job from which to delete the Task.
 * @param taskId - The ID of the Task to delete.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deleteTask(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: DeleteTaskOptionalParams = {},
): Promise<DeleteTaskResult> {
  return _deleteTaskDeserialize(context, await _deleteTaskSend(context, jobId, taskId, options));
}

/**
 * Builds and sends the request of `listTaskFiles`: `GET /jobs/\{jobId\}/tasks/\{taskId\}/files`.
 * @internal
 */
export function _listTaskFilesSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: ListTaskFilesOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}/files", jobId, taskId).get({
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
 * Converts the items of one page of `listTaskFiles`.
 * @internal
 */
export function _listTaskFilesDeserialize(items: unknown[]): BatchNodeFile[] {
  return (items as Parameters<typeof batchNodeFileDeserializer>[0][]).map((p) => batchNodeFileDeserializer(p));
}

/**
 * Lists the files in a Task's directory on its Compute Node.
 *
 * Sends `GET /jobs/{jobId}/tasks/{taskId}/files` (Tasks_ListTaskFiles).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job that contains the Task.
 * @param taskId - The ID of the Task whose files you want to list.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listTaskFiles(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: ListTaskFilesOptionalParams = {},
): PagedAsyncIterableIterator<BatchNodeFile> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listTaskFilesSend(context, jobId, taskId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listTaskFilesDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `downloadTaskFile`: `GET /jobs/\{jobId\}/tasks/\{taskId\}/files/\{filePath\}`.
 * @internal
 */
export function _downloadTaskFileSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  filePath: string,
  options: DownloadTaskFileOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}/files/{filePath}", jobId, taskId, filePath).get({
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
  });
}

/**
 * Checks the status of a `downloadTaskFile` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _downloadTaskFileDeserialize(
  context: BatchContext,
  result: HttpNodeStreamResponse,
): Promise<NodeJS.ReadableStream> {
  if (result.status !== "200" || result.body === undefined) throw context.createError(await readErrorBody(result));
  return result.body;
}

/**
 * Returns the content of the specified Task file.
 *
 * Sends `GET /jobs/{jobId}/tasks/{taskId}/files/{filePath}` (Tasks_GetTaskFile).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job that contains the Task.
 * @param taskId - The ID of the Task whose file you want to retrieve.
 * @param filePath - The path to the Task file that you want to get the content of.
 * @param options - optional parameters.
 * @returns the file's content as a Node stream (not buffered).
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function downloadTaskFile(
  context: BatchContext,
  jobId: string,
  taskId: string,
  filePath: string,
  options: DownloadTaskFileOptionalParams = {},
): Promise<NodeJS.ReadableStream> {
  return _downloadTaskFileDeserialize(
    context,
    await _downloadTaskFileSend(context, jobId, taskId, filePath, options).asNodeStream(),
  );
}

/**
 * Builds and sends the request of `deleteTaskFile`: `DELETE /jobs/\{jobId\}/tasks/\{taskId\}/files/\{filePath\}`.
 * @internal
 */
export function _deleteTaskFileSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  filePath: string,
  options: DeleteTaskFileOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}/files/{filePath}", jobId, taskId, filePath).delete(
    {
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds, recursive: options.recursive }),
      headers: commonHeaders(options),
    },
  );
}

/**
 * Checks the status of a `deleteTaskFile` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deleteTaskFileDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeleteTaskFileResult> {
  if (result.status !== "200") throw context.createError(result);
  return omitUndefined({
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * Deletes the specified Task file from the Compute Node where the Task ran.
 *
 * Sends `DELETE /jobs/{jobId}/tasks/{taskId}/files/{filePath}` (Tasks_DeleteTaskFile).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job that contains the Task.
 * @param taskId - The ID of the Task whose file you want to retrieve.
 * @param filePath - The path to the Task file that you want to get the content of.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deleteTaskFile(
  context: BatchContext,
  jobId: string,
  taskId: string,
  filePath: string,
  options: DeleteTaskFileOptionalParams = {},
): Promise<DeleteTaskFileResult> {
  return _deleteTaskFileDeserialize(context, await _deleteTaskFileSend(context, jobId, taskId, filePath, options));
}

/**
 * Builds and sends the request of `getTaskFileProperties`: `HEAD /jobs/\{jobId\}/tasks/\{taskId\}/files/\{filePath\}`.
 * @internal
 */
export function _getTaskFilePropertiesSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  filePath: string,
  options: GetTaskFilePropertiesOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}/files/{filePath}", jobId, taskId, filePath).head({
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
 * Checks the status of a `getTaskFileProperties` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getTaskFilePropertiesDeserialize(
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
 * Gets the properties of the specified Task file.
 *
 * Sends `HEAD /jobs/{jobId}/tasks/{taskId}/files/{filePath}` (Tasks_GetTaskFileProperties).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job that contains the Task.
 * @param taskId - The ID of the Task whose file you want to retrieve.
 * @param filePath - The path to the Task file that you want to get the content of.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getTaskFileProperties(
  context: BatchContext,
  jobId: string,
  taskId: string,
  filePath: string,
  options: GetTaskFilePropertiesOptionalParams = {},
): Promise<BatchFileProperties> {
  return _getTaskFilePropertiesDeserialize(
    context,
    await _getTaskFilePropertiesSend(context, jobId, taskId, filePath, options),
  );
}

/**
 * Builds and sends the request of `reactivateTask`: `POST /jobs/\{jobId\}/tasks/\{taskId\}/reactivate`.
 * @internal
 */
export function _reactivateTaskSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: ReactivateTaskOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}/reactivate", jobId, taskId).post({
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
 * Checks the status of a `reactivateTask` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _reactivateTaskDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ReactivateTaskResult> {
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
 * Reactivation makes a Task eligible to be retried again up to its maximum retry
 * count. The Task's state is changed to active. As the Task is no longer in the
 * completed state, any previous exit code or failure information is no longer
 * available after reactivation. Each time a Task is reactivated, its retry count
 * is reset to 0. Reactivation will fail for Tasks that are not completed or that
 * previously completed successfully (with an exit code of 0). Additionally, it
 * will fail if the Job has completed (or is terminating or deleting).
 *
 * Sends `POST /jobs/{jobId}/tasks/{taskId}/reactivate` (Tasks_ReactivateTask).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job containing the Task.
 * @param taskId - The ID of the Task to reactivate.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function reactivateTask(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: ReactivateTaskOptionalParams = {},
): Promise<ReactivateTaskResult> {
  return _reactivateTaskDeserialize(context, await _reactivateTaskSend(context, jobId, taskId, options));
}

/**
 * Builds and sends the request of `listSubTasks`: `GET /jobs/\{jobId\}/tasks/\{taskId\}/subtasksinfo`.
 * @internal
 */
export function _listSubTasksSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: ListSubTasksOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}/subtasksinfo", jobId, taskId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, $select: options.select }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listSubTasks`.
 * @internal
 */
export function _listSubTasksDeserialize(items: unknown[]): BatchSubtask[] {
  return (items as Parameters<typeof batchSubtaskDeserializer>[0][]).map((p) => batchSubtaskDeserializer(p));
}

/**
 * If the Task is not a multi-instance Task then this returns an empty collection.
 *
 * Sends `GET /jobs/{jobId}/tasks/{taskId}/subtasksinfo` (Tasks_ListSubTasks).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job.
 * @param taskId - The ID of the Task.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listSubTasks(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: ListSubTasksOptionalParams = {},
): PagedAsyncIterableIterator<BatchSubtask> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listSubTasksSend(context, jobId, taskId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listSubTasksDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `terminateTask`: `POST /jobs/\{jobId\}/tasks/\{taskId\}/terminate`.
 * @internal
 */
export function _terminateTaskSend(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: TerminateTaskOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/tasks/{taskId}/terminate", jobId, taskId).post({
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
 * Checks the status of a `terminateTask` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _terminateTaskDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<TerminateTaskResult> {
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
 * When the Task has been terminated, it moves to the completed state. For
 * multi-instance Tasks, the terminate Task operation applies synchronously to the
 * primary task; subtasks are then terminated asynchronously in the background.
 *
 * Sends `POST /jobs/{jobId}/tasks/{taskId}/terminate` (Tasks_TerminateTask).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job containing the Task.
 * @param taskId - The ID of the Task to terminate.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function terminateTask(
  context: BatchContext,
  jobId: string,
  taskId: string,
  options: TerminateTaskOptionalParams = {},
): Promise<TerminateTaskResult> {
  return _terminateTaskDeserialize(context, await _terminateTaskSend(context, jobId, taskId, options));
}

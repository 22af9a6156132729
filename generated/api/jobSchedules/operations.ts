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
  batchJobScheduleCreateOptionsSerializer,
  batchJobScheduleDeserializer,
  batchJobScheduleSerializer,
  batchJobScheduleUpdateOptionsSerializer,
} from "../serializers.js";
import { compact, operationPath, parseDate } from "../static-helpers/request.js";
import { omitUndefined } from "../static-helpers/serialization.js";
import type { BatchContext } from "../batchContext.js";
import type { BatchJobSchedule, BatchJobScheduleCreateOptions, BatchJobScheduleUpdateOptions } from "../models.js";
import type {
  CreateJobScheduleOptionalParams,
  DeleteJobScheduleOptionalParams,
  DisableJobScheduleOptionalParams,
  EnableJobScheduleOptionalParams,
  GetJobScheduleOptionalParams,
  JobScheduleExistsOptionalParams,
  ListJobSchedulesOptionalParams,
  ReplaceJobScheduleOptionalParams,
  TerminateJobScheduleOptionalParams,
  UpdateJobScheduleOptionalParams,
} from "../options.js";
import type {
  CreateJobScheduleResult,
  DeleteJobScheduleResult,
  DisableJobScheduleResult,
  EnableJobScheduleResult,
  ReplaceJobScheduleResult,
  TerminateJobScheduleResult,
  UpdateJobScheduleResult,
} from "../results.js";

/**
 * Builds and sends the request of `listJobSchedules`: `GET /jobschedules`.
 * @internal
 */
export function _listJobSchedulesSend(
  context: BatchContext,
  options: ListJobSchedulesOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/jobschedules").get({
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
 * Converts the items of one page of `listJobSchedules`.
 * @internal
 */
export function _listJobSchedulesDeserialize(items: unknown[]): BatchJobSchedule[] {
  return (items as Parameters<typeof batchJobScheduleDeserializer>[0][]).map((p) => batchJobScheduleDeserializer(p));
}

/**
 * Lists all of the Job Schedules in the specified Account.
 *
 * Sends `GET /jobschedules` (JobSchedules_ListJobSchedules).
 * @param context - the context the operation runs on.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listJobSchedules(
  context: BatchContext,
  options: ListJobSchedulesOptionalParams = {},
): PagedAsyncIterableIterator<BatchJobSchedule> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listJobSchedulesSend(context, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listJobSchedulesDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `createJobSchedule`: `POST /jobschedules`.
 * @internal
 */
export function _createJobScheduleSend(
  context: BatchContext,
  jobSchedule: BatchJobScheduleCreateOptions,
  options: CreateJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules").post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchJobScheduleCreateOptionsSerializer(jobSchedule),
  });
}

/**
 * Checks the status of a `createJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _createJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<CreateJobScheduleResult> {
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
 * Creates a Job Schedule to the specified Account.
 *
 * Sends `POST /jobschedules` (JobSchedules_CreateJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobSchedule - The Job Schedule to be created.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function createJobSchedule(
  context: BatchContext,
  jobSchedule: BatchJobScheduleCreateOptions,
  options: CreateJobScheduleOptionalParams = {},
): Promise<CreateJobScheduleResult> {
  return _createJobScheduleDeserialize(context, await _createJobScheduleSend(context, jobSchedule, options));
}

/**
 * Builds and sends the request of `getJobSchedule`: `GET /jobschedules/\{jobScheduleId\}`.
 * @internal
 */
export function _getJobScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  options: GetJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}", jobScheduleId).get({
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
 * Checks the status of a `getJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<BatchJobSchedule> {
  if (result.status !== "200") throw context.createError(result);
  return batchJobScheduleDeserializer(result.body);
}

/**
 * Gets information about the specified Job Schedule.
 *
 * Sends `GET /jobschedules/{jobScheduleId}` (JobSchedules_GetJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to get.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: GetJobScheduleOptionalParams = {},
): Promise<BatchJobSchedule> {
  return _getJobScheduleDeserialize(context, await _getJobScheduleSend(context, jobScheduleId, options));
}

/**
 * Builds and sends the request of `replaceJobSchedule`: `PUT /jobschedules/\{jobScheduleId\}`.
 * @internal
 */
export function _replaceJobScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  jobSchedule: BatchJobSchedule,
  options: ReplaceJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}", jobScheduleId).put({
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
    body: batchJobScheduleSerializer(jobSchedule),
  });
}

/**
 * Checks the status of a `replaceJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _replaceJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ReplaceJobScheduleResult> {
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
 * This fully replaces all the updatable properties of the Job Schedule. For
 * example, if the schedule property is not specified with this request, then the
 * Batch service will remove the existing schedule. Changes to a Job Schedule only
 * impact Jobs created by the schedule after the update has taken place; currently
 * running Jobs are unaffected.
 *
 * Sends `PUT /jobschedules/{jobScheduleId}` (JobSchedules_ReplaceJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to update.
 * @param jobSchedule - A Job Schedule with updated properties
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function replaceJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  jobSchedule: BatchJobSchedule,
  options: ReplaceJobScheduleOptionalParams = {},
): Promise<ReplaceJobScheduleResult> {
  return _replaceJobScheduleDeserialize(
    context,
    await _replaceJobScheduleSend(context, jobScheduleId, jobSchedule, options),
  );
}

/**
 * Builds and sends the request of `updateJobSchedule`: `PATCH /jobschedules/\{jobScheduleId\}`.
 * @internal
 */
export function _updateJobScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  jobSchedule: BatchJobScheduleUpdateOptions,
  options: UpdateJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}", jobScheduleId).patch({
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
    body: batchJobScheduleUpdateOptionsSerializer(jobSchedule),
  });
}

/**
 * Checks the status of a `updateJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _updateJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<UpdateJobScheduleResult> {
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
 * This replaces only the Job Schedule properties specified in the request. For
 * example, if the schedule property is not specified with this request, then the
 * Batch service will keep the existing schedule. Changes to a Job Schedule only
 * impact Jobs created by the schedule after the update has taken place; currently
 * running Jobs are unaffected.
 *
 * Sends `PATCH /jobschedules/{jobScheduleId}` (JobSchedules_UpdateJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to update.
 * @param jobSchedule - The options to use for updating the Job Schedule.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function updateJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  jobSchedule: BatchJobScheduleUpdateOptions,
  options: UpdateJobScheduleOptionalParams = {},
): Promise<UpdateJobScheduleResult> {
  return _updateJobScheduleDeserialize(
    context,
    await _updateJobScheduleSend(context, jobScheduleId, jobSchedule, options),
  );
}

/**
 * Builds and sends the request of `deleteJobSchedule`: `DELETE /jobschedules/\{jobScheduleId\}`.
 * @internal
 */
export function _deleteJobScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  options: DeleteJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}", jobScheduleId).delete({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, force: options.force }),
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
 * Checks the status of a `deleteJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deleteJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeleteJobScheduleResult> {
  if (result.status !== "202") throw context.createError(result);
  return omitUndefined({
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * When you delete a Job Schedule, this also deletes all Jobs and Tasks under that
 * schedule. When Tasks are deleted, all the files in their working directories on
 * the Compute Nodes are also deleted (the retention period is ignored). The Job
 * Schedule statistics are no longer accessible once the Job Schedule is deleted,
 * though they are still counted towards Account lifetime statistics.
 *
 * Sends `DELETE /jobschedules/{jobScheduleId}` (JobSchedules_DeleteJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to delete.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deleteJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: DeleteJobScheduleOptionalParams = {},
): Promise<DeleteJobScheduleResult> {
  return _deleteJobScheduleDeserialize(context, await _deleteJobScheduleSend(context, jobScheduleId, options));
}

/**
 * Builds and sends the request of `jobScheduleExists`: `HEAD /jobschedules/\{jobScheduleId\}`.
 * @internal
 */
export function _jobScheduleExistsSend(
  context: BatchContext,
  jobScheduleId: string,
  options: JobScheduleExistsOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}", jobScheduleId).head({
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
 * Checks the status of a `jobScheduleExists` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _jobScheduleExistsDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<boolean> {
  if (result.status === "404") return false;
  if (result.status !== "200") throw context.createError(result);
  return true;
}

/**
 * Checks the specified Job Schedule exists.
 *
 * Sends `HEAD /jobschedules/{jobScheduleId}` (JobSchedules_JobScheduleExists).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule which you want to check.
 * @param options - optional parameters.
 * @returns true when the resource exists, false on 404.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function jobScheduleExists(
  context: BatchContext,
  jobScheduleId: string,
  options: JobScheduleExistsOptionalParams = {},
): Promise<boolean> {
  return _jobScheduleExistsDeserialize(context, await _jobScheduleExistsSend(context, jobScheduleId, options));
}

/**
 * Builds and sends the request of `disableJobSchedule`: `POST /jobschedules/\{jobScheduleId\}/disable`.
 * @internal
 */
export function _disableJobScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  options: DisableJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}/disable", jobScheduleId).post({
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
 * Checks the status of a `disableJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _disableJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DisableJobScheduleResult> {
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
 * No new Jobs will be created until the Job Schedule is enabled again.
 *
 * Sends `POST /jobschedules/{jobScheduleId}/disable` (JobSchedules_DisableJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to disable.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function disableJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: DisableJobScheduleOptionalParams = {},
): Promise<DisableJobScheduleResult> {
  return _disableJobScheduleDeserialize(context, await _disableJobScheduleSend(context, jobScheduleId, options));
}

/**
 * Builds and sends the request of `enableJobSchedule`: `POST /jobschedules/\{jobScheduleId\}/enable`.
 * @internal
 */
export function _enableJobScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  options: EnableJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}/enable", jobScheduleId).post({
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
 * Checks the status of a `enableJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _enableJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<EnableJobScheduleResult> {
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
 * Enables a Job Schedule.
 *
 * Sends `POST /jobschedules/{jobScheduleId}/enable` (JobSchedules_EnableJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to enable.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function enableJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: EnableJobScheduleOptionalParams = {},
): Promise<EnableJobScheduleResult> {
  return _enableJobScheduleDeserialize(context, await _enableJobScheduleSend(context, jobScheduleId, options));
}

/**
 * Builds and sends the request of `terminateJobSchedule`: `POST /jobschedules/\{jobScheduleId\}/terminate`.
 * @internal
 */
export function _terminateJobScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  options: TerminateJobScheduleOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}/terminate", jobScheduleId).post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, force: options.force }),
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
 * Checks the status of a `terminateJobSchedule` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _terminateJobScheduleDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<TerminateJobScheduleResult> {
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
 * Terminates a Job Schedule.
 *
 * Sends `POST /jobschedules/{jobScheduleId}/terminate` (JobSchedules_TerminateJobSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule to terminates.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function terminateJobSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: TerminateJobScheduleOptionalParams = {},
): Promise<TerminateJobScheduleResult> {
  return _terminateJobScheduleDeserialize(context, await _terminateJobScheduleSend(context, jobScheduleId, options));
}

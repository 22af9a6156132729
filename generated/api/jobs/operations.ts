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
  batchJobCreateOptionsSerializer,
  batchJobDeserializer,
  batchJobDisableOptionsSerializer,
  batchJobPreparationAndReleaseTaskStatusDeserializer,
  batchJobSerializer,
  batchJobTerminateOptionsSerializer,
  batchJobUpdateOptionsSerializer,
  batchTaskCountsResultDeserializer,
} from "../serializers.js";
import { compact, operationPath, parseDate } from "../static-helpers/request.js";
import { omitUndefined } from "../static-helpers/serialization.js";
import type { BatchContext } from "../batchContext.js";
import type {
  BatchJob,
  BatchJobCreateOptions,
  BatchJobDisableOptions,
  BatchJobPreparationAndReleaseTaskStatus,
  BatchJobTerminateOptions,
  BatchJobUpdateOptions,
  BatchTaskCountsResult,
} from "../models.js";
import type {
  CreateJobOptionalParams,
  DeleteJobOptionalParams,
  DisableJobOptionalParams,
  EnableJobOptionalParams,
  GetJobOptionalParams,
  GetJobTaskCountsOptionalParams,
  ListJobPreparationAndReleaseTaskStatusOptionalParams,
  ListJobsFromScheduleOptionalParams,
  ListJobsOptionalParams,
  ReplaceJobOptionalParams,
  TerminateJobOptionalParams,
  UpdateJobOptionalParams,
} from "../options.js";
import type {
  CreateJobResult,
  DeleteJobResult,
  DisableJobResult,
  EnableJobResult,
  ReplaceJobResult,
  TerminateJobResult,
  UpdateJobResult,
} from "../results.js";

/**
 * Builds and sends the request of `listJobs`: `GET /jobs`.
 * @internal
 */
export function _listJobsSend(
  context: BatchContext,
  options: ListJobsOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/jobs").get({
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
 * Converts the items of one page of `listJobs`.
 * @internal
 */
export function _listJobsDeserialize(items: unknown[]): BatchJob[] {
  return (items as Parameters<typeof batchJobDeserializer>[0][]).map((p) => batchJobDeserializer(p));
}

/**
 * Lists all of the Jobs in the specified Account.
 *
 * Sends `GET /jobs` (Jobs_ListJobs).
 * @param context - the context the operation runs on.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listJobs(
  context: BatchContext,
  options: ListJobsOptionalParams = {},
): PagedAsyncIterableIterator<BatchJob> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listJobsSend(context, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listJobsDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `createJob`: `POST /jobs`.
 * @internal
 */
export function _createJobSend(
  context: BatchContext,
  job: BatchJobCreateOptions,
  options: CreateJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs").post({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: batchJobCreateOptionsSerializer(job),
  });
}

/**
 * Checks the status of a `createJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _createJobDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<CreateJobResult> {
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
 * The Batch service supports two ways to control the work done as part of a Job.
 * In the first approach, the user specifies a Job Manager Task. The Batch service
 * launches this Task when it is ready to start the Job. The Job Manager Task
 * controls all other Tasks that run under this Job, by using the Task APIs. In
 * the second approach, the user directly controls the execution of Tasks under an
 * active Job, by using the Task APIs. Also note: when naming Jobs, avoid
 * including sensitive information such as user names or secret project names.
 * This information may appear in telemetry logs accessible to Microsoft Support
 * engineers.
 *
 * Sends `POST /jobs` (Jobs_CreateJob).
 * @param context - the context the operation runs on.
 * @param job - The Job to be created.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function createJob(
  context: BatchContext,
  job: BatchJobCreateOptions,
  options: CreateJobOptionalParams = {},
): Promise<CreateJobResult> {
  return _createJobDeserialize(context, await _createJobSend(context, job, options));
}

/**
 * Builds and sends the request of `getJob`: `GET /jobs/\{jobId\}`.
 * @internal
 */
export function _getJobSend(
  context: BatchContext,
  jobId: string,
  options: GetJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}", jobId).get({
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
 * Checks the status of a `getJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getJobDeserialize(context: BatchContext, result: PathUncheckedResponse): Promise<BatchJob> {
  if (result.status !== "200") throw context.createError(result);
  return batchJobDeserializer(result.body);
}

/**
 * Gets information about the specified Job.
 *
 * Sends `GET /jobs/{jobId}` (Jobs_GetJob).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getJob(
  context: BatchContext,
  jobId: string,
  options: GetJobOptionalParams = {},
): Promise<BatchJob> {
  return _getJobDeserialize(context, await _getJobSend(context, jobId, options));
}

/**
 * Builds and sends the request of `replaceJob`: `PUT /jobs/\{jobId\}`.
 * @internal
 */
export function _replaceJobSend(
  context: BatchContext,
  jobId: string,
  job: BatchJob,
  options: ReplaceJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}", jobId).put({
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
    body: batchJobSerializer(job),
  });
}

/**
 * Checks the status of a `replaceJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _replaceJobDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<ReplaceJobResult> {
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
 * This fully replaces all the updatable properties of the Job. For example, if
 * the Job has constraints associated with it and if constraints is not specified
 * with this request, then the Batch service will remove the existing constraints.
 *
 * Sends `PUT /jobs/{jobId}` (Jobs_ReplaceJob).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job whose properties you want to update.
 * @param job - A job with updated properties
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function replaceJob(
  context: BatchContext,
  jobId: string,
  job: BatchJob,
  options: ReplaceJobOptionalParams = {},
): Promise<ReplaceJobResult> {
  return _replaceJobDeserialize(context, await _replaceJobSend(context, jobId, job, options));
}

/**
 * Builds and sends the request of `updateJob`: `PATCH /jobs/\{jobId\}`.
 * @internal
 */
export function _updateJobSend(
  context: BatchContext,
  jobId: string,
  job: BatchJobUpdateOptions,
  options: UpdateJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}", jobId).patch({
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
    body: batchJobUpdateOptionsSerializer(job),
  });
}

/**
 * Checks the status of a `updateJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _updateJobDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<UpdateJobResult> {
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
 * This replaces only the Job properties specified in the request. For example, if
 * the Job has constraints, and a request does not specify the constraints
 * element, then the Job keeps the existing constraints.
 *
 * Sends `PATCH /jobs/{jobId}` (Jobs_UpdateJob).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job whose properties you want to update.
 * @param job - The options to use for updating the Job.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function updateJob(
  context: BatchContext,
  jobId: string,
  job: BatchJobUpdateOptions,
  options: UpdateJobOptionalParams = {},
): Promise<UpdateJobResult> {
  return _updateJobDeserialize(context, await _updateJobSend(context, jobId, job, options));
}

/**
 * Builds and sends the request of `deleteJob`: `DELETE /jobs/\{jobId\}`.
 * @internal
 */
export function _deleteJobSend(
  context: BatchContext,
  jobId: string,
  options: DeleteJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}", jobId).delete({
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
 * Checks the status of a `deleteJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _deleteJobDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DeleteJobResult> {
  if (result.status !== "202") throw context.createError(result);
  return omitUndefined({
    clientRequestId: result.headers["client-request-id"],
    requestId: result.headers["request-id"],
  });
}

/**
 * Deleting a Job also deletes all Tasks that are part of that Job, and all Job
 * statistics. This also overrides the retention period for Task data; that is, if
 * the Job contains Tasks which are still retained on Compute Nodes, the Batch
 * services deletes those Tasks' working directories and all their contents.  When
 * a Delete Job request is received, the Batch service sets the Job to the
 * deleting state. All update operations on a Job that is in deleting state will
 * fail with status code 409 (Conflict), with additional information indicating
 * that the Job is being deleted.
 *
 * Sends `DELETE /jobs/{jobId}` (Jobs_DeleteJob).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to delete.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function deleteJob(
  context: BatchContext,
  jobId: string,
  options: DeleteJobOptionalParams = {},
): Promise<DeleteJobResult> {
  return _deleteJobDeserialize(context, await _deleteJobSend(context, jobId, options));
}

/**
 * Builds and sends the request of `disableJob`: `POST /jobs/\{jobId\}/disable`.
 * @internal
 */
export function _disableJobSend(
  context: BatchContext,
  jobId: string,
  disableOptions: BatchJobDisableOptions,
  options: DisableJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/disable", jobId).post({
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
    body: batchJobDisableOptionsSerializer(disableOptions),
  });
}

/**
 * Checks the status of a `disableJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _disableJobDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<DisableJobResult> {
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
 * The Batch Service immediately moves the Job to the disabling state. Batch then
 * uses the disableTasks parameter to determine what to do with the currently
 * running Tasks of the Job. The Job remains in the disabling state until the
 * disable operation is completed and all Tasks have been dealt with according to
 * the disableTasks option; the Job then moves to the disabled state. No new Tasks
 * are started under the Job until it moves back to active state. If you try to
 * disable a Job that is in any state other than active, disabling, or disabled,
 * the request fails with status code 409.
 *
 * Sends `POST /jobs/{jobId}/disable` (Jobs_DisableJob).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to disable.
 * @param disableOptions - The options to use for disabling the Job.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function disableJob(
  context: BatchContext,
  jobId: string,
  disableOptions: BatchJobDisableOptions,
  options: DisableJobOptionalParams = {},
): Promise<DisableJobResult> {
  return _disableJobDeserialize(context, await _disableJobSend(context, jobId, disableOptions, options));
}

/**
 * Builds and sends the request of `enableJob`: `POST /jobs/\{jobId\}/enable`.
 * @internal
 */
export function _enableJobSend(
  context: BatchContext,
  jobId: string,
  options: EnableJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/enable", jobId).post({
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
 * Checks the status of a `enableJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _enableJobDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<EnableJobResult> {
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
 * When you call this API, the Batch service sets a disabled Job to the enabling
 * state. After the this operation is completed, the Job moves to the active
 * state, and scheduling of new Tasks under the Job resumes. The Batch service
 * does not allow a Task to remain in the active state for more than 180 days.
 * Therefore, if you enable a Job containing active Tasks which were added more
 * than 180 days ago, those Tasks will not run.
 *
 * Sends `POST /jobs/{jobId}/enable` (Jobs_EnableJob).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to enable.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function enableJob(
  context: BatchContext,
  jobId: string,
  options: EnableJobOptionalParams = {},
): Promise<EnableJobResult> {
  return _enableJobDeserialize(context, await _enableJobSend(context, jobId, options));
}

/**
 * Builds and sends the request of `listJobPreparationAndReleaseTaskStatus`: `GET /jobs/\{jobId\}/jobpreparationandreleasetaskstatus`.
 * @internal
 */
export function _listJobPreparationAndReleaseTaskStatusSend(
  context: BatchContext,
  jobId: string,
  options: ListJobPreparationAndReleaseTaskStatusOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/jobpreparationandreleasetaskstatus", jobId).get({
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
 * Converts the items of one page of `listJobPreparationAndReleaseTaskStatus`.
 * @internal
 */
export function _listJobPreparationAndReleaseTaskStatusDeserialize(
  items: unknown[],
): BatchJobPreparationAndReleaseTaskStatus[] {
  return (items as Parameters<typeof batchJobPreparationAndReleaseTaskStatusDeserializer>[0][]).map((p) =>
    batchJobPreparationAndReleaseTaskStatusDeserializer(p),
  );
}

/**
 * This API returns the Job Preparation and Job Release Task status on all Compute
 * Nodes that have run the Job Preparation or Job Release Task. This includes
 * Compute Nodes which have since been removed from the Pool. If this API is
 * invoked on a Job which has no Job Preparation or Job Release Task, the Batch
 * service returns HTTP status code 409 (Conflict) with an error code of
 * JobPreparationTaskNotSpecified.
 *
 * Sends `GET /jobs/{jobId}/jobpreparationandreleasetaskstatus` (Jobs_ListJobPreparationAndReleaseTaskStatus).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listJobPreparationAndReleaseTaskStatus(
  context: BatchContext,
  jobId: string,
  options: ListJobPreparationAndReleaseTaskStatusOptionalParams = {},
): PagedAsyncIterableIterator<BatchJobPreparationAndReleaseTaskStatus> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) =>
      _listJobPreparationAndReleaseTaskStatusSend(context, jobId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listJobPreparationAndReleaseTaskStatusDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `getJobTaskCounts`: `GET /jobs/\{jobId\}/taskcounts`.
 * @internal
 */
export function _getJobTaskCountsSend(
  context: BatchContext,
  jobId: string,
  options: GetJobTaskCountsOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/taskcounts", jobId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `getJobTaskCounts` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getJobTaskCountsDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<BatchTaskCountsResult> {
  if (result.status !== "200") throw context.createError(result);
  return batchTaskCountsResultDeserializer(result.body);
}

/**
 * Task counts provide a count of the Tasks by active, running or completed Task
 * state, and a count of Tasks which succeeded or failed. Tasks in the preparing
 * state are counted as running. Note that the numbers returned may not always be
 * up to date. If you need exact task counts, use a list query.
 *
 * Sends `GET /jobs/{jobId}/taskcounts` (Jobs_GetJobTaskCounts).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getJobTaskCounts(
  context: BatchContext,
  jobId: string,
  options: GetJobTaskCountsOptionalParams = {},
): Promise<BatchTaskCountsResult> {
  return _getJobTaskCountsDeserialize(context, await _getJobTaskCountsSend(context, jobId, options));
}

/**
 * Builds and sends the request of `terminateJob`: `POST /jobs/\{jobId\}/terminate`.
 * @internal
 */
export function _terminateJobSend(
  context: BatchContext,
  jobId: string,
  parameters?: BatchJobTerminateOptions,
  options: TerminateJobOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/jobs/{jobId}/terminate", jobId).post({
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
    contentType: "application/json; odata=minimalmetadata",
    body: parameters === undefined ? undefined : batchJobTerminateOptionsSerializer(parameters),
  });
}

/**
 * Checks the status of a `terminateJob` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _terminateJobDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<TerminateJobResult> {
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
 * When a Terminate Job request is received, the Batch service sets the Job to the
 * terminating state. The Batch service then terminates any running Tasks
 * associated with the Job and runs any required Job release Tasks. Then the Job
 * moves into the completed state. If there are any Tasks in the Job in the active
 * state, they will remain in the active state. Once a Job is terminated, new
 * Tasks cannot be added and any remaining active Tasks will not be scheduled.
 *
 * Sends `POST /jobs/{jobId}/terminate` (Jobs_TerminateJob).
 * @param context - the context the operation runs on.
 * @param jobId - The ID of the Job to terminate.
 * @param parameters - The options to use for terminating the Job.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function terminateJob(
  context: BatchContext,
  jobId: string,
  parameters?: BatchJobTerminateOptions,
  options: TerminateJobOptionalParams = {},
): Promise<TerminateJobResult> {
  return _terminateJobDeserialize(context, await _terminateJobSend(context, jobId, parameters, options));
}

/**
 * Builds and sends the request of `listJobsFromSchedule`: `GET /jobschedules/\{jobScheduleId\}/jobs`.
 * @internal
 */
export function _listJobsFromScheduleSend(
  context: BatchContext,
  jobScheduleId: string,
  options: ListJobsFromScheduleOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/jobschedules/{jobScheduleId}/jobs", jobScheduleId).get({
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
 * Converts the items of one page of `listJobsFromSchedule`.
 * @internal
 */
export function _listJobsFromScheduleDeserialize(items: unknown[]): BatchJob[] {
  return (items as Parameters<typeof batchJobDeserializer>[0][]).map((p) => batchJobDeserializer(p));
}

/**
 * Lists the Jobs that have been created under the specified Job Schedule.
 *
 * Sends `GET /jobschedules/{jobScheduleId}/jobs` (Jobs_ListJobsFromSchedule).
 * @param context - the context the operation runs on.
 * @param jobScheduleId - The ID of the Job Schedule from which you want to get a list of Jobs.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listJobsFromSchedule(
  context: BatchContext,
  jobScheduleId: string,
  options: ListJobsFromScheduleOptionalParams = {},
): PagedAsyncIterableIterator<BatchJob> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listJobsFromScheduleSend(context, jobScheduleId, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listJobsFromScheduleDeserialize,
    toError: (response) => context.createError(response),
  });
}

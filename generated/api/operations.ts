// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { Client, OperationOptions, PathUncheckedResponse, HttpNodeStreamResponse } from "@azure-rest/core-client";
import { operationOptionsToRequestParameters } from "@azure-rest/core-client";
import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";
import type { BatchClient } from "../rest/clientDefinitions.js";
import { isUnexpected } from "../rest/isUnexpected.js";
import { buildPagedIterator, type PagedAsyncIterableIterator } from "../rest/paginateHelper.js";
import type {
  AutoScaleRun,
  BatchApplication,
  BatchCreateTaskCollectionResult,
  BatchJob,
  BatchJobCreateOptions,
  BatchJobDisableOptions,
  BatchJobPreparationAndReleaseTaskStatus,
  BatchJobSchedule,
  BatchJobScheduleCreateOptions,
  BatchJobScheduleUpdateOptions,
  BatchJobTerminateOptions,
  BatchJobUpdateOptions,
  BatchNode,
  BatchNodeDeallocateOptions,
  BatchNodeDisableSchedulingOptions,
  BatchNodeFile,
  BatchNodeRebootOptions,
  BatchNodeReimageOptions,
  BatchNodeRemoteLoginSettings,
  BatchNodeRemoveOptions,
  BatchNodeUserCreateOptions,
  BatchNodeUserUpdateOptions,
  BatchNodeVMExtension,
  BatchPool,
  BatchPoolCreateOptions,
  BatchPoolEnableAutoScaleOptions,
  BatchPoolEvaluateAutoScaleOptions,
  BatchPoolNodeCounts,
  BatchPoolReplaceOptions,
  BatchPoolResizeOptions,
  BatchPoolUpdateOptions,
  BatchSubtask,
  BatchSupportedImage,
  BatchTask,
  BatchTaskCountsResult,
  BatchTaskCreateOptions,
  BatchTaskGroup,
  UploadBatchServiceLogsOptions,
  UploadBatchServiceLogsResult,
} from "./models.js";
import {
  autoScaleRunDeserializer,
  batchApplicationDeserializer,
  batchCreateTaskCollectionResultDeserializer,
  batchJobCreateOptionsSerializer,
  batchJobDeserializer,
  batchJobDisableOptionsSerializer,
  batchJobPreparationAndReleaseTaskStatusDeserializer,
  batchJobScheduleCreateOptionsSerializer,
  batchJobScheduleDeserializer,
  batchJobScheduleSerializer,
  batchJobScheduleUpdateOptionsSerializer,
  batchJobSerializer,
  batchJobTerminateOptionsSerializer,
  batchJobUpdateOptionsSerializer,
  batchNodeDeallocateOptionsSerializer,
  batchNodeDeserializer,
  batchNodeDisableSchedulingOptionsSerializer,
  batchNodeFileDeserializer,
  batchNodeRebootOptionsSerializer,
  batchNodeReimageOptionsSerializer,
  batchNodeRemoteLoginSettingsDeserializer,
  batchNodeRemoveOptionsSerializer,
  batchNodeUserCreateOptionsSerializer,
  batchNodeUserUpdateOptionsSerializer,
  batchNodeVMExtensionDeserializer,
  batchPoolCreateOptionsSerializer,
  batchPoolDeserializer,
  batchPoolEnableAutoScaleOptionsSerializer,
  batchPoolEvaluateAutoScaleOptionsSerializer,
  batchPoolNodeCountsDeserializer,
  batchPoolReplaceOptionsSerializer,
  batchPoolResizeOptionsSerializer,
  batchPoolUpdateOptionsSerializer,
  batchSubtaskDeserializer,
  batchSupportedImageDeserializer,
  batchTaskCountsResultDeserializer,
  batchTaskCreateOptionsSerializer,
  batchTaskDeserializer,
  batchTaskGroupSerializer,
  batchTaskSerializer,
  omitUndefined,
  uploadBatchServiceLogsOptionsSerializer,
  uploadBatchServiceLogsResultDeserializer,
} from "./serializers.js";

/** Drops the entries whose value is `undefined` (so they are not sent). */
function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Parses an HTTP date header. */
function parseDate(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}

/** Parses a boolean header. */
function parseBoolean(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value.toLowerCase() === "true";
}

/** Parses a numeric header. */
function parseNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Reads a streamed error response so it can be turned into an error like any other. */
async function readErrorBody(response: HttpNodeStreamResponse): Promise<PathUncheckedResponse> {
  const chunks: Buffer[] = [];
  if (response.body) for await (const chunk of response.body) chunks.push(Buffer.from(chunk as Uint8Array));
  const text = Buffer.concat(chunks).toString("utf8");
  let body: unknown = text.length ? text : undefined;
  try {
    body = text.length ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { ...response, body };
}

/**
 * Options every Batch operation takes.
 */
export interface BatchOperationOptions extends OperationOptions {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   * (sent as `timeOut`)
   */
  timeOutInSeconds?: number;
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   * (sent as `client-request-id`)
   */
  clientRequestId?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   * (sent as `return-client-request-id`)
   */
  returnClientRequestId?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   * (sent as `ocp-date`)
   */
  ocpDate?: Date;
}

/**
 * What a BatchOperations subclass supplies: the rest-level client and the error it throws.
 */
export interface BatchContext {
  /**
   * The rest-level client requests go through (from `createClient`).
   */
  readonly client: Client;
  /**
   * Builds the error thrown for a response whose status the operation does not declare.
   * @param response - the unexpected response (its body parsed when it was JSON).
   */
  createError(response: PathUncheckedResponse): Error;
}

/**
 * The headers every operation sends: the caller's extra headers, then the shared header options.
 */
function commonHeaders(options: BatchOperationOptions): RawHttpHeadersInput {
  return {
    ...options.requestOptions?.headers,
    ...compact({
      "client-request-id": options.clientRequestId,
      "return-client-request-id": options.returnClientRequestId,
      "ocp-date": options.ocpDate?.toUTCString(),
    }),
  };
}

/**
 * Optional parameters of {@link BatchOperations.listApplications}.
 */
export interface ListApplicationsOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
}

/**
 * Optional parameters of {@link BatchOperations.getApplication}.
 */
export interface GetApplicationOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.listJobs}.
 */
export interface ListJobsOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-jobs.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.createJob}.
 */
export interface CreateJobOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.getJob}.
 */
export interface GetJobOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.replaceJob}.
 */
export interface ReplaceJobOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.updateJob}.
 */
export interface UpdateJobOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.deleteJob}.
 */
export interface DeleteJobOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * If true, the server will delete the Job even if the corresponding nodes have not fully processed the deletion. The default value is false.
   */
  force?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.disableJob}.
 */
export interface DisableJobOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.enableJob}.
 */
export interface EnableJobOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.listJobPreparationAndReleaseTaskStatus}.
 */
export interface ListJobPreparationAndReleaseTaskStatusOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-job-preparation-and-release-status.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.getJobTaskCounts}.
 */
export interface GetJobTaskCountsOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.terminateJob}.
 */
export interface TerminateJobOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * If true, the server will terminate the Job even if the corresponding nodes have not fully processed the termination. The default value is false.
   */
  force?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.listJobsFromSchedule}.
 */
export interface ListJobsFromScheduleOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-jobs-in-a-job-schedule.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.createTaskCollection}.
 */
export interface CreateTaskCollectionOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.listTasks}.
 */
export interface ListTasksOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-tasks.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.createTask}.
 */
export interface CreateTaskOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.getTask}.
 */
export interface GetTaskOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.replaceTask}.
 */
export interface ReplaceTaskOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.deleteTask}.
 */
export interface DeleteTaskOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.listTaskFiles}.
 */
export interface ListTaskFilesOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-task-files.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * Whether to list children of the Task directory. This parameter can be used in
   * combination with the filter parameter to list specific type of files.
   */
  recursive?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.downloadTaskFile}.
 */
export interface DownloadTaskFileOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * The byte range to be retrieved. The default is to retrieve the entire file. The
   * format is bytes=startRange-endRange.
   * (sent as `ocp-range`)
   */
  ocpRange?: string;
}

/**
 * Optional parameters of {@link BatchOperations.deleteTaskFile}.
 */
export interface DeleteTaskFileOptionalParams extends BatchOperationOptions {
  /**
   * Whether to delete children of a directory. If the filePath parameter represents
   * a directory instead of a file, you can set recursive to true to delete the
   * directory and all of the files and subdirectories in it. If recursive is false
   * then the directory must be empty or deletion will fail.
   */
  recursive?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.getTaskFileProperties}.
 */
export interface GetTaskFilePropertiesOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
}

/**
 * Optional parameters of {@link BatchOperations.reactivateTask}.
 */
export interface ReactivateTaskOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.listSubTasks}.
 */
export interface ListSubTasksOptionalParams extends BatchOperationOptions {
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.terminateTask}.
 */
export interface TerminateTaskOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.listJobSchedules}.
 */
export interface ListJobSchedulesOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-job-schedules.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.createJobSchedule}.
 */
export interface CreateJobScheduleOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.getJobSchedule}.
 */
export interface GetJobScheduleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.replaceJobSchedule}.
 */
export interface ReplaceJobScheduleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.updateJobSchedule}.
 */
export interface UpdateJobScheduleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.deleteJobSchedule}.
 */
export interface DeleteJobScheduleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * If true, the server will delete the JobSchedule even if the corresponding nodes have not fully processed the deletion. The default value is false.
   */
  force?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.jobScheduleExists}.
 */
export interface JobScheduleExistsOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.disableJobSchedule}.
 */
export interface DisableJobScheduleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.enableJobSchedule}.
 */
export interface EnableJobScheduleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.terminateJobSchedule}.
 */
export interface TerminateJobScheduleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * If true, the server will terminate the JobSchedule even if the corresponding nodes have not fully processed the termination. The default value is false.
   */
  force?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.listPoolNodeCounts}.
 */
export interface ListPoolNodeCountsOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-support-images.
   * (sent as `$filter`)
   */
  filter?: string;
}

/**
 * Optional parameters of {@link BatchOperations.listPools}.
 */
export interface ListPoolsOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-pools.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.createPool}.
 */
export interface CreatePoolOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.getPool}.
 */
export interface GetPoolOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * An OData $expand clause.
   * (sent as `$expand`)
   */
  expand?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.updatePool}.
 */
export interface UpdatePoolOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.deletePool}.
 */
export interface DeletePoolOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.poolExists}.
 */
export interface PoolExistsOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.disablePoolAutoScale}.
 */
export interface DisablePoolAutoScaleOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.enablePoolAutoScale}.
 */
export interface EnablePoolAutoScaleOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.evaluatePoolAutoScale}.
 */
export interface EvaluatePoolAutoScaleOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.removeNodes}.
 */
export interface RemoveNodesOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.resizePool}.
 */
export interface ResizePoolOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.stopPoolResize}.
 */
export interface StopPoolResizeOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   * (sent as `If-None-Match`)
   */
  ifNoneMatch?: string;
}

/**
 * Optional parameters of {@link BatchOperations.replacePoolProperties}.
 */
export interface ReplacePoolPropertiesOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.listSupportedImages}.
 */
export interface ListSupportedImagesOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-support-images.
   * (sent as `$filter`)
   */
  filter?: string;
}

/**
 * Optional parameters of {@link BatchOperations.listNodes}.
 */
export interface ListNodesOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-nodes-in-a-pool.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.getNode}.
 */
export interface GetNodeOptionalParams extends BatchOperationOptions {
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.deallocateNode}.
 */
export interface DeallocateNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.disableNodeScheduling}.
 */
export interface DisableNodeSchedulingOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.enableNodeScheduling}.
 */
export interface EnableNodeSchedulingOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.listNodeExtensions}.
 */
export interface ListNodeExtensionsOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.getNodeExtension}.
 */
export interface GetNodeExtensionOptionalParams extends BatchOperationOptions {
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of {@link BatchOperations.listNodeFiles}.
 */
export interface ListNodeFilesOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-compute-node-files.
   * (sent as `$filter`)
   */
  filter?: string;
  /**
   * Whether to list children of a directory.
   */
  recursive?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.downloadNodeFile}.
 */
export interface DownloadNodeFileOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
  /**
   * The byte range to be retrieved. The default is to retrieve the entire file. The
   * format is bytes=startRange-endRange.
   * (sent as `ocp-range`)
   */
  ocpRange?: string;
}

/**
 * Optional parameters of {@link BatchOperations.deleteNodeFile}.
 */
export interface DeleteNodeFileOptionalParams extends BatchOperationOptions {
  /**
   * Whether to delete children of a directory. If the filePath parameter represents
   * a directory instead of a file, you can set recursive to true to delete the
   * directory and all of the files and subdirectories in it. If recursive is false
   * then the directory must be empty or deletion will fail.
   */
  recursive?: boolean;
}

/**
 * Optional parameters of {@link BatchOperations.getNodeFileProperties}.
 */
export interface GetNodeFilePropertiesOptionalParams extends BatchOperationOptions {
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   * (sent as `If-Modified-Since`)
   */
  ifModifiedSince?: Date;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   * (sent as `If-Unmodified-Since`)
   */
  ifUnmodifiedSince?: Date;
}

/**
 * Optional parameters of {@link BatchOperations.rebootNode}.
 */
export interface RebootNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.reimageNode}.
 */
export interface ReimageNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.getNodeRemoteLoginSettings}.
 */
export interface GetNodeRemoteLoginSettingsOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.startNode}.
 */
export interface StartNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.uploadNodeLogs}.
 */
export interface UploadNodeLogsOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.createNodeUser}.
 */
export interface CreateNodeUserOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.replaceNodeUser}.
 */
export interface ReplaceNodeUserOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of {@link BatchOperations.deleteNodeUser}.
 */
export interface DeleteNodeUserOptionalParams extends BatchOperationOptions {}

/**
 * What {@link BatchOperations.getTaskFileProperties} returns: the response headers, typed.
 */
export interface BatchFileProperties {
  /**
   * The length of the file.
   */
  contentLength?: number;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * Whether the object represents a directory.
   */
  isDirectory?: boolean;
  /**
   * The file mode attribute in octal format.
   */
  fileMode?: string;
  /**
   * The URL of the file.
   */
  url?: string;
  /**
   * The file creation time.
   */
  creationTime?: Date;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.createJob} returns: the response headers, typed.
 */
export interface CreateJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.createJobSchedule} returns: the response headers, typed.
 */
export interface CreateJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.createNodeUser} returns: the response headers, typed.
 */
export interface CreateNodeUserResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.createPool} returns: the response headers, typed.
 */
export interface CreatePoolResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.createTask} returns: the response headers, typed.
 */
export interface CreateTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deallocateNode} returns: the response headers, typed.
 */
export interface DeallocateNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deleteJob} returns: the response headers, typed.
 */
export interface DeleteJobResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deleteJobSchedule} returns: the response headers, typed.
 */
export interface DeleteJobScheduleResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deleteNodeFile} returns: the response headers, typed.
 */
export interface DeleteNodeFileResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deleteNodeUser} returns: the response headers, typed.
 */
export interface DeleteNodeUserResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deletePool} returns: the response headers, typed.
 */
export interface DeletePoolResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deleteTaskFile} returns: the response headers, typed.
 */
export interface DeleteTaskFileResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.deleteTask} returns: the response headers, typed.
 */
export interface DeleteTaskResult {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.disableJob} returns: the response headers, typed.
 */
export interface DisableJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.disableJobSchedule} returns: the response headers, typed.
 */
export interface DisableJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.disableNodeScheduling} returns: the response headers, typed.
 */
export interface DisableNodeSchedulingResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.disablePoolAutoScale} returns: the response headers, typed.
 */
export interface DisablePoolAutoScaleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.enableJob} returns: the response headers, typed.
 */
export interface EnableJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.enableJobSchedule} returns: the response headers, typed.
 */
export interface EnableJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.enableNodeScheduling} returns: the response headers, typed.
 */
export interface EnableNodeSchedulingResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.enablePoolAutoScale} returns: the response headers, typed.
 */
export interface EnablePoolAutoScaleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.reactivateTask} returns: the response headers, typed.
 */
export interface ReactivateTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.rebootNode} returns: the response headers, typed.
 */
export interface RebootNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.reimageNode} returns: the response headers, typed.
 */
export interface ReimageNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.removeNodes} returns: the response headers, typed.
 */
export interface RemoveNodesResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.replaceJob} returns: the response headers, typed.
 */
export interface ReplaceJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.replaceJobSchedule} returns: the response headers, typed.
 */
export interface ReplaceJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.replaceNodeUser} returns: the response headers, typed.
 */
export interface ReplaceNodeUserResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.replacePoolProperties} returns: the response headers, typed.
 */
export interface ReplacePoolPropertiesResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.replaceTask} returns: the response headers, typed.
 */
export interface ReplaceTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.resizePool} returns: the response headers, typed.
 */
export interface ResizePoolResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.startNode} returns: the response headers, typed.
 */
export interface StartNodeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.stopPoolResize} returns: the response headers, typed.
 */
export interface StopPoolResizeResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.terminateJob} returns: the response headers, typed.
 */
export interface TerminateJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.terminateJobSchedule} returns: the response headers, typed.
 */
export interface TerminateJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.terminateTask} returns: the response headers, typed.
 */
export interface TerminateTaskResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.updateJob} returns: the response headers, typed.
 */
export interface UpdateJobResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.updateJobSchedule} returns: the response headers, typed.
 */
export interface UpdateJobScheduleResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * What {@link BatchOperations.updatePool} returns: the response headers, typed.
 */
export interface UpdatePoolResult {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataServiceId?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  lastModified?: Date;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  clientRequestId?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  requestId?: string;
}

/**
 * Every operation of Azure Batch, one method each. Extended by the hand-written client, which supplies the context (the rest-level client and its error type).
 */
export abstract class BatchOperations {
  /**
   * The rest-level client and error factory the methods use.
   */
  protected abstract readonly context: BatchContext;

  /** The context's client, with its generated path types. */
  private get rest(): BatchClient {
    return this.context.client as BatchClient;
  }

  /**
   * This operation returns only Applications and versions that are available for
   * use on Compute Nodes; that is, that can be used in an Package reference. For
   * administrator information about applications and versions that are not yet
   * available to Compute Nodes, use the Azure portal or the Azure Resource Manager
   * API.
   *
   * Sends `GET /applications` (Applications_ListApplications).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listApplications(options: ListApplicationsOptionalParams = {}): PagedAsyncIterableIterator<BatchApplication> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/applications").get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchApplicationDeserializer>[0][]).map((p) => batchApplicationDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * This operation returns only Applications and versions that are available for
   * use on Compute Nodes; that is, that can be used in an Package reference. For
   * administrator information about Applications and versions that are not yet
   * available to Compute Nodes, use the Azure portal or the Azure Resource Manager
   * API.
   *
   * Sends `GET /applications/{applicationId}` (Applications_GetApplication).
   * @param applicationId - The ID of the Application
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getApplication(applicationId: string, options: GetApplicationOptionalParams = {}): Promise<BatchApplication> {
    const response = await this.rest.path("/applications/{applicationId}", applicationId).get({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchApplicationDeserializer(response.body);
  }

  /**
   * Lists all of the Jobs in the specified Account.
   *
   * Sends `GET /jobs` (Jobs_ListJobs).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listJobs(options: ListJobsOptionalParams = {}): PagedAsyncIterableIterator<BatchJob> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/jobs").get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            $select: options.select,
            $expand: options.expand,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) => (items as Parameters<typeof batchJobDeserializer>[0][]).map((p) => batchJobDeserializer(p)),
      toError: (response) => this.context.createError(response),
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
   * @param job - The Job to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async createJob(job: BatchJobCreateOptions, options: CreateJobOptionalParams = {}): Promise<CreateJobResult> {
    const response = await this.rest.path("/jobs").post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchJobCreateOptionsSerializer(job),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Gets information about the specified Job.
   *
   * Sends `GET /jobs/{jobId}` (Jobs_GetJob).
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getJob(jobId: string, options: GetJobOptionalParams = {}): Promise<BatchJob> {
    const response = await this.rest.path("/jobs/{jobId}", jobId).get({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchJobDeserializer(response.body);
  }

  /**
   * This fully replaces all the updatable properties of the Job. For example, if
   * the Job has constraints associated with it and if constraints is not specified
   * with this request, then the Batch service will remove the existing constraints.
   *
   * Sends `PUT /jobs/{jobId}` (Jobs_ReplaceJob).
   * @param jobId - The ID of the Job whose properties you want to update.
   * @param job - A job with updated properties
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async replaceJob(jobId: string, job: BatchJob, options: ReplaceJobOptionalParams = {}): Promise<ReplaceJobResult> {
    const response = await this.rest.path("/jobs/{jobId}", jobId).put({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * This replaces only the Job properties specified in the request. For example, if
   * the Job has constraints, and a request does not specify the constraints
   * element, then the Job keeps the existing constraints.
   *
   * Sends `PATCH /jobs/{jobId}` (Jobs_UpdateJob).
   * @param jobId - The ID of the Job whose properties you want to update.
   * @param job - The options to use for updating the Job.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async updateJob(
    jobId: string,
    job: BatchJobUpdateOptions,
    options: UpdateJobOptionalParams = {},
  ): Promise<UpdateJobResult> {
    const response = await this.rest.path("/jobs/{jobId}", jobId).patch({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param jobId - The ID of the Job to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deleteJob(jobId: string, options: DeleteJobOptionalParams = {}): Promise<DeleteJobResult> {
    const response = await this.rest.path("/jobs/{jobId}", jobId).delete({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param jobId - The ID of the Job to disable.
   * @param disableOptions - The options to use for disabling the Job.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async disableJob(
    jobId: string,
    disableOptions: BatchJobDisableOptions,
    options: DisableJobOptionalParams = {},
  ): Promise<DisableJobResult> {
    const response = await this.rest.path("/jobs/{jobId}/disable", jobId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param jobId - The ID of the Job to enable.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async enableJob(jobId: string, options: EnableJobOptionalParams = {}): Promise<EnableJobResult> {
    const response = await this.rest.path("/jobs/{jobId}/enable", jobId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
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
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listJobPreparationAndReleaseTaskStatus(
    jobId: string,
    options: ListJobPreparationAndReleaseTaskStatusOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchJobPreparationAndReleaseTaskStatus> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/jobs/{jobId}/jobpreparationandreleasetaskstatus", jobId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            $select: options.select,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchJobPreparationAndReleaseTaskStatusDeserializer>[0][]).map((p) =>
          batchJobPreparationAndReleaseTaskStatusDeserializer(p),
        ),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Task counts provide a count of the Tasks by active, running or completed Task
   * state, and a count of Tasks which succeeded or failed. Tasks in the preparing
   * state are counted as running. Note that the numbers returned may not always be
   * up to date. If you need exact task counts, use a list query.
   *
   * Sends `GET /jobs/{jobId}/taskcounts` (Jobs_GetJobTaskCounts).
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getJobTaskCounts(jobId: string, options: GetJobTaskCountsOptionalParams = {}): Promise<BatchTaskCountsResult> {
    const response = await this.rest.path("/jobs/{jobId}/taskcounts", jobId).get({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchTaskCountsResultDeserializer(response.body);
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
   * @param jobId - The ID of the Job to terminate.
   * @param parameters - The options to use for terminating the Job.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async terminateJob(
    jobId: string,
    parameters?: BatchJobTerminateOptions,
    options: TerminateJobOptionalParams = {},
  ): Promise<TerminateJobResult> {
    const response = await this.rest.path("/jobs/{jobId}/terminate", jobId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Lists the Jobs that have been created under the specified Job Schedule.
   *
   * Sends `GET /jobschedules/{jobScheduleId}/jobs` (Jobs_ListJobsFromSchedule).
   * @param jobScheduleId - The ID of the Job Schedule from which you want to get a list of Jobs.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listJobsFromSchedule(
    jobScheduleId: string,
    options: ListJobsFromScheduleOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchJob> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/jobschedules/{jobScheduleId}/jobs", jobScheduleId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            $select: options.select,
            $expand: options.expand,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) => (items as Parameters<typeof batchJobDeserializer>[0][]).map((p) => batchJobDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
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
   * @param jobId - The ID of the Job to which the Task collection is to be added.
   * @param taskCollection - The Tasks to be added.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async createTaskCollection(
    jobId: string,
    taskCollection: BatchTaskGroup,
    options: CreateTaskCollectionOptionalParams = {},
  ): Promise<BatchCreateTaskCollectionResult> {
    const response = await this.rest.path("/jobs/{jobId}/addtaskcollection", jobId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchTaskGroupSerializer(taskCollection),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchCreateTaskCollectionResultDeserializer(response.body);
  }

  /**
   * For multi-instance Tasks, information such as affinityId, executionInfo and
   * nodeInfo refer to the primary Task. Use the list subtasks API to retrieve
   * information about subtasks.
   *
   * Sends `GET /jobs/{jobId}/tasks` (Tasks_ListTasks).
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listTasks(jobId: string, options: ListTasksOptionalParams = {}): PagedAsyncIterableIterator<BatchTask> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/jobs/{jobId}/tasks", jobId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            $select: options.select,
            $expand: options.expand,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) => (items as Parameters<typeof batchTaskDeserializer>[0][]).map((p) => batchTaskDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * The maximum lifetime of a Task from addition to completion is 180 days. If a
   * Task has not completed within 180 days of being added it will be terminated by
   * the Batch service and left in whatever state it was in at that time.
   *
   * Sends `POST /jobs/{jobId}/tasks` (Tasks_CreateTask).
   * @param jobId - The ID of the Job to which the Task is to be created.
   * @param task - The Task to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async createTask(
    jobId: string,
    task: BatchTaskCreateOptions,
    options: CreateTaskOptionalParams = {},
  ): Promise<CreateTaskResult> {
    const response = await this.rest.path("/jobs/{jobId}/tasks", jobId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchTaskCreateOptionsSerializer(task),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * For multi-instance Tasks, information such as affinityId, executionInfo and
   * nodeInfo refer to the primary Task. Use the list subtasks API to retrieve
   * information about subtasks.
   *
   * Sends `GET /jobs/{jobId}/tasks/{taskId}` (Tasks_GetTask).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task to get information about.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getTask(jobId: string, taskId: string, options: GetTaskOptionalParams = {}): Promise<BatchTask> {
    const response = await this.rest.path("/jobs/{jobId}/tasks/{taskId}", jobId, taskId).get({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchTaskDeserializer(response.body);
  }

  /**
   * Updates the properties of the specified Task.
   *
   * Sends `PUT /jobs/{jobId}/tasks/{taskId}` (Tasks_ReplaceTask).
   * @param jobId - The ID of the Job containing the Task.
   * @param taskId - The ID of the Task to update.
   * @param task - The Task to update.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async replaceTask(
    jobId: string,
    taskId: string,
    task: BatchTask,
    options: ReplaceTaskOptionalParams = {},
  ): Promise<ReplaceTaskResult> {
    const response = await this.rest.path("/jobs/{jobId}/tasks/{taskId}", jobId, taskId).put({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param jobId - The ID of the Job from which to delete the Task.
   * @param taskId - The ID of the Task to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deleteTask(jobId: string, taskId: string, options: DeleteTaskOptionalParams = {}): Promise<DeleteTaskResult> {
    const response = await this.rest.path("/jobs/{jobId}/tasks/{taskId}", jobId, taskId).delete({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Lists the files in a Task's directory on its Compute Node.
   *
   * Sends `GET /jobs/{jobId}/tasks/{taskId}/files` (Tasks_ListTaskFiles).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose files you want to list.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listTaskFiles(
    jobId: string,
    taskId: string,
    options: ListTaskFilesOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchNodeFile> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/jobs/{jobId}/tasks/{taskId}/files", jobId, taskId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            recursive: options.recursive,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchNodeFileDeserializer>[0][]).map((p) => batchNodeFileDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Returns the content of the specified Task file.
   *
   * Sends `GET /jobs/{jobId}/tasks/{taskId}/files/{filePath}` (Tasks_GetTaskFile).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose file you want to retrieve.
   * @param filePath - The path to the Task file that you want to get the content of.
   * @param options - optional parameters.
   * @returns the file's content as a Node stream (not buffered).
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async downloadTaskFile(
    jobId: string,
    taskId: string,
    filePath: string,
    options: DownloadTaskFileOptionalParams = {},
  ): Promise<NodeJS.ReadableStream> {
    const response = await this.rest
      .path("/jobs/{jobId}/tasks/{taskId}/files/{filePath}", jobId, taskId, filePath)
      .get({
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
      })
      .asNodeStream();
    if (response.status !== "200" || response.body === undefined)
      throw this.context.createError(await readErrorBody(response));
    return response.body;
  }

  /**
   * Deletes the specified Task file from the Compute Node where the Task ran.
   *
   * Sends `DELETE /jobs/{jobId}/tasks/{taskId}/files/{filePath}` (Tasks_DeleteTaskFile).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose file you want to retrieve.
   * @param filePath - The path to the Task file that you want to get the content of.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deleteTaskFile(
    jobId: string,
    taskId: string,
    filePath: string,
    options: DeleteTaskFileOptionalParams = {},
  ): Promise<DeleteTaskFileResult> {
    const response = await this.rest
      .path("/jobs/{jobId}/tasks/{taskId}/files/{filePath}", jobId, taskId, filePath)
      .delete({
        ...operationOptionsToRequestParameters(options),
        queryParameters: compact({ timeOut: options.timeOutInSeconds, recursive: options.recursive }),
        headers: commonHeaders(options),
      });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Gets the properties of the specified Task file.
   *
   * Sends `HEAD /jobs/{jobId}/tasks/{taskId}/files/{filePath}` (Tasks_GetTaskFileProperties).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose file you want to retrieve.
   * @param filePath - The path to the Task file that you want to get the content of.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getTaskFileProperties(
    jobId: string,
    taskId: string,
    filePath: string,
    options: GetTaskFilePropertiesOptionalParams = {},
  ): Promise<BatchFileProperties> {
    const response = await this.rest
      .path("/jobs/{jobId}/tasks/{taskId}/files/{filePath}", jobId, taskId, filePath)
      .head({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      contentLength: parseNumber(response.headers["content-length"]),
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      isDirectory: parseBoolean(response.headers["ocp-batch-file-isdirectory"]),
      fileMode: response.headers["ocp-batch-file-mode"],
      url: response.headers["ocp-batch-file-url"],
      creationTime: parseDate(response.headers["ocp-creation-time"]),
      requestId: response.headers["request-id"],
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
   * @param jobId - The ID of the Job containing the Task.
   * @param taskId - The ID of the Task to reactivate.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async reactivateTask(
    jobId: string,
    taskId: string,
    options: ReactivateTaskOptionalParams = {},
  ): Promise<ReactivateTaskResult> {
    const response = await this.rest.path("/jobs/{jobId}/tasks/{taskId}/reactivate", jobId, taskId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * If the Task is not a multi-instance Task then this returns an empty collection.
   *
   * Sends `GET /jobs/{jobId}/tasks/{taskId}/subtasksinfo` (Tasks_ListSubTasks).
   * @param jobId - The ID of the Job.
   * @param taskId - The ID of the Task.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listSubTasks(
    jobId: string,
    taskId: string,
    options: ListSubTasksOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchSubtask> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/jobs/{jobId}/tasks/{taskId}/subtasksinfo", jobId, taskId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({ timeOut: options.timeOutInSeconds, $select: options.select }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchSubtaskDeserializer>[0][]).map((p) => batchSubtaskDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * When the Task has been terminated, it moves to the completed state. For
   * multi-instance Tasks, the terminate Task operation applies synchronously to the
   * primary task; subtasks are then terminated asynchronously in the background.
   *
   * Sends `POST /jobs/{jobId}/tasks/{taskId}/terminate` (Tasks_TerminateTask).
   * @param jobId - The ID of the Job containing the Task.
   * @param taskId - The ID of the Task to terminate.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async terminateTask(
    jobId: string,
    taskId: string,
    options: TerminateTaskOptionalParams = {},
  ): Promise<TerminateTaskResult> {
    const response = await this.rest.path("/jobs/{jobId}/tasks/{taskId}/terminate", jobId, taskId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Lists all of the Job Schedules in the specified Account.
   *
   * Sends `GET /jobschedules` (JobSchedules_ListJobSchedules).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listJobSchedules(options: ListJobSchedulesOptionalParams = {}): PagedAsyncIterableIterator<BatchJobSchedule> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/jobschedules").get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            $select: options.select,
            $expand: options.expand,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchJobScheduleDeserializer>[0][]).map((p) => batchJobScheduleDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Creates a Job Schedule to the specified Account.
   *
   * Sends `POST /jobschedules` (JobSchedules_CreateJobSchedule).
   * @param jobSchedule - The Job Schedule to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async createJobSchedule(
    jobSchedule: BatchJobScheduleCreateOptions,
    options: CreateJobScheduleOptionalParams = {},
  ): Promise<CreateJobScheduleResult> {
    const response = await this.rest.path("/jobschedules").post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchJobScheduleCreateOptionsSerializer(jobSchedule),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Gets information about the specified Job Schedule.
   *
   * Sends `GET /jobschedules/{jobScheduleId}` (JobSchedules_GetJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to get.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getJobSchedule(jobScheduleId: string, options: GetJobScheduleOptionalParams = {}): Promise<BatchJobSchedule> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}", jobScheduleId).get({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchJobScheduleDeserializer(response.body);
  }

  /**
   * This fully replaces all the updatable properties of the Job Schedule. For
   * example, if the schedule property is not specified with this request, then the
   * Batch service will remove the existing schedule. Changes to a Job Schedule only
   * impact Jobs created by the schedule after the update has taken place; currently
   * running Jobs are unaffected.
   *
   * Sends `PUT /jobschedules/{jobScheduleId}` (JobSchedules_ReplaceJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to update.
   * @param jobSchedule - A Job Schedule with updated properties
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async replaceJobSchedule(
    jobScheduleId: string,
    jobSchedule: BatchJobSchedule,
    options: ReplaceJobScheduleOptionalParams = {},
  ): Promise<ReplaceJobScheduleResult> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}", jobScheduleId).put({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param jobScheduleId - The ID of the Job Schedule to update.
   * @param jobSchedule - The options to use for updating the Job Schedule.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async updateJobSchedule(
    jobScheduleId: string,
    jobSchedule: BatchJobScheduleUpdateOptions,
    options: UpdateJobScheduleOptionalParams = {},
  ): Promise<UpdateJobScheduleResult> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}", jobScheduleId).patch({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param jobScheduleId - The ID of the Job Schedule to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deleteJobSchedule(
    jobScheduleId: string,
    options: DeleteJobScheduleOptionalParams = {},
  ): Promise<DeleteJobScheduleResult> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}", jobScheduleId).delete({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Checks the specified Job Schedule exists.
   *
   * Sends `HEAD /jobschedules/{jobScheduleId}` (JobSchedules_JobScheduleExists).
   * @param jobScheduleId - The ID of the Job Schedule which you want to check.
   * @param options - optional parameters.
   * @returns true when the resource exists, false on 404.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async jobScheduleExists(jobScheduleId: string, options: JobScheduleExistsOptionalParams = {}): Promise<boolean> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}", jobScheduleId).head({
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
    if (response.status === "404") return false;
    if (isUnexpected(response)) throw this.context.createError(response);
    return true;
  }

  /**
   * No new Jobs will be created until the Job Schedule is enabled again.
   *
   * Sends `POST /jobschedules/{jobScheduleId}/disable` (JobSchedules_DisableJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to disable.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async disableJobSchedule(
    jobScheduleId: string,
    options: DisableJobScheduleOptionalParams = {},
  ): Promise<DisableJobScheduleResult> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}/disable", jobScheduleId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Enables a Job Schedule.
   *
   * Sends `POST /jobschedules/{jobScheduleId}/enable` (JobSchedules_EnableJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to enable.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async enableJobSchedule(
    jobScheduleId: string,
    options: EnableJobScheduleOptionalParams = {},
  ): Promise<EnableJobScheduleResult> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}/enable", jobScheduleId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Terminates a Job Schedule.
   *
   * Sends `POST /jobschedules/{jobScheduleId}/terminate` (JobSchedules_TerminateJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to terminates.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async terminateJobSchedule(
    jobScheduleId: string,
    options: TerminateJobScheduleOptionalParams = {},
  ): Promise<TerminateJobScheduleResult> {
    const response = await this.rest.path("/jobschedules/{jobScheduleId}/terminate", jobScheduleId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Gets the number of Compute Nodes in each state, grouped by Pool. Note that the
   * numbers returned may not always be up to date. If you need exact node counts,
   * use a list query.
   *
   * Sends `GET /nodecounts` (Pools_ListPoolNodeCounts).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listPoolNodeCounts(options: ListPoolNodeCountsOptionalParams = {}): PagedAsyncIterableIterator<BatchPoolNodeCounts> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/nodecounts").get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchPoolNodeCountsDeserializer>[0][]).map((p) =>
          batchPoolNodeCountsDeserializer(p),
        ),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Lists all of the Pools in the specified Account.
   *
   * Sends `GET /pools` (Pools_ListPools).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listPools(options: ListPoolsOptionalParams = {}): PagedAsyncIterableIterator<BatchPool> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/pools").get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            $select: options.select,
            $expand: options.expand,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) => (items as Parameters<typeof batchPoolDeserializer>[0][]).map((p) => batchPoolDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * When naming Pools, avoid including sensitive information such as user names or
   * secret project names. This information may appear in telemetry logs accessible
   * to Microsoft Support engineers.
   *
   * Sends `POST /pools` (Pools_CreatePool).
   * @param pool - The Pool to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async createPool(pool: BatchPoolCreateOptions, options: CreatePoolOptionalParams = {}): Promise<CreatePoolResult> {
    const response = await this.rest.path("/pools").post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchPoolCreateOptionsSerializer(pool),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Gets information about the specified Pool.
   *
   * Sends `GET /pools/{poolId}` (Pools_GetPool).
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getPool(poolId: string, options: GetPoolOptionalParams = {}): Promise<BatchPool> {
    const response = await this.rest.path("/pools/{poolId}", poolId).get({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchPoolDeserializer(response.body);
  }

  /**
   * This only replaces the Pool properties specified in the request. For example,
   * if the Pool has a StartTask associated with it, and a request does not specify
   * a StartTask element, then the Pool keeps the existing StartTask.
   *
   * Sends `PATCH /pools/{poolId}` (Pools_UpdatePool).
   * @param poolId - The ID of the Pool to get.
   * @param pool - The pool properties to update.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async updatePool(
    poolId: string,
    pool: BatchPoolUpdateOptions,
    options: UpdatePoolOptionalParams = {},
  ): Promise<UpdatePoolResult> {
    const response = await this.rest.path("/pools/{poolId}", poolId).patch({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deletePool(poolId: string, options: DeletePoolOptionalParams = {}): Promise<DeletePoolResult> {
    const response = await this.rest.path("/pools/{poolId}", poolId).delete({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Gets basic properties of a Pool.
   *
   * Sends `HEAD /pools/{poolId}` (Pools_PoolExists).
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns true when the resource exists, false on 404.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async poolExists(poolId: string, options: PoolExistsOptionalParams = {}): Promise<boolean> {
    const response = await this.rest.path("/pools/{poolId}", poolId).head({
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
    if (response.status === "404") return false;
    if (isUnexpected(response)) throw this.context.createError(response);
    return true;
  }

  /**
   * Disables automatic scaling for a Pool.
   *
   * Sends `POST /pools/{poolId}/disableautoscale` (Pools_DisablePoolAutoScale).
   * @param poolId - The ID of the Pool on which to disable automatic scaling.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async disablePoolAutoScale(
    poolId: string,
    options: DisablePoolAutoScaleOptionalParams = {},
  ): Promise<DisablePoolAutoScaleResult> {
    const response = await this.rest.path("/pools/{poolId}/disableautoscale", poolId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param poolId - The ID of the Pool to get.
   * @param enableAutoScaleOptions - The options to use for enabling automatic scaling.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async enablePoolAutoScale(
    poolId: string,
    enableAutoScaleOptions: BatchPoolEnableAutoScaleOptions,
    options: EnablePoolAutoScaleOptionalParams = {},
  ): Promise<EnablePoolAutoScaleResult> {
    const response = await this.rest.path("/pools/{poolId}/enableautoscale", poolId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * This API is primarily for validating an autoscale formula, as it simply returns
   * the result without applying the formula to the Pool. The Pool must have auto
   * scaling enabled in order to evaluate a formula.
   *
   * Sends `POST /pools/{poolId}/evaluateautoscale` (Pools_EvaluatePoolAutoScale).
   * @param poolId - The ID of the Pool on which to evaluate the automatic scaling formula.
   * @param evaluateAutoScaleOptions - The options to use for evaluating the automatic scaling formula.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async evaluatePoolAutoScale(
    poolId: string,
    evaluateAutoScaleOptions: BatchPoolEvaluateAutoScaleOptions,
    options: EvaluatePoolAutoScaleOptionalParams = {},
  ): Promise<AutoScaleRun> {
    const response = await this.rest.path("/pools/{poolId}/evaluateautoscale", poolId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchPoolEvaluateAutoScaleOptionsSerializer(evaluateAutoScaleOptions),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return autoScaleRunDeserializer(response.body);
  }

  /**
   * This operation can only run when the allocation state of the Pool is steady.
   * When this operation runs, the allocation state changes from steady to resizing.
   * Each request may remove up to 100 nodes.
   *
   * Sends `POST /pools/{poolId}/removenodes` (Pools_RemoveNodes).
   * @param poolId - The ID of the Pool to get.
   * @param removeOptions - The options to use for removing the node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async removeNodes(
    poolId: string,
    removeOptions: BatchNodeRemoveOptions,
    options: RemoveNodesOptionalParams = {},
  ): Promise<RemoveNodesResult> {
    const response = await this.rest.path("/pools/{poolId}/removenodes", poolId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param poolId - The ID of the Pool to get.
   * @param resizeOptions - The options to use for resizing the pool.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async resizePool(
    poolId: string,
    resizeOptions: BatchPoolResizeOptions,
    options: ResizePoolOptionalParams = {},
  ): Promise<ResizePoolResult> {
    const response = await this.rest.path("/pools/{poolId}/resize", poolId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
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
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async stopPoolResize(poolId: string, options: StopPoolResizeOptionalParams = {}): Promise<StopPoolResizeResult> {
    const response = await this.rest.path("/pools/{poolId}/stopresize", poolId).post({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * This fully replaces all the updatable properties of the Pool. For example, if
   * the Pool has a StartTask associated with it and if StartTask is not specified
   * with this request, then the Batch service will remove the existing StartTask.
   *
   * Sends `POST /pools/{poolId}/updateproperties` (Pools_ReplacePoolProperties).
   * @param poolId - The ID of the Pool to update.
   * @param pool - The options to use for replacing properties on the pool.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async replacePoolProperties(
    poolId: string,
    pool: BatchPoolReplaceOptions,
    options: ReplacePoolPropertiesOptionalParams = {},
  ): Promise<ReplacePoolPropertiesResult> {
    const response = await this.rest.path("/pools/{poolId}/updateproperties", poolId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchPoolReplaceOptionsSerializer(pool),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Lists all Virtual Machine Images supported by the Azure Batch service.
   *
   * Sends `GET /supportedimages` (Pools_ListSupportedImages).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listSupportedImages(
    options: ListSupportedImagesOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchSupportedImage> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/supportedimages").get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchSupportedImageDeserializer>[0][]).map((p) =>
          batchSupportedImageDeserializer(p),
        ),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Lists the Compute Nodes in the specified Pool.
   *
   * Sends `GET /pools/{poolId}/nodes` (Nodes_ListNodes).
   * @param poolId - The ID of the Pool from which you want to list Compute Nodes.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listNodes(poolId: string, options: ListNodesOptionalParams = {}): PagedAsyncIterableIterator<BatchNode> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/pools/{poolId}/nodes", poolId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            $select: options.select,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) => (items as Parameters<typeof batchNodeDeserializer>[0][]).map((p) => batchNodeDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Gets information about the specified Compute Node.
   *
   * Sends `GET /pools/{poolId}/nodes/{nodeId}` (Nodes_GetNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to get information about.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getNode(poolId: string, nodeId: string, options: GetNodeOptionalParams = {}): Promise<BatchNode> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}", poolId, nodeId).get({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds, $select: options.select }),
      headers: commonHeaders(options),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchNodeDeserializer(response.body);
  }

  /**
   * You can deallocate a Compute Node only if it is in an idle or running state.
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/deallocate` (Nodes_DeallocateNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for deallocating the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deallocateNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeDeallocateOptions,
    options: DeallocateNodeOptionalParams = {},
  ): Promise<DeallocateNodeResult> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/deallocate", poolId, nodeId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: parameters === undefined ? undefined : batchNodeDeallocateOptionsSerializer(parameters),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * You can disable Task scheduling on a Compute Node only if its current
   * scheduling state is enabled.
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/disablescheduling` (Nodes_DisableNodeScheduling).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node on which you want to disable Task scheduling.
   * @param parameters - The options to use for disabling scheduling on the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async disableNodeScheduling(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeDisableSchedulingOptions,
    options: DisableNodeSchedulingOptionalParams = {},
  ): Promise<DisableNodeSchedulingResult> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/disablescheduling", poolId, nodeId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: parameters === undefined ? undefined : batchNodeDisableSchedulingOptionsSerializer(parameters),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * You can enable Task scheduling on a Compute Node only if its current scheduling
   * state is disabled
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/enablescheduling` (Nodes_EnableNodeScheduling).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node on which you want to enable Task scheduling.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async enableNodeScheduling(
    poolId: string,
    nodeId: string,
    options: EnableNodeSchedulingOptionalParams = {},
  ): Promise<EnableNodeSchedulingResult> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/enablescheduling", poolId, nodeId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Lists the Compute Nodes Extensions in the specified Pool.
   *
   * Sends `GET /pools/{poolId}/nodes/{nodeId}/extensions` (Nodes_ListNodeExtensions).
   * @param poolId - The ID of the Pool that contains Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to list extensions.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listNodeExtensions(
    poolId: string,
    nodeId: string,
    options: ListNodeExtensionsOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchNodeVMExtension> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/pools/{poolId}/nodes/{nodeId}/extensions", poolId, nodeId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $select: options.select,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchNodeVMExtensionDeserializer>[0][]).map((p) =>
          batchNodeVMExtensionDeserializer(p),
        ),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Gets information about the specified Compute Node Extension.
   *
   * Sends `GET /pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}` (Nodes_GetNodeExtension).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that contains the extensions.
   * @param extensionName - The name of the Compute Node Extension that you want to get information about.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getNodeExtension(
    poolId: string,
    nodeId: string,
    extensionName: string,
    options: GetNodeExtensionOptionalParams = {},
  ): Promise<BatchNodeVMExtension> {
    const response = await this.rest
      .path("/pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}", poolId, nodeId, extensionName)
      .get({
        ...operationOptionsToRequestParameters(options),
        queryParameters: compact({ timeOut: options.timeOutInSeconds, $select: options.select }),
        headers: commonHeaders(options),
      });
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchNodeVMExtensionDeserializer(response.body);
  }

  /**
   * Lists all of the files in Task directories on the specified Compute Node.
   *
   * Sends `GET /pools/{poolId}/nodes/{nodeId}/files` (Nodes_ListNodeFiles).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node whose files you want to list.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listNodeFiles(
    poolId: string,
    nodeId: string,
    options: ListNodeFilesOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchNodeFile> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/pools/{poolId}/nodes/{nodeId}/files", poolId, nodeId).get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({
            timeOut: options.timeOutInSeconds,
            maxresults: maxPageSize ?? options.maxresults,
            $filter: options.filter,
            recursive: options.recursive,
          }),
          headers: commonHeaders(options),
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
      expectedStatus: "200",
      toItems: (items) =>
        (items as Parameters<typeof batchNodeFileDeserializer>[0][]).map((p) => batchNodeFileDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Returns the content of the specified Compute Node file.
   *
   * Sends `GET /pools/{poolId}/nodes/{nodeId}/files/{filePath}` (Nodes_GetNodeFile).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node.
   * @param filePath - The path to the file or directory.
   * @param options - optional parameters.
   * @returns the file's content as a Node stream (not buffered).
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async downloadNodeFile(
    poolId: string,
    nodeId: string,
    filePath: string,
    options: DownloadNodeFileOptionalParams = {},
  ): Promise<NodeJS.ReadableStream> {
    const response = await this.rest
      .path("/pools/{poolId}/nodes/{nodeId}/files/{filePath}", poolId, nodeId, filePath)
      .get({
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
      })
      .asNodeStream();
    if (response.status !== "200" || response.body === undefined)
      throw this.context.createError(await readErrorBody(response));
    return response.body;
  }

  /**
   * Deletes the specified file from the Compute Node.
   *
   * Sends `DELETE /pools/{poolId}/nodes/{nodeId}/files/{filePath}` (Nodes_DeleteNodeFile).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node.
   * @param filePath - The path to the file or directory.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deleteNodeFile(
    poolId: string,
    nodeId: string,
    filePath: string,
    options: DeleteNodeFileOptionalParams = {},
  ): Promise<DeleteNodeFileResult> {
    const response = await this.rest
      .path("/pools/{poolId}/nodes/{nodeId}/files/{filePath}", poolId, nodeId, filePath)
      .delete({
        ...operationOptionsToRequestParameters(options),
        queryParameters: compact({ timeOut: options.timeOutInSeconds, recursive: options.recursive }),
        headers: commonHeaders(options),
      });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Gets the properties of the specified Compute Node file.
   *
   * Sends `HEAD /pools/{poolId}/nodes/{nodeId}/files/{filePath}` (Nodes_GetNodeFileProperties).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node.
   * @param filePath - The path to the file or directory.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getNodeFileProperties(
    poolId: string,
    nodeId: string,
    filePath: string,
    options: GetNodeFilePropertiesOptionalParams = {},
  ): Promise<BatchFileProperties> {
    const response = await this.rest
      .path("/pools/{poolId}/nodes/{nodeId}/files/{filePath}", poolId, nodeId, filePath)
      .head({
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
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      contentLength: parseNumber(response.headers["content-length"]),
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      isDirectory: parseBoolean(response.headers["ocp-batch-file-isdirectory"]),
      fileMode: response.headers["ocp-batch-file-mode"],
      url: response.headers["ocp-batch-file-url"],
      creationTime: parseDate(response.headers["ocp-creation-time"]),
      requestId: response.headers["request-id"],
    });
  }

  /**
   * You can restart a Compute Node only if it is in an idle or running state.
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/reboot` (Nodes_RebootNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for rebooting the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async rebootNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeRebootOptions,
    options: RebootNodeOptionalParams = {},
  ): Promise<RebootNodeResult> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/reboot", poolId, nodeId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: parameters === undefined ? undefined : batchNodeRebootOptionsSerializer(parameters),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * You can reinstall the operating system on a Compute Node only if it is in an
   * idle or running state. This API can be invoked only on Pools created with the
   * cloud service configuration property.
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/reimage` (Nodes_ReimageNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for reimaging the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async reimageNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeReimageOptions,
    options: ReimageNodeOptionalParams = {},
  ): Promise<ReimageNodeResult> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/reimage", poolId, nodeId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: parameters === undefined ? undefined : batchNodeReimageOptionsSerializer(parameters),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * Before you can remotely login to a Compute Node using the remote login settings, you must create a user Account on the Compute Node and configure access ports for SSH and RDP. For more information, see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration
   *
   * Sends `GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings` (Nodes_GetNodeRemoteLoginSettings).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node for which to obtain the remote login settings.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getNodeRemoteLoginSettings(
    poolId: string,
    nodeId: string,
    options: GetNodeRemoteLoginSettingsOptionalParams = {},
  ): Promise<BatchNodeRemoteLoginSettings> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/remoteloginsettings", poolId, nodeId).get({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return batchNodeRemoteLoginSettingsDeserializer(response.body);
  }

  /**
   * You can start a Compute Node only if it has been deallocated.
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/start` (Nodes_StartNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async startNode(poolId: string, nodeId: string, options: StartNodeOptionalParams = {}): Promise<StartNodeResult> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/start", poolId, nodeId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * This is for gathering Azure Batch service log files in an automated fashion
   * from Compute Nodes if you are experiencing an error and wish to escalate to
   * Azure support. The Azure Batch service log files should be shared with Azure
   * support to aid in debugging issues with the Batch service.
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs` (Nodes_UploadNodeLogs).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node for which you want to get the Remote Desktop Protocol file.
   * @param uploadOptions - The Azure Batch service log files upload options.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async uploadNodeLogs(
    poolId: string,
    nodeId: string,
    uploadOptions: UploadBatchServiceLogsOptions,
    options: UploadNodeLogsOptionalParams = {},
  ): Promise<UploadBatchServiceLogsResult> {
    const response = await this.rest
      .path("/pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs", poolId, nodeId)
      .post({
        ...operationOptionsToRequestParameters(options),
        queryParameters: compact({ timeOut: options.timeOutInSeconds }),
        headers: commonHeaders(options),
        contentType: "application/json; odata=minimalmetadata",
        body: uploadBatchServiceLogsOptionsSerializer(uploadOptions),
      });
    if (isUnexpected(response)) throw this.context.createError(response);
    return uploadBatchServiceLogsResultDeserializer(response.body);
  }

  /**
   * You can add a user Account to a Compute Node only when it is in the idle or
   * running state. Before you can remotely login to a Compute Node you must configure access ports for SSH and RDP. For more information, see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration
   *
   * Sends `POST /pools/{poolId}/nodes/{nodeId}/users` (Nodes_CreateNodeUser).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the machine on which you want to create a user Account.
   * @param user - The options to use for creating the user.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async createNodeUser(
    poolId: string,
    nodeId: string,
    user: BatchNodeUserCreateOptions,
    options: CreateNodeUserOptionalParams = {},
  ): Promise<CreateNodeUserResult> {
    const response = await this.rest.path("/pools/{poolId}/nodes/{nodeId}/users", poolId, nodeId).post({
      ...operationOptionsToRequestParameters(options),
      queryParameters: compact({ timeOut: options.timeOutInSeconds }),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: batchNodeUserCreateOptionsSerializer(user),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * This operation replaces of all the updatable properties of the Account. For
   * example, if the expiryTime element is not specified, the current value is
   * replaced with the default value, not left unmodified. You can update a user
   * Account on a Compute Node only when it is in the idle or running state.
   *
   * Sends `PUT /pools/{poolId}/nodes/{nodeId}/users/{userName}` (Nodes_ReplaceNodeUser).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the machine on which you want to update a user Account.
   * @param userName - The name of the user Account to update.
   * @param updateOptions - The options to use for updating the user.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async replaceNodeUser(
    poolId: string,
    nodeId: string,
    userName: string,
    updateOptions: BatchNodeUserUpdateOptions,
    options: ReplaceNodeUserOptionalParams = {},
  ): Promise<ReplaceNodeUserResult> {
    const response = await this.rest
      .path("/pools/{poolId}/nodes/{nodeId}/users/{userName}", poolId, nodeId, userName)
      .put({
        ...operationOptionsToRequestParameters(options),
        queryParameters: compact({ timeOut: options.timeOutInSeconds }),
        headers: commonHeaders(options),
        contentType: "application/json; odata=minimalmetadata",
        body: batchNodeUserUpdateOptionsSerializer(updateOptions),
      });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      dataServiceId: response.headers["dataserviceid"],
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }

  /**
   * You can delete a user Account to a Compute Node only when it is in the idle or
   * running state. Before you can remotely login to a Compute Node you must configure
   * access ports for SSH and RDP. For more information, see https://learn.microsoft.com/azure/batch/pool-endpoint-configuration
   *
   * Sends `DELETE /pools/{poolId}/nodes/{nodeId}/users/{userName}` (Nodes_DeleteNodeUser).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the machine on which you want to delete a user Account.
   * @param userName - The name of the user Account to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async deleteNodeUser(
    poolId: string,
    nodeId: string,
    userName: string,
    options: DeleteNodeUserOptionalParams = {},
  ): Promise<DeleteNodeUserResult> {
    const response = await this.rest
      .path("/pools/{poolId}/nodes/{nodeId}/users/{userName}", poolId, nodeId, userName)
      .delete({
        ...operationOptionsToRequestParameters(options),
        queryParameters: compact({ timeOut: options.timeOutInSeconds }),
        headers: commonHeaders(options),
      });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      clientRequestId: response.headers["client-request-id"],
      requestId: response.headers["request-id"],
    });
  }
}

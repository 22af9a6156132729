// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";
import type { RequestParameters } from "@azure-rest/core-client";
import type {
  BatchJob,
  BatchJobCreateOptions,
  BatchJobDisableOptions,
  BatchJobSchedule,
  BatchJobScheduleCreateOptions,
  BatchJobScheduleUpdateOptions,
  BatchJobTerminateOptions,
  BatchJobUpdateOptions,
  BatchNodeDeallocateOptions,
  BatchNodeDisableSchedulingOptions,
  BatchNodeRebootOptions,
  BatchNodeReimageOptions,
  BatchNodeRemoveOptions,
  BatchNodeUserCreateOptions,
  BatchNodeUserUpdateOptions,
  BatchPoolCreateOptions,
  BatchPoolEnableAutoScaleOptions,
  BatchPoolEvaluateAutoScaleOptions,
  BatchPoolReplaceOptions,
  BatchPoolResizeOptions,
  BatchPoolUpdateOptions,
  BatchTask,
  BatchTaskCreateOptions,
  BatchTaskGroup,
  UploadBatchServiceLogsOptions,
} from "./models.js";

/**
 * Request headers of Applications_ListApplications.
 */
export interface ListApplicationsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Applications_ListApplications.
 */
export interface ListApplicationsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
}

/**
 * The query parameters of Applications_ListApplications.
 */
export interface ListApplicationsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListApplicationsQueryParamProperties;
}

/**
 * The header parameters of Applications_ListApplications.
 */
export interface ListApplicationsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListApplicationsHeaders;
}

/**
 * The parameters of Applications_ListApplications.
 */
export type ListApplicationsParameters = ListApplicationsQueryParam & ListApplicationsHeaderParam & RequestParameters;

/**
 * Request headers of Applications_GetApplication.
 */
export interface GetApplicationHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Applications_GetApplication.
 */
export interface GetApplicationQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Applications_GetApplication.
 */
export interface GetApplicationQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetApplicationQueryParamProperties;
}

/**
 * The header parameters of Applications_GetApplication.
 */
export interface GetApplicationHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetApplicationHeaders;
}

/**
 * The parameters of Applications_GetApplication.
 */
export type GetApplicationParameters = GetApplicationQueryParam & GetApplicationHeaderParam & RequestParameters;

/**
 * Request headers of Jobs_ListJobs.
 */
export interface ListJobsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Jobs_ListJobs.
 */
export interface ListJobsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-jobs.
   */
  $filter?: string;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of Jobs_ListJobs.
 */
export interface ListJobsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListJobsQueryParamProperties;
}

/**
 * The header parameters of Jobs_ListJobs.
 */
export interface ListJobsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListJobsHeaders;
}

/**
 * The parameters of Jobs_ListJobs.
 */
export type ListJobsParameters = ListJobsQueryParam & ListJobsHeaderParam & RequestParameters;

/**
 * Request headers of Jobs_CreateJob.
 */
export interface CreateJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Jobs_CreateJob.
 */
export interface CreateJobBodyParam {
  /**
   * The Job to be created.
   */
  body: BatchJobCreateOptions;
}

/**
 * Query parameters of Jobs_CreateJob.
 */
export interface CreateJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Jobs_CreateJob.
 */
export interface CreateJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: CreateJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_CreateJob.
 */
export interface CreateJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & CreateJobHeaders;
}

/**
 * The content type of Jobs_CreateJob.
 */
export interface CreateJobMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Jobs_CreateJob.
 */
export type CreateJobParameters = CreateJobBodyParam &
  CreateJobQueryParam &
  CreateJobHeaderParam &
  CreateJobMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Jobs_GetJob.
 */
export interface GetJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Jobs_GetJob.
 */
export interface GetJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of Jobs_GetJob.
 */
export interface GetJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_GetJob.
 */
export interface GetJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetJobHeaders;
}

/**
 * The parameters of Jobs_GetJob.
 */
export type GetJobParameters = GetJobQueryParam & GetJobHeaderParam & RequestParameters;

/**
 * Request headers of Jobs_ReplaceJob.
 */
export interface ReplaceJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Jobs_ReplaceJob.
 */
export interface ReplaceJobBodyParam {
  /**
   * A job with updated properties
   */
  body: BatchJob;
}

/**
 * Query parameters of Jobs_ReplaceJob.
 */
export interface ReplaceJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Jobs_ReplaceJob.
 */
export interface ReplaceJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ReplaceJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_ReplaceJob.
 */
export interface ReplaceJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ReplaceJobHeaders;
}

/**
 * The content type of Jobs_ReplaceJob.
 */
export interface ReplaceJobMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Jobs_ReplaceJob.
 */
export type ReplaceJobParameters = ReplaceJobBodyParam &
  ReplaceJobQueryParam &
  ReplaceJobHeaderParam &
  ReplaceJobMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Jobs_UpdateJob.
 */
export interface UpdateJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Jobs_UpdateJob.
 */
export interface UpdateJobBodyParam {
  /**
   * The options to use for updating the Job.
   */
  body: BatchJobUpdateOptions;
}

/**
 * Query parameters of Jobs_UpdateJob.
 */
export interface UpdateJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Jobs_UpdateJob.
 */
export interface UpdateJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: UpdateJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_UpdateJob.
 */
export interface UpdateJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & UpdateJobHeaders;
}

/**
 * The content type of Jobs_UpdateJob.
 */
export interface UpdateJobMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Jobs_UpdateJob.
 */
export type UpdateJobParameters = UpdateJobBodyParam &
  UpdateJobQueryParam &
  UpdateJobHeaderParam &
  UpdateJobMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Jobs_DeleteJob.
 */
export interface DeleteJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Jobs_DeleteJob.
 */
export interface DeleteJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * If true, the server will delete the Job even if the corresponding nodes have not fully processed the deletion. The default value is false.
   */
  force?: boolean;
}

/**
 * The query parameters of Jobs_DeleteJob.
 */
export interface DeleteJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeleteJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_DeleteJob.
 */
export interface DeleteJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeleteJobHeaders;
}

/**
 * The parameters of Jobs_DeleteJob.
 */
export type DeleteJobParameters = DeleteJobQueryParam & DeleteJobHeaderParam & RequestParameters;

/**
 * Request headers of Jobs_DisableJob.
 */
export interface DisableJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Jobs_DisableJob.
 */
export interface DisableJobBodyParam {
  /**
   * The options to use for disabling the Job.
   */
  body: BatchJobDisableOptions;
}

/**
 * Query parameters of Jobs_DisableJob.
 */
export interface DisableJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Jobs_DisableJob.
 */
export interface DisableJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DisableJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_DisableJob.
 */
export interface DisableJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DisableJobHeaders;
}

/**
 * The content type of Jobs_DisableJob.
 */
export interface DisableJobMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Jobs_DisableJob.
 */
export type DisableJobParameters = DisableJobBodyParam &
  DisableJobQueryParam &
  DisableJobHeaderParam &
  DisableJobMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Jobs_EnableJob.
 */
export interface EnableJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Jobs_EnableJob.
 */
export interface EnableJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Jobs_EnableJob.
 */
export interface EnableJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: EnableJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_EnableJob.
 */
export interface EnableJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & EnableJobHeaders;
}

/**
 * The parameters of Jobs_EnableJob.
 */
export type EnableJobParameters = EnableJobQueryParam & EnableJobHeaderParam & RequestParameters;

/**
 * Request headers of Jobs_ListJobPreparationAndReleaseTaskStatus.
 */
export interface ListJobPreparationAndReleaseTaskStatusHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Jobs_ListJobPreparationAndReleaseTaskStatus.
 */
export interface ListJobPreparationAndReleaseTaskStatusQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-job-preparation-and-release-status.
   */
  $filter?: string;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
}

/**
 * The query parameters of Jobs_ListJobPreparationAndReleaseTaskStatus.
 */
export interface ListJobPreparationAndReleaseTaskStatusQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListJobPreparationAndReleaseTaskStatusQueryParamProperties;
}

/**
 * The header parameters of Jobs_ListJobPreparationAndReleaseTaskStatus.
 */
export interface ListJobPreparationAndReleaseTaskStatusHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListJobPreparationAndReleaseTaskStatusHeaders;
}

/**
 * The parameters of Jobs_ListJobPreparationAndReleaseTaskStatus.
 */
export type ListJobPreparationAndReleaseTaskStatusParameters = ListJobPreparationAndReleaseTaskStatusQueryParam &
  ListJobPreparationAndReleaseTaskStatusHeaderParam &
  RequestParameters;

/**
 * Request headers of Jobs_GetJobTaskCounts.
 */
export interface GetJobTaskCountsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Jobs_GetJobTaskCounts.
 */
export interface GetJobTaskCountsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Jobs_GetJobTaskCounts.
 */
export interface GetJobTaskCountsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetJobTaskCountsQueryParamProperties;
}

/**
 * The header parameters of Jobs_GetJobTaskCounts.
 */
export interface GetJobTaskCountsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetJobTaskCountsHeaders;
}

/**
 * The parameters of Jobs_GetJobTaskCounts.
 */
export type GetJobTaskCountsParameters = GetJobTaskCountsQueryParam & GetJobTaskCountsHeaderParam & RequestParameters;

/**
 * Request headers of Jobs_TerminateJob.
 */
export interface TerminateJobHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Jobs_TerminateJob.
 */
export interface TerminateJobBodyParam {
  /**
   * The options to use for terminating the Job.
   */
  body?: BatchJobTerminateOptions;
}

/**
 * Query parameters of Jobs_TerminateJob.
 */
export interface TerminateJobQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * If true, the server will terminate the Job even if the corresponding nodes have not fully processed the termination. The default value is false.
   */
  force?: boolean;
}

/**
 * The query parameters of Jobs_TerminateJob.
 */
export interface TerminateJobQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: TerminateJobQueryParamProperties;
}

/**
 * The header parameters of Jobs_TerminateJob.
 */
export interface TerminateJobHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & TerminateJobHeaders;
}

/**
 * The content type of Jobs_TerminateJob.
 */
export interface TerminateJobMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Jobs_TerminateJob.
 */
export type TerminateJobParameters = TerminateJobBodyParam &
  TerminateJobQueryParam &
  TerminateJobHeaderParam &
  TerminateJobMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Jobs_ListJobsFromSchedule.
 */
export interface ListJobsFromScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Jobs_ListJobsFromSchedule.
 */
export interface ListJobsFromScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-jobs-in-a-job-schedule.
   */
  $filter?: string;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of Jobs_ListJobsFromSchedule.
 */
export interface ListJobsFromScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListJobsFromScheduleQueryParamProperties;
}

/**
 * The header parameters of Jobs_ListJobsFromSchedule.
 */
export interface ListJobsFromScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListJobsFromScheduleHeaders;
}

/**
 * The parameters of Jobs_ListJobsFromSchedule.
 */
export type ListJobsFromScheduleParameters = ListJobsFromScheduleQueryParam &
  ListJobsFromScheduleHeaderParam &
  RequestParameters;

/**
 * Request headers of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollectionHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollectionBodyParam {
  /**
   * The Tasks to be added.
   */
  body: BatchTaskGroup;
}

/**
 * Query parameters of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollectionQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollectionQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: CreateTaskCollectionQueryParamProperties;
}

/**
 * The header parameters of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollectionHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & CreateTaskCollectionHeaders;
}

/**
 * The content type of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollectionMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Tasks_CreateTaskCollection.
 */
export type CreateTaskCollectionParameters = CreateTaskCollectionBodyParam &
  CreateTaskCollectionQueryParam &
  CreateTaskCollectionHeaderParam &
  CreateTaskCollectionMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Tasks_ListTasks.
 */
export interface ListTasksHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Tasks_ListTasks.
 */
export interface ListTasksQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-tasks.
   */
  $filter?: string;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of Tasks_ListTasks.
 */
export interface ListTasksQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListTasksQueryParamProperties;
}

/**
 * The header parameters of Tasks_ListTasks.
 */
export interface ListTasksHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListTasksHeaders;
}

/**
 * The parameters of Tasks_ListTasks.
 */
export type ListTasksParameters = ListTasksQueryParam & ListTasksHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_CreateTask.
 */
export interface CreateTaskHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Tasks_CreateTask.
 */
export interface CreateTaskBodyParam {
  /**
   * The Task to be created.
   */
  body: BatchTaskCreateOptions;
}

/**
 * Query parameters of Tasks_CreateTask.
 */
export interface CreateTaskQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_CreateTask.
 */
export interface CreateTaskQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: CreateTaskQueryParamProperties;
}

/**
 * The header parameters of Tasks_CreateTask.
 */
export interface CreateTaskHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & CreateTaskHeaders;
}

/**
 * The content type of Tasks_CreateTask.
 */
export interface CreateTaskMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Tasks_CreateTask.
 */
export type CreateTaskParameters = CreateTaskBodyParam &
  CreateTaskQueryParam &
  CreateTaskHeaderParam &
  CreateTaskMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Tasks_GetTask.
 */
export interface GetTaskHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Tasks_GetTask.
 */
export interface GetTaskQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of Tasks_GetTask.
 */
export interface GetTaskQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetTaskQueryParamProperties;
}

/**
 * The header parameters of Tasks_GetTask.
 */
export interface GetTaskHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetTaskHeaders;
}

/**
 * The parameters of Tasks_GetTask.
 */
export type GetTaskParameters = GetTaskQueryParam & GetTaskHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_ReplaceTask.
 */
export interface ReplaceTaskHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Tasks_ReplaceTask.
 */
export interface ReplaceTaskBodyParam {
  /**
   * The Task to update.
   */
  body: BatchTask;
}

/**
 * Query parameters of Tasks_ReplaceTask.
 */
export interface ReplaceTaskQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_ReplaceTask.
 */
export interface ReplaceTaskQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ReplaceTaskQueryParamProperties;
}

/**
 * The header parameters of Tasks_ReplaceTask.
 */
export interface ReplaceTaskHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ReplaceTaskHeaders;
}

/**
 * The content type of Tasks_ReplaceTask.
 */
export interface ReplaceTaskMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Tasks_ReplaceTask.
 */
export type ReplaceTaskParameters = ReplaceTaskBodyParam &
  ReplaceTaskQueryParam &
  ReplaceTaskHeaderParam &
  ReplaceTaskMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Tasks_DeleteTask.
 */
export interface DeleteTaskHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Tasks_DeleteTask.
 */
export interface DeleteTaskQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_DeleteTask.
 */
export interface DeleteTaskQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeleteTaskQueryParamProperties;
}

/**
 * The header parameters of Tasks_DeleteTask.
 */
export interface DeleteTaskHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeleteTaskHeaders;
}

/**
 * The parameters of Tasks_DeleteTask.
 */
export type DeleteTaskParameters = DeleteTaskQueryParam & DeleteTaskHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_ListTaskFiles.
 */
export interface ListTaskFilesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Tasks_ListTaskFiles.
 */
export interface ListTaskFilesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-task-files.
   */
  $filter?: string;
  /**
   * Whether to list children of the Task directory. This parameter can be used in
   * combination with the filter parameter to list specific type of files.
   */
  recursive?: boolean;
}

/**
 * The query parameters of Tasks_ListTaskFiles.
 */
export interface ListTaskFilesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListTaskFilesQueryParamProperties;
}

/**
 * The header parameters of Tasks_ListTaskFiles.
 */
export interface ListTaskFilesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListTaskFilesHeaders;
}

/**
 * The parameters of Tasks_ListTaskFiles.
 */
export type ListTaskFilesParameters = ListTaskFilesQueryParam & ListTaskFilesHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_GetTaskFile.
 */
export interface GetTaskFileHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * The byte range to be retrieved. The default is to retrieve the entire file. The
   * format is bytes=startRange-endRange.
   */
  "ocp-range"?: string;
}

/**
 * Query parameters of Tasks_GetTaskFile.
 */
export interface GetTaskFileQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_GetTaskFile.
 */
export interface GetTaskFileQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetTaskFileQueryParamProperties;
}

/**
 * The header parameters of Tasks_GetTaskFile.
 */
export interface GetTaskFileHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetTaskFileHeaders;
}

/**
 * The parameters of Tasks_GetTaskFile.
 */
export type GetTaskFileParameters = GetTaskFileQueryParam & GetTaskFileHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_DeleteTaskFile.
 */
export interface DeleteTaskFileHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Tasks_DeleteTaskFile.
 */
export interface DeleteTaskFileQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * Whether to delete children of a directory. If the filePath parameter represents
   * a directory instead of a file, you can set recursive to true to delete the
   * directory and all of the files and subdirectories in it. If recursive is false
   * then the directory must be empty or deletion will fail.
   */
  recursive?: boolean;
}

/**
 * The query parameters of Tasks_DeleteTaskFile.
 */
export interface DeleteTaskFileQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeleteTaskFileQueryParamProperties;
}

/**
 * The header parameters of Tasks_DeleteTaskFile.
 */
export interface DeleteTaskFileHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeleteTaskFileHeaders;
}

/**
 * The parameters of Tasks_DeleteTaskFile.
 */
export type DeleteTaskFileParameters = DeleteTaskFileQueryParam & DeleteTaskFileHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_GetTaskFileProperties.
 */
export interface GetTaskFilePropertiesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
}

/**
 * Query parameters of Tasks_GetTaskFileProperties.
 */
export interface GetTaskFilePropertiesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_GetTaskFileProperties.
 */
export interface GetTaskFilePropertiesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetTaskFilePropertiesQueryParamProperties;
}

/**
 * The header parameters of Tasks_GetTaskFileProperties.
 */
export interface GetTaskFilePropertiesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetTaskFilePropertiesHeaders;
}

/**
 * The parameters of Tasks_GetTaskFileProperties.
 */
export type GetTaskFilePropertiesParameters = GetTaskFilePropertiesQueryParam &
  GetTaskFilePropertiesHeaderParam &
  RequestParameters;

/**
 * Request headers of Tasks_ReactivateTask.
 */
export interface ReactivateTaskHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Tasks_ReactivateTask.
 */
export interface ReactivateTaskQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_ReactivateTask.
 */
export interface ReactivateTaskQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ReactivateTaskQueryParamProperties;
}

/**
 * The header parameters of Tasks_ReactivateTask.
 */
export interface ReactivateTaskHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ReactivateTaskHeaders;
}

/**
 * The parameters of Tasks_ReactivateTask.
 */
export type ReactivateTaskParameters = ReactivateTaskQueryParam & ReactivateTaskHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_ListSubTasks.
 */
export interface ListSubTasksHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Tasks_ListSubTasks.
 */
export interface ListSubTasksQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
}

/**
 * The query parameters of Tasks_ListSubTasks.
 */
export interface ListSubTasksQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListSubTasksQueryParamProperties;
}

/**
 * The header parameters of Tasks_ListSubTasks.
 */
export interface ListSubTasksHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListSubTasksHeaders;
}

/**
 * The parameters of Tasks_ListSubTasks.
 */
export type ListSubTasksParameters = ListSubTasksQueryParam & ListSubTasksHeaderParam & RequestParameters;

/**
 * Request headers of Tasks_TerminateTask.
 */
export interface TerminateTaskHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Tasks_TerminateTask.
 */
export interface TerminateTaskQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Tasks_TerminateTask.
 */
export interface TerminateTaskQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: TerminateTaskQueryParamProperties;
}

/**
 * The header parameters of Tasks_TerminateTask.
 */
export interface TerminateTaskHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & TerminateTaskHeaders;
}

/**
 * The parameters of Tasks_TerminateTask.
 */
export type TerminateTaskParameters = TerminateTaskQueryParam & TerminateTaskHeaderParam & RequestParameters;

/**
 * Request headers of JobSchedules_ListJobSchedules.
 */
export interface ListJobSchedulesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of JobSchedules_ListJobSchedules.
 */
export interface ListJobSchedulesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-job-schedules.
   */
  $filter?: string;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of JobSchedules_ListJobSchedules.
 */
export interface ListJobSchedulesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListJobSchedulesQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_ListJobSchedules.
 */
export interface ListJobSchedulesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListJobSchedulesHeaders;
}

/**
 * The parameters of JobSchedules_ListJobSchedules.
 */
export type ListJobSchedulesParameters = ListJobSchedulesQueryParam & ListJobSchedulesHeaderParam & RequestParameters;

/**
 * Request headers of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobScheduleBodyParam {
  /**
   * The Job Schedule to be created.
   */
  body: BatchJobScheduleCreateOptions;
}

/**
 * Query parameters of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: CreateJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & CreateJobScheduleHeaders;
}

/**
 * The content type of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobScheduleMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of JobSchedules_CreateJobSchedule.
 */
export type CreateJobScheduleParameters = CreateJobScheduleBodyParam &
  CreateJobScheduleQueryParam &
  CreateJobScheduleHeaderParam &
  CreateJobScheduleMediaTypesParam &
  RequestParameters;

/**
 * Request headers of JobSchedules_GetJobSchedule.
 */
export interface GetJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of JobSchedules_GetJobSchedule.
 */
export interface GetJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of JobSchedules_GetJobSchedule.
 */
export interface GetJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_GetJobSchedule.
 */
export interface GetJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetJobScheduleHeaders;
}

/**
 * The parameters of JobSchedules_GetJobSchedule.
 */
export type GetJobScheduleParameters = GetJobScheduleQueryParam & GetJobScheduleHeaderParam & RequestParameters;

/**
 * Request headers of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobScheduleBodyParam {
  /**
   * A Job Schedule with updated properties
   */
  body: BatchJobSchedule;
}

/**
 * Query parameters of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ReplaceJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ReplaceJobScheduleHeaders;
}

/**
 * The content type of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobScheduleMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of JobSchedules_ReplaceJobSchedule.
 */
export type ReplaceJobScheduleParameters = ReplaceJobScheduleBodyParam &
  ReplaceJobScheduleQueryParam &
  ReplaceJobScheduleHeaderParam &
  ReplaceJobScheduleMediaTypesParam &
  RequestParameters;

/**
 * Request headers of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobScheduleBodyParam {
  /**
   * The options to use for updating the Job Schedule.
   */
  body: BatchJobScheduleUpdateOptions;
}

/**
 * Query parameters of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: UpdateJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & UpdateJobScheduleHeaders;
}

/**
 * The content type of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobScheduleMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of JobSchedules_UpdateJobSchedule.
 */
export type UpdateJobScheduleParameters = UpdateJobScheduleBodyParam &
  UpdateJobScheduleQueryParam &
  UpdateJobScheduleHeaderParam &
  UpdateJobScheduleMediaTypesParam &
  RequestParameters;

/**
 * Request headers of JobSchedules_DeleteJobSchedule.
 */
export interface DeleteJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of JobSchedules_DeleteJobSchedule.
 */
export interface DeleteJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * If true, the server will delete the JobSchedule even if the corresponding nodes have not fully processed the deletion. The default value is false.
   */
  force?: boolean;
}

/**
 * The query parameters of JobSchedules_DeleteJobSchedule.
 */
export interface DeleteJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeleteJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_DeleteJobSchedule.
 */
export interface DeleteJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeleteJobScheduleHeaders;
}

/**
 * The parameters of JobSchedules_DeleteJobSchedule.
 */
export type DeleteJobScheduleParameters = DeleteJobScheduleQueryParam &
  DeleteJobScheduleHeaderParam &
  RequestParameters;

/**
 * Request headers of JobSchedules_JobScheduleExists.
 */
export interface JobScheduleExistsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of JobSchedules_JobScheduleExists.
 */
export interface JobScheduleExistsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of JobSchedules_JobScheduleExists.
 */
export interface JobScheduleExistsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: JobScheduleExistsQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_JobScheduleExists.
 */
export interface JobScheduleExistsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & JobScheduleExistsHeaders;
}

/**
 * The parameters of JobSchedules_JobScheduleExists.
 */
export type JobScheduleExistsParameters = JobScheduleExistsQueryParam &
  JobScheduleExistsHeaderParam &
  RequestParameters;

/**
 * Request headers of JobSchedules_DisableJobSchedule.
 */
export interface DisableJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of JobSchedules_DisableJobSchedule.
 */
export interface DisableJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of JobSchedules_DisableJobSchedule.
 */
export interface DisableJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DisableJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_DisableJobSchedule.
 */
export interface DisableJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DisableJobScheduleHeaders;
}

/**
 * The parameters of JobSchedules_DisableJobSchedule.
 */
export type DisableJobScheduleParameters = DisableJobScheduleQueryParam &
  DisableJobScheduleHeaderParam &
  RequestParameters;

/**
 * Request headers of JobSchedules_EnableJobSchedule.
 */
export interface EnableJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of JobSchedules_EnableJobSchedule.
 */
export interface EnableJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of JobSchedules_EnableJobSchedule.
 */
export interface EnableJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: EnableJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_EnableJobSchedule.
 */
export interface EnableJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & EnableJobScheduleHeaders;
}

/**
 * The parameters of JobSchedules_EnableJobSchedule.
 */
export type EnableJobScheduleParameters = EnableJobScheduleQueryParam &
  EnableJobScheduleHeaderParam &
  RequestParameters;

/**
 * Request headers of JobSchedules_TerminateJobSchedule.
 */
export interface TerminateJobScheduleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of JobSchedules_TerminateJobSchedule.
 */
export interface TerminateJobScheduleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * If true, the server will terminate the JobSchedule even if the corresponding nodes have not fully processed the termination. The default value is false.
   */
  force?: boolean;
}

/**
 * The query parameters of JobSchedules_TerminateJobSchedule.
 */
export interface TerminateJobScheduleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: TerminateJobScheduleQueryParamProperties;
}

/**
 * The header parameters of JobSchedules_TerminateJobSchedule.
 */
export interface TerminateJobScheduleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & TerminateJobScheduleHeaders;
}

/**
 * The parameters of JobSchedules_TerminateJobSchedule.
 */
export type TerminateJobScheduleParameters = TerminateJobScheduleQueryParam &
  TerminateJobScheduleHeaderParam &
  RequestParameters;

/**
 * Request headers of Pools_ListPoolNodeCounts.
 */
export interface ListPoolNodeCountsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Pools_ListPoolNodeCounts.
 */
export interface ListPoolNodeCountsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-support-images.
   */
  $filter?: string;
}

/**
 * The query parameters of Pools_ListPoolNodeCounts.
 */
export interface ListPoolNodeCountsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListPoolNodeCountsQueryParamProperties;
}

/**
 * The header parameters of Pools_ListPoolNodeCounts.
 */
export interface ListPoolNodeCountsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListPoolNodeCountsHeaders;
}

/**
 * The parameters of Pools_ListPoolNodeCounts.
 */
export type ListPoolNodeCountsParameters = ListPoolNodeCountsQueryParam &
  ListPoolNodeCountsHeaderParam &
  RequestParameters;

/**
 * Request headers of Pools_ListPools.
 */
export interface ListPoolsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Pools_ListPools.
 */
export interface ListPoolsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-pools.
   */
  $filter?: string;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of Pools_ListPools.
 */
export interface ListPoolsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListPoolsQueryParamProperties;
}

/**
 * The header parameters of Pools_ListPools.
 */
export interface ListPoolsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListPoolsHeaders;
}

/**
 * The parameters of Pools_ListPools.
 */
export type ListPoolsParameters = ListPoolsQueryParam & ListPoolsHeaderParam & RequestParameters;

/**
 * Request headers of Pools_CreatePool.
 */
export interface CreatePoolHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Pools_CreatePool.
 */
export interface CreatePoolBodyParam {
  /**
   * The Pool to be created.
   */
  body: BatchPoolCreateOptions;
}

/**
 * Query parameters of Pools_CreatePool.
 */
export interface CreatePoolQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_CreatePool.
 */
export interface CreatePoolQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: CreatePoolQueryParamProperties;
}

/**
 * The header parameters of Pools_CreatePool.
 */
export interface CreatePoolHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & CreatePoolHeaders;
}

/**
 * The content type of Pools_CreatePool.
 */
export interface CreatePoolMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Pools_CreatePool.
 */
export type CreatePoolParameters = CreatePoolBodyParam &
  CreatePoolQueryParam &
  CreatePoolHeaderParam &
  CreatePoolMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Pools_GetPool.
 */
export interface GetPoolHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Pools_GetPool.
 */
export interface GetPoolQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
  /**
   * An OData $expand clause.
   */
  $expand?: Array<string>;
}

/**
 * The query parameters of Pools_GetPool.
 */
export interface GetPoolQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetPoolQueryParamProperties;
}

/**
 * The header parameters of Pools_GetPool.
 */
export interface GetPoolHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetPoolHeaders;
}

/**
 * The parameters of Pools_GetPool.
 */
export type GetPoolParameters = GetPoolQueryParam & GetPoolHeaderParam & RequestParameters;

/**
 * Request headers of Pools_UpdatePool.
 */
export interface UpdatePoolHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Pools_UpdatePool.
 */
export interface UpdatePoolBodyParam {
  /**
   * The pool properties to update.
   */
  body: BatchPoolUpdateOptions;
}

/**
 * Query parameters of Pools_UpdatePool.
 */
export interface UpdatePoolQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_UpdatePool.
 */
export interface UpdatePoolQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: UpdatePoolQueryParamProperties;
}

/**
 * The header parameters of Pools_UpdatePool.
 */
export interface UpdatePoolHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & UpdatePoolHeaders;
}

/**
 * The content type of Pools_UpdatePool.
 */
export interface UpdatePoolMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Pools_UpdatePool.
 */
export type UpdatePoolParameters = UpdatePoolBodyParam &
  UpdatePoolQueryParam &
  UpdatePoolHeaderParam &
  UpdatePoolMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Pools_DeletePool.
 */
export interface DeletePoolHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Pools_DeletePool.
 */
export interface DeletePoolQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_DeletePool.
 */
export interface DeletePoolQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeletePoolQueryParamProperties;
}

/**
 * The header parameters of Pools_DeletePool.
 */
export interface DeletePoolHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeletePoolHeaders;
}

/**
 * The parameters of Pools_DeletePool.
 */
export type DeletePoolParameters = DeletePoolQueryParam & DeletePoolHeaderParam & RequestParameters;

/**
 * Request headers of Pools_PoolExists.
 */
export interface PoolExistsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Pools_PoolExists.
 */
export interface PoolExistsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_PoolExists.
 */
export interface PoolExistsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: PoolExistsQueryParamProperties;
}

/**
 * The header parameters of Pools_PoolExists.
 */
export interface PoolExistsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & PoolExistsHeaders;
}

/**
 * The parameters of Pools_PoolExists.
 */
export type PoolExistsParameters = PoolExistsQueryParam & PoolExistsHeaderParam & RequestParameters;

/**
 * Request headers of Pools_DisablePoolAutoScale.
 */
export interface DisablePoolAutoScaleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Pools_DisablePoolAutoScale.
 */
export interface DisablePoolAutoScaleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_DisablePoolAutoScale.
 */
export interface DisablePoolAutoScaleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DisablePoolAutoScaleQueryParamProperties;
}

/**
 * The header parameters of Pools_DisablePoolAutoScale.
 */
export interface DisablePoolAutoScaleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DisablePoolAutoScaleHeaders;
}

/**
 * The parameters of Pools_DisablePoolAutoScale.
 */
export type DisablePoolAutoScaleParameters = DisablePoolAutoScaleQueryParam &
  DisablePoolAutoScaleHeaderParam &
  RequestParameters;

/**
 * Request headers of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScaleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScaleBodyParam {
  /**
   * The options to use for enabling automatic scaling.
   */
  body: BatchPoolEnableAutoScaleOptions;
}

/**
 * Query parameters of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScaleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScaleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: EnablePoolAutoScaleQueryParamProperties;
}

/**
 * The header parameters of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScaleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & EnablePoolAutoScaleHeaders;
}

/**
 * The content type of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScaleMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Pools_EnablePoolAutoScale.
 */
export type EnablePoolAutoScaleParameters = EnablePoolAutoScaleBodyParam &
  EnablePoolAutoScaleQueryParam &
  EnablePoolAutoScaleHeaderParam &
  EnablePoolAutoScaleMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScaleHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScaleBodyParam {
  /**
   * The options to use for evaluating the automatic scaling formula.
   */
  body: BatchPoolEvaluateAutoScaleOptions;
}

/**
 * Query parameters of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScaleQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScaleQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: EvaluatePoolAutoScaleQueryParamProperties;
}

/**
 * The header parameters of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScaleHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & EvaluatePoolAutoScaleHeaders;
}

/**
 * The content type of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScaleMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Pools_EvaluatePoolAutoScale.
 */
export type EvaluatePoolAutoScaleParameters = EvaluatePoolAutoScaleBodyParam &
  EvaluatePoolAutoScaleQueryParam &
  EvaluatePoolAutoScaleHeaderParam &
  EvaluatePoolAutoScaleMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Pools_RemoveNodes.
 */
export interface RemoveNodesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Pools_RemoveNodes.
 */
export interface RemoveNodesBodyParam {
  /**
   * The options to use for removing the node.
   */
  body: BatchNodeRemoveOptions;
}

/**
 * Query parameters of Pools_RemoveNodes.
 */
export interface RemoveNodesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_RemoveNodes.
 */
export interface RemoveNodesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: RemoveNodesQueryParamProperties;
}

/**
 * The header parameters of Pools_RemoveNodes.
 */
export interface RemoveNodesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & RemoveNodesHeaders;
}

/**
 * The content type of Pools_RemoveNodes.
 */
export interface RemoveNodesMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Pools_RemoveNodes.
 */
export type RemoveNodesParameters = RemoveNodesBodyParam &
  RemoveNodesQueryParam &
  RemoveNodesHeaderParam &
  RemoveNodesMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Pools_ResizePool.
 */
export interface ResizePoolHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * The body of Pools_ResizePool.
 */
export interface ResizePoolBodyParam {
  /**
   * The options to use for resizing the pool.
   */
  body: BatchPoolResizeOptions;
}

/**
 * Query parameters of Pools_ResizePool.
 */
export interface ResizePoolQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_ResizePool.
 */
export interface ResizePoolQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ResizePoolQueryParamProperties;
}

/**
 * The header parameters of Pools_ResizePool.
 */
export interface ResizePoolHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ResizePoolHeaders;
}

/**
 * The content type of Pools_ResizePool.
 */
export interface ResizePoolMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Pools_ResizePool.
 */
export type ResizePoolParameters = ResizePoolBodyParam &
  ResizePoolQueryParam &
  ResizePoolHeaderParam &
  ResizePoolMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Pools_StopPoolResize.
 */
export interface StopPoolResizeHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service exactly matches the value specified by the client.
   */
  "If-Match"?: string;
  /**
   * An ETag value associated with the version of the resource known to the client.
   * The operation will be performed only if the resource's current ETag on the
   * service does not match the value specified by the client.
   */
  "If-None-Match"?: string;
}

/**
 * Query parameters of Pools_StopPoolResize.
 */
export interface StopPoolResizeQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_StopPoolResize.
 */
export interface StopPoolResizeQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: StopPoolResizeQueryParamProperties;
}

/**
 * The header parameters of Pools_StopPoolResize.
 */
export interface StopPoolResizeHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & StopPoolResizeHeaders;
}

/**
 * The parameters of Pools_StopPoolResize.
 */
export type StopPoolResizeParameters = StopPoolResizeQueryParam & StopPoolResizeHeaderParam & RequestParameters;

/**
 * Request headers of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolPropertiesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolPropertiesBodyParam {
  /**
   * The options to use for replacing properties on the pool.
   */
  body: BatchPoolReplaceOptions;
}

/**
 * Query parameters of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolPropertiesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolPropertiesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ReplacePoolPropertiesQueryParamProperties;
}

/**
 * The header parameters of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolPropertiesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ReplacePoolPropertiesHeaders;
}

/**
 * The content type of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolPropertiesMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Pools_ReplacePoolProperties.
 */
export type ReplacePoolPropertiesParameters = ReplacePoolPropertiesBodyParam &
  ReplacePoolPropertiesQueryParam &
  ReplacePoolPropertiesHeaderParam &
  ReplacePoolPropertiesMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Pools_ListSupportedImages.
 */
export interface ListSupportedImagesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Pools_ListSupportedImages.
 */
export interface ListSupportedImagesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-support-images.
   */
  $filter?: string;
}

/**
 * The query parameters of Pools_ListSupportedImages.
 */
export interface ListSupportedImagesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListSupportedImagesQueryParamProperties;
}

/**
 * The header parameters of Pools_ListSupportedImages.
 */
export interface ListSupportedImagesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListSupportedImagesHeaders;
}

/**
 * The parameters of Pools_ListSupportedImages.
 */
export type ListSupportedImagesParameters = ListSupportedImagesQueryParam &
  ListSupportedImagesHeaderParam &
  RequestParameters;

/**
 * Request headers of Nodes_ListNodes.
 */
export interface ListNodesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_ListNodes.
 */
export interface ListNodesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-nodes-in-a-pool.
   */
  $filter?: string;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
}

/**
 * The query parameters of Nodes_ListNodes.
 */
export interface ListNodesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListNodesQueryParamProperties;
}

/**
 * The header parameters of Nodes_ListNodes.
 */
export interface ListNodesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListNodesHeaders;
}

/**
 * The parameters of Nodes_ListNodes.
 */
export type ListNodesParameters = ListNodesQueryParam & ListNodesHeaderParam & RequestParameters;

/**
 * Request headers of Nodes_GetNode.
 */
export interface GetNodeHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_GetNode.
 */
export interface GetNodeQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
}

/**
 * The query parameters of Nodes_GetNode.
 */
export interface GetNodeQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetNodeQueryParamProperties;
}

/**
 * The header parameters of Nodes_GetNode.
 */
export interface GetNodeHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetNodeHeaders;
}

/**
 * The parameters of Nodes_GetNode.
 */
export type GetNodeParameters = GetNodeQueryParam & GetNodeHeaderParam & RequestParameters;

/**
 * Request headers of Nodes_DeallocateNode.
 */
export interface DeallocateNodeHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Nodes_DeallocateNode.
 */
export interface DeallocateNodeBodyParam {
  /**
   * The options to use for deallocating the Compute Node.
   */
  body?: BatchNodeDeallocateOptions;
}

/**
 * Query parameters of Nodes_DeallocateNode.
 */
export interface DeallocateNodeQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_DeallocateNode.
 */
export interface DeallocateNodeQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeallocateNodeQueryParamProperties;
}

/**
 * The header parameters of Nodes_DeallocateNode.
 */
export interface DeallocateNodeHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeallocateNodeHeaders;
}

/**
 * The content type of Nodes_DeallocateNode.
 */
export interface DeallocateNodeMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Nodes_DeallocateNode.
 */
export type DeallocateNodeParameters = DeallocateNodeBodyParam &
  DeallocateNodeQueryParam &
  DeallocateNodeHeaderParam &
  DeallocateNodeMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeSchedulingHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeSchedulingBodyParam {
  /**
   * The options to use for disabling scheduling on the Compute Node.
   */
  body?: BatchNodeDisableSchedulingOptions;
}

/**
 * Query parameters of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeSchedulingQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeSchedulingQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DisableNodeSchedulingQueryParamProperties;
}

/**
 * The header parameters of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeSchedulingHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DisableNodeSchedulingHeaders;
}

/**
 * The content type of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeSchedulingMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Nodes_DisableNodeScheduling.
 */
export type DisableNodeSchedulingParameters = DisableNodeSchedulingBodyParam &
  DisableNodeSchedulingQueryParam &
  DisableNodeSchedulingHeaderParam &
  DisableNodeSchedulingMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Nodes_EnableNodeScheduling.
 */
export interface EnableNodeSchedulingHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_EnableNodeScheduling.
 */
export interface EnableNodeSchedulingQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_EnableNodeScheduling.
 */
export interface EnableNodeSchedulingQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: EnableNodeSchedulingQueryParamProperties;
}

/**
 * The header parameters of Nodes_EnableNodeScheduling.
 */
export interface EnableNodeSchedulingHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & EnableNodeSchedulingHeaders;
}

/**
 * The parameters of Nodes_EnableNodeScheduling.
 */
export type EnableNodeSchedulingParameters = EnableNodeSchedulingQueryParam &
  EnableNodeSchedulingHeaderParam &
  RequestParameters;

/**
 * Request headers of Nodes_ListNodeExtensions.
 */
export interface ListNodeExtensionsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_ListNodeExtensions.
 */
export interface ListNodeExtensionsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
}

/**
 * The query parameters of Nodes_ListNodeExtensions.
 */
export interface ListNodeExtensionsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListNodeExtensionsQueryParamProperties;
}

/**
 * The header parameters of Nodes_ListNodeExtensions.
 */
export interface ListNodeExtensionsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListNodeExtensionsHeaders;
}

/**
 * The parameters of Nodes_ListNodeExtensions.
 */
export type ListNodeExtensionsParameters = ListNodeExtensionsQueryParam &
  ListNodeExtensionsHeaderParam &
  RequestParameters;

/**
 * Request headers of Nodes_GetNodeExtension.
 */
export interface GetNodeExtensionHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_GetNodeExtension.
 */
export interface GetNodeExtensionQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * An OData $select clause.
   */
  $select?: Array<string>;
}

/**
 * The query parameters of Nodes_GetNodeExtension.
 */
export interface GetNodeExtensionQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetNodeExtensionQueryParamProperties;
}

/**
 * The header parameters of Nodes_GetNodeExtension.
 */
export interface GetNodeExtensionHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetNodeExtensionHeaders;
}

/**
 * The parameters of Nodes_GetNodeExtension.
 */
export type GetNodeExtensionParameters = GetNodeExtensionQueryParam & GetNodeExtensionHeaderParam & RequestParameters;

/**
 * Request headers of Nodes_ListNodeFiles.
 */
export interface ListNodeFilesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_ListNodeFiles.
 */
export interface ListNodeFilesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
  /**
   * An OData $filter clause. For more information on constructing this filter, see
   * https://learn.microsoft.com/rest/api/batchservice/odata-filters-in-batch#list-compute-node-files.
   */
  $filter?: string;
  /**
   * Whether to list children of a directory.
   */
  recursive?: boolean;
}

/**
 * The query parameters of Nodes_ListNodeFiles.
 */
export interface ListNodeFilesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListNodeFilesQueryParamProperties;
}

/**
 * The header parameters of Nodes_ListNodeFiles.
 */
export interface ListNodeFilesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListNodeFilesHeaders;
}

/**
 * The parameters of Nodes_ListNodeFiles.
 */
export type ListNodeFilesParameters = ListNodeFilesQueryParam & ListNodeFilesHeaderParam & RequestParameters;

/**
 * Request headers of Nodes_GetNodeFile.
 */
export interface GetNodeFileHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
  /**
   * The byte range to be retrieved. The default is to retrieve the entire file. The
   * format is bytes=startRange-endRange.
   */
  "ocp-range"?: string;
}

/**
 * Query parameters of Nodes_GetNodeFile.
 */
export interface GetNodeFileQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_GetNodeFile.
 */
export interface GetNodeFileQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetNodeFileQueryParamProperties;
}

/**
 * The header parameters of Nodes_GetNodeFile.
 */
export interface GetNodeFileHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetNodeFileHeaders;
}

/**
 * The parameters of Nodes_GetNodeFile.
 */
export type GetNodeFileParameters = GetNodeFileQueryParam & GetNodeFileHeaderParam & RequestParameters;

/**
 * Request headers of Nodes_DeleteNodeFile.
 */
export interface DeleteNodeFileHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_DeleteNodeFile.
 */
export interface DeleteNodeFileQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
  /**
   * Whether to delete children of a directory. If the filePath parameter represents
   * a directory instead of a file, you can set recursive to true to delete the
   * directory and all of the files and subdirectories in it. If recursive is false
   * then the directory must be empty or deletion will fail.
   */
  recursive?: boolean;
}

/**
 * The query parameters of Nodes_DeleteNodeFile.
 */
export interface DeleteNodeFileQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeleteNodeFileQueryParamProperties;
}

/**
 * The header parameters of Nodes_DeleteNodeFile.
 */
export interface DeleteNodeFileHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeleteNodeFileHeaders;
}

/**
 * The parameters of Nodes_DeleteNodeFile.
 */
export type DeleteNodeFileParameters = DeleteNodeFileQueryParam & DeleteNodeFileHeaderParam & RequestParameters;

/**
 * Request headers of Nodes_GetNodeFileProperties.
 */
export interface GetNodeFilePropertiesHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * been modified since the specified time.
   */
  "If-Modified-Since"?: string;
  /**
   * A timestamp indicating the last modified time of the resource known to the
   * client. The operation will be performed only if the resource on the service has
   * not been modified since the specified time.
   */
  "If-Unmodified-Since"?: string;
}

/**
 * Query parameters of Nodes_GetNodeFileProperties.
 */
export interface GetNodeFilePropertiesQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_GetNodeFileProperties.
 */
export interface GetNodeFilePropertiesQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetNodeFilePropertiesQueryParamProperties;
}

/**
 * The header parameters of Nodes_GetNodeFileProperties.
 */
export interface GetNodeFilePropertiesHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetNodeFilePropertiesHeaders;
}

/**
 * The parameters of Nodes_GetNodeFileProperties.
 */
export type GetNodeFilePropertiesParameters = GetNodeFilePropertiesQueryParam &
  GetNodeFilePropertiesHeaderParam &
  RequestParameters;

/**
 * Request headers of Nodes_RebootNode.
 */
export interface RebootNodeHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Nodes_RebootNode.
 */
export interface RebootNodeBodyParam {
  /**
   * The options to use for rebooting the Compute Node.
   */
  body?: BatchNodeRebootOptions;
}

/**
 * Query parameters of Nodes_RebootNode.
 */
export interface RebootNodeQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_RebootNode.
 */
export interface RebootNodeQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: RebootNodeQueryParamProperties;
}

/**
 * The header parameters of Nodes_RebootNode.
 */
export interface RebootNodeHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & RebootNodeHeaders;
}

/**
 * The content type of Nodes_RebootNode.
 */
export interface RebootNodeMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Nodes_RebootNode.
 */
export type RebootNodeParameters = RebootNodeBodyParam &
  RebootNodeQueryParam &
  RebootNodeHeaderParam &
  RebootNodeMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Nodes_ReimageNode.
 */
export interface ReimageNodeHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Nodes_ReimageNode.
 */
export interface ReimageNodeBodyParam {
  /**
   * The options to use for reimaging the Compute Node.
   */
  body?: BatchNodeReimageOptions;
}

/**
 * Query parameters of Nodes_ReimageNode.
 */
export interface ReimageNodeQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_ReimageNode.
 */
export interface ReimageNodeQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ReimageNodeQueryParamProperties;
}

/**
 * The header parameters of Nodes_ReimageNode.
 */
export interface ReimageNodeHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ReimageNodeHeaders;
}

/**
 * The content type of Nodes_ReimageNode.
 */
export interface ReimageNodeMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Nodes_ReimageNode.
 */
export type ReimageNodeParameters = ReimageNodeBodyParam &
  ReimageNodeQueryParam &
  ReimageNodeHeaderParam &
  ReimageNodeMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Nodes_GetNodeRemoteLoginSettings.
 */
export interface GetNodeRemoteLoginSettingsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_GetNodeRemoteLoginSettings.
 */
export interface GetNodeRemoteLoginSettingsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_GetNodeRemoteLoginSettings.
 */
export interface GetNodeRemoteLoginSettingsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: GetNodeRemoteLoginSettingsQueryParamProperties;
}

/**
 * The header parameters of Nodes_GetNodeRemoteLoginSettings.
 */
export interface GetNodeRemoteLoginSettingsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetNodeRemoteLoginSettingsHeaders;
}

/**
 * The parameters of Nodes_GetNodeRemoteLoginSettings.
 */
export type GetNodeRemoteLoginSettingsParameters = GetNodeRemoteLoginSettingsQueryParam &
  GetNodeRemoteLoginSettingsHeaderParam &
  RequestParameters;

/**
 * Request headers of Nodes_StartNode.
 */
export interface StartNodeHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_StartNode.
 */
export interface StartNodeQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_StartNode.
 */
export interface StartNodeQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: StartNodeQueryParamProperties;
}

/**
 * The header parameters of Nodes_StartNode.
 */
export interface StartNodeHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & StartNodeHeaders;
}

/**
 * The parameters of Nodes_StartNode.
 */
export type StartNodeParameters = StartNodeQueryParam & StartNodeHeaderParam & RequestParameters;

/**
 * Request headers of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogsHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogsBodyParam {
  /**
   * The Azure Batch service log files upload options.
   */
  body: UploadBatchServiceLogsOptions;
}

/**
 * Query parameters of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogsQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: UploadNodeLogsQueryParamProperties;
}

/**
 * The header parameters of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & UploadNodeLogsHeaders;
}

/**
 * The content type of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogsMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Nodes_UploadNodeLogs.
 */
export type UploadNodeLogsParameters = UploadNodeLogsBodyParam &
  UploadNodeLogsQueryParam &
  UploadNodeLogsHeaderParam &
  UploadNodeLogsMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Nodes_CreateNodeUser.
 */
export interface CreateNodeUserHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Nodes_CreateNodeUser.
 */
export interface CreateNodeUserBodyParam {
  /**
   * The options to use for creating the user.
   */
  body: BatchNodeUserCreateOptions;
}

/**
 * Query parameters of Nodes_CreateNodeUser.
 */
export interface CreateNodeUserQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_CreateNodeUser.
 */
export interface CreateNodeUserQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: CreateNodeUserQueryParamProperties;
}

/**
 * The header parameters of Nodes_CreateNodeUser.
 */
export interface CreateNodeUserHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & CreateNodeUserHeaders;
}

/**
 * The content type of Nodes_CreateNodeUser.
 */
export interface CreateNodeUserMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Nodes_CreateNodeUser.
 */
export type CreateNodeUserParameters = CreateNodeUserBodyParam &
  CreateNodeUserQueryParam &
  CreateNodeUserHeaderParam &
  CreateNodeUserMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUserHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * The body of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUserBodyParam {
  /**
   * The options to use for updating the user.
   */
  body: BatchNodeUserUpdateOptions;
}

/**
 * Query parameters of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUserQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUserQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ReplaceNodeUserQueryParamProperties;
}

/**
 * The header parameters of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUserHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ReplaceNodeUserHeaders;
}

/**
 * The content type of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUserMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Nodes_ReplaceNodeUser.
 */
export type ReplaceNodeUserParameters = ReplaceNodeUserBodyParam &
  ReplaceNodeUserQueryParam &
  ReplaceNodeUserHeaderParam &
  ReplaceNodeUserMediaTypesParam &
  RequestParameters;

/**
 * Request headers of Nodes_DeleteNodeUser.
 */
export interface DeleteNodeUserHeaders {
  /**
   * The caller-generated request identity, in the form of a GUID with no decoration
   * such as curly braces, e.g. 9C4D50EE-2D56-4CD3-8152-34347DC9F2B0.
   */
  "client-request-id"?: string;
  /**
   * Whether the server should return the client-request-id in the response.
   */
  "return-client-request-id"?: boolean;
  /**
   * The time the request was issued. Client libraries typically set this to the
   * current system clock time; set it explicitly if you are calling the REST API
   * directly.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Nodes_DeleteNodeUser.
 */
export interface DeleteNodeUserQueryParamProperties {
  /**
   * The maximum time that the server can spend processing the request, in seconds. The default is 30 seconds. If the value is larger than 30, the default will be used instead.".
   */
  timeOut?: number;
}

/**
 * The query parameters of Nodes_DeleteNodeUser.
 */
export interface DeleteNodeUserQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: DeleteNodeUserQueryParamProperties;
}

/**
 * The header parameters of Nodes_DeleteNodeUser.
 */
export interface DeleteNodeUserHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & DeleteNodeUserHeaders;
}

/**
 * The parameters of Nodes_DeleteNodeUser.
 */
export type DeleteNodeUserParameters = DeleteNodeUserQueryParam & DeleteNodeUserHeaderParam & RequestParameters;

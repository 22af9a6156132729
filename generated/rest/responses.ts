// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { RawHttpHeaders } from "@azure/core-rest-pipeline";
import type { HttpResponse } from "@azure-rest/core-client";
import type {
  AutoScaleRunOutput,
  BatchAccountListSupportedImagesResultOutput,
  BatchApplicationOutput,
  BatchApplicationListResultOutput,
  BatchCreateTaskCollectionResultOutput,
  BatchErrorOutput,
  BatchJobOutput,
  BatchJobListResultOutput,
  BatchJobPreparationAndReleaseTaskStatusListResultOutput,
  BatchJobScheduleOutput,
  BatchJobScheduleListResultOutput,
  BatchNodeOutput,
  BatchNodeFileListResultOutput,
  BatchNodeListResultOutput,
  BatchNodeRemoteLoginSettingsOutput,
  BatchNodeVMExtensionOutput,
  BatchNodeVMExtensionListResultOutput,
  BatchPoolOutput,
  BatchPoolListResultOutput,
  BatchPoolNodeCountsListResultOutput,
  BatchTaskOutput,
  BatchTaskCountsResultOutput,
  BatchTaskListResultOutput,
  BatchTaskListSubtasksResultOutput,
  UploadBatchServiceLogsResultOutput,
} from "./outputModels.js";

/**
 * Headers of the 200 response of Applications_ListApplications.
 */
export interface ListApplications200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListApplications200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchApplicationListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListApplications200Headers;
}

/**
 * An unexpected response of Applications_ListApplications.
 */
export interface ListApplicationsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Applications_GetApplication.
 */
export interface GetApplication200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetApplication200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchApplicationOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetApplication200Headers;
}

/**
 * An unexpected response of Applications_GetApplication.
 */
export interface GetApplicationDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Jobs_ListJobs.
 */
export interface ListJobs200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListJobs200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchJobListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListJobs200Headers;
}

/**
 * An unexpected response of Jobs_ListJobs.
 */
export interface ListJobsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 201 response of Jobs_CreateJob.
 */
export interface CreateJob201Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded and a new resource has been created as a result.
 */
export interface CreateJob201Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "201";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & CreateJob201Headers;
}

/**
 * An unexpected response of Jobs_CreateJob.
 */
export interface CreateJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Jobs_GetJob.
 */
export interface GetJob200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetJob200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchJobOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetJob200Headers;
}

/**
 * An unexpected response of Jobs_GetJob.
 */
export interface GetJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Jobs_ReplaceJob.
 */
export interface ReplaceJob200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ReplaceJob200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ReplaceJob200Headers;
}

/**
 * An unexpected response of Jobs_ReplaceJob.
 */
export interface ReplaceJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Jobs_UpdateJob.
 */
export interface UpdateJob200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface UpdateJob200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & UpdateJob200Headers;
}

/**
 * An unexpected response of Jobs_UpdateJob.
 */
export interface UpdateJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Jobs_DeleteJob.
 */
export interface DeleteJob202Headers {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface DeleteJob202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeleteJob202Headers;
}

/**
 * An unexpected response of Jobs_DeleteJob.
 */
export interface DeleteJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Jobs_DisableJob.
 */
export interface DisableJob202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface DisableJob202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DisableJob202Headers;
}

/**
 * An unexpected response of Jobs_DisableJob.
 */
export interface DisableJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Jobs_EnableJob.
 */
export interface EnableJob202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface EnableJob202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & EnableJob202Headers;
}

/**
 * An unexpected response of Jobs_EnableJob.
 */
export interface EnableJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Jobs_ListJobPreparationAndReleaseTaskStatus.
 */
export interface ListJobPreparationAndReleaseTaskStatus200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListJobPreparationAndReleaseTaskStatus200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchJobPreparationAndReleaseTaskStatusListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListJobPreparationAndReleaseTaskStatus200Headers;
}

/**
 * An unexpected response of Jobs_ListJobPreparationAndReleaseTaskStatus.
 */
export interface ListJobPreparationAndReleaseTaskStatusDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Jobs_GetJobTaskCounts.
 */
export interface GetJobTaskCounts200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetJobTaskCounts200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchTaskCountsResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetJobTaskCounts200Headers;
}

/**
 * An unexpected response of Jobs_GetJobTaskCounts.
 */
export interface GetJobTaskCountsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Jobs_TerminateJob.
 */
export interface TerminateJob202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface TerminateJob202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & TerminateJob202Headers;
}

/**
 * An unexpected response of Jobs_TerminateJob.
 */
export interface TerminateJobDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Jobs_ListJobsFromSchedule.
 */
export interface ListJobsFromSchedule200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListJobsFromSchedule200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchJobListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListJobsFromSchedule200Headers;
}

/**
 * An unexpected response of Jobs_ListJobsFromSchedule.
 */
export interface ListJobsFromScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollection200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface CreateTaskCollection200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchCreateTaskCollectionResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & CreateTaskCollection200Headers;
}

/**
 * An unexpected response of Tasks_CreateTaskCollection.
 */
export interface CreateTaskCollectionDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_ListTasks.
 */
export interface ListTasks200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListTasks200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchTaskListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListTasks200Headers;
}

/**
 * An unexpected response of Tasks_ListTasks.
 */
export interface ListTasksDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 201 response of Tasks_CreateTask.
 */
export interface CreateTask201Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded and a new resource has been created as a result.
 */
export interface CreateTask201Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "201";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & CreateTask201Headers;
}

/**
 * An unexpected response of Tasks_CreateTask.
 */
export interface CreateTaskDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_GetTask.
 */
export interface GetTask200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetTask200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchTaskOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetTask200Headers;
}

/**
 * An unexpected response of Tasks_GetTask.
 */
export interface GetTaskDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_ReplaceTask.
 */
export interface ReplaceTask200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ReplaceTask200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ReplaceTask200Headers;
}

/**
 * An unexpected response of Tasks_ReplaceTask.
 */
export interface ReplaceTaskDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_DeleteTask.
 */
export interface DeleteTask200Headers {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface DeleteTask200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeleteTask200Headers;
}

/**
 * An unexpected response of Tasks_DeleteTask.
 */
export interface DeleteTaskDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_ListTaskFiles.
 */
export interface ListTaskFiles200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListTaskFiles200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchNodeFileListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListTaskFiles200Headers;
}

/**
 * An unexpected response of Tasks_ListTaskFiles.
 */
export interface ListTaskFilesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_GetTaskFile.
 */
export interface GetTaskFile200Headers {
  /**
   * The length of the file.
   */
  "content-length"?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * Whether the object represents a directory.
   */
  "ocp-batch-file-isdirectory"?: string;
  /**
   * The file mode attribute in octal format.
   */
  "ocp-batch-file-mode"?: string;
  /**
   * The URL of the file.
   */
  "ocp-batch-file-url"?: string;
  /**
   * The file creation time.
   */
  "ocp-creation-time"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetTaskFile200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Uint8Array;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetTaskFile200Headers;
}

/**
 * An unexpected response of Tasks_GetTaskFile.
 */
export interface GetTaskFileDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_DeleteTaskFile.
 */
export interface DeleteTaskFile200Headers {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface DeleteTaskFile200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeleteTaskFile200Headers;
}

/**
 * An unexpected response of Tasks_DeleteTaskFile.
 */
export interface DeleteTaskFileDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_GetTaskFileProperties.
 */
export interface GetTaskFileProperties200Headers {
  /**
   * The length of the file.
   */
  "content-length"?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * Whether the object represents a directory.
   */
  "ocp-batch-file-isdirectory"?: string;
  /**
   * The file mode attribute in octal format.
   */
  "ocp-batch-file-mode"?: string;
  /**
   * The URL of the file.
   */
  "ocp-batch-file-url"?: string;
  /**
   * The file creation time.
   */
  "ocp-creation-time"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetTaskFileProperties200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetTaskFileProperties200Headers;
}

/**
 * An unexpected response of Tasks_GetTaskFileProperties.
 */
export interface GetTaskFilePropertiesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 204 response of Tasks_ReactivateTask.
 */
export interface ReactivateTask204Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * There is no content to send for this request, but the headers may be useful.
 */
export interface ReactivateTask204Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "204";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ReactivateTask204Headers;
}

/**
 * An unexpected response of Tasks_ReactivateTask.
 */
export interface ReactivateTaskDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Tasks_ListSubTasks.
 */
export interface ListSubTasks200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListSubTasks200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchTaskListSubtasksResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListSubTasks200Headers;
}

/**
 * An unexpected response of Tasks_ListSubTasks.
 */
export interface ListSubTasksDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 204 response of Tasks_TerminateTask.
 */
export interface TerminateTask204Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * There is no content to send for this request, but the headers may be useful.
 */
export interface TerminateTask204Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "204";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & TerminateTask204Headers;
}

/**
 * An unexpected response of Tasks_TerminateTask.
 */
export interface TerminateTaskDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of JobSchedules_ListJobSchedules.
 */
export interface ListJobSchedules200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListJobSchedules200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchJobScheduleListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListJobSchedules200Headers;
}

/**
 * An unexpected response of JobSchedules_ListJobSchedules.
 */
export interface ListJobSchedulesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 201 response of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobSchedule201Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded and a new resource has been created as a result.
 */
export interface CreateJobSchedule201Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "201";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & CreateJobSchedule201Headers;
}

/**
 * An unexpected response of JobSchedules_CreateJobSchedule.
 */
export interface CreateJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of JobSchedules_GetJobSchedule.
 */
export interface GetJobSchedule200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetJobSchedule200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchJobScheduleOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetJobSchedule200Headers;
}

/**
 * An unexpected response of JobSchedules_GetJobSchedule.
 */
export interface GetJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobSchedule200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ReplaceJobSchedule200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ReplaceJobSchedule200Headers;
}

/**
 * An unexpected response of JobSchedules_ReplaceJobSchedule.
 */
export interface ReplaceJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobSchedule200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface UpdateJobSchedule200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & UpdateJobSchedule200Headers;
}

/**
 * An unexpected response of JobSchedules_UpdateJobSchedule.
 */
export interface UpdateJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of JobSchedules_DeleteJobSchedule.
 */
export interface DeleteJobSchedule202Headers {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface DeleteJobSchedule202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeleteJobSchedule202Headers;
}

/**
 * An unexpected response of JobSchedules_DeleteJobSchedule.
 */
export interface DeleteJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of JobSchedules_JobScheduleExists.
 */
export interface JobScheduleExists200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface JobScheduleExists200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & JobScheduleExists200Headers;
}

/**
 * Headers of the 404 response of JobSchedules_JobScheduleExists.
 */
export interface JobScheduleExists404Headers {}

/**
 * The server cannot find the requested resource.
 */
export interface JobScheduleExists404Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "404";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & JobScheduleExists404Headers;
}

/**
 * An unexpected response of JobSchedules_JobScheduleExists.
 */
export interface JobScheduleExistsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 204 response of JobSchedules_DisableJobSchedule.
 */
export interface DisableJobSchedule204Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * There is no content to send for this request, but the headers may be useful.
 */
export interface DisableJobSchedule204Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "204";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DisableJobSchedule204Headers;
}

/**
 * An unexpected response of JobSchedules_DisableJobSchedule.
 */
export interface DisableJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 204 response of JobSchedules_EnableJobSchedule.
 */
export interface EnableJobSchedule204Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * There is no content to send for this request, but the headers may be useful.
 */
export interface EnableJobSchedule204Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "204";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & EnableJobSchedule204Headers;
}

/**
 * An unexpected response of JobSchedules_EnableJobSchedule.
 */
export interface EnableJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of JobSchedules_TerminateJobSchedule.
 */
export interface TerminateJobSchedule202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface TerminateJobSchedule202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & TerminateJobSchedule202Headers;
}

/**
 * An unexpected response of JobSchedules_TerminateJobSchedule.
 */
export interface TerminateJobScheduleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_ListPoolNodeCounts.
 */
export interface ListPoolNodeCounts200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListPoolNodeCounts200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchPoolNodeCountsListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListPoolNodeCounts200Headers;
}

/**
 * An unexpected response of Pools_ListPoolNodeCounts.
 */
export interface ListPoolNodeCountsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_ListPools.
 */
export interface ListPools200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListPools200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchPoolListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListPools200Headers;
}

/**
 * An unexpected response of Pools_ListPools.
 */
export interface ListPoolsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 201 response of Pools_CreatePool.
 */
export interface CreatePool201Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded and a new resource has been created as a result.
 */
export interface CreatePool201Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "201";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & CreatePool201Headers;
}

/**
 * An unexpected response of Pools_CreatePool.
 */
export interface CreatePoolDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_GetPool.
 */
export interface GetPool200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetPool200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchPoolOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetPool200Headers;
}

/**
 * An unexpected response of Pools_GetPool.
 */
export interface GetPoolDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_UpdatePool.
 */
export interface UpdatePool200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface UpdatePool200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & UpdatePool200Headers;
}

/**
 * An unexpected response of Pools_UpdatePool.
 */
export interface UpdatePoolDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Pools_DeletePool.
 */
export interface DeletePool202Headers {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface DeletePool202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeletePool202Headers;
}

/**
 * An unexpected response of Pools_DeletePool.
 */
export interface DeletePoolDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_PoolExists.
 */
export interface PoolExists200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface PoolExists200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & PoolExists200Headers;
}

/**
 * Headers of the 404 response of Pools_PoolExists.
 */
export interface PoolExists404Headers {}

/**
 * The server cannot find the requested resource.
 */
export interface PoolExists404Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "404";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & PoolExists404Headers;
}

/**
 * An unexpected response of Pools_PoolExists.
 */
export interface PoolExistsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_DisablePoolAutoScale.
 */
export interface DisablePoolAutoScale200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface DisablePoolAutoScale200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DisablePoolAutoScale200Headers;
}

/**
 * An unexpected response of Pools_DisablePoolAutoScale.
 */
export interface DisablePoolAutoScaleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScale200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface EnablePoolAutoScale200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & EnablePoolAutoScale200Headers;
}

/**
 * An unexpected response of Pools_EnablePoolAutoScale.
 */
export interface EnablePoolAutoScaleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScale200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface EvaluatePoolAutoScale200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: AutoScaleRunOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & EvaluatePoolAutoScale200Headers;
}

/**
 * An unexpected response of Pools_EvaluatePoolAutoScale.
 */
export interface EvaluatePoolAutoScaleDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Pools_RemoveNodes.
 */
export interface RemoveNodes202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface RemoveNodes202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & RemoveNodes202Headers;
}

/**
 * An unexpected response of Pools_RemoveNodes.
 */
export interface RemoveNodesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Pools_ResizePool.
 */
export interface ResizePool202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface ResizePool202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ResizePool202Headers;
}

/**
 * An unexpected response of Pools_ResizePool.
 */
export interface ResizePoolDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Pools_StopPoolResize.
 */
export interface StopPoolResize202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface StopPoolResize202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & StopPoolResize202Headers;
}

/**
 * An unexpected response of Pools_StopPoolResize.
 */
export interface StopPoolResizeDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 204 response of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolProperties204Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * There is no content to send for this request, but the headers may be useful.
 */
export interface ReplacePoolProperties204Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "204";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ReplacePoolProperties204Headers;
}

/**
 * An unexpected response of Pools_ReplacePoolProperties.
 */
export interface ReplacePoolPropertiesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Pools_ListSupportedImages.
 */
export interface ListSupportedImages200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListSupportedImages200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchAccountListSupportedImagesResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListSupportedImages200Headers;
}

/**
 * An unexpected response of Pools_ListSupportedImages.
 */
export interface ListSupportedImagesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_ListNodes.
 */
export interface ListNodes200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListNodes200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchNodeListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListNodes200Headers;
}

/**
 * An unexpected response of Nodes_ListNodes.
 */
export interface ListNodesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_GetNode.
 */
export interface GetNode200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetNode200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchNodeOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetNode200Headers;
}

/**
 * An unexpected response of Nodes_GetNode.
 */
export interface GetNodeDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Nodes_DeallocateNode.
 */
export interface DeallocateNode202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface DeallocateNode202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeallocateNode202Headers;
}

/**
 * An unexpected response of Nodes_DeallocateNode.
 */
export interface DeallocateNodeDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeScheduling200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface DisableNodeScheduling200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DisableNodeScheduling200Headers;
}

/**
 * An unexpected response of Nodes_DisableNodeScheduling.
 */
export interface DisableNodeSchedulingDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_EnableNodeScheduling.
 */
export interface EnableNodeScheduling200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface EnableNodeScheduling200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & EnableNodeScheduling200Headers;
}

/**
 * An unexpected response of Nodes_EnableNodeScheduling.
 */
export interface EnableNodeSchedulingDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_ListNodeExtensions.
 */
export interface ListNodeExtensions200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListNodeExtensions200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchNodeVMExtensionListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListNodeExtensions200Headers;
}

/**
 * An unexpected response of Nodes_ListNodeExtensions.
 */
export interface ListNodeExtensionsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_GetNodeExtension.
 */
export interface GetNodeExtension200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetNodeExtension200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchNodeVMExtensionOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetNodeExtension200Headers;
}

/**
 * An unexpected response of Nodes_GetNodeExtension.
 */
export interface GetNodeExtensionDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_ListNodeFiles.
 */
export interface ListNodeFiles200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ListNodeFiles200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchNodeFileListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListNodeFiles200Headers;
}

/**
 * An unexpected response of Nodes_ListNodeFiles.
 */
export interface ListNodeFilesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_GetNodeFile.
 */
export interface GetNodeFile200Headers {
  /**
   * The length of the file.
   */
  "content-length"?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * Whether the object represents a directory.
   */
  "ocp-batch-file-isdirectory"?: string;
  /**
   * The file mode attribute in octal format.
   */
  "ocp-batch-file-mode"?: string;
  /**
   * The URL of the file.
   */
  "ocp-batch-file-url"?: string;
  /**
   * The file creation time.
   */
  "ocp-creation-time"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetNodeFile200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Uint8Array;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetNodeFile200Headers;
}

/**
 * An unexpected response of Nodes_GetNodeFile.
 */
export interface GetNodeFileDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_DeleteNodeFile.
 */
export interface DeleteNodeFile200Headers {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface DeleteNodeFile200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeleteNodeFile200Headers;
}

/**
 * An unexpected response of Nodes_DeleteNodeFile.
 */
export interface DeleteNodeFileDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_GetNodeFileProperties.
 */
export interface GetNodeFileProperties200Headers {
  /**
   * The length of the file.
   */
  "content-length"?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * Whether the object represents a directory.
   */
  "ocp-batch-file-isdirectory"?: string;
  /**
   * The file mode attribute in octal format.
   */
  "ocp-batch-file-mode"?: string;
  /**
   * The URL of the file.
   */
  "ocp-batch-file-url"?: string;
  /**
   * The file creation time.
   */
  "ocp-creation-time"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetNodeFileProperties200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetNodeFileProperties200Headers;
}

/**
 * An unexpected response of Nodes_GetNodeFileProperties.
 */
export interface GetNodeFilePropertiesDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Nodes_RebootNode.
 */
export interface RebootNode202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface RebootNode202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & RebootNode202Headers;
}

/**
 * An unexpected response of Nodes_RebootNode.
 */
export interface RebootNodeDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Nodes_ReimageNode.
 */
export interface ReimageNode202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface ReimageNode202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ReimageNode202Headers;
}

/**
 * An unexpected response of Nodes_ReimageNode.
 */
export interface ReimageNodeDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_GetNodeRemoteLoginSettings.
 */
export interface GetNodeRemoteLoginSettings200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface GetNodeRemoteLoginSettings200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: BatchNodeRemoteLoginSettingsOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetNodeRemoteLoginSettings200Headers;
}

/**
 * An unexpected response of Nodes_GetNodeRemoteLoginSettings.
 */
export interface GetNodeRemoteLoginSettingsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 202 response of Nodes_StartNode.
 */
export interface StartNode202Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has been accepted for processing, but processing has not yet completed.
 */
export interface StartNode202Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "202";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & StartNode202Headers;
}

/**
 * An unexpected response of Nodes_StartNode.
 */
export interface StartNodeDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogs200Headers {
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface UploadNodeLogs200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: UploadBatchServiceLogsResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & UploadNodeLogs200Headers;
}

/**
 * An unexpected response of Nodes_UploadNodeLogs.
 */
export interface UploadNodeLogsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 201 response of Nodes_CreateNodeUser.
 */
export interface CreateNodeUser201Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded and a new resource has been created as a result.
 */
export interface CreateNodeUser201Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "201";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & CreateNodeUser201Headers;
}

/**
 * An unexpected response of Nodes_CreateNodeUser.
 */
export interface CreateNodeUserDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUser200Headers {
  /**
   * The OData ID of the resource to which the request applied.
   */
  dataserviceid?: string;
  /**
   * The ETag HTTP response header. This is an opaque string. You can use it to detect whether the resource has changed between requests. In particular, you can pass the ETag to one of the If-Modified-Since, If-Unmodified-Since, If-Match or If-None-Match headers.
   */
  etag?: string;
  /**
   * The time at which the resource was last modified.
   */
  "last-modified"?: string;
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface ReplaceNodeUser200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ReplaceNodeUser200Headers;
}

/**
 * An unexpected response of Nodes_ReplaceNodeUser.
 */
export interface ReplaceNodeUserDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

/**
 * Headers of the 200 response of Nodes_DeleteNodeUser.
 */
export interface DeleteNodeUser200Headers {
  /**
   * The client-request-id provided by the client during the request. This will be returned only if the return-client-request-id parameter was set to true.
   */
  "client-request-id"?: string;
  /**
   * A unique identifier for the request that was made to the Batch service. If a request is consistently failing and you have verified that the request is properly formulated, you may use this value to report the error to Microsoft. In your report, include the value of this request ID, the approximate time that the request was made, the Batch Account against which the request was made, and the region that Account resides in.
   */
  "request-id"?: string;
}

/**
 * The request has succeeded.
 */
export interface DeleteNodeUser200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & DeleteNodeUser200Headers;
}

/**
 * An unexpected response of Nodes_DeleteNodeUser.
 */
export interface DeleteNodeUserDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: BatchErrorOutput;
}

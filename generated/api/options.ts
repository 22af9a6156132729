// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { OperationOptions } from "@azure-rest/core-client";

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
 * Optional parameters of `listApplications` (Applications_ListApplications).
 */
export interface ListApplicationsOptionalParams extends BatchOperationOptions {
  /**
   * The maximum number of items to return in the response. A maximum of 1000
   * applications can be returned.
   */
  maxresults?: number;
}

/**
 * Optional parameters of `getApplication` (Applications_GetApplication).
 */
export interface GetApplicationOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `listJobs` (Jobs_ListJobs).
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
 * Optional parameters of `createJob` (Jobs_CreateJob).
 */
export interface CreateJobOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `getJob` (Jobs_GetJob).
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
 * Optional parameters of `replaceJob` (Jobs_ReplaceJob).
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
 * Optional parameters of `updateJob` (Jobs_UpdateJob).
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
 * Optional parameters of `deleteJob` (Jobs_DeleteJob).
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
 * Optional parameters of `disableJob` (Jobs_DisableJob).
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
 * Optional parameters of `enableJob` (Jobs_EnableJob).
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
 * Optional parameters of `listJobPreparationAndReleaseTaskStatus` (Jobs_ListJobPreparationAndReleaseTaskStatus).
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
 * Optional parameters of `getJobTaskCounts` (Jobs_GetJobTaskCounts).
 */
export interface GetJobTaskCountsOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `terminateJob` (Jobs_TerminateJob).
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
 * Optional parameters of `listJobsFromSchedule` (Jobs_ListJobsFromSchedule).
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
 * Optional parameters of `createTaskCollection` (Tasks_CreateTaskCollection).
 */
export interface CreateTaskCollectionOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `listTasks` (Tasks_ListTasks).
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
 * Optional parameters of `createTask` (Tasks_CreateTask).
 */
export interface CreateTaskOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `getTask` (Tasks_GetTask).
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
 * Optional parameters of `replaceTask` (Tasks_ReplaceTask).
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
 * Optional parameters of `deleteTask` (Tasks_DeleteTask).
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
 * Optional parameters of `listTaskFiles` (Tasks_ListTaskFiles).
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
 * Optional parameters of `downloadTaskFile` (Tasks_GetTaskFile).
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
 * Optional parameters of `deleteTaskFile` (Tasks_DeleteTaskFile).
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
 * Optional parameters of `getTaskFileProperties` (Tasks_GetTaskFileProperties).
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
 * Optional parameters of `reactivateTask` (Tasks_ReactivateTask).
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
 * Optional parameters of `listSubTasks` (Tasks_ListSubTasks).
 */
export interface ListSubTasksOptionalParams extends BatchOperationOptions {
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of `terminateTask` (Tasks_TerminateTask).
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
 * Optional parameters of `listJobSchedules` (JobSchedules_ListJobSchedules).
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
 * Optional parameters of `createJobSchedule` (JobSchedules_CreateJobSchedule).
 */
export interface CreateJobScheduleOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `getJobSchedule` (JobSchedules_GetJobSchedule).
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
 * Optional parameters of `replaceJobSchedule` (JobSchedules_ReplaceJobSchedule).
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
 * Optional parameters of `updateJobSchedule` (JobSchedules_UpdateJobSchedule).
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
 * Optional parameters of `deleteJobSchedule` (JobSchedules_DeleteJobSchedule).
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
 * Optional parameters of `jobScheduleExists` (JobSchedules_JobScheduleExists).
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
 * Optional parameters of `disableJobSchedule` (JobSchedules_DisableJobSchedule).
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
 * Optional parameters of `enableJobSchedule` (JobSchedules_EnableJobSchedule).
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
 * Optional parameters of `terminateJobSchedule` (JobSchedules_TerminateJobSchedule).
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
 * Optional parameters of `listPoolNodeCounts` (Pools_ListPoolNodeCounts).
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
 * Optional parameters of `listPools` (Pools_ListPools).
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
 * Optional parameters of `createPool` (Pools_CreatePool).
 */
export interface CreatePoolOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `getPool` (Pools_GetPool).
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
 * Optional parameters of `updatePool` (Pools_UpdatePool).
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
 * Optional parameters of `deletePool` (Pools_DeletePool).
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
 * Optional parameters of `poolExists` (Pools_PoolExists).
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
 * Optional parameters of `disablePoolAutoScale` (Pools_DisablePoolAutoScale).
 */
export interface DisablePoolAutoScaleOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `enablePoolAutoScale` (Pools_EnablePoolAutoScale).
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
 * Optional parameters of `evaluatePoolAutoScale` (Pools_EvaluatePoolAutoScale).
 */
export interface EvaluatePoolAutoScaleOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `removeNodes` (Pools_RemoveNodes).
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
 * Optional parameters of `resizePool` (Pools_ResizePool).
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
 * Optional parameters of `stopPoolResize` (Pools_StopPoolResize).
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
 * Optional parameters of `replacePoolProperties` (Pools_ReplacePoolProperties).
 */
export interface ReplacePoolPropertiesOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `listSupportedImages` (Pools_ListSupportedImages).
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
 * Optional parameters of `listNodes` (Nodes_ListNodes).
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
 * Optional parameters of `getNode` (Nodes_GetNode).
 */
export interface GetNodeOptionalParams extends BatchOperationOptions {
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of `deallocateNode` (Nodes_DeallocateNode).
 */
export interface DeallocateNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `disableNodeScheduling` (Nodes_DisableNodeScheduling).
 */
export interface DisableNodeSchedulingOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `enableNodeScheduling` (Nodes_EnableNodeScheduling).
 */
export interface EnableNodeSchedulingOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `listNodeExtensions` (Nodes_ListNodeExtensions).
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
 * Optional parameters of `getNodeExtension` (Nodes_GetNodeExtension).
 */
export interface GetNodeExtensionOptionalParams extends BatchOperationOptions {
  /**
   * An OData $select clause.
   * (sent as `$select`)
   */
  select?: Array<string>;
}

/**
 * Optional parameters of `listNodeFiles` (Nodes_ListNodeFiles).
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
 * Optional parameters of `downloadNodeFile` (Nodes_GetNodeFile).
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
 * Optional parameters of `deleteNodeFile` (Nodes_DeleteNodeFile).
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
 * Optional parameters of `getNodeFileProperties` (Nodes_GetNodeFileProperties).
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
 * Optional parameters of `rebootNode` (Nodes_RebootNode).
 */
export interface RebootNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `reimageNode` (Nodes_ReimageNode).
 */
export interface ReimageNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `getNodeRemoteLoginSettings` (Nodes_GetNodeRemoteLoginSettings).
 */
export interface GetNodeRemoteLoginSettingsOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `startNode` (Nodes_StartNode).
 */
export interface StartNodeOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `uploadNodeLogs` (Nodes_UploadNodeLogs).
 */
export interface UploadNodeLogsOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `createNodeUser` (Nodes_CreateNodeUser).
 */
export interface CreateNodeUserOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `replaceNodeUser` (Nodes_ReplaceNodeUser).
 */
export interface ReplaceNodeUserOptionalParams extends BatchOperationOptions {}

/**
 * Optional parameters of `deleteNodeUser` (Nodes_DeleteNodeUser).
 */
export interface DeleteNodeUserOptionalParams extends BatchOperationOptions {}

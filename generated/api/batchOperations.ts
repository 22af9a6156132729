// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import { getApplication, listApplications } from "./applications/operations.js";
import {
  createJobSchedule,
  deleteJobSchedule,
  disableJobSchedule,
  enableJobSchedule,
  getJobSchedule,
  jobScheduleExists,
  listJobSchedules,
  replaceJobSchedule,
  terminateJobSchedule,
  updateJobSchedule,
} from "./jobSchedules/operations.js";
import {
  createJob,
  deleteJob,
  disableJob,
  enableJob,
  getJob,
  getJobTaskCounts,
  listJobPreparationAndReleaseTaskStatus,
  listJobs,
  listJobsFromSchedule,
  replaceJob,
  terminateJob,
  updateJob,
} from "./jobs/operations.js";
import {
  createNodeUser,
  deallocateNode,
  deleteNodeFile,
  deleteNodeUser,
  disableNodeScheduling,
  downloadNodeFile,
  enableNodeScheduling,
  getNode,
  getNodeExtension,
  getNodeFileProperties,
  getNodeRemoteLoginSettings,
  listNodeExtensions,
  listNodeFiles,
  listNodes,
  rebootNode,
  reimageNode,
  replaceNodeUser,
  startNode,
  uploadNodeLogs,
} from "./nodes/operations.js";
import {
  createPool,
  deletePool,
  disablePoolAutoScale,
  enablePoolAutoScale,
  evaluatePoolAutoScale,
  getPool,
  listPoolNodeCounts,
  listPools,
  listSupportedImages,
  poolExists,
  removeNodes,
  replacePoolProperties,
  resizePool,
  stopPoolResize,
  updatePool,
} from "./pools/operations.js";
import {
  createTask,
  createTaskCollection,
  deleteTask,
  deleteTaskFile,
  downloadTaskFile,
  getTask,
  getTaskFileProperties,
  listSubTasks,
  listTaskFiles,
  listTasks,
  reactivateTask,
  replaceTask,
  terminateTask,
} from "./tasks/operations.js";
import {
  beginDeallocateNode,
  beginDeleteJob,
  beginDeleteJobSchedule,
  beginDeletePool,
  beginDisableJob,
  beginEnableJob,
  beginRebootNode,
  beginReimageNode,
  beginRemoveNodes,
  beginResizePool,
  beginStartNode,
  beginStopPoolResize,
  beginTerminateJob,
  beginTerminateJobSchedule,
  type BeginDeallocateNodeOptionalParams,
  type BeginDeleteJobOptionalParams,
  type BeginDeleteJobScheduleOptionalParams,
  type BeginDeletePoolOptionalParams,
  type BeginDisableJobOptionalParams,
  type BeginEnableJobOptionalParams,
  type BeginRebootNodeOptionalParams,
  type BeginReimageNodeOptionalParams,
  type BeginRemoveNodesOptionalParams,
  type BeginResizePoolOptionalParams,
  type BeginStartNodeOptionalParams,
  type BeginStopPoolResizeOptionalParams,
  type BeginTerminateJobOptionalParams,
  type BeginTerminateJobScheduleOptionalParams,
} from "./longRunning.js";
import type { BatchPoller } from "../../src/lro/engine.js";
import type { BatchContext } from "./batchContext.js";
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
import type {
  CreateJobOptionalParams,
  CreateJobScheduleOptionalParams,
  CreateNodeUserOptionalParams,
  CreatePoolOptionalParams,
  CreateTaskCollectionOptionalParams,
  CreateTaskOptionalParams,
  DeallocateNodeOptionalParams,
  DeleteJobOptionalParams,
  DeleteJobScheduleOptionalParams,
  DeleteNodeFileOptionalParams,
  DeleteNodeUserOptionalParams,
  DeletePoolOptionalParams,
  DeleteTaskFileOptionalParams,
  DeleteTaskOptionalParams,
  DisableJobOptionalParams,
  DisableJobScheduleOptionalParams,
  DisableNodeSchedulingOptionalParams,
  DisablePoolAutoScaleOptionalParams,
  DownloadNodeFileOptionalParams,
  DownloadTaskFileOptionalParams,
  EnableJobOptionalParams,
  EnableJobScheduleOptionalParams,
  EnableNodeSchedulingOptionalParams,
  EnablePoolAutoScaleOptionalParams,
  EvaluatePoolAutoScaleOptionalParams,
  GetApplicationOptionalParams,
  GetJobOptionalParams,
  GetJobScheduleOptionalParams,
  GetJobTaskCountsOptionalParams,
  GetNodeExtensionOptionalParams,
  GetNodeFilePropertiesOptionalParams,
  GetNodeOptionalParams,
  GetNodeRemoteLoginSettingsOptionalParams,
  GetPoolOptionalParams,
  GetTaskFilePropertiesOptionalParams,
  GetTaskOptionalParams,
  JobScheduleExistsOptionalParams,
  ListApplicationsOptionalParams,
  ListJobPreparationAndReleaseTaskStatusOptionalParams,
  ListJobSchedulesOptionalParams,
  ListJobsFromScheduleOptionalParams,
  ListJobsOptionalParams,
  ListNodeExtensionsOptionalParams,
  ListNodeFilesOptionalParams,
  ListNodesOptionalParams,
  ListPoolNodeCountsOptionalParams,
  ListPoolsOptionalParams,
  ListSubTasksOptionalParams,
  ListSupportedImagesOptionalParams,
  ListTaskFilesOptionalParams,
  ListTasksOptionalParams,
  PoolExistsOptionalParams,
  ReactivateTaskOptionalParams,
  RebootNodeOptionalParams,
  ReimageNodeOptionalParams,
  RemoveNodesOptionalParams,
  ReplaceJobOptionalParams,
  ReplaceJobScheduleOptionalParams,
  ReplaceNodeUserOptionalParams,
  ReplacePoolPropertiesOptionalParams,
  ReplaceTaskOptionalParams,
  ResizePoolOptionalParams,
  StartNodeOptionalParams,
  StopPoolResizeOptionalParams,
  TerminateJobOptionalParams,
  TerminateJobScheduleOptionalParams,
  TerminateTaskOptionalParams,
  UpdateJobOptionalParams,
  UpdateJobScheduleOptionalParams,
  UpdatePoolOptionalParams,
  UploadNodeLogsOptionalParams,
} from "./options.js";
import type {
  BatchFileProperties,
  CreateJobResult,
  CreateJobScheduleResult,
  CreateNodeUserResult,
  CreatePoolResult,
  CreateTaskResult,
  DeallocateNodeResult,
  DeleteJobResult,
  DeleteJobScheduleResult,
  DeleteNodeFileResult,
  DeleteNodeUserResult,
  DeletePoolResult,
  DeleteTaskFileResult,
  DeleteTaskResult,
  DisableJobResult,
  DisableJobScheduleResult,
  DisableNodeSchedulingResult,
  DisablePoolAutoScaleResult,
  EnableJobResult,
  EnableJobScheduleResult,
  EnableNodeSchedulingResult,
  EnablePoolAutoScaleResult,
  ReactivateTaskResult,
  RebootNodeResult,
  ReimageNodeResult,
  RemoveNodesResult,
  ReplaceJobResult,
  ReplaceJobScheduleResult,
  ReplaceNodeUserResult,
  ReplacePoolPropertiesResult,
  ReplaceTaskResult,
  ResizePoolResult,
  StartNodeResult,
  StopPoolResizeResult,
  TerminateJobResult,
  TerminateJobScheduleResult,
  TerminateTaskResult,
  UpdateJobResult,
  UpdateJobScheduleResult,
  UpdatePoolResult,
} from "./results.js";
import type { PagedAsyncIterableIterator } from "../rest/paginateHelper.js";

/**
 * Every Batch operation as a method: each one calls the operation's function (importable on its own) with this object's context.
 * A method throws the error built by the context's `createError` for any status the spec does not declare; a `begin*` method's poller throws the error of its request or of a poll.
 */
export class BatchOperations {
  /**
   * The context every method runs on.
   */
  protected readonly context: BatchContext;

  /**
   * Wraps a context.
   * @param context - the rest-level client and error factory the operations use.
   */
  constructor(context: BatchContext) {
    this.context = context;
  }

  /**
   * Lists all of the applications available in the specified Account.
   * Sends `GET /applications` (Applications_ListApplications).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listApplications(options: ListApplicationsOptionalParams = {}): PagedAsyncIterableIterator<BatchApplication> {
    return listApplications(this.context, options);
  }

  /**
   * Gets information about the specified Application.
   * Sends `GET /applications/\{applicationId\}` (Applications_GetApplication).
   * @param applicationId - The ID of the Application
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getApplication(applicationId: string, options: GetApplicationOptionalParams = {}): Promise<BatchApplication> {
    return getApplication(this.context, applicationId, options);
  }

  /**
   * Lists all of the Jobs in the specified Account.
   * Sends `GET /jobs` (Jobs_ListJobs).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listJobs(options: ListJobsOptionalParams = {}): PagedAsyncIterableIterator<BatchJob> {
    return listJobs(this.context, options);
  }

  /**
   * Creates a Job to the specified Account.
   * Sends `POST /jobs` (Jobs_CreateJob).
   * @param job - The Job to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  createJob(job: BatchJobCreateOptions, options: CreateJobOptionalParams = {}): Promise<CreateJobResult> {
    return createJob(this.context, job, options);
  }

  /**
   * Gets information about the specified Job.
   * Sends `GET /jobs/\{jobId\}` (Jobs_GetJob).
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getJob(jobId: string, options: GetJobOptionalParams = {}): Promise<BatchJob> {
    return getJob(this.context, jobId, options);
  }

  /**
   * Updates the properties of the specified Job.
   * Sends `PUT /jobs/\{jobId\}` (Jobs_ReplaceJob).
   * @param jobId - The ID of the Job whose properties you want to update.
   * @param job - A job with updated properties
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  replaceJob(jobId: string, job: BatchJob, options: ReplaceJobOptionalParams = {}): Promise<ReplaceJobResult> {
    return replaceJob(this.context, jobId, job, options);
  }

  /**
   * Updates the properties of the specified Job.
   * Sends `PATCH /jobs/\{jobId\}` (Jobs_UpdateJob).
   * @param jobId - The ID of the Job whose properties you want to update.
   * @param job - The options to use for updating the Job.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  updateJob(
    jobId: string,
    job: BatchJobUpdateOptions,
    options: UpdateJobOptionalParams = {},
  ): Promise<UpdateJobResult> {
    return updateJob(this.context, jobId, job, options);
  }

  /**
   * Deletes a Job.
   * Sends `DELETE /jobs/\{jobId\}` (Jobs_DeleteJob).
   * @param jobId - The ID of the Job to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deleteJob(jobId: string, options: DeleteJobOptionalParams = {}): Promise<DeleteJobResult> {
    return deleteJob(this.context, jobId, options);
  }

  /**
   * Disables the specified Job, preventing new Tasks from running.
   * Sends `POST /jobs/\{jobId\}/disable` (Jobs_DisableJob).
   * @param jobId - The ID of the Job to disable.
   * @param disableOptions - The options to use for disabling the Job.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  disableJob(
    jobId: string,
    disableOptions: BatchJobDisableOptions,
    options: DisableJobOptionalParams = {},
  ): Promise<DisableJobResult> {
    return disableJob(this.context, jobId, disableOptions, options);
  }

  /**
   * Enables the specified Job, allowing new Tasks to run.
   * Sends `POST /jobs/\{jobId\}/enable` (Jobs_EnableJob).
   * @param jobId - The ID of the Job to enable.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  enableJob(jobId: string, options: EnableJobOptionalParams = {}): Promise<EnableJobResult> {
    return enableJob(this.context, jobId, options);
  }

  /**
   * Lists the execution status of the Job Preparation and Job Release Task for the
   * specified Job across the Compute Nodes where the Job has run.
   * Sends `GET /jobs/\{jobId\}/jobpreparationandreleasetaskstatus` (Jobs_ListJobPreparationAndReleaseTaskStatus).
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listJobPreparationAndReleaseTaskStatus(
    jobId: string,
    options: ListJobPreparationAndReleaseTaskStatusOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchJobPreparationAndReleaseTaskStatus> {
    return listJobPreparationAndReleaseTaskStatus(this.context, jobId, options);
  }

  /**
   * Gets the Task counts for the specified Job.
   * Sends `GET /jobs/\{jobId\}/taskcounts` (Jobs_GetJobTaskCounts).
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getJobTaskCounts(jobId: string, options: GetJobTaskCountsOptionalParams = {}): Promise<BatchTaskCountsResult> {
    return getJobTaskCounts(this.context, jobId, options);
  }

  /**
   * Terminates the specified Job, marking it as completed.
   * Sends `POST /jobs/\{jobId\}/terminate` (Jobs_TerminateJob).
   * @param jobId - The ID of the Job to terminate.
   * @param parameters - The options to use for terminating the Job.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  terminateJob(
    jobId: string,
    parameters?: BatchJobTerminateOptions,
    options: TerminateJobOptionalParams = {},
  ): Promise<TerminateJobResult> {
    return terminateJob(this.context, jobId, parameters, options);
  }

  /**
   * Lists the Jobs that have been created under the specified Job Schedule.
   * Sends `GET /jobschedules/\{jobScheduleId\}/jobs` (Jobs_ListJobsFromSchedule).
   * @param jobScheduleId - The ID of the Job Schedule from which you want to get a list of Jobs.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listJobsFromSchedule(
    jobScheduleId: string,
    options: ListJobsFromScheduleOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchJob> {
    return listJobsFromSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Adds a collection of Tasks to the specified Job.
   * Sends `POST /jobs/\{jobId\}/addtaskcollection` (Tasks_CreateTaskCollection).
   * @param jobId - The ID of the Job to which the Task collection is to be added.
   * @param taskCollection - The Tasks to be added.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  createTaskCollection(
    jobId: string,
    taskCollection: BatchTaskGroup,
    options: CreateTaskCollectionOptionalParams = {},
  ): Promise<BatchCreateTaskCollectionResult> {
    return createTaskCollection(this.context, jobId, taskCollection, options);
  }

  /**
   * Lists all of the Tasks that are associated with the specified Job.
   * Sends `GET /jobs/\{jobId\}/tasks` (Tasks_ListTasks).
   * @param jobId - The ID of the Job.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listTasks(jobId: string, options: ListTasksOptionalParams = {}): PagedAsyncIterableIterator<BatchTask> {
    return listTasks(this.context, jobId, options);
  }

  /**
   * Creates a Task to the specified Job.
   * Sends `POST /jobs/\{jobId\}/tasks` (Tasks_CreateTask).
   * @param jobId - The ID of the Job to which the Task is to be created.
   * @param task - The Task to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  createTask(
    jobId: string,
    task: BatchTaskCreateOptions,
    options: CreateTaskOptionalParams = {},
  ): Promise<CreateTaskResult> {
    return createTask(this.context, jobId, task, options);
  }

  /**
   * Gets information about the specified Task.
   * Sends `GET /jobs/\{jobId\}/tasks/\{taskId\}` (Tasks_GetTask).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task to get information about.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getTask(jobId: string, taskId: string, options: GetTaskOptionalParams = {}): Promise<BatchTask> {
    return getTask(this.context, jobId, taskId, options);
  }

  /**
   * Updates the properties of the specified Task.
   * Sends `PUT /jobs/\{jobId\}/tasks/\{taskId\}` (Tasks_ReplaceTask).
   * @param jobId - The ID of the Job containing the Task.
   * @param taskId - The ID of the Task to update.
   * @param task - The Task to update.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  replaceTask(
    jobId: string,
    taskId: string,
    task: BatchTask,
    options: ReplaceTaskOptionalParams = {},
  ): Promise<ReplaceTaskResult> {
    return replaceTask(this.context, jobId, taskId, task, options);
  }

  /**
   * Deletes a Task from the specified Job.
   * Sends `DELETE /jobs/\{jobId\}/tasks/\{taskId\}` (Tasks_DeleteTask).
   * @param jobId - The ID of the Job from which to delete the Task.
   * @param taskId - The ID of the Task to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deleteTask(jobId: string, taskId: string, options: DeleteTaskOptionalParams = {}): Promise<DeleteTaskResult> {
    return deleteTask(this.context, jobId, taskId, options);
  }

  /**
   * Lists the files in a Task's directory on its Compute Node.
   * Sends `GET /jobs/\{jobId\}/tasks/\{taskId\}/files` (Tasks_ListTaskFiles).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose files you want to list.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listTaskFiles(
    jobId: string,
    taskId: string,
    options: ListTaskFilesOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchNodeFile> {
    return listTaskFiles(this.context, jobId, taskId, options);
  }

  /**
   * Returns the content of the specified Task file.
   * Sends `GET /jobs/\{jobId\}/tasks/\{taskId\}/files/\{filePath\}` (Tasks_GetTaskFile).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose file you want to retrieve.
   * @param filePath - The path to the Task file that you want to get the content of.
   * @param options - optional parameters.
   * @returns the file's content as a Node stream (not buffered).
   */
  downloadTaskFile(
    jobId: string,
    taskId: string,
    filePath: string,
    options: DownloadTaskFileOptionalParams = {},
  ): Promise<NodeJS.ReadableStream> {
    return downloadTaskFile(this.context, jobId, taskId, filePath, options);
  }

  /**
   * Deletes the specified Task file from the Compute Node where the Task ran.
   * Sends `DELETE /jobs/\{jobId\}/tasks/\{taskId\}/files/\{filePath\}` (Tasks_DeleteTaskFile).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose file you want to retrieve.
   * @param filePath - The path to the Task file that you want to get the content of.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deleteTaskFile(
    jobId: string,
    taskId: string,
    filePath: string,
    options: DeleteTaskFileOptionalParams = {},
  ): Promise<DeleteTaskFileResult> {
    return deleteTaskFile(this.context, jobId, taskId, filePath, options);
  }

  /**
   * Gets the properties of the specified Task file.
   * Sends `HEAD /jobs/\{jobId\}/tasks/\{taskId\}/files/\{filePath\}` (Tasks_GetTaskFileProperties).
   * @param jobId - The ID of the Job that contains the Task.
   * @param taskId - The ID of the Task whose file you want to retrieve.
   * @param filePath - The path to the Task file that you want to get the content of.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  getTaskFileProperties(
    jobId: string,
    taskId: string,
    filePath: string,
    options: GetTaskFilePropertiesOptionalParams = {},
  ): Promise<BatchFileProperties> {
    return getTaskFileProperties(this.context, jobId, taskId, filePath, options);
  }

  /**
   * Reactivates a Task, allowing it to run again even if its retry count has been
   * exhausted.
   * Sends `POST /jobs/\{jobId\}/tasks/\{taskId\}/reactivate` (Tasks_ReactivateTask).
   * @param jobId - The ID of the Job containing the Task.
   * @param taskId - The ID of the Task to reactivate.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  reactivateTask(
    jobId: string,
    taskId: string,
    options: ReactivateTaskOptionalParams = {},
  ): Promise<ReactivateTaskResult> {
    return reactivateTask(this.context, jobId, taskId, options);
  }

  /**
   * Lists all of the subtasks that are associated with the specified multi-instance
   * Task.
   * Sends `GET /jobs/\{jobId\}/tasks/\{taskId\}/subtasksinfo` (Tasks_ListSubTasks).
   * @param jobId - The ID of the Job.
   * @param taskId - The ID of the Task.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listSubTasks(
    jobId: string,
    taskId: string,
    options: ListSubTasksOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchSubtask> {
    return listSubTasks(this.context, jobId, taskId, options);
  }

  /**
   * Terminates the specified Task.
   * Sends `POST /jobs/\{jobId\}/tasks/\{taskId\}/terminate` (Tasks_TerminateTask).
   * @param jobId - The ID of the Job containing the Task.
   * @param taskId - The ID of the Task to terminate.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  terminateTask(
    jobId: string,
    taskId: string,
    options: TerminateTaskOptionalParams = {},
  ): Promise<TerminateTaskResult> {
    return terminateTask(this.context, jobId, taskId, options);
  }

  /**
   * Lists all of the Job Schedules in the specified Account.
   * Sends `GET /jobschedules` (JobSchedules_ListJobSchedules).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listJobSchedules(options: ListJobSchedulesOptionalParams = {}): PagedAsyncIterableIterator<BatchJobSchedule> {
    return listJobSchedules(this.context, options);
  }

  /**
   * Creates a Job Schedule to the specified Account.
   * Sends `POST /jobschedules` (JobSchedules_CreateJobSchedule).
   * @param jobSchedule - The Job Schedule to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  createJobSchedule(
    jobSchedule: BatchJobScheduleCreateOptions,
    options: CreateJobScheduleOptionalParams = {},
  ): Promise<CreateJobScheduleResult> {
    return createJobSchedule(this.context, jobSchedule, options);
  }

  /**
   * Gets information about the specified Job Schedule.
   * Sends `GET /jobschedules/\{jobScheduleId\}` (JobSchedules_GetJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to get.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getJobSchedule(jobScheduleId: string, options: GetJobScheduleOptionalParams = {}): Promise<BatchJobSchedule> {
    return getJobSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Updates the properties of the specified Job Schedule.
   * Sends `PUT /jobschedules/\{jobScheduleId\}` (JobSchedules_ReplaceJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to update.
   * @param jobSchedule - A Job Schedule with updated properties
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  replaceJobSchedule(
    jobScheduleId: string,
    jobSchedule: BatchJobSchedule,
    options: ReplaceJobScheduleOptionalParams = {},
  ): Promise<ReplaceJobScheduleResult> {
    return replaceJobSchedule(this.context, jobScheduleId, jobSchedule, options);
  }

  /**
   * Updates the properties of the specified Job Schedule.
   * Sends `PATCH /jobschedules/\{jobScheduleId\}` (JobSchedules_UpdateJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to update.
   * @param jobSchedule - The options to use for updating the Job Schedule.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  updateJobSchedule(
    jobScheduleId: string,
    jobSchedule: BatchJobScheduleUpdateOptions,
    options: UpdateJobScheduleOptionalParams = {},
  ): Promise<UpdateJobScheduleResult> {
    return updateJobSchedule(this.context, jobScheduleId, jobSchedule, options);
  }

  /**
   * Deletes a Job Schedule from the specified Account.
   * Sends `DELETE /jobschedules/\{jobScheduleId\}` (JobSchedules_DeleteJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deleteJobSchedule(
    jobScheduleId: string,
    options: DeleteJobScheduleOptionalParams = {},
  ): Promise<DeleteJobScheduleResult> {
    return deleteJobSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Checks the specified Job Schedule exists.
   * Sends `HEAD /jobschedules/\{jobScheduleId\}` (JobSchedules_JobScheduleExists).
   * @param jobScheduleId - The ID of the Job Schedule which you want to check.
   * @param options - optional parameters.
   * @returns true when the resource exists, false on 404.
   */
  jobScheduleExists(jobScheduleId: string, options: JobScheduleExistsOptionalParams = {}): Promise<boolean> {
    return jobScheduleExists(this.context, jobScheduleId, options);
  }

  /**
   * Disables a Job Schedule.
   * Sends `POST /jobschedules/\{jobScheduleId\}/disable` (JobSchedules_DisableJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to disable.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  disableJobSchedule(
    jobScheduleId: string,
    options: DisableJobScheduleOptionalParams = {},
  ): Promise<DisableJobScheduleResult> {
    return disableJobSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Enables a Job Schedule.
   * Sends `POST /jobschedules/\{jobScheduleId\}/enable` (JobSchedules_EnableJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to enable.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  enableJobSchedule(
    jobScheduleId: string,
    options: EnableJobScheduleOptionalParams = {},
  ): Promise<EnableJobScheduleResult> {
    return enableJobSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Terminates a Job Schedule.
   * Sends `POST /jobschedules/\{jobScheduleId\}/terminate` (JobSchedules_TerminateJobSchedule).
   * @param jobScheduleId - The ID of the Job Schedule to terminates.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  terminateJobSchedule(
    jobScheduleId: string,
    options: TerminateJobScheduleOptionalParams = {},
  ): Promise<TerminateJobScheduleResult> {
    return terminateJobSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Gets the number of Compute Nodes in each state, grouped by Pool. Note that the
   * numbers returned may not always be up to date. If you need exact node counts,
   * use a list query.
   * Sends `GET /nodecounts` (Pools_ListPoolNodeCounts).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listPoolNodeCounts(options: ListPoolNodeCountsOptionalParams = {}): PagedAsyncIterableIterator<BatchPoolNodeCounts> {
    return listPoolNodeCounts(this.context, options);
  }

  /**
   * Lists all of the Pools in the specified Account.
   * Sends `GET /pools` (Pools_ListPools).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listPools(options: ListPoolsOptionalParams = {}): PagedAsyncIterableIterator<BatchPool> {
    return listPools(this.context, options);
  }

  /**
   * Creates a Pool to the specified Account.
   * Sends `POST /pools` (Pools_CreatePool).
   * @param pool - The Pool to be created.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  createPool(pool: BatchPoolCreateOptions, options: CreatePoolOptionalParams = {}): Promise<CreatePoolResult> {
    return createPool(this.context, pool, options);
  }

  /**
   * Gets information about the specified Pool.
   * Sends `GET /pools/\{poolId\}` (Pools_GetPool).
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getPool(poolId: string, options: GetPoolOptionalParams = {}): Promise<BatchPool> {
    return getPool(this.context, poolId, options);
  }

  /**
   * Updates the properties of the specified Pool.
   * Sends `PATCH /pools/\{poolId\}` (Pools_UpdatePool).
   * @param poolId - The ID of the Pool to get.
   * @param pool - The pool properties to update.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  updatePool(
    poolId: string,
    pool: BatchPoolUpdateOptions,
    options: UpdatePoolOptionalParams = {},
  ): Promise<UpdatePoolResult> {
    return updatePool(this.context, poolId, pool, options);
  }

  /**
   * Deletes a Pool from the specified Account.
   * Sends `DELETE /pools/\{poolId\}` (Pools_DeletePool).
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deletePool(poolId: string, options: DeletePoolOptionalParams = {}): Promise<DeletePoolResult> {
    return deletePool(this.context, poolId, options);
  }

  /**
   * Gets basic properties of a Pool.
   * Sends `HEAD /pools/\{poolId\}` (Pools_PoolExists).
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns true when the resource exists, false on 404.
   */
  poolExists(poolId: string, options: PoolExistsOptionalParams = {}): Promise<boolean> {
    return poolExists(this.context, poolId, options);
  }

  /**
   * Disables automatic scaling for a Pool.
   * Sends `POST /pools/\{poolId\}/disableautoscale` (Pools_DisablePoolAutoScale).
   * @param poolId - The ID of the Pool on which to disable automatic scaling.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  disablePoolAutoScale(
    poolId: string,
    options: DisablePoolAutoScaleOptionalParams = {},
  ): Promise<DisablePoolAutoScaleResult> {
    return disablePoolAutoScale(this.context, poolId, options);
  }

  /**
   * Enables automatic scaling for a Pool.
   * Sends `POST /pools/\{poolId\}/enableautoscale` (Pools_EnablePoolAutoScale).
   * @param poolId - The ID of the Pool to get.
   * @param enableAutoScaleOptions - The options to use for enabling automatic scaling.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  enablePoolAutoScale(
    poolId: string,
    enableAutoScaleOptions: BatchPoolEnableAutoScaleOptions,
    options: EnablePoolAutoScaleOptionalParams = {},
  ): Promise<EnablePoolAutoScaleResult> {
    return enablePoolAutoScale(this.context, poolId, enableAutoScaleOptions, options);
  }

  /**
   * Gets the result of evaluating an automatic scaling formula on the Pool.
   * Sends `POST /pools/\{poolId\}/evaluateautoscale` (Pools_EvaluatePoolAutoScale).
   * @param poolId - The ID of the Pool on which to evaluate the automatic scaling formula.
   * @param evaluateAutoScaleOptions - The options to use for evaluating the automatic scaling formula.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  evaluatePoolAutoScale(
    poolId: string,
    evaluateAutoScaleOptions: BatchPoolEvaluateAutoScaleOptions,
    options: EvaluatePoolAutoScaleOptionalParams = {},
  ): Promise<AutoScaleRun> {
    return evaluatePoolAutoScale(this.context, poolId, evaluateAutoScaleOptions, options);
  }

  /**
   * Removes Compute Nodes from the specified Pool.
   * Sends `POST /pools/\{poolId\}/removenodes` (Pools_RemoveNodes).
   * @param poolId - The ID of the Pool to get.
   * @param removeOptions - The options to use for removing the node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  removeNodes(
    poolId: string,
    removeOptions: BatchNodeRemoveOptions,
    options: RemoveNodesOptionalParams = {},
  ): Promise<RemoveNodesResult> {
    return removeNodes(this.context, poolId, removeOptions, options);
  }

  /**
   * Changes the number of Compute Nodes that are assigned to a Pool.
   * Sends `POST /pools/\{poolId\}/resize` (Pools_ResizePool).
   * @param poolId - The ID of the Pool to get.
   * @param resizeOptions - The options to use for resizing the pool.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  resizePool(
    poolId: string,
    resizeOptions: BatchPoolResizeOptions,
    options: ResizePoolOptionalParams = {},
  ): Promise<ResizePoolResult> {
    return resizePool(this.context, poolId, resizeOptions, options);
  }

  /**
   * Stops an ongoing resize operation on the Pool.
   * Sends `POST /pools/\{poolId\}/stopresize` (Pools_StopPoolResize).
   * @param poolId - The ID of the Pool to get.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  stopPoolResize(poolId: string, options: StopPoolResizeOptionalParams = {}): Promise<StopPoolResizeResult> {
    return stopPoolResize(this.context, poolId, options);
  }

  /**
   * Updates the properties of the specified Pool.
   * Sends `POST /pools/\{poolId\}/updateproperties` (Pools_ReplacePoolProperties).
   * @param poolId - The ID of the Pool to update.
   * @param pool - The options to use for replacing properties on the pool.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  replacePoolProperties(
    poolId: string,
    pool: BatchPoolReplaceOptions,
    options: ReplacePoolPropertiesOptionalParams = {},
  ): Promise<ReplacePoolPropertiesResult> {
    return replacePoolProperties(this.context, poolId, pool, options);
  }

  /**
   * Lists all Virtual Machine Images supported by the Azure Batch service.
   * Sends `GET /supportedimages` (Pools_ListSupportedImages).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listSupportedImages(
    options: ListSupportedImagesOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchSupportedImage> {
    return listSupportedImages(this.context, options);
  }

  /**
   * Lists the Compute Nodes in the specified Pool.
   * Sends `GET /pools/\{poolId\}/nodes` (Nodes_ListNodes).
   * @param poolId - The ID of the Pool from which you want to list Compute Nodes.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listNodes(poolId: string, options: ListNodesOptionalParams = {}): PagedAsyncIterableIterator<BatchNode> {
    return listNodes(this.context, poolId, options);
  }

  /**
   * Gets information about the specified Compute Node.
   * Sends `GET /pools/\{poolId\}/nodes/\{nodeId\}` (Nodes_GetNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to get information about.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getNode(poolId: string, nodeId: string, options: GetNodeOptionalParams = {}): Promise<BatchNode> {
    return getNode(this.context, poolId, nodeId, options);
  }

  /**
   * Deallocates the specified Compute Node.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/deallocate` (Nodes_DeallocateNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for deallocating the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deallocateNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeDeallocateOptions,
    options: DeallocateNodeOptionalParams = {},
  ): Promise<DeallocateNodeResult> {
    return deallocateNode(this.context, poolId, nodeId, parameters, options);
  }

  /**
   * Disables Task scheduling on the specified Compute Node.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/disablescheduling` (Nodes_DisableNodeScheduling).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node on which you want to disable Task scheduling.
   * @param parameters - The options to use for disabling scheduling on the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  disableNodeScheduling(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeDisableSchedulingOptions,
    options: DisableNodeSchedulingOptionalParams = {},
  ): Promise<DisableNodeSchedulingResult> {
    return disableNodeScheduling(this.context, poolId, nodeId, parameters, options);
  }

  /**
   * Enables Task scheduling on the specified Compute Node.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/enablescheduling` (Nodes_EnableNodeScheduling).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node on which you want to enable Task scheduling.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  enableNodeScheduling(
    poolId: string,
    nodeId: string,
    options: EnableNodeSchedulingOptionalParams = {},
  ): Promise<EnableNodeSchedulingResult> {
    return enableNodeScheduling(this.context, poolId, nodeId, options);
  }

  /**
   * Lists the Compute Nodes Extensions in the specified Pool.
   * Sends `GET /pools/\{poolId\}/nodes/\{nodeId\}/extensions` (Nodes_ListNodeExtensions).
   * @param poolId - The ID of the Pool that contains Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to list extensions.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listNodeExtensions(
    poolId: string,
    nodeId: string,
    options: ListNodeExtensionsOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchNodeVMExtension> {
    return listNodeExtensions(this.context, poolId, nodeId, options);
  }

  /**
   * Gets information about the specified Compute Node Extension.
   * Sends `GET /pools/\{poolId\}/nodes/\{nodeId\}/extensions/\{extensionName\}` (Nodes_GetNodeExtension).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that contains the extensions.
   * @param extensionName - The name of the Compute Node Extension that you want to get information about.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getNodeExtension(
    poolId: string,
    nodeId: string,
    extensionName: string,
    options: GetNodeExtensionOptionalParams = {},
  ): Promise<BatchNodeVMExtension> {
    return getNodeExtension(this.context, poolId, nodeId, extensionName, options);
  }

  /**
   * Lists all of the files in Task directories on the specified Compute Node.
   * Sends `GET /pools/\{poolId\}/nodes/\{nodeId\}/files` (Nodes_ListNodeFiles).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node whose files you want to list.
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listNodeFiles(
    poolId: string,
    nodeId: string,
    options: ListNodeFilesOptionalParams = {},
  ): PagedAsyncIterableIterator<BatchNodeFile> {
    return listNodeFiles(this.context, poolId, nodeId, options);
  }

  /**
   * Returns the content of the specified Compute Node file.
   * Sends `GET /pools/\{poolId\}/nodes/\{nodeId\}/files/\{filePath\}` (Nodes_GetNodeFile).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node.
   * @param filePath - The path to the file or directory.
   * @param options - optional parameters.
   * @returns the file's content as a Node stream (not buffered).
   */
  downloadNodeFile(
    poolId: string,
    nodeId: string,
    filePath: string,
    options: DownloadNodeFileOptionalParams = {},
  ): Promise<NodeJS.ReadableStream> {
    return downloadNodeFile(this.context, poolId, nodeId, filePath, options);
  }

  /**
   * Deletes the specified file from the Compute Node.
   * Sends `DELETE /pools/\{poolId\}/nodes/\{nodeId\}/files/\{filePath\}` (Nodes_DeleteNodeFile).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node.
   * @param filePath - The path to the file or directory.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deleteNodeFile(
    poolId: string,
    nodeId: string,
    filePath: string,
    options: DeleteNodeFileOptionalParams = {},
  ): Promise<DeleteNodeFileResult> {
    return deleteNodeFile(this.context, poolId, nodeId, filePath, options);
  }

  /**
   * Gets the properties of the specified Compute Node file.
   * Sends `HEAD /pools/\{poolId\}/nodes/\{nodeId\}/files/\{filePath\}` (Nodes_GetNodeFileProperties).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node.
   * @param filePath - The path to the file or directory.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  getNodeFileProperties(
    poolId: string,
    nodeId: string,
    filePath: string,
    options: GetNodeFilePropertiesOptionalParams = {},
  ): Promise<BatchFileProperties> {
    return getNodeFileProperties(this.context, poolId, nodeId, filePath, options);
  }

  /**
   * Restarts the specified Compute Node.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/reboot` (Nodes_RebootNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for rebooting the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  rebootNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeRebootOptions,
    options: RebootNodeOptionalParams = {},
  ): Promise<RebootNodeResult> {
    return rebootNode(this.context, poolId, nodeId, parameters, options);
  }

  /**
   * Reinstalls the operating system on the specified Compute Node.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/reimage` (Nodes_ReimageNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for reimaging the Compute Node.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  reimageNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeReimageOptions,
    options: ReimageNodeOptionalParams = {},
  ): Promise<ReimageNodeResult> {
    return reimageNode(this.context, poolId, nodeId, parameters, options);
  }

  /**
   * Gets the settings required for remote login to a Compute Node.
   * Sends `GET /pools/\{poolId\}/nodes/\{nodeId\}/remoteloginsettings` (Nodes_GetNodeRemoteLoginSettings).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node for which to obtain the remote login settings.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getNodeRemoteLoginSettings(
    poolId: string,
    nodeId: string,
    options: GetNodeRemoteLoginSettingsOptionalParams = {},
  ): Promise<BatchNodeRemoteLoginSettings> {
    return getNodeRemoteLoginSettings(this.context, poolId, nodeId, options);
  }

  /**
   * Starts the specified Compute Node.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/start` (Nodes_StartNode).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  startNode(poolId: string, nodeId: string, options: StartNodeOptionalParams = {}): Promise<StartNodeResult> {
    return startNode(this.context, poolId, nodeId, options);
  }

  /**
   * Upload Azure Batch service log files from the specified Compute Node to Azure
   * Blob Storage.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/uploadbatchservicelogs` (Nodes_UploadNodeLogs).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node for which you want to get the Remote Desktop Protocol file.
   * @param uploadOptions - The Azure Batch service log files upload options.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  uploadNodeLogs(
    poolId: string,
    nodeId: string,
    uploadOptions: UploadBatchServiceLogsOptions,
    options: UploadNodeLogsOptionalParams = {},
  ): Promise<UploadBatchServiceLogsResult> {
    return uploadNodeLogs(this.context, poolId, nodeId, uploadOptions, options);
  }

  /**
   * Adds a user Account to the specified Compute Node.
   * Sends `POST /pools/\{poolId\}/nodes/\{nodeId\}/users` (Nodes_CreateNodeUser).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the machine on which you want to create a user Account.
   * @param user - The options to use for creating the user.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  createNodeUser(
    poolId: string,
    nodeId: string,
    user: BatchNodeUserCreateOptions,
    options: CreateNodeUserOptionalParams = {},
  ): Promise<CreateNodeUserResult> {
    return createNodeUser(this.context, poolId, nodeId, user, options);
  }

  /**
   * Updates the password and expiration time of a user Account on the specified Compute Node.
   * Sends `PUT /pools/\{poolId\}/nodes/\{nodeId\}/users/\{userName\}` (Nodes_ReplaceNodeUser).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the machine on which you want to update a user Account.
   * @param userName - The name of the user Account to update.
   * @param updateOptions - The options to use for updating the user.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  replaceNodeUser(
    poolId: string,
    nodeId: string,
    userName: string,
    updateOptions: BatchNodeUserUpdateOptions,
    options: ReplaceNodeUserOptionalParams = {},
  ): Promise<ReplaceNodeUserResult> {
    return replaceNodeUser(this.context, poolId, nodeId, userName, updateOptions, options);
  }

  /**
   * Deletes a user Account from the specified Compute Node.
   * Sends `DELETE /pools/\{poolId\}/nodes/\{nodeId\}/users/\{userName\}` (Nodes_DeleteNodeUser).
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the machine on which you want to delete a user Account.
   * @param userName - The name of the user Account to delete.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  deleteNodeUser(
    poolId: string,
    nodeId: string,
    userName: string,
    options: DeleteNodeUserOptionalParams = {},
  ): Promise<DeleteNodeUserResult> {
    return deleteNodeUser(this.context, poolId, nodeId, userName, options);
  }

  /**
   * Sends `deletePool` and returns a poller that completes when the pool is gone (404).
   * @param poolId - The ID of the Pool to get.
   * @param options - those of `deletePool`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginDeletePool(poolId: string, options: BeginDeletePoolOptionalParams = {}): BatchPoller<void> {
    return beginDeletePool(this.context, poolId, options);
  }

  /**
   * Sends `resizePool` and returns a poller that completes with the pool once its `allocationState` is `steady` again (check `resizeErrors` on it).
   * @param poolId - The ID of the Pool to get.
   * @param resizeOptions - The options to use for resizing the pool.
   * @param options - those of `resizePool`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginResizePool(
    poolId: string,
    resizeOptions: BatchPoolResizeOptions,
    options: BeginResizePoolOptionalParams = {},
  ): BatchPoller<BatchPool> {
    return beginResizePool(this.context, poolId, resizeOptions, options);
  }

  /**
   * Sends `stopPoolResize` and returns a poller that completes with the pool once its `allocationState` is `steady`.
   * @param poolId - The ID of the Pool to get.
   * @param options - those of `stopPoolResize`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginStopPoolResize(poolId: string, options: BeginStopPoolResizeOptionalParams = {}): BatchPoller<BatchPool> {
    return beginStopPoolResize(this.context, poolId, options);
  }

  /**
   * Sends `removeNodes` and returns a poller that completes with the pool once its `allocationState` is `steady`.
   * @param poolId - The ID of the Pool to get.
   * @param removeOptions - The options to use for removing the node.
   * @param options - those of `removeNodes`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginRemoveNodes(
    poolId: string,
    removeOptions: BatchNodeRemoveOptions,
    options: BeginRemoveNodesOptionalParams = {},
  ): BatchPoller<BatchPool> {
    return beginRemoveNodes(this.context, poolId, removeOptions, options);
  }

  /**
   * Sends `deleteJob` and returns a poller that completes when the job is gone (404).
   * @param jobId - The ID of the Job to delete.
   * @param options - those of `deleteJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginDeleteJob(jobId: string, options: BeginDeleteJobOptionalParams = {}): BatchPoller<void> {
    return beginDeleteJob(this.context, jobId, options);
  }

  /**
   * Sends `disableJob` and returns a poller that completes with the job once its `state` is no longer `disabling`.
   * @param jobId - The ID of the Job to disable.
   * @param disableOptions - The options to use for disabling the Job.
   * @param options - those of `disableJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginDisableJob(
    jobId: string,
    disableOptions: BatchJobDisableOptions,
    options: BeginDisableJobOptionalParams = {},
  ): BatchPoller<BatchJob> {
    return beginDisableJob(this.context, jobId, disableOptions, options);
  }

  /**
   * Sends `enableJob` and returns a poller that completes with the job once its `state` is no longer `enabling`.
   * @param jobId - The ID of the Job to enable.
   * @param options - those of `enableJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginEnableJob(jobId: string, options: BeginEnableJobOptionalParams = {}): BatchPoller<BatchJob> {
    return beginEnableJob(this.context, jobId, options);
  }

  /**
   * Sends `terminateJob` and returns a poller that completes with the job once its `state` is no longer `terminating`.
   * @param jobId - The ID of the Job to terminate.
   * @param parameters - The options to use for terminating the Job.
   * @param options - those of `terminateJob`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginTerminateJob(
    jobId: string,
    parameters?: BatchJobTerminateOptions,
    options: BeginTerminateJobOptionalParams = {},
  ): BatchPoller<BatchJob> {
    return beginTerminateJob(this.context, jobId, parameters, options);
  }

  /**
   * Sends `deleteJobSchedule` and returns a poller that completes when the job schedule is gone (404).
   * @param jobScheduleId - The ID of the Job Schedule to delete.
   * @param options - those of `deleteJobSchedule`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginDeleteJobSchedule(jobScheduleId: string, options: BeginDeleteJobScheduleOptionalParams = {}): BatchPoller<void> {
    return beginDeleteJobSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Sends `terminateJobSchedule` and returns a poller that completes with the job schedule once its `state` is no longer `terminating`.
   * @param jobScheduleId - The ID of the Job Schedule to terminates.
   * @param options - those of `terminateJobSchedule`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginTerminateJobSchedule(
    jobScheduleId: string,
    options: BeginTerminateJobScheduleOptionalParams = {},
  ): BatchPoller<BatchJobSchedule> {
    return beginTerminateJobSchedule(this.context, jobScheduleId, options);
  }

  /**
   * Sends `rebootNode` and returns a poller that completes with the node once its `state` is no longer `rebooting`, `starting`, `waitingforstarttask`, `creating`.
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for rebooting the Compute Node.
   * @param options - those of `rebootNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginRebootNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeRebootOptions,
    options: BeginRebootNodeOptionalParams = {},
  ): BatchPoller<BatchNode> {
    return beginRebootNode(this.context, poolId, nodeId, parameters, options);
  }

  /**
   * Sends `reimageNode` and returns a poller that completes with the node once its `state` is no longer `reimaging`, `starting`, `waitingforstarttask`, `creating`.
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for reimaging the Compute Node.
   * @param options - those of `reimageNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginReimageNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeReimageOptions,
    options: BeginReimageNodeOptionalParams = {},
  ): BatchPoller<BatchNode> {
    return beginReimageNode(this.context, poolId, nodeId, parameters, options);
  }

  /**
   * Sends `startNode` and returns a poller that completes with the node once its `state` is no longer `deallocated`, `starting`, `waitingforstarttask`, `creating`.
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param options - those of `startNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginStartNode(poolId: string, nodeId: string, options: BeginStartNodeOptionalParams = {}): BatchPoller<BatchNode> {
    return beginStartNode(this.context, poolId, nodeId, options);
  }

  /**
   * Sends `deallocateNode` and returns a poller that completes with the node once its `state` is no longer `deallocating`, `idle`, `running`.
   * @param poolId - The ID of the Pool that contains the Compute Node.
   * @param nodeId - The ID of the Compute Node that you want to restart.
   * @param parameters - The options to use for deallocating the Compute Node.
   * @param options - those of `deallocateNode`, plus `updateIntervalInMs`, `resumeFrom` and `abortSignal`.
   * @returns the poller.
   */
  beginDeallocateNode(
    poolId: string,
    nodeId: string,
    parameters?: BatchNodeDeallocateOptions,
    options: BeginDeallocateNodeOptionalParams = {},
  ): BatchPoller<BatchNode> {
    return beginDeallocateNode(this.context, poolId, nodeId, parameters, options);
  }
}

// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type {
  CreateJob201Response,
  CreateJobDefaultResponse,
  CreateJobSchedule201Response,
  CreateJobScheduleDefaultResponse,
  CreateNodeUser201Response,
  CreateNodeUserDefaultResponse,
  CreatePool201Response,
  CreatePoolDefaultResponse,
  CreateTask201Response,
  CreateTaskCollection200Response,
  CreateTaskCollectionDefaultResponse,
  CreateTaskDefaultResponse,
  DeallocateNode202Response,
  DeallocateNodeDefaultResponse,
  DeleteJob202Response,
  DeleteJobDefaultResponse,
  DeleteJobSchedule202Response,
  DeleteJobScheduleDefaultResponse,
  DeleteNodeFile200Response,
  DeleteNodeFileDefaultResponse,
  DeleteNodeUser200Response,
  DeleteNodeUserDefaultResponse,
  DeletePool202Response,
  DeletePoolDefaultResponse,
  DeleteTask200Response,
  DeleteTaskDefaultResponse,
  DeleteTaskFile200Response,
  DeleteTaskFileDefaultResponse,
  DisableJob202Response,
  DisableJobDefaultResponse,
  DisableJobSchedule204Response,
  DisableJobScheduleDefaultResponse,
  DisableNodeScheduling200Response,
  DisableNodeSchedulingDefaultResponse,
  DisablePoolAutoScale200Response,
  DisablePoolAutoScaleDefaultResponse,
  EnableJob202Response,
  EnableJobDefaultResponse,
  EnableJobSchedule204Response,
  EnableJobScheduleDefaultResponse,
  EnableNodeScheduling200Response,
  EnableNodeSchedulingDefaultResponse,
  EnablePoolAutoScale200Response,
  EnablePoolAutoScaleDefaultResponse,
  EvaluatePoolAutoScale200Response,
  EvaluatePoolAutoScaleDefaultResponse,
  GetApplication200Response,
  GetApplicationDefaultResponse,
  GetJob200Response,
  GetJobDefaultResponse,
  GetJobSchedule200Response,
  GetJobScheduleDefaultResponse,
  GetJobTaskCounts200Response,
  GetJobTaskCountsDefaultResponse,
  GetNode200Response,
  GetNodeDefaultResponse,
  GetNodeExtension200Response,
  GetNodeExtensionDefaultResponse,
  GetNodeFile200Response,
  GetNodeFileDefaultResponse,
  GetNodeFileProperties200Response,
  GetNodeFilePropertiesDefaultResponse,
  GetNodeRemoteLoginSettings200Response,
  GetNodeRemoteLoginSettingsDefaultResponse,
  GetPool200Response,
  GetPoolDefaultResponse,
  GetTask200Response,
  GetTaskDefaultResponse,
  GetTaskFile200Response,
  GetTaskFileDefaultResponse,
  GetTaskFileProperties200Response,
  GetTaskFilePropertiesDefaultResponse,
  JobScheduleExists200Response,
  JobScheduleExists404Response,
  JobScheduleExistsDefaultResponse,
  ListApplications200Response,
  ListApplicationsDefaultResponse,
  ListJobPreparationAndReleaseTaskStatus200Response,
  ListJobPreparationAndReleaseTaskStatusDefaultResponse,
  ListJobSchedules200Response,
  ListJobSchedulesDefaultResponse,
  ListJobs200Response,
  ListJobsDefaultResponse,
  ListJobsFromSchedule200Response,
  ListJobsFromScheduleDefaultResponse,
  ListNodeExtensions200Response,
  ListNodeExtensionsDefaultResponse,
  ListNodeFiles200Response,
  ListNodeFilesDefaultResponse,
  ListNodes200Response,
  ListNodesDefaultResponse,
  ListPoolNodeCounts200Response,
  ListPoolNodeCountsDefaultResponse,
  ListPools200Response,
  ListPoolsDefaultResponse,
  ListSubTasks200Response,
  ListSubTasksDefaultResponse,
  ListSupportedImages200Response,
  ListSupportedImagesDefaultResponse,
  ListTaskFiles200Response,
  ListTaskFilesDefaultResponse,
  ListTasks200Response,
  ListTasksDefaultResponse,
  PoolExists200Response,
  PoolExists404Response,
  PoolExistsDefaultResponse,
  ReactivateTask204Response,
  ReactivateTaskDefaultResponse,
  RebootNode202Response,
  RebootNodeDefaultResponse,
  ReimageNode202Response,
  ReimageNodeDefaultResponse,
  RemoveNodes202Response,
  RemoveNodesDefaultResponse,
  ReplaceJob200Response,
  ReplaceJobDefaultResponse,
  ReplaceJobSchedule200Response,
  ReplaceJobScheduleDefaultResponse,
  ReplaceNodeUser200Response,
  ReplaceNodeUserDefaultResponse,
  ReplacePoolProperties204Response,
  ReplacePoolPropertiesDefaultResponse,
  ReplaceTask200Response,
  ReplaceTaskDefaultResponse,
  ResizePool202Response,
  ResizePoolDefaultResponse,
  StartNode202Response,
  StartNodeDefaultResponse,
  StopPoolResize202Response,
  StopPoolResizeDefaultResponse,
  TerminateJob202Response,
  TerminateJobDefaultResponse,
  TerminateJobSchedule202Response,
  TerminateJobScheduleDefaultResponse,
  TerminateTask204Response,
  TerminateTaskDefaultResponse,
  UpdateJob200Response,
  UpdateJobDefaultResponse,
  UpdateJobSchedule200Response,
  UpdateJobScheduleDefaultResponse,
  UpdatePool200Response,
  UpdatePoolDefaultResponse,
  UploadNodeLogs200Response,
  UploadNodeLogsDefaultResponse,
} from "./responses.js";

const responseMap: Record<string, string[]> = {
  "GET /applications": ["200"],
  "GET /applications/{applicationId}": ["200"],
  "GET /jobs": ["200"],
  "POST /jobs": ["201"],
  "GET /jobs/{jobId}": ["200"],
  "PUT /jobs/{jobId}": ["200"],
  "PATCH /jobs/{jobId}": ["200"],
  "DELETE /jobs/{jobId}": ["202"],
  "POST /jobs/{jobId}/disable": ["202"],
  "POST /jobs/{jobId}/enable": ["202"],
  "GET /jobs/{jobId}/jobpreparationandreleasetaskstatus": ["200"],
  "GET /jobs/{jobId}/taskcounts": ["200"],
  "POST /jobs/{jobId}/terminate": ["202"],
  "GET /jobschedules/{jobScheduleId}/jobs": ["200"],
  "POST /jobs/{jobId}/addtaskcollection": ["200"],
  "GET /jobs/{jobId}/tasks": ["200"],
  "POST /jobs/{jobId}/tasks": ["201"],
  "GET /jobs/{jobId}/tasks/{taskId}": ["200"],
  "PUT /jobs/{jobId}/tasks/{taskId}": ["200"],
  "DELETE /jobs/{jobId}/tasks/{taskId}": ["200"],
  "GET /jobs/{jobId}/tasks/{taskId}/files": ["200"],
  "GET /jobs/{jobId}/tasks/{taskId}/files/{filePath}": ["200"],
  "DELETE /jobs/{jobId}/tasks/{taskId}/files/{filePath}": ["200"],
  "HEAD /jobs/{jobId}/tasks/{taskId}/files/{filePath}": ["200"],
  "POST /jobs/{jobId}/tasks/{taskId}/reactivate": ["204"],
  "GET /jobs/{jobId}/tasks/{taskId}/subtasksinfo": ["200"],
  "POST /jobs/{jobId}/tasks/{taskId}/terminate": ["204"],
  "GET /jobschedules": ["200"],
  "POST /jobschedules": ["201"],
  "GET /jobschedules/{jobScheduleId}": ["200"],
  "PUT /jobschedules/{jobScheduleId}": ["200"],
  "PATCH /jobschedules/{jobScheduleId}": ["200"],
  "DELETE /jobschedules/{jobScheduleId}": ["202"],
  "HEAD /jobschedules/{jobScheduleId}": ["200", "404"],
  "POST /jobschedules/{jobScheduleId}/disable": ["204"],
  "POST /jobschedules/{jobScheduleId}/enable": ["204"],
  "POST /jobschedules/{jobScheduleId}/terminate": ["202"],
  "GET /nodecounts": ["200"],
  "GET /pools": ["200"],
  "POST /pools": ["201"],
  "GET /pools/{poolId}": ["200"],
  "PATCH /pools/{poolId}": ["200"],
  "DELETE /pools/{poolId}": ["202"],
  "HEAD /pools/{poolId}": ["200", "404"],
  "POST /pools/{poolId}/disableautoscale": ["200"],
  "POST /pools/{poolId}/enableautoscale": ["200"],
  "POST /pools/{poolId}/evaluateautoscale": ["200"],
  "POST /pools/{poolId}/removenodes": ["202"],
  "POST /pools/{poolId}/resize": ["202"],
  "POST /pools/{poolId}/stopresize": ["202"],
  "POST /pools/{poolId}/updateproperties": ["204"],
  "GET /supportedimages": ["200"],
  "GET /pools/{poolId}/nodes": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}": ["200"],
  "POST /pools/{poolId}/nodes/{nodeId}/deallocate": ["202"],
  "POST /pools/{poolId}/nodes/{nodeId}/disablescheduling": ["200"],
  "POST /pools/{poolId}/nodes/{nodeId}/enablescheduling": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/extensions": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/files": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/files/{filePath}": ["200"],
  "DELETE /pools/{poolId}/nodes/{nodeId}/files/{filePath}": ["200"],
  "HEAD /pools/{poolId}/nodes/{nodeId}/files/{filePath}": ["200"],
  "POST /pools/{poolId}/nodes/{nodeId}/reboot": ["202"],
  "POST /pools/{poolId}/nodes/{nodeId}/reimage": ["202"],
  "GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings": ["200"],
  "POST /pools/{poolId}/nodes/{nodeId}/start": ["202"],
  "POST /pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs": ["200"],
  "POST /pools/{poolId}/nodes/{nodeId}/users": ["201"],
  "PUT /pools/{poolId}/nodes/{nodeId}/users/{userName}": ["200"],
  "DELETE /pools/{poolId}/nodes/{nodeId}/users/{userName}": ["200"],
};

const jsonBodyMap: Record<string, string[]> = {
  "GET /applications": ["200"],
  "GET /applications/{applicationId}": ["200"],
  "GET /jobs": ["200"],
  "GET /jobs/{jobId}": ["200"],
  "GET /jobs/{jobId}/jobpreparationandreleasetaskstatus": ["200"],
  "GET /jobs/{jobId}/taskcounts": ["200"],
  "GET /jobschedules/{jobScheduleId}/jobs": ["200"],
  "POST /jobs/{jobId}/addtaskcollection": ["200"],
  "GET /jobs/{jobId}/tasks": ["200"],
  "GET /jobs/{jobId}/tasks/{taskId}": ["200"],
  "GET /jobs/{jobId}/tasks/{taskId}/files": ["200"],
  "GET /jobs/{jobId}/tasks/{taskId}/subtasksinfo": ["200"],
  "GET /jobschedules": ["200"],
  "GET /jobschedules/{jobScheduleId}": ["200"],
  "GET /nodecounts": ["200"],
  "GET /pools": ["200"],
  "GET /pools/{poolId}": ["200"],
  "POST /pools/{poolId}/evaluateautoscale": ["200"],
  "GET /supportedimages": ["200"],
  "GET /pools/{poolId}/nodes": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/extensions": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/files": ["200"],
  "GET /pools/{poolId}/nodes/{nodeId}/remoteloginsettings": ["200"],
  "POST /pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs": ["200"],
};

/**
 * Whether the spec says a response with this status carries a JSON body (so an empty or non-JSON body is wrong).
 * @param response - the status and the request (method and URL) it answers.
 * @returns true when the operation declares a JSON body for the status.
 */
export function expectsJsonBody(response: { status: string; request: { method: string; url: string } }): boolean {
  const url = new URL(response.request.url);
  const method = response.request.method.toUpperCase();
  const codes = jsonBodyMap[`${method} ${url.pathname}`] ?? expectedFromTemplates(method, url.pathname, jsonBodyMap);
  return codes !== undefined && codes.includes(response.status);
}

/**
 * Whether a response carries a status code the operation does not declare (its error response).
 * @param response - a response from the rest-level client.
 * @returns true when the status is not one the spec lists for the operation.
 */
/** Whether a response of Applications_ListApplications has a status the spec does not declare. */
export function isUnexpected(
  response: ListApplications200Response | ListApplicationsDefaultResponse,
): response is ListApplicationsDefaultResponse;
/** Whether a response of Applications_GetApplication has a status the spec does not declare. */
export function isUnexpected(
  response: GetApplication200Response | GetApplicationDefaultResponse,
): response is GetApplicationDefaultResponse;
/** Whether a response of Jobs_ListJobs has a status the spec does not declare. */
export function isUnexpected(
  response: ListJobs200Response | ListJobsDefaultResponse,
): response is ListJobsDefaultResponse;
/** Whether a response of Jobs_CreateJob has a status the spec does not declare. */
export function isUnexpected(
  response: CreateJob201Response | CreateJobDefaultResponse,
): response is CreateJobDefaultResponse;
/** Whether a response of Jobs_GetJob has a status the spec does not declare. */
export function isUnexpected(response: GetJob200Response | GetJobDefaultResponse): response is GetJobDefaultResponse;
/** Whether a response of Jobs_ReplaceJob has a status the spec does not declare. */
export function isUnexpected(
  response: ReplaceJob200Response | ReplaceJobDefaultResponse,
): response is ReplaceJobDefaultResponse;
/** Whether a response of Jobs_UpdateJob has a status the spec does not declare. */
export function isUnexpected(
  response: UpdateJob200Response | UpdateJobDefaultResponse,
): response is UpdateJobDefaultResponse;
/** Whether a response of Jobs_DeleteJob has a status the spec does not declare. */
export function isUnexpected(
  response: DeleteJob202Response | DeleteJobDefaultResponse,
): response is DeleteJobDefaultResponse;
/** Whether a response of Jobs_DisableJob has a status the spec does not declare. */
export function isUnexpected(
  response: DisableJob202Response | DisableJobDefaultResponse,
): response is DisableJobDefaultResponse;
/** Whether a response of Jobs_EnableJob has a status the spec does not declare. */
export function isUnexpected(
  response: EnableJob202Response | EnableJobDefaultResponse,
): response is EnableJobDefaultResponse;
/** Whether a response of Jobs_ListJobPreparationAndReleaseTaskStatus has a status the spec does not declare. */
export function isUnexpected(
  response: ListJobPreparationAndReleaseTaskStatus200Response | ListJobPreparationAndReleaseTaskStatusDefaultResponse,
): response is ListJobPreparationAndReleaseTaskStatusDefaultResponse;
/** Whether a response of Jobs_GetJobTaskCounts has a status the spec does not declare. */
export function isUnexpected(
  response: GetJobTaskCounts200Response | GetJobTaskCountsDefaultResponse,
): response is GetJobTaskCountsDefaultResponse;
/** Whether a response of Jobs_TerminateJob has a status the spec does not declare. */
export function isUnexpected(
  response: TerminateJob202Response | TerminateJobDefaultResponse,
): response is TerminateJobDefaultResponse;
/** Whether a response of Jobs_ListJobsFromSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: ListJobsFromSchedule200Response | ListJobsFromScheduleDefaultResponse,
): response is ListJobsFromScheduleDefaultResponse;
/** Whether a response of Tasks_CreateTaskCollection has a status the spec does not declare. */
export function isUnexpected(
  response: CreateTaskCollection200Response | CreateTaskCollectionDefaultResponse,
): response is CreateTaskCollectionDefaultResponse;
/** Whether a response of Tasks_ListTasks has a status the spec does not declare. */
export function isUnexpected(
  response: ListTasks200Response | ListTasksDefaultResponse,
): response is ListTasksDefaultResponse;
/** Whether a response of Tasks_CreateTask has a status the spec does not declare. */
export function isUnexpected(
  response: CreateTask201Response | CreateTaskDefaultResponse,
): response is CreateTaskDefaultResponse;
/** Whether a response of Tasks_GetTask has a status the spec does not declare. */
export function isUnexpected(response: GetTask200Response | GetTaskDefaultResponse): response is GetTaskDefaultResponse;
/** Whether a response of Tasks_ReplaceTask has a status the spec does not declare. */
export function isUnexpected(
  response: ReplaceTask200Response | ReplaceTaskDefaultResponse,
): response is ReplaceTaskDefaultResponse;
/** Whether a response of Tasks_DeleteTask has a status the spec does not declare. */
export function isUnexpected(
  response: DeleteTask200Response | DeleteTaskDefaultResponse,
): response is DeleteTaskDefaultResponse;
/** Whether a response of Tasks_ListTaskFiles has a status the spec does not declare. */
export function isUnexpected(
  response: ListTaskFiles200Response | ListTaskFilesDefaultResponse,
): response is ListTaskFilesDefaultResponse;
/** Whether a response of Tasks_GetTaskFile has a status the spec does not declare. */
export function isUnexpected(
  response: GetTaskFile200Response | GetTaskFileDefaultResponse,
): response is GetTaskFileDefaultResponse;
/** Whether a response of Tasks_DeleteTaskFile has a status the spec does not declare. */
export function isUnexpected(
  response: DeleteTaskFile200Response | DeleteTaskFileDefaultResponse,
): response is DeleteTaskFileDefaultResponse;
/** Whether a response of Tasks_GetTaskFileProperties has a status the spec does not declare. */
export function isUnexpected(
  response: GetTaskFileProperties200Response | GetTaskFilePropertiesDefaultResponse,
): response is GetTaskFilePropertiesDefaultResponse;
/** Whether a response of Tasks_ReactivateTask has a status the spec does not declare. */
export function isUnexpected(
  response: ReactivateTask204Response | ReactivateTaskDefaultResponse,
): response is ReactivateTaskDefaultResponse;
/** Whether a response of Tasks_ListSubTasks has a status the spec does not declare. */
export function isUnexpected(
  response: ListSubTasks200Response | ListSubTasksDefaultResponse,
): response is ListSubTasksDefaultResponse;
/** Whether a response of Tasks_TerminateTask has a status the spec does not declare. */
export function isUnexpected(
  response: TerminateTask204Response | TerminateTaskDefaultResponse,
): response is TerminateTaskDefaultResponse;
/** Whether a response of JobSchedules_ListJobSchedules has a status the spec does not declare. */
export function isUnexpected(
  response: ListJobSchedules200Response | ListJobSchedulesDefaultResponse,
): response is ListJobSchedulesDefaultResponse;
/** Whether a response of JobSchedules_CreateJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: CreateJobSchedule201Response | CreateJobScheduleDefaultResponse,
): response is CreateJobScheduleDefaultResponse;
/** Whether a response of JobSchedules_GetJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: GetJobSchedule200Response | GetJobScheduleDefaultResponse,
): response is GetJobScheduleDefaultResponse;
/** Whether a response of JobSchedules_ReplaceJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: ReplaceJobSchedule200Response | ReplaceJobScheduleDefaultResponse,
): response is ReplaceJobScheduleDefaultResponse;
/** Whether a response of JobSchedules_UpdateJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: UpdateJobSchedule200Response | UpdateJobScheduleDefaultResponse,
): response is UpdateJobScheduleDefaultResponse;
/** Whether a response of JobSchedules_DeleteJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: DeleteJobSchedule202Response | DeleteJobScheduleDefaultResponse,
): response is DeleteJobScheduleDefaultResponse;
/** Whether a response of JobSchedules_JobScheduleExists has a status the spec does not declare. */
export function isUnexpected(
  response: JobScheduleExists200Response | JobScheduleExists404Response | JobScheduleExistsDefaultResponse,
): response is JobScheduleExistsDefaultResponse;
/** Whether a response of JobSchedules_DisableJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: DisableJobSchedule204Response | DisableJobScheduleDefaultResponse,
): response is DisableJobScheduleDefaultResponse;
/** Whether a response of JobSchedules_EnableJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: EnableJobSchedule204Response | EnableJobScheduleDefaultResponse,
): response is EnableJobScheduleDefaultResponse;
/** Whether a response of JobSchedules_TerminateJobSchedule has a status the spec does not declare. */
export function isUnexpected(
  response: TerminateJobSchedule202Response | TerminateJobScheduleDefaultResponse,
): response is TerminateJobScheduleDefaultResponse;
/** Whether a response of Pools_ListPoolNodeCounts has a status the spec does not declare. */
export function isUnexpected(
  response: ListPoolNodeCounts200Response | ListPoolNodeCountsDefaultResponse,
): response is ListPoolNodeCountsDefaultResponse;
/** Whether a response of Pools_ListPools has a status the spec does not declare. */
export function isUnexpected(
  response: ListPools200Response | ListPoolsDefaultResponse,
): response is ListPoolsDefaultResponse;
/** Whether a response of Pools_CreatePool has a status the spec does not declare. */
export function isUnexpected(
  response: CreatePool201Response | CreatePoolDefaultResponse,
): response is CreatePoolDefaultResponse;
/** Whether a response of Pools_GetPool has a status the spec does not declare. */
export function isUnexpected(response: GetPool200Response | GetPoolDefaultResponse): response is GetPoolDefaultResponse;
/** Whether a response of Pools_UpdatePool has a status the spec does not declare. */
export function isUnexpected(
  response: UpdatePool200Response | UpdatePoolDefaultResponse,
): response is UpdatePoolDefaultResponse;
/** Whether a response of Pools_DeletePool has a status the spec does not declare. */
export function isUnexpected(
  response: DeletePool202Response | DeletePoolDefaultResponse,
): response is DeletePoolDefaultResponse;
/** Whether a response of Pools_PoolExists has a status the spec does not declare. */
export function isUnexpected(
  response: PoolExists200Response | PoolExists404Response | PoolExistsDefaultResponse,
): response is PoolExistsDefaultResponse;
/** Whether a response of Pools_DisablePoolAutoScale has a status the spec does not declare. */
export function isUnexpected(
  response: DisablePoolAutoScale200Response | DisablePoolAutoScaleDefaultResponse,
): response is DisablePoolAutoScaleDefaultResponse;
/** Whether a response of Pools_EnablePoolAutoScale has a status the spec does not declare. */
export function isUnexpected(
  response: EnablePoolAutoScale200Response | EnablePoolAutoScaleDefaultResponse,
): response is EnablePoolAutoScaleDefaultResponse;
/** Whether a response of Pools_EvaluatePoolAutoScale has a status the spec does not declare. */
export function isUnexpected(
  response: EvaluatePoolAutoScale200Response | EvaluatePoolAutoScaleDefaultResponse,
): response is EvaluatePoolAutoScaleDefaultResponse;
/** Whether a response of Pools_RemoveNodes has a status the spec does not declare. */
export function isUnexpected(
  response: RemoveNodes202Response | RemoveNodesDefaultResponse,
): response is RemoveNodesDefaultResponse;
/** Whether a response of Pools_ResizePool has a status the spec does not declare. */
export function isUnexpected(
  response: ResizePool202Response | ResizePoolDefaultResponse,
): response is ResizePoolDefaultResponse;
/** Whether a response of Pools_StopPoolResize has a status the spec does not declare. */
export function isUnexpected(
  response: StopPoolResize202Response | StopPoolResizeDefaultResponse,
): response is StopPoolResizeDefaultResponse;
/** Whether a response of Pools_ReplacePoolProperties has a status the spec does not declare. */
export function isUnexpected(
  response: ReplacePoolProperties204Response | ReplacePoolPropertiesDefaultResponse,
): response is ReplacePoolPropertiesDefaultResponse;
/** Whether a response of Pools_ListSupportedImages has a status the spec does not declare. */
export function isUnexpected(
  response: ListSupportedImages200Response | ListSupportedImagesDefaultResponse,
): response is ListSupportedImagesDefaultResponse;
/** Whether a response of Nodes_ListNodes has a status the spec does not declare. */
export function isUnexpected(
  response: ListNodes200Response | ListNodesDefaultResponse,
): response is ListNodesDefaultResponse;
/** Whether a response of Nodes_GetNode has a status the spec does not declare. */
export function isUnexpected(response: GetNode200Response | GetNodeDefaultResponse): response is GetNodeDefaultResponse;
/** Whether a response of Nodes_DeallocateNode has a status the spec does not declare. */
export function isUnexpected(
  response: DeallocateNode202Response | DeallocateNodeDefaultResponse,
): response is DeallocateNodeDefaultResponse;
/** Whether a response of Nodes_DisableNodeScheduling has a status the spec does not declare. */
export function isUnexpected(
  response: DisableNodeScheduling200Response | DisableNodeSchedulingDefaultResponse,
): response is DisableNodeSchedulingDefaultResponse;
/** Whether a response of Nodes_EnableNodeScheduling has a status the spec does not declare. */
export function isUnexpected(
  response: EnableNodeScheduling200Response | EnableNodeSchedulingDefaultResponse,
): response is EnableNodeSchedulingDefaultResponse;
/** Whether a response of Nodes_ListNodeExtensions has a status the spec does not declare. */
export function isUnexpected(
  response: ListNodeExtensions200Response | ListNodeExtensionsDefaultResponse,
): response is ListNodeExtensionsDefaultResponse;
/** Whether a response of Nodes_GetNodeExtension has a status the spec does not declare. */
export function isUnexpected(
  response: GetNodeExtension200Response | GetNodeExtensionDefaultResponse,
): response is GetNodeExtensionDefaultResponse;
/** Whether a response of Nodes_ListNodeFiles has a status the spec does not declare. */
export function isUnexpected(
  response: ListNodeFiles200Response | ListNodeFilesDefaultResponse,
): response is ListNodeFilesDefaultResponse;
/** Whether a response of Nodes_GetNodeFile has a status the spec does not declare. */
export function isUnexpected(
  response: GetNodeFile200Response | GetNodeFileDefaultResponse,
): response is GetNodeFileDefaultResponse;
/** Whether a response of Nodes_DeleteNodeFile has a status the spec does not declare. */
export function isUnexpected(
  response: DeleteNodeFile200Response | DeleteNodeFileDefaultResponse,
): response is DeleteNodeFileDefaultResponse;
/** Whether a response of Nodes_GetNodeFileProperties has a status the spec does not declare. */
export function isUnexpected(
  response: GetNodeFileProperties200Response | GetNodeFilePropertiesDefaultResponse,
): response is GetNodeFilePropertiesDefaultResponse;
/** Whether a response of Nodes_RebootNode has a status the spec does not declare. */
export function isUnexpected(
  response: RebootNode202Response | RebootNodeDefaultResponse,
): response is RebootNodeDefaultResponse;
/** Whether a response of Nodes_ReimageNode has a status the spec does not declare. */
export function isUnexpected(
  response: ReimageNode202Response | ReimageNodeDefaultResponse,
): response is ReimageNodeDefaultResponse;
/** Whether a response of Nodes_GetNodeRemoteLoginSettings has a status the spec does not declare. */
export function isUnexpected(
  response: GetNodeRemoteLoginSettings200Response | GetNodeRemoteLoginSettingsDefaultResponse,
): response is GetNodeRemoteLoginSettingsDefaultResponse;
/** Whether a response of Nodes_StartNode has a status the spec does not declare. */
export function isUnexpected(
  response: StartNode202Response | StartNodeDefaultResponse,
): response is StartNodeDefaultResponse;
/** Whether a response of Nodes_UploadNodeLogs has a status the spec does not declare. */
export function isUnexpected(
  response: UploadNodeLogs200Response | UploadNodeLogsDefaultResponse,
): response is UploadNodeLogsDefaultResponse;
/** Whether a response of Nodes_CreateNodeUser has a status the spec does not declare. */
export function isUnexpected(
  response: CreateNodeUser201Response | CreateNodeUserDefaultResponse,
): response is CreateNodeUserDefaultResponse;
/** Whether a response of Nodes_ReplaceNodeUser has a status the spec does not declare. */
export function isUnexpected(
  response: ReplaceNodeUser200Response | ReplaceNodeUserDefaultResponse,
): response is ReplaceNodeUserDefaultResponse;
/** Whether a response of Nodes_DeleteNodeUser has a status the spec does not declare. */
export function isUnexpected(
  response: DeleteNodeUser200Response | DeleteNodeUserDefaultResponse,
): response is DeleteNodeUserDefaultResponse;
export function isUnexpected(response: {
  status: string;
  request: { method: string; url: string };
}): response is
  | ListApplicationsDefaultResponse
  | GetApplicationDefaultResponse
  | ListJobsDefaultResponse
  | CreateJobDefaultResponse
  | GetJobDefaultResponse
  | ReplaceJobDefaultResponse
  | UpdateJobDefaultResponse
  | DeleteJobDefaultResponse
  | DisableJobDefaultResponse
  | EnableJobDefaultResponse
  | ListJobPreparationAndReleaseTaskStatusDefaultResponse
  | GetJobTaskCountsDefaultResponse
  | TerminateJobDefaultResponse
  | ListJobsFromScheduleDefaultResponse
  | CreateTaskCollectionDefaultResponse
  | ListTasksDefaultResponse
  | CreateTaskDefaultResponse
  | GetTaskDefaultResponse
  | ReplaceTaskDefaultResponse
  | DeleteTaskDefaultResponse
  | ListTaskFilesDefaultResponse
  | GetTaskFileDefaultResponse
  | DeleteTaskFileDefaultResponse
  | GetTaskFilePropertiesDefaultResponse
  | ReactivateTaskDefaultResponse
  | ListSubTasksDefaultResponse
  | TerminateTaskDefaultResponse
  | ListJobSchedulesDefaultResponse
  | CreateJobScheduleDefaultResponse
  | GetJobScheduleDefaultResponse
  | ReplaceJobScheduleDefaultResponse
  | UpdateJobScheduleDefaultResponse
  | DeleteJobScheduleDefaultResponse
  | JobScheduleExistsDefaultResponse
  | DisableJobScheduleDefaultResponse
  | EnableJobScheduleDefaultResponse
  | TerminateJobScheduleDefaultResponse
  | ListPoolNodeCountsDefaultResponse
  | ListPoolsDefaultResponse
  | CreatePoolDefaultResponse
  | GetPoolDefaultResponse
  | UpdatePoolDefaultResponse
  | DeletePoolDefaultResponse
  | PoolExistsDefaultResponse
  | DisablePoolAutoScaleDefaultResponse
  | EnablePoolAutoScaleDefaultResponse
  | EvaluatePoolAutoScaleDefaultResponse
  | RemoveNodesDefaultResponse
  | ResizePoolDefaultResponse
  | StopPoolResizeDefaultResponse
  | ReplacePoolPropertiesDefaultResponse
  | ListSupportedImagesDefaultResponse
  | ListNodesDefaultResponse
  | GetNodeDefaultResponse
  | DeallocateNodeDefaultResponse
  | DisableNodeSchedulingDefaultResponse
  | EnableNodeSchedulingDefaultResponse
  | ListNodeExtensionsDefaultResponse
  | GetNodeExtensionDefaultResponse
  | ListNodeFilesDefaultResponse
  | GetNodeFileDefaultResponse
  | DeleteNodeFileDefaultResponse
  | GetNodeFilePropertiesDefaultResponse
  | RebootNodeDefaultResponse
  | ReimageNodeDefaultResponse
  | GetNodeRemoteLoginSettingsDefaultResponse
  | StartNodeDefaultResponse
  | UploadNodeLogsDefaultResponse
  | CreateNodeUserDefaultResponse
  | ReplaceNodeUserDefaultResponse
  | DeleteNodeUserDefaultResponse {
  const url = new URL(response.request.url);
  const method = response.request.method.toUpperCase();
  const expected = responseMap[`${method} ${url.pathname}`] ?? expectedFromTemplates(method, url.pathname, responseMap);
  return expected === undefined ? true : !expected.includes(response.status);
}

/**
 * Matches a concrete path against the templated paths of a table ({@link responseMap} or {@link jsonBodyMap}).
 * The table is always passed: a default would keep `responseMap` in a bundle that uses only `expectsJsonBody`.
 */
function expectedFromTemplates(method: string, pathname: string, map: Record<string, string[]>): string[] | undefined {
  const segments = pathname.split("/").filter((s) => s.length > 0);
  let best: { codes: string[]; literals: number } | undefined;
  for (const [key, codes] of Object.entries(map)) {
    const [candidateMethod, template] = key.split(" ");
    if (candidateMethod !== method) continue;
    const parts = template.split("/").filter((s) => s.length > 0);
    if (!matchesTemplate(parts, segments)) continue;
    const literals = parts.filter((p) => !p.startsWith("{")).length;
    if (!best || literals > best.literals) best = { codes, literals };
  }
  return best?.codes;
}

/** A trailing template parameter (a file path) may span several segments. */
function matchesTemplate(parts: string[], segments: string[]): boolean {
  if (segments.length < parts.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const isLast = i === parts.length - 1;
    if (parts[i].startsWith("{")) {
      if (isLast) return true;
      continue;
    }
    if (parts[i] !== decodeURIComponent(segments[i])) return false;
  }
  return segments.length === parts.length;
}

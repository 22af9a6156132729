/**
 * Task operations: create, create collection (`addtaskcollection`), list,
 * get, replace (constraints), delete, terminate, reactivate, subtasks.
 */
import { taskStatistics } from "../engine/statistics.js";
import { RequestContext } from "../context.js";
import { MAX_DURATION } from "../duration.js";
import { BatchServiceError, conflict, errorBody, invalidProperty, invalidState } from "../errors.js";
import {
  addTask,
  deleteTask,
  reactivateTask,
  replaceTaskConstraints,
  terminateTask,
  type NewTask,
} from "../engine/tasks.js";
import { projectOne, sendList } from "../listing.js";
import type { FilterSchema } from "../odata.js";
import type { Route } from "../server.js";
import type { Account } from "../state/account.js";
import type { JobRecord, Json, SubtaskRecord, TaskRecord } from "../state/model.js";
import { arr, asObject, bool, duration, id, int, nameValueList, obj, oneOf, str } from "../validate.js";
import { actionHeaders, findJob, findTask, iso, nodeUrl, ordered, seg, taskUrl } from "./common.js";
import { requireModifiable } from "./jobs.js";
import { outputFileProblem, resourceFileProblem } from "../storage/index.js";
import { prepIdOf, prepTaskOf, releaseIdOf, releaseTaskOf } from "../engine/jobPreparation.js";
import { jobDirectory } from "../engine/workItems.js";

/** Property order of the spec's `BatchTask`. */
export const TASK_PROPERTIES = [
  "id",
  "displayName",
  "url",
  "eTag",
  "lastModified",
  "creationTime",
  "exitConditions",
  "state",
  "stateTransitionTime",
  "previousState",
  "previousStateTransitionTime",
  "commandLine",
  "containerSettings",
  "resourceFiles",
  "outputFiles",
  "environmentSettings",
  "affinityInfo",
  "constraints",
  "requiredSlots",
  "userIdentity",
  "executionInfo",
  "nodeInfo",
  "multiInstanceSettings",
  "stats",
  "dependsOn",
  "applicationPackageReferences",
] as const;

const TASK_SELECT = new Set<string>(TASK_PROPERTIES);

/** Filterable task fields. */
export const TASK_FILTER: FilterSchema = {
  id: "string",
  displayName: "string",
  state: "string",
  previousState: "string",
  commandLine: "string",
  requiredSlots: "number",
  "executionInfo/result": "string",
  "executionInfo/exitCode": "number",
  "executionInfo/retryCount": "number",
  "executionInfo/requeueCount": "number",
  "executionInfo/failureInfo/code": "string",
  "executionInfo/startTime": "date",
  "executionInfo/endTime": "date",
  "nodeInfo/nodeId": "string",
  "nodeInfo/poolId": "string",
  creationTime: "date",
  lastModified: "date",
  stateTransitionTime: "date",
};

/** Most tasks per `addtaskcollection` request. */
export const MAX_TASKS_PER_COLLECTION = 100;

const PASS_THROUGH = [
  "displayName",
  "exitConditions",
  "commandLine",
  "containerSettings",
  "resourceFiles",
  "outputFiles",
  "environmentSettings",
  "affinityInfo",
  "constraints",
  "userIdentity",
  "multiInstanceSettings",
  "dependsOn",
  "applicationPackageReferences",
  "killJobOnCompletion",
];

const JOB_ACTIONS = ["none", "disable", "terminate"] as const;
const DEPENDENCY_ACTIONS = ["satisfy", "block"] as const;

function checkExitOptions(o: Json | undefined, prefix: string, job: JobRecord | undefined): void {
  if (!o) return;
  const action = oneOf(o, "jobAction", JOB_ACTIONS, { prefix });
  oneOf(o, "dependencyAction", DEPENDENCY_ACTIONS, { prefix });
  if (action !== undefined && action !== "none" && job && job.props.onTaskFailure !== "performexitoptionsjobaction") {
    throw invalidProperty(
      `${prefix}.jobAction`,
      "A jobAction requires the job's onTaskFailure to be performexitoptionsjobaction.",
    );
  }
}

function checkConstraints(body: Json, prefix: string): void {
  const c = obj(body, "constraints", { prefix });
  if (!c) return;
  const p = prefix ? `${prefix}.constraints` : "constraints";
  duration(c, "maxWallClockTime", { prefix: p });
  duration(c, "retentionTime", { prefix: p });
  int(c, "maxTaskRetryCount", { min: -1, prefix: p });
}

/**
 * Checks `multiInstanceSettings` (`coordinationCommandLine` required,
 * `numberOfInstances` at least 1, `commonResourceFiles` as resource files);
 * a multi-instance task's `requiredSlots` may only be 1 (the spec: "For
 * multi-instance Tasks, this must be 1").
 */
function checkMultiInstance(body: Json, prefix: string): void {
  const m = obj(body, "multiInstanceSettings", { prefix });
  if (!m) return;
  const p = prefix ? `${prefix}.multiInstanceSettings` : "multiInstanceSettings";
  int(m, "numberOfInstances", { min: 1, prefix: p });
  str(m, "coordinationCommandLine", { required: true, prefix: p });
  (arr(m, "commonResourceFiles", { prefix: p }) ?? []).forEach((f, i) => {
    const problem = resourceFileProblem(f);
    if (problem) throw invalidProperty(`${p}.commonResourceFiles[${i}]`, problem);
  });
  if (body.requiredSlots !== undefined && body.requiredSlots !== 1)
    throw invalidProperty(
      prefix ? `${prefix}.requiredSlots` : "requiredSlots",
      "A multi-instance task's requiredSlots must be 1.",
    );
}

/**
 * Validates a task body (`BatchTaskCreateOptions`, or a job manager task).
 * @param body - The task.
 * @param job - Its job, for checks that depend on the job.
 * @param prefix - Property path prefix for errors.
 * @throws BatchServiceError 400 for missing or invalid properties.
 */
export function checkTaskBody(body: Json, job: JobRecord | undefined, prefix = ""): void {
  id(body, "id", { required: true, prefix });
  str(body, "displayName", { max: 1024, prefix });
  str(body, "commandLine", { required: true, prefix });
  nameValueList(body, "environmentSettings", { prefix });
  checkConstraints(body, prefix);
  int(body, "requiredSlots", { min: 1, prefix });
  bool(body, "killJobOnCompletion", { prefix });
  const propPath = (name: string): string => (prefix ? `${prefix}.${name}` : name);
  (arr(body, "resourceFiles", { prefix }) ?? []).forEach((f, i) => {
    const problem = resourceFileProblem(f);
    if (problem) throw invalidProperty(propPath(`resourceFiles[${i}]`), problem);
  });
  (arr(body, "outputFiles", { prefix }) ?? []).forEach((f, i) => {
    const problem = outputFileProblem(f);
    if (problem) throw invalidProperty(propPath(`outputFiles[${i}]`), problem);
  });
  const ec = obj(body, "exitConditions", { prefix });
  if (ec) {
    const p = prefix ? `${prefix}.exitConditions` : "exitConditions";
    (arr(ec, "exitCodes", { prefix: p }) ?? []).forEach((m, i) => {
      const mm = asObject(m);
      int(mm, "code", { required: true, prefix: `${p}.exitCodes[${i}]` });
      checkExitOptions(
        obj(mm, "exitOptions", { required: true, prefix: `${p}.exitCodes[${i}]` }),
        `${p}.exitCodes[${i}].exitOptions`,
        job,
      );
    });
    (arr(ec, "exitCodeRanges", { prefix: p }) ?? []).forEach((m, i) => {
      const mm = asObject(m);
      int(mm, "start", { required: true, prefix: `${p}.exitCodeRanges[${i}]` });
      int(mm, "end", { required: true, prefix: `${p}.exitCodeRanges[${i}]` });
      checkExitOptions(
        obj(mm, "exitOptions", { required: true, prefix: `${p}.exitCodeRanges[${i}]` }),
        `${p}.exitCodeRanges[${i}].exitOptions`,
        job,
      );
    });
    for (const k of ["preProcessingError", "fileUploadError", "default"])
      checkExitOptions(obj(ec, k, { prefix: p }), `${p}.${k}`, job);
  }
  checkMultiInstance(body, prefix);
  const deps = obj(body, "dependsOn", { prefix });
  if (deps) {
    if (job && job.props.usesTaskDependencies !== true) {
      throw new BatchServiceError(
        400,
        "TaskDependenciesNotSpecifiedOnJob",
        "The task depends on other tasks but the job does not set usesTaskDependencies.",
        [{ key: "JobId", value: job.id }],
      );
    }
    const ids = arr(deps, "taskIds") ?? [];
    let idChars = 0;
    ids.forEach((t, i) => {
      if (typeof t !== "string" || t.length === 0)
        throw invalidProperty(`dependsOn.taskIds[${i}]`, "A task ID (a non-empty string) was expected.");
      idChars += t.length;
    });
    if (idChars > MAX_DEPENDENCY_ID_CHARS) {
      throw new BatchServiceError(
        400,
        "TaskDependencyListTooLong",
        `The task IDs a task depends on may total at most ${MAX_DEPENDENCY_ID_CHARS} characters; use taskIdRanges.`,
        [{ key: "PropertyName", value: "dependsOn.taskIds" }],
      );
    }
    (arr(deps, "taskIdRanges") ?? []).forEach((r, i) => {
      const rr = asObject(r);
      const prefix = `dependsOn.taskIdRanges[${i}]`;
      const start = int(rr, "start", { required: true, prefix, min: 0, max: Number.MAX_SAFE_INTEGER })!;
      const end = int(rr, "end", { required: true, prefix, min: 0, max: Number.MAX_SAFE_INTEGER })!;
      if (end < start) throw invalidProperty(`${prefix}.end`, "The end of a range may not be before its start.");
    });
  }
}

/** The most characters the IDs of `dependsOn.taskIds` may total (the service's limit). */
const MAX_DEPENDENCY_ID_CHARS = 64_000;

/**
 * The engine's view of a validated task body: id, the user properties kept as given, slots.
 * @param body - The task body (already checked with {@link checkTaskBody}).
 */
export function newTaskFrom(body: Json): NewTask {
  const props: Json = {};
  for (const k of PASS_THROUGH) if (body[k] !== undefined) props[k] = body[k];
  return { id: body.id as string, props, requiredSlots: (body.requiredSlots as number | undefined) ?? 1 };
}

/**
 * Adds a validated task to a job and queues it.
 * @param account - Owning account.
 * @param job - The job.
 * @param body - The task body (already checked).
 * @returns The task.
 * @throws BatchServiceError 409 `TaskExists` when the id is taken (ignoring case), 409
 *   `TaskIdSameAsJobPreparationTask` / `TaskIdSameAsJobReleaseTask` for the id of the job's special tasks.
 */
export function addTaskRecord(account: Account, job: JobRecord, body: Json): TaskRecord {
  const taskId = String(body.id).toLowerCase();
  if (prepTaskOf(job) && taskId === prepIdOf(job).toLowerCase())
    throw conflict(
      "TaskIdSameAsJobPreparationTask",
      "The specified task id is the id of the job preparation task of the job.",
      [{ key: "TaskId", value: String(body.id) }],
    );
  if (releaseTaskOf(job) && taskId === releaseIdOf(job).toLowerCase())
    throw conflict(
      "TaskIdSameAsJobReleaseTask",
      "The specified task id is the id of the job release task of the job.",
      [{ key: "TaskId", value: String(body.id) }],
    );
  return addTask(account, job, newTaskFrom(body));
}

/**
 * Renders a task in the spec's `BatchTask` shape.
 * @param account - Owning account.
 * @param task - The task.
 */
export function taskToWire(account: Account, task: TaskRecord): Json {
  const c = (task.props.constraints ?? {}) as Json;
  const jc = (task.job.props.constraints ?? {}) as Json;
  const e = task.exec;
  const node = task.node;
  const rootRel = `${jobDirectory(task.job)}/${task.id}`;
  return ordered(TASK_PROPERTIES, {
    ...task.props,
    killJobOnCompletion: undefined,
    id: task.id,
    url: taskUrl(account, task.job.id, task.id),
    eTag: task.etag,
    lastModified: iso(task.lastModified),
    creationTime: iso(task.creationTime),
    state: task.state,
    stateTransitionTime: iso(task.stateTransitionTime),
    previousState: task.previousState,
    previousStateTransitionTime: iso(task.previousStateTransitionTime),
    constraints: {
      maxWallClockTime: c.maxWallClockTime ?? jc.maxWallClockTime ?? MAX_DURATION,
      retentionTime: c.retentionTime ?? "P7D",
      maxTaskRetryCount: c.maxTaskRetryCount ?? jc.maxTaskRetryCount ?? 0,
    },
    requiredSlots: task.requiredSlots,
    userIdentity: task.props.userIdentity ?? { autoUser: { scope: "pool", elevationLevel: "nonadmin" } },
    executionInfo: {
      startTime: iso(e.startTime),
      endTime: iso(e.endTime),
      exitCode: e.exitCode,
      failureInfo: e.failureInfo,
      retryCount: e.retryCount,
      lastRetryTime: iso(e.lastRetryTime),
      requeueCount: e.requeueCount,
      lastRequeueTime: iso(e.lastRequeueTime),
      result: e.result,
    },
    stats: taskStatistics(account, task, taskUrl(account, task.job.id, task.id)),
    nodeInfo: node && {
      affinityId: `TVM:${node.id}`,
      nodeUrl: nodeUrl(account, node),
      poolId: node.pool.id,
      nodeId: node.id,
      taskRootDirectory: rootRel,
      taskRootDirectoryUrl: `${nodeUrl(account, node)}/files/${rootRel.split("/").map(seg).join("/")}`,
    },
  });
}

/** Property order of the spec's `BatchSubtask`. */
const SUBTASK_PROPERTIES = [
  "id",
  "nodeInfo",
  "startTime",
  "endTime",
  "exitCode",
  "containerInfo",
  "failureInfo",
  "state",
  "stateTransitionTime",
  "previousState",
  "previousStateTransitionTime",
  "result",
] as const;

/**
 * Renders a subtask in the spec's `BatchSubtask` shape; its `nodeInfo` names
 * its node and its own directory there (`workitems/<job>/job-1/<task>/<subtask id>`).
 */
function subtaskToWire(account: Account, task: TaskRecord, s: SubtaskRecord): Json {
  const url = `${account.url(`/pools/${seg(s.poolId)}/nodes/${seg(s.nodeId)}`)}`;
  const rootRel = `${jobDirectory(task.job)}/${task.id}/${s.id}`;
  return ordered(SUBTASK_PROPERTIES, {
    id: s.id,
    nodeInfo: {
      affinityId: `TVM:${s.nodeId}`,
      nodeUrl: url,
      poolId: s.poolId,
      nodeId: s.nodeId,
      taskRootDirectory: rootRel,
      taskRootDirectoryUrl: `${url}/files/${rootRel.split("/").map(seg).join("/")}`,
    },
    startTime: iso(s.startTime),
    endTime: iso(s.endTime),
    exitCode: s.exitCode,
    failureInfo: s.failureInfo,
    state: s.state,
    stateTransitionTime: iso(s.stateTransitionTime),
    previousState: s.previousState,
    previousStateTransitionTime: iso(s.previousStateTransitionTime),
    result: s.result,
  });
}

function jobForNewTasks(account: Account, jobId: string): JobRecord {
  const job = findJob(account, jobId);
  requireModifiable(job);
  return job;
}

/** Routes of the task operations. */
export const taskRoutes: Route[] = [
  {
    method: "POST",
    path: "/jobs/{jobId}/tasks",
    handler: (ctx) => {
      const job = jobForNewTasks(ctx.account, ctx.params.jobId!);
      const body = asObject(ctx.json());
      checkTaskBody(body, job);
      const task = addTaskRecord(ctx.account, job, body);
      const url = taskUrl(ctx.account, job.id, task.id);
      ctx.sendEmpty(201, { ...actionHeaders(url, task), Location: url });
    },
  },
  {
    method: "POST",
    path: "/jobs/{jobId}/addtaskcollection",
    handler: (ctx) => {
      const body = asObject(ctx.json());
      const list = arr(body, "value", { required: true })!;
      if (list.length > MAX_TASKS_PER_COLLECTION) {
        throw new BatchServiceError(
          413,
          "RequestBodyTooLarge",
          "The request body is too large and exceeds the maximum permissible limit.",
          [
            { key: "MaxLimit", value: String(MAX_TASKS_PER_COLLECTION) },
            {
              key: "Reason",
              value: `A task collection may hold at most ${MAX_TASKS_PER_COLLECTION} tasks; this one has ${list.length}.`,
            },
          ],
        );
      }
      const job = jobForNewTasks(ctx.account, ctx.params.jobId!);
      const results = list.map((item, i) => {
        const taskId =
          item && typeof item === "object" && typeof (item as Json).id === "string"
            ? ((item as Json).id as string)
            : `#${i}`;
        try {
          const t = asObject(item);
          checkTaskBody(t, job);
          const task = addTaskRecord(ctx.account, job, t);
          return {
            status: "success",
            taskId: task.id,
            eTag: task.etag,
            lastModified: iso(task.lastModified),
            location: taskUrl(ctx.account, job.id, task.id),
          };
        } catch (e) {
          if (!(e instanceof BatchServiceError)) throw e;
          const err = errorBody(ctx.account.endpoint, e, ctx.requestId, ctx.account.now());
          delete err["odata.metadata"];
          return { status: e.status >= 500 ? "servererror" : "clienterror", taskId, error: err };
        }
      });
      ctx.sendJson(200, {
        "odata.metadata": `${ctx.account.endpoint}/$metadata#Microsoft.Azure.Batch.Protocol.Entities.TaskAddCollectionResult`,
        value: results,
      });
    },
  },
  {
    method: "GET",
    path: "/jobs/{jobId}/tasks",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      sendList(ctx, job.tasks.values(), (t) => taskToWire(ctx.account, t), {
        filter: TASK_FILTER,
        select: TASK_SELECT,
        expand: ["stats"],
        entitySet: "tasks",
      });
    },
  },
  {
    method: "GET",
    path: "/jobs/{jobId}/tasks/{taskId}",
    handler: (ctx) => {
      const task = findTask(ctx.account, ctx.params.jobId!, ctx.params.taskId!);
      ctx.checkConditions(task);
      const wire = {
        "odata.metadata": `${ctx.account.endpoint}/$metadata#tasks/@Element`,
        ...taskToWire(ctx.account, task),
      };
      ctx.sendJson(
        200,
        projectOne(ctx, wire, new Set([...TASK_SELECT, "odata.metadata"]), ["stats"]),
        RequestContext.versionHeaders(task),
      );
    },
  },
  {
    method: "PUT",
    path: "/jobs/{jobId}/tasks/{taskId}",
    handler: (ctx) => {
      const task = findTask(ctx.account, ctx.params.jobId!, ctx.params.taskId!);
      ctx.checkConditions(task);
      const body = asObject(ctx.json() ?? {});
      checkConstraints(body, "");
      if (task.state === "completed")
        throw conflict("TaskCompleted", "The specified task is already completed.", [
          { key: "TaskId", value: task.id },
        ]);
      replaceTaskConstraints(ctx.account, task, body.constraints as Json | undefined);
      ctx.sendEmpty(200, actionHeaders(taskUrl(ctx.account, task.job.id, task.id), task));
    },
  },
  {
    method: "DELETE",
    path: "/jobs/{jobId}/tasks/{taskId}",
    handler: (ctx) => {
      const task = findTask(ctx.account, ctx.params.jobId!, ctx.params.taskId!);
      ctx.checkConditions(task);
      deleteTask(ctx.account, task);
      ctx.sendEmpty(200);
    },
  },
  {
    method: "POST",
    path: "/jobs/{jobId}/tasks/{taskId}/terminate",
    handler: (ctx) => {
      const task = findTask(ctx.account, ctx.params.jobId!, ctx.params.taskId!);
      ctx.checkConditions(task);
      if (task.state === "completed")
        throw conflict("TaskCompleted", "The specified task is already completed.", [
          { key: "TaskId", value: task.id },
        ]);
      terminateTask(ctx.account, task);
      ctx.sendEmpty(204, actionHeaders(taskUrl(ctx.account, task.job.id, task.id), task));
    },
  },
  {
    method: "POST",
    path: "/jobs/{jobId}/tasks/{taskId}/reactivate",
    handler: (ctx) => {
      const task = findTask(ctx.account, ctx.params.jobId!, ctx.params.taskId!);
      ctx.checkConditions(task);
      requireModifiable(task.job);
      if (task.state !== "completed")
        throw invalidState(`Only completed tasks can be reactivated; the task is '${task.state}'.`);
      if (task.exec.result !== "failure")
        throw invalidState("The task completed successfully and cannot be reactivated.");
      reactivateTask(ctx.account, task);
      ctx.sendEmpty(204, actionHeaders(taskUrl(ctx.account, task.job.id, task.id), task));
    },
  },
  {
    method: "GET",
    path: "/jobs/{jobId}/tasks/{taskId}/subtasksinfo",
    handler: (ctx) => {
      const task = findTask(ctx.account, ctx.params.jobId!, ctx.params.taskId!);
      const select = new Set<string>(SUBTASK_PROPERTIES);
      // A task that is not a multi-instance task has none (the spec: "returns an empty collection").
      const subtasks = (task.subtasks ?? []).map((s) => ({ seq: s.id, s }));
      sendList(ctx, subtasks, ({ s }) => subtaskToWire(ctx.account, task, s), { select, entitySet: "subtasksinfo" });
    },
  },
];

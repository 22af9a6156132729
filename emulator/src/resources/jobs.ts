/**
 * Job operations: create, get, list, list from schedule, update, replace,
 * delete, disable, enable, terminate, task counts, preparation/release status.
 */
import { expandsStats, jobStatistics } from "../engine/statistics.js";
import { randomUUID } from "node:crypto";
import { RequestContext } from "../context.js";
import { MAX_DURATION, parseDuration } from "../duration.js";
import { conflict, invalidProperty, invalidState, missingProperty, notFound } from "../errors.js";
import { createJob, deleteJob, disableJob, enableJob, terminateJob, updateJob } from "../engine/jobs.js";
import { projectOne, sendList } from "../listing.js";
import type { FilterSchema } from "../odata.js";
import type { Route } from "../server.js";
import type { Account } from "../state/account.js";
import type { JobRecord, Json } from "../state/model.js";
import { asObject, bool, duration, id, int, nameValueList, obj, oneOf, str } from "../validate.js";
import { actionHeaders, findJob, iso, jobUrl, ordered } from "./common.js";
import { idKey } from "../state/ids.js";
import { addPool, checkPoolProperties } from "./pools.js";
import { checkTaskBody, newTaskFrom } from "./tasks.js";
import {
  DEFAULT_PREP_ID,
  DEFAULT_RELEASE_ID,
  preparationStatusList,
  RELEASE_MAX_WALL_MS,
} from "../engine/jobPreparation.js";

/** Property order of the spec's `BatchJob`. */
export const JOB_PROPERTIES = [
  "id",
  "displayName",
  "usesTaskDependencies",
  "url",
  "eTag",
  "lastModified",
  "creationTime",
  "state",
  "stateTransitionTime",
  "previousState",
  "previousStateTransitionTime",
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  "constraints",
  "jobManagerTask",
  "jobPreparationTask",
  "jobReleaseTask",
  "commonEnvironmentSettings",
  "poolInfo",
  "onAllTasksComplete",
  "onTaskFailure",
  "networkConfiguration",
  "metadata",
  "executionInfo",
  "stats",
] as const;

const JOB_SELECT = new Set<string>(JOB_PROPERTIES);

/** Filterable job fields. */
export const JOB_FILTER: FilterSchema = {
  id: "string",
  displayName: "string",
  state: "string",
  priority: "number",
  onAllTasksComplete: "string",
  onTaskFailure: "string",
  "poolInfo/poolId": "string",
  "executionInfo/poolId": "string",
  "executionInfo/terminateReason": "string",
  creationTime: "date",
  lastModified: "date",
};

const PASS_THROUGH = [
  "displayName",
  "usesTaskDependencies",
  "priority",
  "allowTaskPreemption",
  "maxParallelTasks",
  "constraints",
  "jobManagerTask",
  "jobPreparationTask",
  "jobReleaseTask",
  "commonEnvironmentSettings",
  "poolInfo",
  "onAllTasksComplete",
  "onTaskFailure",
  "networkConfiguration",
  "metadata",
];

/**
 * Renders a job in the spec's `BatchJob` shape.
 * @param account - Owning account.
 * @param job - The job.
 */
export function jobToWire(account: Account, job: JobRecord): Json {
  const c = (job.props.constraints ?? {}) as Json;
  return ordered(JOB_PROPERTIES, {
    ...job.props,
    id: job.id,
    usesTaskDependencies: job.props.usesTaskDependencies ?? false,
    url: jobUrl(account, job.id),
    eTag: job.etag,
    lastModified: iso(job.lastModified),
    creationTime: iso(job.creationTime),
    state: job.state,
    stateTransitionTime: iso(job.stateTransitionTime),
    previousState: job.previousState,
    previousStateTransitionTime: iso(job.previousStateTransitionTime),
    priority: job.props.priority ?? 0,
    allowTaskPreemption: job.props.allowTaskPreemption ?? false,
    maxParallelTasks: job.props.maxParallelTasks ?? -1,
    constraints: { maxWallClockTime: c.maxWallClockTime ?? MAX_DURATION, maxTaskRetryCount: c.maxTaskRetryCount ?? 0 },
    onAllTasksComplete: job.props.onAllTasksComplete ?? "noaction",
    onTaskFailure: job.props.onTaskFailure ?? "noaction",
    executionInfo: {
      startTime: iso(job.startTime),
      endTime: iso(job.endTime),
      poolId: job.poolId,
      schedulingError: job.schedulingError,
      terminateReason: job.state === "completed" ? job.terminateReason : undefined,
    },
  });
}

/** Adds `stats` when the request has `$expand=stats`. */
function withJobStats(ctx: RequestContext, job: JobRecord, wire: Json): Json {
  return expandsStats(ctx.q("$expand"))
    ? { ...wire, stats: jobStatistics(ctx.account, job, jobUrl(ctx.account, job.id)) }
    : wire;
}

function checkConstraints(body: Json): void {
  const c = obj(body, "constraints");
  if (c) {
    duration(c, "maxWallClockTime", { prefix: "constraints" });
    int(c, "maxTaskRetryCount", { min: -1, prefix: "constraints" });
  }
}

function checkPoolInfo(body: Json, required: boolean): void {
  const info = obj(body, "poolInfo", { required });
  if (!info) return;
  const poolId = str(info, "poolId", { prefix: "poolInfo" });
  const auto = obj(info, "autoPoolSpecification", { prefix: "poolInfo" });
  if (poolId === undefined && auto === undefined) throw missingProperty("poolInfo.poolId");
  if (poolId !== undefined && auto !== undefined)
    throw invalidProperty("poolInfo", "Specify either poolId or autoPoolSpecification, not both.");
  if (auto) {
    oneOf(auto, "poolLifetimeOption", ["jobschedule", "job"] as const, {
      required: true,
      prefix: "poolInfo.autoPoolSpecification",
    });
    str(auto, "autoPoolIdPrefix", { max: 20, prefix: "poolInfo.autoPoolSpecification" });
    bool(auto, "keepAlive", { prefix: "poolInfo.autoPoolSpecification" });
    const pool = obj(auto, "pool", { prefix: "poolInfo.autoPoolSpecification" });
    if (pool) checkPoolProperties(pool, true);
  }
}

/** Checks the job properties settable by create, update and replace. */
function checkJobProperties(body: Json): void {
  int(body, "priority", { min: -1000, max: 1000 });
  bool(body, "allowTaskPreemption");
  const mp = int(body, "maxParallelTasks", { min: -1 });
  if (mp === 0) throw invalidProperty("maxParallelTasks", "maxParallelTasks must be -1 or greater than 0.");
  checkConstraints(body);
  oneOf(body, "onAllTasksComplete", ["noaction", "terminatejob"] as const);
  nameValueList(body, "metadata");
}

/**
 * Validates the properties of a job body but its id (also a schedule's `jobSpecification`).
 * @param body - A `BatchJobCreateOptions` body or a `BatchJobSpecification`.
 */
export function checkJobBody(body: Json): void {
  str(body, "displayName", { max: 1024 });
  bool(body, "usesTaskDependencies");
  checkJobProperties(body);
  checkPoolInfo(body, true);
  oneOf(body, "onTaskFailure", ["noaction", "performexitoptionsjobaction"] as const);
  nameValueList(body, "commonEnvironmentSettings");
  const jm = obj(body, "jobManagerTask");
  if (jm) checkTaskBody(jm, undefined, "jobManagerTask");
  const ids: string[] = [];
  for (const name of ["jobPreparationTask", "jobReleaseTask"]) {
    const t = obj(body, name);
    if (!t) continue;
    str(t, "commandLine", { required: true, prefix: name });
    ids.push(id(t, "id", { prefix: name }) ?? (name === "jobPreparationTask" ? DEFAULT_PREP_ID : DEFAULT_RELEASE_ID));
    nameValueList(t, "environmentSettings", { prefix: name });
    if (name === "jobPreparationTask") {
      bool(t, "waitForSuccess", { prefix: name });
      bool(t, "rerunOnNodeRebootAfterSuccess", { prefix: name });
      const c = obj(t, "constraints", { prefix: name });
      if (c) {
        duration(c, "maxWallClockTime", { prefix: `${name}.constraints` });
        int(c, "maxTaskRetryCount", { min: -1, prefix: `${name}.constraints` });
      }
    } else {
      const wall = duration(t, "maxWallClockTime", { prefix: name });
      if (wall !== undefined && parseDuration(wall)! > RELEASE_MAX_WALL_MS)
        throw invalidProperty(
          `${name}.maxWallClockTime`,
          "The maximum wall clock time of a job release task is 15 minutes.",
        );
      duration(t, "retentionTime", { prefix: name });
    }
  }
  // The service refuses a release task without a preparation task, and two special tasks with one id.
  if (obj(body, "jobReleaseTask") && !obj(body, "jobPreparationTask"))
    throw invalidProperty(
      "jobReleaseTask",
      "A job release task cannot be specified without also specifying a job preparation task for the job.",
    );
  if (ids.length === 2 && ids[0]!.toLowerCase() === ids[1]!.toLowerCase())
    throw invalidProperty(
      "jobReleaseTask.id",
      "The job release task must not have the id of the job preparation task.",
    );
}

/**
 * Validates a job body and adds the job (with its job manager task and auto pool).
 * @param account - Owning account.
 * @param body - A `BatchJobCreateOptions` body.
 * @param jobScheduleId - Schedule that made the job, if any.
 * @param autoPoolId - An existing auto pool to use instead of creating one (a schedule's shared auto pool).
 */
export function addJob(account: Account, body: Json, jobScheduleId?: string, autoPoolId?: string): JobRecord {
  // A schedule's job ids (`<scheduleId>:job-<n>`) are made by the emulator, with a character user ids may not contain.
  const jobId = jobScheduleId !== undefined && typeof body.id === "string" ? body.id : id(body);
  checkJobBody(body);
  if (account.jobs.has(jobId.toLowerCase()))
    throw conflict("JobExists", "The specified job already exists.", [{ key: "JobId", value: jobId }]);
  // Jobs and job schedules share one id space on the service, and here their node directories
  // (workitems/<id>/job-1 and workitems/<scheduleId>/job-<n>, engine/workItems.ts) would collide.
  if (jobScheduleId === undefined && account.jobSchedules.has(jobId.toLowerCase()))
    throw conflict("JobScheduleWithSameIdExists", "A job schedule with the specified job id exists.", [
      { key: "JobId", value: jobId },
    ]);
  const props: Json = {};
  for (const k of PASS_THROUGH) if (body[k] !== undefined) props[k] = body[k];
  for (const k of ["onAllTasksComplete", "onTaskFailure"])
    if (typeof props[k] === "string") props[k] = (props[k] as string).toLowerCase();
  const info = props.poolInfo as Json;
  let poolId: string;
  if (typeof info.poolId === "string") {
    poolId = info.poolId;
  } else if (autoPoolId !== undefined) {
    poolId = autoPoolId;
  } else {
    const auto = info.autoPoolSpecification as Json;
    poolId =
      `${(auto.autoPoolIdPrefix as string | undefined) ?? ""}_${randomUUID().replace(/-/g, "").slice(0, 20)}`.replace(
        /^_/,
        "",
      );
    addPool(account, { ...((auto.pool ?? {}) as Json), id: poolId }, jobId);
  }
  const jm = props.jobManagerTask as Json | undefined;
  return createJob(account, {
    id: jobId,
    props,
    poolId,
    jobScheduleId,
    jobManagerTask: jm ? newTaskFrom(jm) : undefined,
  });
}

/** Refuses changes to completed, terminating or deleting jobs. */
export function requireModifiable(job: JobRecord): void {
  if (job.state === "completed")
    throw conflict("JobCompleted", "The specified job is already in a completed state.", [
      { key: "JobId", value: job.id },
    ]);
  if (job.state === "deleting")
    throw conflict(
      "JobBeingDeleted",
      "The specified job has been marked for deletion and is being garbage collected.",
      [{ key: "JobId", value: job.id }],
    );
  if (job.state === "terminating")
    throw conflict("JobBeingTerminated", "The specified job is being terminated.", [{ key: "JobId", value: job.id }]);
}

function applyUpdate(ctx: RequestContext, job: JobRecord, body: Json, replace: boolean): void {
  checkJobProperties(body);
  checkPoolInfo(body, replace);
  const info = body.poolInfo as Json | undefined;
  if (
    info &&
    typeof info.poolId === "string" &&
    info.poolId.toLowerCase() !== (job.poolId ?? "").toLowerCase() &&
    job.state !== "disabled"
  ) {
    throw invalidState("The pool of a job can only be changed while the job is disabled.");
  }
  if (info && info.autoPoolSpecification && !(job.props.poolInfo as Json | undefined)?.autoPoolSpecification) {
    throw invalidProperty(
      "poolInfo.autoPoolSpecification",
      "The emulator does not switch existing jobs to auto pools.",
    );
  }
  const names = [
    "priority",
    "allowTaskPreemption",
    "maxParallelTasks",
    "constraints",
    "poolInfo",
    "onAllTasksComplete",
    "metadata",
    "networkConfiguration",
  ];
  const set: Json = {};
  const removed: string[] = [];
  for (const k of names) {
    if (body[k] !== undefined) set[k] = typeof body[k] === "string" ? (body[k] as string).toLowerCase() : body[k];
    else if (replace && k !== "poolInfo" && k !== "networkConfiguration") removed.push(k);
  }
  updateJob(ctx.account, job, set, removed, info && typeof info.poolId === "string" ? info.poolId : undefined);
}

function preparationStatus(ctx: RequestContext): void {
  const job = findJob(ctx.account, ctx.params.jobId!);
  if (!job.props.jobPreparationTask && !job.props.jobReleaseTask) {
    throw conflict(
      "JobPreparationTaskOrReleaseTaskNotSpecified",
      "The specified job does not have a job preparation or release task.",
      [{ key: "JobId", value: job.id }],
    );
  }
  sendList(ctx, preparationStatusList(ctx.account, job), (e) => e.wire, {
    filter: {
      nodeId: "string",
      poolId: "string",
      "jobPreparationTaskExecutionInfo/state": "string",
      "jobPreparationTaskExecutionInfo/result": "string",
      "jobPreparationTaskExecutionInfo/exitCode": "number",
      "jobReleaseTaskExecutionInfo/state": "string",
      "jobReleaseTaskExecutionInfo/result": "string",
      "jobReleaseTaskExecutionInfo/exitCode": "number",
    },
    select: new Set(["poolId", "nodeId", "nodeUrl", "jobPreparationTaskExecutionInfo", "jobReleaseTaskExecutionInfo"]),
    entitySet: "jobpreparationandreleasetaskstatus",
  });
}

/** Routes of the job operations. */
export const jobRoutes: Route[] = [
  {
    method: "POST",
    path: "/jobs",
    handler: (ctx) => {
      const job = addJob(ctx.account, asObject(ctx.json()));
      const url = jobUrl(ctx.account, job.id);
      ctx.sendEmpty(201, { ...actionHeaders(url, job), Location: url });
    },
  },
  {
    method: "GET",
    path: "/jobs",
    handler: (ctx) =>
      sendList(ctx, ctx.account.jobs.values(), (j) => withJobStats(ctx, j, jobToWire(ctx.account, j)), {
        filter: JOB_FILTER,
        select: JOB_SELECT,
        expand: ["stats"],
        entitySet: "jobs",
      }),
  },
  {
    method: "GET",
    path: "/jobschedules/{jobScheduleId}/jobs",
    handler: (ctx) => {
      const schedule = ctx.account.jobSchedules.get(idKey(ctx.params.jobScheduleId!));
      if (!schedule) throw notFound("JobSchedule", ctx.params.jobScheduleId!);
      const jobs = [...ctx.account.jobs.values()].filter(
        (j) => j.jobScheduleId?.toLowerCase() === schedule.id.toLowerCase(),
      );
      sendList(ctx, jobs, (j) => withJobStats(ctx, j, jobToWire(ctx.account, j)), {
        filter: JOB_FILTER,
        select: JOB_SELECT,
        expand: ["stats"],
        entitySet: "jobs",
      });
    },
  },
  {
    method: "GET",
    path: "/jobs/{jobId}",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      ctx.checkConditions(job);
      const wire = {
        "odata.metadata": `${ctx.account.endpoint}/$metadata#jobs/@Element`,
        ...withJobStats(ctx, job, jobToWire(ctx.account, job)),
      };
      ctx.sendJson(
        200,
        projectOne(ctx, wire, new Set([...JOB_SELECT, "odata.metadata"]), ["stats"]),
        RequestContext.versionHeaders(job),
      );
    },
  },
  {
    method: "PATCH",
    path: "/jobs/{jobId}",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      ctx.checkConditions(job);
      requireModifiable(job);
      applyUpdate(ctx, job, asObject(ctx.json()), false);
      ctx.sendEmpty(200, actionHeaders(jobUrl(ctx.account, job.id), job));
    },
  },
  {
    method: "PUT",
    path: "/jobs/{jobId}",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      ctx.checkConditions(job);
      requireModifiable(job);
      applyUpdate(ctx, job, asObject(ctx.json()), true);
      ctx.sendEmpty(200, actionHeaders(jobUrl(ctx.account, job.id), job));
    },
  },
  {
    method: "DELETE",
    path: "/jobs/{jobId}",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      ctx.checkConditions(job);
      if (job.state === "deleting")
        throw conflict(
          "JobBeingDeleted",
          "The specified job has been marked for deletion and is being garbage collected.",
          [{ key: "JobId", value: job.id }],
        );
      deleteJob(ctx.account, job);
      ctx.sendEmpty(202);
    },
  },
  {
    method: "POST",
    path: "/jobs/{jobId}/disable",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      ctx.checkConditions(job);
      const body = asObject(ctx.json());
      const option = oneOf(body, "disableTasks", ["requeue", "terminate", "wait"] as const, { required: true })!;
      requireModifiable(job);
      if (job.state !== "active")
        throw conflict("JobNotActive", "The specified job is not in an active state.", [
          { key: "JobId", value: job.id },
        ]);
      disableJob(ctx.account, job, option);
      ctx.sendEmpty(202, actionHeaders(jobUrl(ctx.account, job.id), job));
    },
  },
  {
    method: "POST",
    path: "/jobs/{jobId}/enable",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      ctx.checkConditions(job);
      requireModifiable(job);
      if (job.state !== "disabled" && job.state !== "disabling")
        throw invalidState(`The job is '${job.state}'; only disabled jobs can be enabled.`);
      enableJob(ctx.account, job);
      ctx.sendEmpty(202, actionHeaders(jobUrl(ctx.account, job.id), job));
    },
  },
  {
    method: "POST",
    path: "/jobs/{jobId}/terminate",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      ctx.checkConditions(job);
      const body = asObject(ctx.json() ?? {});
      const reason = str(body, "terminateReason") ?? "UserTerminate";
      requireModifiable(job);
      terminateJob(ctx.account, job, reason);
      ctx.sendEmpty(202, actionHeaders(jobUrl(ctx.account, job.id), job));
    },
  },
  {
    method: "GET",
    path: "/jobs/{jobId}/taskcounts",
    handler: (ctx) => {
      const job = findJob(ctx.account, ctx.params.jobId!);
      const counts = { active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 };
      const slots = { active: 0, running: 0, completed: 0, succeeded: 0, failed: 0 };
      for (const t of job.tasks.values()) {
        const s = t.state === "preparing" ? "running" : t.state;
        counts[s]++;
        slots[s] += t.requiredSlots;
        if (t.state === "completed") {
          const r = t.exec.result === "failure" ? "failed" : "succeeded";
          counts[r]++;
          slots[r] += t.requiredSlots;
        }
      }
      ctx.sendJson(200, {
        "odata.metadata": `${ctx.account.endpoint}/$metadata#taskcounts/@Element`,
        taskCounts: counts,
        taskSlotCounts: slots,
      });
    },
  },
  { method: "GET", path: "/jobs/{jobId}/jobpreparationandreleasetaskstatus", handler: preparationStatus },
];

/**
 * Job schedule operations (create/get/list/exists/update/replace/delete/
 * disable/enable/terminate). The schedule's jobs are created by
 * `engine/jobSchedules.ts` through the job factory installed here, which
 * adds each job as `POST /jobs` would from the schedule's `jobSpecification`.
 */
import { randomUUID } from "node:crypto";
import { RequestContext } from "../context.js";
import {
  createJobSchedule,
  deleteJobSchedule,
  disableJobSchedule,
  enableJobSchedule,
  setScheduledJobFactory,
  terminateJobSchedule,
  updateJobSchedule,
} from "../engine/jobSchedules.js";
import { parseDuration } from "../duration.js";
import { conflict, invalidProperty, invalidState, notFound } from "../errors.js";
import { projectOne, sendList } from "../listing.js";
import type { FilterSchema } from "../odata.js";
import type { Route } from "../server.js";
import type { Account } from "../state/account.js";
import type { JobScheduleRecord, Json } from "../state/model.js";
import { asObject, duration, id, nameValueList, obj, str } from "../validate.js";
import { actionHeaders, iso, jobUrl, ordered, seg } from "./common.js";
import { idKey } from "../state/ids.js";
import { addJob, checkJobBody } from "./jobs.js";
import { addPool } from "./pools.js";

/** Property order of the spec's `BatchJobSchedule`. */
export const JOB_SCHEDULE_PROPERTIES = [
  "id",
  "displayName",
  "url",
  "eTag",
  "lastModified",
  "creationTime",
  "state",
  "stateTransitionTime",
  "previousState",
  "previousStateTransitionTime",
  "schedule",
  "jobSpecification",
  "executionInfo",
  "metadata",
  "stats",
] as const;

const SELECT = new Set<string>(JOB_SCHEDULE_PROPERTIES);

/** Filterable job schedule fields. */
export const JOB_SCHEDULE_FILTER: FilterSchema = {
  id: "string",
  displayName: "string",
  state: "string",
  creationTime: "date",
  lastModified: "date",
};

function url(account: Account, id: string): string {
  return account.url(`/jobschedules/${seg(id)}`);
}

/**
 * Renders a job schedule in the spec's `BatchJobSchedule` shape.
 * @param account - Owning account.
 * @param s - The schedule.
 */
export function jobScheduleToWire(account: Account, s: JobScheduleRecord): Json {
  return ordered(JOB_SCHEDULE_PROPERTIES, {
    ...s.props,
    id: s.id,
    url: url(account, s.id),
    eTag: s.etag,
    lastModified: iso(s.lastModified),
    creationTime: iso(s.creationTime),
    state: s.state,
    stateTransitionTime: iso(s.stateTransitionTime),
    previousState: s.previousState,
    previousStateTransitionTime: iso(s.previousStateTransitionTime),
    schedule: s.props.schedule ?? {},
    executionInfo: {
      nextRunTime:
        s.nextRunAt !== undefined && (s.state === "active" || s.state === "disabled")
          ? iso(new Date(s.nextRunAt))
          : undefined,
      recentJob: s.recentJobId ? { id: s.recentJobId, url: jobUrl(account, s.recentJobId) } : undefined,
      endTime: s.state === "completed" ? iso(s.endTime) : undefined,
    },
  });
}

function find(account: Account, sid: string): JobScheduleRecord {
  const s = account.jobSchedules.get(idKey(sid));
  if (!s) throw notFound("JobSchedule", sid);
  return s;
}

/** Reads a schedule time (`doNotRunUntil`, `doNotRunAfter`): an ISO 8601 date-time. */
function dateTime(o: Json, name: string): void {
  const v = str(o, name, { prefix: "schedule" });
  if (v !== undefined && Number.isNaN(Date.parse(v)))
    throw invalidProperty(`schedule.${name}`, "An ISO 8601 date-time was expected.");
}

/** Reads a schedule interval the service takes from 1 minute (`startWindow`, `recurrenceInterval`). */
function minuteOrMore(o: Json, name: string): void {
  const v = duration(o, name, { prefix: "schedule" });
  if (v !== undefined && parseDuration(v)! < 60_000)
    throw invalidProperty(`schedule.${name}`, `The ${name} must be at least 1 minute.`);
}

function checkBody(body: Json, create: boolean): void {
  const schedule = obj(body, "schedule", { required: create });
  if (schedule) {
    dateTime(schedule, "doNotRunUntil");
    dateTime(schedule, "doNotRunAfter");
    minuteOrMore(schedule, "startWindow");
    minuteOrMore(schedule, "recurrenceInterval");
  }
  const spec = obj(body, "jobSpecification", { required: create });
  if (spec) {
    obj(spec, "poolInfo", { required: true, prefix: "jobSpecification" });
    checkJobBody(spec);
  }
  nameValueList(body, "metadata");
}

/**
 * Creates a schedule's job from its `jobSpecification`. With an auto pool
 * whose `poolLifetimeOption` is `jobschedule`, one pool is made for the
 * schedule and shared by its jobs (deleted when the schedule ends); with
 * `job`, each job gets its own.
 */
setScheduledJobFactory((account, s, jobId) => {
  const spec = structuredClone((s.props.jobSpecification ?? {}) as Json);
  const auto = (spec.poolInfo as Json | undefined)?.autoPoolSpecification as Json | undefined;
  let autoPoolId: string | undefined;
  if (auto && auto.poolLifetimeOption === "jobschedule") {
    const existing = s.autoPoolId ? account.pools.get(s.autoPoolId.toLowerCase()) : undefined;
    if (existing && existing.state === "active") autoPoolId = existing.id;
    else {
      autoPoolId =
        `${(auto.autoPoolIdPrefix as string | undefined) ?? ""}_${randomUUID().replace(/-/g, "").slice(0, 20)}`.replace(
          /^_/,
          "",
        );
      addPool(account, { ...((auto.pool ?? {}) as Json), id: autoPoolId }, s.id);
      s.autoPoolId = autoPoolId;
    }
  }
  return addJob(account, { ...spec, id: jobId }, s.id, autoPoolId);
});

function modifiable(s: JobScheduleRecord): void {
  if (s.state === "completed")
    throw conflict("JobScheduleCompleted", "The specified job schedule is already in a completed state.", [
      { key: "JobScheduleId", value: s.id },
    ]);
  if (s.state === "deleting")
    throw conflict("JobScheduleBeingDeleted", "The specified job schedule has been marked for deletion.", [
      { key: "JobScheduleId", value: s.id },
    ]);
  if (s.state === "terminating")
    throw conflict("JobScheduleBeingTerminated", "The specified job schedule is being terminated.", [
      { key: "JobScheduleId", value: s.id },
    ]);
}

/** Routes of the job schedule operations. */
export const jobScheduleRoutes: Route[] = [
  {
    method: "POST",
    path: "/jobschedules",
    handler: (ctx) => {
      const body = asObject(ctx.json());
      const sid = id(body);
      str(body, "displayName", { max: 1024 });
      checkBody(body, true);
      const props: Json = {};
      for (const k of ["displayName", "schedule", "jobSpecification", "metadata"])
        if (body[k] !== undefined) props[k] = body[k];
      const s = createJobSchedule(ctx.account, sid, props);
      ctx.sendEmpty(201, { ...actionHeaders(url(ctx.account, sid), s), Location: url(ctx.account, sid) });
    },
  },
  {
    method: "GET",
    path: "/jobschedules",
    handler: (ctx) =>
      sendList(ctx, ctx.account.jobSchedules.values(), (s) => jobScheduleToWire(ctx.account, s), {
        filter: JOB_SCHEDULE_FILTER,
        select: SELECT,
        expand: ["stats"],
        entitySet: "jobschedules",
      }),
  },
  {
    method: "GET",
    path: "/jobschedules/{jobScheduleId}",
    handler: (ctx) => {
      const s = find(ctx.account, ctx.params.jobScheduleId!);
      ctx.checkConditions(s);
      const wire = {
        "odata.metadata": `${ctx.account.endpoint}/$metadata#jobschedules/@Element`,
        ...jobScheduleToWire(ctx.account, s),
      };
      ctx.sendJson(
        200,
        projectOne(ctx, wire, new Set([...SELECT, "odata.metadata"]), ["stats"]),
        RequestContext.versionHeaders(s),
      );
    },
  },
  {
    method: "HEAD",
    path: "/jobschedules/{jobScheduleId}",
    handler: (ctx) => {
      const s = find(ctx.account, ctx.params.jobScheduleId!);
      ctx.checkConditions(s);
      ctx.sendEmpty(200, RequestContext.versionHeaders(s));
    },
  },
  ...(["PATCH", "PUT"] as const).map((method): Route => ({
    method,
    path: "/jobschedules/{jobScheduleId}",
    handler: (ctx) => {
      const s = find(ctx.account, ctx.params.jobScheduleId!);
      ctx.checkConditions(s);
      const body = asObject(ctx.json());
      checkBody(body, method === "PUT");
      modifiable(s);
      const set: Json = {};
      const removed: string[] = [];
      for (const k of ["schedule", "jobSpecification", "metadata"]) {
        if (body[k] !== undefined) set[k] = body[k];
        else if (method === "PUT" && k === "metadata") removed.push(k);
      }
      updateJobSchedule(ctx.account, s, set, removed);
      ctx.sendEmpty(200, actionHeaders(url(ctx.account, s.id), s));
    },
  })),
  {
    method: "DELETE",
    path: "/jobschedules/{jobScheduleId}",
    handler: (ctx) => {
      const s = find(ctx.account, ctx.params.jobScheduleId!);
      ctx.checkConditions(s);
      if (s.state === "deleting")
        throw conflict("JobScheduleBeingDeleted", "The specified job schedule has been marked for deletion.", [
          { key: "JobScheduleId", value: s.id },
        ]);
      deleteJobSchedule(ctx.account, s);
      ctx.sendEmpty(202);
    },
  },
  {
    method: "POST",
    path: "/jobschedules/{jobScheduleId}/disable",
    handler: (ctx) => {
      const s = find(ctx.account, ctx.params.jobScheduleId!);
      ctx.checkConditions(s);
      modifiable(s);
      disableJobSchedule(ctx.account, s);
      ctx.sendEmpty(204, actionHeaders(url(ctx.account, s.id), s));
    },
  },
  {
    method: "POST",
    path: "/jobschedules/{jobScheduleId}/enable",
    handler: (ctx) => {
      const s = find(ctx.account, ctx.params.jobScheduleId!);
      ctx.checkConditions(s);
      modifiable(s);
      if (s.state !== "disabled")
        throw invalidState(`The job schedule is '${s.state}'; only disabled schedules can be enabled.`);
      enableJobSchedule(ctx.account, s);
      ctx.sendEmpty(204, actionHeaders(url(ctx.account, s.id), s));
    },
  },
  {
    method: "POST",
    path: "/jobschedules/{jobScheduleId}/terminate",
    handler: (ctx) => {
      const s = find(ctx.account, ctx.params.jobScheduleId!);
      ctx.checkConditions(s);
      modifiable(s);
      terminateJobSchedule(ctx.account, s);
      ctx.sendEmpty(202, actionHeaders(url(ctx.account, s.id), s));
    },
  },
];

/**
 * Pool operations: create, get, list, exists, update (PATCH), replace
 * (updateproperties), delete, resize, stopresize, removenodes, autoscale.
 */
import { expandsStats, poolStatistics } from "../engine/statistics.js";
import { checkPoolPackageReferences } from "./applications.js";
import { RequestContext } from "../context.js";
import { MAX_DURATION, parseDuration } from "../duration.js";
import { conflict, invalidProperty, invalidState, missingProperty, notFound } from "../errors.js";
import { checkAutoScaleFormula, evaluatePoolFormula } from "../engine/autoScale.js";
import {
  createPool,
  deletePool,
  disableAutoScale,
  enableAutoScale,
  removePoolNodes,
  replacePoolProperties,
  resizePool,
  stopResize,
  updatePool,
} from "../engine/pools.js";
import { projectOne, sendList } from "../listing.js";
import type { FilterSchema } from "../odata.js";
import type { Route } from "../server.js";
import type { Account } from "../state/account.js";
import type { Json, PoolRecord, TaskDisposition } from "../state/model.js";
import { arr, asObject, bool, duration, id, int, nameValueList, obj, oneOf, str } from "../validate.js";
import { actionHeaders, activePool, findPool, iso, ordered, poolUrl } from "./common.js";

/** Property order of the spec's `BatchPool`. */
export const POOL_PROPERTIES = [
  "id",
  "displayName",
  "url",
  "eTag",
  "lastModified",
  "creationTime",
  "state",
  "stateTransitionTime",
  "allocationState",
  "allocationStateTransitionTime",
  "vmSize",
  "virtualMachineConfiguration",
  "vmSkuProfile",
  "resizeTimeout",
  "resizeErrors",
  "currentDedicatedNodes",
  "currentLowPriorityNodes",
  "targetDedicatedNodes",
  "targetLowPriorityNodes",
  "enableAutoScale",
  "autoScaleFormula",
  "autoScaleEvaluationInterval",
  "autoScaleRun",
  "enableInterNodeCommunication",
  "networkConfiguration",
  "startTask",
  "applicationPackageReferences",
  "taskSlotsPerNode",
  "taskSchedulingPolicy",
  "userAccounts",
  "metadata",
  "stats",
  "mountConfiguration",
  "identity",
  "upgradePolicy",
] as const;

/** User-supplied pool properties kept as given. */
const PASS_THROUGH = [
  "displayName",
  "vmSize",
  "virtualMachineConfiguration",
  "vmSkuProfile",
  "enableInterNodeCommunication",
  "networkConfiguration",
  "startTask",
  "applicationPackageReferences",
  "taskSchedulingPolicy",
  "userAccounts",
  "metadata",
  "mountConfiguration",
  "upgradePolicy",
];

const POOL_SELECT = new Set<string>(POOL_PROPERTIES);

/** Filterable pool fields. */
export const POOL_FILTER: FilterSchema = {
  id: "string",
  displayName: "string",
  state: "string",
  allocationState: "string",
  vmSize: "string",
  enableAutoScale: "boolean",
  currentDedicatedNodes: "number",
  currentLowPriorityNodes: "number",
  targetDedicatedNodes: "number",
  targetLowPriorityNodes: "number",
  taskSlotsPerNode: "number",
  creationTime: "date",
  lastModified: "date",
};

const DISPOSITIONS = ["requeue", "terminate", "taskcompletion", "retaineddata"] as const;

/**
 * Renders a pool in the spec's `BatchPool` shape.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function poolToWire(account: Account, pool: PoolRecord): Json {
  let dedicated = 0;
  let low = 0;
  for (const n of pool.nodes.values()) if (!n.gone) n.isDedicated ? dedicated++ : low++;
  return ordered(POOL_PROPERTIES, {
    ...pool.props,
    id: pool.id,
    url: poolUrl(account, pool.id),
    eTag: pool.etag,
    lastModified: iso(pool.lastModified),
    creationTime: iso(pool.creationTime),
    state: pool.state,
    stateTransitionTime: iso(pool.stateTransitionTime),
    allocationState: pool.allocationState,
    allocationStateTransitionTime: iso(pool.allocationStateTransitionTime),
    resizeTimeout: pool.resizeTimeout,
    resizeErrors: pool.resizeErrors.length > 0 ? pool.resizeErrors : undefined,
    currentDedicatedNodes: dedicated,
    currentLowPriorityNodes: low,
    targetDedicatedNodes: pool.targetDedicatedNodes,
    targetLowPriorityNodes: pool.targetLowPriorityNodes,
    enableAutoScale: pool.enableAutoScale,
    autoScaleFormula: pool.autoScaleFormula,
    autoScaleEvaluationInterval: pool.autoScaleEvaluationInterval,
    autoScaleRun: pool.autoScaleRun,
    enableInterNodeCommunication: pool.props.enableInterNodeCommunication ?? false,
    taskSlotsPerNode: pool.taskSlotsPerNode,
    taskSchedulingPolicy: pool.props.taskSchedulingPolicy ?? { nodeFillType: "spread" },
  });
}

/** Adds `stats` when the request has `$expand=stats`. */
function withPoolStats(ctx: RequestContext, pool: PoolRecord, wire: Json): Json {
  return expandsStats(ctx.q("$expand"))
    ? { ...wire, stats: poolStatistics(ctx.account, pool, poolUrl(ctx.account, pool.id)) }
    : wire;
}

/** Checks a start task object. */
export function checkStartTask(o: Json, prefix: string): void {
  str(o, "commandLine", { required: true, prefix });
  int(o, "maxTaskRetryCount", { min: -1, prefix });
  bool(o, "waitForSuccess", { prefix });
  nameValueList(o, "environmentSettings", { prefix });
  arr(o, "resourceFiles", { prefix });
}

/** Checks the properties shared by create, update and auto pool specifications. */
export function checkPoolProperties(body: Json, create: boolean): void {
  str(body, "displayName", { max: 1024 });
  str(body, "vmSize", { required: create });
  const vmc = obj(body, "virtualMachineConfiguration", { required: create });
  if (vmc && create) {
    obj(vmc, "imageReference", { required: true, prefix: "virtualMachineConfiguration" });
    str(vmc, "nodeAgentSKUId", { required: true, prefix: "virtualMachineConfiguration" });
  }
  bool(body, "enableInterNodeCommunication");
  int(body, "taskSlotsPerNode", { min: 1, max: 256 });
  const policy = obj(body, "taskSchedulingPolicy");
  if (policy)
    oneOf(policy, "nodeFillType", ["spread", "pack"] as const, { required: true, prefix: "taskSchedulingPolicy" });
  const startTask = obj(body, "startTask");
  if (startTask) checkStartTask(startTask, "startTask");
  nameValueList(body, "metadata");
  arr(body, "applicationPackageReferences");
  arr(body, "userAccounts");
  arr(body, "mountConfiguration");
}

/**
 * Reads `autoScaleEvaluationInterval`, which the service takes from 5 minutes to 168 hours.
 * @throws BatchServiceError 400 `InvalidPropertyValue` outside that range.
 */
function evaluationInterval(body: Json): string | undefined {
  const interval = duration(body, "autoScaleEvaluationInterval");
  if (interval === undefined) return undefined;
  const ms = parseDuration(interval)!;
  if (ms < 5 * 60_000 || ms > 168 * 3_600_000)
    throw invalidProperty(
      "autoScaleEvaluationInterval",
      "The autoscale evaluation interval must be from 5 minutes to 168 hours.",
    );
  return interval;
}

/**
 * Validates a pool specification and adds the pool (used by create pool and by auto pools).
 * @param account - Owning account.
 * @param body - A `BatchPoolCreateOptions` body.
 * @param autoPoolJobId - Job id when this is an auto pool.
 * @returns The new pool.
 */
export function addPool(account: Account, body: Json, autoPoolJobId?: string): PoolRecord {
  const poolId = autoPoolJobId ? (body.id as string) : id(body);
  checkPoolProperties(body, true);
  const resizeTimeout = duration(body, "resizeTimeout") ?? "PT15M";
  const enableAutoScale = bool(body, "enableAutoScale") ?? false;
  const dedicated = int(body, "targetDedicatedNodes", { min: 0 });
  const low = int(body, "targetLowPriorityNodes", { min: 0 });
  const formula = str(body, "autoScaleFormula");
  const interval = evaluationInterval(body);
  if (enableAutoScale) {
    if (dedicated !== undefined || low !== undefined)
      throw invalidProperty(
        "targetDedicatedNodes",
        "targetDedicatedNodes and targetLowPriorityNodes must be omitted when enableAutoScale is true.",
      );
    if (formula === undefined) throw missingProperty("autoScaleFormula");
    checkAutoScaleFormula(formula);
  }
  const props: Json = {};
  for (const k of PASS_THROUGH) if (body[k] !== undefined) props[k] = body[k];
  return createPool(account, {
    id: poolId,
    props,
    resizeTimeout,
    autoScale: enableAutoScale ? { formula: formula!, interval: interval ?? "PT15M" } : undefined,
    targetDedicatedNodes: dedicated ?? 0,
    targetLowPriorityNodes: low ?? 0,
    taskSlotsPerNode: (body.taskSlotsPerNode as number | undefined) ?? 1,
    autoPoolJobId,
  });
}

function requireSteady(pool: PoolRecord): void {
  if (pool.allocationState !== "steady") {
    throw conflict(
      "PoolBeingResized",
      "The specified pool is currently being resized; wait until its allocation state is steady.",
      [{ key: "PoolId", value: pool.id }],
    );
  }
}

/** Routes of the pool operations. */
export const poolRoutes: Route[] = [
  {
    method: "POST",
    path: "/pools",
    handler: (ctx) => {
      const body = asObject(ctx.json());
      checkPoolPackageReferences(ctx.account, body.applicationPackageReferences);
      const pool = addPool(ctx.account, body);
      const url = poolUrl(ctx.account, pool.id);
      ctx.sendEmpty(201, { ...actionHeaders(url, pool), Location: url });
    },
  },
  {
    method: "GET",
    path: "/pools",
    handler: (ctx) =>
      sendList(ctx, ctx.account.pools.values(), (p) => withPoolStats(ctx, p, poolToWire(ctx.account, p)), {
        filter: POOL_FILTER,
        select: POOL_SELECT,
        expand: ["stats"],
        entitySet: "pools",
      }),
  },
  {
    method: "GET",
    path: "/pools/{poolId}",
    handler: (ctx) => {
      const pool = findPool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      const wire = projectOne(
        ctx,
        {
          "odata.metadata": `${ctx.account.endpoint}/$metadata#pools/@Element`,
          ...withPoolStats(ctx, pool, poolToWire(ctx.account, pool)),
        },
        new Set([...POOL_SELECT, "odata.metadata"]),
        ["stats"],
      );
      ctx.sendJson(200, wire, RequestContext.versionHeaders(pool));
    },
  },
  {
    method: "HEAD",
    path: "/pools/{poolId}",
    handler: (ctx) => {
      const pool = findPool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      ctx.sendEmpty(200, RequestContext.versionHeaders(pool));
    },
  },
  {
    method: "PATCH",
    path: "/pools/{poolId}",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      const body = asObject(ctx.json());
      checkPoolProperties(body, false);
      checkPoolPackageReferences(ctx.account, body.applicationPackageReferences);
      const changes: Json = {};
      for (const k of PASS_THROUGH) if (body[k] !== undefined) changes[k] = body[k];
      updatePool(ctx.account, pool, changes, body.taskSlotsPerNode as number | undefined);
      ctx.sendEmpty(200, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/updateproperties",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      const body = asObject(ctx.json());
      const startTask = obj(body, "startTask");
      if (startTask) checkStartTask(startTask, "startTask");
      arr(body, "applicationPackageReferences", { required: true });
      nameValueList(body, "metadata", { required: true });
      checkPoolPackageReferences(ctx.account, body.applicationPackageReferences);
      replacePoolProperties(ctx.account, pool, {
        startTask,
        applicationPackageReferences: body.applicationPackageReferences,
        metadata: body.metadata,
      });
      ctx.sendEmpty(204, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
  {
    method: "DELETE",
    path: "/pools/{poolId}",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      deletePool(ctx.account, pool);
      ctx.sendEmpty(202);
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/resize",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      const body = asObject(ctx.json() ?? {});
      const dedicated = int(body, "targetDedicatedNodes", { min: 0 });
      const low = int(body, "targetLowPriorityNodes", { min: 0 });
      const timeout = duration(body, "resizeTimeout");
      const disposition = oneOf(body, "nodeDeallocationOption", DISPOSITIONS) ?? "requeue";
      if (pool.enableAutoScale)
        throw invalidState("The pool has automatic scaling enabled; disable autoscale before resizing it.");
      requireSteady(pool);
      resizePool(
        ctx.account,
        pool,
        dedicated ?? pool.targetDedicatedNodes,
        low ?? pool.targetLowPriorityNodes,
        disposition,
        timeout,
        true,
      );
      ctx.sendEmpty(202, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/stopresize",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      stopResize(ctx.account, pool);
      ctx.sendEmpty(202, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/removenodes",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      const body = asObject(ctx.json());
      const list = arr(body, "nodeList", { required: true })!;
      if (list.length === 0 || list.length > 100)
        throw invalidProperty("nodeList", "Between 1 and 100 node ids are required.");
      duration(body, "resizeTimeout");
      const disposition = oneOf(body, "nodeDeallocationOption", DISPOSITIONS) ?? "requeue";
      requireSteady(pool);
      const nodes = list.map((nid) => {
        if (typeof nid !== "string") throw invalidProperty("nodeList", "Node ids must be strings.");
        const n = pool.nodes.get(nid.toLowerCase());
        if (!n || n.gone) throw notFound("Node", nid);
        return n;
      });
      removePoolNodes(ctx.account, pool, nodes, disposition as TaskDisposition);
      ctx.sendEmpty(202, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/enableautoscale",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      ctx.checkConditions(pool);
      const body = asObject(ctx.json() ?? {});
      const formula = str(body, "autoScaleFormula") ?? pool.autoScaleFormula;
      const interval = evaluationInterval(body);
      if (formula === undefined) throw missingProperty("autoScaleFormula");
      checkAutoScaleFormula(formula);
      if (!pool.enableAutoScale) requireSteady(pool);
      enableAutoScale(ctx.account, pool, formula, interval ?? pool.autoScaleEvaluationInterval ?? "PT15M");
      ctx.sendEmpty(200, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/disableautoscale",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      disableAutoScale(ctx.account, pool);
      ctx.sendEmpty(200, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/evaluateautoscale",
    handler: (ctx) => {
      const pool = activePool(ctx.account, ctx.params.poolId!);
      const body = asObject(ctx.json());
      const formula = str(body, "autoScaleFormula", { required: true })!;
      if (!pool.enableAutoScale)
        throw invalidState("Autoscale is not enabled on the specified pool; enable it before evaluating a formula.");
      const now = ctx.account.now();
      const ev = evaluatePoolFormula(ctx.account, pool, formula, now);
      const run: Json = { timestamp: now.toISOString(), results: ev.results };
      if (ev.error) run.error = ev.error;
      ctx.sendJson(200, run, actionHeaders(poolUrl(ctx.account, pool.id), pool));
    },
  },
];

/** Default task constraints reported by the service. */
export const DEFAULT_MAX_WALL_CLOCK = MAX_DURATION;

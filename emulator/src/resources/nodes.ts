/**
 * Node operations: list, get, reboot, reimage, start, deallocate, scheduling,
 * remote login settings, service log upload, node users and extensions.
 */
import { randomUUID } from "node:crypto";
import { conflict, invalidProperty, invalidState, notFound } from "../errors.js";
import { agentLog, uploadAgentLogs } from "../engine/agentLog.js";
import {
  deallocateNode,
  deleteNodeUser,
  disableScheduling,
  enableScheduling,
  remoteLogin,
  restartNode,
  setNodeUser,
  startNode,
} from "../engine/nodes.js";
import { projectOne, sendList } from "../listing.js";
import type { FilterSchema } from "../odata.js";
import type { Route } from "../server.js";
import type { Account } from "../state/account.js";
import type { Json, NodeRecord, TaskDisposition } from "../state/model.js";
import { asObject, bool, oneOf, str } from "../validate.js";
import { actionHeaders, findNode, findPool, iso, nodeUrl, ordered, taskUrl } from "./common.js";

/** Property order of the spec's `BatchNode`. */
export const NODE_PROPERTIES = [
  "id",
  "url",
  "state",
  "schedulingState",
  "stateTransitionTime",
  "lastBootTime",
  "allocationTime",
  "ipAddress",
  "ipv6Address",
  "publicIPAddress",
  "publicIPv6Address",
  "affinityId",
  "vmSize",
  "totalTasksRun",
  "runningTasksCount",
  "runningTaskSlotsCount",
  "totalTasksSucceeded",
  "recentTasks",
  "startTask",
  "startTaskInfo",
  "errors",
  "isDedicated",
  "endpointConfiguration",
  "nodeAgentInfo",
  "virtualMachineInfo",
] as const;

const NODE_SELECT = new Set<string>(NODE_PROPERTIES);

/** Filterable node fields. */
export const NODE_FILTER: FilterSchema = {
  id: "string",
  state: "string",
  schedulingState: "string",
  isDedicated: "boolean",
  vmSize: "string",
  ipAddress: "string",
  totalTasksRun: "number",
  runningTasksCount: "number",
};

const DISPOSITIONS = ["requeue", "terminate", "taskcompletion", "retaineddata"] as const;

/** Node agent version the emulator reports. */
export const NODE_AGENT_VERSION = "1.0.0-emulator";

/**
 * Renders a node in the spec's `BatchNode` shape.
 * @param account - Owning account.
 * @param node - The node.
 */
export function nodeToWire(account: Account, node: NodeRecord): Json {
  const image = ((node.pool.props.virtualMachineConfiguration as Json | undefined)?.imageReference ?? {}) as Json;
  const running = [...node.running].map((t) => ({
    taskUrl: taskUrl(account, t.job.id, t.id),
    jobId: t.job.id,
    taskId: t.id,
    taskState: t.state,
    executionInfo: {
      startTime: iso(t.exec.startTime),
      retryCount: t.exec.retryCount,
      requeueCount: t.exec.requeueCount,
    },
  }));
  const recent = node.recentTasks.map((r) => ({ ...r, taskUrl: account.url(String(r.taskUrl)) }));
  const sti = node.startTaskInfo;
  return ordered(NODE_PROPERTIES, {
    id: node.id,
    url: nodeUrl(account, node),
    state: node.state,
    schedulingState: node.schedulingState,
    stateTransitionTime: iso(node.stateTransitionTime),
    lastBootTime: iso(node.lastBootTime),
    allocationTime: iso(node.allocationTime),
    ipAddress: node.ipAddress,
    ipv6Address: node.ipv6Address,
    affinityId: `TVM:${node.id}`,
    vmSize: node.pool.props.vmSize,
    totalTasksRun: node.totalTasksRun,
    runningTasksCount: node.running.size,
    runningTaskSlotsCount: node.usedSlots,
    totalTasksSucceeded: node.totalTasksSucceeded,
    recentTasks: running.length + recent.length > 0 ? [...running, ...recent] : undefined,
    startTask: node.startTask,
    startTaskInfo: sti && {
      state: sti.state,
      startTime: iso(sti.startTime),
      endTime: iso(sti.endTime),
      exitCode: sti.exitCode,
      failureInfo: sti.failureInfo,
      retryCount: sti.retryCount,
      lastRetryTime: iso(sti.lastRetryTime),
      result: sti.result,
    },
    errors: node.errors.length > 0 ? node.errors : undefined,
    isDedicated: node.isDedicated,
    nodeAgentInfo: { version: NODE_AGENT_VERSION, lastUpdateTime: iso(node.lastBootTime) },
    virtualMachineInfo: { imageReference: { ...image, exactVersion: image.version ?? "latest" } },
  });
}

const READY_FOR_RESTART = new Set([
  "idle",
  "running",
  "starttaskfailed",
  "unusable",
  "waitingforstarttask",
  "offline",
  "unknown",
  "starting",
]);

function nodeFor(account: Account, poolId: string, nodeId: string): NodeRecord {
  const node = findNode(account, poolId, nodeId);
  if (node.pool.state === "deleting")
    throw conflict("PoolBeingDeleted", "The specified pool has been marked for deletion and is being reclaimed.");
  return node;
}

function requireReady(node: NodeRecord, op: string): void {
  if (!READY_FOR_RESTART.has(node.state) || node.pendingOp)
    throw invalidState(`The node is in state '${node.state}' and cannot be ${op} now.`);
}

function option(ctx: { json(): unknown }, name: string): TaskDisposition {
  const body = asObject(ctx.json() ?? {});
  return (oneOf(body, name, DISPOSITIONS) ?? "requeue") as TaskDisposition;
}

/** Routes of the node operations. */
export const nodeRoutes: Route[] = [
  {
    method: "GET",
    path: "/pools/{poolId}/nodes",
    handler: (ctx) => {
      const pool = findPool(ctx.account, ctx.params.poolId!);
      const nodes = [...pool.nodes.values()].filter((n) => !n.gone);
      sendList(ctx, nodes, (n) => nodeToWire(ctx.account, n), {
        filter: NODE_FILTER,
        select: NODE_SELECT,
        entitySet: "nodes",
      });
    },
  },
  {
    method: "GET",
    path: "/pools/{poolId}/nodes/{nodeId}",
    handler: (ctx) => {
      const node = findNode(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const wire = {
        "odata.metadata": `${ctx.account.endpoint}/$metadata#nodes/@Element`,
        ...nodeToWire(ctx.account, node),
      };
      ctx.sendJson(200, projectOne(ctx, wire, new Set([...NODE_SELECT, "odata.metadata"])));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/reboot",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const disposition = option(ctx, "nodeRebootOption");
      requireReady(node, "rebooted");
      restartNode(ctx.account, node, disposition, "rebooting");
      ctx.sendEmpty(202, actionHeaders(nodeUrl(ctx.account, node)));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/reimage",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const disposition = option(ctx, "nodeReimageOption");
      requireReady(node, "reimaged");
      restartNode(ctx.account, node, disposition, "reimaging");
      ctx.sendEmpty(202, actionHeaders(nodeUrl(ctx.account, node)));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/deallocate",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const disposition = option(ctx, "nodeDeallocateOption");
      requireReady(node, "deallocated");
      deallocateNode(ctx.account, node, disposition);
      ctx.sendEmpty(202, actionHeaders(nodeUrl(ctx.account, node)));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/start",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      if (node.state !== "deallocated")
        throw invalidState(`Only deallocated nodes can be started; the node is '${node.state}'.`);
      startNode(ctx.account, node);
      ctx.sendEmpty(202, actionHeaders(nodeUrl(ctx.account, node)));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/disablescheduling",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const disposition = option(ctx, "nodeDisableSchedulingOption");
      disableScheduling(ctx.account, node, disposition);
      ctx.sendEmpty(200, actionHeaders(nodeUrl(ctx.account, node)));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/enablescheduling",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      enableScheduling(ctx.account, node);
      ctx.sendEmpty(200, actionHeaders(nodeUrl(ctx.account, node)));
    },
  },
  {
    method: "GET",
    path: "/pools/{poolId}/nodes/{nodeId}/remoteloginsettings",
    handler: (ctx) => {
      const node = findNode(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      ctx.sendJson(200, remoteLogin(node));
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/uploadbatchservicelogs",
    handler: async (ctx) => {
      const node = findNode(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const body = asObject(ctx.json());
      const containerUrl = str(body, "containerUrl", { required: true })!;
      const start = serviceLogTime(body, "startTime", true)!;
      const end = serviceLogTime(body, "endTime", false);
      if (body.identityReference !== undefined)
        throw invalidProperty("identityReference", "The emulator supports a containerUrl with a SAS only.");
      let url: URL | undefined;
      try {
        url = new URL(containerUrl);
      } catch {
        url = undefined;
      }
      if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
        throw invalidProperty("containerUrl", "The containerUrl must be an http or https URL.");
      // The service answers how many files it will upload and uploads them in the background: a failed
      // upload is not reported to the caller. The emulator uploads before answering and notes a failure
      // in the node's agent log (emulator/src/engine/agentLog.ts).
      const result = await uploadAgentLogs(
        ctx.account,
        node,
        containerUrl,
        `${node.pool.id}/${node.id}/${randomUUID()}`,
        start,
        end,
      );
      if (result.error) agentLog(ctx.account, node, result.error);
      ctx.sendJson(200, {
        virtualDirectoryName: result.virtualDirectoryName,
        numberOfFilesUploaded: result.numberOfFilesUploaded,
      });
    },
  },
  {
    method: "POST",
    path: "/pools/{poolId}/nodes/{nodeId}/users",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const body = asObject(ctx.json());
      const name = str(body, "name", { required: true })!;
      bool(body, "isAdmin");
      str(body, "expiryTime");
      if (node.users.has(name.toLowerCase()))
        throw conflict("NodeUserExists", "The specified node user already exists.", [{ key: "UserName", value: name }]);
      const { password: _password, ...recorded } = body;
      setNodeUser(ctx.account, node, name, recorded);
      ctx.sendEmpty(201, actionHeaders(`${nodeUrl(ctx.account, node)}/users/${encodeURIComponent(name)}`));
    },
  },
  {
    method: "PUT",
    path: "/pools/{poolId}/nodes/{nodeId}/users/{userName}",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const name = ctx.params.userName!;
      const body = asObject(ctx.json());
      str(body, "expiryTime");
      str(body, "sshPublicKey");
      const user = node.users.get(name.toLowerCase());
      if (!user) throw notFound("NodeUser", name);
      const { password: _password, ...recorded } = body;
      setNodeUser(ctx.account, node, name, { name: user.name, isAdmin: user.isAdmin, ...recorded });
      ctx.sendEmpty(200, actionHeaders(`${nodeUrl(ctx.account, node)}/users/${encodeURIComponent(name)}`));
    },
  },
  {
    method: "DELETE",
    path: "/pools/{poolId}/nodes/{nodeId}/users/{userName}",
    handler: (ctx) => {
      const node = nodeFor(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      const name = ctx.params.userName!;
      if (!deleteNodeUser(ctx.account, node, name)) throw notFound("NodeUser", name);
      ctx.sendEmpty(200);
    },
  },
  {
    method: "GET",
    path: "/pools/{poolId}/nodes/{nodeId}/extensions",
    handler: (ctx) => {
      findNode(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      sendList(ctx, [] as { seq: number }[], () => ({}), {
        select: new Set(["provisioningState", "vmExtension", "instanceView"]),
        entitySet: "extensions",
      });
    },
  },
  {
    method: "GET",
    path: "/pools/{poolId}/nodes/{nodeId}/extensions/{extensionName}",
    handler: (ctx) => {
      findNode(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
      throw notFound("NodeExtension", ctx.params.extensionName!);
    },
  },
];

/** A date-time property of the `uploadbatchservicelogs` body. */
function serviceLogTime(body: Json, name: string, required: boolean): Date | undefined {
  const v = str(body, name, { required });
  if (v === undefined) return undefined;
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) throw invalidProperty(name, "The value is not a valid date-time.");
  return new Date(ms);
}

/** Account-level operations: applications, supported images and pool node counts. */
import { notFound } from "../errors.js";
import { sendList } from "../listing.js";
import type { Route } from "../server.js";
import type { Json, NodeRecord } from "../state/model.js";

/** The fixed list of images the emulator reports as supported (tasks always run on this machine). */
export const SUPPORTED_IMAGES: Json[] = [
  {
    nodeAgentSKUId: "batch.node.ubuntu 24.04",
    imageReference: { publisher: "canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
    verificationType: "verified",
    capabilities: ["DockerCompatible"],
    osType: "linux",
  },
  {
    nodeAgentSKUId: "batch.node.ubuntu 22.04",
    imageReference: {
      publisher: "canonical",
      offer: "0001-com-ubuntu-server-jammy",
      sku: "22_04-lts",
      version: "latest",
    },
    verificationType: "verified",
    osType: "linux",
  },
  {
    nodeAgentSKUId: "batch.node.debian 12",
    imageReference: { publisher: "debian", offer: "debian-12", sku: "12", version: "latest" },
    verificationType: "verified",
    osType: "linux",
  },
  {
    nodeAgentSKUId: "batch.node.windows amd64",
    imageReference: {
      publisher: "microsoftwindowsserver",
      offer: "windowsserver",
      sku: "2022-datacenter",
      version: "latest",
    },
    verificationType: "verified",
    osType: "windows",
  },
];

const NODE_COUNT_STATES: Record<string, string> = {
  creating: "creating",
  idle: "idle",
  offline: "offline",
  preempted: "preempted",
  rebooting: "rebooting",
  reimaging: "reimaging",
  running: "running",
  starting: "starting",
  starttaskfailed: "startTaskFailed",
  leavingpool: "leavingPool",
  unknown: "unknown",
  unusable: "unusable",
  waitingforstarttask: "waitingForStartTask",
  deallocated: "deallocated",
  deallocating: "deallocating",
  upgradingos: "upgradingOS",
};

function counts(nodes: NodeRecord[]): Json {
  const out: Record<string, number> = {};
  for (const k of Object.values(NODE_COUNT_STATES)) out[k] = 0;
  for (const n of nodes) out[NODE_COUNT_STATES[n.state] ?? "unknown"]!++;
  out.total = nodes.length;
  return out;
}

/** Routes of the account-level operations. */
export const accountRoutes: Route[] = [
  {
    method: "GET",
    path: "/applications",
    handler: (ctx) =>
      sendList(
        ctx,
        ctx.account.applications.list().map((app, i) => ({ seq: i + 1, app })),
        (x) => x.app,
        { select: new Set(["id", "displayName", "versions"]), entitySet: "applications" },
      ),
  },
  {
    method: "GET",
    path: "/applications/{applicationId}",
    handler: (ctx) => {
      const app = ctx.account.applications.get(ctx.params.applicationId!);
      if (!app) throw notFound("Application", ctx.params.applicationId!);
      ctx.sendJson(200, { "odata.metadata": `${ctx.account.endpoint}/$metadata#applications/@Element`, ...app });
    },
  },
  {
    method: "GET",
    path: "/supportedimages",
    handler: (ctx) =>
      sendList(
        ctx,
        SUPPORTED_IMAGES.map((img, i) => ({ seq: i + 1, img })),
        (x) => x.img,
        {
          filter: {
            nodeAgentSKUId: "string",
            osType: "string",
            verificationType: "string",
            "imageReference/publisher": "string",
            "imageReference/offer": "string",
            "imageReference/sku": "string",
          },
          select: new Set([
            "nodeAgentSKUId",
            "imageReference",
            "osType",
            "capabilities",
            "batchSupportEndOfLife",
            "verificationType",
          ]),
          entitySet: "supportedimages",
        },
      ),
  },
  {
    method: "GET",
    path: "/nodecounts",
    handler: (ctx) => {
      const pools = [...ctx.account.pools.values()];
      sendList(
        ctx,
        pools,
        (p) => {
          const nodes = [...p.nodes.values()].filter((n) => !n.gone);
          return {
            poolId: p.id,
            dedicated: counts(nodes.filter((n) => n.isDedicated)),
            lowPriority: counts(nodes.filter((n) => !n.isDedicated)),
          };
        },
        {
          filter: { poolId: "string" },
          select: new Set(["poolId", "dedicated", "lowPriority"]),
          entitySet: "poolnodecounts",
        },
      );
    },
  },
];

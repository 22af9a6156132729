/**
 * A server answering `GET /jobs/{id}/tasks` with `total` realistic tasks in pages of `pageSize`
 * (or `maxresults`, if smaller), honouring `$select`, linked by `odata.nextLink`.
 */
import { createServer } from "node:http";
import { batchHeaders, listenOnLoopback, notFound, type ListeningServer } from "./listen.js";

/** Options of {@link startTaskListServer}. */
export interface TaskListServerOptions {
  total: number;
  pageSize: number;
}

function task(i: number, host: string, jobId: string): Record<string, unknown> {
  const id = `task-${String(i).padStart(6, "0")}`;
  const time = new Date(Date.UTC(2026, 10, 20, 8, 0, i % 60)).toISOString();
  return {
    id,
    url: `http://${host}/jobs/${jobId}/tasks/${id}`,
    eTag: "0x8DD1A2B3C4D5E6F",
    creationTime: time,
    lastModified: time,
    state: "completed",
    stateTransitionTime: time,
    previousState: "running",
    previousStateTransitionTime: time,
    commandLine: `/bin/bash -c "render --frame ${i} --out frames/${i}.png"`,
    environmentSettings: [{ name: "FRAME", value: String(i) }],
    userIdentity: { autoUser: { scope: "pool", elevationLevel: "nonadmin" } },
    constraints: { maxWallClockTime: "P10675199DT2H48M5.4775807S", retentionTime: "P7D", maxTaskRetryCount: 0 },
    requiredSlots: 1,
    executionInfo: { startTime: time, endTime: time, exitCode: 0, result: "success", retryCount: 0, requeueCount: 0 },
    nodeInfo: {
      affinityId: "TVM:tvmps_0123",
      nodeUrl: `http://${host}/pools/p/nodes/tvmps_0123`,
      poolId: "p",
      nodeId: "tvmps_0123",
      taskRootDirectory: `workitems/${jobId}/job-1/${id}`,
      taskRootDirectoryUrl: `http://${host}/pools/p/nodes/tvmps_0123/files/workitems/${jobId}/job-1/${id}`,
    },
  };
}

/** Starts the task list server on 127.0.0.1. */
export async function startTaskListServer(options: TaskListServerOptions): Promise<ListeningServer> {
  const server = createServer((req, res) => {
    req.resume();
    const url = new URL(req.url ?? "/", `http://${req.headers.host}`);
    const match = /^\/jobs\/([^/]+)\/tasks$/.exec(url.pathname);
    if (req.method !== "GET" || !match) return notFound(res);
    const jobId = decodeURIComponent(match[1]);
    const select = url.searchParams
      .get("$select")
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const size = Math.min(
      options.pageSize,
      Number(url.searchParams.get("maxresults") ?? options.pageSize) || options.pageSize,
    );
    const start = Number(url.searchParams.get("$skiptoken") ?? 0) || 0;
    const end = Math.min(options.total, start + size);
    const value: Array<Record<string, unknown>> = [];
    for (let i = start; i < end; i++) {
      const t = task(i, req.headers.host ?? "127.0.0.1", jobId);
      value.push(select ? Object.fromEntries(select.filter((k) => k in t).map((k) => [k, t[k]])) : t);
    }
    const page: Record<string, unknown> = { "odata.metadata": `http://${req.headers.host}/$metadata#tasks`, value };
    if (end < options.total) {
      const next = new URL(url);
      next.searchParams.set("$skiptoken", String(end));
      page["odata.nextLink"] = next.href;
    }
    const body = JSON.stringify(page);
    res.writeHead(
      200,
      batchHeaders({
        "content-type": "application/json;odata=minimalmetadata",
        "content-length": Buffer.byteLength(body),
      }),
    );
    res.end(body);
  });
  return listenOnLoopback(server);
}

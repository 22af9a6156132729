/**
 * The dashboard's read-only JSON API. Every answer is built from Batch API
 * responses read through a {@link DashboardBatchClient}; the shapes are in
 * `types.ts`.
 *
 * - `GET /_dashboard/api/overview`: pools with their nodes, jobs with their task counts
 * - `GET /_dashboard/api/jobs/{jobId}/tasks`: a job's tasks (state, exit code, node, timings)
 * - `GET /_dashboard/api/jobs/{jobId}/tasks/{taskId}`: one task's detail
 * - `GET /_dashboard/api/jobs/{jobId}/tasks/{taskId}/files/{stdout.txt|stderr.txt}?offset=N`:
 *   the bytes of a task's output from `offset` (or its tail when `offset` is absent)
 */
import { BatchCallError, type DashboardBatchClient } from "./batchClient.js";
import type {
  FileSliceResponse,
  JobView,
  NodeView,
  OverviewResponse,
  PoolView,
  TaskCountsView,
  TaskDetailResponse,
  TaskListResponse,
  TaskRow,
} from "./types.js";

/** Most pools, jobs and nodes per pool read for the overview. */
export const OVERVIEW_LIMIT = 500;
/** Most tasks of one job read for the task table. */
export const TASK_LIST_LIMIT = 10_000;
/** Most bytes of a task file returned by one read. */
export const FILE_SLICE_BYTES = 64 * 1024;
/** The task files the dashboard shows. */
export const TAIL_FILES: readonly string[] = ["stdout.txt", "stderr.txt"];

/** A dashboard API request the router could not serve: status, code and message. */
export class DashboardApiError extends Error {
  /**
   * @param status - HTTP status to answer.
   * @param code - Error code.
   * @param message - Message.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DashboardApiError";
  }
}

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const num = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value) ? value : undefined;
const obj = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const seg = (id: string): string => encodeURIComponent(id);

/** Reads the nodes of one pool; a pool that went away meanwhile has none. */
async function readNodes(batch: DashboardBatchClient, poolId: string): Promise<NodeView[]> {
  try {
    const { items } = await batch.list(
      `/pools/${seg(poolId)}/nodes`,
      { $select: "id,state,runningTasksCount,runningTaskSlotsCount,totalTasksRun" },
      OVERVIEW_LIMIT,
    );
    return items.map((n) => ({
      id: str(n.id) ?? "",
      state: str(n.state) ?? "unknown",
      runningTasks: num(n.runningTasksCount) ?? 0,
      runningTaskSlots: num(n.runningTaskSlotsCount) ?? 0,
      totalTasksRun: num(n.totalTasksRun) ?? 0,
    }));
  } catch (e) {
    if (e instanceof BatchCallError && e.status === 404) return [];
    throw e;
  }
}

/** Reads the task counts of one job; a job that went away meanwhile has none. */
async function readCounts(batch: DashboardBatchClient, jobId: string): Promise<TaskCountsView | undefined> {
  try {
    const body = await batch.getJson(`/jobs/${seg(jobId)}/taskcounts`);
    const c = obj(body.taskCounts);
    return {
      active: num(c.active) ?? 0,
      running: num(c.running) ?? 0,
      completed: num(c.completed) ?? 0,
      succeeded: num(c.succeeded) ?? 0,
      failed: num(c.failed) ?? 0,
    };
  } catch (e) {
    if (e instanceof BatchCallError && e.status === 404) return undefined;
    throw e;
  }
}

/**
 * Pools with their nodes and jobs with their task counts.
 * @param batch - Batch API reader.
 * @param accountName - Account name to show.
 * @returns The overview.
 */
export async function overview(batch: DashboardBatchClient, accountName: string): Promise<OverviewResponse> {
  const [pools, jobs] = await Promise.all([
    batch.list(
      "/pools",
      { $select: "id,state,allocationState,vmSize,taskSlotsPerNode,targetDedicatedNodes,targetLowPriorityNodes" },
      OVERVIEW_LIMIT,
    ),
    batch.list("/jobs", { $select: "id,state,poolInfo,creationTime" }, OVERVIEW_LIMIT),
  ]);
  const poolViews = await Promise.all(
    pools.items.map(async (p): Promise<PoolView> => {
      const id = str(p.id) ?? "";
      return {
        id,
        state: str(p.state) ?? "unknown",
        allocationState: str(p.allocationState) ?? "unknown",
        vmSize: str(p.vmSize) ?? "",
        taskSlotsPerNode: num(p.taskSlotsPerNode) ?? 1,
        targetNodes: (num(p.targetDedicatedNodes) ?? 0) + (num(p.targetLowPriorityNodes) ?? 0),
        nodes: await readNodes(batch, id),
      };
    }),
  );
  const jobViews = await Promise.all(
    jobs.items.map(async (j): Promise<JobView> => {
      const id = str(j.id) ?? "";
      return {
        id,
        state: str(j.state) ?? "unknown",
        poolId: str(obj(j.poolInfo).poolId) ?? "",
        creationTime: str(j.creationTime),
        counts: await readCounts(batch, id),
      };
    }),
  );
  return { accountName, pools: poolViews, jobs: jobViews };
}

/** The row of a Batch task (wire shape), with its run time measured against `now`. */
function taskRow(t: Record<string, unknown>, now: number): TaskRow {
  const exec = obj(t.executionInfo);
  const startTime = str(exec.startTime);
  const endTime = str(exec.endTime);
  const start = startTime ? Date.parse(startTime) : NaN;
  const end = endTime ? Date.parse(endTime) : now;
  const state = str(t.state) ?? "unknown";
  const running = state === "running" || state === "completed";
  return {
    id: str(t.id) ?? "",
    state,
    exitCode: num(exec.exitCode),
    result: str(exec.result),
    nodeId: str(obj(t.nodeInfo).nodeId),
    startTime,
    endTime,
    durationMs: running && Number.isFinite(start) && Number.isFinite(end) ? Math.max(0, end - start) : undefined,
  };
}

/**
 * A job's tasks, for the task table (filtering and sorting happen in the browser).
 * @param batch - Batch API reader.
 * @param jobId - Job id.
 * @returns At most {@link TASK_LIST_LIMIT} tasks.
 */
export async function taskList(batch: DashboardBatchClient, jobId: string): Promise<TaskListResponse> {
  const { items, truncated } = await batch.list(
    `/jobs/${seg(jobId)}/tasks`,
    { $select: "id,state,executionInfo,nodeInfo" },
    TASK_LIST_LIMIT,
  );
  const now = Date.now();
  return { jobId, tasks: items.map((t) => taskRow(t, now)), truncated, limit: TASK_LIST_LIMIT };
}

/**
 * One task's detail.
 * @param batch - Batch API reader.
 * @param jobId - Job id.
 * @param taskId - Task id.
 * @returns Command line, environment, exit code, timings and failure.
 */
export async function taskDetail(
  batch: DashboardBatchClient,
  jobId: string,
  taskId: string,
): Promise<TaskDetailResponse> {
  const t = await batch.getJson(`/jobs/${seg(jobId)}/tasks/${seg(taskId)}`);
  const exec = obj(t.executionInfo);
  const failure = exec.failureInfo === undefined ? undefined : obj(exec.failureInfo);
  const env = Array.isArray(t.environmentSettings) ? t.environmentSettings : [];
  return {
    ...taskRow(t, Date.now()),
    jobId,
    commandLine: str(t.commandLine) ?? "",
    environment: env.map((e) => ({ name: str(obj(e).name) ?? "", value: str(obj(e).value) ?? "" })),
    creationTime: str(t.creationTime),
    poolId: str(obj(t.nodeInfo).poolId),
    retryCount: num(exec.retryCount),
    failure: failure && { category: str(failure.category), code: str(failure.code), message: str(failure.message) },
  };
}

/** Length of the UTF-8 sequence a lead byte starts (1 for anything else). */
function sequenceLength(byte: number): number {
  if (byte >= 0xf0) return 4;
  if (byte >= 0xe0) return 3;
  if (byte >= 0xc0) return 2;
  return 1;
}

/**
 * How many bytes of `bytes` end on a whole UTF-8 character: a character split
 * by the end of the slice is left for the next read.
 * @param bytes - A slice of a UTF-8 file.
 * @returns The number of bytes to decode now.
 */
export function wholeCharacters(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back
    return byte >= 0xc0 && sequenceLength(byte) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/**
 * A slice of a task's `stdout.txt` or `stderr.txt`, read with `ocp-range`.
 * @param batch - Batch API reader.
 * @param jobId - Job id.
 * @param taskId - Task id.
 * @param fileName - `stdout.txt` or `stderr.txt`.
 * @param offsetText - The `offset` query parameter: where the last read ended; absent for the tail.
 * @returns At most {@link FILE_SLICE_BYTES} bytes as text.
 */
export async function fileSlice(
  batch: DashboardBatchClient,
  jobId: string,
  taskId: string,
  fileName: string,
  offsetText: string | null,
): Promise<FileSliceResponse> {
  if (!TAIL_FILES.includes(fileName))
    throw new DashboardApiError(404, "FileNotShown", `The dashboard shows only ${TAIL_FILES.join(" and ")}.`);
  let offset: number | undefined;
  if (offsetText !== null) {
    if (!/^\d{1,15}$/.test(offsetText))
      throw new DashboardApiError(400, "InvalidOffset", "offset must be a non-negative integer.");
    offset = Number(offsetText);
  }
  const path = `/jobs/${seg(jobId)}/tasks/${seg(taskId)}/files/${seg(fileName)}`;
  const head = await batch.send("HEAD", path);
  if (head.status === 404) return { exists: false, size: 0, offset: 0, nextOffset: 0, text: "" };
  if (head.status !== 200)
    throw new BatchCallError(head.status, `HTTP ${head.status}`, `HEAD of ${fileName} answered ${head.status}.`);
  const size = Number(head.headers["content-length"] ?? NaN);
  if (!Number.isSafeInteger(size) || size < 0)
    throw new BatchCallError(502, "InvalidResponse", `HEAD of ${fileName} has no valid Content-Length.`);
  // No offset, or one past the end (the file was replaced): start at the tail.
  const tailing = offset === undefined || offset > size;
  const start = tailing ? Math.max(0, size - FILE_SLICE_BYTES) : offset!;
  if (start >= size) return { exists: true, size, offset: start, nextOffset: start, text: "" };
  const end = Math.min(size, start + FILE_SLICE_BYTES) - 1;
  const reply = await batch.send("GET", path, {}, { "ocp-range": `bytes=${start}-${end}` });
  if (reply.status === 404) return { exists: false, size: 0, offset: 0, nextOffset: 0, text: "" };
  if (reply.status !== 200 && reply.status !== 206)
    throw new BatchCallError(reply.status, `HTTP ${reply.status}`, `GET of ${fileName} answered ${reply.status}.`);
  let bytes = reply.body;
  let skipped = 0;
  if (tailing && start > 0) {
    // The tail may start inside a character: skip its continuation bytes.
    while (skipped < bytes.length && skipped < 3 && (bytes[skipped]! & 0xc0) === 0x80) skipped++;
    bytes = bytes.subarray(skipped);
  }
  const whole = wholeCharacters(bytes);
  return {
    exists: true,
    size,
    offset: start + skipped,
    nextOffset: start + skipped + whole,
    text: bytes.subarray(0, whole).toString("utf8"),
  };
}

/**
 * The shapes of the dashboard's read-only JSON API (`/_dashboard/api/...`),
 * shared by the server side and the browser app. Every field comes from a
 * Batch API response; no credential is ever part of them.
 */

/** One compute node, as the heat map shows it. */
export interface NodeView {
  /** Node id. */
  id: string;
  /** Batch node state (`idle`, `running`, `starting`, `offline`, ...). */
  state: string;
  /** Tasks running on the node now. */
  runningTasks: number;
  /** Task slots in use. */
  runningTaskSlots: number;
  /** Tasks the node has run. */
  totalTasksRun: number;
}

/** One pool and its nodes. */
export interface PoolView {
  /** Pool id. */
  id: string;
  /** Pool state (`active`, `deleting`). */
  state: string;
  /** `steady`, `resizing` or `stopping`. */
  allocationState: string;
  /** VM size. */
  vmSize: string;
  /** Task slots per node. */
  taskSlotsPerNode: number;
  /** Target dedicated plus low-priority nodes. */
  targetNodes: number;
  /** The pool's nodes. */
  nodes: NodeView[];
}

/** Task counts of a job, by state. */
export interface TaskCountsView {
  /** Active (waiting) tasks. */
  active: number;
  /** Running tasks. */
  running: number;
  /** Completed tasks. */
  completed: number;
  /** Completed with success. */
  succeeded: number;
  /** Completed with failure. */
  failed: number;
}

/** One job and its task counts. */
export interface JobView {
  /** Job id. */
  id: string;
  /** Job state. */
  state: string;
  /** Pool the job runs on. */
  poolId: string;
  /** Creation time (ISO 8601). */
  creationTime?: string;
  /** Task counts, absent when they could not be read. */
  counts?: TaskCountsView;
}

/** `GET /_dashboard/api/overview`. */
export interface OverviewResponse {
  /** Account name. */
  accountName: string;
  /** Pools with their nodes. */
  pools: PoolView[];
  /** Jobs with their task counts. */
  jobs: JobView[];
}

/** One task in a job's task table. */
export interface TaskRow {
  /** Task id. */
  id: string;
  /** Task state. */
  state: string;
  /** Exit code, once the process ended. */
  exitCode?: number;
  /** `success` or `failure`, once completed. */
  result?: string;
  /** Node the task ran on. */
  nodeId?: string;
  /** Start time (ISO 8601). */
  startTime?: string;
  /** End time (ISO 8601). */
  endTime?: string;
  /** Run time in milliseconds (end, or now while running, minus start). */
  durationMs?: number;
}

/** `GET /_dashboard/api/jobs/{jobId}/tasks`. */
export interface TaskListResponse {
  /** Job id. */
  jobId: string;
  /** The tasks (at most {@link TaskListResponse.limit}). */
  tasks: TaskRow[];
  /** True when the job has more tasks than were read. */
  truncated: boolean;
  /** Most tasks read. */
  limit: number;
}

/** `GET /_dashboard/api/jobs/{jobId}/tasks/{taskId}`. */
export interface TaskDetailResponse extends TaskRow {
  /** Job id. */
  jobId: string;
  /** Command line. */
  commandLine: string;
  /** Environment settings of the task. */
  environment: { name: string; value: string }[];
  /** Creation time (ISO 8601). */
  creationTime?: string;
  /** Pool of the node the task ran on. */
  poolId?: string;
  /** Retries so far. */
  retryCount?: number;
  /** Failure category and message, when the task failed. */
  failure?: { category?: string; code?: string; message?: string };
}

/** `GET /_dashboard/api/jobs/{jobId}/tasks/{taskId}/files/{stdout.txt|stderr.txt}?offset=N`. */
export interface FileSliceResponse {
  /** False while the file does not exist yet. */
  exists: boolean;
  /** File size in bytes. */
  size: number;
  /** Byte offset of `text`. */
  offset: number;
  /** Byte offset to ask for next. */
  nextOffset: number;
  /** The text read (UTF-8; a multi-byte character split at the end is left for the next read). */
  text: string;
}

/** Error body of the dashboard API. */
export interface DashboardErrorResponse {
  /** Error code (a Batch code when the Batch API refused). */
  code: string;
  /** Message. */
  message: string;
}

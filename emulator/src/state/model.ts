/**
 * In-memory records of the emulated Batch resources. Wire properties that the
 * user supplies are kept as given in `props`; state the emulator maintains is
 * kept in typed fields and rendered to the wire by the resource modules.
 */
import type { ClockTimer } from "../clock.js";
import type { UsageTotals } from "../engine/statistics.js";

/** Wire JSON object. */
export type Json = Record<string, unknown>;

/** Fields every versioned resource has. */
export interface Versioned {
  /** Creation order in the account, used for stable listing and paging. */
  seq: number;
  /** Current ETag, `0x8D...`. */
  etag: string;
  /** Last change of properties or state. */
  lastModified: Date;
  /** Creation time. */
  creationTime: Date;
}

/** Pool states. */
export type PoolState = "active" | "deleting";
/** Pool allocation states. */
export type AllocationState = "steady" | "resizing" | "stopping";
/** Node states (the spec's `BatchNodeState`). */
export type NodeState =
  | "idle"
  | "rebooting"
  | "reimaging"
  | "running"
  | "unusable"
  | "creating"
  | "starting"
  | "waitingforstarttask"
  | "starttaskfailed"
  | "unknown"
  | "leavingpool"
  | "offline"
  | "preempted"
  | "upgradingos"
  | "deallocated"
  | "deallocating";
/** What happens to running tasks when a node leaves, reboots, is reimaged, deallocated or disabled. */
export type TaskDisposition = "requeue" | "terminate" | "taskcompletion" | "retaineddata";
/** Job states. */
export type JobState = "active" | "disabling" | "disabled" | "enabling" | "terminating" | "completed" | "deleting";
/** Task states. */
export type TaskState = "active" | "preparing" | "running" | "completed";
/** Job schedule states. */
export type JobScheduleState = "active" | "completed" | "disabled" | "terminating" | "deleting";

/** A pool. */
export interface PoolRecord extends Versioned {
  kind: "pool";
  /** Pool id as created (case preserved). */
  id: string;
  /** User-supplied wire properties (vmSize, virtualMachineConfiguration, startTask, metadata, ...). */
  props: Json;
  state: PoolState;
  stateTransitionTime: Date;
  allocationState: AllocationState;
  allocationStateTransitionTime: Date;
  targetDedicatedNodes: number;
  targetLowPriorityNodes: number;
  resizeTimeout: string;
  enableAutoScale: boolean;
  autoScaleFormula?: string;
  autoScaleEvaluationInterval?: string;
  autoScaleRun?: Json;
  resizeErrors: Json[];
  taskSlotsPerNode: number;
  /** Nodes by lower-cased id. */
  nodes: Map<string, NodeRecord>;
  /** Counter for node ids. */
  nodeCounter: number;
  /** Pending end of a resize. */
  resizeTimer?: ClockTimer;
  /** When the running manual allocation times out (ms since the epoch; `engine/pools.ts`). */
  resizeDeadline?: number;
  /** Fires at {@link PoolRecord.resizeDeadline}. */
  resizeTimeoutTimer?: ClockTimer;
  /** Next periodic evaluation of the autoscale formula (`engine/pools.ts`). */
  autoScaleTimer?: ClockTimer;
  /** Next autoscale metrics sample, every 30 s of clock time while autoscale is on. */
  autoScaleSampleTimer?: ClockTimer;
  /** Resources used by the runs of tasks on its nodes (emulator/src/engine/statistics.ts). */
  usage?: UsageTotals;
  /** Set when the pool was created as a job's auto pool. */
  autoPoolJobId?: string;
  /** Removed from the account. */
  gone: boolean;
}

/** Progress of a node's start task. */
export interface StartTaskInfo {
  state: "running" | "completed";
  startTime: Date;
  endTime?: Date;
  exitCode?: number;
  failureInfo?: Json;
  retryCount: number;
  lastRetryTime?: Date;
  result?: "success" | "failure";
}

/** An operation a node runs once its tasks are done (`taskcompletion`). */
export interface PendingNodeOp {
  /** Runs the operation. */
  run(): void;
}

/** A simulated compute node. */
export interface NodeRecord {
  kind: "node";
  seq: number;
  id: string;
  pool: PoolRecord;
  isDedicated: boolean;
  state: NodeState;
  stateTransitionTime: Date;
  schedulingState: "enabled" | "disabled";
  allocationTime: Date;
  lastBootTime: Date;
  ipAddress: string;
  ipv6Address: string;
  remoteLoginPort: number;
  totalTasksRun: number;
  totalTasksSucceeded: number;
  /** Tasks running on the node. */
  running: Set<TaskRecord>;
  /** Slots in use. */
  usedSlots: number;
  /** Start task as of the last boot. */
  startTask?: Json;
  startTaskInfo?: StartTaskInfo;
  /** Running start task process. */
  startRun?: RunHandle;
  errors: Json[];
  /** Node users (recorded only). */
  users: Map<string, Json>;
  /** Pending state transition timer. */
  timer?: ClockTimer;
  /** Node root directory on disk. */
  rootDir: string;
  /** Operation waiting for running tasks to finish. */
  pendingOp?: PendingNodeOp;
  /** Recently completed tasks, newest last (at most a few). */
  recentTasks: Json[];
  /** Removed from its pool. */
  gone: boolean;
}

/** A job. */
export interface JobRecord extends Versioned {
  kind: "job";
  id: string;
  /** User-supplied wire properties. */
  props: Json;
  state: JobState;
  stateTransitionTime: Date;
  previousState?: JobState;
  previousStateTransitionTime?: Date;
  startTime: Date;
  endTime?: Date;
  /** Pool the tasks run on (explicit or auto pool). */
  poolId?: string;
  terminateReason?: string;
  schedulingError?: Json;
  /** Tasks by lower-cased id. */
  tasks: Map<string, TaskRecord>;
  /** Tasks per state. */
  counts: { active: number; running: number; completed: number };
  /** Slots of running tasks. */
  runningSlots: number;
  /** Disable option in effect while disabling. */
  disableTasks?: "requeue" | "terminate" | "wait";
  /** Resources used by the runs of its tasks, also deleted ones. */
  usage?: UsageTotals;
  /** Id of the job schedule that made it, if any. */
  jobScheduleId?: string;
  /** Max wall clock timer. */
  wallClockTimer?: ClockTimer;
  /** Job preparation and release progress per node, in order of first run (emulator/src/engine/jobPreparation.ts). */
  prepNodes?: PrepNodeState[];
  /** Set once the job ended and the nodes its release task runs on were chosen. */
  releaseMarked?: boolean;
  /** Removed from the account. */
  gone: boolean;
}

/** One run of a job preparation or release task on a node (times in ms since the epoch, stored as they are). */
export interface PrepExecInfo {
  state: "running" | "completed";
  startTime: number;
  endTime?: number;
  exitCode?: number;
  failureInfo?: Json;
  retryCount: number;
  lastRetryTime?: number;
  result?: "success" | "failure";
}

/** A job's preparation and release on one node. */
export interface PrepNodeState {
  /** Order of first run (paging). */
  seq: number;
  poolId: string;
  nodeId: string;
  /** The latest preparation run. */
  prep: PrepExecInfo;
  /** The release run, once it started. */
  release?: PrepExecInfo;
  /** Preparation must run again before the next task (the node rebooted or was reimaged). */
  stale?: boolean;
  /** The node was reimaged since preparation last ran: no release there. */
  reimaged?: boolean;
  /** The release task is to run on this node (the job ended). */
  releaseDue?: boolean;
}

/** Why a running process was stopped by the emulator. */
export type KillReason = "requeue" | "terminate" | "wallclock" | "delete" | "shutdown";

/** A running (or starting) process. */
export interface RunHandle {
  /** The child once spawned (its pid; started by emulator/src/launcher.ts or directly). */
  child?: { pid?: number };
  /** Set when the emulator stopped it, with why. */
  killReason?: KillReason;
  /** Stops the process group. */
  kill(reason: KillReason): void;
  /** Kills what is left of the run after its process ended (processes it started that still run). */
  sweep?(): Promise<void>;
}

/** Execution details of a task. */
export interface TaskExecution {
  startTime?: Date;
  endTime?: Date;
  exitCode?: number;
  failureInfo?: Json;
  retryCount: number;
  lastRetryTime?: Date;
  requeueCount: number;
  lastRequeueTime?: Date;
  result?: "success" | "failure";
}

/** A task. */
export interface TaskRecord extends Versioned {
  kind: "task";
  id: string;
  job: JobRecord;
  /** User-supplied wire properties (commandLine, environmentSettings, constraints, ...). */
  props: Json;
  state: TaskState;
  stateTransitionTime: Date;
  previousState?: TaskState;
  previousStateTransitionTime?: Date;
  exec: TaskExecution;
  requiredSlots: number;
  /** Node the task runs or last ran on. */
  node?: NodeRecord;
  /** Directory of the task on its node. */
  taskDir?: string;
  /** Where a deleted task's directories were moved (`DataRoot.retire`), to remove once its process ended. */
  retiredDirs?: string[];
  /** Running process. */
  run?: RunHandle;
  /** Wall clock timer of the current run. */
  wallClockTimer?: ClockTimer;
  /** Retention timer after completion. */
  retentionTimer?: ClockTimer;
  /** Resources used by its ended runs. */
  usage?: UsageTotals;
  /** True for the job's job manager task. */
  isJobManager: boolean;
  /** Subtasks of a multi-instance task's latest run (emulator/src/engine/multiInstance.ts). */
  subtasks?: SubtaskRecord[];
  /** Removed from its job. */
  gone: boolean;
}

/** One subtask (instance 1..n-1) of a multi-instance task's run. */
export interface SubtaskRecord {
  /** Subtask id (1..n-1; the primary is the task itself). */
  id: number;
  /** Pool and node it runs or ran on. */
  poolId: string;
  nodeId: string;
  /** Its task directory on that node (absolute). */
  taskDir: string;
  state: "running" | "completed";
  stateTransitionTime: Date;
  previousState?: "running";
  previousStateTransitionTime?: Date;
  startTime: Date;
  endTime?: Date;
  exitCode?: number;
  failureInfo?: Json;
  result?: "success" | "failure";
}

/** A job schedule (recorded; it never fires). */
export interface JobScheduleRecord extends Versioned {
  kind: "jobSchedule";
  id: string;
  props: Json;
  state: JobScheduleState;
  stateTransitionTime: Date;
  previousState?: JobScheduleState;
  previousStateTransitionTime?: Date;
  endTime?: Date;
  /** Start of the next (or current, while it waits) recurrence, ms since the epoch; none when no more jobs will be created. */
  nextRunAt?: number;
  /** Jobs created so far (the n of `<scheduleId>:job-<n>`). */
  jobCount?: number;
  /** Id of the most recent job. */
  recentJobId?: string;
  /** Auto pool shared by the schedule's jobs (`poolLifetimeOption: jobschedule`). */
  autoPoolId?: string;
  /** Pending timer: the next recurrence, or the end of a transition (deleting, terminating). */
  timer?: ClockTimer;
  /** Removed from the account. */
  gone: boolean;
}

/** Any record the store keeps. */
export type StoredRecord = PoolRecord | NodeRecord | JobRecord | TaskRecord | JobScheduleRecord;

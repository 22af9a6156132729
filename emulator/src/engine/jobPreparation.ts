/**
 * Job preparation and release tasks, run as the Batch service runs them.
 *
 * Preparation runs on a node when the first task of the job is assigned to
 * it (once per node per job). With `waitForSuccess` (default true) the task
 * waits on the node in `preparing`, holding its slots, and starts when
 * preparation succeeds; when preparation fails for good the waiting tasks
 * return to `active` and the node takes no more tasks of the job until it is
 * reimaged. With `waitForSuccess` false tasks start at once. After a reboot
 * (or an emulator restart) preparation runs again before the next task of the
 * job unless it succeeded and `rerunOnNodeRebootAfterSuccess` is false; after
 * a reimage it always runs again.
 *
 * Release runs when the job ends (terminate, `onAllTasksComplete`, max wall
 * clock time, job manager completion, delete) on each node where preparation
 * ran and completed (for `waitForSuccess` true: successfully, since only then
 * did tasks of the job run there), and not on a node reimaged since. The job
 * is `completed` (or, when deleted, gone) once every release has completed.
 * Release runs in the background (no slot), its `maxWallClockTime` (default
 * 15 minutes) is applied by the clock; a reboot during release runs it again
 * when the node is idle again.
 *
 * The per-node progress is kept in the job record (`JobRecord.prepNodes`,
 * stored with the job); processes and waiting tasks are runtime state here.
 */
import { join } from "node:path";
import { FOREVER_MS } from "../clock.js";
import { parseDuration } from "../duration.js";
import { startProcess, type ProcessOutcome } from "../process.js";
import type { Account } from "../state/account.js";
import type {
  Json,
  JobRecord,
  KillReason,
  NodeRecord,
  PrepExecInfo,
  PrepNodeState,
  RunHandle,
  TaskRecord,
} from "../state/model.js";
import { downloadResourceFiles, type ResourceFile } from "../storage/index.js";
import { environmentSettings, taskEnvironment } from "./environment.js";
import { jobTaskSettled } from "./jobs.js";
import { refreshNodeBusy } from "./nodes.js";
import { completeTask, requeueTask, setTaskState, TASK_ENDED } from "./tasks.js";
import { jobDirectory } from "./workItems.js";
import { nodePackageVariables } from "./applications.js";

/** Default id of a job preparation task. */
export const DEFAULT_PREP_ID = "jobpreparation";
/** Default id of a job release task. */
export const DEFAULT_RELEASE_ID = "jobrelease";
/** Default (and longest) `maxWallClockTime` of a job release task. */
export const RELEASE_MAX_WALL_MS = 15 * 60_000;

/** A task waiting in `preparing` on a node, and how to start it there. */
interface HeldTask {
  task: TaskRecord;
  start: (account: Account, task: TaskRecord, node: NodeRecord) => void;
}

/** Runtime state of one job on one node (lost on restart, rebuilt from the stored state). */
interface NodeRuntime {
  prepRun?: RunHandle;
  releaseRun?: RunHandle;
  wallTimer?: ReturnType<Account["later"]>;
  held: HeldTask[];
}

/** Runtime state per job: per node (key `pool/node`, lower case), and the delete waiting for releases. */
interface JobRuntime {
  nodes: Map<string, NodeRuntime>;
  onReleased?: () => void;
}

const runtimes = new WeakMap<JobRecord, JobRuntime>();

/** Per account: ending jobs with a release still to run, so that an idle node looks at these only. */
const ending = new WeakMap<Account, Set<JobRecord>>();

function endingJobs(account: Account): Set<JobRecord> {
  let s = ending.get(account);
  if (!s) {
    s = new Set();
    ending.set(account, s);
  }
  return s;
}

function runtimeOf(job: JobRecord): JobRuntime {
  let r = runtimes.get(job);
  if (!r) {
    r = { nodes: new Map() };
    runtimes.set(job, r);
  }
  return r;
}

function nodeKey(poolId: string, nodeId: string): string {
  return `${poolId.toLowerCase()}/${nodeId.toLowerCase()}`;
}

function nodeRuntime(job: JobRecord, node: NodeRecord): NodeRuntime {
  const nodes = runtimeOf(job).nodes;
  const k = nodeKey(node.pool.id, node.id);
  let r = nodes.get(k);
  if (!r) {
    r = { held: [] };
    nodes.set(k, r);
  }
  return r;
}

/** The job's `jobPreparationTask`, if any. */
export function prepTaskOf(job: JobRecord): Json | undefined {
  return job.props.jobPreparationTask as Json | undefined;
}

/** The job's `jobReleaseTask`, if any. */
export function releaseTaskOf(job: JobRecord): Json | undefined {
  return job.props.jobReleaseTask as Json | undefined;
}

/** Id of the job's preparation task (default `jobpreparation`). */
export function prepIdOf(job: JobRecord): string {
  const id = prepTaskOf(job)?.id;
  return typeof id === "string" ? id : DEFAULT_PREP_ID;
}

/** Id of the job's release task (default `jobrelease`). */
export function releaseIdOf(job: JobRecord): string {
  const id = releaseTaskOf(job)?.id;
  return typeof id === "string" ? id : DEFAULT_RELEASE_ID;
}

function waitsForSuccess(job: JobRecord): boolean {
  return prepTaskOf(job)?.waitForSuccess !== false;
}

function entryOf(job: JobRecord, node: NodeRecord): PrepNodeState | undefined {
  const k = nodeKey(node.pool.id, node.id);
  return job.prepNodes?.find((e) => nodeKey(e.poolId, e.nodeId) === k);
}

/**
 * The preparation task directory of a job on a node (`workitems/<jobId>/job-1/<prepId>` under the node root).
 * @param job - The job.
 * @param node - The node.
 */
export function prepDir(job: JobRecord, node: NodeRecord): string {
  return join(node.rootDir, jobDirectory(job), prepIdOf(job));
}

/**
 * `AZ_BATCH_JOB_PREP_DIR` and `AZ_BATCH_JOB_PREP_WORKING_DIR` of a job with
 * a preparation task (empty for other jobs), for its tasks on the node.
 * @param job - The job.
 * @param node - The node.
 */
export function preparationEnvironment(job: JobRecord, node: NodeRecord): Record<string, string> {
  if (!prepTaskOf(job)) return {};
  const dir = prepDir(job, node);
  return { AZ_BATCH_JOB_PREP_DIR: dir, AZ_BATCH_JOB_PREP_WORKING_DIR: join(dir, "wd") };
}

type Decision = "run" | "wait" | "ready" | "blocked";

function decide(job: JobRecord, node: NodeRecord): Decision {
  const e = entryOf(job, node);
  if (!e || e.stale) return "run";
  if (e.prep.state === "running") return nodeRuntime(job, node).prepRun ? "wait" : "run";
  if (e.prep.result === "success") return "ready";
  return "blocked";
}

/**
 * Whether the scheduler may assign a task of the job to the node: not when
 * the job's preparation task failed there (with `waitForSuccess`), until the
 * node is reimaged.
 * @param job - The job.
 * @param node - A node of the job's pool.
 */
export function nodeOpenToJob(job: JobRecord, node: NodeRecord): boolean {
  if (!prepTaskOf(job) || !waitsForSuccess(job)) return true;
  return decide(job, node) !== "blocked";
}

/**
 * For the scheduler placing a multi-instance task: whether an instance of a
 * task of the job may take the node now, as far as the job's preparation
 * task goes. True when the job has none, when it does not wait for success
 * (then it is started on the node if it has not run there) or when it has
 * succeeded on the node; otherwise it is started on the node when it has not
 * run there yet (or must run again) and the answer is false, so a
 * multi-instance task takes its nodes only once preparation succeeded on
 * every one of them (each completion runs the scheduler again).
 * @param account - Owning account.
 * @param job - The task's job.
 * @param node - A candidate node.
 */
export function preparedForInstance(account: Account, job: JobRecord, node: NodeRecord): boolean {
  if (!prepTaskOf(job)) return true;
  const d = decide(job, node);
  if (d === "run") runPreparation(account, job, node, 0);
  return !waitsForSuccess(job) || d === "ready";
}

/**
 * Called by the scheduler when it assigns a task to a node: runs the job's
 * preparation task there when it has not run (or must run again) and, with
 * `waitForSuccess`, holds the task in `preparing` (its slots taken) until
 * preparation succeeded, then starts it with `start`.
 * @param account - Owning account.
 * @param task - The task (dequeued).
 * @param node - The node it was assigned to.
 * @param start - Starts the task on the node (the scheduler's launcher).
 * @returns True when the task is held (do not start it now).
 */
export function holdForPreparation(
  account: Account,
  task: TaskRecord,
  node: NodeRecord,
  start: (account: Account, task: TaskRecord, node: NodeRecord) => void,
): boolean {
  const job = task.job;
  if (!prepTaskOf(job)) return false;
  const d = decide(job, node);
  if (d === "run") runPreparation(account, job, node, 0);
  if (!waitsForSuccess(job) || d === "ready") return false;
  hold(account, task, node, start);
  return true;
}

function hold(
  account: Account,
  task: TaskRecord,
  node: NodeRecord,
  start: (account: Account, task: TaskRecord, node: NodeRecord) => void,
): void {
  const job = task.job;
  const rt = nodeRuntime(job, node);
  node.usedSlots += task.requiredSlots;
  node.running.add(task);
  job.runningSlots += task.requiredSlots;
  task.node = node;
  account.cancel(task.retentionTimer);
  setTaskState(account, task, "preparing");
  refreshNodeBusy(account, node);
  const held: HeldTask = { task, start };
  rt.held.push(held);
  // A stand-in process handle: stopping a preparing task (terminate, requeue, delete) frees its slots.
  const handle: RunHandle = {
    kill(reason: KillReason) {
      if (handle.killReason !== undefined) return;
      handle.killReason = reason;
      account.clock.defer(() => {
        if (!unhold(rt, held, node)) return;
        if (reason === "shutdown" || account.closed) return;
        if (reason === "delete" || task.gone) {
          if (task.state !== "completed" && !task.gone) setTaskState(account, task, "completed");
        } else if (reason === "requeue") {
          requeueTask(account, task);
        } else {
          completeTask(account, task, { failureInfo: TASK_ENDED });
        }
        refreshNodeBusy(account, node);
        jobTaskSettled(account, job);
        account.schedule();
        account.commit();
      });
    },
  };
  task.run = handle;
}

/** Gives back a held task's slots; false when it was no longer held. */
function unhold(rt: NodeRuntime, held: HeldTask, node: NodeRecord): boolean {
  const i = rt.held.indexOf(held);
  if (i < 0) return false;
  rt.held.splice(i, 1);
  const task = held.task;
  node.usedSlots -= task.requiredSlots;
  node.running.delete(task);
  task.job.runningSlots -= task.requiredSlots;
  task.run = undefined;
  return true;
}

function constraintsOf(spec: Json): { maxWallClockMs?: number; maxRetries: number } {
  const c = (spec.constraints ?? {}) as Json;
  const wall = typeof c.maxWallClockTime === "string" ? parseDuration(c.maxWallClockTime) : undefined;
  return { maxWallClockMs: wall, maxRetries: typeof c.maxTaskRetryCount === "number" ? c.maxTaskRetryCount : 0 };
}

/** Environment of a preparation or release process (with the pool's application package variables). */
function specialEnvironment(
  account: Account,
  job: JobRecord,
  node: NodeRecord,
  spec: Json,
  taskId: string,
  taskDir: string,
): Record<string, string> {
  return {
    ...taskEnvironment(account, node, {
      taskDir,
      workingDir: join(taskDir, "wd"),
      userIdentity: spec.userIdentity,
    }),
    AZ_BATCH_JOB_ID: job.id,
    AZ_BATCH_TASK_ID: taskId,
    ...preparationEnvironment(job, node),
    // The pool's application packages, installed when the node booted (emulator/src/engine/nodes.ts).
    ...nodePackageVariables.get(node),
    ...environmentSettings(job.props.commonEnvironmentSettings),
    ...environmentSettings(spec.environmentSettings),
  };
}

function launch(
  account: Account,
  spec: Json,
  taskDir: string,
  env: Record<string, string>,
  onExit: (outcome: ProcessOutcome, handle: RunHandle) => void,
): RunHandle {
  const wd = join(taskDir, "wd");
  const resourceFiles = Array.isArray(spec.resourceFiles) ? (spec.resourceFiles as ResourceFile[]) : [];
  const handle = startProcess({
    commandLine: String(spec.commandLine ?? ""),
    taskDir,
    workingDir: wd,
    env,
    files: account.files,
    ownerTag: account.processTag,
    prepare:
      resourceFiles.length > 0
        ? async () =>
            void (await downloadResourceFiles(resourceFiles, wd, {
              autoStorage: account.autoStorage,
              files: account.files,
            }))
        : undefined,
    onExit: (outcome, h) => {
      account.processes.delete(h);
      onExit(outcome, h);
      account.commit();
    },
  });
  account.processes.add(handle);
  return handle;
}

/** Failure info of a preparation or release run, or undefined for a success. */
function failureOf(outcome: ProcessOutcome, reason: KillReason | undefined): Json | undefined {
  if (reason === "wallclock")
    return {
      category: "usererror",
      code: "MaxWallClockTimeExpiry",
      message: "The task exceeded its maximum wall clock time and was terminated",
    };
  if (reason === "terminate") return { ...TASK_ENDED, message: "Task was ended because its job ended" };
  if (outcome.startError) return { category: "usererror", ...outcome.startError };
  if (outcome.exitCode === 0) return undefined;
  return {
    category: "usererror",
    code: "FailureExitCode",
    message: "The task process exited with an unexpected exit code",
    details: [{ name: "Message", value: `The task process exited with an unexpected exit code ${outcome.exitCode}` }],
  };
}

function finishInfo(info: PrepExecInfo, now: number, outcome: ProcessOutcome, failure: Json | undefined): void {
  info.state = "completed";
  info.endTime = now;
  if (outcome.exitCode !== undefined) info.exitCode = outcome.exitCode;
  else delete info.exitCode;
  if (failure) {
    info.failureInfo = failure;
    info.result = "failure";
  } else {
    delete info.failureInfo;
    info.result = "success";
  }
}

/** Starts (or retries) the job's preparation task on a node. */
function runPreparation(account: Account, job: JobRecord, node: NodeRecord, retry: number): void {
  const spec = prepTaskOf(job)!;
  const now = account.now().getTime();
  let e = entryOf(job, node);
  const prep: PrepExecInfo = {
    state: "running",
    startTime: now,
    retryCount: retry,
  };
  if (retry > 0) prep.lastRetryTime = now;
  if (!e) {
    e = { seq: account.nextSeq(), poolId: node.pool.id, nodeId: node.id, prep };
    (job.prepNodes ??= []).push(e);
  } else {
    e.prep = prep;
    delete e.stale;
    delete e.reimaged;
  }
  account.changed(job);
  const entry = e;
  const rt = nodeRuntime(job, node);
  const taskDir = prepDir(job, node);
  const env = specialEnvironment(account, job, node, spec, prepIdOf(job), taskDir);
  const handle = launch(account, spec, taskDir, env, (outcome, h) => {
    if (rt.prepRun !== h) return; // dropped: the node restarted
    rt.prepRun = undefined;
    account.cancel(rt.wallTimer);
    if (h.killReason === "shutdown" || account.closed || job.gone) return;
    preparationExited(account, job, node, entry, retry, outcome, h.killReason);
  });
  rt.prepRun = handle;
  const { maxWallClockMs } = constraintsOf(spec);
  if (maxWallClockMs !== undefined && maxWallClockMs < FOREVER_MS)
    rt.wallTimer = account.later(maxWallClockMs, () => {
      if (rt.prepRun === handle) handle.kill("wallclock");
    });
}

function preparationExited(
  account: Account,
  job: JobRecord,
  node: NodeRecord,
  entry: PrepNodeState,
  retry: number,
  outcome: ProcessOutcome,
  reason: KillReason | undefined,
): void {
  const failure = failureOf(outcome, reason);
  finishInfo(entry.prep, account.now().getTime(), outcome, failure);
  account.changed(job);
  const { maxRetries } = constraintsOf(prepTaskOf(job)!);
  const jobRunning = job.state === "active" || job.state === "disabling" || job.state === "disabled";
  // Exit code failures are retried; start failures, wall clock and job ends are not.
  if (failure && !reason && !outcome.startError && jobRunning && (maxRetries === -1 || retry < maxRetries)) {
    runPreparation(account, job, node, retry + 1);
    return;
  }
  const rt = nodeRuntime(job, node);
  for (const held of [...rt.held]) {
    if (!unhold(rt, held, node)) continue;
    const task = held.task;
    if (!failure && !node.gone) {
      held.start(account, task, node);
    } else {
      // Preparation failed: the task goes back to the queue, for another node.
      setTaskState(account, task, "active");
      account.pending.add(task);
    }
  }
  if (!node.gone) refreshNodeBusy(account, node);
  settleJob(account, job);
  account.schedule();
}

/** A release or a job transition waits on this job: let it go on. */
function settleJob(account: Account, job: JobRecord): void {
  if (job.gone) return;
  if (job.state === "terminating") jobTaskSettled(account, job);
  else if (job.state === "deleting") {
    const rt = runtimeOf(job);
    if (rt.onReleased && releaseFinished(account, job)) {
      const done = rt.onReleased;
      rt.onReleased = undefined;
      done();
    }
  } else jobTaskSettled(account, job);
}

function findNodeOf(account: Account, e: PrepNodeState): NodeRecord | undefined {
  const node = account.pools.get(e.poolId.toLowerCase())?.nodes.get(e.nodeId.toLowerCase());
  return node && !node.gone ? node : undefined;
}

/** Node states in which a release may still run later (the node comes back). */
const TRANSIENT = new Set(["creating", "starting", "rebooting", "reimaging", "waitingforstarttask", "unknown"]);

function canRunNow(node: NodeRecord): boolean {
  return node.state === "idle" || node.state === "running" || node.state === "offline";
}

/**
 * For a job that ends: stops its preparation tasks still running, then runs
 * its release task on each node that ran preparation. Called while the job
 * is `terminating` or `deleting` and has no running tasks left.
 * @param account - Owning account.
 * @param job - The job.
 * @returns True when no release is (or will be) running: the job may end.
 */
export function releaseFinished(account: Account, job: JobRecord): boolean {
  const rt = runtimeOf(job);
  let waiting = false;
  for (const nrt of rt.nodes.values()) {
    if (nrt.prepRun) {
      nrt.prepRun.kill("terminate");
      waiting = true;
    }
  }
  if (waiting) return false;
  const spec = releaseTaskOf(job);
  if (!spec || !job.prepNodes) return true;
  let changed = false;
  if (!job.releaseMarked) {
    job.releaseMarked = true;
    changed = true;
    const wait = waitsForSuccess(job);
    for (const e of job.prepNodes) {
      const ran = e.prep.state === "completed" && (e.prep.result === "success" || !wait);
      if (ran && !e.reimaged) e.releaseDue = true;
    }
  }
  let done = true;
  for (const e of job.prepNodes) {
    if (!e.releaseDue || e.release?.state === "completed") continue;
    const node = findNodeOf(account, e);
    if (!node || (!canRunNow(node) && !TRANSIENT.has(node.state))) {
      e.releaseDue = false; // the node left or cannot run anything: no release there
      changed = true;
      continue;
    }
    done = false;
    const nrt = nodeRuntime(job, node);
    if (!nrt.releaseRun && canRunNow(node)) runRelease(account, job, node, e);
  }
  if (changed) account.changed(job);
  if (done) endingJobs(account).delete(job);
  else endingJobs(account).add(job);
  return done;
}

function runRelease(account: Account, job: JobRecord, node: NodeRecord, e: PrepNodeState): void {
  const spec = releaseTaskOf(job)!;
  const now = account.now().getTime();
  e.release = { state: "running", startTime: now, retryCount: 0 };
  account.changed(job);
  const rt = nodeRuntime(job, node);
  const taskDir = join(node.rootDir, jobDirectory(job), releaseIdOf(job));
  const env = specialEnvironment(account, job, node, spec, releaseIdOf(job), taskDir);
  const handle = launch(account, spec, taskDir, env, (outcome, h) => {
    if (rt.releaseRun !== h) return; // dropped: the node restarted
    rt.releaseRun = undefined;
    account.cancel(rt.wallTimer);
    if (h.killReason === "shutdown" || account.closed || job.gone) return;
    finishInfo(e.release!, account.now().getTime(), outcome, failureOf(outcome, h.killReason));
    account.changed(job);
    settleJob(account, job);
  });
  rt.releaseRun = handle;
  const wallText = spec.maxWallClockTime;
  const wall = (typeof wallText === "string" ? parseDuration(wallText) : undefined) ?? RELEASE_MAX_WALL_MS;
  rt.wallTimer = account.later(Math.min(wall, RELEASE_MAX_WALL_MS), () => {
    if (rt.releaseRun === handle) handle.kill("wallclock");
  });
}

/**
 * Deleting a job: runs its release tasks (see {@link releaseFinished}), then `done`.
 * @param account - Owning account.
 * @param job - The job (`deleting`).
 * @param done - Removes the job.
 */
export function afterRelease(account: Account, job: JobRecord, done: () => void): void {
  if (releaseFinished(account, job)) {
    done();
    return;
  }
  runtimeOf(job).onReleased = done;
}

/**
 * A node is stopping (reboot, reimage, deallocate, leaving the pool): its
 * preparation and release processes are stopped. Preparation then runs again
 * before the next task of the job (also after a success, unless
 * `rerunOnNodeRebootAfterSuccess` is false); a release runs again once the
 * node is idle.
 * @param account - Owning account.
 * @param node - The node.
 */
export function preparationNodeInterrupted(account: Account, node: NodeRecord): void {
  for (const job of account.jobs.values()) {
    if (!job.prepNodes) continue;
    const e = entryOf(job, node);
    if (!e) continue;
    const rt = nodeRuntime(job, node);
    if (rt.prepRun) {
      const h = rt.prepRun;
      rt.prepRun = undefined;
      h.kill("shutdown");
      // Tasks waiting for it go back to the queue (unless already being stopped, see `afterTasks` in nodes.ts).
      for (const held of [...rt.held]) {
        if (held.task.run?.killReason !== undefined || !unhold(rt, held, node)) continue;
        requeueTask(account, held.task);
      }
    }
    if (rt.releaseRun) {
      const h = rt.releaseRun;
      rt.releaseRun = undefined;
      h.kill("shutdown");
    }
    account.cancel(rt.wallTimer);
    if (e.prep.result === "success" && prepTaskOf(job)?.rerunOnNodeRebootAfterSuccess !== false) {
      e.stale = true;
      account.changed(job);
    }
  }
}

/**
 * A node is being reimaged: preparation runs again before the next task of
 * each job (also after a failure), and a job that ends before that runs no
 * release there.
 * @param account - Owning account.
 * @param node - The node.
 */
export function preparationNodeReimaged(account: Account, node: NodeRecord): void {
  for (const job of [...account.jobs.values()]) {
    if (!job.prepNodes) continue;
    const e = entryOf(job, node);
    if (!e) continue;
    e.stale = true;
    e.reimaged = true;
    if (e.releaseDue && e.release?.state !== "completed") e.releaseDue = false;
    account.changed(job);
    if (job.state === "terminating" || job.state === "deleting") settleJob(account, job);
  }
}

/** Calls `act` for each job still ending whose release on `node` is due and not completed. */
function forDueReleasesOn(account: Account, node: NodeRecord, act: (job: JobRecord, e: PrepNodeState) => void): void {
  const jobs = ending.get(account);
  if (!jobs || jobs.size === 0) return;
  for (const job of [...jobs]) {
    if (job.gone || (job.state !== "terminating" && job.state !== "deleting")) {
      jobs.delete(job);
      continue;
    }
    const e = entryOf(job, node);
    if (e?.releaseDue && e.release?.state !== "completed") act(job, e);
  }
}

/**
 * A node is idle again (after boot): releases due on it that were cut short run again.
 * @param account - Owning account.
 * @param node - The node.
 */
export function preparationNodeReady(account: Account, node: NodeRecord): void {
  forDueReleasesOn(account, node, (job, e) => {
    if (!nodeRuntime(job, node).releaseRun) runRelease(account, job, node, e);
  });
}

/**
 * A node can no longer run anything (`starttaskfailed`, `unusable`) or is
 * leaving (`leavingpool`, `deallocating`): jobs ending while it was booting
 * (or running their release there) stop waiting for a release there.
 * @param account - Owning account.
 * @param node - The node.
 */
export function preparationNodeUnavailable(account: Account, node: NodeRecord): void {
  forDueReleasesOn(account, node, (job) => settleJob(account, job));
}

/**
 * After a restart: nodes boot again, so a succeeded preparation runs again
 * (unless `rerunOnNodeRebootAfterSuccess` is false) and one that was running
 * runs again before the next task of the job; releases under way run again
 * when their node is idle.
 * @param account - The account being recovered.
 */
export function recoverPreparation(account: Account): void {
  for (const job of account.jobs.values()) {
    if (!job.prepNodes) continue;
    for (const e of job.prepNodes)
      if (e.prep.result === "success" && prepTaskOf(job)?.rerunOnNodeRebootAfterSuccess !== false) e.stale = true;
    account.changed(job);
  }
}

function execToWire(info: PrepExecInfo | undefined, rootRel: string, nodeUrl: string, withRetries: boolean): Json {
  if (!info) return undefined as never;
  const iso = (ms: number | undefined): string | undefined =>
    ms === undefined ? undefined : new Date(ms).toISOString();
  const out: Json = {
    startTime: iso(info.startTime),
    endTime: iso(info.endTime),
    state: info.state,
    taskRootDirectory: rootRel,
    taskRootDirectoryUrl: `${nodeUrl}/files/${rootRel.split("/").map(encodeURIComponent).join("/")}`,
    exitCode: info.exitCode,
    failureInfo: info.failureInfo,
    retryCount: withRetries ? info.retryCount : undefined,
    lastRetryTime: withRetries ? iso(info.lastRetryTime) : undefined,
    result: info.result,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/**
 * The job's per-node entries in the spec's `BatchJobPreparationAndReleaseTaskStatus` shape, in order of first run.
 * @param account - Owning account.
 * @param job - The job.
 */
export function preparationStatusList(account: Account, job: JobRecord): { seq: number; wire: Json }[] {
  return (job.prepNodes ?? []).map((e) => {
    const nodeUrl = account.url(`/pools/${encodeURIComponent(e.poolId)}/nodes/${encodeURIComponent(e.nodeId)}`);
    const base = jobDirectory(job);
    const wire: Json = {
      poolId: e.poolId,
      nodeId: e.nodeId,
      nodeUrl,
      jobPreparationTaskExecutionInfo: execToWire(e.prep, `${base}/${prepIdOf(job)}`, nodeUrl, true),
    };
    if (e.release)
      wire.jobReleaseTaskExecutionInfo = execToWire(e.release, `${base}/${releaseIdOf(job)}`, nodeUrl, false);
    return { seq: e.seq, wire };
  });
}

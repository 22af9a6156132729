/**
 * The state of one emulated Batch account: its store (pools, nodes, jobs,
 * tasks, schedules), its clock, ids and ETags, and the timers and processes
 * the account owns (so that closing it stops them all).
 */
import { join } from "node:path";
import type { Clock, ClockTimer } from "../clock.js";
import { DataRoot } from "../fs/safeFs.js";
import { newOwnerTag } from "../processTree.js";
import type { AutoStorageOptions } from "../storage/autoStorage.js";
import { ApplicationRegistry } from "../engine/applications.js";
import type { Store } from "../store/store.js";
import type {
  JobRecord,
  JobScheduleRecord,
  PoolRecord,
  RunHandle,
  StoredRecord,
  TaskRecord,
  Versioned,
} from "./model.js";

/** Delays of simulated transitions, in milliseconds. */
export interface EmulatorTimings {
  /** Time a node spends `creating` (default 150). */
  nodeCreateMs: number;
  /** Time a node spends `starting` before its start task runs (default 150). */
  nodeStartMs: number;
  /** Time a node spends `rebooting`, `reimaging`, `deallocating` (default 150). */
  nodeRebootMs: number;
  /** Time a node spends `leavingpool` (default 100). */
  nodeRemoveMs: number;
  /** Time a deleted pool, job or job schedule stays in `deleting` (default 100). */
  deleteMs: number;
  /** Time of short job and pool transitions such as `enabling` or `stopping` (default 20). */
  transitionMs: number;
}

/** Default {@link EmulatorTimings}. */
export const DEFAULT_TIMINGS: EmulatorTimings = {
  nodeCreateMs: 150,
  nodeStartMs: 150,
  nodeRebootMs: 150,
  nodeRemoveMs: 100,
  deleteMs: 100,
  transitionMs: 20,
};

/** Settings of an {@link Account}. */
export interface AccountSettings {
  /** Account name. */
  name: string;
  /** Base64 account key. */
  key: string;
  /** Directory holding node and task files. */
  dataDir: string;
  /** Transition delays. */
  timings: EmulatorTimings;
  /** Where records live. */
  store: Store;
  /** Time source of every delay and time stamp. */
  clock: Clock;
  /** The most nodes the account's pools hold together (default {@link DEFAULT_MAX_NODES}). */
  maxNodes?: number;
}

/**
 * The account's node quota when none is given: the emulator's nodes are records and directories on
 * this machine, and a pool of millions would take the process down for everyone.
 */
export const DEFAULT_MAX_NODES = 1_000;

/** One emulated account: its resources, timers and processes. */
export class Account {
  /** Account name. */
  readonly name: string;
  /** Base64 account key. */
  readonly key: string;
  /** The most nodes the account's pools hold together (its quota). */
  readonly maxNodes: number;
  /** Directory holding node and task files. */
  readonly dataDir: string;
  /** Transition delays. */
  readonly timings: EmulatorTimings;
  /** The data directory, held open: all node and task file access goes through it. */
  readonly files: DataRoot;
  /** Tag of this emulator's task processes (emulator/src/processTree.ts). */
  readonly processTag = newOwnerTag();
  /** Public endpoint (`http://127.0.0.1:port`), set once the server listens. */
  endpoint = "";
  /** The Storage account behind resource files' `autoStorageContainerName`, if configured. */
  autoStorage?: AutoStorageOptions;
  /** Application packages registered by option. */
  applications = new ApplicationRegistry();
  /** Where records live. */
  readonly store: Store;
  /** Time source of every delay and time stamp. */
  readonly clock: Clock;
  /** Pools by lower-cased id (the store's). */
  readonly pools: Map<string, PoolRecord>;
  /** Jobs by lower-cased id (the store's). */
  readonly jobs: Map<string, JobRecord>;
  /** Job schedules by lower-cased id (the store's). */
  readonly jobSchedules: Map<string, JobScheduleRecord>;
  /** Tasks waiting for a slot, in FIFO order. */
  readonly pending = new Set<TaskRecord>();
  /** Processes (tasks and start tasks) currently running. */
  readonly processes = new Set<RunHandle>();
  /** True once {@link Account.close} ran. */
  closed = false;
  /** Set by the scheduler: asks for a scheduling pass soon. */
  scheduleHook: () => void = () => {};

  private seqCounter: number;
  private etagCounter = BigInt(Date.now()) * 10000n;
  private readonly timers = new Set<ClockTimer>();

  /** @param settings - Name, key, data directory, timings, store and clock. */
  constructor(settings: AccountSettings) {
    this.name = settings.name;
    this.key = settings.key;
    this.maxNodes = settings.maxNodes ?? DEFAULT_MAX_NODES;
    this.dataDir = settings.dataDir;
    this.timings = settings.timings;
    this.files = new DataRoot(settings.dataDir);
    this.store = settings.store;
    this.clock = settings.clock;
    this.pools = this.store.pools;
    this.jobs = this.store.jobs;
    this.jobSchedules = this.store.jobSchedules;
    this.seqCounter = this.store.maxSeq;
  }

  /** The current time of the account's clock. */
  now(): Date {
    return this.clock.now();
  }

  /** Adds a new record to the store. */
  add(record: StoredRecord): void {
    this.store.add(record);
  }

  /** Tells the store that a record changed (see {@link Account.touch} for versioned ones). */
  changed(record: StoredRecord): void {
    this.store.changed(record);
  }

  /** Removes a record from the store. */
  remove(record: StoredRecord): void {
    this.store.remove(record);
  }

  /** Makes every change so far durable (before answering a request, after each engine event). */
  commit(): void {
    if (!this.closed) this.store.commit();
  }

  /** Next creation sequence number. */
  nextSeq(): number {
    return ++this.seqCounter;
  }

  /** A fresh ETag in the service's `0x8D...` form. */
  newEtag(): string {
    this.etagCounter += 1n;
    return "0x8D" + this.etagCounter.toString(16).toUpperCase().slice(-13).padStart(13, "0");
  }

  /**
   * Marks a resource changed: new ETag and lastModified.
   * @param r - The resource.
   * @param now - Change time.
   */
  touch(r: Versioned & StoredRecord, now = this.now()): void {
    r.etag = this.newEtag();
    r.lastModified = now;
    this.store.changed(r);
  }

  /**
   * Absolute URL of a path on this account.
   * @param path - Path starting with `/`, segments already encoded.
   */
  url(path: string): string {
    return this.endpoint + path;
  }

  /** Root directory of a node's files. */
  nodeDir(nodeId: string): string {
    return join(this.dataDir, "nodes", nodeId);
  }

  /**
   * Runs `fn` after `ms` of the account's clock unless the account closes
   * first, then commits what it changed.
   * @param ms - Delay.
   * @param fn - Callback.
   * @returns The timer (pass to {@link Account.cancel}).
   */
  later(ms: number, fn: () => void): ClockTimer {
    const t = this.clock.setTimer(ms, () => {
      this.timers.delete(t);
      if (this.closed) return;
      fn();
      this.commit();
    });
    this.timers.add(t);
    return t;
  }

  /** Cancels a timer from {@link Account.later}. */
  cancel(t: ClockTimer | undefined): void {
    if (!t) return;
    this.clock.clearTimer(t);
    this.timers.delete(t);
  }

  /** Asks for a scheduling pass. */
  schedule(): void {
    if (!this.closed) this.scheduleHook();
  }

  /** Commits, stops all timers, kills all running processes and closes the store. */
  close(): void {
    if (this.closed) return;
    this.store.commit();
    this.closed = true;
    for (const t of this.timers) this.clock.clearTimer(t);
    this.timers.clear();
    for (const p of this.processes) p.kill("shutdown");
    this.store.close();
  }
}

/** Lower-cased map key of an id (ids are case-insensitive, case-preserving). */
export function key(id: string): string {
  return id.toLowerCase();
}

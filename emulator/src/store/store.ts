/**
 * The store: where the account's records live. The engine reads and changes
 * records through the store's maps and reports every change with
 * {@link Store.changed} / {@link Store.removed}; {@link Store.commit} makes
 * the changes so far durable (the wire calls it before answering, the engine
 * after each event). Implementations: {@link MemoryStore} (in memory, lost
 * on exit) and `SqliteStore` (SQLite in the data directory).
 */
import type { JobRecord, JobScheduleRecord, PoolRecord, StoredRecord } from "../state/model.js";

/** Persistence of one account's pools (with nodes), jobs (with tasks) and job schedules. */
export interface Store {
  /** Pools by lower-cased id; each holds its nodes. */
  readonly pools: Map<string, PoolRecord>;
  /** Jobs by lower-cased id; each holds its tasks. */
  readonly jobs: Map<string, JobRecord>;
  /** Job schedules by lower-cased id. */
  readonly jobSchedules: Map<string, JobScheduleRecord>;
  /** True when records survive a restart. */
  readonly durable: boolean;
  /** Highest creation sequence number in use (0 for a new store). */
  readonly maxSeq: number;
  /** Adds a new record to its map (a node to its pool, a task to its job). */
  add(record: StoredRecord): void;
  /** Records that a record changed; written at the next {@link Store.commit}. */
  changed(record: StoredRecord): void;
  /** Removes a record (and, for pools and jobs, what they hold) from its map. */
  remove(record: StoredRecord): void;
  /**
   * Records the process tag of the emulator now using the store
   * (`emulator/src/processTree.ts`) and returns the previous one, so that
   * processes a killed emulator left behind can be found (undefined for a
   * new or in-memory store).
   */
  swapProcessTag(tag: string): string | undefined;
  /** Writes every change since the last commit, atomically. */
  commit(): void;
  /** Commits and releases the store. */
  close(): void;
}

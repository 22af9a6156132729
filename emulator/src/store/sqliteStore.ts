/**
 * The durable store: SQLite (better-sqlite3, WAL journal) in
 * `<dataDir>/state.sqlite`, beside the node and task files. Records are read
 * from memory (loaded once at open); every change is written at the next
 * {@link SqliteStore.commit}, all of it in one transaction. With WAL and
 * `synchronous=NORMAL` a committed transaction survives the process being
 * killed (a power loss may lose the last few). One emulator at a time holds
 * a data directory (an exclusive SQLite lock).
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import type BetterSqlite3 from "better-sqlite3";
import type { NodeRecord, StoredRecord } from "../state/model.js";
import { MemoryStore, idKey } from "./memoryStore.js";
import { jobFromRow, jobScheduleFromRow, nodeFromRow, poolFromRow, taskFromRow, toRow } from "./rows.js";

/** File name of the database inside the data directory. */
export const STATE_FILE = "state.sqlite";

/** Version of the table layout written in `meta`. */
const SCHEMA_VERSION = "1";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pools (k TEXT PRIMARY KEY, seq INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (pool TEXT NOT NULL, k TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (pool, k));
CREATE TABLE IF NOT EXISTS jobs (k TEXT PRIMARY KEY, seq INTEGER NOT NULL, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS tasks (job TEXT NOT NULL, k TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (job, k));
CREATE TABLE IF NOT EXISTS job_schedules (k TEXT PRIMARY KEY, seq INTEGER NOT NULL, body TEXT NOT NULL);
`;

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

interface Row {
  k: string;
  seq: number;
  body: string;
  pool?: string;
  job?: string;
}

/** A {@link MemoryStore} whose records are also kept in SQLite and loaded again at start. */
export class SqliteStore extends MemoryStore {
  override readonly durable = true;
  /** Path of the database file. */
  readonly path: string;
  private readonly db: BetterSqlite3.Database;
  private readonly dirty = new Set<StoredRecord>();
  private readonly dropped: StoredRecord[] = [];
  private readonly put: Record<StoredRecord["kind"], Statement>;
  private readonly del: Record<StoredRecord["kind"], Statement>;
  private readonly delChildren: { pool: Statement; job: Statement };
  private readonly writeAll: () => void;
  private closed = false;

  /**
   * Opens (or creates) the database in a data directory and loads every record.
   * @param dataDir - The emulator's data directory.
   * @throws When the file is not an emulator database of a known layout.
   */
  constructor(dataDir: string) {
    super();
    this.path = join(dataDir, STATE_FILE);
    const Database = createRequire(import.meta.url)("better-sqlite3") as typeof BetterSqlite3;
    this.db = new Database(this.path, { timeout: 100 });
    try {
      // One emulator per data directory: the exclusive lock is taken by the first write below
      // and held until close (the operating system drops it when the process dies).
      this.db.pragma("locking_mode = EXCLUSIVE");
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.db.exec(SCHEMA);
      this.db.exec("BEGIN IMMEDIATE; COMMIT;");
    } catch (e) {
      this.db.close();
      const busy = e instanceof Error && /locked|busy/i.test(e.message);
      throw new Error(
        busy
          ? `${this.path} is in use by another emulator (one emulator per data directory)`
          : `${this.path}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    const version = (this.db.prepare("SELECT v FROM meta WHERE k = 'schema'").get() as { v: string } | undefined)?.v;
    if (version === undefined) this.db.prepare("INSERT INTO meta (k, v) VALUES ('schema', ?)").run(SCHEMA_VERSION);
    else if (version !== SCHEMA_VERSION) throw new Error(`${this.path}: unknown state layout version ${version}`);
    const upsert = (table: string, parent?: string): Statement =>
      parent
        ? this.db.prepare(
            `INSERT INTO ${table} (${parent}, k, seq, body) VALUES (?, ?, ?, ?) ON CONFLICT (${parent}, k) DO UPDATE SET body = excluded.body`,
          )
        : this.db.prepare(
            `INSERT INTO ${table} (k, seq, body) VALUES (?, ?, ?) ON CONFLICT (k) DO UPDATE SET body = excluded.body`,
          );
    this.put = {
      pool: upsert("pools"),
      node: upsert("nodes", "pool"),
      job: upsert("jobs"),
      task: upsert("tasks", "job"),
      jobSchedule: upsert("job_schedules"),
    };
    this.del = {
      pool: this.db.prepare("DELETE FROM pools WHERE k = ?"),
      node: this.db.prepare("DELETE FROM nodes WHERE pool = ? AND k = ?"),
      job: this.db.prepare("DELETE FROM jobs WHERE k = ?"),
      task: this.db.prepare("DELETE FROM tasks WHERE job = ? AND k = ?"),
      jobSchedule: this.db.prepare("DELETE FROM job_schedules WHERE k = ?"),
    };
    this.delChildren = {
      pool: this.db.prepare("DELETE FROM nodes WHERE pool = ?"),
      job: this.db.prepare("DELETE FROM tasks WHERE job = ?"),
    };
    this.writeAll = this.db.transaction(() => this.write());
    this.load();
  }

  private load(): void {
    let maxSeq = 0;
    const rows = (table: string): Row[] => this.db.prepare(`SELECT * FROM ${table} ORDER BY seq`).all() as Row[];
    const nodesById = new Map<string, NodeRecord>();
    for (const r of rows("pools")) {
      const pool = poolFromRow(r.body);
      this.pools.set(r.k, pool);
      maxSeq = Math.max(maxSeq, r.seq);
    }
    for (const r of rows("nodes")) {
      const pool = this.pools.get(r.pool!);
      if (!pool) continue;
      const node = nodeFromRow(r.body, pool);
      pool.nodes.set(r.k, node);
      nodesById.set(`${r.pool}/${r.k}`, node);
      maxSeq = Math.max(maxSeq, r.seq);
    }
    for (const r of rows("jobs")) {
      this.jobs.set(r.k, jobFromRow(r.body));
      maxSeq = Math.max(maxSeq, r.seq);
    }
    const findNode = (poolId: string, nodeId: string): NodeRecord | undefined =>
      nodesById.get(`${idKey(poolId)}/${idKey(nodeId)}`);
    for (const r of rows("tasks")) {
      const job = this.jobs.get(r.job!);
      if (!job) continue;
      const task = taskFromRow(r.body, job, findNode);
      job.tasks.set(r.k, task);
      job.counts[task.state === "preparing" ? "running" : task.state]++;
      maxSeq = Math.max(maxSeq, r.seq);
    }
    for (const r of rows("job_schedules")) {
      this.jobSchedules.set(r.k, jobScheduleFromRow(r.body));
      maxSeq = Math.max(maxSeq, r.seq);
    }
    this.maxSeq = maxSeq;
  }

  override changed(record: StoredRecord): void {
    this.dirty.add(record);
  }

  override remove(record: StoredRecord): void {
    super.remove(record);
    this.dirty.delete(record);
    this.dropped.push(record);
  }

  override commit(): void {
    if (this.closed || (this.dirty.size === 0 && this.dropped.length === 0)) return;
    this.writeAll();
  }

  /** Writes removals, then changed records that still exist (runs inside a transaction). */
  private write(): void {
    for (const r of this.dropped.splice(0)) {
      const k = idKey(r.id);
      if (r.kind === "node") this.del.node.run(idKey(r.pool.id), k);
      else if (r.kind === "task") this.del.task.run(idKey(r.job.id), k);
      else this.del[r.kind].run(k);
      if (r.kind === "pool") this.delChildren.pool.run(k);
      if (r.kind === "job") this.delChildren.job.run(k);
    }
    for (const r of this.dirty) {
      if (r.gone) continue;
      const k = idKey(r.id);
      if (r.kind === "node") {
        if (!r.pool.gone) this.put.node.run(idKey(r.pool.id), k, r.seq, toRow(r));
      } else if (r.kind === "task") {
        if (!r.job.gone) this.put.task.run(idKey(r.job.id), k, r.seq, toRow(r));
      } else {
        this.put[r.kind].run(k, r.seq, toRow(r));
      }
    }
    this.dirty.clear();
  }

  override swapProcessTag(tag: string): string | undefined {
    const previous = (this.db.prepare("SELECT v FROM meta WHERE k = 'processTag'").get() as { v: string } | undefined)
      ?.v;
    this.db
      .prepare("INSERT INTO meta (k, v) VALUES ('processTag', ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v")
      .run(tag);
    return previous;
  }

  override close(): void {
    if (this.closed) return;
    this.commit();
    this.closed = true;
    this.db.close();
  }
}

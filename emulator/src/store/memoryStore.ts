/** The in-memory store: the maps are the state; nothing survives the process. */
import type { JobRecord, JobScheduleRecord, PoolRecord, StoredRecord } from "../state/model.js";
import type { Store } from "./store.js";

/** Lower-cased map key of an id (ids are case-insensitive, case-preserving). */
export function idKey(id: string): string {
  return id.toLowerCase();
}

/** A {@link Store} that keeps records in memory only. {@link SqliteStore} extends it with durability. */
export class MemoryStore implements Store {
  readonly pools = new Map<string, PoolRecord>();
  readonly jobs = new Map<string, JobRecord>();
  readonly jobSchedules = new Map<string, JobScheduleRecord>();
  readonly durable: boolean = false;
  maxSeq = 0;

  add(record: StoredRecord): void {
    switch (record.kind) {
      case "pool":
        this.pools.set(idKey(record.id), record);
        break;
      case "node":
        record.pool.nodes.set(idKey(record.id), record);
        break;
      case "job":
        this.jobs.set(idKey(record.id), record);
        break;
      case "task":
        record.job.tasks.set(idKey(record.id), record);
        break;
      case "jobSchedule":
        this.jobSchedules.set(idKey(record.id), record);
        break;
    }
    this.changed(record);
  }

  changed(_record: StoredRecord): void {
    // In memory the records are the state: nothing else to write.
  }

  remove(record: StoredRecord): void {
    record.gone = true;
    const drop = <T>(map: Map<string, T>, value: T): void => {
      if (map.get(idKey(record.id)) === value) map.delete(idKey(record.id));
    };
    switch (record.kind) {
      case "pool":
        drop(this.pools, record);
        break;
      case "node":
        drop(record.pool.nodes, record);
        break;
      case "job":
        drop(this.jobs, record);
        for (const t of record.tasks.values()) t.gone = true;
        break;
      case "task":
        drop(record.job.tasks, record);
        break;
      case "jobSchedule":
        drop(this.jobSchedules, record);
        break;
    }
  }

  swapProcessTag(_tag: string): string | undefined {
    return undefined; // nothing survives this store, no process of an earlier emulator is ours
  }

  commit(): void {
    // Nothing to make durable.
  }

  close(): void {
    // Nothing to release.
  }
}

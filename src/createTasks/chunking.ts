// Reading the caller's tasks and packing them into addtaskcollection bodies.
//
// Tasks are pulled one at a time from an array, Iterable or AsyncIterable (without a promise per
// task unless the source is async) and serialized once, by the generated serializer: the body of
// a request is joined from these JSON strings (sending.ts), so its size is known exactly. A chunk
// holds at most MAX_TASKS_PER_REQUEST tasks and its body stays under MAX_REQUEST_BODY_BYTES; two
// tasks whose IDs differ only by case never share a chunk. The source is read only when a chunk
// is asked for, so memory is bounded by the chunks in flight.

import type { BatchTaskCreateOptions } from "../../generated/api/models.js";
import { batchTaskCreateOptionsSerializer } from "../../generated/api/serializers.js";
import type { CreateTasksReport } from "./report.js";

/** Most tasks one `addtaskcollection` request may carry (the service's limit). */
export const MAX_TASKS_PER_REQUEST = 100;
/**
 * Largest `addtaskcollection` body createTasks sends, in bytes, exclusive. The service refuses
 * bodies of 1 MB or more; 1,000,000 stays under both readings of "1 MB".
 */
export const MAX_REQUEST_BODY_BYTES = 1_000_000;

/** `{"value":[` + `]}` */
const BODY_OVERHEAD = Buffer.byteLength('{"value":[]}');

/**
 * One task on its way.
 * @internal
 */
export interface TaskEntry {
  /** The task as the caller gave it. */
  task: BatchTaskCreateOptions;
  /** Its ID. */
  id: string;
  /** Its ID in lower case (the service compares IDs case-insensitively). */
  key: string;
  /** Its serialized JSON (what the request body carries), made once when it is read. */
  json: string;
  /** The length of {@link TaskEntry.json}, in bytes. */
  bytes: number;
  /** Requests that carried it (413 answers excluded). */
  attempts: number;
  /** A request carrying it may have reached the service. */
  sent: boolean;
  /** Counted as submitted. */
  counted: boolean;
}

/**
 * The caller's tasks, read one at a time.
 * @internal
 */
export class TaskSource {
  private readonly iterator: Iterator<BatchTaskCreateOptions> | AsyncIterator<BatchTaskCreateOptions>;
  /** The source is an AsyncIterable. */
  private readonly isAsync: boolean;
  /** The source has no more tasks (or threw). */
  done = false;

  /**
   * @param tasks - the caller's tasks.
   * @param report - where tasks that cannot be serialized, and an error the source throws, are recorded.
   */
  constructor(
    private readonly tasks: Iterable<BatchTaskCreateOptions> | AsyncIterable<BatchTaskCreateOptions>,
    private readonly report: CreateTasksReport,
  ) {
    this.isAsync = Symbol.asyncIterator in tasks;
    this.iterator = this.isAsync
      ? (tasks as AsyncIterable<BatchTaskCreateOptions>)[Symbol.asyncIterator]()
      : (tasks as Iterable<BatchTaskCreateOptions>)[Symbol.iterator]();
  }

  /**
   * Reads and measures the next task; `undefined` at the end (or when the source threw: the report
   * stops). For an array or another synchronous Iterable the answer is given at once (no promise
   * per task); only an AsyncIterable's answer is a promise.
   */
  next(): TaskEntry | undefined | Promise<TaskEntry | undefined> {
    for (;;) {
      if (this.done) return undefined;
      let next: IteratorResult<BatchTaskCreateOptions> | Promise<IteratorResult<BatchTaskCreateOptions>>;
      try {
        next = this.iterator.next();
      } catch (e) {
        return this.threw(e);
      }
      if (this.isAsync) return this.nextAsync(next);
      const entry = this.take(next as IteratorResult<BatchTaskCreateOptions>);
      if (entry !== null) return entry;
    }
  }

  private async nextAsync(
    first: IteratorResult<BatchTaskCreateOptions> | Promise<IteratorResult<BatchTaskCreateOptions>>,
  ): Promise<TaskEntry | undefined> {
    let next = first;
    for (;;) {
      let result: IteratorResult<BatchTaskCreateOptions>;
      try {
        result = await next;
      } catch (e) {
        return this.threw(e);
      }
      const entry = this.take(result);
      if (entry !== null) return entry;
      if (this.done) return undefined;
      try {
        next = this.iterator.next();
      } catch (e) {
        return this.threw(e);
      }
    }
  }

  /** One result of the iterator: the entry, `undefined` at the end, `null` for a task that failed to serialize. */
  private take(next: IteratorResult<BatchTaskCreateOptions>): TaskEntry | undefined | null {
    if (next.done) {
      this.done = true;
      return undefined;
    }
    this.report.result.consumed++;
    return measure(next.value, this.report) ?? null;
  }

  private threw(e: unknown): undefined {
    this.done = true;
    this.report.stop(e instanceof Error ? e : new Error(String(e)));
    return undefined;
  }

  /**
   * Ends reading early: the rest of an array is reported as not submitted (and consumed); an
   * iterator is closed (its `return()`), so that it can be resumed by skipping `consumed` tasks.
   */
  async close(): Promise<void> {
    if (this.done) return;
    const { result } = this.report;
    if (Array.isArray(this.tasks)) {
      const array = this.tasks as BatchTaskCreateOptions[];
      for (let i = result.consumed; i < array.length; i++) result.notSubmitted.push(array[i]!);
      result.consumed = array.length;
      return;
    }
    try {
      await this.iterator.return?.();
    } catch {
      // The source's own cleanup failed; the report stands.
    }
  }
}

/** Serializes a task once to measure it; a task that cannot be serialized fails (`InvalidTask`). */
function measure(task: BatchTaskCreateOptions, report: CreateTasksReport): TaskEntry | undefined {
  const id = String(task?.id);
  let json: string;
  try {
    json = JSON.stringify(batchTaskCreateOptionsSerializer(task));
  } catch (e) {
    report.failUnsent(
      { task, id, key: "", json: "", bytes: 0, attempts: 0, sent: false, counted: false },
      "InvalidTask",
      `The task could not be serialized: ${(e as Error).message}`,
    );
    return undefined;
  }
  return {
    task,
    id,
    key: id.toLowerCase(),
    json,
    bytes: Buffer.byteLength(json),
    attempts: 0,
    sent: false,
    counted: false,
  };
}

/**
 * Packs the source's tasks into chunks, one chunk at a time (an iterator must not be read
 * concurrently, so concurrent callers of {@link Chunker.next} are queued).
 * @internal
 */
export class Chunker {
  /** The task read last that did not fit into the previous chunk. */
  private carry: TaskEntry | undefined;
  private building: Promise<unknown> = Promise.resolve();

  /**
   * @param source - the tasks.
   * @param report - where tasks too large to send are recorded, and whether to stop.
   * @param isStopped - true once no new chunk may be started (abort or fatal error).
   */
  constructor(
    private readonly source: TaskSource,
    private readonly report: CreateTasksReport,
    private readonly isStopped: () => boolean,
  ) {}

  /** The next chunk to send, or `undefined` when there is none (end of the source, or stopped). */
  next(): Promise<TaskEntry[] | undefined> {
    const chunk = this.building.then(() => this.build());
    this.building = chunk.catch(() => undefined);
    return chunk;
  }

  /** Reports the task left over, if any, as not submitted. */
  flush(): void {
    if (this.carry) this.report.result.notSubmitted.push(this.carry.task);
    this.carry = undefined;
  }

  private async build(): Promise<TaskEntry[] | undefined> {
    const chunk: TaskEntry[] = [];
    const keys = new Set<string>();
    let bytes = BODY_OVERHEAD;
    for (;;) {
      if (this.isStopped()) break;
      let entry = this.carry ?? this.source.next();
      if (entry instanceof Promise) entry = await entry;
      this.carry = undefined;
      if (!entry) break;
      if (BODY_OVERHEAD + entry.bytes >= MAX_REQUEST_BODY_BYTES) {
        this.report.failUnsent(
          entry,
          "RequestBodyTooLarge",
          `Task '${entry.id}' serializes to ${entry.bytes} bytes: an addtaskcollection body holding only it would be ` +
            `${BODY_OVERHEAD + entry.bytes} bytes, not under the limit of ${MAX_REQUEST_BODY_BYTES}. It was not sent.`,
        );
        continue;
      }
      const added = entry.bytes + (chunk.length > 0 ? 1 : 0);
      if (chunk.length >= MAX_TASKS_PER_REQUEST || bytes + added >= MAX_REQUEST_BODY_BYTES || keys.has(entry.key)) {
        this.carry = entry;
        break;
      }
      chunk.push(entry);
      keys.add(entry.key);
      bytes += added;
    }
    if (this.isStopped()) {
      // Read but never sent.
      for (const entry of chunk) this.report.result.notSubmitted.push(entry.task);
      this.flush();
      return undefined;
    }
    return chunk.length > 0 ? chunk : undefined;
  }
}

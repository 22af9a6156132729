// The running account of one createTasks call: every task read ends in exactly one of `created`
// (counted, and reported to `onTaskCreated`), `failed` (listed with its error) or `notSubmitted`.

import type { BatchTaskCreateResult } from "../../generated/api/models.js";
import type { CreateTasksFailedTask, CreateTasksOptionalParams, CreateTasksResult } from "../createTasks.js";
import type { TaskEntry } from "./chunking.js";

/**
 * The result being built, the counters progress reports need, and whether submission must stop.
 * @internal
 */
export class CreateTasksReport {
  /** The result handed back (or carried by `CreateTasksError`). */
  readonly result: CreateTasksResult = {
    created: 0,
    failed: [],
    notSubmitted: [],
    consumed: 0,
    retried: 0,
    aborted: false,
  };
  /** Tasks sent at least once. */
  private submitted = 0;
  /** Tasks failed without being sent (in `failed`, never in `submitted`). */
  private failedUnsent = 0;
  /** Set by a fatal error: no new chunk is started and the source is not read further. */
  stopped = false;

  /**
   * @param options - the callbacks to report to.
   */
  constructor(private readonly options: Pick<CreateTasksOptionalParams, "onProgress" | "onTaskCreated">) {}

  /** Counts the entries as submitted (once each) and as carried by one more request. */
  markSending(entries: readonly TaskEntry[]): void {
    for (const entry of entries) {
      if (!entry.counted) this.submitted++;
      entry.counted = true;
      entry.attempts++;
    }
  }

  /** Whether the created tasks' results are wanted (`onTaskCreated` is set). */
  get wantsResults(): boolean {
    return this.options.onTaskCreated !== undefined;
  }

  /**
   * Records a task the service created.
   * @param result - its result in the client model; given whenever {@link CreateTasksReport.wantsResults}.
   */
  created(result?: BatchTaskCreateResult): void {
    this.result.created++;
    if (result) this.options.onTaskCreated?.(result);
  }

  /** Records a task that will not be created. */
  fail(entry: TaskEntry, code: string, message: string, extra: Partial<CreateTasksFailedTask> = {}): void {
    this.result.failed.push({ task: entry.task, code, message, attempts: entry.attempts, ...extra });
  }

  /** Records a task that fails before it is ever sent. */
  failUnsent(entry: TaskEntry, code: string, message: string): void {
    this.failedUnsent++;
    this.fail(entry, code, message);
  }

  /** Stops the submission because of `error` (the first such error is the result's `fatalError`). */
  stop(error: Error): void {
    this.stopped = true;
    this.result.fatalError ??= error;
  }

  /** Reports the running totals to `onProgress`. */
  progress(): void {
    const { created, failed, retried } = this.result;
    this.options.onProgress?.({
      submitted: this.submitted,
      created,
      failed: failed.length,
      retried,
      pending: Math.max(0, this.submitted - created - failed.length + this.failedUnsent),
    });
  }
}

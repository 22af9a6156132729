/**
 * The service-defined variables of the autoscale formula language. Their
 * names are matched without regard to case; user variables are case-sensitive.
 */

/** Read-write variables (targets and the deallocation option), by canonical name. */
export const READ_WRITE_VARIABLES = [
  "$TargetDedicatedNodes",
  "$TargetDedicated",
  "$TargetLowPriorityNodes",
  "$TargetLowPriority",
  "$NodeDeallocationOption",
] as const;

/**
 * Read-only variables. Each is a time series with sample methods; used as a
 * plain value it stands for its current value.
 */
export const READ_ONLY_VARIABLES = [
  "$CPUPercent",
  "$WallClockSeconds",
  "$MemoryBytes",
  "$DiskBytes",
  "$DiskReadBytes",
  "$DiskWriteBytes",
  "$DiskReadOps",
  "$DiskWriteOps",
  "$NetworkInBytes",
  "$NetworkOutBytes",
  "$SampleNodeCount",
  "$ActiveTasks",
  "$RunningTasks",
  "$PendingTasks",
  "$SucceededTasks",
  "$FailedTasks",
  "$TaskSlotsPerNode",
  "$CurrentDedicatedNodes",
  "$CurrentLowPriorityNodes",
  "$PreemptedNodeCount",
] as const;

/** Name of a read-only variable without `$` (`PendingTasks`). */
export type MetricName = (typeof READ_ONLY_VARIABLES)[number] extends `$${infer N}` ? N : never;

const byLower = new Map<string, string>(
  [...READ_WRITE_VARIABLES, ...READ_ONLY_VARIABLES].map((n) => [n.toLowerCase(), n]),
);

/**
 * The canonical name of a service-defined variable, or undefined for a user variable.
 * @param name - Name as written.
 */
export function serviceVariable(name: string): string | undefined {
  return name.startsWith("$") ? byLower.get(name.toLowerCase()) : undefined;
}

/** True when the canonical name is read-only. */
export function isReadOnly(canonical: string): boolean {
  return (READ_ONLY_VARIABLES as readonly string[]).includes(canonical);
}

/** Sample methods a read-only variable has, with the arguments each takes. */
export const SAMPLE_METHODS: Readonly<Record<string, { min: number; max: number }>> = {
  GetSample: { min: 1, max: 3 },
  GetSamplePercent: { min: 1, max: 2 },
  GetSamplePeriod: { min: 0, max: 0 },
  Count: { min: 0, max: 0 },
  HistoryBeginTime: { min: 0, max: 0 },
};

/** Members of a timestamp. */
export const TIMESTAMP_MEMBERS = ["year", "month", "day", "weekday", "hour", "minute", "second"] as const;

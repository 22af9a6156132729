/**
 * Values of the autoscale formula language and how `autoScaleRun.results`
 * renders them.
 */

/** A value: double, doubleVec, string, timestamp or timeinterval. */
export type Value =
  | { type: "double"; value: number }
  | { type: "doubleVec"; values: number[] }
  | { type: "string"; value: string }
  | { type: "timestamp"; ms: number }
  | { type: "timeinterval"; ms: number };

/** A double. */
export const double = (value: number): Value => ({ type: "double", value });
/** A truth value as the language has it: 1 or 0. */
export const truth = (b: boolean): Value => double(b ? 1 : 0);

/** The `TimeInterval_*` constants, in milliseconds. */
export const TIME_INTERVALS: Readonly<Record<string, number>> = {
  TimeInterval_Zero: 0,
  TimeInterval_100ns: 0.0001,
  TimeInterval_Microsecond: 0.001,
  TimeInterval_Millisecond: 1,
  TimeInterval_Second: 1000,
  TimeInterval_Minute: 60_000,
  TimeInterval_Hour: 3_600_000,
  TimeInterval_Day: 86_400_000,
  TimeInterval_Week: 604_800_000,
  TimeInterval_Year: 31_536_000_000,
};

/** The values `$NodeDeallocationOption` takes, which a formula writes as bare words. */
export const DEALLOCATION_OPTIONS = ["requeue", "terminate", "taskcompletion", "retaineddata"] as const;

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(15)));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** Renders a time interval like a .NET `TimeSpan`: `[-][d.]hh:mm:ss[.fffffff]`. */
function formatInterval(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const ticks = Math.round(Math.abs(ms) * 10_000);
  const totalSeconds = Math.floor(ticks / 10_000_000);
  const fraction = ticks % 10_000_000;
  const days = Math.floor(totalSeconds / 86_400);
  const rest = totalSeconds % 86_400;
  const clock = `${pad(Math.floor(rest / 3600))}:${pad(Math.floor((rest % 3600) / 60))}:${pad(rest % 60)}`;
  return `${sign}${days > 0 ? `${days}.` : ""}${clock}${fraction > 0 ? `.${pad(fraction, 7)}` : ""}`;
}

/**
 * Renders a value for `autoScaleRun.results`: doubles as numbers (`10`, `1.1`),
 * vectors as `[1,2,3]`, timestamps as `2016-10-13T19:18:47.805Z`, strings as is.
 * @param v - The value.
 * @returns Its text.
 */
export function formatValue(v: Value): string {
  switch (v.type) {
    case "double":
      return formatNumber(v.value);
    case "doubleVec":
      return `[${v.values.map(formatNumber).join(",")}]`;
    case "string":
      return v.value;
    case "timestamp":
      return new Date(v.ms).toISOString();
    case "timeinterval":
      return formatInterval(v.ms);
  }
}

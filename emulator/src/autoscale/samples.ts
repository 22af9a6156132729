/**
 * Sample data behind the read-only service variables (`$PendingTasks`,
 * `$CPUPercent`, ...): a time series per metric, one sample each 30 seconds,
 * and the sample methods a formula calls on them (`GetSample`,
 * `GetSamplePercent`, `GetSamplePeriod`, `Count`, `HistoryBeginTime`).
 */

/** How often the service takes a sample. */
export const SAMPLE_PERIOD_MS = 30_000;
/** How much history {@link MetricHistory} keeps. */
export const HISTORY_RETENTION_MS = 24 * 3_600_000;

/** One sample of one metric. */
export interface MetricSample {
  /** When it was taken (ms since the epoch). */
  time: number;
  value: number;
}

/** The samples of one metric in a window, and what share of the expected samples they are. */
export interface SampleWindow {
  values: number[];
  /** 0..100. */
  percent: number;
}

/**
 * The samples of one metric, oldest first, seen from the evaluation time.
 */
export class SampleSeries {
  private readonly samples: MetricSample[];
  /**
   * @param samples - Samples in any order; those after `now` are ignored.
   * @param now - Evaluation time (ms since the epoch).
   */
  constructor(
    samples: readonly MetricSample[],
    private readonly now: number,
  ) {
    this.samples = samples.filter((s) => s.time <= now && Number.isFinite(s.value)).sort((a, b) => a.time - b.time);
  }

  /** `GetSample(count)`: the most recent `count` samples, oldest first. */
  last(count: number): number[] {
    const n = Math.max(0, Math.floor(count));
    return n === 0 ? [] : this.samples.slice(-n).map((s) => s.value);
  }

  /**
   * The samples taken in `(start, end]` and the share they are of the samples
   * the service would have taken in that time (one per {@link SAMPLE_PERIOD_MS}).
   * @param start - Window start (ms since the epoch).
   * @param end - Window end (ms since the epoch).
   */
  window(start: number, end: number): SampleWindow {
    const lo = Math.min(start, end);
    const hi = Math.max(start, end);
    const values = this.samples.filter((s) => s.time > lo && s.time <= hi).map((s) => s.value);
    const expected = Math.max(1, Math.floor((hi - lo) / SAMPLE_PERIOD_MS));
    return { values, percent: Math.min(100, (values.length / expected) * 100) };
  }

  /** `Count()`: number of samples in the history. */
  count(): number {
    return this.samples.length;
  }

  /** `HistoryBeginTime()`: time of the oldest sample, or `now` when there is none. */
  historyBegin(): number {
    return this.samples[0]?.time ?? this.now;
  }
}

/**
 * Records metric values over time for later evaluations: at most one sample
 * per metric per {@link SAMPLE_PERIOD_MS}, kept for {@link HISTORY_RETENTION_MS}.
 */
export class MetricHistory {
  private readonly series = new Map<string, MetricSample[]>();

  /**
   * Records the current values, unless a sample was taken less than a sample period ago.
   * @param time - Now (ms since the epoch).
   * @param values - Metric values by variable name without `$` (`PendingTasks`).
   */
  record(time: number, values: Readonly<Record<string, number>>): void {
    for (const [name, value] of Object.entries(values)) {
      let list = this.series.get(name);
      if (!list) this.series.set(name, (list = []));
      const last = list[list.length - 1];
      if (last && time - last.time < SAMPLE_PERIOD_MS) continue;
      list.push({ time, value });
      while (list.length > 0 && time - list[0]!.time > HISTORY_RETENTION_MS) list.shift();
    }
  }

  /** The recorded samples by metric name. */
  samples(): Record<string, MetricSample[]> {
    return Object.fromEntries([...this.series].map(([k, v]) => [k, [...v]]));
  }
}

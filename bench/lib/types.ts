/** The shapes every benchmark case works with: its context, and what it reports. */

/** One measured series: a subject (client, variant) and its samples. */
export interface Row {
  subject: string;
  samples: number[];
  /** Shown next to the subject, e.g. "not available: no azbatch/api entry". */
  note?: string;
}

/** One metric of a case, e.g. requests/s of getPool, with one row per subject. */
export interface MetricGroup {
  /** File-name friendly id, used for the chart (`<id>.svg`). */
  id: string;
  title: string;
  unit: string;
  /** Whether a bigger figure is better (requests/s) or worse (ms, bytes). */
  higherIsBetter: boolean;
  rows: Row[];
  /** Subjects that every row is compared with (ratio of medians, row / peer). */
  peers: string[];
}

/** A target of the issue, reported against, never asserted. */
export interface Target {
  text: string;
  /** true met, false missed, undefined when it could not be measured in this run. */
  met: boolean | undefined;
  /** The figures behind the verdict. */
  detail: string;
}

/** What one case reports. */
export interface CaseResult {
  id: string;
  title: string;
  groups: MetricGroup[];
  targets: Target[];
  /** Sizes used and anything a reader must know to read the figures. */
  notes: string[];
}

/** Settings of a run that every case reads. */
export interface CaseContext {
  /** Small sizes, for CI: figures are not meaningful. */
  quick: boolean;
  /** Measured repetitions. */
  reps: number;
  /** Unmeasured warm-up rounds. */
  warmup: number;
  /** Extra node flags for child processes that run clients (e.g. `--cpu-prof`). */
  clientExecArgv: string[];
  /** Run only the subjects whose name contains this (for profiling one client). */
  subjectFilter?: string;
  /** A scratch directory for this run (deleted at the end). */
  scratchDir: string;
  log(message: string): void;
}

/** A benchmark case. */
export interface BenchCase {
  id: string;
  title: string;
  run(ctx: CaseContext): Promise<CaseResult>;
}

/** Summary statistics of repeated measurements. */

/** Median, minimum and maximum of a series of measurements. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  samples: number[];
}

/** The median, min and max of `samples` (which must not be empty). */
export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new Error("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], samples };
}

/** Seconds elapsed since `start` (a `process.hrtime.bigint()` value). */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Runs `total` calls of `call(i)` with at most `concurrency` in flight, and resolves when all
 * are done (rejects on the first failure).
 */
export async function runConcurrently(
  total: number,
  concurrency: number,
  call: (i: number) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < total) await call(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
}

/**
 * Runs `warmup` unmeasured rounds, then `reps` measured rounds. In each round every subject runs
 * once, in turn (interleaved, so that drift of a shared machine spreads over all subjects alike).
 * `measure` returns one sample per subject run; the result maps each subject to its samples.
 * With `rounds.subjectFilter`, only subjects whose name contains it run (the others get none).
 */
export async function interleaved<S extends string>(
  subjects: readonly S[],
  rounds: { warmup: number; reps: number; subjectFilter?: string },
  measure: (subject: S, round: { warmup: boolean; index: number }) => Promise<number[]>,
): Promise<Map<S, number[][]>> {
  const samples = new Map<S, number[][]>(subjects.map((s) => [s, []]));
  for (let i = 0; i < rounds.warmup + rounds.reps; i++) {
    for (const subject of subjects) {
      if (rounds.subjectFilter && !subject.includes(rounds.subjectFilter)) continue;
      const values = await measure(subject, { warmup: i < rounds.warmup, index: i });
      if (i >= rounds.warmup) samples.get(subject)!.push(values);
    }
  }
  return samples;
}

/** Column `k` of each sample tuple: `[[a0, b0], [a1, b1]]`, 1 gives `[b0, b1]`. */
export function column(samples: number[][], k: number): number[] {
  return samples.map((s) => s[k]);
}

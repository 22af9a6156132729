/**
 * Autoscale on the emulator's pools: checks formulas as the service does when
 * one is set, and evaluates them against the pool's current state with the
 * formula language in `emulator/src/autoscale/`. While autoscale is on, the
 * pool's metrics are sampled every 30 seconds of the emulator's clock
 * ({@link recordPoolSample}, armed by `engine/pools.ts`), and each evaluation
 * first records a sample too (at most one per 30 seconds), so `GetSample` over
 * a time window sees the pool's history. The history lives in memory: after a
 * restart it begins again.
 */
import {
  evaluateAutoScale,
  FormulaSyntaxError,
  FormulaTooLongError,
  MetricHistory,
  parseAutoScaleFormula,
  type AutoScaleOutcome,
} from "../autoscale/index.js";
import { BatchServiceError } from "../errors.js";
import type { Account } from "../state/account.js";
import type { PoolRecord } from "../state/model.js";
import { dependenciesSatisfied } from "./tasks.js";

const histories = new WeakMap<PoolRecord, MetricHistory>();

/**
 * Checks a formula; a formula that does not parse is the service's 400 `AutoScalingFormulaSyntaxError`
 * with the position in `values` (`Message`: `Line 1, Col 6: ...`).
 * @param formula - The formula.
 * @throws BatchServiceError 400 `AutoScalingFormulaSyntaxError` or `AutoScalingFormulaTooLong`.
 */
export function checkAutoScaleFormula(formula: string): void {
  try {
    parseAutoScaleFormula(formula);
  } catch (err) {
    if (err instanceof FormulaTooLongError)
      throw new BatchServiceError(
        400,
        "AutoScalingFormulaTooLong",
        "The specified auto-scaling formula exceeds lengths limit.",
        [{ key: "Message", value: err.message }],
      );
    if (err instanceof FormulaSyntaxError)
      throw new BatchServiceError(
        400,
        "AutoScalingFormulaSyntaxError",
        "The specified auto-scaling formula has a syntax error.",
        [{ key: "Message", value: err.message }],
      );
    throw err;
  }
}

/**
 * The values of the read-only formula variables for a pool now: task counts over
 * the jobs that run on the pool, node counts, and the pool's task slots. Resource
 * metrics ($CPUPercent, $MemoryBytes, disk and network) are 0: the emulator does not measure them.
 * @param account - Owning account.
 * @param pool - The pool.
 */
export function poolMetrics(account: Account, pool: PoolRecord): Record<string, number> {
  let active = 0;
  let running = 0;
  let succeeded = 0;
  let failed = 0;
  for (const job of account.jobs.values()) {
    if (job.gone || job.poolId?.toLowerCase() !== pool.id.toLowerCase()) continue;
    for (const task of job.tasks.values()) {
      if (task.gone) continue;
      if (task.state === "active" && dependenciesSatisfied(task)) active++;
      else if (task.state === "running" || task.state === "preparing") running++;
      else if (task.state === "completed") {
        if (task.exec.result === "failure") failed++;
        else succeeded++;
      }
    }
  }
  const nodes = [...pool.nodes.values()].filter((n) => !n.gone);
  return {
    ActiveTasks: active,
    RunningTasks: running,
    PendingTasks: active + running,
    SucceededTasks: succeeded,
    FailedTasks: failed,
    CurrentDedicatedNodes: nodes.filter((n) => n.isDedicated).length,
    CurrentLowPriorityNodes: nodes.filter((n) => !n.isDedicated).length,
    PreemptedNodeCount: nodes.filter((n) => n.state === "preempted").length,
    SampleNodeCount: nodes.length,
    TaskSlotsPerNode: pool.taskSlotsPerNode,
  };
}

function historyOf(pool: PoolRecord): MetricHistory {
  let history = histories.get(pool);
  if (!history) histories.set(pool, (history = new MetricHistory()));
  return history;
}

/**
 * Records a sample of the pool's metrics (ignored when one was taken less than 30 s ago).
 * @param account - Owning account.
 * @param pool - The pool.
 * @param now - Sample time.
 */
export function recordPoolSample(account: Account, pool: PoolRecord, now: Date): void {
  historyOf(pool).record(now.getTime(), poolMetrics(account, pool));
}

/**
 * Records a sample of the pool's metrics and evaluates a formula against them.
 * @param account - Owning account.
 * @param pool - The pool.
 * @param formula - The formula (checked with {@link checkAutoScaleFormula}).
 * @param now - Evaluation time.
 * @returns The outcome (`results`, `error`, targets).
 */
export function evaluatePoolFormula(
  account: Account,
  pool: PoolRecord,
  formula: string,
  now = new Date(),
): AutoScaleOutcome {
  checkAutoScaleFormula(formula);
  const history = historyOf(pool);
  const metrics = poolMetrics(account, pool);
  history.record(now.getTime(), metrics);
  return evaluateAutoScale(formula, {
    now: now.getTime(),
    metrics,
    history: history.samples(),
    targetDedicatedNodes: pool.targetDedicatedNodes,
    targetLowPriorityNodes: pool.targetLowPriorityNodes,
  });
}

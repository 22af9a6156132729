/**
 * Evaluates a checked formula against the pool's current values and sample
 * history, statement by statement, and collects the variables it assigns.
 */
import type { Expr, Formula } from "./ast.js";
import { evaluationError, FormulaEvaluationError, INSUFFICIENT_SAMPLE_DATA, type SourcePosition } from "./errors.js";
import { BUILT_INS, StopEvaluation } from "./functions.js";
import { applyBinary, applyUnary } from "./operators.js";
import { SAMPLE_PERIOD_MS, SampleSeries, type MetricSample } from "./samples.js";
import { DEALLOCATION_OPTIONS, double, TIME_INTERVALS, truth, type Value } from "./values.js";
import { serviceVariable, TIMESTAMP_MEMBERS } from "./variables.js";

/** What a formula sees of the pool. */
export interface EvaluationInput {
  /** Evaluation time (ms since the epoch). */
  now: number;
  /** Current values of the read-only variables by name without `$` (`PendingTasks`); missing ones are 0. */
  metrics: Readonly<Record<string, number>>;
  /** Sample history by name without `$`; a metric without history has one sample: its current value, taken now. */
  history?: Readonly<Record<string, readonly MetricSample[]>>;
  /** The pool's targets before the evaluation (what `$TargetDedicatedNodes` reads before it is assigned). */
  targetDedicatedNodes: number;
  targetLowPriorityNodes: number;
  /** Random numbers in [0, 1) for `rand()` (default `Math.random`). */
  random?: () => number;
}

/** What an evaluation produced. */
export interface EvaluationOutput {
  /** Assigned variables in assignment order, by name as written (first spelling wins). */
  assigned: Map<string, Value>;
  /** Set when the evaluation failed; `assigned` then holds what was assigned before. */
  error?: FormulaEvaluationError;
}

/**
 * Evaluates a formula.
 * @param formula - A parsed and checked formula.
 * @param input - The pool's values.
 * @returns The assigned variables, and the error if the evaluation failed.
 */
export function evaluate(formula: Formula, input: EvaluationInput): EvaluationOutput {
  const assigned = new Map<string, Value>();
  const canonicalValues = new Map<string, Value>([
    ["$TargetDedicatedNodes", double(input.targetDedicatedNodes)],
    ["$TargetLowPriorityNodes", double(input.targetLowPriorityNodes)],
    ["$NodeDeallocationOption", { type: "string", value: "requeue" }],
  ]);
  const user = new Map<string, Value>();
  const random = input.random ?? Math.random;
  const seriesCache = new Map<string, SampleSeries>();

  const series = (metric: string): SampleSeries => {
    let s = seriesCache.get(metric);
    if (!s) {
      const history = input.history?.[metric];
      s = new SampleSeries(history ?? [{ time: input.now, value: input.metrics[metric] ?? 0 }], input.now);
      seriesCache.set(metric, s);
    }
    return s;
  };

  const alias = (canonical: string): string =>
    canonical === "$TargetDedicated"
      ? "$TargetDedicatedNodes"
      : canonical === "$TargetLowPriority"
        ? "$TargetLowPriorityNodes"
        : canonical;

  const readName = (name: string, at: SourcePosition): Value => {
    const canonical = serviceVariable(name);
    if (canonical) {
      const rw = canonicalValues.get(alias(canonical));
      if (rw) return rw;
      const metric = canonical.slice(1);
      return double(input.metrics[metric] ?? series(metric).last(1)[0] ?? 0);
    }
    const v = user.get(name);
    if (v) return v;
    if (name in TIME_INTERVALS) return { type: "timeinterval", ms: TIME_INTERVALS[name]! };
    if ((DEALLOCATION_OPTIONS as readonly string[]).includes(name)) return { type: "string", value: name };
    throw evaluationError(at, `Undefined variable '${name}'.`);
  };

  const timeArg = (v: Value, at: SourcePosition): number => {
    if (v.type === "timeinterval") return input.now - v.ms;
    if (v.type === "timestamp") return v.ms;
    throw evaluationError(at, `Expected a timestamp or timeinterval, not a ${v.type}.`);
  };

  const sampleMethod = (metricVar: string, method: string, args: Value[], at: SourcePosition): Value => {
    const metric = metricVar.slice(1);
    const s = series(metric);
    switch (method) {
      case "GetSample": {
        const [first, second, third] = args;
        if (first!.type === "double" && args.length === 1) return { type: "doubleVec", values: s.last(first!.value) };
        const start = timeArg(first!, at);
        let end = input.now;
        let wanted: number | undefined;
        if (second?.type === "double") {
          wanted = second.value;
          if (third) throw evaluationError(at, "GetSample takes the sample percentage last.");
        } else if (second) {
          end = timeArg(second, at);
          if (third) {
            if (third.type !== "double")
              throw evaluationError(at, `Expected a sample percentage, not a ${third.type}.`);
            wanted = third.value;
          }
        }
        const w = s.window(start, end);
        if (wanted !== undefined && w.percent < wanted) {
          throw new FormulaEvaluationError(
            INSUFFICIENT_SAMPLE_DATA,
            "Autoscale evaluation failed due to insufficient sample data",
            at,
            `Insufficient data from data set: ${metricVar} wanted ${wanted}%, received ${Math.floor(w.percent)}%`,
          );
        }
        return { type: "doubleVec", values: w.values };
      }
      case "GetSamplePercent": {
        const start = timeArg(args[0]!, at);
        const end = args[1] ? timeArg(args[1], at) : input.now;
        return double(s.window(start, end).percent);
      }
      case "GetSamplePeriod":
        return { type: "timeinterval", ms: SAMPLE_PERIOD_MS };
      case "Count":
        return double(s.count());
      default:
        return { type: "timestamp", ms: s.historyBegin() };
    }
  };

  const isTrue = (v: Value, at: SourcePosition): boolean => {
    if (v.type !== "double") throw evaluationError(at, `Expected a double as a condition, not a ${v.type}.`);
    return v.value !== 0;
  };

  const evalExpr = (e: Expr): Value => {
    switch (e.kind) {
      case "number":
        return double(e.value);
      case "string":
        return { type: "string", value: e.value };
      case "name":
        return readName(e.name, e.at);
      case "unary":
        return applyUnary(e.op, evalExpr(e.operand), e.at);
      case "binary":
        if (e.op === "&&") return truth(isTrue(evalExpr(e.left), e.at) && isTrue(evalExpr(e.right), e.at));
        if (e.op === "||") return truth(isTrue(evalExpr(e.left), e.at) || isTrue(evalExpr(e.right), e.at));
        return applyBinary(e.op, evalExpr(e.left), evalExpr(e.right), e.at);
      case "conditional":
        return isTrue(evalExpr(e.test), e.at) ? evalExpr(e.then) : evalExpr(e.otherwise);
      case "call":
        return BUILT_INS[e.callee]!.call(e.args.map(evalExpr), { now: input.now, random, at: e.at });
      case "method":
        return sampleMethod(
          serviceVariable((e.target as { name: string }).name)!,
          e.method,
          e.args.map(evalExpr),
          e.at,
        );
      case "member": {
        const t = evalExpr(e.target);
        if (t.type !== "timestamp") throw evaluationError(e.at, `A ${t.type} has no member '${e.member}'.`);
        if (!(TIMESTAMP_MEMBERS as readonly string[]).includes(e.member))
          throw evaluationError(e.at, `A timestamp has no member '${e.member}'.`);
        const d = new Date(t.ms);
        const parts: Record<string, number> = {
          year: d.getUTCFullYear(),
          month: d.getUTCMonth() + 1,
          day: d.getUTCDate(),
          weekday: d.getUTCDay(),
          hour: d.getUTCHours(),
          minute: d.getUTCMinutes(),
          second: d.getUTCSeconds(),
        };
        return double(parts[e.member]!);
      }
    }
  };

  try {
    for (const s of formula.statements) {
      const value = evalExpr(s.value);
      if (value.type === "double" && !Number.isFinite(value.value))
        throw evaluationError(s.at, `'${s.target}' evaluated to ${value.value}.`);
      const canonical = serviceVariable(s.target);
      if (canonical) {
        if (canonical === "$NodeDeallocationOption") {
          if (value.type !== "string" || !(DEALLOCATION_OPTIONS as readonly string[]).includes(value.value)) {
            throw evaluationError(s.at, `$NodeDeallocationOption must be one of ${DEALLOCATION_OPTIONS.join(", ")}.`);
          }
        } else if (value.type !== "double") {
          throw evaluationError(s.at, `${canonical} must be a double, not a ${value.type}.`);
        }
        canonicalValues.set(alias(canonical), value);
        const existing = [...assigned.keys()].find((k) => serviceVariable(k) === canonical);
        assigned.set(existing ?? s.target, value);
      } else {
        user.set(s.target, value);
        assigned.set(s.target, value);
      }
    }
  } catch (err) {
    if (err instanceof StopEvaluation) return { assigned };
    if (err instanceof FormulaEvaluationError) return { assigned, error: err };
    throw err;
  }
  return { assigned };
}

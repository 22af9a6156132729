/**
 * The built-in functions of the autoscale formula language (the documented
 * list: avg, len, lg, ln, log, max, min, norm, percentile, rand, range, std,
 * stop, sum, time, val). Functions that take a doubleVecList accept any mix
 * of doubles and doubleVecs and flatten them into one vector.
 */
import { evaluationError, type SourcePosition } from "./errors.js";
import { double, type Value } from "./values.js";

/** What a function can see besides its arguments. */
export interface FunctionContext {
  /** Evaluation time (ms since the epoch). */
  now: number;
  /** Random numbers in [0, 1). */
  random: () => number;
  /** Where the call is, for errors. */
  at: SourcePosition;
}

/** Thrown by `stop()` to end the evaluation. */
export class StopEvaluation extends Error {}

/** A built-in function. */
export interface BuiltIn {
  /** Fewest arguments. */
  min: number;
  /** Most arguments (Infinity for lists). */
  max: number;
  call(args: Value[], ctx: FunctionContext): Value;
}

function flatten(args: Value[], ctx: FunctionContext, fn: string): number[] {
  const out: number[] = [];
  for (const a of args) {
    if (a.type === "double") out.push(a.value);
    else if (a.type === "doubleVec") out.push(...a.values);
    else throw evaluationError(ctx.at, `${fn}() takes doubles and doubleVecs, not a ${a.type}.`);
  }
  return out;
}

function nonEmpty(args: Value[], ctx: FunctionContext, fn: string): number[] {
  const v = flatten(args, ctx, fn);
  if (v.length === 0) throw evaluationError(ctx.at, `${fn}() of an empty vector.`);
  return v;
}

function reduce(fn: string, f: (v: number[]) => number): BuiltIn {
  return { min: 1, max: Infinity, call: (args, ctx) => double(f(nonEmpty(args, ctx, fn))) };
}

function componentWise(fn: string, f: (x: number) => number): BuiltIn {
  return {
    min: 1,
    max: Infinity,
    call: (args, ctx) => {
      if (args.length === 1 && args[0]!.type === "double") return double(f(args[0]!.value));
      return { type: "doubleVec", values: flatten(args, ctx, fn).map(f) };
    },
  };
}

function argDouble(v: Value, ctx: FunctionContext, fn: string): number {
  if (v.type !== "double") throw evaluationError(ctx.at, `${fn}() expects a double, not a ${v.type}.`);
  return v.value;
}

const sum = (v: number[]): number => v.reduce((a, b) => a + b, 0);

/** The built-in functions by name. */
export const BUILT_INS: Readonly<Record<string, BuiltIn>> = {
  avg: reduce("avg", (v) => sum(v) / v.length),
  len: { min: 1, max: Infinity, call: (args, ctx) => double(flatten(args, ctx, "len").length) },
  lg: componentWise("lg", Math.log2),
  ln: componentWise("ln", Math.log),
  log: componentWise("log", Math.log10),
  max: reduce("max", (v) => Math.max(...v)),
  min: reduce("min", (v) => Math.min(...v)),
  norm: {
    min: 1,
    max: Infinity,
    call: (args, ctx) => double(Math.sqrt(sum(flatten(args, ctx, "norm").map((x) => x * x)))),
  },
  percentile: {
    min: 2,
    max: 2,
    call: (args, ctx) => {
      const v = nonEmpty([args[0]!], ctx, "percentile").sort((a, b) => a - b);
      const p = argDouble(args[1]!, ctx, "percentile");
      if (p < 0 || p > 100) throw evaluationError(ctx.at, `percentile() expects a percentage from 0 to 100, not ${p}.`);
      const rank = Math.max(1, Math.ceil((p / 100) * v.length));
      return double(v[rank - 1]!);
    },
  },
  rand: { min: 0, max: 0, call: (_args, ctx) => double(ctx.random()) },
  range: reduce("range", (v) => Math.max(...v) - Math.min(...v)),
  std: reduce("std", (v) => {
    if (v.length < 2) return 0;
    const mean = sum(v) / v.length;
    return Math.sqrt(sum(v.map((x) => (x - mean) ** 2)) / (v.length - 1));
  }),
  stop: {
    min: 0,
    max: 0,
    call: () => {
      throw new StopEvaluation();
    },
  },
  sum: { min: 1, max: Infinity, call: (args, ctx) => double(sum(flatten(args, ctx, "sum"))) },
  time: {
    min: 0,
    max: 1,
    call: (args, ctx) => {
      const arg = args[0];
      if (arg === undefined) return { type: "timestamp", ms: ctx.now };
      if (arg.type !== "string") throw evaluationError(ctx.at, `time() expects a string, not a ${arg.type}.`);
      if (arg.value === "") return { type: "timestamp", ms: ctx.now };
      const ms = Date.parse(arg.value);
      if (Number.isNaN(ms))
        throw evaluationError(ctx.at, `time() cannot read '${arg.value}' as a W3C-DTF or RFC 1123 date and time.`);
      return { type: "timestamp", ms };
    },
  },
  val: {
    min: 2,
    max: 2,
    call: (args, ctx) => {
      const v = flatten([args[0]!], ctx, "val");
      const i = argDouble(args[1]!, ctx, "val");
      if (!Number.isInteger(i) || i < 0 || i >= v.length)
        throw evaluationError(ctx.at, `val() index ${i} is outside the vector of length ${v.length}.`);
      return double(v[i]!);
    },
  },
};

/**
 * The autoscale formula language: {@link parseAutoScaleFormula} checks a
 * formula as the service does when one is set, and {@link evaluateAutoScale}
 * evaluates it into what the service reports in `autoScaleRun` and the
 * targets it resizes the pool to.
 */
import { checkFormula } from "./check.js";
import { evaluate, type EvaluationInput } from "./evaluator.js";
import type { Formula } from "./ast.js";
import { MAX_FORMULA_LENGTH, parseFormula } from "./parser.js";
import { formatValue, type Value } from "./values.js";
import { serviceVariable } from "./variables.js";

export { FormulaSyntaxError, FormulaEvaluationError, INSUFFICIENT_SAMPLE_DATA, EVALUATION_FAILED } from "./errors.js";
export { MetricHistory, SampleSeries, SAMPLE_PERIOD_MS, type MetricSample } from "./samples.js";
export { MAX_FORMULA_LENGTH, MAX_STATEMENTS } from "./parser.js";
export type { EvaluationInput } from "./evaluator.js";

/** Thrown when a formula is longer than {@link MAX_FORMULA_LENGTH} (the service's `AutoScalingFormulaTooLong`). */
export class FormulaTooLongError extends Error {
  constructor(length: number) {
    super(`The formula has ${length} characters; at most ${MAX_FORMULA_LENGTH} are allowed.`);
    this.name = "FormulaTooLongError";
  }
}

/**
 * Parses and checks a formula.
 * @param source - The formula text.
 * @returns The checked formula.
 * @throws FormulaTooLongError when it is too long; FormulaSyntaxError with the position of the first problem.
 */
export function parseAutoScaleFormula(source: string): Formula {
  if (source.length > MAX_FORMULA_LENGTH) throw new FormulaTooLongError(source.length);
  const formula = parseFormula(source);
  checkFormula(formula);
  return formula;
}

/** `autoScaleRun.error` as the service reports it. */
export interface AutoScaleRunError {
  code: string;
  message: string;
  values: { name: string; value: string }[];
}

/** The outcome of one evaluation. */
export interface AutoScaleOutcome {
  /** `autoScaleRun.results`: `$TargetDedicatedNodes=2;$NodeDeallocationOption=requeue;...`. */
  results: string;
  /** Set when the evaluation failed; the pool is then left as it is. */
  error?: AutoScaleRunError;
  /** Target dedicated nodes (a whole number, at least 0); absent when the formula does not set it or failed. */
  targetDedicatedNodes?: number;
  /** Target low-priority nodes; absent when the formula does not set it or failed. */
  targetLowPriorityNodes?: number;
  /** `$NodeDeallocationOption` (default `requeue`). */
  nodeDeallocationOption: "requeue" | "terminate" | "taskcompletion" | "retaineddata";
}

const TARGET_ORDER = ["$TargetDedicatedNodes", "$TargetDedicated", "$TargetLowPriorityNodes", "$TargetLowPriority"];

function toTarget(v: Value | undefined): number | undefined {
  if (!v || v.type !== "double") return undefined;
  return Math.max(0, Math.floor(v.value));
}

/**
 * Evaluates a formula.
 *
 * `results` lists the targets the formula assigned, then
 * `$NodeDeallocationOption` (always), then the other variables it assigned
 * sorted by name, as `$name=value` joined by `;`.
 *
 * @param formula - A formula text or one from {@link parseAutoScaleFormula}.
 * @param input - What the formula sees of the pool: current metric values, their sample history, current targets, the time.
 * @returns The outcome.
 * @throws FormulaTooLongError, FormulaSyntaxError when `formula` is text that does not parse or check.
 */
export function evaluateAutoScale(formula: string | Formula, input: EvaluationInput): AutoScaleOutcome {
  const parsed = typeof formula === "string" ? parseAutoScaleFormula(formula) : formula;
  const { assigned, error } = evaluate(parsed, input);
  const byCanonical = new Map<string, [string, Value]>();
  const others: [string, Value][] = [];
  for (const [name, value] of assigned) {
    const canonical = serviceVariable(name);
    if (canonical) byCanonical.set(canonical, [name, value]);
    else others.push([name, value]);
  }
  const dealloc = byCanonical.get("$NodeDeallocationOption");
  const deallocValue = (
    dealloc?.[1].type === "string" ? dealloc[1].value : "requeue"
  ) as AutoScaleOutcome["nodeDeallocationOption"];
  const parts: string[] = [];
  for (const c of TARGET_ORDER) {
    const e = byCanonical.get(c);
    if (e) parts.push(`${e[0]}=${formatValue(e[1])}`);
  }
  parts.push(`${dealloc?.[0] ?? "$NodeDeallocationOption"}=${deallocValue}`);
  others.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of others) parts.push(`${name}=${formatValue(value)}`);
  const outcome: AutoScaleOutcome = { results: parts.join(";"), nodeDeallocationOption: deallocValue };
  if (error) {
    outcome.error = { code: error.code, message: error.summary, values: [{ name: "Message", value: error.message }] };
    return outcome;
  }
  const dedicated = toTarget((byCanonical.get("$TargetDedicatedNodes") ?? byCanonical.get("$TargetDedicated"))?.[1]);
  const low = toTarget((byCanonical.get("$TargetLowPriorityNodes") ?? byCanonical.get("$TargetLowPriority"))?.[1]);
  if (dedicated !== undefined) outcome.targetDedicatedNodes = dedicated;
  if (low !== undefined) outcome.targetLowPriorityNodes = low;
  return outcome;
}

/**
 * The operators of the autoscale formula language on its types, as the
 * service documents them (double, doubleVec, timestamp, timeinterval, string).
 */
import type { BinaryOperator } from "./ast.js";
import { evaluationError, type SourcePosition } from "./errors.js";
import { double, truth, type Value } from "./values.js";

function arith(op: "+" | "-" | "*" | "/", a: number, b: number): number {
  switch (op) {
    case "+":
      return a + b;
    case "-":
      return a - b;
    case "*":
      return a * b;
    case "/":
      return a / b;
  }
}

function compare(op: BinaryOperator, a: number | string, b: number | string): boolean {
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "==":
      return a === b;
    default:
      return a !== b;
  }
}

const COMPARISONS = new Set<BinaryOperator>(["<", "<=", ">", ">=", "==", "!="]);

/**
 * Applies an arithmetic or comparison operator (`&&` and `||` are evaluated by the evaluator).
 * @param op - The operator.
 * @param l - Left operand.
 * @param r - Right operand.
 * @param at - Operator position, for errors.
 * @returns The result.
 * @throws FormulaEvaluationError when the operator does not apply to these types.
 */
export function applyBinary(op: BinaryOperator, l: Value, r: Value, at: SourcePosition): Value {
  const bad = (): never => {
    throw evaluationError(at, `Operator '${op}' does not apply to ${l.type} and ${r.type}.`);
  };
  if (COMPARISONS.has(op)) {
    if (l.type === "double" && r.type === "double") return truth(compare(op, l.value, r.value));
    if (l.type === "string" && r.type === "string") return truth(compare(op, l.value, r.value));
    if ((l.type === "timestamp" && r.type === "timestamp") || (l.type === "timeinterval" && r.type === "timeinterval"))
      return truth(compare(op, l.ms, r.ms));
    return bad();
  }
  if (op === "&&" || op === "||") return bad();
  const aop = op as "+" | "-" | "*" | "/";
  if (l.type === "double" && r.type === "double") return double(arith(aop, l.value, r.value));
  if (l.type === "doubleVec" && r.type === "double")
    return { type: "doubleVec", values: l.values.map((x) => arith(aop, x, r.value)) };
  if (l.type === "double" && r.type === "doubleVec")
    return { type: "doubleVec", values: r.values.map((x) => arith(aop, l.value, x)) };
  if (l.type === "doubleVec" && r.type === "doubleVec") {
    if (l.values.length !== r.values.length)
      throw evaluationError(
        at,
        `Operator '${op}' needs vectors of the same length, not ${l.values.length} and ${r.values.length}.`,
      );
    return { type: "doubleVec", values: l.values.map((x, i) => arith(aop, x, r.values[i]!)) };
  }
  if (l.type === "double" && r.type === "timeinterval" && op === "*")
    return { type: "timeinterval", ms: l.value * r.ms };
  if (l.type === "timeinterval" && r.type === "double" && (op === "*" || op === "/"))
    return { type: "timeinterval", ms: arith(aop, l.ms, r.value) };
  if (l.type === "timeinterval" && r.type === "timeinterval" && (op === "+" || op === "-"))
    return { type: "timeinterval", ms: arith(aop, l.ms, r.ms) };
  if (l.type === "timeinterval" && r.type === "timestamp" && op === "+") return { type: "timestamp", ms: l.ms + r.ms };
  if (l.type === "timestamp" && r.type === "timeinterval" && (op === "+" || op === "-"))
    return { type: "timestamp", ms: arith(aop, l.ms, r.ms) };
  if (l.type === "timestamp" && r.type === "timestamp" && op === "-") return { type: "timeinterval", ms: l.ms - r.ms };
  return bad();
}

/**
 * Applies `-` or `!`.
 * @throws FormulaEvaluationError when the operator does not apply to the type.
 */
export function applyUnary(op: "-" | "!", v: Value, at: SourcePosition): Value {
  if (v.type === "double") return op === "-" ? double(-v.value) : truth(v.value === 0);
  if (op === "-" && v.type === "timeinterval") return { type: "timeinterval", ms: -v.ms };
  if (op === "-" && v.type === "doubleVec") return { type: "doubleVec", values: v.values.map((x) => -x) };
  throw evaluationError(at, `Operator '${op}' does not apply to a ${v.type}.`);
}

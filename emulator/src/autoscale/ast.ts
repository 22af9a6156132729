/**
 * Syntax tree of an autoscale formula: a list of assignments `name = expr`.
 */
import type { SourcePosition } from "./errors.js";

/** An expression. */
export type Expr =
  | { kind: "number"; value: number; at: SourcePosition }
  | { kind: "string"; value: string; at: SourcePosition }
  | { kind: "name"; name: string; at: SourcePosition }
  | { kind: "unary"; op: "-" | "!"; operand: Expr; at: SourcePosition }
  | { kind: "binary"; op: BinaryOperator; left: Expr; right: Expr; at: SourcePosition }
  | { kind: "conditional"; test: Expr; then: Expr; otherwise: Expr; at: SourcePosition }
  | { kind: "call"; callee: string; args: Expr[]; at: SourcePosition }
  | { kind: "method"; target: Expr; method: string; args: Expr[]; at: SourcePosition }
  | { kind: "member"; target: Expr; member: string; at: SourcePosition };

/** Binary operators. */
export type BinaryOperator = "+" | "-" | "*" | "/" | "<" | "<=" | ">" | ">=" | "==" | "!=" | "&&" | "||";

/** One statement: `target = value`. */
export interface Assignment {
  /** Variable name as written (`$TargetDedicatedNodes`, `maxNodes`). */
  target: string;
  value: Expr;
  at: SourcePosition;
}

/** A parsed formula. */
export interface Formula {
  statements: Assignment[];
}

/**
 * Errors of the autoscale formula language: a syntax error (the service's
 * `AutoScalingFormulaSyntaxError`, found before anything is evaluated) and an
 * evaluation error (reported in `autoScaleRun.error`, never thrown to the caller).
 */

/** A 1-based position in the formula text. */
export interface SourcePosition {
  /** Line, from 1. */
  line: number;
  /** Column, from 1. */
  column: number;
}

/** Renders a position the way the service prefixes its messages: `Line 1, Col 5`. */
export function positionText(at: SourcePosition): string {
  return `Line ${at.line}, Col ${at.column}`;
}

/** The formula is not well formed (bad token, bad grammar, unknown name, assignment to a read-only variable). */
export class FormulaSyntaxError extends Error {
  /** Where the problem is. */
  readonly at: SourcePosition;
  /** The problem without the position. */
  readonly detail: string;
  constructor(at: SourcePosition, detail: string) {
    super(`${positionText(at)}: ${detail}`);
    this.name = "FormulaSyntaxError";
    this.at = at;
    this.detail = detail;
  }
}

/** Evaluating a well-formed formula failed (wrong types, too few samples, bad argument). */
export class FormulaEvaluationError extends Error {
  /** The service's error code for `autoScaleRun.error.code`. */
  readonly code: string;
  /** The service's error message for `autoScaleRun.error.message`. */
  readonly summary: string;
  /** Where the problem is. */
  readonly at: SourcePosition;
  constructor(code: string, summary: string, at: SourcePosition, detail: string) {
    super(`${positionText(at)}: ${detail}`);
    this.name = "FormulaEvaluationError";
    this.code = code;
    this.summary = summary;
    this.at = at;
  }
}

/** `autoScaleRun.error.code` when a `GetSample` call gets fewer samples than it asked for (documented by the service). */
export const INSUFFICIENT_SAMPLE_DATA = "InsufficientSampleData";
/** `autoScaleRun.error.code` the emulator uses for other evaluation failures (the service does not document its codes for them). */
export const EVALUATION_FAILED = "AutoScalingFormulaEvaluationError";

/** Builds an evaluation error with the emulator's generic code. */
export function evaluationError(at: SourcePosition, detail: string): FormulaEvaluationError {
  return new FormulaEvaluationError(EVALUATION_FAILED, "Autoscale evaluation failed", at, detail);
}

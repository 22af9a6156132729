/**
 * Checks a parsed formula before it is evaluated, as the service does when a
 * formula is set or evaluated: every name is defined before use, functions and
 * sample methods exist and get a fitting number of arguments, and only
 * read-write variables and user variables are assigned.
 */
import type { Expr, Formula } from "./ast.js";
import { FormulaSyntaxError } from "./errors.js";
import { BUILT_INS } from "./functions.js";
import { DEALLOCATION_OPTIONS, TIME_INTERVALS } from "./values.js";
import { isReadOnly, SAMPLE_METHODS, serviceVariable } from "./variables.js";

/**
 * Checks a formula.
 * @param formula - The parsed formula.
 * @throws FormulaSyntaxError at the first problem.
 */
export function checkFormula(formula: Formula): void {
  const defined = new Set<string>();
  const visit = (e: Expr): void => {
    switch (e.kind) {
      case "number":
      case "string":
        return;
      case "name":
        if (
          serviceVariable(e.name) ||
          defined.has(e.name) ||
          e.name in TIME_INTERVALS ||
          (DEALLOCATION_OPTIONS as readonly string[]).includes(e.name)
        )
          return;
        throw new FormulaSyntaxError(e.at, `Undefined variable '${e.name}'.`);
      case "unary":
        return visit(e.operand);
      case "binary":
        visit(e.left);
        return visit(e.right);
      case "conditional":
        visit(e.test);
        visit(e.then);
        return visit(e.otherwise);
      case "member":
        return visit(e.target);
      case "call": {
        const fn = BUILT_INS[e.callee];
        if (!fn) throw new FormulaSyntaxError(e.at, `Unknown function '${e.callee}'.`);
        if (e.args.length < fn.min || e.args.length > fn.max)
          throw new FormulaSyntaxError(e.at, `Function '${e.callee}' does not take ${e.args.length} argument(s).`);
        return e.args.forEach(visit);
      }
      case "method": {
        const variable = e.target.kind === "name" ? serviceVariable(e.target.name) : undefined;
        if (!variable || !isReadOnly(variable))
          throw new FormulaSyntaxError(
            e.at,
            `Method '${e.method}' can only be called on a service-defined read-only variable.`,
          );
        const m = SAMPLE_METHODS[e.method];
        if (!m) throw new FormulaSyntaxError(e.at, `Unknown method '${e.method}'.`);
        if (e.args.length < m.min || e.args.length > m.max)
          throw new FormulaSyntaxError(e.at, `Method '${e.method}' does not take ${e.args.length} argument(s).`);
        return e.args.forEach(visit);
      }
    }
  };
  for (const s of formula.statements) {
    visit(s.value);
    const variable = serviceVariable(s.target);
    if (variable && isReadOnly(variable)) throw new FormulaSyntaxError(s.at, `Variable '${s.target}' is read-only.`);
    if (s.target.startsWith("$") && !variable && s.target.length === 1)
      throw new FormulaSyntaxError(s.at, "Expected a variable name.");
    if (s.target in TIME_INTERVALS || s.target in BUILT_INS)
      throw new FormulaSyntaxError(s.at, `'${s.target}' is a built-in name and cannot be assigned.`);
    defined.add(s.target);
  }
}

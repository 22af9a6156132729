/**
 * Parser of the autoscale formula language (precedence climbing). Grammar:
 *
 * ```
 * formula     := statement? (';' statement?)*
 * statement   := name '=' expr
 * expr        := or ('?' expr ':' expr)?
 * or          := and ('||' and)*
 * and         := equality ('&&' equality)*
 * equality    := relational (('==' | '!=') relational)*
 * relational  := additive (('<' | '<=' | '>' | '>=') additive)*
 * additive    := term (('+' | '-') term)*
 * term        := unary (('*' | '/') unary)*
 * unary       := ('-' | '!') unary | postfix
 * postfix     := primary ('.' name ('(' args ')')?)*
 * primary     := number | string | name ('(' args ')')? | '(' expr ')'
 * ```
 *
 * Statements are separated by `;` (a final `;` is optional); a new line does not end a statement.
 */
import type { Assignment, BinaryOperator, Expr, Formula } from "./ast.js";
import { FormulaSyntaxError } from "./errors.js";
import { tokenize, type Token } from "./lexer.js";

/** Most characters a formula may have (the service's limit, 8 KB). */
export const MAX_FORMULA_LENGTH = 8192;
/** Most statements a formula may have (the service's limit). */
export const MAX_STATEMENTS = 100;

const LEVELS: BinaryOperator[][] = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*", "/"]];

/**
 * Parses a formula.
 * @param source - The formula text.
 * @returns The syntax tree.
 * @throws FormulaSyntaxError with the position of the first problem.
 */
export function parseFormula(source: string): Formula {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (): Token => tokens[pos]!;
  const isOp = (text: string): boolean => peek().kind === "op" && peek().text === text;
  const describe = (t: Token): string =>
    t.kind === "end" ? "the end of the formula" : `'${t.kind === "string" ? `"${t.text}"` : t.text}'`;
  const expect = (text: string): Token => {
    if (!isOp(text)) throw new FormulaSyntaxError(peek().at, `Expected '${text}' but found ${describe(peek())}.`);
    return tokens[pos++]!;
  };

  const args = (): Expr[] => {
    expect("(");
    const list: Expr[] = [];
    if (!isOp(")")) {
      list.push(expression());
      while (isOp(",")) {
        pos++;
        list.push(expression());
      }
    }
    expect(")");
    return list;
  };

  const primary = (): Expr => {
    const t = peek();
    if (t.kind === "number") {
      pos++;
      return { kind: "number", value: t.value!, at: t.at };
    }
    if (t.kind === "string") {
      pos++;
      return { kind: "string", value: t.text, at: t.at };
    }
    if (t.kind === "name") {
      pos++;
      if (isOp("(")) return { kind: "call", callee: t.text, args: args(), at: t.at };
      return { kind: "name", name: t.text, at: t.at };
    }
    if (isOp("(")) {
      pos++;
      const inner = expression();
      expect(")");
      return inner;
    }
    throw new FormulaSyntaxError(t.at, `Expected an expression but found ${describe(t)}.`);
  };

  const postfix = (): Expr => {
    let target = primary();
    while (isOp(".")) {
      pos++;
      const name = peek();
      if (name.kind !== "name" || name.text.startsWith("$"))
        throw new FormulaSyntaxError(name.at, `Expected a member or method name but found ${describe(name)}.`);
      pos++;
      target = isOp("(")
        ? { kind: "method", target, method: name.text, args: args(), at: name.at }
        : { kind: "member", target, member: name.text, at: name.at };
    }
    return target;
  };

  const unary = (): Expr => {
    if (isOp("-") || isOp("!")) {
      const t = tokens[pos++]!;
      return { kind: "unary", op: t.text as "-" | "!", operand: unary(), at: t.at };
    }
    return postfix();
  };

  const binary = (level: number): Expr => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const t = peek();
      if (t.kind !== "op" || !(LEVELS[level] as string[]).includes(t.text)) return left;
      pos++;
      left = { kind: "binary", op: t.text as BinaryOperator, left, right: binary(level + 1), at: t.at };
    }
  };

  function expression(): Expr {
    const test = binary(0);
    if (!isOp("?")) return test;
    const q = tokens[pos++]!;
    const then = expression();
    expect(":");
    return { kind: "conditional", test, then, otherwise: expression(), at: q.at };
  }

  const statements: Assignment[] = [];
  for (;;) {
    while (isOp(";")) pos++;
    const t = peek();
    if (t.kind === "end") break;
    if (t.kind !== "name") throw new FormulaSyntaxError(t.at, `Expected a variable name but found ${describe(t)}.`);
    pos++;
    expect("=");
    statements.push({ target: t.text, value: expression(), at: t.at });
    if (statements.length > MAX_STATEMENTS)
      throw new FormulaSyntaxError(t.at, `A formula can have at most ${MAX_STATEMENTS} statements.`);
    if (peek().kind !== "end" && !isOp(";"))
      throw new FormulaSyntaxError(peek().at, `Expected ';' but found ${describe(peek())}.`);
  }
  return { statements };
}

/**
 * Lexer of the autoscale formula language: numbers, double-quoted strings,
 * names (`$` prefix optional), operators and punctuation, with `//` and
 * `/* *\/` comments and white space (new lines included) skipped.
 */
import { FormulaSyntaxError, type SourcePosition } from "./errors.js";

/** Kinds of token. */
export type TokenKind = "number" | "string" | "name" | "op" | "end";

/** One token with its position. */
export interface Token {
  kind: TokenKind;
  /** The token text; for strings the unquoted value. */
  text: string;
  /** Numeric value of a `number` token. */
  value?: number;
  at: SourcePosition;
}

const OPERATORS = [
  "&&",
  "||",
  "==",
  "!=",
  "<=",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "!",
  "<",
  ">",
  "?",
  ":",
  "=",
  ";",
  ",",
  "(",
  ")",
  ".",
];

/**
 * Splits a formula into tokens; the last token is `end`.
 * @param source - The formula text.
 * @returns The tokens.
 * @throws FormulaSyntaxError on an unterminated string or comment, or a character the language does not use.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const here = (): SourcePosition => ({ line, column: i - lineStart + 1 });
  const advance = (n: number): void => {
    for (let k = 0; k < n; k++) {
      if (source[i] === "\n") {
        line++;
        lineStart = i + 1;
      }
      i++;
    }
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === " " || c === "\t" || c === "\r" || c === "\n") {
      advance(1);
      continue;
    }
    if (source.startsWith("//", i)) {
      while (i < source.length && source[i] !== "\n") advance(1);
      continue;
    }
    if (source.startsWith("/*", i)) {
      const at = here();
      const close = source.indexOf("*/", i + 2);
      if (close < 0) throw new FormulaSyntaxError(at, "Unterminated comment.");
      advance(close + 2 - i);
      continue;
    }
    const at = here();
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i, i + 64));
    if (number) {
      tokens.push({ kind: "number", text: number[0], value: Number(number[0]), at });
      advance(number[0].length);
      continue;
    }
    const name = /^\$?[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i, i + 256));
    if (name) {
      tokens.push({ kind: "name", text: name[0], at });
      advance(name[0].length);
      continue;
    }
    if (c === '"') {
      const close = source.indexOf('"', i + 1);
      if (close < 0) throw new FormulaSyntaxError(at, "Unterminated string.");
      tokens.push({ kind: "string", text: source.slice(i + 1, close), at });
      advance(close + 1 - i);
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (!op) throw new FormulaSyntaxError(at, `Unexpected character '${c}'.`);
    tokens.push({ kind: "op", text: op, at });
    advance(op.length);
  }
  tokens.push({ kind: "end", text: "", at: here() });
  return tokens;
}

/**
 * The OData subset the emulator understands: `$filter`, `$select`, `$expand`
 * and `maxresults` paging. Anything outside the subset is refused with 400
 * `InvalidQueryParameterValue`, never answered with a silently wrong list.
 *
 * Filter grammar:
 * ```
 * expr       := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" expr ")" | startswith(field, 'text') | operand op operand
 * op         := eq | ne | gt | ge | lt | le
 * operand    := field (a/b/c) | 'string' ('' escapes a quote) | integer | true | false | null | datetime'2025-01-01T00:00:00Z'
 * ```
 */
import { BatchServiceError, invalidQuery } from "./errors.js";

/**
 * Deepest nesting of parentheses and `not` accepted in a `$filter`; deeper
 * filters get 400 (the parser is recursive, and no real filter comes close).
 */
export const MAX_FILTER_DEPTH = 32;

/** Type of a filterable field, used to reject comparisons with the wrong literal type. */
export type FieldType = "string" | "number" | "boolean" | "date";

/** Filterable fields of one resource: wire path (`executionInfo/exitCode`) to its type. */
export type FilterSchema = Readonly<Record<string, FieldType>>;

/** A compiled `$filter`: true when the wire object matches. */
export type FilterPredicate = (item: Record<string, unknown>) => boolean;

type Token =
  | { kind: "ident"; text: string }
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: number; text: string }
  | { kind: "punct"; text: "(" | ")" | "," };

type Operand =
  | { kind: "field"; path: string; type: FieldType }
  | { kind: "literal"; value: string | number | boolean | null; type: FieldType | "null" };

function tokenize(text: string, fail: (why: string) => never): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === "(" || c === ")" || c === ",") {
      out.push({ kind: "punct", text: c });
      i++;
    } else if (c === "'") {
      let value = "";
      i++;
      for (;;) {
        if (i >= text.length) fail("unterminated string literal");
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      out.push({ kind: "string", value });
    } else if (/[-0-9]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (!m) fail(`unexpected '${c}'`);
      out.push({ kind: "number", value: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(c)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_]*(\/[A-Za-z_][A-Za-z0-9_]*)*/.exec(text.slice(i))!;
      i += m[0].length;
      if (m[0] === "datetime" && text[i] === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) fail("unterminated datetime literal");
        const raw = text.slice(i + 1, end);
        const value = Date.parse(raw);
        if (Number.isNaN(value)) fail(`invalid datetime '${raw}'`);
        out.push({ kind: "date", value, text: raw });
        i = end + 1;
      } else {
        out.push({ kind: "ident", text: m[0] });
      }
    } else {
      fail(`unexpected character '${c}'`);
    }
  }
  return out;
}

const COMPARISONS = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);

/** Reads a value at a `/`-separated wire path. */
export function valueAt(item: Record<string, unknown>, path: string): unknown {
  let cur: unknown = item;
  for (const part of path.split("/")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Compiles a `$filter` expression against a schema of allowed fields.
 * @param text - The `$filter` value.
 * @param schema - Fields that may be filtered on.
 * @returns A predicate over wire objects.
 * @throws BatchServiceError 400 `InvalidQueryParameterValue` for unsupported syntax, unknown fields or type mismatches.
 */
export function compileFilter(text: string, schema: FilterSchema): FilterPredicate {
  const fail = (why: string): never => {
    throw invalidQuery(
      "$filter",
      text,
      `Unsupported or invalid filter: ${why}. The emulator supports eq, ne, gt, ge, lt, le, and, or, not, parentheses and startswith() on: ${Object.keys(schema).join(", ")}.`,
    );
  };
  const tokens = tokenize(text, fail);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isWord = (t: Token | undefined, w: string): boolean =>
    t !== undefined && t.kind === "ident" && t.text.toLowerCase() === w;
  const expectPunct = (p: string): void => {
    const t = tokens[pos++];
    if (!t || t.kind !== "punct" || t.text !== p) fail(`expected '${p}'`);
  };
  const field = (path: string): Operand => {
    // Own properties only: `__proto__` or `constructor` is no field.
    const type = Object.hasOwn(schema, path) ? schema[path] : undefined;
    if (!type) fail(`field '${path}' is not filterable`);
    return { kind: "field", path, type: type! };
  };
  const operand = (): Operand => {
    const t = tokens[pos++];
    if (!t) return fail("unexpected end of expression");
    switch (t.kind) {
      case "string":
        return { kind: "literal", value: t.value, type: "string" };
      case "number":
        return { kind: "literal", value: t.value, type: "number" };
      case "date":
        return { kind: "literal", value: t.value, type: "date" };
      case "ident": {
        const w = t.text.toLowerCase();
        if (w === "true" || w === "false") return { kind: "literal", value: w === "true", type: "boolean" };
        if (w === "null") return { kind: "literal", value: null, type: "null" };
        return field(t.text);
      }
      default:
        return fail(`unexpected '${t.text}'`);
    }
  };
  const get = (o: Operand, item: Record<string, unknown>): unknown => {
    if (o.kind === "literal") return o.value;
    const v = valueAt(item, o.path);
    if (v === undefined || v === null) return null;
    if (o.type === "date" && typeof v === "string") return Date.parse(v);
    return v;
  };
  const comparison = (): FilterPredicate => {
    const left = operand();
    const opTok = tokens[pos++];
    if (!opTok || opTok.kind !== "ident" || !COMPARISONS.has(opTok.text.toLowerCase()))
      return fail("expected a comparison operator");
    const op = opTok.text.toLowerCase();
    const right = operand();
    if (left.kind === "literal" && right.kind === "literal") fail("a comparison needs a field");
    const lt = left.type;
    const rt = right.type;
    if (lt !== "null" && rt !== "null" && lt !== rt) fail(`cannot compare ${lt} with ${rt}`);
    if ((lt === "null" || rt === "null") && op !== "eq" && op !== "ne") fail("null can only be compared with eq or ne");
    if ((lt === "boolean" || rt === "boolean") && op !== "eq" && op !== "ne")
      fail("booleans can only be compared with eq or ne");
    return (item) => {
      const a = get(left, item);
      const b = get(right, item);
      switch (op) {
        case "eq":
          return a === b;
        case "ne":
          return a !== b;
      }
      if (a === null || b === null) return false;
      const x = a as number | string;
      const y = b as number | string;
      switch (op) {
        case "gt":
          return x > y;
        case "ge":
          return x >= y;
        case "lt":
          return x < y;
        default:
          return x <= y;
      }
    };
  };
  let depth = 0;
  const nested = (parse: () => FilterPredicate): FilterPredicate => {
    if (++depth > MAX_FILTER_DEPTH) fail(`parentheses and 'not' may be nested at most ${MAX_FILTER_DEPTH} deep`);
    const inner = parse();
    depth--;
    return inner;
  };
  const unary = (): FilterPredicate => {
    const t = peek();
    if (isWord(t, "not")) {
      pos++;
      const inner = nested(unary);
      return (item) => !inner(item);
    }
    if (t && t.kind === "punct" && t.text === "(") {
      pos++;
      const inner = nested(orExpr);
      expectPunct(")");
      return inner;
    }
    if (isWord(t, "startswith") && tokens[pos + 1]?.kind === "punct") {
      pos++;
      expectPunct("(");
      const f = tokens[pos++];
      if (!f || f.kind !== "ident") return fail("startswith needs a field first");
      const fo = field(f.text);
      if (fo.kind !== "field" || fo.type !== "string") fail("startswith needs a string field");
      expectPunct(",");
      const lit = tokens[pos++];
      if (!lit || lit.kind !== "string") return fail("startswith needs a string literal second");
      expectPunct(")");
      const prefix = lit.value;
      let pred: FilterPredicate = (item) => {
        const v = valueAt(item, f.text);
        return typeof v === "string" && v.startsWith(prefix);
      };
      // `startswith(id,'x') eq true` is the long form some clients send.
      if (isWord(peek(), "eq") || isWord(peek(), "ne")) {
        const negate = isWord(peek(), "ne");
        pos++;
        const b = tokens[pos++];
        if (!b || !(isWord(b, "true") || isWord(b, "false")))
          return fail("startswith() can only be compared with true or false");
        const want = isWord(b, "true") !== negate;
        const inner = pred;
        pred = (item) => inner(item) === want;
      }
      return pred;
    }
    return comparison();
  };
  // Chains of and/or are kept flat, so a long chain does not nest calls when evaluated.
  const andExpr = (): FilterPredicate => {
    const parts = [unary()];
    while (isWord(peek(), "and")) {
      pos++;
      parts.push(unary());
    }
    return parts.length === 1 ? parts[0]! : (item) => parts.every((p) => p(item));
  };
  function orExpr(): FilterPredicate {
    const parts = [andExpr()];
    while (isWord(peek(), "or")) {
      pos++;
      parts.push(andExpr());
    }
    return parts.length === 1 ? parts[0]! : (item) => parts.some((p) => p(item));
  }
  if (tokens.length === 0) fail("empty expression");
  const pred = orExpr();
  if (pos !== tokens.length) fail(`unexpected '${JSON.stringify(tokens[pos])}'`);
  return pred;
}

/**
 * Parses `$select` into a list of top-level property names.
 * @param text - The `$select` value (comma-separated).
 * @param allowed - Top-level property names of the resource.
 * @returns The names, or `undefined` when `$select` is absent.
 * @throws BatchServiceError 400 for nested paths or unknown properties.
 */
export function parseSelect(text: string | undefined, allowed: ReadonlySet<string>): string[] | undefined {
  if (text === undefined) return undefined;
  const names = text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (names.length === 0) throw invalidQuery("$select", text, "Empty $select.");
  for (const n of names) {
    if (!allowed.has(n))
      throw invalidQuery(
        "$select",
        text,
        `Property '${n}' cannot be selected; the emulator supports top-level properties only.`,
      );
  }
  return names;
}

/**
 * Keeps only the selected top-level properties (plus `odata.metadata`).
 * @param obj - The wire object.
 * @param select - Selected names, or undefined for all.
 * @returns The projected object.
 */
export function applySelect(obj: Record<string, unknown>, select: string[] | undefined): Record<string, unknown> {
  if (!select) return obj;
  const out: Record<string, unknown> = {};
  for (const k of select) if (obj[k] !== undefined) out[k] = obj[k];
  return out;
}

/**
 * Checks `$expand`: a comma list where every value must be in `allowed`.
 * @param text - The `$expand` value.
 * @param allowed - Accepted values (for example `stats`).
 * @throws BatchServiceError 400 for other values.
 */
export function checkExpand(text: string | undefined, allowed: readonly string[]): void {
  if (text === undefined) return;
  for (const v of text.split(",").map((s) => s.trim())) {
    if (!allowed.includes(v))
      throw invalidQuery("$expand", text, `The emulator accepts $expand values: ${allowed.join(", ") || "(none)"}.`);
  }
}

/**
 * Parses `maxresults` (1..1000, default 1000).
 * @param text - The query value.
 * @returns The page size.
 * @throws BatchServiceError 400 `OutOfRangeQueryParameterValue` or `InvalidQueryParameterValue`.
 */
export function parseMaxResults(text: string | undefined): number {
  if (text === undefined) return 1000;
  if (!/^\d+$/.test(text)) throw invalidQuery("maxresults", text, "maxresults must be an integer.");
  const n = Number(text);
  if (n < 1 || n > 1000) {
    throw new BatchServiceError(
      400,
      "OutOfRangeQueryParameterValue",
      "One of the query parameters specified in the request URI is outside the permissible range.",
      [
        { key: "QueryParameterName", value: "maxresults" },
        { key: "QueryParameterValue", value: text },
        { key: "Reason", value: "maxresults must be between 1 and 1000." },
      ],
    );
  }
  return n;
}

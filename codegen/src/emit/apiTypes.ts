/** How the convenience layer types a value, and the expressions that convert it to and from the wire. */
import type { TypeRef } from "../model.js";
import { lowerFirst } from "../naming.js";
import { isDate } from "./typeKinds.js";

export { isDate };

/** The convenience-layer type of `t`: client names, `Date` for dates, `number` for string int64. */
export function apiType(t: TypeRef): string {
  switch (t.kind) {
    case "string":
      if (isDate(t)) return "Date";
      return t.format === "int64" ? "number" : "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "model":
    case "enum":
      return t.name;
    case "constant":
      return JSON.stringify(t.value);
    case "array":
      return `Array<${apiType(t.items)}>`;
    case "dictionary":
      return `Record<string, ${apiType(t.values)}>`;
    case "binary":
      return "NodeJS.ReadableStream";
    case "unknown":
      return "unknown";
  }
}

/** Which way a value converts: client to wire (serializers, request values) or wire to client. */
export type Direction = "toWire" | "fromWire";

/**
 * How a value converts on its way between the client and the wire: the one table that both the
 * expressions of the operations ({@link toWire}, {@link fromWire}) and the model shapes of
 * `api/serializers.ts` ({@link shapeConversion}) are rendered from.
 */
type WireConversion =
  | { kind: "iso" | "utc" | "string" | "date" | "number" }
  | { kind: "model"; name: string }
  | { kind: "items" | "values"; of: WireConversion };

/** The conversion of a value of type `t` in `direction`, or undefined when it passes as it is. */
function wireConversion(t: TypeRef, direction: Direction): WireConversion | undefined {
  if (direction === "toWire") {
    if (t.kind === "string" && t.format === "date-time") return { kind: "iso" };
    if (t.kind === "string" && t.format === "date-time-rfc7231") return { kind: "utc" };
    if (t.kind === "string" && t.format === "int64") return { kind: "string" };
  } else {
    if (isDate(t)) return { kind: "date" };
    if (t.kind === "string" && t.format === "int64") return { kind: "number" };
  }
  if (t.kind === "model") return { kind: "model", name: t.name };
  if (t.kind === "array" || t.kind === "dictionary") {
    const of = wireConversion(t.kind === "array" ? t.items : t.values, direction);
    return of && { kind: t.kind === "array" ? "items" : "values", of };
  }
  return undefined;
}

/** The expression applying conversion `c` to the expression `e`. */
function expression(c: WireConversion, e: string, direction: Direction): string {
  switch (c.kind) {
    case "iso":
      return `${e}.toISOString()`;
    case "utc":
      return `${e}.toUTCString()`;
    case "string":
      return `String(${e})`;
    case "date":
      return `new Date(${e})`;
    case "number":
      return `Number(${e})`;
    case "model":
      return `${lowerFirst(c.name)}${direction === "toWire" ? "Serializer" : "Deserializer"}(${e})`;
    case "items":
      return `${e}.map((p) => ${expression(c.of, "p", direction)})`;
    case "values":
      // Inline: the operations modules import no record helper.
      return `Object.fromEntries(Object.entries(${e}).map(([k, p]) => [k, ${expression(c.of, "p", direction)}]))`;
  }
}

/** An expression converting `e` (client value) to the wire, or undefined when it passes as is. */
export function toWire(t: TypeRef, e: string): string | undefined {
  const c = wireConversion(t, "toWire");
  return c && expression(c, e, "toWire");
}

/** An expression converting `e` (wire value) to the client, or undefined when it passes as is. */
export function fromWire(t: TypeRef, e: string): string | undefined {
  const c = wireConversion(t, "fromWire");
  return c && expression(c, e, "fromWire");
}

/** The name of the shape constant of model `name` in `direction` (`api/serializers.ts`). */
export function shapeName(name: string, direction: Direction): string {
  return `${lowerFirst(name)}${direction === "toWire" ? "ToWire" : "FromWire"}`;
}

/**
 * The `Conversion` (`api/static-helpers/serialization.ts`) of a property of type `t`, as code, or
 * undefined when its value passes as it is.
 */
export function shapeConversion(t: TypeRef, direction: Direction): string | undefined {
  const c = wireConversion(t, direction);
  return c && shapeCode(c, direction);
}

function shapeCode(c: WireConversion, direction: Direction): string {
  switch (c.kind) {
    case "model":
      return `() => ${shapeName(c.name, direction)}`;
    case "items":
      return `{ items: ${shapeCode(c.of, direction)} }`;
    case "values":
      return `{ values: ${shapeCode(c.of, direction)} }`;
    default:
      return JSON.stringify(c.kind);
  }
}

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

/** An expression converting `e` (client value) to the wire, or undefined when it passes as is. */
export function toWire(t: TypeRef, e: string): string | undefined {
  if (t.kind === "string" && t.format === "date-time") return `${e}.toISOString()`;
  if (t.kind === "string" && t.format === "date-time-rfc7231") return `${e}.toUTCString()`;
  if (t.kind === "string" && t.format === "int64") return `String(${e})`;
  if (t.kind === "model") return `${lowerFirst(t.name)}Serializer(${e})`;
  return containerConversion(t, e, toWire);
}

/** An expression converting `e` (wire value) to the client, or undefined when it passes as is. */
export function fromWire(t: TypeRef, e: string): string | undefined {
  if (isDate(t)) return `new Date(${e})`;
  if (t.kind === "string" && t.format === "int64") return `Number(${e})`;
  if (t.kind === "model") return `${lowerFirst(t.name)}Deserializer(${e})`;
  return containerConversion(t, e, fromWire);
}

function containerConversion(
  t: TypeRef,
  e: string,
  inner: (t: TypeRef, e: string) => string | undefined,
): string | undefined {
  if (t.kind === "array") {
    const item = inner(t.items, "p");
    return item ? `${e}.map((p) => ${item})` : undefined;
  }
  if (t.kind === "dictionary") {
    const value = inner(t.values, "p");
    return value ? `mapRecord(${e}, (p) => ${value})` : undefined;
  }
  return undefined;
}

/** Which way a model's shape converts: client to wire (serializers) or wire to client. */
export type Direction = "toWire" | "fromWire";

/** The name of the shape constant of model `name` in `direction` (`api/serializers.ts`). */
export function shapeName(name: string, direction: Direction): string {
  return `${lowerFirst(name)}${direction === "toWire" ? "ToWire" : "FromWire"}`;
}

/**
 * The `Conversion` (`api/static-helpers/serialization.ts`) of a property of type `t`, as code, or
 * undefined when its value passes as it is. The same conversions as {@link toWire} and
 * {@link fromWire}.
 */
export function shapeConversion(t: TypeRef, direction: Direction): string | undefined {
  if (direction === "toWire") {
    if (t.kind === "string" && t.format === "date-time") return `"iso"`;
    if (t.kind === "string" && t.format === "date-time-rfc7231") return `"utc"`;
    if (t.kind === "string" && t.format === "int64") return `"string"`;
  } else {
    if (isDate(t)) return `"date"`;
    if (t.kind === "string" && t.format === "int64") return `"number"`;
  }
  if (t.kind === "model") return `() => ${shapeName(t.name, direction)}`;
  if (t.kind === "array") {
    const items = shapeConversion(t.items, direction);
    return items ? `{ items: ${items} }` : undefined;
  }
  if (t.kind === "dictionary") {
    const values = shapeConversion(t.values, direction);
    return values ? `{ values: ${values} }` : undefined;
  }
  return undefined;
}

// Converts a wire-form JSON value (what the service sends and receives) to the client model the
// BatchClient methods take and return, by walking the spec's definitions, not the generated code:
//
// - a property's client name is its `x-ms-client-name` with the first letter lower-cased, else the
//   wire name (camel-cased at its dots when it is not an identifier: `odata.nextLink` → `odataNextLink`);
// - `format: date-time` strings become `Date`s; `type: string, format: int64` become numbers;
// - everything else (enums, durations, numbers, free-form objects) is copied as is.
//
// The wire tests feed the result to a method and check that what reaches the wire deep-equals the
// original, and that what a method returns deep-equals the conversion of the response body. This
// is an independent computation of the serializers' inverse, so the round trip tests them.
// A property the spec does not know fails loudly, with its JSON path.

import { resolveSchema, type Schema } from "./spec.js";

/** The client-side name of a wire property. */
export function clientPropertyName(wireName: string, schema: Schema): string {
  const clientName = schema["x-ms-client-name"];
  if (clientName) return clientName[0]!.toLowerCase() + clientName.slice(1);
  // A wire name that is not an identifier is camel-cased at its dots: odata.nextLink → odataNextLink.
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(wireName)) {
    return wireName
      .split(".")
      .map((part, i) => (i === 0 ? part : part[0]!.toUpperCase() + part.slice(1)))
      .join("");
  }
  return wireName;
}

/**
 * Converts `value` (wire form) described by `schema` to the client model.
 * @param value - the wire JSON.
 * @param schema - its schema in the spec, usually `{ $ref: "#/definitions/X" }`.
 * @param path - the JSON path of `value`, for error messages.
 */
export function wireToClient(value: unknown, schema: Schema, path = "$"): unknown {
  if (value === null || value === undefined) return value;
  const s = resolveSchema(schema);
  if (s.type === "array" || s.items) {
    if (!Array.isArray(value)) throw new Error(`${path}: expected an array, got ${JSON.stringify(value)}`);
    return value.map((item, i) => wireToClient(item, s.items ?? {}, `${path}[${i}]`));
  }
  if (s.type === "string" && s.format === "date-time") {
    if (typeof value !== "string")
      throw new Error(`${path}: expected a date-time string, got ${JSON.stringify(value)}`);
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw new Error(`${path}: invalid date-time ${JSON.stringify(value)}`);
    return date;
  }
  if (s.type === "string" && s.format === "int64") {
    const n = Number(value);
    if (!Number.isFinite(n)) throw new Error(`${path}: invalid int64 ${JSON.stringify(value)}`);
    return n;
  }
  if (s.properties) {
    if (typeof value !== "object" || Array.isArray(value)) {
      throw new Error(`${path}: expected an object, got ${JSON.stringify(value)}`);
    }
    const out: Record<string, unknown> = {};
    for (const [wireName, entry] of Object.entries(value as Record<string, unknown>)) {
      const propertySchema = s.properties[wireName];
      if (!propertySchema) {
        throw new Error(
          `${path}.${wireName}: not a property of the spec's schema (${Object.keys(s.properties).join(", ")})`,
        );
      }
      out[clientPropertyName(wireName, propertySchema)] = wireToClient(entry, propertySchema, `${path}.${wireName}`);
    }
    return out;
  }
  // Scalars, enums and free-form objects (`additionalProperties`, `type: object`) stay as they are.
  return value;
}

/**
 * Rewrites every `date-time` string of a wire value as `Date#toISOString()` does, so that two wire
 * bodies can be compared as instants (`2025-01-01T00:00:00Z` and `...00.000Z` are the same time).
 */
export function canonicalWireDates(value: unknown, schema: Schema): unknown {
  if (value === null || value === undefined) return value;
  const s = resolveSchema(schema);
  if (Array.isArray(value)) return value.map((item) => canonicalWireDates(item, s.items ?? {}));
  if (s.type === "string" && s.format === "date-time" && typeof value === "string") {
    return new Date(value).toISOString();
  }
  if (s.properties && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        s.properties![k] ? canonicalWireDates(v, s.properties![k]!) : v,
      ]),
    );
  }
  return value;
}

/// <reference types="mocha" />
// Every model of the spec, every property: a synthetic wire value with all properties set goes
// through the generated deserializer and serializer, and must agree with `wireToClient`, the
// spec-walking conversion (client names from x-ms-client-name, date-time → Date, int64 string →
// number). The examples exercise only part of the models; this covers the rest (statistics with
// int64 strings, for instance).

import { assert } from "chai";
import * as serializers from "../generated/api/serializers.js";
import { resolveSchema, specDefinitions, type Schema } from "./utils/spec.js";
import { canonicalWireDates, wireToClient } from "./utils/wireToClient.js";

/** The wire value without the properties the spec marks read-only (serializers do not send them). */
function withoutReadOnly(value: unknown, schema: Schema): unknown {
  const s = resolveSchema(schema);
  if (Array.isArray(value)) return value.map((item) => withoutReadOnly(item, s.items ?? {}));
  if (!s.properties || typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const p = s.properties[k];
    if (p && !p.readOnly) out[k] = withoutReadOnly(v, p);
  }
  return out;
}

/** A wire value for `schema` with every property set (nested models down to `depth`). */
function synthesize(schema: Schema, name: string, depth: number): unknown {
  const s = resolveSchema(schema);
  if (s.enum) return s.enum[0];
  if (s.type === "array" || s.items) {
    const item = synthesize(s.items ?? {}, name, depth);
    return item === undefined ? [] : [item];
  }
  if (s.properties) {
    // Below `depth`, only the required properties (a value without them is not a valid model).
    const out: Record<string, unknown> = {};
    for (const [wireName, p] of Object.entries(s.properties)) {
      if (depth <= 0 && !s.required?.includes(wireName)) continue;
      const value = synthesize(p, wireName, depth - 1);
      if (value !== undefined) out[wireName] = value;
    }
    return out;
  }
  switch (s.type) {
    case "string":
      if (s.format === "date-time") return "2025-02-17T01:02:03.456Z";
      if (s.format === "int64") return "9007199254740";
      if (s.format === "duration") return "PT1H2M3S";
      return `${name}-value`;
    case "integer":
      return 42;
    case "number":
      return 1.5;
    case "boolean":
      return true;
    case "object":
      return { key: "value" };
    default:
      return `${name}-value`;
  }
}

const fns = serializers as unknown as Record<string, ((item: unknown) => unknown) | undefined>;
const lowerFirst = (n: string) => n[0]!.toLowerCase() + n.slice(1);

describe("models: every property of every spec model, through the generated serializers", () => {
  const models = Object.entries(specDefinitions()).filter(([, d]) => d.properties);
  let deserializers = 0;
  let serializerCount = 0;

  for (const [name] of models) {
    const fnBase = lowerFirst(name.replace(/\./g, ""));
    const schema: Schema = { $ref: `#/definitions/${name}` };
    const deserialize = fns[`${fnBase}Deserializer`];
    const serialize = fns[`${fnBase}Serializer`];
    if (!deserialize && !serialize) continue;

    it(`${name}: ${[deserialize && "deserializer", serialize && "serializer"].filter(Boolean).join(" and ")}`, () => {
      const wire = synthesize(schema, name, 6);
      const client = wireToClient(wire, schema);
      if (deserialize) {
        deserializers++;
        assert.deepEqual(deserialize(wire), client, `${fnBase}Deserializer`);
      }
      if (serialize) {
        serializerCount++;
        assert.deepEqual(
          canonicalWireDates(serialize(client), schema),
          canonicalWireDates(withoutReadOnly(wire, schema), schema),
          `${fnBase}Serializer` + " (read-only properties are not sent)",
        );
      }
    });
  }

  it("covers the models (at least one converter for each model used in an operation)", () => {
    assert.isAbove(deserializers + serializerCount, 150);
  });
});

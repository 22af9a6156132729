/**
 * A copy of `value` without the keys whose value is `undefined`, so absent stays absent (copied
 * rather than deleted from: deleting keys puts an object in a slow dictionary mode).
 */
export function omitUndefined<T extends Record<string, unknown>>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const field = value[key];
    if (field !== undefined) out[key] = field;
  }
  return out as T;
}

/**
 * How a value changes on its way between the client model and the wire: `iso` a `Date` to an
 * ISO 8601 string, `utc` a `Date` to an HTTP date, `string` a number to a string (int64 sent as
 * text), `date` a string to a `Date`, `number` a string to a number; a function gives the
 * {@link Shape} of a nested model (a function, so that shapes may refer to each other in any
 * order); `items` and `values` convert each element of an array and each value of a record.
 */
export type Conversion =
  "iso" | "utc" | "string" | "date" | "number" | (() => Shape) | { items: Conversion } | { values: Conversion };

/**
 * One property of a {@link Shape}: its name when it is the same on both sides and passes as it is,
 * else `[from, to, conversion]`, where `to` is `0` when the name does not change.
 */
export type ShapeProperty = string | readonly [from: string, to: string | 0, conversion?: Conversion];

/** The properties a model converter copies, in the order of its result. */
export type Shape = readonly ShapeProperty[];

/**
 * Converts `item` property by property as `shape` says, leaving out each property whose value is
 * `undefined` (absent stays absent) and passing `null` as it is. Properties the shape does not name
 * are left out, unless the model has additional properties: then every key not in `known` is
 * copied first, as it is.
 * @param item - the value to convert.
 * @param shape - its model's properties.
 * @param known - for a model with additional properties, the names of its own properties.
 */
export function convertShape(item: object, shape: Shape, known?: readonly string[]): Record<string, unknown> {
  const source = item as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  if (known)
    for (const key of Object.keys(source))
      if (!known.includes(key) && source[key] !== undefined) out[key] = source[key];
  for (const property of shape) {
    if (typeof property === "string") {
      const value = source[property];
      if (value !== undefined) out[property] = value;
      continue;
    }
    const value = source[property[0]];
    if (value !== undefined) out[property[1] || property[0]] = property[2] ? convertValue(value, property[2]) : value;
  }
  return out;
}

function convertValue(value: unknown, conversion: Conversion): unknown {
  if (value === null) return value;
  switch (conversion) {
    case "iso":
      return (value as Date).toISOString();
    case "utc":
      return (value as Date).toUTCString();
    case "string":
      return String(value);
    case "date":
      return new Date(value as string);
    case "number":
      return Number(value);
  }
  if (typeof conversion === "function") return convertShape(value as object, conversion());
  if ("items" in conversion) return (value as unknown[]).map((element) => convertValue(element, conversion.items));
  const out: Record<string, unknown> = {};
  for (const [key, element] of Object.entries(value as Record<string, unknown>))
    out[key] = convertValue(element, conversion.values);
  return out;
}

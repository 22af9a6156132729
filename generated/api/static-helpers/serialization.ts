// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

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

/** Maps every value of a record. */
export function mapRecord<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) out[key] = map(value);
  return out;
}

/** The properties of `item` that a model does not name (its additional properties). */
export function extraProperties(item: object, known: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!known.includes(key)) out[key] = value;
  return out;
}

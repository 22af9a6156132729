/** Checks of request body properties, answering with the service's 400 errors. */
import { parseDuration } from "./duration.js";
import { BatchServiceError, invalidProperty, missingProperty } from "./errors.js";
import type { Json } from "./state/model.js";

/** Resource ids: letters, digits, hyphens and underscores, 1 to 64 characters. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Requires the body to be a JSON object.
 * @param body - Parsed body.
 * @returns The object.
 * @throws BatchServiceError 400 `InvalidRequestBody`.
 */
export function asObject(body: unknown): Json {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    throw new BatchServiceError(
      400,
      "InvalidRequestBody",
      "The specified Request Body is not syntactically valid: a JSON object was expected.",
    );
  }
  return body as Json;
}

function path(prefix: string, name: string): string {
  return prefix ? `${prefix}.${name}` : name;
}

/** Options of the property readers. */
export interface PropOptions {
  /** Throw `MissingRequiredProperty` when absent. */
  required?: boolean;
  /** Path prefix for error messages (`constraints`). */
  prefix?: string;
}

/** Reads a string property. */
export function str(obj: Json, name: string, opts: PropOptions & { max?: number } = {}): string | undefined {
  const v = obj[name];
  if (v === undefined || v === null) {
    if (opts.required) throw missingProperty(path(opts.prefix ?? "", name));
    return undefined;
  }
  if (typeof v !== "string") throw invalidProperty(path(opts.prefix ?? "", name), "A string was expected.");
  if (opts.max !== undefined && v.length > opts.max)
    throw invalidProperty(path(opts.prefix ?? "", name), `At most ${opts.max} characters are allowed.`);
  return v;
}

/** Reads an id property (pattern {@link ID_PATTERN}). */
export function id(obj: Json, name = "id", opts: PropOptions = { required: true }): string {
  const v = str(obj, name, opts);
  if (v === undefined) return undefined as never;
  if (!ID_PATTERN.test(v))
    throw invalidProperty(
      path(opts.prefix ?? "", name),
      "An id may contain only letters, digits, hyphens and underscores and must be 1 to 64 characters long.",
    );
  return v;
}

/** Reads an integer property. */
export function int(
  obj: Json,
  name: string,
  opts: PropOptions & { min?: number; max?: number } = {},
): number | undefined {
  const v = obj[name];
  if (v === undefined || v === null) {
    if (opts.required) throw missingProperty(path(opts.prefix ?? "", name));
    return undefined;
  }
  if (typeof v !== "number" || !Number.isInteger(v))
    throw invalidProperty(path(opts.prefix ?? "", name), "An integer was expected.");
  if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
    throw invalidProperty(
      path(opts.prefix ?? "", name),
      `The value must be between ${opts.min ?? "-inf"} and ${opts.max ?? "inf"}.`,
    );
  }
  return v;
}

/** Reads a boolean property. */
export function bool(obj: Json, name: string, opts: PropOptions = {}): boolean | undefined {
  const v = obj[name];
  if (v === undefined || v === null) {
    if (opts.required) throw missingProperty(path(opts.prefix ?? "", name));
    return undefined;
  }
  if (typeof v !== "boolean") throw invalidProperty(path(opts.prefix ?? "", name), "A boolean was expected.");
  return v;
}

/** Reads an enum property (values compared case-insensitively, returned lower-cased as on the wire). */
export function oneOf<T extends string>(
  obj: Json,
  name: string,
  values: readonly T[],
  opts: PropOptions = {},
): T | undefined {
  const v = str(obj, name, opts);
  if (v === undefined) return undefined;
  const hit = values.find((x) => x.toLowerCase() === v.toLowerCase());
  if (!hit) throw invalidProperty(path(opts.prefix ?? "", name), `Allowed values: ${values.join(", ")}.`);
  return hit;
}

/** Reads an ISO 8601 duration property. */
export function duration(obj: Json, name: string, opts: PropOptions = {}): string | undefined {
  const v = str(obj, name, opts);
  if (v === undefined) return undefined;
  const ms = parseDuration(v);
  if (ms === undefined || ms < 0)
    throw invalidProperty(path(opts.prefix ?? "", name), "An ISO 8601 duration such as PT15M was expected.");
  return v;
}

/** Reads an object property. */
export function obj(o: Json, name: string, opts: PropOptions = {}): Json | undefined {
  const v = o[name];
  if (v === undefined || v === null) {
    if (opts.required) throw missingProperty(path(opts.prefix ?? "", name));
    return undefined;
  }
  if (typeof v !== "object" || Array.isArray(v))
    throw invalidProperty(path(opts.prefix ?? "", name), "An object was expected.");
  return v as Json;
}

/** Reads an array property. */
export function arr(o: Json, name: string, opts: PropOptions = {}): unknown[] | undefined {
  const v = o[name];
  if (v === undefined || v === null) {
    if (opts.required) throw missingProperty(path(opts.prefix ?? "", name));
    return undefined;
  }
  if (!Array.isArray(v)) throw invalidProperty(path(opts.prefix ?? "", name), "An array was expected.");
  return v;
}

/** Checks `[{ name, value }]` lists (environmentSettings, metadata). */
export function nameValueList(o: Json, name: string, opts: PropOptions = {}): void {
  const list = arr(o, name, opts);
  if (!list) return;
  list.forEach((item, i) => {
    const p = `${path(opts.prefix ?? "", name)}[${i}]`;
    const e = asObjectProp(item, p);
    str(e, "name", { required: true, prefix: p });
    if (e.value !== undefined && e.value !== null && typeof e.value !== "string")
      throw invalidProperty(`${p}.value`, "A string was expected.");
  });
}

function asObjectProp(v: unknown, p: string): Json {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw invalidProperty(p, "An object was expected.");
  return v as Json;
}

/** Copies the listed properties that are present. */
export function pick(o: Json, names: readonly string[]): Json {
  const out: Json = {};
  for (const n of names) if (o[n] !== undefined) out[n] = o[n];
  return out;
}

/** Questions about a {@link TypeRef} that both emitters ask. */
import type { TypeRef } from "../model.js";

/** Whether `t` is a date-time string (ISO 8601 or RFC 7231): a `Date` in the convenience layer. */
export function isDate(t: TypeRef): boolean {
  return t.kind === "string" && (t.format === "date-time" || t.format === "date-time-rfc7231");
}

/** Whether `t` is a number in the convenience layer (JSON numbers and int64 strings). */
export function isNumeric(t: TypeRef): boolean {
  return t.kind === "number" || (t.kind === "string" && t.format === "int64");
}

/** TypeScript spellings of {@link TypeRef}s in the rest-level (wire-named) layer. */
import type { TypeRef } from "../model.js";
import { isDate } from "./typeKinds.js";

/** The rest-level type of `t`: wire names, dates as strings (inputs also take `Date`). */
export function restType(t: TypeRef, direction: "input" | "output"): string {
  switch (t.kind) {
    case "string":
      return isDate(t) && direction === "input" ? "Date | string" : "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "model":
      return direction === "input" ? t.name : `${t.name}Output`;
    case "enum":
      return t.name;
    case "constant":
      return JSON.stringify(t.value);
    case "array":
      return `Array<${restType(t.items, direction)}>`;
    case "dictionary":
      return `Record<string, ${restType(t.values, direction)}>`;
    case "binary":
      return "Uint8Array";
    case "unknown":
      return "unknown";
  }
}

/** Model names `t` refers to (for imports). */
export function referencedModels(t: TypeRef, into: Set<string>): Set<string> {
  if (t.kind === "model") into.add(t.name);
  else if (t.kind === "array") referencedModels(t.items, into);
  else if (t.kind === "dictionary") referencedModels(t.values, into);
  return into;
}

/** Enum names `t` refers to (for imports). */
export function referencedEnums(t: TypeRef, into: Set<string>): Set<string> {
  if (t.kind === "enum") into.add(t.name);
  else if (t.kind === "array") referencedEnums(t.items, into);
  else if (t.kind === "dictionary") referencedEnums(t.values, into);
  return into;
}

/**
 * The convenience layer's option and result types (`api/options.ts`, `api/results.ts`) and the
 * headers every operation sends (`api/commonHeaders.ts`).
 */
import type { Parameter } from "../model.js";
import { propertyAccess, propertyKey } from "../naming.js";
import type { OperationPlan } from "./apiPlan.js";
import { successHeaders } from "./apiPlan.js";
import { apiType, isDate } from "./apiTypes.js";
import { doc } from "./docs.js";

/** Names the emitters share. */
export interface ApiNames {
  /** The client's base name, e.g. `Batch`. */
  base: string;
  /** The context interface, e.g. `BatchContext`. */
  context: string;
  /** The options every operation takes, e.g. `BatchOperationOptions`. */
  commonOptions: string;
}

function optionDecl(p: Parameter): string {
  const t = p.collectionFormat ? `Array<${apiType(p.type.kind === "array" ? p.type.items : p.type)}>` : apiType(p.type);
  const wire = p.wireName !== p.name ? ` (sent as \`${p.wireName}\`)` : "";
  return (
    doc(`${p.description}${wire ? `\n${wire.trim()}` : ""}`, `The ${p.wireName} parameter.`) +
    `${propertyKey(p.name)}?: ${t};\n`
  );
}

/** `api/options.ts`: the shared options type and one options type per operation. */
export function emitOptions(plans: OperationPlan[], common: Parameter[], names: ApiNames): string {
  let out = `import type { OperationOptions } from "@azure-rest/core-client";\n\n`;
  out += doc(`Options every ${names.base} operation takes.`, "");
  out += `export interface ${names.commonOptions} extends OperationOptions {\n${common.map(optionDecl).join("")}}\n\n`;
  for (const plan of plans) {
    out += doc(`Optional parameters of \`${plan.op.methodName}\` (${plan.op.operationId}).`, "");
    out += `export interface ${plan.optionsType} extends ${names.commonOptions} {\n${plan.ownParams.map(optionDecl).join("")}}\n\n`;
  }
  return out;
}

/** `api/results.ts`: the typed response headers of the operations that return no body. */
export function emitResults(plans: OperationPlan[]): string {
  const results = new Map<string, string>();
  for (const plan of plans) {
    if (!plan.resultType || results.has(plan.resultType)) continue;
    const fields = successHeaders(plan.op)
      .map((h) => doc(h.description, `The ${h.wireName} header.`) + `${propertyKey(h.name)}?: ${apiType(h.type)};\n`)
      .join("");
    results.set(
      plan.resultType,
      doc(`What \`${plan.op.methodName}\` returns: the response headers, typed.`, "") +
        `export interface ${plan.resultType} {\n${fields}}\n\n`,
    );
  }
  return (
    [...results.keys()]
      .sort()
      .map((k) => results.get(k))
      .join("") || "export {};\n"
  );
}

/** Converts an option value to what the rest-level request takes. */
export function requestValue(p: Parameter, value: string): string {
  return isDate(p.type) ? `${value}?.toUTCString()` : value;
}

/** `api/commonHeaders.ts`: the headers every operation sends. */
export function emitCommonHeaders(common: Parameter[], names: ApiNames): string {
  const entries = common
    .filter((p) => p.in === "header")
    .map((p) => `${propertyKey(p.wireName)}: ${requestValue(p, propertyAccess("options", p.name))}`);
  let out = `import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";\n`;
  out += `import type { ${names.commonOptions} } from "./options.js";\n`;
  out += `import { compact } from "./static-helpers/request.js";\n\n`;
  out += doc("The headers every operation sends: the caller's extra headers, then the shared header options.", "", [
    "@param options - the operation's options.",
    "@returns the headers.",
  ]);
  out += `export function commonHeaders(options: ${names.commonOptions}): RawHttpHeadersInput {\n`;
  out += `return { ...options.requestOptions?.headers, ...compact({ ${entries.join(", ")} }) };\n}\n`;
  return out;
}

/**
 * The files that put the operations together: the context they run on (`api/<context>.ts`),
 * the client class that holds one and delegates every method (`api/<base>Operations.ts`, such as
 * `api/batchOperations.ts`), the index of the functions (`api/operations.ts`) and the
 * index of the types (`api/index.ts`).
 */
import { byKey, lowerFirst, upperFirst } from "../naming.js";
import type { OperationPlan } from "./apiPlan.js";
import type { LongRunningPlan } from "./apiLro.js";
import { longRunningDoc } from "./apiLro.js";
import type { ApiNames } from "./apiOptions.js";
import { operationDoc } from "./apiOperations.js";
import { namedModel } from "./apiPlan.js";
import { doc } from "./docs.js";

/** `api/<context>.ts`: what every operation function runs on. */
export function emitContext(names: ApiNames): string {
  let out = `import type { Client, PathUncheckedResponse } from "@azure-rest/core-client";\n\n`;
  out += doc(
    `What the ${names.base} operation functions run on: the rest-level client requests go through, and the error a failed call throws.`,
    "",
  );
  out += `export interface ${names.context} {\n`;
  out += doc("The rest-level client (its pipeline sends every request).", "") + "readonly client: Client;\n";
  out += doc("Builds the error thrown for a response whose status the operation does not declare.", "", [
    "@param response - the unexpected response (its body parsed when it was JSON).",
  ]);
  out += "createError(response: PathUncheckedResponse): Error;\n}\n";
  return out;
}

/** `api/<base>Operations.ts`: one method per operation (and per long-running operation), each delegating to its function. */
export function emitOperationsClass(
  plans: OperationPlan[],
  lros: LongRunningPlan[],
  names: ApiNames,
  engineModule: string,
): string {
  const className = `${names.base}Operations`;
  const byGroup = new Map<string, string[]>();
  for (const p of plans) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p.op.methodName]);
  let out = "";
  for (const [group, methods] of [...byGroup].sort(byKey)) {
    out += `import { ${methods.sort().join(", ")} } from "./${group}/operations.js";\n`;
  }
  if (lros.length) {
    const begins = lros.map((l) => `begin${upperFirst(l.name)}`).sort();
    out += `import { ${[...begins, ...lros.map((l) => `type ${l.optionsType}`).sort()].join(", ")} } from "./longRunning.js";\n`;
    out += `import type { BatchPoller } from ${JSON.stringify(engineModule)};\n`;
  }
  out += `import type { ${names.context} } from "./${lowerFirst(names.context)}.js";\n`;
  const models = new Set(
    plans
      .flatMap((p) => [namedModel(p.bodyType), namedModel(p.bodyResult), namedModel(p.itemType)])
      .filter((m): m is string => !!m),
  );
  out += `import type { ${[...models].sort().join(", ")} } from "./models.js";\n`;
  out += `import type { ${plans
    .map((p) => p.optionsType)
    .sort()
    .join(", ")} } from "./options.js";\n`;
  const results = [...new Set(plans.map((p) => p.resultType).filter((r): r is string => !!r))].sort();
  if (results.length) out += `import type { ${results.join(", ")} } from "./results.js";\n`;
  if (plans.some((p) => p.kind === "paged"))
    out += `import type { PagedAsyncIterableIterator } from "../rest/paginateHelper.js";\n`;
  out += "\n";
  out += doc(
    `Every ${names.base} operation as a method: each one calls the operation's function (importable on its own) with this object's context.\n` +
      "A method throws the error built by the context's `createError` for any status the spec does not declare; a `begin*` method's poller throws the error of its request or of a poll.",
    "",
  );
  out += `export class ${className} {\n`;
  out += doc("The context every method runs on.", "") + `protected readonly context: ${names.context};\n\n`;
  out += doc("Wraps a context.", "", ["@param context - the rest-level client and error factory the operations use."]);
  out += `constructor(context: ${names.context}) {\nthis.context = context;\n}\n\n`;
  for (const plan of plans) {
    const args = [...plan.args, `options: ${plan.optionsType} = {}`].join(", ");
    const returns = plan.kind === "paged" ? plan.resultExpr : `Promise<${plan.resultExpr}>`;
    out += operationDoc(plan, false);
    out += `${plan.op.methodName}(${args}): ${returns} {\nreturn ${plan.op.methodName}(${["this.context", ...plan.argNames, "options"].join(", ")});\n}\n\n`;
  }
  for (const lro of lros) {
    const name = `begin${upperFirst(lro.name)}`;
    out += longRunningDoc(lro, false);
    out += `${name}(${[...lro.args, `options: ${lro.optionsType} = {}`].join(", ")}): BatchPoller<${lro.resultType}> {\n`;
    out += `return ${name}(${["this.context", ...lro.argNames, "options"].join(", ")});\n}\n\n`;
  }
  return out + "}\n";
}

/** `api/operations.ts`: every operation function (and `beginX`), the context type and the client class. */
export function emitOperationsIndex(plans: OperationPlan[], lros: LongRunningPlan[], names: ApiNames): string {
  const byGroup = new Map<string, string[]>();
  for (const p of plans) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p.op.methodName]);
  let out = `export type { ${names.context} } from "./${lowerFirst(names.context)}.js";\n`;
  out += `export { ${names.base}Operations } from "./${lowerFirst(names.base)}Operations.js";\n`;
  for (const [group, methods] of [...byGroup].sort(byKey)) {
    out += `export { ${methods.sort().join(", ")} } from "./${group}/operations.js";\n`;
  }
  if (lros.length) {
    const begins = lros.map((l) => `begin${upperFirst(l.name)}`).sort();
    out += `export { ${begins.join(", ")} } from "./longRunning.js";\n`;
  }
  return out;
}

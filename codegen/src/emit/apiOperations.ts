/**
 * One module of functions per operation group (`api/<group>/operations.ts`), in the shape of
 * Azure's modular clients: per operation, `_xSend` builds and sends the request, `_xDeserialize`
 * checks that operation's own declared statuses and returns the typed result, and `x` composes
 * them; all take the context first.
 */
import type { TypeRef } from "../model.js";
import { byKey, lowerFirst, propertyAccess, propertyKey } from "../naming.js";
import type { OperationPlan } from "./apiPlan.js";
import { namedModel, successHeaders } from "./apiPlan.js";
import { apiType, fromWire, isDate, toWire } from "./apiTypes.js";
import { isNumeric } from "./typeKinds.js";
import type { ApiNames } from "./apiOptions.js";
import { requestValue } from "./apiOptions.js";
import { doc } from "./docs.js";

/** The runtime helpers an operations module may call, and the module each comes from. */
const HELPER_MODULES: Record<string, string> = {
  operationPath: "../static-helpers/request.js",
  compact: "../static-helpers/request.js",
  parseDate: "../static-helpers/request.js",
  parseBoolean: "../static-helpers/request.js",
  parseNumber: "../static-helpers/request.js",
  readErrorBody: "../static-helpers/request.js",
  omitUndefined: "../static-helpers/serialization.js",
  mapRecord: "../static-helpers/serialization.js",
  commonHeaders: "../commonHeaders.js",
  buildPagedIterator: "../../rest/paginateHelper.js",
};

/** Emits one group's operations module. */
export function emitGroupOperations(plans: OperationPlan[], names: ApiNames): string {
  const body = plans
    .map((plan) => emitSend(plan, names) + emitDeserialize(plan, names) + emitComposed(plan, names))
    .join("");
  return emitImports(plans, names, body) + body;
}

function emitImports(plans: OperationPlan[], names: ApiNames, body: string): string {
  const coreTypes = ["PathUncheckedResponse", "StreamableMethod"];
  if (plans.some((p) => p.kind === "binary")) coreTypes.push("HttpNodeStreamResponse");
  const core = [...coreTypes.sort().map((t) => `type ${t}`), "operationOptionsToRequestParameters"];
  let out = `import { ${core.join(", ")} } from "@azure-rest/core-client";\n`;
  const byModule = new Map<string, Set<string>>();
  for (const [helper, module] of Object.entries(HELPER_MODULES)) {
    if (!new RegExp(`\\b${helper}\\(`).test(body)) continue;
    byModule.set(module, (byModule.get(module) ?? new Set()).add(helper));
  }
  if (plans.some((p) => p.kind === "paged"))
    byModule.get("../../rest/paginateHelper.js")!.add("type PagedAsyncIterableIterator");
  const serializers = new Set([...body.matchAll(/\b([a-z]\w*(?:Serializer|Deserializer))\(/g)].map((m) => m[1]));
  if (serializers.size) byModule.set("../serializers.js", serializers);
  for (const [module, helpers] of [...byModule].sort(byKey)) {
    out += `import { ${[...helpers].sort().join(", ")} } from ${JSON.stringify(module)};\n`;
  }
  out += `import type { ${names.context} } from "../${lowerFirst(names.context)}.js";\n`;
  const models = new Set(
    plans
      .flatMap((p) => [namedModel(p.bodyType), namedModel(p.bodyResult), namedModel(p.itemType)])
      .filter((m): m is string => !!m),
  );
  if (models.size) out += `import type { ${[...models].sort().join(", ")} } from "../models.js";\n`;
  out += `import type { ${plans
    .map((p) => p.optionsType)
    .sort()
    .join(", ")} } from "../options.js";\n`;
  const results = [...new Set(plans.map((p) => p.resultType).filter((r): r is string => !!r))];
  if (results.length) out += `import type { ${results.sort().join(", ")} } from "../results.js";\n`;
  return out + "\n";
}

/** The request options object passed to the rest-level method. */
function requestObject(plan: OperationPlan): string {
  const { op } = plan;
  const query = op.parameters.filter((p) => p.in === "query");
  const queryEntries = query.map((p) =>
    p.wireName === "maxresults" && plan.kind === "paged"
      ? `maxresults: maxPageSize ?? options.maxresults`
      : `${propertyKey(p.wireName)}: ${requestValue(p, propertyAccess("options", p.name))}`,
  );
  let out = `{\n...operationOptionsToRequestParameters(options),\n`;
  if (queryEntries.length) out += `queryParameters: compact({ ${queryEntries.join(", ")} }),\n`;
  out += `headers: ${headersExpression(plan)},\n`;
  if (op.accept && op.accept !== "application/json") out += `accept: ${JSON.stringify(op.accept)},\n`;
  if (op.body && plan.bodyArg) {
    const value = toWire(op.body.type, plan.bodyArg) ?? plan.bodyArg;
    out += `contentType: ${JSON.stringify(op.body.contentType)},\n`;
    out += `body: ${op.body.required ? value : `${plan.bodyArg} === undefined ? undefined : ${value}`},\n`;
  }
  return out + "}";
}

function headersExpression(plan: OperationPlan): string {
  const own = plan.ownParams
    .filter((p) => p.in === "header")
    .map((p) => `${propertyKey(p.wireName)}: ${requestValue(p, propertyAccess("options", p.name))}`);
  return own.length ? `{ ...commonHeaders(options), ...compact({ ${own.join(", ")} }) }` : "commonHeaders(options)";
}

function sendName(plan: OperationPlan): string {
  return `_${plan.op.methodName}Send`;
}

function deserializeName(plan: OperationPlan): string {
  return `_${plan.op.methodName}Deserialize`;
}

function emitSend(plan: OperationPlan, names: ApiNames): string {
  const { op } = plan;
  const args = [`context: ${names.context}`, ...plan.args, `options: ${plan.optionsType} = {}`];
  if (plan.kind === "paged") args.push("maxPageSize?: number");
  const pathArgs = [JSON.stringify(op.path), ...plan.pathParams.map((p) => p.name)].join(", ");
  let out = doc(
    `Builds and sends the request of \`${op.methodName}\`: \`${op.method.toUpperCase()} ${op.path}\`.`,
    "",
    ["@internal"],
  );
  out += `export function ${sendName(plan)}(${args.join(", ")}): StreamableMethod {\n`;
  out += `return operationPath(context.client, ${pathArgs}).${op.method}(${requestObject(plan)});\n}\n\n`;
  return out;
}

function statusCheck(plan: OperationPlan, result: string): string {
  const codes = plan.expectedStatuses.filter((c) => plan.kind !== "exists" || c !== "404");
  return codes.length === 1
    ? `${result}.status !== ${JSON.stringify(codes[0])}`
    : `!${JSON.stringify(codes)}.includes(${result}.status)`;
}

function headerValue(wireName: string, type: TypeRef): string {
  const raw = `result.headers[${JSON.stringify(wireName.toLowerCase())}]`;
  if (isDate(type)) return `parseDate(${raw})`;
  if (type.kind === "boolean") return `parseBoolean(${raw})`;
  if (isNumeric(type)) return `parseNumber(${raw})`;
  return raw;
}

function emitDeserialize(plan: OperationPlan, names: ApiNames): string {
  const name = deserializeName(plan);
  const tags = ["@internal"];
  if (plan.kind === "paged") {
    const item = plan.itemType!;
    const conv = fromWire(item, "p");
    const wireItem =
      item.kind === "model" ? `Parameters<typeof ${lowerFirst(item.name)}Deserializer>[0]` : apiType(item);
    let out = doc(`Converts the items of one page of \`${plan.op.methodName}\`.`, "", tags);
    out += `export function ${name}(items: unknown[]): ${apiType(item)}[] {\n`;
    out += conv
      ? `return (items as ${wireItem}[]).map((p) => ${conv});\n}\n\n`
      : `return items as ${apiType(item)}[];\n}\n\n`;
    return out;
  }
  const check = statusCheck(plan, "result");
  let out = doc(
    `Checks the status of a \`${plan.op.methodName}\` response (any status the spec does not declare is an error) and reads its result.`,
    "",
    tags,
  );
  if (plan.kind === "binary") {
    out += `export async function ${name}(context: ${names.context}, result: HttpNodeStreamResponse): Promise<NodeJS.ReadableStream> {\n`;
    out += `if (${check} || result.body === undefined) throw context.createError(await readErrorBody(result));\nreturn result.body;\n}\n\n`;
    return out;
  }
  out += `export async function ${name}(context: ${names.context}, result: PathUncheckedResponse): Promise<${plan.resultExpr}> {\n`;
  if (plan.kind === "exists") {
    out += `if (result.status === "404") return false;\nif (${check}) throw context.createError(result);\nreturn true;\n}\n\n`;
  } else if (plan.kind === "json") {
    out += `if (${check}) throw context.createError(result);\nreturn ${fromWire(plan.bodyResult!, "result.body") ?? "result.body"};\n}\n\n`;
  } else {
    const fields = successHeaders(plan.op).map((h) => `${propertyKey(h.name)}: ${headerValue(h.wireName, h.type)}`);
    out += `if (${check}) throw context.createError(result);\nreturn omitUndefined({ ${fields.join(", ")} });\n}\n\n`;
  }
  return out;
}

/**
 * The TSDoc of an operation: the composed function's has the spec's whole description; the
 * client method's (`withContext` false) its summary, to keep the class short (the class's own
 * TSDoc says what every method throws).
 */
export function operationDoc(plan: OperationPlan, withContext: boolean): string {
  const { op } = plan;
  const sends = `Sends \`${op.method.toUpperCase()} ${op.path}\` (${op.operationId}).`;
  const tags = [...plan.paramDocs, "@param options - optional parameters.", `@returns ${plan.returnsDoc}`];
  if (!withContext) return doc(`${op.summary || op.description || op.operationId}\n${sends}`, "", tags);
  return doc(op.description || op.summary, op.operationId, [
    "",
    sends,
    "@param context - the context the operation runs on.",
    ...tags,
    "@throws the error built by the context's `createError` for any status the spec does not declare.",
  ]);
}

function emitComposed(plan: OperationPlan, names: ApiNames): string {
  const { op } = plan;
  const args = [`context: ${names.context}`, ...plan.args, `options: ${plan.optionsType} = {}`];
  const call = ["context", ...plan.argNames, "options"].join(", ");
  let out = operationDoc(plan, true);
  if (plan.kind === "paged") {
    out += `export function ${op.methodName}(${args.join(", ")}): ${plan.resultExpr} {\nreturn buildPagedIterator({\n`;
    out += `firstPage: (maxPageSize?: number) => ${sendName(plan)}(${call}, maxPageSize),\n`;
    out += `nextPage: (nextLink: string) => context.client.pathUnchecked(nextLink).get({ ...operationOptionsToRequestParameters(options), headers: ${headersExpression(plan)} }),\n`;
    out += `expectedStatus: ${JSON.stringify(plan.expectedStatuses[0])},\n`;
    out += `toItems: ${deserializeName(plan)},\n`;
    out += `toError: (response) => context.createError(response),\n});\n}\n\n`;
    return out;
  }
  const send = `${sendName(plan)}(${call})${plan.kind === "binary" ? ".asNodeStream()" : ""}`;
  out += `export async function ${op.methodName}(${args.join(", ")}): Promise<${plan.resultExpr}> {\n`;
  out += `return ${deserializeName(plan)}(context, await ${send});\n}\n\n`;
  return out;
}

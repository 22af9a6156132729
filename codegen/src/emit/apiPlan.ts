/**
 * What the convenience layer emits for one operation, worked out once: its kind, parameters,
 * signature, result type and the models and serializers it needs. The options, operations,
 * client and long-running emitters all read these plans.
 */
import type { Operation, Parameter, ResponseHeader, ServiceModel, TypeRef } from "../model.js";
import { lowerFirst, pathParameterNames, upperFirst } from "../naming.js";
import { apiType } from "./apiTypes.js";

/** How an operation answers, which decides how its result is read. */
export type OperationKind = "paged" | "json" | "exists" | "binary" | "headers";

/** One operation, ready to emit. */
export interface OperationPlan {
  op: Operation;
  kind: OperationKind;
  /** The module folder of its group: `Pools` → `pools`. */
  group: string;
  pathParams: Parameter[];
  /** Its non-path parameters that are not common to every operation. */
  ownParams: Parameter[];
  optionsType: string;
  /** The name of the typed-headers result, for `headers` operations. */
  resultType?: string;
  /** What the composed function resolves to (without the `Promise`), or the iterator type. */
  resultExpr: string;
  /** The body's argument name, when the operation has a body. */
  bodyArg?: string;
  /** The body's type, when the operation has a body. */
  bodyType?: TypeRef;
  /** The status codes the operation declares: any other is an error. */
  expectedStatuses: string[];
  /** Parameters before `options`: `poolId: string`, `pool: BatchPoolCreateOptions`. */
  args: string[];
  /** Their names, in order. */
  argNames: string[];
  /** `@param` lines of the arguments (without options). */
  paramDocs: string[];
  /** The `@returns` text. */
  returnsDoc: string;
  /** The paged item type, for `paged` operations. */
  itemType?: TypeRef;
  /** The JSON body type, for `json` operations. */
  bodyResult?: TypeRef;
}

/** Plans every operation of `model`. */
export function planOperations(
  model: ServiceModel,
  commonNames: ReadonlySet<string>,
  resultTypeNames: Record<string, string>,
): OperationPlan[] {
  return model.operations.map((op) => planOperation(model, op, commonNames, resultTypeNames));
}

function planOperation(
  model: ServiceModel,
  op: Operation,
  commonNames: ReadonlySet<string>,
  resultTypeNames: Record<string, string>,
): OperationPlan {
  const kind = kindOf(op);
  const pathParams = pathParameterNames(op.path).map((name) => {
    const p = op.parameters.find((q) => q.in === "path" && q.wireName === name);
    if (!p) throw new Error(`azbatch-codegen: ${op.operationId}: no parameter for '{${name}}' in ${op.path}`);
    return p;
  });
  const args = pathParams.map((p) => `${p.name}: string`);
  const argNames = pathParams.map((p) => p.name);
  const paramDocs = pathParams.map((p) => `@param ${p.name} - ${oneLine(p.description)}`);
  let bodyArg: string | undefined;
  if (op.body) {
    bodyArg = op.body.name === "options" ? "parameters" : op.body.name;
    args.push(`${bodyArg}${op.body.required ? "" : "?"}: ${apiType(op.body.type)}`);
    argNames.push(bodyArg);
    paramDocs.push(`@param ${bodyArg} - ${oneLine(op.body.description) || "The request body."}`);
  }
  const success = op.responses.filter((r) => r.statusCodes.some((c) => c.startsWith("2")));
  const plan: OperationPlan = {
    op,
    kind,
    group: lowerFirst(op.group),
    pathParams,
    ownParams: op.parameters.filter((p) => p.in !== "path" && !commonNames.has(p.wireName)),
    optionsType: `${upperFirst(op.methodName)}OptionalParams`,
    resultExpr: "void",
    ...(bodyArg ? { bodyArg, bodyType: op.body!.type } : {}),
    expectedStatuses: op.responses.flatMap((r) => r.statusCodes),
    args,
    argNames,
    paramDocs,
    returnsDoc: RETURNS[kind],
  };
  if (kind === "paged") {
    plan.itemType = pagedItemType(model, op);
    plan.resultExpr = `PagedAsyncIterableIterator<${apiType(plan.itemType)}>`;
  } else if (kind === "json") {
    plan.bodyResult = success.find((r) => r.body)!.body!;
    plan.resultExpr = apiType(plan.bodyResult);
  } else if (kind === "exists") {
    plan.resultExpr = "boolean";
  } else if (kind === "binary") {
    plan.resultExpr = "NodeJS.ReadableStream";
  } else {
    plan.resultType = resultTypeNames[op.operationId] ?? `${upperFirst(op.methodName)}Result`;
    plan.resultExpr = plan.resultType;
  }
  return plan;
}

const RETURNS: Record<OperationKind, string> = {
  paged: "an async iterator over every item, with `byPage()`.",
  exists: "true when the resource exists, false on 404.",
  binary: "the file's content as a Node stream (not buffered).",
  json: "the response body, typed.",
  headers: "the response headers, typed.",
};

function kindOf(op: Operation): OperationKind {
  if (op.paging) return "paged";
  const success = op.responses.filter((r) => r.statusCodes.some((c) => c.startsWith("2")));
  if (op.method === "head" && op.responses.some((r) => r.statusCodes.includes("404"))) return "exists";
  if (success.some((r) => r.body?.kind === "binary")) return "binary";
  if (success.some((r) => r.body)) return "json";
  return "headers";
}

function pagedItemType(model: ServiceModel, op: Operation): TypeRef {
  const body = op.responses.find((r) => r.body)?.body;
  const page = body?.kind === "model" ? model.models.find((m) => m.name === body.name) : undefined;
  const items = page?.properties.find((p) => p.wireName === op.paging?.itemName)?.type;
  if (!items || items.kind !== "array") {
    throw new Error(`azbatch-codegen: ${op.operationId}: the page model has no '${op.paging?.itemName}' array`);
  }
  return items.items;
}

/** The headers of an operation's success responses, each once. */
export function successHeaders(op: Operation): ResponseHeader[] {
  const seen = new Map<string, ResponseHeader>();
  for (const r of op.responses) {
    if (!r.statusCodes.some((c) => c.startsWith("2"))) continue;
    for (const h of r.headers) if (!seen.has(h.wireName)) seen.set(h.wireName, h);
  }
  return [...seen.values()];
}

/** Parameters present, with the same name, in every operation: they form the shared options type. */
export function commonParameters(model: ServiceModel): Parameter[] {
  const [first, ...rest] = model.operations;
  if (!first) return [];
  return first.parameters.filter(
    (p) =>
      p.in !== "path" && rest.every((op) => op.parameters.some((q) => q.wireName === p.wireName && q.name === p.name)),
  );
}

/** Models referenced by name in `t` (the top-level one, through arrays and dictionaries). */
export function namedModel(t: TypeRef | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === "model") return t.name;
  if (t.kind === "array") return namedModel(t.items);
  if (t.kind === "dictionary") return namedModel(t.values);
  return undefined;
}

/** Collapses spec prose onto one line (for `@param`). */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

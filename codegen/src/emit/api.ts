/**
 * Emits the convenience layer (`generated/api/`): client-named models and their serializers,
 * per operation group a module of operation functions on a context, their option and result
 * types, the declared long-running operations, a client class that delegates to the functions,
 * and the runtime helpers (copied from `codegen/templates/api/`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ServiceModel, TypeRef } from "../model.js";
import { byName, lowerFirst } from "../naming.js";
import { emitContext, emitOperationsClass, emitOperationsIndex } from "./apiClient.js";
import { emitLongRunning, planLongRunning, type LongRunningConfig } from "./apiLro.js";
import { emitModels, emitSerializers } from "./apiModels.js";
import { emitGroupOperations } from "./apiOperations.js";
import { emitCommonHeaders, emitOptions, emitResults, type ApiNames } from "./apiOptions.js";
import { commonParameters, planOperations } from "./apiPlan.js";
import { fileHeader } from "./docs.js";

/** Options for the convenience-layer emitter. */
export interface ApiEmitOptions {
  /** The rest-level client type name, e.g. `BatchClient`. */
  clientName: string;
  /** Operation-result type names shared by several operations (operationId → name). */
  resultTypeNames?: Record<string, string>;
  /** Client-side names for models whose spec name is taken by a hand-written type (spec name → client name). */
  modelRenames?: Record<string, string>;
  /** The long-running operations, keyed by method name. */
  longRunningOperations?: Record<string, LongRunningConfig>;
  /** The module of the poller engine, as imported from a file in `api/` (required with long-running operations). */
  longRunningEngine?: string;
  /** The folder of the runtime helper templates. */
  templatesDir: string;
}

/** Emits every file of the convenience layer, keyed by path relative to the output folder. */
export function emitApi(specModel: ServiceModel, options: ApiEmitOptions): Map<string, string> {
  const renames = options.modelRenames ?? {};
  const model = renameModels(specModel, renames);
  const restNames = new Map(Object.entries(renames).map(([spec, client]) => [client, spec]));
  const base = options.clientName.replace(/Client$/, "");
  const names: ApiNames = { base, context: `${base}Context`, commonOptions: `${base}OperationOptions` };
  const common = commonParameters(model);
  const plans = planOperations(model, new Set(common.map((p) => p.wireName)), options.resultTypeNames ?? {});
  const lros = planLongRunning(options.longRunningOperations ?? {}, plans);
  if (lros.length && !options.longRunningEngine)
    throw new Error("azbatch-codegen: long-running operations need azbatch.long-running-engine");
  const engine = options.longRunningEngine ?? "";

  const files = new Map<string, string>();
  const header = fileHeader(model.title, model.apiVersion);
  const add = (path: string, content: string): void => void files.set(path, header + content);
  add("api/models.ts", emitModels(model));
  add(
    "api/serializers.ts",
    emitSerializers(model, (name) => restNames.get(name) ?? name),
  );
  add("api/options.ts", emitOptions(plans, common, names));
  add("api/results.ts", emitResults(plans));
  add("api/commonHeaders.ts", emitCommonHeaders(common, names));
  add(`api/${lowerFirst(names.context)}.ts`, emitContext(names));
  for (const group of [...new Set(plans.map((p) => p.group))].sort()) {
    add(
      `api/${group}/operations.ts`,
      emitGroupOperations(
        plans.filter((p) => p.group === group),
        names,
      ),
    );
  }
  add("api/longRunning.ts", emitLongRunning(lros, names, engine));
  add(`api/${lowerFirst(base)}Operations.ts`, emitOperationsClass(plans, lros, names, engine));
  add("api/operations.ts", emitOperationsIndex(plans, lros, names));
  add(
    "api/index.ts",
    emitTypesIndex(
      names,
      lros.map((l) => l.optionsType),
    ),
  );
  for (const name of readdirSync(join(options.templatesDir, "static-helpers")).sort()) {
    add(`api/static-helpers/${name}`, readFileSync(join(options.templatesDir, "static-helpers", name), "utf8"));
  }
  return files;
}

/** `api/index.ts`: the models, option and result types, and the client class (what the package root re-exports). */
function emitTypesIndex(names: ApiNames, longRunningOptions: string[]): string {
  let out = `export * from "./models.js";\nexport * from "./options.js";\nexport * from "./results.js";\n`;
  out += `export type { ${names.context} } from "./${lowerFirst(names.context)}.js";\n`;
  out += `export { ${names.base}Operations } from "./${lowerFirst(names.base)}Operations.js";\n`;
  if (longRunningOptions.length) {
    const types = [`${names.base}LongRunningOperationName`, ...longRunningOptions.sort()];
    out += `export type { ${types.join(", ")} } from "./longRunning.js";\n`;
  }
  out += `export { type ContinuablePage, type PagedAsyncIterableIterator, type PageSettings } from "../rest/paginateHelper.js";\n`;
  return out;
}

/** A copy of `model` with the given models renamed everywhere they are referenced. */
function renameModels(model: ServiceModel, renames: Record<string, string>): ServiceModel {
  if (Object.keys(renames).length === 0) return model;
  const ref = (t: TypeRef): TypeRef =>
    t.kind === "model"
      ? { kind: "model", name: renames[t.name] ?? t.name }
      : t.kind === "array"
        ? { kind: "array", items: ref(t.items) }
        : t.kind === "dictionary"
          ? { kind: "dictionary", values: ref(t.values) }
          : t;
  for (const [from, to] of Object.entries(renames)) {
    if (!model.models.some((m) => m.name === from))
      throw new Error(`azbatch-codegen: model-renames names '${from}', which the spec does not define`);
    if (model.models.some((m) => m.name === to) || model.enums.some((e) => e.name === to))
      throw new Error(`azbatch-codegen: model-renames target '${to}' is already a spec name`);
  }
  return {
    ...model,
    models: model.models
      .map((m) => ({
        ...m,
        name: renames[m.name] ?? m.name,
        properties: m.properties.map((p) => ({ ...p, type: ref(p.type) })),
      }))
      .sort(byName),
    operations: model.operations.map((op) => ({
      ...op,
      ...(op.body ? { body: { ...op.body, type: ref(op.body.type) } } : {}),
      responses: op.responses.map((r) => (r.body ? { ...r, body: ref(r.body) } : r)),
    })),
  };
}

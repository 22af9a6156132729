/**
 * From a {@link ServiceModel} to formatted files: the pure heart of the generator,
 * shared by the AutoRest extension (`main.ts`) and the tests.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import type { ServiceModel } from "./model.js";
import { emitApi } from "./emit/api.js";
import type { LongRunningConfig } from "./emit/apiLro.js";
import { fileHeader } from "./emit/docs.js";
import { emitRest } from "./emit/rest.js";

/** Generator settings, read from `autorest.md`. */
export interface GenerateOptions {
  /** The rest-level client type name, e.g. `BatchClient`. */
  clientName: string;
  packageName: string;
  packageVersion: string;
  /** operationId → shared result type name. */
  resultTypeNames?: Record<string, string>;
  /** spec model name → client-side name, where a hand-written type takes the spec's name. */
  modelRenames?: Record<string, string>;
  /** The long-running operations (`azbatch.long-running-operations`), keyed by method name. */
  longRunningOperations?: Record<string, LongRunningConfig>;
  /** The poller engine's module as imported from `generated/api/` (`azbatch.long-running-engine`). */
  longRunningEngine?: string;
}

const templatesDir = join(dirname(fileURLToPath(import.meta.url)), "..", "templates");

/** The formatting every generated file gets (fixed here so output never depends on the machine). */
const PRETTIER: prettier.Options = { parser: "typescript", printWidth: 120, trailingComma: "all", endOfLine: "lf" };

/**
 * Generates every file of `generated/`, keyed by relative path, sorted, formatted.
 * @param model - the service, from {@link buildServiceModel}.
 * @param options - names from `autorest.md`.
 */
export async function generateFiles(model: ServiceModel, options: GenerateOptions): Promise<Map<string, string>> {
  const files = new Map<string, string>([
    ...emitRest(model, options),
    ...emitApi(model, {
      clientName: options.clientName,
      resultTypeNames: options.resultTypeNames,
      modelRenames: options.modelRenames,
      longRunningOperations: options.longRunningOperations,
      longRunningEngine: options.longRunningEngine,
      templatesDir: join(templatesDir, "api"),
    }),
  ]);
  files.set("rest/paginateHelper.ts", fileHeader(model.title, model.apiVersion) + pagingTemplate(model));
  files.set(
    "rest/pathParameters.ts",
    fileHeader(model.title, model.apiVersion) + readFileSync(join(templatesDir, "rest", "pathParameters.ts"), "utf8"),
  );
  files.set("index.ts", fileHeader(model.title, model.apiVersion) + `export * from "./api/index.js";\n`);
  const out = new Map<string, string>();
  for (const name of [...files.keys()].sort()) {
    out.set(name, await prettier.format(files.get(name)!, PRETTIER));
  }
  out.set("README.md", generatedReadme(model));
  return out;
}

function pagingTemplate(model: ServiceModel): string {
  const pageable = model.operations.filter((op) => op.paging);
  const kinds = new Set(pageable.map((op) => `${op.paging!.itemName}|${op.paging!.nextLinkName}`));
  if (kinds.size > 1)
    throw new Error(`azbatch-codegen: pageable operations disagree on item/next-link names: ${[...kinds].join(", ")}`);
  const [itemName, nextLinkName] = (pageable[0] ? [...kinds][0] : "value|nextLink").split("|");
  return readFileSync(join(templatesDir, "rest", "paginateHelper.ts"), "utf8")
    .replaceAll("__ITEM_NAME__", itemName)
    .replaceAll("__NEXT_LINK_NAME__", nextLinkName);
}

function generatedReadme(model: ServiceModel): string {
  return `# generated/

Produced by \`npm run generate\` from the ${model.title} spec (api-version ${model.apiVersion}).
**Never edit these files by hand**: change the spec pin, \`autorest.md\` or \`codegen/\`, then regenerate.
CI regenerates and fails if this folder differs from what is committed.

- \`rest/\`: the rest-level client (wire names), on \`@azure-rest/core-client\`; published as \`azbatch/rest\`.
- \`api/\`: client-named models and serializers; per operation group (\`api/<group>/operations.ts\`) one
  function per operation on a context (\`_xSend\` builds the request, \`_xDeserialize\` checks its declared
  statuses and reads the result, \`x\` composes them); option and result types; the \`begin*\` functions of
  the long-running operations declared in \`autorest.md\`; runtime helpers (\`api/static-helpers/\`, from
  \`codegen/templates/\`); and a class delegating to every function, which \`src/batchClient.ts\` extends.
  \`api/operations.ts\` indexes the functions (published as \`azbatch/api\`).
`;
}

// Reads the Batch REST spec and its examples, the source of truth the wire tests are driven by.
//
// The spec is found by scripts/specResolver.ts, as `npm run generate` finds it (BATCH_SPEC, then
// ../shared/spec, then the sha256-checked download cache).
// Nothing here looks at generated/: the tests compute what they expect from the spec itself.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { resolveSpec } from "../../scripts/specResolver.js";
import { currentApiVersion } from "./apiVersion.js";

/** The api-version of the spec and examples the wire tests are driven by. */
export const API_VERSION = currentApiVersion;

const resolved = resolveSpec(API_VERSION);

/** Path of the spec the tests read. */
export const SPEC_PATH = resolved.specPath;

/** Folder of the spec's examples. */
export const EXAMPLES_DIR = resolved.examplesDir;

/** A JSON schema of the spec (only the keywords the Batch spec uses). */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  required?: string[];
  enum?: unknown[];
  readOnly?: boolean;
  "x-ms-client-name"?: string;
}

/** One parameter of an operation, `$ref`s resolved. */
export interface SpecParameter {
  name: string;
  in: "path" | "query" | "header" | "body";
  required?: boolean;
  type?: string;
  format?: string;
  collectionFormat?: string;
  schema?: Schema;
  "x-ms-client-name"?: string;
  "x-ms-skip-url-encoding"?: boolean;
}

/** One response of an operation. */
export interface SpecResponse {
  description?: string;
  schema?: Schema;
  headers?: Record<string, { type?: string; format?: string }>;
}

/** One operation of the spec. */
export interface SpecOperation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The path template, e.g. `/pools/{poolId}`. */
  path: string;
  parameters: SpecParameter[];
  responses: Record<string, SpecResponse>;
  pageable: boolean;
}

/** One example file. */
export interface SpecExample {
  /** File name, e.g. `Pools_CreatePool_Basic.json`. */
  file: string;
  operationId: string;
  title: string;
  parameters: Record<string, unknown>;
  responses: Record<string, Record<string, unknown>>;
}

interface RawSpec {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: unknown[];
        responses: Record<string, SpecResponse>;
        "x-ms-pageable"?: unknown;
      }
    >
  >;
  definitions: Record<string, Schema>;
  parameters?: Record<string, SpecParameter>;
}

let cached: { spec: RawSpec; operations: Map<string, SpecOperation> } | undefined;

function load(): { spec: RawSpec; operations: Map<string, SpecOperation> } {
  if (cached) return cached;
  const spec = JSON.parse(readFileSync(SPEC_PATH, "utf8")) as RawSpec;
  const operations = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (method === "parameters") continue;
      const parameters = (op.parameters ?? []).map((p) => {
        const ref = (p as { $ref?: string }).$ref;
        if (!ref) return p as SpecParameter;
        const name = ref.replace(/^#\/parameters\//, "");
        const resolved = spec.parameters?.[name];
        if (!resolved) throw new Error(`${op.operationId}: unresolved parameter ${ref}`);
        return resolved;
      });
      operations.set(op.operationId, {
        operationId: op.operationId,
        method: method.toUpperCase(),
        path,
        parameters,
        responses: op.responses,
        pageable: op["x-ms-pageable"] !== undefined,
      });
    }
  }
  cached = { spec, operations };
  return cached;
}

/** Every operation of the spec, by operationId. */
export function specOperations(): Map<string, SpecOperation> {
  return load().operations;
}

/** The spec's `definitions`. */
export function specDefinitions(): Record<string, Schema> {
  return load().spec.definitions;
}

/** Resolves a `#/definitions/X` reference (or returns the schema itself). */
export function resolveSchema(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace(/^#\/definitions\//, "");
  const resolved = specDefinitions()[name];
  if (!resolved) throw new Error(`unresolved schema ${schema.$ref}`);
  return resolved;
}

/** The operation group: `Pools_CreatePool` → `Pools`. */
export function operationGroup(operationId: string): string {
  return operationId.split("_")[0]!;
}

/** The two file GETs stream content, so their methods are downloads. */
const METHOD_RENAMES: Record<string, string> = {
  Tasks_GetTaskFile: "downloadTaskFile",
  Nodes_GetNodeFile: "downloadNodeFile",
};

/** The BatchClient method name of an operation: the part after the group, first letter lower-cased. */
export function methodName(operationId: string): string {
  const renamed = METHOD_RENAMES[operationId];
  if (renamed) return renamed;
  const name = operationId.slice(operationId.indexOf("_") + 1);
  return name[0]!.toLowerCase() + name.slice(1);
}

/** Every example, sorted by file name. */
export function specExamples(): SpecExample[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ({
      file,
      ...(JSON.parse(readFileSync(join(EXAMPLES_DIR, file), "utf8")) as Omit<SpecExample, "file">),
    }));
}

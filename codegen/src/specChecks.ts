/**
 * Checks the raw spec for constructs the emitter does not handle.
 *
 * AutoRest's modeler accepts far more of OpenAPI than this emitter turns into code; a
 * construct that would otherwise be dropped on the floor (a discriminator, a format we
 * have no mapping for, a long-running-operation extension) fails here with its JSON
 * path instead. The lists below are exactly what the emitter understands.
 */
import { UnsupportedConstructError } from "./fromCodeModel.js";

const ROOT_KEYS = new Set([
  "swagger",
  "info",
  "schemes",
  "host",
  "basePath",
  "x-ms-parameterized-host",
  "produces",
  "consumes",
  "security",
  "securityDefinitions",
  "tags",
  "paths",
  "definitions",
  "parameters",
  "externalDocs",
]);
const PATH_ITEM_KEYS = new Set(["get", "put", "post", "patch", "delete", "head", "parameters"]);
const OPERATION_KEYS = new Set([
  "operationId",
  "summary",
  "description",
  "tags",
  "parameters",
  "responses",
  "produces",
  "consumes",
  "x-ms-examples",
  "x-ms-pageable",
  "deprecated",
  "externalDocs",
]);
const PARAMETER_KEYS = new Set([
  "$ref",
  "name",
  "in",
  "description",
  "required",
  "type",
  "format",
  "items",
  "collectionFormat",
  "schema",
  "enum",
  "default",
  "x-ms-client-name",
  "x-ms-parameter-location",
  "x-ms-skip-url-encoding",
  "x-ms-enum",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
]);
const RESPONSE_KEYS = new Set(["description", "schema", "headers", "x-ms-error-response"]);
const HEADER_KEYS = new Set(["type", "format", "description"]);
const SCHEMA_KEYS = new Set([
  "$ref",
  "type",
  "format",
  "description",
  "properties",
  "required",
  "items",
  "allOf",
  "additionalProperties",
  "readOnly",
  "default",
  "enum",
  "x-ms-enum",
  "x-ms-client-name",
  "x-ms-secret",
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "title",
  "x-ms-identifiers",
]);
const FORMATS = new Set([
  "date-time",
  "date-time-rfc7231",
  "date-time-rfc1123",
  "duration",
  "int32",
  "int64",
  "float",
  "double",
  "uri",
  "password",
  "arm-id",
]);
const COLLECTION_FORMATS = new Set(["csv"]);

type Json = Record<string, unknown>;

/**
 * Throws {@link UnsupportedConstructError} for the first construct the emitter does not understand.
 * @param spec - the parsed OpenAPI 2.0 document.
 */
export function checkSupportedConstructs(spec: Json): void {
  checkKeys(spec, ROOT_KEYS, "$");
  if (spec.swagger !== "2.0") throw new UnsupportedConstructError("$.swagger", `only OpenAPI 2.0 is supported`);
  for (const [path, item] of Object.entries((spec.paths ?? {}) as Record<string, Json>)) {
    const itemPath = `$.paths["${path}"]`;
    checkKeys(item, PATH_ITEM_KEYS, itemPath);
    for (const [method, op] of Object.entries(item)) {
      if (method === "parameters") {
        (op as Json[]).forEach((p, i) => checkParameter(p, `${itemPath}.parameters[${i}]`));
        continue;
      }
      checkOperation(op as Json, `${itemPath}.${method}`);
    }
  }
  for (const [name, def] of Object.entries((spec.definitions ?? {}) as Record<string, Json>)) {
    checkSchema(def, `$.definitions["${name}"]`);
  }
  for (const [name, p] of Object.entries((spec.parameters ?? {}) as Record<string, Json>)) {
    checkParameter(p, `$.parameters["${name}"]`);
  }
}

function checkKeys(node: Json, allowed: Set<string>, jsonPath: string): void {
  for (const key of Object.keys(node)) {
    if (!allowed.has(key))
      throw new UnsupportedConstructError(`${jsonPath}.${key}`, `'${key}' is not understood by the emitter`);
  }
}

function checkFormat(node: Json, jsonPath: string): void {
  if (node.format !== undefined && !FORMATS.has(String(node.format))) {
    throw new UnsupportedConstructError(
      `${jsonPath}.format`,
      `format '${String(node.format)}' has no TypeScript mapping`,
    );
  }
}

function checkOperation(op: Json, jsonPath: string): void {
  checkKeys(op, OPERATION_KEYS, jsonPath);
  ((op.parameters ?? []) as Json[]).forEach((p, i) => checkParameter(p, `${jsonPath}.parameters[${i}]`));
  for (const [code, response] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
    const rPath = `${jsonPath}.responses["${code}"]`;
    checkKeys(response, RESPONSE_KEYS, rPath);
    if (response.schema) checkSchema(response.schema as Json, `${rPath}.schema`);
    for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
      checkKeys(header, HEADER_KEYS, `${rPath}.headers["${name}"]`);
      checkFormat(header, `${rPath}.headers["${name}"]`);
    }
  }
}

function checkParameter(p: Json, jsonPath: string): void {
  checkKeys(p, PARAMETER_KEYS, jsonPath);
  checkFormat(p, jsonPath);
  if (p.in === "formData") throw new UnsupportedConstructError(`${jsonPath}.in`, "formData parameters");
  if (p.collectionFormat !== undefined && !COLLECTION_FORMATS.has(String(p.collectionFormat))) {
    throw new UnsupportedConstructError(
      `${jsonPath}.collectionFormat`,
      `collectionFormat '${String(p.collectionFormat)}'`,
    );
  }
  if (p.items) checkSchema(p.items as Json, `${jsonPath}.items`);
  if (p.schema) checkSchema(p.schema as Json, `${jsonPath}.schema`);
}

function checkSchema(s: Json, jsonPath: string): void {
  checkKeys(s, SCHEMA_KEYS, jsonPath);
  checkFormat(s, jsonPath);
  if (s.type === "file") return;
  for (const [name, prop] of Object.entries((s.properties ?? {}) as Record<string, Json>)) {
    checkSchema(prop, `${jsonPath}.properties["${name}"]`);
  }
  if (s.items) checkSchema(s.items as Json, `${jsonPath}.items`);
  if (s.additionalProperties && typeof s.additionalProperties === "object") {
    checkSchema(s.additionalProperties as Json, `${jsonPath}.additionalProperties`);
  }
  ((s.allOf ?? []) as Json[]).forEach((a, i) => checkSchema(a, `${jsonPath}.allOf[${i}]`));
}

/**
 * Builds the generator's {@link ServiceModel} from modelerfour's code model.
 *
 * The code model carries what AutoRest resolved from the spec and `autorest.md`
 * (directives applied, `$ref`/`allOf` resolved, client names, paging, media types).
 * Modelerfour drops `format: int64` on string-typed values, so that single fact is
 * read from the raw spec. Anything this builder does not understand fails with the
 * JSON path of the construct, so nothing is silently dropped.
 */
import type {
  BodyParameter,
  EnumModel,
  ObjectModel,
  Operation,
  Parameter,
  Property,
  Response,
  ResponseHeader,
  ServiceModel,
  TypeRef,
} from "./model.js";
import { byName, headerPropertyName, lowerFirst, modelPropertyName } from "./naming.js";

/** Renames configured in `autorest.md`. */
export interface NamingOptions {
  /** operationId → convenience method name (e.g. `Tasks_GetTaskFile: downloadTaskFile`). */
  methodRenames?: Record<string, string>;
  /** parameter client name → convenience option name (e.g. `timeOut: timeOutInSeconds`). */
  parameterRenames?: Record<string, string>;
  /** response header wire name → convenience property name (e.g. `ETag: etag`). */
  headerNames?: Record<string, string>;
}

/** An error the generator raises for a construct it does not understand. */
export class UnsupportedConstructError extends Error {
  constructor(
    public readonly jsonPath: string,
    detail: string,
  ) {
    super(`azbatch-codegen: unsupported construct at ${jsonPath}: ${detail}`);
    this.name = "UnsupportedConstructError";
  }
}

// Minimal structural views of the code model: only what the builder reads.
interface Language {
  default: {
    name: string;
    description?: string;
    serializedName?: string;
    summary?: string;
    paging?: { nextLinkName?: string; itemName?: string };
  };
}
interface CmSchema {
  type: string;
  language: Language;
  precision?: number;
  format?: string;
  usage?: string[];
  properties?: CmProperty[];
  parents?: { immediate?: CmSchema[]; all?: CmSchema[] };
  elementType?: CmSchema;
  choices?: { value: string | number; language: Language }[];
  value?: { value: string | number | boolean };
  valueType?: CmSchema;
  extensions?: Record<string, unknown>;
}
interface CmProperty {
  language: Language;
  serializedName: string;
  required?: boolean;
  readOnly?: boolean;
  schema: CmSchema;
  extensions?: Record<string, unknown>;
}
interface CmParameter {
  language: Language;
  schema: CmSchema;
  required?: boolean;
  implementation?: string;
  protocol: { http?: { in?: string; style?: string } };
  extensions?: Record<string, unknown>;
}
interface CmResponse {
  language: Language;
  schema?: CmSchema;
  protocol: {
    http?: {
      statusCodes?: string[];
      headers?: { header: string; language: Language; schema: CmSchema }[];
      mediaTypes?: string[];
      knownMediaType?: string;
    };
  };
}
interface CmOperation {
  operationId?: string;
  language: Language;
  parameters?: CmParameter[];
  requests?: {
    parameters?: CmParameter[];
    protocol: { http?: { method?: string; path?: string; mediaTypes?: string[] } };
  }[];
  responses?: CmResponse[];
  exceptions?: CmResponse[];
  extensions?: Record<string, unknown>;
}
interface CmCodeModel {
  info: { title: string; description?: string };
  language: Language;
  schemas: Record<string, CmSchema[] | undefined>;
  operationGroups: { language: Language; operations: CmOperation[] }[];
  security?: { schemes?: { type: string; scopes?: string[] }[] };
}

/** The subset of the raw OpenAPI 2.0 document the builder consults. */
export interface RawSpec {
  info: { title: string; version: string; description?: string };
  definitions?: Record<
    string,
    {
      properties?: Record<
        string,
        { format?: string; type?: string; default?: string | number | boolean; "x-ms-client-name"?: string }
      >;
    }
  >;
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { headers?: Record<string, { format?: string }> }> }>
  >;
  "x-ms-parameterized-host"?: { parameters?: { name: string; description?: string }[] };
}

const METHODS = new Set(["get", "put", "post", "patch", "delete", "head"]);

/**
 * Converts a code model into a {@link ServiceModel}.
 * @param codeModel - modelerfour's output (`code-model-v4`), deserialized.
 * @param raw - the raw spec, for facts modelerfour drops (string `int64`).
 * @param naming - renames from `autorest.md`.
 */
export function buildServiceModel(codeModel: unknown, raw: RawSpec, naming: NamingOptions = {}): ServiceModel {
  const cm = codeModel as CmCodeModel;
  const models: ObjectModel[] = [];
  const enums: EnumModel[] = [];
  const aliases: { name: string; description: string }[] = [];
  const definitionNames = new Set(Object.keys(raw.definitions ?? {}));

  for (const schema of cm.schemas.objects ?? []) {
    models.push(objectModel(schema, raw));
  }
  for (const schema of [...(cm.schemas.choices ?? []), ...(cm.schemas.sealedChoices ?? [])]) {
    enums.push({
      name: schema.language.default.name,
      description: schema.language.default.description ?? "",
      values: (schema.choices ?? []).map((c) => ({
        value: String(c.value),
        description: c.language.default.description ?? "",
      })),
    });
  }
  // Plain string definitions (e.g. `Azure.Core.eTag`) survive in the code model only as
  // anonymous strings; keep them as documented aliases so every definition is emitted.
  const known = new Set([...models.map((m) => m.name), ...enums.map((e) => e.name)]);
  for (const name of definitionNames) {
    const def = (raw.definitions ?? {})[name] as { type?: string; enum?: unknown; description?: string };
    if (!known.has(name) && def.type === "string" && def.enum === undefined) {
      aliases.push({ name: aliasName(name), description: def.description ?? "" });
    }
  }

  const operations: Operation[] = [];
  for (const group of cm.operationGroups) {
    for (const op of group.operations) {
      operations.push(operation(group.language.default.name, op, raw, naming));
    }
  }

  const hostParam = raw["x-ms-parameterized-host"]?.parameters?.[0];
  const scopes = (cm.security?.schemes ?? []).flatMap((s) => s.scopes ?? []);
  return {
    title: cm.info.title,
    description: cm.info.description ?? "",
    apiVersion: raw.info.version,
    endpoint: { name: hostParam?.name ?? "endpoint", description: hostParam?.description ?? "" },
    scopes,
    models: models.sort(byName),
    enums: enums.sort(byName),
    aliases: aliases.sort(byName),
    operations,
  };
}

/** `Azure.Core.eTag` → `AzureCoreETag`, as modelerfour names it. */
function aliasName(definition: string): string {
  return definition
    .split(".")
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join("");
}

function objectModel(schema: CmSchema, raw: RawSpec): ObjectModel {
  const name = schema.language.default.name;
  const path = `definitions.${name}`;
  if (
    schema.extensions?.["x-ms-discriminator-value"] !== undefined ||
    (schema as { discriminator?: unknown }).discriminator
  ) {
    throw new UnsupportedConstructError(path, "polymorphic models (discriminator) are not supported by the emitter");
  }
  // allOf: a model has its parents' properties first (root ancestor first), then its own.
  const ancestors = (schema.parents?.all ?? []).filter((s) => s.type === "object").reverse();
  const own = [...ancestors, schema].flatMap((s) =>
    (s.properties ?? []).map((p) => ({ p, owner: s.language.default.name })),
  );
  const properties: Property[] = own.map(({ p, owner }) => {
    const rawProps = raw.definitions?.[owner]?.properties ?? {};
    const propPath = `definitions.${owner}.properties.${p.serializedName}`;
    return {
      // modelerfour camel-cases runs of capitals in names without x-ms-client-name (publicFQDN →
      // publicFqdn); the client keeps the spec's names, so the name comes from the raw spec.
      name: modelPropertyName(
        p.serializedName,
        rawProps[p.serializedName]?.["x-ms-client-name"],
        p.language.default.name,
      ),
      wireName: p.serializedName,
      description: p.language.default.description ?? "",
      required: p.required === true,
      readOnly: p.readOnly === true,
      secret: p.extensions?.["x-ms-secret"] === true || p.schema.type === "credential",
      type: typeOf(p.schema, propPath, rawProps[p.serializedName]?.format),
      ...(rawProps[p.serializedName]?.default !== undefined
        ? { defaultValue: rawProps[p.serializedName]?.default }
        : {}),
    };
  });
  const usage = schema.usage ?? [];
  const dictionaryParent = schema.parents?.all?.find((s) => s.type === "dictionary");
  return {
    name,
    description: schema.language.default.description ?? "",
    properties,
    usage: { input: usage.includes("input"), output: usage.includes("output") || usage.includes("exception") },
    ...(dictionaryParent?.elementType
      ? { additionalProperties: typeOf(dictionaryParent.elementType, `${path}.additionalProperties`) }
      : {}),
  };
}

/**
 * Maps a code-model schema to a {@link TypeRef}.
 * @param rawFormat - the raw spec's `format`, where modelerfour dropped it.
 */
function typeOf(schema: CmSchema, jsonPath: string, rawFormat?: string): TypeRef {
  switch (schema.type) {
    case "string":
      return rawFormat === "int64" ? { kind: "string", format: "int64" } : { kind: "string" };
    case "credential":
      return { kind: "string", format: "password" };
    case "uri":
      return { kind: "string", format: "uri" };
    case "arm-id":
      return { kind: "string", format: "arm-id" };
    case "duration":
      return { kind: "string", format: "duration" };
    case "date-time":
      return { kind: "string", format: schema.format === "date-time-rfc1123" ? "date-time-rfc7231" : "date-time" };
    case "integer":
      return { kind: "number", format: schema.precision === 64 ? "int64" : "int32" };
    case "number":
      return { kind: "number", format: schema.precision === 64 ? "double" : "float" };
    case "boolean":
      return { kind: "boolean" };
    case "choice":
    case "sealed-choice":
      return { kind: "enum", name: schema.language.default.name };
    case "constant":
      return { kind: "constant", value: schema.value?.value ?? "" };
    case "array":
      if (!schema.elementType) throw new UnsupportedConstructError(jsonPath, "array without items");
      return { kind: "array", items: typeOf(schema.elementType, `${jsonPath}.items`) };
    case "dictionary":
      if (!schema.elementType) throw new UnsupportedConstructError(jsonPath, "dictionary without value type");
      return { kind: "dictionary", values: typeOf(schema.elementType, `${jsonPath}.additionalProperties`) };
    case "object":
      return { kind: "model", name: schema.language.default.name };
    case "binary":
      return { kind: "binary" };
    default:
      throw new UnsupportedConstructError(jsonPath, `schema type '${schema.type}' is not supported by the emitter`);
  }
}

function operation(group: string, op: CmOperation, raw: RawSpec, naming: NamingOptions): Operation {
  const request = op.requests?.[0];
  const http = request?.protocol.http;
  const operationId = op.operationId ?? `${group}_${op.language.default.name}`;
  const method = (http?.method ?? "").toLowerCase();
  const path = http?.path ?? "";
  const jsonPath = `paths["${path}"].${method}`;
  if (!METHODS.has(method)) throw new UnsupportedConstructError(jsonPath, `HTTP method '${method}'`);
  if ((op.requests?.length ?? 0) !== 1) {
    throw new UnsupportedConstructError(jsonPath, "operations with several request media types are not supported");
  }
  for (const key of Object.keys(op.extensions ?? {})) {
    if (key !== "x-ms-pageable" && key !== "x-ms-examples") {
      throw new UnsupportedConstructError(`${jsonPath}.${key}`, "operation extension not supported by the emitter");
    }
  }

  const parameters: Parameter[] = [];
  let body: BodyParameter | undefined;
  let accept: string | undefined;
  for (const p of [...(op.parameters ?? []), ...(request?.parameters ?? [])]) {
    const location = p.protocol.http?.in;
    const wireName = p.language.default.serializedName ?? p.language.default.name;
    const pPath = `${jsonPath}.parameters[${wireName}]`;
    if (location === "uri") continue; // the host parameter: the client's endpoint
    if (location === "body") {
      body = {
        name: p.language.default.name,
        description: p.language.default.description ?? "",
        required: p.required === true,
        type: typeOf(p.schema, pPath),
        contentType: http?.mediaTypes?.[0] ?? "application/json",
      };
      continue;
    }
    if (location !== "path" && location !== "query" && location !== "header") {
      throw new UnsupportedConstructError(pPath, `parameter location '${location}'`);
    }
    if (p.schema.type === "constant") {
      if (wireName === "api-version") continue; // set by the client's api-version policy
      if (wireName.toLowerCase() === "accept") {
        accept = String(p.schema.value?.value);
        continue;
      }
      throw new UnsupportedConstructError(pPath, "constant parameters other than api-version and Accept");
    }
    const clientName = p.language.default.name;
    parameters.push({
      name: naming.parameterRenames?.[clientName] ?? lowerFirst(clientName),
      wireName,
      in: location,
      description: p.language.default.description ?? "",
      required: p.required === true,
      type: typeOf(p.schema, pPath),
      ...(p.schema.type === "array" ? { collectionFormat: "csv" as const } : {}),
      skipUrlEncoding: p.extensions?.["x-ms-skip-url-encoding"] === true,
    });
  }

  const rawResponses = raw.paths[path]?.[method]?.responses ?? {};
  const responses: Response[] = (op.responses ?? []).map((r) => {
    const statusCodes = r.protocol.http?.statusCodes ?? [];
    const rawHeaders = rawResponses[statusCodes[0]]?.headers ?? {};
    const headers: ResponseHeader[] = (r.protocol.http?.headers ?? []).map((h) => ({
      wireName: h.header,
      name: naming.headerNames?.[h.header] ?? headerPropertyName(h.header),
      description: h.language.default.description ?? "",
      type: typeOf(
        h.schema,
        `${jsonPath}.responses.${statusCodes[0]}.headers.${h.header}`,
        rawHeaders[h.header]?.format,
      ),
    }));
    const binary = r.protocol.http?.knownMediaType === "binary";
    return {
      statusCodes,
      description: r.language.default.description ?? "",
      ...(binary
        ? { body: { kind: "binary" } as TypeRef }
        : r.schema
          ? { body: typeOf(r.schema, `${jsonPath}.responses.${statusCodes[0]}.schema`) }
          : {}),
      headers,
      mediaTypes: r.protocol.http?.mediaTypes ?? [],
    };
  });
  const errorResponse = (op.exceptions ?? []).find((e) => e.protocol.http?.statusCodes?.includes("default"));
  const paging = op.language.default.paging;
  return {
    group,
    operationId,
    name: op.language.default.name,
    methodName: naming.methodRenames?.[operationId] ?? lowerFirst(op.language.default.name),
    method: method as Operation["method"],
    path,
    summary: op.language.default.summary ?? "",
    description: op.language.default.description ?? "",
    parameters,
    ...(body ? { body } : {}),
    ...(accept ? { accept } : {}),
    responses,
    ...(errorResponse?.schema ? { errorBody: typeOf(errorResponse.schema, `${jsonPath}.responses.default`) } : {}),
    ...(paging
      ? { paging: { itemName: paging.itemName ?? "value", nextLinkName: paging.nextLinkName ?? "nextLink" } }
      : {}),
  };
}

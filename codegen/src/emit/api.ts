/**
 * Emits the convenience layer's generated half (`generated/api/`): client-named models,
 * the serializers between them and the wire models, and one method per operation on an
 * abstract operations class that the hand-written client extends.
 */
import type { ObjectModel, Operation, Parameter, ResponseHeader, ServiceModel, TypeRef } from "../model.js";
import { lowerFirst, propertyAccess, propertyKey } from "../naming.js";
import { doc, fileHeader } from "./docs.js";

/** Options for the convenience-layer emitter. */
export interface ApiEmitOptions {
  /** The rest-level client type name, e.g. `BatchClient`. */
  clientName: string;
  /** Operation-result type names shared by several operations (operationId → name). */
  resultTypeNames?: Record<string, string>;
  /** Client-side names for models whose spec name is taken by a hand-written type (spec name → client name). */
  modelRenames?: Record<string, string>;
}

/** Emits every file of the convenience layer, keyed by path relative to the output folder. */
export function emitApi(specModel: ServiceModel, options: ApiEmitOptions): Map<string, string> {
  const renames = options.modelRenames ?? {};
  const model = renameModels(specModel, renames);
  restNames = new Map(Object.entries(renames).map(([spec, client]) => [client, spec]));
  const files = new Map<string, string>();
  const header = fileHeader(model.title, model.apiVersion);
  const base = options.clientName.replace(/Client$/, "");
  files.set("api/models.ts", header + emitModels(model));
  files.set("api/serializers.ts", header + emitSerializers(model));
  files.set("api/operations.ts", header + emitOperations(model, options, base));
  files.set(
    "api/index.ts",
    header +
      `export * from "./models.js";\nexport * from "./operations.js";\nexport { type ContinuablePage, type PagedAsyncIterableIterator, type PageSettings } from "../rest/paginateHelper.js";\n`,
  );
  return files;
}

/** Client-side model name → the rest layer's (spec) name, for the models renamed in this run. */
let restNames = new Map<string, string>();
const restName = (name: string): string => restNames.get(name) ?? name;

/** A copy of `model` with the given models renamed everywhere they are referenced. */
function renameModels(model: ServiceModel, renames: Record<string, string>): ServiceModel {
  if (Object.keys(renames).length === 0) return model;
  const ref = (t: TypeRef): TypeRef =>
    t.kind === "model" ? { kind: "model", name: renames[t.name] ?? t.name }
    : t.kind === "array" ? { kind: "array", items: ref(t.items) }
    : t.kind === "dictionary" ? { kind: "dictionary", values: ref(t.values) }
    : t;
  for (const [from, to] of Object.entries(renames)) {
    if (!model.models.some((m) => m.name === from)) throw new Error(`azbatch-codegen: model-renames names '${from}', which the spec does not define`);
    if (model.models.some((m) => m.name === to) || model.enums.some((e) => e.name === to)) throw new Error(`azbatch-codegen: model-renames target '${to}' is already a spec name`);
  }
  return {
    ...model,
    models: model.models
      .map((m) => ({ ...m, name: renames[m.name] ?? m.name, properties: m.properties.map((p) => ({ ...p, type: ref(p.type) })) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    operations: model.operations.map((op) => ({
      ...op,
      ...(op.body ? { body: { ...op.body, type: ref(op.body.type) } } : {}),
      responses: op.responses.map((r) => (r.body ? { ...r, body: ref(r.body) } : r)),
    })),
  };
}

const isDate = (t: TypeRef): boolean => t.kind === "string" && (t.format === "date-time" || t.format === "date-time-rfc7231");

/** The convenience-layer type of `t`: client names, `Date` for dates, `number` for string int64. */
export function apiType(t: TypeRef): string {
  switch (t.kind) {
    case "string":
      if (isDate(t)) return "Date";
      return t.format === "int64" ? "number" : "string";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "model":
    case "enum":
      return t.name;
    case "constant":
      return JSON.stringify(t.value);
    case "array":
      return `Array<${apiType(t.items)}>`;
    case "dictionary":
      return `Record<string, ${apiType(t.values)}>`;
    case "binary":
      return "NodeJS.ReadableStream";
    case "unknown":
      return "unknown";
  }
}

function emitModels(model: ServiceModel): string {
  let out = "";
  for (const m of model.models) {
    const props = m.usage.output ? m.properties : m.properties.filter((p) => !p.readOnly);
    out += doc(m.description, `The ${m.name} model.`) + `export interface ${m.name} {\n`;
    for (const p of props) {
      const wire = p.wireName !== p.name ? ` (\`${p.wireName}\` on the wire)` : "";
      const dflt = p.defaultValue !== undefined ? `\nThe service's default: \`${String(p.defaultValue)}\`.` : "";
      const secret = p.secret ? "\nA secret (`x-ms-secret`): sent to the service, never returned by it; keep it out of logs." : "";
      out += doc(`${p.description}${wire ? `\n${wire.trim()}` : ""}${dflt}${secret}`, `The ${p.name} property${wire}.${dflt}${secret}`);
      out += `${propertyKey(p.name)}${p.required && !(p.readOnly && m.usage.input) ? "" : "?"}: ${apiType(p.type)};\n`;
    }
    if (m.additionalProperties) out += `${doc("Additional properties.", "")}[key: string]: unknown;\n`;
    out += "}\n\n";
  }
  // Enums and string aliases are the same in both layers: declared once, in the rest layer.
  const shared = [...model.enums.map((e) => e.name), ...model.aliases.map((a) => a.name)].sort();
  if (shared.length) out = `import type {\n${shared.join(",\n")}\n} from "../rest/models.js";\n\nexport type {\n${shared.join(",\n")}\n};\n\n` + out;
  return out;
}

/** An expression converting `e` (client value) to the wire, or undefined when it passes as is. */
function toWire(t: TypeRef, e: string): string | undefined {
  if (t.kind === "string" && t.format === "date-time") return `${e}.toISOString()`;
  if (t.kind === "string" && t.format === "date-time-rfc7231") return `${e}.toUTCString()`;
  if (t.kind === "string" && t.format === "int64") return `String(${e})`;
  if (t.kind === "model") return `${lowerFirst(t.name)}Serializer(${e})`;
  if (t.kind === "array") {
    const inner = toWire(t.items, "p");
    return inner ? `${e}.map((p) => ${inner})` : undefined;
  }
  if (t.kind === "dictionary") {
    const inner = toWire(t.values, "p");
    return inner ? `mapRecord(${e}, (p) => ${inner})` : undefined;
  }
  return undefined;
}

/** An expression converting `e` (wire value) to the client, or undefined when it passes as is. */
function fromWire(t: TypeRef, e: string): string | undefined {
  if (isDate(t)) return `new Date(${e})`;
  if (t.kind === "string" && t.format === "int64") return `Number(${e})`;
  if (t.kind === "model") return `${lowerFirst(t.name)}Deserializer(${e})`;
  if (t.kind === "array") {
    const inner = fromWire(t.items, "p");
    return inner ? `${e}.map((p) => ${inner})` : undefined;
  }
  if (t.kind === "dictionary") {
    const inner = fromWire(t.values, "p");
    return inner ? `mapRecord(${e}, (p) => ${inner})` : undefined;
  }
  return undefined;
}

function convert(expr: string | undefined, value: string, required: boolean): string {
  if (!expr) return value;
  return required ? expr : `${value} === undefined ? undefined : ${expr}`;
}

function emitSerializers(model: ServiceModel): string {
  let body = "";
  for (const m of model.models) {
    const known = JSON.stringify(m.properties.map((p) => p.wireName));
    if (m.usage.input) {
      body += doc(`Converts a {@link ${m.name}} to its wire form.`, "", ["@param item - the client-side value.", "@returns the JSON sent to the service."]);
      body += `export function ${lowerFirst(m.name)}Serializer(item: ${m.name}): Rest.${restName(m.name)} {\nreturn omitUndefined({\n`;
      if (m.additionalProperties) body += `...extraProperties(item, ${JSON.stringify(m.properties.map((p) => p.name))}),\n`;
      for (const p of m.properties.filter((p) => !p.readOnly)) {
        const value = propertyAccess("item", p.name);
        body += `${propertyKey(p.wireName)}: ${convert(toWire(p.type, value), value, p.required)},\n`;
      }
      body += `}) as Rest.${restName(m.name)};\n}\n\n`;
    }
    if (m.usage.output) {
      body += doc(`Converts the wire form of a {@link ${m.name}} to the client-side model.`, "", ["@param item - the JSON received from the service.", "@returns the client-side value."]);
      body += `export function ${lowerFirst(m.name)}Deserializer(item: RestOutput.${restName(m.name)}Output): ${m.name} {\nreturn omitUndefined({\n`;
      if (m.additionalProperties) body += `...extraProperties(item, ${known}),\n`;
      for (const p of m.properties) {
        const value = propertyAccess("item", p.wireName);
        body += `${propertyKey(p.name)}: ${convert(fromWire(p.type, value), value, false)},\n`;
      }
      body += `}) as ${m.name};\n}\n\n`;
    }
  }
  const names = model.models.map((m) => m.name).sort();
  let out = `import type * as Rest from "../rest/models.js";\nimport type * as RestOutput from "../rest/outputModels.js";\n`;
  out += `import type {\n${names.join(",\n")}\n} from "./models.js";\n\n`;
  out += HELPERS;
  return out + body;
}

const HELPERS = `/** Drops the keys whose value is \`undefined\`, so absent stays absent (used by the operations too). */
export function omitUndefined<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

/** Maps every value of a record. */
function mapRecord<T, U>(record: Record<string, T>, map: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) out[key] = map(value);
  return out;
}

/** The properties of \`item\` that a model does not name (its additional properties). */
function extraProperties(item: object, known: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!known.includes(key)) out[key] = value;
  return out;
}

`;

/** Parameters present, with the same name and type, in every operation: they form the shared options type. */
function commonParameters(model: ServiceModel): Parameter[] {
  const [first, ...rest] = model.operations;
  if (!first) return [];
  return first.parameters.filter(
    (p) => p.in !== "path" && rest.every((op) => op.parameters.some((q) => q.wireName === p.wireName && q.name === p.name)),
  );
}

/** Converts an option value to what the rest-level request takes. */
function requestValue(p: Parameter, value: string): string {
  if (isDate(p.type)) return `${value}?.toUTCString()`;
  return value;
}

function successHeaders(op: Operation): ResponseHeader[] {
  const seen = new Map<string, ResponseHeader>();
  for (const r of op.responses) {
    if (!r.statusCodes.some((c) => c.startsWith("2"))) continue;
    for (const h of r.headers) if (!seen.has(h.wireName)) seen.set(h.wireName, h);
  }
  return [...seen.values()];
}

function headerValue(h: ResponseHeader): string {
  const raw = `response.headers[${JSON.stringify(h.wireName.toLowerCase())}]`;
  if (isDate(h.type)) return `parseDate(${raw})`;
  if (h.type.kind === "boolean") return `parseBoolean(${raw})`;
  if (h.type.kind === "number" || (h.type.kind === "string" && h.type.format === "int64")) return `parseNumber(${raw})`;
  return raw;
}

type OperationKind = "paged" | "json" | "exists" | "binary" | "headers";

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
  if (!items || items.kind !== "array") throw new Error(`azbatch-codegen: ${op.operationId}: the page model has no '${op.paging?.itemName}' array`);
  return items.items;
}

function emitOperations(model: ServiceModel, options: ApiEmitOptions, base: string): string {
  const common = commonParameters(model);
  const commonNames = new Set(common.map((p) => p.wireName));
  const serializerImports = new Set<string>();
  const modelImports = new Set<string>();
  const resultTypes = new Map<string, string>();
  let types = "";
  let methods = "";

  const optionDecl = (p: Parameter): string => {
    const t = p.collectionFormat ? `Array<${apiType(p.type.kind === "array" ? p.type.items : p.type)}>` : apiType(p.type);
    const wire = p.wireName !== p.name ? ` (sent as \`${p.wireName}\`)` : "";
    return doc(`${p.description}${wire ? `\n${wire.trim()}` : ""}`, `The ${p.wireName} parameter.`) + `${propertyKey(p.name)}?: ${t};\n`;
  };

  types += doc(`Options every ${base} operation takes.`, "");
  types += `export interface ${base}OperationOptions extends OperationOptions {\n${common.map(optionDecl).join("")}}\n\n`;
  types += doc(`What a ${base}Operations subclass supplies: the rest-level client and the error it throws.`, "");
  types += `export interface ${base}Context {\n${doc("The rest-level client requests go through (from `createClient`).", "")}readonly client: Client;\n`;
  types += `${doc("Builds the error thrown for a response whose status the operation does not declare.", "", ["@param response - the unexpected response (its body parsed when it was JSON)."])}createError(response: PathUncheckedResponse): Error;\n}\n\n`;

  const commonHeaderEntries = common
    .filter((p) => p.in === "header")
    .map((p) => `${propertyKey(p.wireName)}: ${requestValue(p, propertyAccess("options", p.name))}`);
  types += doc("The headers every operation sends: the caller's extra headers, then the shared header options.", "");
  types += `function commonHeaders(options: ${base}OperationOptions): RawHttpHeadersInput {\nreturn { ...options.requestOptions?.headers, ...compact({ ${commonHeaderEntries.join(", ")} }) };\n}\n\n`;

  for (const op of model.operations) {
    const kind = kindOf(op);
    const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => op.parameters.find((p) => p.in === "path" && p.wireName === m[1])!);
    const own = op.parameters.filter((p) => p.in !== "path" && !commonNames.has(p.wireName));
    const optionsType = `${upper(op.methodName)}OptionalParams`;
    types += doc(`Optional parameters of {@link ${base}Operations.${op.methodName}}.`, "");
    types += `export interface ${optionsType} extends ${base}OperationOptions {\n${own.map(optionDecl).join("")}}\n\n`;

    // Result type.
    let returnType: string;
    let resultName: string | undefined;
    if (kind === "paged") {
      const item = pagedItemType(model, op);
      if (item.kind === "model") {
        modelImports.add(item.name);
        serializerImports.add(`${lowerFirst(item.name)}Deserializer`);
      }
      returnType = `PagedAsyncIterableIterator<${apiType(item)}>`;
    } else if (kind === "json") {
      const body = op.responses.find((r) => r.body)!.body!;
      if (body.kind === "model") {
        modelImports.add(body.name);
        serializerImports.add(`${lowerFirst(body.name)}Deserializer`);
      }
      returnType = `Promise<${apiType(body)}>`;
    } else if (kind === "exists") {
      returnType = "Promise<boolean>";
    } else if (kind === "binary") {
      returnType = "Promise<NodeJS.ReadableStream>";
    } else {
      resultName = options.resultTypeNames?.[op.operationId] ?? `${upper(op.methodName)}Result`;
      returnType = `Promise<${resultName}>`;
      if (!resultTypes.has(resultName)) {
        const fields = successHeaders(op)
          .map((h) => doc(h.description, `The ${h.wireName} header.`) + `${propertyKey(h.name)}?: ${apiType(h.type)};\n`)
          .join("");
        resultTypes.set(resultName, doc(`What {@link ${base}Operations.${op.methodName}} returns: the response headers, typed.`, "") + `export interface ${resultName} {\n${fields}}\n\n`);
      }
    }

    // Signature.
    const args: string[] = pathParams.map((p) => `${p.name}: string`);
    const params: string[] = pathParams.map((p) => `@param ${p.name} - ${oneLine(p.description)}`);
    let bodyArg: string | undefined;
    if (op.body) {
      bodyArg = op.body.name === "options" ? "parameters" : op.body.name;
      const t = op.body.type;
      if (t.kind === "model") {
        modelImports.add(t.name);
        serializerImports.add(`${lowerFirst(t.name)}Serializer`);
      }
      args.push(`${bodyArg}${op.body.required ? "" : "?"}: ${apiType(t)}`);
      params.push(`@param ${bodyArg} - ${oneLine(op.body.description) || "The request body."}`);
    }
    args.push(`options: ${optionsType} = {}`);
    params.push("@param options - optional parameters.");
    const returns =
      kind === "paged" ? "an async iterator over every item, with `byPage()`."
      : kind === "exists" ? "true when the resource exists, false on 404."
      : kind === "binary" ? "the file's content as a Node stream (not buffered)."
      : kind === "json" ? "the response body, typed."
      : "the response headers, typed.";
    methods += doc(op.description || op.summary, op.operationId, [
      "",
      `Sends \`${op.method.toUpperCase()} ${op.path}\` (${op.operationId}).`,
      ...params,
      `@returns ${returns}`,
      "@throws the error built by the context's `createError` for any status the spec does not declare.",
    ]);

    // Request.
    const query = op.parameters.filter((p) => p.in === "query");
    const headers = op.parameters.filter((p) => p.in === "header");
    const queryEntries = query.map((p) =>
      p.wireName === "maxresults" && kind === "paged"
        ? `maxresults: maxPageSize ?? options.maxresults`
        : `${propertyKey(p.wireName)}: ${requestValue(p, propertyAccess("options", p.name))}`,
    );
    const ownHeaderEntries = headers
      .filter((p) => !commonNames.has(p.wireName))
      .map((p) => `${propertyKey(p.wireName)}: ${requestValue(p, propertyAccess("options", p.name))}`);
    const headersExpr = ownHeaderEntries.length
      ? `{ ...commonHeaders(options), ...compact({ ${ownHeaderEntries.join(", ")} }) }`
      : "commonHeaders(options)";
    const pathArgs = pathParams.map((p) => `, ${p.name}`).join("");
    let request = `this.rest.path(${JSON.stringify(op.path)}${pathArgs}).${op.method}({\n...operationOptionsToRequestParameters(options),\n`;
    if (queryEntries.length) request += `queryParameters: compact({ ${queryEntries.join(", ")} }),\n`;
    request += `headers: ${headersExpr},\n`;
    if (op.accept && op.accept !== "application/json") request += `accept: ${JSON.stringify(op.accept)},\n`;
    if (op.body && bodyArg) {
      const t = op.body.type;
      const value = toWire(t, bodyArg);
      request += `contentType: ${JSON.stringify(op.body.contentType)},\n`;
      request += `body: ${op.body.required ? value ?? bodyArg : `${bodyArg} === undefined ? undefined : ${value ?? bodyArg}`},\n`;
    }
    request += "})";

    const signature = `${op.methodName}(${args.join(", ")}): ${returnType}`;
    if (kind === "paged") {
      const item = pagedItemType(model, op);
      const conv = fromWire(item, "p");
      methods += `${signature} {\nreturn buildPagedIterator({\nfirstPage: (maxPageSize?: number) => ${request},\n`;
      methods += `nextPage: (nextLink: string) => this.rest.pathUnchecked(nextLink).get({ ...operationOptionsToRequestParameters(options), headers: ${headersExpr} }),\n`;
      methods += `expectedStatus: ${JSON.stringify(op.responses[0].statusCodes[0])},\n`;
      methods += `toItems: (items) => ${conv ? `(items as Parameters<typeof ${lowerFirst((item as { name: string }).name)}Deserializer>[0][]).map((p) => ${conv})` : `items as ${apiType(item)}[]`},\n`;
      methods += `toError: (response) => this.context.createError(response),\n});\n}\n\n`;
    } else if (kind === "binary") {
      methods += `async ${signature} {\nconst response = await ${request}.asNodeStream();\n`;
      methods += `if (response.status !== ${JSON.stringify(op.responses[0].statusCodes[0])} || response.body === undefined) throw this.context.createError(await readErrorBody(response));\nreturn response.body;\n}\n\n`;
    } else {
      methods += `async ${signature} {\nconst response = await ${request};\n`;
      if (kind === "exists") {
        methods += `if (response.status === "404") return false;\nif (isUnexpected(response)) throw this.context.createError(response);\nreturn true;\n}\n\n`;
      } else if (kind === "json") {
        const body = op.responses.find((r) => r.body)!.body!;
        methods += `if (isUnexpected(response)) throw this.context.createError(response);\nreturn ${fromWire(body, "response.body") ?? "response.body"};\n}\n\n`;
      } else {
        const fields = successHeaders(op).map((h) => `${propertyKey(h.name)}: ${headerValue(h)}`);
        methods += `if (isUnexpected(response)) throw this.context.createError(response);\nreturn omitUndefined({ ${fields.join(", ")} });\n}\n\n`;
      }
    }
  }

  let out = `import type { Client, OperationOptions, PathUncheckedResponse, HttpNodeStreamResponse } from "@azure-rest/core-client";\n`;
  out += `import { operationOptionsToRequestParameters } from "@azure-rest/core-client";\n`;
  out += `import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";\n`;
  out += `import type { ${options.clientName} } from "../rest/clientDefinitions.js";\n`;
  out += `import { isUnexpected } from "../rest/isUnexpected.js";\n`;
  out += `import { buildPagedIterator, type PagedAsyncIterableIterator } from "../rest/paginateHelper.js";\n`;
  out += `import type {\n${[...modelImports].sort().join(",\n")}\n} from "./models.js";\n`;
  out += `import {\n${[...serializerImports, "omitUndefined"].sort().join(",\n")}\n} from "./serializers.js";\n\n`;
  out += OPERATION_HELPERS;
  out += types;
  out += [...resultTypes.keys()].sort().map((k) => resultTypes.get(k)).join("");
  out += doc(
    `Every operation of ${model.title}, one method each. Extended by the hand-written client, which supplies the context (the rest-level client and its error type).`,
    "",
  );
  out += `export abstract class ${base}Operations {\n`;
  out += doc("The rest-level client and error factory the methods use.", "");
  out += `protected abstract readonly context: ${base}Context;\n\n`;
  out += `/** The context's client, with its generated path types. */\nprivate get rest(): ${options.clientName} {\nreturn this.context.client as ${options.clientName};\n}\n\n`;
  out += methods;
  out += "}\n";
  return out;
}

function upper(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

const OPERATION_HELPERS = `/** Drops the entries whose value is \`undefined\` (so they are not sent). */
function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Parses an HTTP date header. */
function parseDate(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}

/** Parses a boolean header. */
function parseBoolean(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value.toLowerCase() === "true";
}

/** Parses a numeric header. */
function parseNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Reads a streamed error response so it can be turned into an error like any other. */
async function readErrorBody(response: HttpNodeStreamResponse): Promise<PathUncheckedResponse> {
  const chunks: Buffer[] = [];
  if (response.body) for await (const chunk of response.body) chunks.push(Buffer.from(chunk as Uint8Array));
  const text = Buffer.concat(chunks).toString("utf8");
  let body: unknown = text.length ? text : undefined;
  try {
    body = text.length ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { ...response, body };
}

`;

/**
 * Emits the rest-level client (`generated/rest/`): the shape AutoRest's TypeScript
 * generator produces in rest-level mode, on `@azure-rest/core-client`.
 */
import type { ObjectModel, Operation, Response, ServiceModel, TypeRef } from "../model.js";
import { lowerFirst, pathParameterNames, propertyKey } from "../naming.js";
import { isDate } from "./typeKinds.js";
import { doc, fileHeader } from "./docs.js";
import { referencedEnums, referencedModels, restType } from "./restTypes.js";

/** Options for the rest-level emitter. */
export interface RestEmitOptions {
  /** The client type name, e.g. `BatchClient`. */
  clientName: string;
  /** The npm package name, used in the user agent and logger. */
  packageName: string;
  packageVersion: string;
}

/** Emits every file of the rest layer, keyed by path relative to the output folder. */
export function emitRest(model: ServiceModel, options: RestEmitOptions): Map<string, string> {
  const files = new Map<string, string>();
  const header = fileHeader(model.title, model.apiVersion);
  files.set("rest/models.ts", header + emitInputModels(model));
  files.set("rest/outputModels.ts", header + emitOutputModels(model));
  files.set("rest/parameters.ts", header + emitParameters(model));
  files.set("rest/responses.ts", header + emitResponses(model));
  files.set("rest/clientDefinitions.ts", header + emitClientDefinitions(model, options));
  files.set("rest/isUnexpected.ts", header + emitIsUnexpected(model));
  files.set("rest/logger.ts", header + emitLogger(options));
  files.set(`rest/${lowerFirst(options.clientName)}.ts`, header + emitCreateClient(model, options));
  files.set("rest/index.ts", header + emitIndex(options));
  return files;
}

function enumDecl(e: ServiceModel["enums"][number]): string {
  const values = e.values.map((v) => JSON.stringify(v.value)).join(" | ");
  const possible = e.values.map(
    (v) => `- \`${v.value}\`${v.description ? `: ${v.description.replace(/\n/g, " ")}` : ""}`,
  );
  return (
    doc(e.description, `Values of ${e.name}.`, ["", "Possible values:", ...possible]) +
    `export type ${e.name} = ${values || "string"};\n\n`
  );
}

function objectDecl(m: ObjectModel, name: string, direction: "input" | "output"): string {
  const props = m.properties.filter((p) => direction === "output" || !p.readOnly);
  let out = doc(m.description, `The ${m.name} model.`) + `export interface ${name} {\n`;
  for (const p of props) {
    const dflt = p.defaultValue !== undefined ? `\nThe service's default: \`${String(p.defaultValue)}\`.` : "";
    const secret = p.secret
      ? "\nA secret (`x-ms-secret`): sent to the service, never returned by it; keep it out of logs."
      : "";
    out += doc(`${p.description}${dflt}${secret}`, `The ${p.wireName} property.${dflt}${secret}`);
    out += `${propertyKey(p.wireName)}${p.required ? "" : "?"}: ${restType(p.type, direction)};\n`;
  }
  if (m.additionalProperties) {
    out += doc("Additional properties.", "");
    out += `[key: string]: ${restType(m.additionalProperties, direction)} | unknown;\n`;
  }
  return out + "}\n\n";
}

function emitInputModels(model: ServiceModel): string {
  let out = "";
  // Input models, and definitions nothing references (kept so every definition has a type).
  for (const m of model.models.filter((m) => m.usage.input || !m.usage.output)) out += objectDecl(m, m.name, "input");
  for (const e of model.enums) out += enumDecl(e);
  for (const a of model.aliases)
    out += doc(a.description, `The ${a.name} string.`) + `export type ${a.name} = string;\n\n`;
  return out;
}

function emitOutputModels(model: ServiceModel): string {
  const outputs = model.models.filter((m) => m.usage.output);
  const enums = new Set<string>();
  for (const m of outputs) for (const p of m.properties) referencedEnums(p.type, enums);
  let out = enums.size ? `import type { ${[...enums].sort().join(", ")} } from "./models.js";\n\n` : "";
  for (const m of outputs) out += objectDecl(m, `${m.name}Output`, "output");
  return out;
}

function headerValueType(t: TypeRef): string {
  if (isDate(t)) return "string";
  return restType(t, "input");
}

function emitParameters(model: ServiceModel): string {
  const imports = new Set<string>();
  let body = "";
  for (const op of model.operations) {
    const parts: string[] = [];
    const headers = op.parameters.filter((p) => p.in === "header");
    const query = op.parameters.filter((p) => p.in === "query");
    if (headers.length) {
      body += doc(`Request headers of ${op.operationId}.`, "");
      body += `export interface ${op.name}Headers {\n`;
      for (const p of headers) {
        body += doc(p.description, `The ${p.wireName} header.`);
        body += `${propertyKey(p.wireName)}${p.required ? "" : "?"}: ${headerValueType(p.type)};\n`;
      }
      body += "}\n\n";
    }
    if (op.body) {
      referencedModels(op.body.type, imports);
      body += doc(`The body of ${op.operationId}.`, "");
      body += `export interface ${op.name}BodyParam {\n`;
      body += doc(op.body.description, "The request body.");
      body += `body${op.body.required ? "" : "?"}: ${restType(op.body.type, "input")};\n}\n\n`;
      parts.push(`${op.name}BodyParam`);
    }
    if (query.length) {
      const required = query.some((p) => p.required);
      body += doc(`Query parameters of ${op.operationId}.`, "");
      body += `export interface ${op.name}QueryParamProperties {\n`;
      for (const p of query) {
        body += doc(p.description, `The ${p.wireName} query parameter.`);
        body += `${propertyKey(p.wireName)}${p.required ? "" : "?"}: ${restType(p.type, "input")};\n`;
      }
      body += "}\n\n";
      body += doc(`The query parameters of ${op.operationId}.`, "");
      body += `export interface ${op.name}QueryParam {\n${doc("Query parameters.", "")}queryParameters${required ? "" : "?"}: ${op.name}QueryParamProperties;\n}\n\n`;
      parts.push(`${op.name}QueryParam`);
    }
    if (headers.length) {
      const required = headers.some((p) => p.required);
      body += doc(`The header parameters of ${op.operationId}.`, "");
      body += `export interface ${op.name}HeaderParam {\n${doc("Request headers.", "")}headers${required ? "" : "?"}: RawHttpHeadersInput & ${op.name}Headers;\n}\n\n`;
      parts.push(`${op.name}HeaderParam`);
    }
    if (op.body) {
      body += doc(`The content type of ${op.operationId}.`, "");
      body += `export interface ${op.name}MediaTypesParam {\n${doc("The request's content type.", "")}contentType: ${JSON.stringify(op.body.contentType)};\n}\n\n`;
      parts.push(`${op.name}MediaTypesParam`);
    }
    parts.push("RequestParameters");
    body += doc(`The parameters of ${op.operationId}.`, "");
    body += `export type ${op.name}Parameters = ${parts.join(" & ")};\n\n`;
  }
  let out = `import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";\nimport type { RequestParameters } from "@azure-rest/core-client";\n`;
  if (imports.size) out += `import type { ${[...imports].sort().join(", ")} } from "./models.js";\n`;
  return out + "\n" + body;
}

function responseTypeName(op: Operation, r: Response): string {
  return `${op.name}${r.statusCodes[0]}Response`;
}

function emitResponses(model: ServiceModel): string {
  const outputs = new Set<string>();
  let body = "";
  for (const op of model.operations) {
    for (const r of op.responses) {
      const code = r.statusCodes[0];
      body += doc(`Headers of the ${code} response of ${op.operationId}.`, "");
      body += `export interface ${op.name}${code}Headers {\n`;
      for (const h of r.headers) {
        body += doc(h.description, `The ${h.wireName} header.`);
        // Response headers arrive as text whatever the spec's type; the convenience layer parses them.
        body += `${JSON.stringify(h.wireName.toLowerCase())}?: string;\n`;
      }
      body += "}\n\n";
      let bodyType = "Record<string, any>";
      if (r.body) {
        referencedModels(r.body, outputs);
        bodyType = restType(r.body, "output");
      }
      body += doc(r.description, `The ${code} response of ${op.operationId}.`);
      body += `export interface ${responseTypeName(op, r)} extends HttpResponse {\n`;
      body += `${doc("The status code.", "")}status: ${JSON.stringify(code)};\n`;
      body += `${doc("The response body.", "")}body: ${bodyType};\n`;
      body += `${doc("The response headers.", "")}headers: RawHttpHeaders & ${op.name}${code}Headers;\n}\n\n`;
    }
    if (op.errorBody) referencedModels(op.errorBody, outputs);
    body += doc(`An unexpected response of ${op.operationId}.`, "");
    body += `export interface ${op.name}DefaultResponse extends HttpResponse {\n`;
    body += `${doc("The status code.", "")}status: string;\n`;
    body += `${doc("The error body.", "")}body: ${op.errorBody ? restType(op.errorBody, "output") : "unknown"};\n}\n\n`;
  }
  let out = `import type { RawHttpHeaders } from "@azure/core-rest-pipeline";\nimport type { HttpResponse } from "@azure-rest/core-client";\n`;
  if (outputs.size)
    out += `import type { ${[...outputs]
      .sort()
      .map((n) => `${n}Output`)
      .join(", ")} } from "./outputModels.js";\n`;
  return out + "\n" + body;
}

/** Groups operations by path, in the order paths first appear. */
function byPath(model: ServiceModel): Map<string, Operation[]> {
  const paths = new Map<string, Operation[]>();
  for (const op of model.operations) {
    const list = paths.get(op.path) ?? [];
    list.push(op);
    paths.set(op.path, list);
  }
  return paths;
}

function emitClientDefinitions(model: ServiceModel, options: RestEmitOptions): string {
  const paramTypes: string[] = [];
  const responseTypes: string[] = [];
  let body = "";
  let routes = "";
  for (const [path, ops] of byPath(model)) {
    const resource = ops[0].name;
    body += doc(`The operations on \`${path}\`.`, "");
    body += `export interface ${resource} {\n`;
    for (const op of ops) {
      const responses = [...op.responses.map((r) => responseTypeName(op, r)), `${op.name}DefaultResponse`];
      paramTypes.push(`${op.name}Parameters`);
      responseTypes.push(...responses);
      const optional = !(op.body?.required || op.parameters.some((p) => p.in !== "path" && p.required));
      body += doc(op.description || op.summary, op.operationId);
      body += `${op.method}(options${optional ? "?" : ""}: ${op.name}Parameters): StreamableMethod<${responses.join(" | ")}>;\n`;
    }
    body += "}\n\n";
    const args = pathParameterNames(path).map((p) => `${p}: string`);
    routes += doc(`Resource for \`${path}\`.`, "");
    routes += `(path: ${JSON.stringify(path)}${args.map((a) => `, ${a}`).join("")}): ${resource};\n`;
  }
  let out = `import type { Client, StreamableMethod } from "@azure-rest/core-client";\n`;
  out += `import type {\n${paramTypes.sort().join(",\n")}\n} from "./parameters.js";\n`;
  out += `import type {\n${responseTypes.sort().join(",\n")}\n} from "./responses.js";\n\n`;
  out += body;
  out += doc("Every path of the service, typed.", "") + `export interface Routes {\n${routes}}\n\n`;
  out += doc(
    `The rest-level ${options.clientName}: a \`@azure-rest/core-client\` client whose \`path()\` is typed by its \`Routes\`.`,
    "",
  );
  out += `export type ${options.clientName} = Client & {\n${doc("Selects a path of the service.", "")}path: Routes;\n};\n`;
  return out;
}

function emitIsUnexpected(model: ServiceModel): string {
  const map = model.operations.map((op) => {
    const codes = op.responses.flatMap((r) => r.statusCodes);
    return `${JSON.stringify(`${op.method.toUpperCase()} ${op.path}`)}: ${JSON.stringify(codes)}`;
  });
  const jsonBodies = model.operations.flatMap((op) => {
    const codes = op.responses.filter((r) => r.body && r.body.kind !== "binary").flatMap((r) => r.statusCodes);
    return codes.length ? [`${JSON.stringify(`${op.method.toUpperCase()} ${op.path}`)}: ${JSON.stringify(codes)}`] : [];
  });
  const imports: string[] = [];
  let overloads = "";
  for (const op of model.operations) {
    const expected = op.responses.map((r) => responseTypeName(op, r));
    imports.push(...expected, `${op.name}DefaultResponse`);
    overloads += `/** Whether a response of ${op.operationId} has a status the spec does not declare. */\n`;
    overloads += `export function isUnexpected(response: ${[...expected, `${op.name}DefaultResponse`].join(" | ")}): response is ${op.name}DefaultResponse;\n`;
  }
  const unions = model.operations.map((op) => `${op.name}DefaultResponse`);
  return `import type {\n${imports.sort().join(",\n")}\n} from "./responses.js";

const responseMap: Record<string, string[]> = {
${map.join(",\n")}
};

const jsonBodyMap: Record<string, string[]> = {
${jsonBodies.join(",\n")}
};

${doc(
  "Whether the spec says a response with this status carries a JSON body (so an empty or non-JSON body is wrong).",
  "",
  [
    "@param response - the status and the request (method and URL) it answers.",
    "@returns true when the operation declares a JSON body for the status.",
  ],
)}export function expectsJsonBody(response: { status: string; request: { method: string; url: string } }): boolean {
  const url = new URL(response.request.url);
  const method = response.request.method.toUpperCase();
  const codes = jsonBodyMap[\`\${method} \${url.pathname}\`] ?? expectedFromTemplates(method, url.pathname, jsonBodyMap);
  return codes !== undefined && codes.includes(response.status);
}

${doc("Whether a response carries a status code the operation does not declare (its error response).", "", [
  "@param response - a response from the rest-level client.",
  "@returns true when the status is not one the spec lists for the operation.",
])}${overloads}export function isUnexpected(response: { status: string; request: { method: string; url: string } }): response is ${unions.join(" | ")} {
  const url = new URL(response.request.url);
  const method = response.request.method.toUpperCase();
  const expected = responseMap[\`\${method} \${url.pathname}\`] ?? expectedFromTemplates(method, url.pathname, responseMap);
  return expected === undefined ? true : !expected.includes(response.status);
}

/**
 * Matches a concrete path against the templated paths of a table ({@link responseMap} or {@link jsonBodyMap}).
 * The table is always passed: a default would keep \`responseMap\` in a bundle that uses only \`expectsJsonBody\`.
 */
function expectedFromTemplates(method: string, pathname: string, map: Record<string, string[]>): string[] | undefined {
  const segments = pathname.split("/").filter((s) => s.length > 0);
  let best: { codes: string[]; literals: number } | undefined;
  for (const [key, codes] of Object.entries(map)) {
    const [candidateMethod, template] = key.split(" ");
    if (candidateMethod !== method) continue;
    const parts = template.split("/").filter((s) => s.length > 0);
    if (!matchesTemplate(parts, segments)) continue;
    const literals = parts.filter((p) => !p.startsWith("{")).length;
    if (!best || literals > best.literals) best = { codes, literals };
  }
  return best?.codes;
}

/** A trailing template parameter (a file path) may span several segments. */
function matchesTemplate(parts: string[], segments: string[]): boolean {
  if (segments.length < parts.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const isLast = i === parts.length - 1;
    if (parts[i].startsWith("{")) {
      if (isLast) return true;
      continue;
    }
    if (parts[i] !== decodeURIComponent(segments[i])) return false;
  }
  return segments.length === parts.length;
}
`;
}

function emitLogger(options: RestEmitOptions): string {
  return `import { createClientLogger } from "@azure/logger";

${doc(`The logger of the rest-level client (namespace \`${options.packageName}\`).`, "")}export const logger = createClientLogger(${JSON.stringify(options.packageName)});
`;
}

function emitCreateClient(model: ServiceModel, options: RestEmitOptions): string {
  const scopes = JSON.stringify(model.scopes);
  return `import { getClient, type ClientOptions } from "@azure-rest/core-client";
import type { TokenCredential } from "@azure/core-auth";
import type { ${options.clientName} } from "./clientDefinitions.js";
import { logger } from "./logger.js";
import { withCheckedPaths } from "./pathParameters.js";

${doc(`The api-version this client was generated for.`, "")}export const apiVersion = ${JSON.stringify(model.apiVersion)};

${doc(`Options for {@link createClient}.`, "")}export interface ${options.clientName}Options extends ClientOptions {
${doc(`The api-version to send (default \`${model.apiVersion}\`).`, "")}apiVersion?: string;
}

${doc(`Creates the rest-level ${options.clientName} for ${model.title}.\n\n${model.description}`, "", [
  `@param ${model.endpoint.name} - ${model.endpoint.description}`,
  "@param credentials - an Entra ID credential; omit it to add your own authentication policy.",
  "@param options - pipeline options (retry, logging, api-version).",
  "@returns a path-typed client.",
  "@example",
  "```ts",
  `const client = createClient("https://myaccount.eastus.batch.azure.com", new DefaultAzureCredential());`,
  `const response = await client.path("/pools/{poolId}", "my-pool").get();`,
  "```",
])}export function createClient(
  ${model.endpoint.name}: string,
  credentials?: TokenCredential,
  { apiVersion: version = apiVersion, ...options }: ${options.clientName}Options = {},
): ${options.clientName} {
  const endpointUrl = options.endpoint ?? options.baseUrl ?? ${model.endpoint.name};
  const userAgentInfo = ${JSON.stringify(`azsdk-js-${options.packageName}-rest/${options.packageVersion}`)};
  const userAgentPrefix = options.userAgentOptions?.userAgentPrefix
    ? \`\${options.userAgentOptions.userAgentPrefix} \${userAgentInfo}\`
    : userAgentInfo;
  // Every value placed in a URL path is checked (pathParameters.ts) before a request is built.
  return withCheckedPaths(getClient(endpointUrl, credentials, {
    ...options,
    apiVersion: version,
    userAgentOptions: { userAgentPrefix },
    loggingOptions: { logger: options.loggingOptions?.logger ?? logger.info, ...options.loggingOptions },
    credentials: { scopes: options.credentials?.scopes ?? ${scopes}, ...options.credentials },
  })) as ${options.clientName};
}
`;
}

function emitIndex(options: RestEmitOptions): string {
  return `export { createClient, apiVersion, type ${options.clientName}Options } from "./${lowerFirst(options.clientName)}.js";
export * from "./parameters.js";
export * from "./responses.js";
export * from "./clientDefinitions.js";
export * from "./isUnexpected.js";
export * from "./models.js";
export * from "./outputModels.js";
export * from "./paginateHelper.js";
export { InvalidPathParameterError, checkPathParameter } from "./pathParameters.js";
export { logger } from "./logger.js";
`;
}

// Drives BatchClient with the spec's examples through nock.
//
// For one example and one of its response status codes, `runExample`:
// 1. builds the method's arguments from the example: path parameters in path order, the body
//    converted to the client model by `wireToClient` (spec-driven, independent of generated/), and
//    the per-call options from the example's query and header parameters;
// 2. calls the BatchClient method named after the operationId against a nock interceptor that
//    records every request and answers with the example's response;
// 3. asserts what reached the wire: method, path, exact query (api-version plus the example's),
//    headers (client-request-id, ocp-date, content type, Authorization form) and a body that
//    deep-equals the example's body parameter;
// 4. asserts what came back: list items, the typed body (deep-equal to `wireToClient` of the
//    example's response), `true`/`false` for HEAD exists, the streamed content of a file download,
//    or the typed response headers.
// `describeExamples(group)` registers one mocha test per example and status code of a group.

import { Readable } from "node:stream";
import { assert } from "chai";
import nock from "nock";
import { AzureNamedKeyCredential, type TokenCredential } from "@azure/core-auth";
import { BatchClient } from "../../src/index.js";
import {
  API_VERSION,
  methodName,
  operationGroup,
  resolveSchema,
  specExamples,
  specOperations,
  type SpecExample,
  type SpecOperation,
  type SpecParameter,
} from "./spec.js";
import { canonicalWireDates, wireToClient } from "./wireToClient.js";

/** The account the tests talk to (the examples' `batchUrl` is `account.region.batch.azure.com`). */
export const ACCOUNT = "account";
/** The endpoint of every test client. */
export const ENDPOINT = `https://${ACCOUNT}.region.batch.azure.com`;
/** A made-up account key (base64), never a real secret. */
export const ACCOUNT_KEY = Buffer.from("azbatch-wire-test-key-not-a-secret-0123456789").toString("base64");
/** The bearer token the fake TokenCredential hands out. */
export const BEARER_TOKEN = "fake-entra-token-for-tests";
/** The `request-id` every reply of the driver carries. */
export const REQUEST_ID = "11111111-2222-3333-4444-555555555555";
/** The content type of every request body. */
export const BODY_CONTENT_TYPE = "application/json; odata=minimalmetadata";
/** A fixed `ocp-date` for tests that compare it. */
export const FIXED_OCP_DATE = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

/** How a test client authenticates. */
export type CredentialKind = "sharedKey" | "bearer";

/** A TokenCredential that hands out a fixed token and counts the calls. */
export function fakeTokenCredential(): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    async getToken(scope: string | string[]) {
      scopes.push(...(Array.isArray(scope) ? scope : [scope]));
      return { token: BEARER_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
}

/** A BatchClient for `ENDPOINT` without retries (so 5xx tests are fast). */
export function createTestClient(kind: CredentialKind = "sharedKey"): BatchClient {
  const credential = kind === "bearer" ? fakeTokenCredential() : new AzureNamedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  return new BatchClient(ENDPOINT, credential, { retryOptions: { maxRetries: 0 } });
}

/** A request as nock saw it. */
export interface RecordedRequest {
  method: string;
  /** The path as sent (still percent-encoded). */
  path: string;
  /** The query parameters, decoded. */
  query: Record<string, string>;
  /** The raw query string (after `?`). */
  rawQuery: string;
  headers: Record<string, string>;
  /** The JSON body (parsed), the text body, or undefined when there was none. */
  body: unknown;
}

/** A reply nock should give. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Intercepts every request to `ENDPOINT` (any method and path) and answers each with the next
 * reply of `replies` (the last one repeats). Returns the list the requests are recorded in.
 * Interceptors installed before are removed first, so each call starts afresh.
 */
export function interceptAll(
  replies: Reply[] | ((request: RecordedRequest, index: number) => Reply),
): RecordedRequest[] {
  nock.cleanAll();
  const requests: RecordedRequest[] = [];
  for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]) {
    nock(ENDPOINT)
      .persist()
      .intercept(() => true, method)
      .query(true)
      .reply(function (uri, body) {
        const url = new URL(uri, ENDPOINT);
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(this.req.headers)) {
          headers[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : String(value);
        }
        const request: RecordedRequest = {
          method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams.entries()),
          rawQuery: url.search.replace(/^\?/, ""),
          headers,
          body: body === "" ? undefined : body,
        };
        requests.push(request);
        const reply =
          typeof replies === "function"
            ? replies(request, requests.length - 1)
            : replies[Math.min(requests.length - 1, replies.length - 1)]!;
        const replyBody =
          reply.body === undefined ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
        const replyHeaders = { ...reply.headers };
        if (
          typeof reply.body === "object" &&
          !Object.keys(replyHeaders).some((h) => h.toLowerCase() === "content-type")
        ) {
          replyHeaders["Content-Type"] = "application/json; odata=minimalmetadata";
        }
        return [reply.status, replyBody, replyHeaders];
      });
  }
  return requests;
}

/** Reads a stream to a string. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks).toString("utf8");
}

// ---------------------------------------------------------------------------------------------
// From example parameters to method arguments and expected wire values.

/** Example parameters that are not operation parameters: the account URL and the api-version. */
const NOT_OPERATION_PARAMETERS = new Set(["batchUrl", "endpoint", "api-version"]);

/**
 * Example parameters that are mistakes in the examples, ignored on purpose.
 * Key: `<file>:<parameter>`; value: why.
 */
const EXAMPLE_TYPOS: Record<string, string> = {
  "Pools_CreatePool_MountConfiguration.json:ocp-data": "typo for ocp-date in the example",
};

/** Per-call option name of a query parameter (the client's names, written out by hand). */
const QUERY_OPTIONS: Record<string, string> = {
  timeOut: "timeOutInSeconds",
  maxresults: "maxresults",
  $filter: "filter",
  $select: "select",
  $expand: "expand",
  force: "force",
  recursive: "recursive",
};

/** Per-call option name of a header parameter, and whether it is a date. */
const HEADER_OPTIONS: Record<string, { option: string; date?: boolean }> = {
  "client-request-id": { option: "clientRequestId" },
  "return-client-request-id": { option: "returnClientRequestId" },
  "ocp-date": { option: "ocpDate", date: true },
  "If-Match": { option: "ifMatch" },
  "If-None-Match": { option: "ifNoneMatch" },
  "If-Modified-Since": { option: "ifModifiedSince", date: true },
  "If-Unmodified-Since": { option: "ifUnmodifiedSince", date: true },
  "ocp-range": { option: "ocpRange" },
};

/** Response headers and the result property they become, with their conversion. */
const RESULT_HEADERS: Record<string, { property: string; convert: (v: string) => unknown }> = {
  etag: { property: "etag", convert: (v) => v },
  "last-modified": { property: "lastModified", convert: (v) => new Date(v) },
  "request-id": { property: "requestId", convert: (v) => v },
  "client-request-id": { property: "clientRequestId", convert: (v) => v },
  dataserviceid: { property: "dataServiceId", convert: (v) => v },
  "content-length": { property: "contentLength", convert: (v) => Number(v) },
  "ocp-creation-time": { property: "creationTime", convert: (v) => new Date(v) },
  "ocp-batch-file-isdirectory": { property: "isDirectory", convert: (v) => v.toLowerCase() === "true" },
  "ocp-batch-file-url": { property: "url", convert: (v) => v },
  "ocp-batch-file-mode": { property: "fileMode", convert: (v) => v },
};

/** What a test of one example needs: the call and what to expect. */
export interface ExampleCall {
  operation: SpecOperation;
  method: string;
  args: unknown[];
  /** The example's body parameter (wire form), if the call sends one. */
  wireBody: unknown;
  expectedPath: string;
  expectedQuery: Record<string, string>;
  /** Expected request headers (lower-case names). */
  expectedHeaders: Record<string, string>;
}

/** Builds the method call and the expected request of an example. */
export function exampleCall(example: SpecExample, overrides: Record<string, unknown> = {}): ExampleCall {
  const operation = specOperations().get(example.operationId);
  if (!operation) throw new Error(`${example.file}: operationId ${example.operationId} is not in the spec`);
  const params = example.parameters;
  const byName = new Map(operation.parameters.map((p) => [p.name, p]));
  const bodyParameter = operation.parameters.find((p) => p.in === "body");

  // The example's keys that the operation does not declare: typos, or the body under another name.
  const unknown = Object.keys(params).filter(
    (k) => !NOT_OPERATION_PARAMETERS.has(k) && !byName.has(k) && !EXAMPLE_TYPOS[`${example.file}:${k}`],
  );
  let bodyKey = bodyParameter && bodyParameter.name in params ? bodyParameter.name : undefined;
  if (bodyParameter && !bodyKey && unknown.length === 1 && typeof params[unknown[0]!] === "object") {
    // Some examples name the optional body differently from the spec (nodeRebootParameter vs options).
    bodyKey = unknown.shift();
  }
  if (unknown.length) throw new Error(`${example.file}: parameters not in the operation: ${unknown.join(", ")}`);
  if (bodyParameter?.required && !bodyKey)
    throw new Error(`${example.file}: the required body ${bodyParameter.name} is missing`);

  const args: unknown[] = [];
  let expectedPath = operation.path;
  for (const [, name] of operation.path.matchAll(/\{([^}]+)\}/g)) {
    const p = byName.get(name!) as SpecParameter;
    const value = String(params[name!]);
    args.push(value);
    expectedPath = expectedPath.replace(`{${name}}`, p["x-ms-skip-url-encoding"] ? value : encodeURIComponent(value));
  }
  const wireBody = bodyKey ? params[bodyKey] : undefined;
  if (bodyParameter)
    args.push(bodyKey ? wireToClient(wireBody, bodyParameter.schema!, `${example.file}:${bodyKey}`) : undefined);

  const options: Record<string, unknown> = {};
  const expectedQuery: Record<string, string> = { "api-version": API_VERSION };
  const expectedHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const p = byName.get(name);
    if (!p || p.in === "path" || p.in === "body" || NOT_OPERATION_PARAMETERS.has(name)) continue;
    if (p.in === "query") {
      const option = QUERY_OPTIONS[name];
      if (!option) throw new Error(`${example.file}: no option known for query parameter ${name}`);
      options[option] = p.type === "array" && typeof value === "string" ? value.split(",") : value;
      expectedQuery[name] = Array.isArray(value) ? value.join(",") : String(value);
    } else if (p.in === "header") {
      const known = HEADER_OPTIONS[name];
      if (!known) throw new Error(`${example.file}: no option known for header ${name}`);
      const date = known.date ? new Date(String(value)) : undefined;
      options[known.option] = date ?? value;
      expectedHeaders[name.toLowerCase()] = date ? date.toUTCString() : String(value);
    }
  }
  Object.assign(options, overrides);
  args.push(options);
  if (bodyKey) expectedHeaders["content-type"] = BODY_CONTENT_TYPE;
  return {
    operation,
    method: methodName(example.operationId),
    args,
    wireBody,
    expectedPath,
    expectedQuery,
    expectedHeaders,
  };
}

/** The reply of an example for one status code: body, and the headers the example lists. */
export function exampleReply(example: SpecExample, status: string): Reply {
  const response = example.responses[status] ?? {};
  const headers: Record<string, string> = { "request-id": REQUEST_ID };
  let body: unknown;
  for (const [key, value] of Object.entries(response)) {
    if (key === "body") body = value;
    else if (key === "headers" && typeof value === "object") Object.assign(headers, value);
    else headers[key] = String(value);
  }
  if (body !== undefined && typeof body === "string") {
    // Let the body decide its length (the examples' Content-Length does not match their text).
    for (const h of Object.keys(headers)) if (h.toLowerCase() === "content-length") delete headers[h];
  }
  return { status: Number(status), body, headers };
}

/** The outcome of one example run. */
export interface ExampleRun<T = unknown> {
  call: ExampleCall;
  /** What the method returned (list methods: every item; downloads: the stream). */
  result: T;
  /** The downloaded text, for file GETs. */
  content?: string;
  requests: RecordedRequest[];
}

/** The kind of result an operation has, from the spec. */
export function resultKind(op: SpecOperation): "list" | "exists" | "download" | "body" | "headers" {
  const ok = Object.entries(op.responses).find(([s]) => s.startsWith("2"))?.[1];
  if (op.pageable) return "list";
  if (op.method === "HEAD" && op.responses["404"]) return "exists";
  if (ok?.schema && (ok.schema as { type?: string }).type === "file") return "download";
  if (ok?.schema) return "body";
  return "headers";
}

/**
 * Runs one example with one of its status codes through a BatchClient and nock, and asserts the
 * request and the typed result. Returns what happened, for further checks.
 */
export async function runExample(
  example: SpecExample,
  status: string,
  kind: CredentialKind = "sharedKey",
  overrides: Record<string, unknown> = {},
): Promise<ExampleRun> {
  const call = exampleCall(example, overrides);
  const op = call.operation;
  const reply = exampleReply(example, status);
  const nextLink = (reply.body as { "odata.nextLink"?: string } | undefined)?.["odata.nextLink"];
  const requests = interceptAll([reply, { status: 200, body: { value: [] }, headers: { "request-id": REQUEST_ID } }]);

  const client = createTestClient(kind);
  const fn = (client as unknown as Record<string, ((...a: unknown[]) => unknown) | undefined>)[call.method];
  assert.isFunction(fn, `BatchClient.${call.method} (${example.operationId})`);
  const outcome = fn!.apply(client, call.args);
  const rk = resultKind(op);
  let result: unknown;
  let content: string | undefined;
  if (rk === "list") {
    const items: unknown[] = [];
    for await (const item of outcome as AsyncIterable<unknown>) items.push(item);
    result = items;
  } else {
    result = await outcome;
    if (rk === "download") content = await readAll(result as NodeJS.ReadableStream);
  }

  // The wire: one request, plus one for the next page when the example has a next link.
  assert.lengthOf(requests, nextLink ? 2 : 1, "requests sent");
  const sent = requests[0]!;
  assert.strictEqual(sent.method, op.method, "HTTP method");
  assert.strictEqual(sent.path, call.expectedPath, "path");
  assert.deepEqual(sent.query, call.expectedQuery, "query");
  for (const [name, value] of Object.entries(call.expectedHeaders)) {
    assert.strictEqual(sent.headers[name], value, `header ${name}`);
  }
  if (!call.expectedHeaders["content-type"] && op.method !== "GET" && op.method !== "HEAD") {
    // No body: no JSON content type claimed.
    assert.notInclude(sent.headers["content-type"] ?? "", "json", "content-type of a bodiless request");
  }
  if (kind === "sharedKey") {
    assert.match(
      sent.headers.authorization ?? "",
      new RegExp(`^SharedKey ${ACCOUNT}:[A-Za-z0-9+/]{43}=$`),
      "Authorization",
    );
  } else {
    assert.strictEqual(sent.headers.authorization, `Bearer ${BEARER_TOKEN}`, "Authorization");
  }
  const bodySchema = op.parameters.find((p) => p.in === "body")?.schema;
  if (call.wireBody !== undefined) {
    assert.deepEqual(
      canonicalWireDates(sent.body, bodySchema!),
      canonicalWireDates(call.wireBody, bodySchema!),
      "request body (the example's body parameter, after wire → client → serializer)",
    );
  } else {
    assert.isUndefined(sent.body, "request body");
  }
  if (nextLink) {
    const next = new URL(nextLink);
    const second = requests[1]!;
    assert.strictEqual(second.method, "GET");
    assert.strictEqual(second.path, next.pathname, "next page path");
    assert.deepEqual(second.query, Object.fromEntries(next.searchParams.entries()), "next page query");
  }

  // The result, typed.
  const okSchema = op.responses[status]?.schema;
  if (rk === "list") {
    const itemSchema = resolveSchema(okSchema!).properties!.value!.items!;
    const wireItems = ((reply.body as { value?: unknown[] } | undefined)?.value ?? []) as unknown[];
    assert.deepEqual(
      result,
      wireItems.map((item, i) => wireToClient(item, itemSchema, `$.value[${i}]`)),
      "items",
    );
  } else if (rk === "exists") {
    assert.strictEqual(result, status === "200", "exists");
  } else if (rk === "download") {
    assert.instanceOf(result, Readable, "download result");
    assert.strictEqual(content, String(reply.body ?? ""), "downloaded content");
  } else if (rk === "body") {
    assert.deepEqual(result, wireToClient(reply.body, okSchema!), "typed response body");
  } else {
    const expected: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(reply.headers ?? {})) {
      const mapped = RESULT_HEADERS[name.toLowerCase()];
      if (mapped) expected[mapped.property] = mapped.convert(value);
    }
    assert.deepEqual(result, expected, "typed response headers");
  }
  return { call, result, content, requests };
}

/** The examples of one operation group (`Pools`, `Jobs`, ...), by their operationId. */
export function groupExamples(group: string): SpecExample[] {
  return specExamples().filter((e) => operationGroup(e.operationId) === group);
}

/** Installs nock hygiene for a describe block: no real network, interceptors cleared after each test. */
export function useNock(): void {
  before(() => nock.disableNetConnect());
  afterEach(() => nock.cleanAll());
  after(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });
}

/**
 * Registers one test per example of `group` and per response status code of the example.
 * @returns the number of tests registered.
 */
export function describeExamples(group: string, kind: CredentialKind = "sharedKey"): number {
  const examples = groupExamples(group);
  let count = 0;
  describe(`${group}: the spec's examples on the wire (${kind === "bearer" ? "Entra ID token" : "shared key"})`, () => {
    useNock();
    for (const example of examples) {
      for (const status of Object.keys(example.responses)) {
        count++;
        it(`${example.file} → ${status}: ${example.title}`, async () => {
          await runExample(example, status, kind);
        });
      }
    }
  });
  return count;
}

/** One example by its file name. */
export function exampleFile(file: string): SpecExample {
  const example = specExamples().find((e) => e.file === file);
  if (!example) throw new Error(`no example ${file}`);
  return example;
}

/** Runs `fn` against a fresh interceptor that answers every request with `reply`; returns the requests. */
export async function capture<T>(
  reply: Reply | Reply[],
  fn: (client: BatchClient) => Promise<T>,
  kind: CredentialKind = "sharedKey",
): Promise<{ result: T; requests: RecordedRequest[] }> {
  const requests = interceptAll(Array.isArray(reply) ? reply : [reply]);
  const result = await fn(createTestClient(kind));
  return { result, requests };
}

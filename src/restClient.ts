// The rest-level client Batch's contexts send on: `path(...)`/`pathUnchecked(...)` with
// `get`/`post`/... that build a pipeline request, send it through a given pipeline and return
// `{ request, headers, status, body }`, as the `getClient` of `@azure-rest/core-client` does.
//
// Why our own: that `getClient` (and the runtime's `getClient` it wraps) statically import the
// core's whole default pipeline factory, proxy agents included, even when the caller passes a
// pipeline of its own: a bundle of the per-function entry (`azbatch/api`) carried them all. Here
// the pipeline is always given (`batchPipeline.ts` builds it), and a JSON body the response-body
// policy (`responseBodyPolicy.ts`) already parsed to check it is not parsed a second time.
//
// The request and response shapes follow the core client's: the `accept` default
// `application/json`, the content type from `contentType`, the `content-type` header or the body,
// JSON bodies serialized, `responseAsStream` / `asNodeStream()` for a body read as a stream, the
// query parameters appended without re-encoding those already in the URL, `onResponse` called on
// success and on a `RestError` that carries a response, and the other request options copied onto
// the pipeline request (so `tracingOptions` reach the tracing policy), except those already in the
// URL and headers (query and path parameters, content type, accept: the core's logging policy
// prints a request's own properties as they are).

import type {
  Client,
  HttpBrowserStreamResponse,
  HttpNodeStreamResponse,
  PathUncheckedResponse,
  RequestParameters,
  ResourceMethods,
  StreamableMethod,
} from "@azure-rest/core-client";
import {
  createHttpHeaders,
  createPipelineRequest,
  isRestError,
  RestError,
  type HttpClient,
  type Pipeline,
  type PipelineRequest,
  type PipelineResponse,
  type RequestBodyType,
} from "@azure/core-rest-pipeline";
import { withoutRequestSecrets } from "./batchError.js";
import { parsedJsonBody } from "./responseBodyPolicy.js";

/** What {@link createRestClient} needs besides the pipeline. */
interface RestClientOptions {
  /** The HTTP client the pipeline sends with. */
  httpClient: HttpClient;
  /** Whether plain `http://` is allowed (a request may override it). */
  allowInsecureConnection?: boolean;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS" | "TRACE";

interface SendOptions extends RequestParameters {
  responseAsStream?: boolean;
}

/**
 * Creates a rest-level client that sends every request through `pipeline`.
 * @param endpoint - the base URL (may hold `{name}` placeholders filled from `pathParameters`).
 * @param pipeline - the pipeline (used as is: nothing is added to it).
 * @param options - the HTTP client and the insecure-connection default.
 * @returns the client.
 * @internal
 */
export function createRestClient(endpoint: string, pipeline: Pipeline, options: RestClientOptions): Client {
  const { httpClient, allowInsecureConnection } = options;
  const path = (route: string, ...args: unknown[]): ResourceMethods<StreamableMethod> => {
    const operation =
      (method: Method) =>
      (requestOptions: SendOptions = {}): StreamableMethod => {
        const insecure = requestOptions.allowInsecureConnection ?? allowInsecureConnection;
        const url = buildRequestUrl(endpoint, route, args, { allowInsecureConnection: insecure, ...requestOptions });
        const send = (asStream: boolean): Promise<PathUncheckedResponse> =>
          sendRequest(
            method,
            url,
            pipeline,
            { ...requestOptions, allowInsecureConnection: insecure, ...(asStream && { responseAsStream: true }) },
            httpClient,
          );
        return {
          then: (onFulfilled, onRejected) => send(false).then(onFulfilled, onRejected),
          asNodeStream: () => send(true) as Promise<HttpNodeStreamResponse>,
          asBrowserStream: () =>
            Promise.reject(
              new Error("`asBrowserStream` is supported only in the browser environment. Use `asNodeStream`."),
            ) as Promise<HttpBrowserStreamResponse>,
        };
      };
    return {
      get: operation("GET"),
      post: operation("POST"),
      put: operation("PUT"),
      patch: operation("PATCH"),
      delete: operation("DELETE"),
      head: operation("HEAD"),
      options: operation("OPTIONS"),
      trace: operation("TRACE"),
    };
  };
  return { path: path as Client["path"], pathUnchecked: path as Client["pathUnchecked"], pipeline };
}

async function sendRequest(
  method: Method,
  url: string,
  pipeline: Pipeline,
  options: SendOptions,
  httpClient: HttpClient,
): Promise<PathUncheckedResponse> {
  const request = buildPipelineRequest(method, url, options);
  try {
    const response = await pipeline.sendRequest(httpClient, request);
    const headers = response.headers.toJSON();
    const stream = response.readableStreamBody ?? response.browserStreamBody;
    // A streamed call's answer other than a success comes read (`responseBodyPolicy.ts`): its body
    // is parsed. A success without a stream (an HTTP client of the caller's that read it) is no body.
    const streamedSuccess = options.responseAsStream && response.status >= 200 && response.status < 300;
    const parsedBody = stream !== undefined || streamedSuccess ? undefined : getResponseBody(response);
    const body = stream ?? parsedBody;
    options.onResponse?.({ ...response, request, rawHeaders: headers, parsedBody: parsedBody as RequestBodyType });
    return { request, headers, status: `${response.status}`, body };
  } catch (e) {
    if (isRestError(e) && e.response && options.onResponse) {
      const { response } = e;
      options.onResponse({ ...response, request, rawHeaders: response.headers.toJSON() }, e, e);
    }
    throw withoutRequestSecrets(e);
  }
}

function requestContentType(options: SendOptions): string | undefined {
  if (options.contentType) return options.contentType;
  const header = (options.headers as Record<string, unknown> | undefined)?.["content-type"];
  if (typeof header === "string") return header;
  const body = options.body;
  if (body === undefined) return undefined;
  if (ArrayBuffer.isView(body)) return "application/octet-stream";
  if (body instanceof Blob && body.type) return body.type;
  if (typeof body === "string") {
    try {
      JSON.parse(body);
      return "application/json";
    } catch {
      return undefined;
    }
  }
  return "application/json";
}

function isStream(body: unknown): boolean {
  return (
    typeof body === "object" &&
    body !== null &&
    (typeof (body as { pipe?: unknown }).pipe === "function" ||
      typeof (body as { getReader?: unknown }).getReader === "function")
  );
}

function requestBody(body: unknown, contentType = ""): RequestBodyType | undefined {
  if (body === undefined) return undefined;
  if (typeof FormData !== "undefined" && body instanceof FormData) return body;
  if (body instanceof Blob || isStream(body) || typeof body === "function") return body as RequestBodyType;
  if (ArrayBuffer.isView(body)) return body instanceof Uint8Array ? body : JSON.stringify(body);
  switch (contentType.split(";")[0]) {
    case "application/json":
      return JSON.stringify(body);
    case "text/plain":
      return String(body);
    default:
      return typeof body === "string" ? body : JSON.stringify(body);
  }
}

function buildPipelineRequest(method: Method, url: string, options: SendOptions): PipelineRequest {
  const contentType = requestContentType(options);
  const body = requestBody(options.body, contentType);
  const given = options.headers as Record<string, unknown> | undefined;
  const headers = createHttpHeaders({
    ...(given as Record<string, string>),
    accept: options.accept ?? (given?.accept as string | undefined) ?? "application/json",
    ...(contentType && { "content-type": contentType }),
  });
  const {
    allowInsecureConnection,
    abortSignal,
    onUploadProgress,
    onDownloadProgress,
    timeout,
    responseAsStream,
    body: _body,
    headers: _headers,
    // Already in the URL and headers: not copied onto the request, where the core's logging
    // policy would print them as they are (the URL it prints has its query values redacted).
    queryParameters: _queryParameters,
    pathParameters: _pathParameters,
    skipUrlEncoding: _skipUrlEncoding,
    contentType: _contentType,
    accept: _accept,
    onResponse: _onResponse,
    ...rest
  } = options as SendOptions & {
    url?: unknown;
    method?: unknown;
    multipartBody?: unknown;
    pathParameters?: unknown;
    skipUrlEncoding?: unknown;
  };
  delete (rest as { url?: unknown }).url;
  delete (rest as { method?: unknown }).method;
  delete (rest as { multipartBody?: unknown }).multipartBody;
  const request = createPipelineRequest({
    url,
    method,
    body,
    headers,
    allowInsecureConnection,
    abortSignal,
    onUploadProgress,
    onDownloadProgress,
    timeout,
    enableBrowserStreams: true,
    streamResponseStatusCodes: responseAsStream ? new Set([Number.POSITIVE_INFINITY]) : undefined,
  });
  Object.assign(request, rest);
  return request;
}

/** The response body: the value the response-body policy parsed, else parsed here as the core client does. */
function getResponseBody(response: PipelineResponse): unknown {
  const text = response.bodyAsText ?? "";
  // A body of white space is no body (`responseBodyPolicy.ts` lets a blank error answer through).
  if (!/\S/.test(text)) return undefined;
  const parsed = parsedJsonBody(response);
  if (parsed !== undefined && parsed.text === text) return parsed.value;
  const firstType = (response.headers.get("content-type") ?? "").split(";")[0];
  if (firstType === "text/plain") return String(text);
  try {
    return text ? JSON.parse(text) : undefined;
  } catch (error) {
    if (firstType === "application/json") {
      throw new RestError(`Error "${error}" occurred while parsing the response body - ${text}.`, {
        code: (error as { code?: string }).code ?? RestError.PARSE_ERROR,
        statusCode: response.status,
        request: response.request,
        response,
      });
    }
    return String(text);
  }
}

interface UrlOptions {
  queryParameters?: Record<string, unknown>;
  pathParameters?: Record<string, unknown>;
  skipUrlEncoding?: boolean;
  allowInsecureConnection?: boolean;
}

type QueryStyle = "form" | "pipeDelimited" | "spaceDelimited";

/** Builds the request URL: the endpoint, the route with its path parameters, the query parameters. */
function buildRequestUrl(endpoint: string, route: string, args: unknown[], options: UrlOptions): string {
  // A next link is absolute (the scheme in any case: `HTTPS://` is the same scheme).
  if (/^https?:\/\//i.test(route)) return route;
  const base = buildBaseUrl(endpoint, options);
  let routePath = route;
  for (const arg of args) {
    const allowReserved =
      typeof arg === "object" && arg !== null && ((arg as { allowReserved?: boolean }).allowReserved ?? false);
    let value = typeof arg === "object" && arg !== null ? (arg as { value: unknown }).value : arg;
    if (!options.skipUrlEncoding && !allowReserved) value = encodeURIComponent(value as string);
    routePath = routePath.replace(/\{[\w-]+\}/, String(value));
  }
  return new URL(appendQueryParams(appendPath(base, routePath), options)).toString();
}

function buildBaseUrl(endpoint: string, options: UrlOptions): string {
  if (!options.pathParameters) return endpoint;
  for (const [key, param] of Object.entries(options.pathParameters)) {
    if (param === undefined || param === null) throw new Error(`Path parameters ${key} must not be undefined or null`);
    const value = options.skipUrlEncoding
      ? (param as { toISOString?: () => string }).toISOString !== undefined
        ? (param as Date).toISOString()
        : String(param)
      : encodeURIComponent(param as string);
    endpoint = endpoint.split(`{${key}}`).join(value);
  }
  return endpoint;
}

function appendPath(endpoint: string, pathToAppend: string): string {
  const e = endpoint.indexOf("?");
  const p = pathToAppend.indexOf("?");
  const [endpointBase, endpointSearch] = e !== -1 ? [endpoint.slice(0, e), endpoint.slice(e + 1)] : [endpoint, ""];
  const [pathBase, pathSearch] = p !== -1 ? [pathToAppend.slice(0, p), pathToAppend.slice(p + 1)] : [pathToAppend, ""];
  const search = [endpointSearch, pathSearch.replaceAll("?", "&")].filter(Boolean).join("&");
  // Extra slashes right after the host collapse to one; slashes inside the path stay.
  const base = endpointBase.replace(/(^[^:]+:\/\/[^/]+)\/\/+/, "$1/");
  let url = base;
  if (!base.endsWith("/") && !pathBase.startsWith("/") && pathBase !== "") url += `/${pathBase}`;
  else if (base.endsWith("/") && pathBase.startsWith("/")) url += pathBase.slice(1);
  else url += pathBase;
  return search ? `${url}?${search}` : url;
}

function queryParamValue(key: string, allowReserved: boolean, style: QueryStyle, param: unknown): string {
  const separator = style === "pipeDelimited" ? "|" : style === "spaceDelimited" ? "%20" : ",";
  const values = Array.isArray(param)
    ? param
    : typeof param === "object" && param !== null && param.toString === Object.prototype.toString
      ? Object.entries(param).flat()
      : [param];
  const value = values
    .map((p: unknown) => {
      if (p === null || p === undefined) return "";
      if (typeof (p as { toString?: unknown }).toString !== "function")
        throw new Error(`Query parameters must be able to be represented as string, ${key} can't`);
      const raw =
        (p as { toISOString?: () => string }).toISOString !== undefined ? (p as Date).toISOString() : String(p);
      return allowReserved ? raw : encodeURIComponent(raw);
    })
    .join(separator);
  return `${allowReserved ? key : encodeURIComponent(key)}=${value}`;
}

function appendQueryParams(url: string, options: UrlOptions): string {
  const queryParams = options.queryParameters;
  if (!queryParams) return url;
  const parsed = new URL(url);
  // The query already in the URL is kept as written (not decoded and re-encoded).
  const existing = new Map<string, string | string[]>();
  if (parsed.search.length > 1) {
    for (const pair of parsed.search.slice(1).split("&")) {
      const eq = pair.indexOf("=");
      add(existing, eq === -1 ? pair : pair.slice(0, eq), eq === -1 ? "" : pair.slice(eq + 1), false);
    }
  }
  const skip = options.skipUrlEncoding ?? false;
  const pieces: string[] = [];
  for (const key of Object.keys(queryParams)) {
    const param = queryParams[key];
    if (param === undefined || param === null) continue;
    const withOptions =
      typeof param === "object" &&
      Object.hasOwn(param, "value") &&
      typeof (param as { value?: { toString?: unknown } }).value?.toString === "function";
    const raw = withOptions ? (param as { value: unknown }).value : param;
    const explode = withOptions ? ((param as { explode?: boolean }).explode ?? false) : false;
    const style: QueryStyle = (withOptions && (param as { style?: QueryStyle }).style) || "form";
    if (!explode) pieces.push(queryParamValue(key, skip, style, raw));
    else if (Array.isArray(raw)) for (const item of raw) pieces.push(queryParamValue(key, skip, style, item));
    else if (raw !== null && typeof raw === "object")
      for (const [k, v] of Object.entries(raw)) pieces.push(queryParamValue(k, skip, style, v));
    else throw new Error("explode can only be set to true for objects and arrays");
  }
  for (const piece of pieces) {
    const eq = piece.indexOf("=");
    add(existing, piece.slice(0, eq), piece.slice(eq + 1), true);
  }
  const search: string[] = [];
  for (const [name, value] of existing) {
    if (Array.isArray(value)) for (const v of value) search.push(`${name}=${v}`);
    else search.push(`${name}=${value}`);
  }
  parsed.search = search.length ? `?${search.join("&")}` : "";
  return parsed.toString();
}

/** Adds a query value; `dedupe`: a value already present for the name is not added again. */
function add(map: Map<string, string | string[]>, name: string, value: string, dedupe: boolean): void {
  const present = map.get(name);
  if (present === undefined) map.set(name, value);
  else if (Array.isArray(present)) {
    if (!dedupe || !present.includes(value)) present.push(value);
  } else if (!dedupe || present !== value) map.set(name, [present, value]);
}

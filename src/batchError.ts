// The typed error for failed Batch service calls.
//
// A Batch error body looks like
//   { "odata.metadata": "...", "code": "PoolNotFound",
//     "message": { "lang": "en-US", "value": "...\nRequestId:...\nTime:..." },
//     "values": [{ "key": "...", "value": "..." }] }
// but HEAD responses have no body, and gateways and proxies can answer with HTML or plain text,
// so every part of it is optional here.
//
// Secrets: the error keeps a copy of the failed request without its Authorization header and
// without its body (which can hold x-ms-secret values), on RestError's non-enumerable `request`
// property. A signature or token the service quotes back (AuthenticationFailed does), and the
// `sig=` of any SAS URL, is replaced by "REDACTED" in the message, the values and the response
// text. Messages are cut to 1,000 characters and the kept response text to 4 KiB.
//
// Shared-key debugging: an AuthenticationFailed (403) error carries the string to sign the client
// used (no key, no signature), recorded by src/sharedKeyCredentialPolicy.ts.

import type { PathUncheckedResponse } from "@azure-rest/core-client";
import { excerpt } from "./excerpt.js";
import { stringToSignOf } from "./sharedKeyCredentialPolicy.js";
import {
  createHttpHeaders,
  createPipelineRequest,
  isRestError,
  type PipelineRequest,
  type PipelineResponse,
  RestError,
} from "@azure/core-rest-pipeline";

/**
 * One entry of the `values` array of a Batch error body: extra detail such as the name of an
 * invalid property (`key: "PropertyName"`) or the reason for a failure.
 */
export interface BatchErrorDetail {
  /** The detail's name, for example `"PropertyName"` or `"Reason"`. */
  key?: string;
  /** The detail's value. */
  value?: string;
}

/**
 * Options for constructing a {@link BatchError} directly. Most code gets a `BatchError` from
 * {@link createBatchError} instead.
 */
export interface BatchErrorOptions {
  /** HTTP status code of the response. */
  statusCode: number;
  /** Batch error code, such as `"PoolNotFound"`. */
  code?: string;
  /** Extra details from the error body's `values`. */
  values?: BatchErrorDetail[];
  /** The `request-id` response header. */
  requestId?: string;
  /** The `client-request-id` response header. */
  clientRequestId?: string;
  /** The request that failed (kept non-enumerable, as by `RestError`). */
  request?: PipelineRequest;
  /** The response that carried the error (kept non-enumerable, as by `RestError`). */
  response?: PipelineResponse;
  /** The shared-key string to sign of the request (see {@link BatchError.stringToSign}). */
  stringToSign?: string;
}

/**
 * An error returned by the Batch service: a `RestError` with the Batch error code, the service's
 * message, the error's `values` and the request IDs needed when contacting support.
 *
 * `statusCode`, `code`, `values`, `requestId` and `clientRequestId` are enumerable; the failed
 * `request` and the `response` (with all response headers, via `error.response?.headers`) are
 * non-enumerable, as in `RestError`, so that logging the error does not print request headers.
 *
 * @example
 * ```ts
 * try {
 *   await client.getPool("p");
 * } catch (e) {
 *   if (isBatchError(e) && e.code === "PoolNotFound") {
 *     console.log(`no pool (request ${e.requestId})`);
 *   } else {
 *     throw e;
 *   }
 * }
 * ```
 */
export class BatchError extends RestError {
  /** The HTTP status code of the response (`0` if the response's status was not a number). */
  declare readonly statusCode: number;
  /**
   * The Batch error code, such as `"PoolNotFound"` or `"ConditionNotMet"`; `undefined` when the
   * response had no Batch error body (HEAD responses, HTML from a proxy).
   */
  declare readonly code: string | undefined;
  /** Extra details from the error body's `values`; empty when there are none. */
  readonly values: BatchErrorDetail[];
  /** The service's `request-id` response header, if present. */
  readonly requestId?: string;
  /** The `client-request-id` response header, if present. */
  readonly clientRequestId?: string;
  /**
   * On a 403 `AuthenticationFailed` answer to a shared-key request: the string to sign the
   * client used (never the key or the signature), to compare with the one the service echoes in
   * its message (`Server used following string to sign: ...`).
   */
  readonly stringToSign?: string;

  /**
   * Creates a `BatchError`. Prefer {@link createBatchError}, which reads all of this from a
   * response.
   *
   * @param message - The service's error text, or a description of the failure.
   * @param options - Status code, Batch error code, details, request IDs, request and response.
   */
  constructor(message: string, options: BatchErrorOptions) {
    super(message, {
      statusCode: options.statusCode,
      code: options.code,
      request: options.request,
      response: options.response,
    });
    // RestError's constructor resets the prototype to RestError.prototype; restore ours so that
    // `instanceof BatchError` holds (instanceof RestError still does).
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = "BatchError";
    this.values = options.values ?? [];
    if (options.requestId !== undefined) {
      this.requestId = options.requestId;
    }
    if (options.clientRequestId !== undefined) {
      this.clientRequestId = options.clientRequestId;
    }
    if (options.stringToSign !== undefined) {
      this.stringToSign = options.stringToSign;
    }
  }
}

/**
 * Builds a {@link BatchError} from an unsuccessful response of the rest-level client.
 *
 * Handles a Batch JSON error body (parsed, or still a string), a body without `values`, a
 * bodiless response (HEAD: body `undefined` or `""`) and a non-JSON body such as an HTML page
 * from a gateway (then `code` is `undefined`). When the body carries no message, the message is
 * `"Batch request failed with status <status>"`, followed by ` (<code>)` when a code is known, and
 * for an answer without a body by the request's method and path.
 *
 * @example
 * ```ts
 * const response = await client.path("/pools/{poolId}", "p").get();
 * if (response.status !== "200") {
 *   throw createBatchError(response);
 * }
 * ```
 *
 * @param response - The rest-level response (`status`, `headers`, `body`, `request`).
 * @returns The error; this function does not throw it.
 */
export function createBatchError(response: PathUncheckedResponse): BatchError {
  const redact = secretRedactor(response.request);
  const parsedStatus = Number.parseInt(response.status, 10);
  const statusCode = Number.isFinite(parsedStatus) ? parsedStatus : 0;
  const headers = createHttpHeaders(response.headers ?? {});
  const body = normalizeBody(response.body);
  const errorBody = findErrorObject(body);

  const code = errorBody && typeof errorBody.code === "string" ? errorBody.code : undefined;
  const message = excerpt(
    redact(
      (errorBody && messageText(errorBody.message)) ||
        `Batch request failed with status ${response.status}` +
          (code ? ` (${code})` : "") +
          (body === undefined ? bodilessAnswer(response.request) : ""),
    ),
    MAX_MESSAGE_CHARS,
  );
  const request = response.request ? withoutSecrets(response.request) : undefined;

  const pipelineResponse: PipelineResponse = {
    status: statusCode,
    headers,
    request: request!,
    bodyAsText:
      body === undefined
        ? undefined
        : excerpt(redact(typeof body === "string" ? body : stringifiedBody(body)), MAX_KEPT_BODY_CHARS),
  };
  const signed = response.request ? stringToSignOf(response.request) : undefined;

  return new BatchError(message, {
    statusCode,
    code,
    values: (errorBody ? detailValues(errorBody.values) : []).map((v) =>
      v.value === undefined ? v : { ...v, value: redact(v.value) },
    ),
    requestId: headers.get("request-id"),
    // The service echoes it only when asked (return-client-request-id); the request always has it.
    clientRequestId: headers.get("client-request-id") ?? response.request?.headers.get("client-request-id"),
    request,
    response: pipelineResponse,
    stringToSign: statusCode === 403 && code === "AuthenticationFailed" ? signed : undefined,
  });
}

/**
 * The JSON text of a parsed body, to keep an excerpt of: a body nested deeper than
 * `JSON.stringify` can recurse (a hostile server's `[[[...]]]`, which `JSON.parse` reads) is kept
 * as a note instead of failing the error's creation with a `RangeError`.
 */
function stringifiedBody(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch {
    return "(a JSON body nested too deeply to be kept)";
  }
}

/** What a message says of an answer without a body: which request it was (a HEAD answer has no body to say more). */
function bodilessAnswer(request: PipelineRequest | undefined): string {
  if (!request) return "";
  let path = "";
  try {
    path = ` ${new URL(request.url).pathname}`;
  } catch {
    // not a URL: the method alone
  }
  return `: ${request.method}${path}, an answer without a body${request.method === "HEAD" ? " (HEAD answers have none)" : ""}`;
}

/** Longest message a {@link BatchError} built from a response carries, in characters. */
const MAX_MESSAGE_CHARS = 1_000;
/** Longest body text kept on the error's `response.bodyAsText`, in characters. */
const MAX_KEPT_BODY_CHARS = 4_096;

/**
 * A {@link BatchError} for a failure found on the client side (a response that is not what the
 * operation expects, a timeout, a refused URL): `code` names it, the request is kept without its
 * `Authorization` header and body.
 * @param code - the error code, such as `"InvalidResponseBody"`.
 * @param message - the explanation; callers pass only a short excerpt of any body.
 * @param request - the request it concerns.
 * @param statusCode - the response's status, or 0 when there was none.
 * @returns the error (not thrown).
 * @internal
 */
export function createClientSideBatchError(
  code: string,
  message: string,
  request: PipelineRequest | undefined,
  statusCode = 0,
): BatchError {
  // The message may quote the response (an excerpt), which may echo the request's secrets.
  return new BatchError(secretRedactor(request)(message), {
    statusCode,
    code,
    request: request ? withoutSecrets(request) : undefined,
    clientRequestId: request?.headers.get("client-request-id"),
  });
}

/**
 * Makes an error from the pipeline keep its request as a {@link BatchError} does: a `RestError`
 * without a Batch answer (a connection reset, a TLS failure: the core's HTTP client throws those
 * with the request it was sending) gets the request without its `Authorization` header and body,
 * on `request` and on `response.request`.
 * @param e - what the pipeline threw.
 * @returns `e`, changed in place when it is such a `RestError`.
 * @internal
 */
export function withoutRequestSecrets(e: unknown): unknown {
  if (!isRestError(e) || isBatchError(e)) return e;
  const request = e.request ?? e.response?.request;
  if (!request) return e;
  const kept = withoutSecrets(request);
  e.request = kept;
  if (e.response) e.response = { ...e.response, request: kept };
  return e;
}

/** How far past an excerpt's end secrets are redacted first: more than the longest bearer token. */
const REDACTION_WINDOW_CHARS = 16_384;

/**
 * A short excerpt of a response body, to quote in an error message, with the request's signature
 * or token and any SAS signature redacted before it is cut (so a secret the cut would split is not
 * half shown). Only the start of the body is redacted, not a huge body whole.
 * @param text - the body.
 * @param request - the request it answers (its `Authorization` header names the secret).
 * @param maxChars - the most characters kept (default 200).
 * @returns the excerpt.
 * @internal
 */
export function redactedExcerpt(text: string, request: PipelineRequest | undefined, maxChars = 200): string {
  const start = secretRedactor(request)(text.slice(0, maxChars + REDACTION_WINDOW_CHARS));
  if (start.length <= maxChars) return start;
  return `${start.slice(0, maxChars)}... (${Math.max(1, text.length - maxChars)} more characters)`;
}

/**
 * The request as kept on an error: same method, URL and headers, but no `Authorization` header
 * and no body (a body can hold `x-ms-secret` values such as a node user's password).
 */
function withoutSecrets(request: PipelineRequest): PipelineRequest {
  const headers = createHttpHeaders();
  for (const [name, value] of request.headers) {
    if (name.toLowerCase() !== "authorization") headers.set(name, value);
  }
  return createPipelineRequest({ url: request.url, method: request.method, headers, requestId: request.requestId });
}

/**
 * The `sig` parameter of a SAS URL and its value: after `?` or `&`, written as it is, HTML-escaped
 * (`&amp;`), JSON-escaped (`\u0026`) or percent-encoded (`%3F`, `%26`, `%3D`); the value runs to the
 * next separator, a JSON-escaped `&` included (other escapes, such as `\u002B` for `+`, are part of
 * the value).
 */
const SAS_SIGNATURE = /((?:[?&]|&amp;|\\u0026|%3f|%26)sig(?:=|%3d))(?:(?!\\u0026)[^&\s"'<>])+/gi;

/**
 * Replaces the request's shared-key signature or bearer token wherever the service echoed it
 * (an `AuthenticationFailed` error quotes the signature it received), and the signature (`sig=`)
 * of any SAS URL.
 */
function secretRedactor(request: PipelineRequest | undefined): (text: string) => string {
  const authorization = request?.headers.get("authorization") ?? "";
  const secret = /^SharedKey [^:]+:(.+)$/.exec(authorization)?.[1] ?? /^Bearer (.+)$/i.exec(authorization)?.[1];
  // A SAS URL the service quotes back (a resource file, an output container) keeps its signature out,
  // also when the URL is quoted HTML- or JSON-escaped or percent-encoded.
  const withoutSas = (text: string): string => text.replace(SAS_SIGNATURE, "$1REDACTED");
  if (!secret) return withoutSas;
  return (text) => withoutSas(text.split(secret).join("REDACTED"));
}

/**
 * Tells whether a caught value is a {@link BatchError}. Also recognises a `BatchError` from
 * another copy of this package (same `name`, a `values` array and a numeric `statusCode`).
 *
 * @example
 * ```ts
 * try {
 *   await client.getPool("p");
 * } catch (e) {
 *   if (isBatchError(e) && e.code === "PoolNotFound") {
 *     // create it
 *   }
 * }
 * ```
 *
 * @param e - Anything, typically the value caught by a `catch` clause.
 * @returns `true` if `e` is a `BatchError`.
 */
export function isBatchError(e: unknown): e is BatchError {
  if (e instanceof BatchError) {
    return true;
  }
  return (
    e instanceof Error &&
    e.name === "BatchError" &&
    Array.isArray((e as Partial<BatchError>).values) &&
    typeof (e as Partial<BatchError>).statusCode === "number"
  );
}

type JsonObject = Record<string, unknown>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Returns the body as a parsed JSON value when it is JSON (already parsed, or a string or bytes
 * holding JSON), the original string when it is text that is not JSON, or
 * `undefined` when there is no body.
 */
function normalizeBody(body: unknown): unknown {
  if (body === undefined || body === null) {
    return undefined;
  }
  if (body instanceof Uint8Array) {
    return normalizeBody(new TextDecoder().decode(body));
  }
  if (typeof body !== "string") {
    return body;
  }
  const text = body.trim();
  if (text === "") {
    return undefined;
  }
  if (text.startsWith("{")) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // Not JSON after all (truncated, or text that starts with "{"): keep the text.
    }
  }
  return body;
}

/**
 * The object holding `code`/`message`/`values`: the body itself, or the object under
 * `odata.error` or `error` for services and gateways that wrap it.
 */
function findErrorObject(body: unknown): JsonObject | undefined {
  if (!isJsonObject(body)) {
    return undefined;
  }
  for (const wrapper of ["odata.error", "error"]) {
    const inner = body[wrapper];
    if (isJsonObject(inner) && body.code === undefined) {
      return inner;
    }
  }
  return body;
}

/** `message` is `{ lang, value }` in Batch bodies; accept a plain string too. */
function messageText(message: unknown): string | undefined {
  if (typeof message === "string") {
    return message || undefined;
  }
  if (isJsonObject(message) && typeof message.value === "string") {
    return message.value || undefined;
  }
  return undefined;
}

function detailValues(values: unknown): BatchErrorDetail[] {
  if (!Array.isArray(values)) {
    return [];
  }
  const details: BatchErrorDetail[] = [];
  for (const item of values) {
    if (!isJsonObject(item)) {
      continue;
    }
    const detail: BatchErrorDetail = {};
    if (typeof item.key === "string") {
      detail.key = item.key;
    }
    if (typeof item.value === "string") {
      detail.value = item.value;
    }
    details.push(detail);
  }
  return details;
}

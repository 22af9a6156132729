// Response bodies are checked before anyone reads them: a pipeline policy.
//
// - Every body the caller does not read as a stream (and every answer other than a 2xx, streamed
//   or not) is read here, up to a cap
//   (`BatchClientOptions.maxJsonBodyBytes`, default 32 MiB): a longer body is refused as soon as the
//   cap is passed (or at once when `Content-Length` says so), so a huge answer costs at most the cap.
// - A 2xx answer for which the spec declares a JSON body must be one: a JSON content type, text
//   that parses, and an object (not `null`, an array, a string or a number). Anything else (an
//   HTML page from a proxy, JSON labelled `text/plain`, an empty body) is a `BatchError` with a clear
//   code, never `{}` or a `TypeError` later.
// - A body labelled JSON that does not parse is a `BatchError` (`InvalidResponseBody`) whatever
//   the status, so that the whole body never ends up in an error message: messages carry at most a
//   short excerpt.

import { AbortError, type AbortSignalLike } from "@azure/abort-controller";
import type { PipelinePolicy, PipelineRequest, PipelineResponse } from "@azure/core-rest-pipeline";
import { expectsJsonBody } from "../generated/rest/isUnexpected.js";
import { createClientSideBatchError, isBatchError, redactedExcerpt } from "./batchError.js";

/** The name of the policy {@link createResponseBodyPolicy} returns. */
export const responseBodyPolicyName = "batchResponseBodyPolicy";

/** Default of `BatchClientOptions.maxJsonBodyBytes`: 32 MiB. */
export const DEFAULT_MAX_JSON_BODY_BYTES = 32 * 1024 * 1024;

/** The JSON value each checked body parsed to, with the text it was parsed from. */
const parsedBodies = new WeakMap<PipelineResponse, { text: string; value: unknown }>();

/**
 * The JSON value the policy parsed `response`'s body to while checking it, if it did, with the
 * text it was parsed from (the caller compares it with `bodyAsText`, in case a later policy
 * replaced the body): `restClient.ts` uses it instead of parsing the body a second time.
 * @param response - a response this policy returned.
 * @returns the parsed value and its text, or `undefined`.
 * @internal
 */
export function parsedJsonBody(response: PipelineResponse): { text: string; value: unknown } | undefined {
  return parsedBodies.get(response);
}

/** Every status: the body is handed to this policy as a stream, which reads it with a cap. */
const ALL_STATUSES = new Set([Number.POSITIVE_INFINITY]);

/**
 * Creates the response-body policy.
 * @param maxBodyBytes - the largest body read into memory, in bytes.
 * @returns the policy.
 * @internal
 */
export function createResponseBodyPolicy(maxBodyBytes: number): PipelinePolicy {
  return {
    name: responseBodyPolicyName,
    async sendRequest(request, next) {
      const callerStreams = request.streamResponseStatusCodes;
      request.streamResponseStatusCodes = ALL_STATUSES;
      // The HTTP client gets a signal of its own, followed only until the headers arrive: an abort
      // while this policy reads the body destroys the body stream here instead.
      const outer = request.abortSignal;
      const inner = new AbortController();
      const forward = (): void => inner.abort();
      if (outer?.aborted) inner.abort();
      outer?.addEventListener("abort", forward);
      request.abortSignal = inner.signal;
      let response: PipelineResponse;
      try {
        response = await next(request);
      } catch (e) {
        outer?.removeEventListener("abort", forward);
        throw e;
      } finally {
        request.streamResponseStatusCodes = callerStreams;
        request.abortSignal = outer;
      }
      const callerReads = callerStreams?.has(response.status) || callerStreams?.has(Number.POSITIVE_INFINITY);
      // An answer other than a success is read here even when the caller streams (a download's
      // 404, a 503 the retry policy retries, a redirect): with the cap, and so that its connection
      // goes back to the pool whoever drops the response.
      if (callerReads && response.status >= 200 && response.status < 300) {
        // The caller reads the stream: an abort still ends it, until it is done. The stream itself
        // is destroyed too: a decompressed body is a zlib stream the HTTP client pipes the socket
        // into, which ending the connection does not end.
        const stream = response.readableStreamBody as
          (NodeJS.ReadableStream & { once(e: string, f: () => void): void; destroy(e?: Error): void }) | undefined;
        if (stream) {
          const end = (): void =>
            stream.destroy(new AbortError("The operation was aborted while reading the response body."));
          outer?.addEventListener("abort", end);
          stream.once("close", () => {
            outer?.removeEventListener("abort", forward);
            outer?.removeEventListener("abort", end);
          });
        } else outer?.removeEventListener("abort", forward);
        return response;
      }
      outer?.removeEventListener("abort", forward);
      const stream = response.readableStreamBody;
      if (stream) {
        response.readableStreamBody = undefined;
        response.bodyAsText = await readText(stream, maxBodyBytes, response, outer);
      } else if (response.bodyAsText && Buffer.byteLength(response.bodyAsText) > maxBodyBytes) {
        throw tooLarge(response, maxBodyBytes);
      }
      checkBody(response);
      return response;
    },
  };
}

function tooLarge(response: PipelineResponse, maxBodyBytes: number): Error {
  return createClientSideBatchError(
    "ResponseBodyTooLarge",
    `The response body is larger than the client's limit of ${maxBodyBytes} bytes (maxJsonBodyBytes); it was not read.`,
    response.request,
    response.status,
  );
}

async function readText(
  stream: NodeJS.ReadableStream,
  maxBodyBytes: number,
  response: PipelineResponse,
  abortSignal: AbortSignalLike | undefined,
): Promise<string> {
  const declared = Number(response.headers.get("content-length"));
  const readable = stream as NodeJS.ReadableStream & { destroy?: (error?: Error) => void };
  if (Number.isFinite(declared) && declared > maxBodyBytes) {
    readable.destroy?.();
    throw tooLarge(response, maxBodyBytes);
  }
  // Read with 'data' events rather than the stream's async iterator: the same bytes, without a
  // promise per chunk.
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const onAbort = (): void => readable.destroy?.();
      const done = (error?: unknown): void => {
        abortSignal?.removeEventListener("abort", onAbort);
        stream.removeListener("data", onData);
        stream.removeListener("end", onEnd);
        stream.removeListener("error", onError);
        stream.removeListener("close", onClose);
        if (error === undefined) resolve();
        else reject(error);
      };
      const onData = (chunk: Buffer | string): void => {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        total += bytes.length;
        if (total > maxBodyBytes) {
          done(tooLarge(response, maxBodyBytes));
          return;
        }
        chunks.push(bytes);
      };
      const onEnd = (): void => done();
      const onError = (error: Error): void => done(error);
      const onClose = (): void => done(new Error("the stream closed before its end"));
      if (abortSignal?.aborted) onAbort();
      abortSignal?.addEventListener("abort", onAbort);
      stream.on("data", onData);
      stream.on("end", onEnd);
      stream.on("error", onError);
      stream.on("close", onClose);
    });
    if (abortSignal?.aborted) throw new AbortError("The operation was aborted while reading the response body.");
  } catch (e) {
    if (abortSignal?.aborted) throw new AbortError("The operation was aborted while reading the response body.");
    if (isBatchError(e)) throw e;
    throw createClientSideBatchError(
      "IncompleteBody",
      `The connection ended before the response body was complete (${total} bytes read): ${(e as Error).message}`,
      response.request,
      response.status,
    );
  } finally {
    readable.destroy?.();
  }
  return chunks.length === 1 ? chunks[0]!.toString("utf8") : Buffer.concat(chunks).toString("utf8");
}

const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json)$/i;

function checkBody(response: PipelineResponse): void {
  const text = response.bodyAsText ?? "";
  // Only whether the body is blank is needed on the common path: no trimmed copy of the whole body.
  const blank = !/\S/.test(text);
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  const labelledJson = JSON_TYPE.test(contentType);
  const request = response.request;
  const fail = (code: string, what: string): never => {
    throw createClientSideBatchError(
      code,
      `${request.method} ${new URL(request.url).pathname} answered ${response.status} with ${what}` +
        (blank ? "." : `: ${JSON.stringify(redactedExcerpt(text.trim(), request))}`),
      request,
      response.status,
    );
  };
  let value: unknown;
  if (labelledJson && !blank) {
    try {
      value = JSON.parse(text);
    } catch {
      fail("InvalidResponseBody", "a body labelled JSON that is not valid JSON");
    }
    // A JSON object is right whether or not the operation returns one: the common case needs no
    // look-up of what the operation declares.
    parsedBodies.set(response, { text, value });
    if (value !== null && typeof value === "object" && !Array.isArray(value)) return;
  }
  const expected = response.status >= 200 && response.status < 300 && expectsJsonBody(asRestResponse(response));
  if (!expected) return;
  if (blank) fail("EmptyResponseBody", "an empty body where the operation returns a JSON object");
  if (!labelledJson)
    fail("UnexpectedContentType", `content type '${contentType || "(none)"}' where the operation returns JSON`);
  fail(
    "UnexpectedResponseBody",
    `${value === null ? "null" : Array.isArray(value) ? "an array" : `a JSON ${typeof value}`} where the operation returns a JSON object`,
  );
}

/** The parts of a response `expectsJsonBody` reads. */
function asRestResponse(response: PipelineResponse): { status: string; request: { method: string; url: string } } {
  const request: PipelineRequest = response.request;
  return { status: String(response.status), request: { method: request.method, url: request.url } };
}

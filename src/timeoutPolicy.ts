// Time bounds for every call: a pipeline policy.
//
// The core HTTP client's `timeout` stops at the response headers: a server that sends headers
// and then drips (or withholds) the body is not bounded by it. This policy, placed before the
// retry policies, turns the call's timeout (`requestOptions.timeout`, else the client's
// `requestTimeoutInMs`) into a deadline for the whole exchange, retries and body included: when it
// passes, the request is aborted and the call fails with a `BatchError` of code `ClientTimeout`.
// For a response the caller reads as a stream (file downloads), the deadline ends at the headers
// and the same value becomes an idle timeout between two chunks (code `StreamIdleTimeout`); time
// the consumer spends not reading (backpressure) does not count.

import { Readable } from "node:stream";
import { AbortError } from "@azure/abort-controller";
import type { PipelinePolicy, PipelineRequest } from "@azure/core-rest-pipeline";
import { createClientSideBatchError, isBatchError } from "./batchError.js";

/** The name of the policy {@link createTimeoutPolicy} returns. */
export const timeoutPolicyName = "batchTimeoutPolicy";

/** Default of `BatchClientOptions.requestTimeoutInMs`: 5 minutes. */
export const DEFAULT_REQUEST_TIMEOUT_IN_MS = 300_000;

/**
 * Creates the time-bound policy.
 * @param defaultTimeoutInMs - the bound of a call that sets no `timeout` of its own (0: none).
 * @returns the policy.
 * @internal
 */
export function createTimeoutPolicy(defaultTimeoutInMs: number): PipelinePolicy {
  return {
    name: timeoutPolicyName,
    async sendRequest(request, next) {
      const timeoutInMs = request.timeout > 0 ? request.timeout : defaultTimeoutInMs;
      if (!(timeoutInMs > 0)) return next(request);
      const callerSignal = request.abortSignal;
      if (callerSignal?.aborted) throw new AbortError("The operation was aborted.");
      const controller = new AbortController();
      const onCallerAbort = (): void => controller.abort();
      callerSignal?.addEventListener("abort", onCallerAbort);
      const unlink = (): void => callerSignal?.removeEventListener("abort", onCallerAbort);
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutInMs);
      // The whole-exchange deadline replaces the core client's headers-only timer.
      const ownTimeout = request.timeout;
      request.timeout = 0;
      request.abortSignal = controller.signal;
      let response;
      try {
        response = await next(request);
      } catch (e) {
        unlink();
        if (timedOut) throw timeoutError(request, timeoutInMs);
        throw e;
      } finally {
        clearTimeout(timer);
        request.timeout = ownTimeout;
        request.abortSignal = callerSignal;
      }
      const body = response.readableStreamBody;
      if (!body) {
        unlink();
        return response;
      }
      response.readableStreamBody = withIdleTimeout(body, timeoutInMs, request, unlink);
      return response;
    },
  };
}

function timeoutError(request: PipelineRequest, timeoutInMs: number): Error {
  return createClientSideBatchError(
    "ClientTimeout",
    `${request.method} ${new URL(request.url).pathname} did not complete (response body included) within ${timeoutInMs} ms.`,
    request,
  );
}

/**
 * Makes `source` fail with a `StreamIdleTimeout` BatchError when no chunk arrives for `idleInMs`
 * while the consumer is reading, and with a typed `IncompleteBody` error when the connection drops.
 * The stream itself is handed on, not a copy (a copy cost about a sixth of a large download's
 * throughput, `npm run bench -- --only f`): the timer is armed when the consumer asks for data (the
 * stream's `_read`), pushed back by every chunk, and stopped while the stream's buffer is full (its
 * `push` returns false, so the consumer is not reading) and when the body ends.
 */
function withIdleTimeout(
  source: NodeJS.ReadableStream,
  idleInMs: number,
  request: PipelineRequest,
  release: () => void,
): NodeJS.ReadableStream {
  // A stream of another kind than node's (a custom HttpClient's) is wrapped once to get the hooks.
  const readable = source instanceof Readable ? source : new Readable().wrap(source);
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  let idle: Error | undefined;
  const stop = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  const finish = (): void => {
    if (finished) return;
    finished = true;
    stop();
    release();
  };
  const arm = (): void => {
    if (finished) return;
    // One timer per stream, pushed back on every chunk (cheaper than a new timer per chunk).
    if (timer) {
      timer.refresh();
      return;
    }
    timer = setTimeout(() => {
      timer = undefined;
      finish();
      idle = createClientSideBatchError(
        "StreamIdleTimeout",
        `${request.method} ${new URL(request.url).pathname}: no data for ${idleInMs} ms while reading the response body.`,
        request,
      );
      // Destroyed without an error, so that the connection under it is closed as on any early end;
      // the consumer gets the error from the stream (below).
      readable.destroy();
    }, idleInMs);
  };
  const read = readable._read;
  readable._read = function (size: number): void {
    arm();
    read.call(this, size);
  };
  const push = readable.push;
  readable.push = function (chunk: unknown, encoding?: BufferEncoding): boolean {
    const more = push.call(this, chunk, encoding);
    if (chunk === null) finish();
    else if (more) arm();
    else stop();
    return more;
  };
  const destroy = readable._destroy;
  readable._destroy = function (error: Error | null, callback: (error?: Error | null) => void): void {
    finish();
    destroy.call(this, error, (e) => callback(e ? typedReadError(e, request) : (idle ?? e)));
  };
  readable.once("close", finish);
  arm();
  return readable;
}

/** A dropped connection mid-body as a typed error (a BatchError or an abort stays as it is). */
function typedReadError(error: Error, request: PipelineRequest): Error {
  return isBatchError(error) || error.name === "AbortError"
    ? error
    : createClientSideBatchError(
        "IncompleteBody",
        `The connection ended before the response body was complete: ${error.message}`,
        request,
      );
}

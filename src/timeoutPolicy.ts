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

import { PassThrough } from "node:stream";
import { AbortError } from "@azure/abort-controller";
import type { PipelinePolicy, PipelineRequest } from "@azure/core-rest-pipeline";
import { createClientSideBatchError, isBatchError } from "./batchError.js";

/** The name of the policy {@link createTimeoutPolicy} returns. */
export const timeoutPolicyName = "batchTimeoutPolicy";

/** Buffer size of the copy of a streamed body (bytes): a socket delivers up to 64 KiB a chunk. */
const COPY_HIGH_WATER_MARK = 256 * 1024;

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
 * A copy of `source` that fails with a `StreamIdleTimeout` BatchError when no chunk arrives for
 * `idleInMs` while the consumer is reading.
 */
function withIdleTimeout(
  source: NodeJS.ReadableStream,
  idleInMs: number,
  request: PipelineRequest,
  release: () => void,
): NodeJS.ReadableStream {
  // The copy buffers as much as the source does (a socket delivers up to 64 KiB a chunk): with
  // the default 16 KiB, nearly every chunk would fill it and pause the source once per chunk.
  const out = new PassThrough({
    highWaterMark: Math.max(
      COPY_HIGH_WATER_MARK,
      (source as { readableHighWaterMark?: number }).readableHighWaterMark ?? 0,
    ),
  });
  const readable = source as NodeJS.ReadableStream & { destroy?: (error?: Error) => void };
  let timer: NodeJS.Timeout | undefined;
  let finished = false;
  const stop = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
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
      const error = createClientSideBatchError(
        "StreamIdleTimeout",
        `${request.method} ${new URL(request.url).pathname}: no data for ${idleInMs} ms while reading the response body.`,
        request,
      );
      readable.destroy?.();
      out.destroy(error);
    }, idleInMs);
  };
  const finish = (): void => {
    if (finished) return;
    finished = true;
    stop();
    release();
  };
  source.on("data", (chunk: Buffer) => {
    arm();
    if (!out.write(chunk)) {
      stop();
      source.pause();
    }
  });
  out.on("drain", () => {
    arm();
    source.resume();
  });
  source.on("end", () => {
    finish();
    out.end();
  });
  source.on("error", (error: Error) => {
    finish();
    // A connection that drops mid-body becomes a typed error (an abort stays an AbortError).
    const typed =
      isBatchError(error) || error.name === "AbortError"
        ? error
        : createClientSideBatchError(
            "IncompleteBody",
            `The connection ended before the response body was complete: ${error.message}`,
            request,
          );
    out.destroy(typed);
  });
  out.on("close", () => {
    if (!finished) {
      finish();
      readable.destroy?.();
    }
  });
  arm();
  return out;
}

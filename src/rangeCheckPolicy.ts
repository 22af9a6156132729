// Ranged reads get exactly the bytes they asked for: a pipeline policy.
//
// A request with `ocp-range` (or `Range`) `bytes=START-END` that is answered 2xx must say, in
// `Content-Range: bytes START-LAST/TOTAL`, that it starts at START and ends at or before END (and
// its `Content-Length`, when given, must be LAST-START+1); without `Content-Range`, its
// `Content-Length` must be exactly END-START+1. Anything else (a server or proxy that ignored the
// range and sent the file from its start) is a `BatchError` of code `RangeNotSatisfied` before a
// byte is handed over. The body is then counted: fewer or more bytes than announced end the stream
// with a `BatchError` of code `IncompleteBody`, so a follower never repeats or skips bytes.

import { Transform } from "node:stream";
import type { PipelinePolicy, PipelineRequest, PipelineResponse } from "@azure/core-rest-pipeline";
import { createClientSideBatchError } from "./batchError.js";

/** The name of the policy {@link createRangeCheckPolicy} returns. */
export const rangeCheckPolicyName = "batchRangeCheckPolicy";

/**
 * Creates the policy.
 * @returns the policy.
 * @internal
 */
export function createRangeCheckPolicy(): PipelinePolicy {
  return {
    name: rangeCheckPolicyName,
    sendRequest(request, next) {
      const asked = requestedRange(request);
      // Not a ranged read: handed straight on, without an async layer of its own.
      return asked ? next(request).then((response) => checkedResponse(request, response, asked)) : next(request);
    },
  };
}

/** A ranged read's response, checked against the asked range (only a 2xx is: errors pass as they are). */
function checkedResponse(request: PipelineRequest, response: PipelineResponse, asked: Range): PipelineResponse {
  if (response.status < 200 || response.status >= 300) return response;
  const length = checkedLength(asked, response);
  if (response.readableStreamBody) response.readableStreamBody = counted(response.readableStreamBody, length, request);
  else if (typeof response.bodyAsText === "string" && Buffer.byteLength(response.bodyAsText) !== length) {
    const received = Buffer.byteLength(response.bodyAsText);
    throw mismatch(request, response, `a body of ${received} bytes where ${length} were announced`, "IncompleteBody");
  }
  return response;
}

interface Range {
  start: number;
  end: number;
}

function requestedRange(request: PipelineRequest): Range | undefined {
  const text = request.headers.get("ocp-range") ?? request.headers.get("range");
  const match = text ? /^bytes=(\d+)-(\d+)$/.exec(text.trim()) : null;
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end >= start ? { start, end } : undefined;
}

function mismatch(
  request: PipelineRequest,
  response: PipelineResponse,
  what: string,
  code = "RangeNotSatisfied",
): Error {
  return createClientSideBatchError(
    code,
    `${request.method} ${new URL(request.url).pathname}: the server answered a ranged read with ${what}.`,
    request,
    response.status,
  );
}

/** The number of bytes the response must carry, after checking it against the asked range. */
function checkedLength(asked: Range, response: PipelineResponse): number {
  const request = response.request;
  const contentRange = response.headers.get("content-range");
  const contentLength = response.headers.get("content-length");
  const declared = contentLength === undefined || contentLength === "" ? undefined : Number(contentLength);
  const wanted = `bytes ${asked.start}-${asked.end}`;
  if (contentRange !== undefined) {
    const match = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange.trim());
    const start = match ? Number(match[1]) : NaN;
    const last = match ? Number(match[2]) : NaN;
    if (!match || start !== asked.start || last < start || last > asked.end) {
      throw mismatch(request, response, `Content-Range '${contentRange}' for ${wanted}`);
    }
    const length = last - start + 1;
    if (declared !== undefined && declared !== length) {
      throw mismatch(request, response, `Content-Length ${contentLength} and Content-Range '${contentRange}'`);
    }
    return length;
  }
  const length = asked.end - asked.start + 1;
  if (declared !== length) {
    throw mismatch(request, response, `no Content-Range and Content-Length ${contentLength ?? "(none)"} for ${wanted}`);
  }
  return length;
}

/** A copy of `source` that fails with `IncompleteBody` unless it carries exactly `length` bytes. */
function counted(source: NodeJS.ReadableStream, length: number, request: PipelineRequest): NodeJS.ReadableStream {
  let received = 0;
  const fail = (what: string): Error =>
    createClientSideBatchError(
      "IncompleteBody",
      `${request.method} ${new URL(request.url).pathname}: the ranged read carried ${what} where ${length} were announced.`,
      request,
    );
  const out = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > length) callback(fail(`more than ${length} bytes`));
      else callback(null, chunk);
    },
    flush(callback) {
      callback(received === length ? null : fail(`${received} bytes`));
    },
  });
  const readable = source as NodeJS.ReadableStream & { destroy?: () => void };
  source.on("error", (error: Error) => out.destroy(error));
  out.on("close", () => readable.destroy?.());
  source.pipe(out);
  return out;
}

import type {
  Client,
  HttpNodeStreamResponse,
  PathUncheckedResponse,
  ResourceMethods,
  StreamableMethod,
} from "@azure-rest/core-client";
import { checkPathParameters } from "../../rest/pathParameters.js";

/**
 * The resource an operation sends to: its path template with the path parameters filled in
 * (each one checked by `checkPathParameters`, named after its `{placeholder}`, then percent-encoded
 * by the client). Every operation's URL is built here.
 * @param client - the rest-level client of the context.
 * @param template - the operation's path template, such as `/pools/{poolId}`.
 * @param pathParameters - the values of the template's parameters, in order.
 * @returns the request methods of that resource.
 * @throws `InvalidPathParameterError` when a value could address another resource (empty, `.`, `..`).
 */
export function operationPath(
  client: Client,
  template: string,
  ...pathParameters: string[]
): ResourceMethods<StreamableMethod> {
  checkPathParameters(template, pathParameters);
  return (client.pathUnchecked as (path: string, ...args: string[]) => ResourceMethods<StreamableMethod>)(
    template,
    ...pathParameters,
  );
}

/** Drops the entries whose value is `undefined` (so they are not sent). */
export function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) out[key] = value[key];
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Parses an HTTP date header. */
export function parseDate(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}

/** Parses a boolean header. */
export function parseBoolean(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value.toLowerCase() === "true";
}

/** Parses a numeric header. */
export function parseNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** The most of a streamed error answer {@link readErrorBody} reads (an error body is a few KB). */
const MAX_ERROR_BODY_BYTES = 1024 * 1024;

/**
 * Reads a streamed error response so it can be turned into an error like any other: at most
 * {@link MAX_ERROR_BODY_BYTES} of it (the rest is not read; the stream is destroyed). A body that
 * is no longer a stream (a pipeline policy read it already) is used as it is.
 */
export async function readErrorBody(response: HttpNodeStreamResponse): Promise<PathUncheckedResponse> {
  const stream = response.body as (NodeJS.ReadableStream & { destroy?: () => void }) | undefined;
  if (typeof stream?.on !== "function") return response as unknown as PathUncheckedResponse;
  const chunks: Buffer[] = [];
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      const data = Buffer.from(chunk as Uint8Array);
      chunks.push(data.subarray(0, MAX_ERROR_BODY_BYTES - bytes));
      bytes += data.length;
      if (bytes >= MAX_ERROR_BODY_BYTES) break;
    }
  } finally {
    stream.destroy?.();
  }
  const text = Buffer.concat(chunks).toString("utf8");
  let body: unknown = text.length ? text : undefined;
  try {
    body = text.length ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { ...response, body };
}

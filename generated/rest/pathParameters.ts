// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { Client } from "@azure-rest/core-client";

/**
 * Thrown before anything is sent when a value placed in a URL path (an ID, a node ID, a file
 * path, a user name) could address another resource than the one it names: it is empty, it is
 * (or has a segment, between `/` or `\` or their encodings `%2F` and `%5C`, that is) `.` or `..`,
 * also percent-encoded (`%2e`),
 * or it holds a control character or a lone surrogate.
 */
export class InvalidPathParameterError extends Error {
  /** Always `"InvalidPathParameter"`. */
  readonly code = "InvalidPathParameter";
  /** The name of the path parameter, such as `jobId` or `filePath`. */
  readonly parameterName: string;

  /**
   * @param parameterName - the path parameter's name.
   * @param reason - why its value is refused.
   */
  constructor(parameterName: string, reason: string) {
    super(`The path parameter '${parameterName}' ${reason}; nothing was sent.`);
    this.name = "InvalidPathParameterError";
    this.parameterName = parameterName;
  }
}

/** A segment that URL normalisation (or a server decoding once) turns into `.` or `..`. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Checks one value placed in a URL path: every operation calls it (through `withCheckedPaths`, applied by `createClient`)
 * for every path parameter before a request is built.
 * @param name - the parameter's name, for the error.
 * @param value - the value.
 * @returns the value, unchanged.
 * @throws {@link InvalidPathParameterError} when the value could address another resource.
 */
export function checkPathParameter<T>(name: string, value: T): T {
  const text = typeof value === "object" && value !== null ? (value as { value?: unknown }).value : value;
  if (typeof text === "number" && Number.isFinite(text)) return value;
  if (typeof text !== "string") throw new InvalidPathParameterError(name, "is not a string");
  if (text.length === 0) throw new InvalidPathParameterError(name, "is empty");
  if (CONTROL.test(text)) throw new InvalidPathParameterError(name, "contains a control character");
  if (LONE_SURROGATE.test(text))
    throw new InvalidPathParameterError(name, "contains a lone surrogate (not valid text)");
  // Split also at an encoded separator: a server or proxy that decodes the path twice (the reason a
  // `%2e%2e` is refused) sees `x%2f%2e%2e` as `x/..`.
  for (const segment of text.split(/[/\\]|%2f|%5c/i)) {
    if (segment.length === 0) throw new InvalidPathParameterError(name, "has an empty path segment");
    if (DOT_SEGMENT.test(segment)) throw new InvalidPathParameterError(name, `has the dot segment '${segment}'`);
  }
  return value;
}

/**
 * Checks the values of a path template's parameters with {@link checkPathParameter}, each named
 * after its `{placeholder}` in the template.
 * @param template - the path template, such as `/jobs/{jobId}/tasks/{taskId}`.
 * @param values - the values, in the template's order.
 * @throws {@link InvalidPathParameterError} for the first value that could address another resource.
 */
export function checkPathParameters(template: string, values: readonly unknown[]): void {
  const names = [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
  values.forEach((value, i) => checkPathParameter(names[i] ?? `#${i + 1}`, value));
}

/**
 * Makes `client.path(template, ...values)` check every value with {@link checkPathParameter},
 * naming it after its `{placeholder}` in the template. `createClient` applies it, so every
 * operation of the rest-level client and of the convenience layer goes through it.
 * @param client - the client whose `path` is wrapped (changed in place).
 * @returns the same client.
 */
export function withCheckedPaths<TClient extends Client>(client: TClient): TClient {
  const path = client.path.bind(client) as (template: string, ...values: unknown[]) => unknown;
  const checked = (template: string, ...values: unknown[]): unknown => {
    checkPathParameters(template, values);
    return path(template, ...values);
  };
  (client as { path: unknown }).path = checked;
  return client;
}

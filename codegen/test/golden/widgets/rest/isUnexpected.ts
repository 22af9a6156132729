// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type {
  CreateWidget201Response,
  CreateWidgetDefaultResponse,
  GetWidget200Response,
  GetWidgetDefaultResponse,
  GetWidgetFile200Response,
  GetWidgetFileDefaultResponse,
  ListWidgets200Response,
  ListWidgetsDefaultResponse,
  WidgetExists200Response,
  WidgetExists404Response,
  WidgetExistsDefaultResponse,
} from "./responses.js";

const responseMap: Record<string, string[]> = {
  "GET /widgets": ["200"],
  "POST /widgets": ["201"],
  "HEAD /widgets/{widgetId}": ["200", "404"],
  "GET /widgets/{widgetId}": ["200"],
  "GET /widgets/{widgetId}/files/{filePath}": ["200"],
};

const jsonBodyMap: Record<string, string[]> = {
  "GET /widgets": ["200"],
  "GET /widgets/{widgetId}": ["200"],
};

/**
 * Whether the spec says a response with this status carries a JSON body (so an empty or non-JSON body is wrong).
 * @param response - the status and the request (method and URL) it answers.
 * @returns true when the operation declares a JSON body for the status.
 */
export function expectsJsonBody(response: { status: string; request: { method: string; url: string } }): boolean {
  const url = new URL(response.request.url);
  const method = response.request.method.toUpperCase();
  const codes = jsonBodyMap[`${method} ${url.pathname}`] ?? expectedFromTemplates(method, url.pathname, jsonBodyMap);
  return codes !== undefined && codes.includes(response.status);
}

/**
 * Whether a response carries a status code the operation does not declare (its error response).
 * @param response - a response from the rest-level client.
 * @returns true when the status is not one the spec lists for the operation.
 */
/** Whether a response of Widgets_ListWidgets has a status the spec does not declare. */
export function isUnexpected(
  response: ListWidgets200Response | ListWidgetsDefaultResponse,
): response is ListWidgetsDefaultResponse;
/** Whether a response of Widgets_CreateWidget has a status the spec does not declare. */
export function isUnexpected(
  response: CreateWidget201Response | CreateWidgetDefaultResponse,
): response is CreateWidgetDefaultResponse;
/** Whether a response of Widgets_WidgetExists has a status the spec does not declare. */
export function isUnexpected(
  response: WidgetExists200Response | WidgetExists404Response | WidgetExistsDefaultResponse,
): response is WidgetExistsDefaultResponse;
/** Whether a response of Widgets_GetWidget has a status the spec does not declare. */
export function isUnexpected(
  response: GetWidget200Response | GetWidgetDefaultResponse,
): response is GetWidgetDefaultResponse;
/** Whether a response of Widgets_GetWidgetFile has a status the spec does not declare. */
export function isUnexpected(
  response: GetWidgetFile200Response | GetWidgetFileDefaultResponse,
): response is GetWidgetFileDefaultResponse;
export function isUnexpected(response: {
  status: string;
  request: { method: string; url: string };
}): response is
  | ListWidgetsDefaultResponse
  | CreateWidgetDefaultResponse
  | WidgetExistsDefaultResponse
  | GetWidgetDefaultResponse
  | GetWidgetFileDefaultResponse {
  const url = new URL(response.request.url);
  const method = response.request.method.toUpperCase();
  const expected = responseMap[`${method} ${url.pathname}`] ?? expectedFromTemplates(method, url.pathname, responseMap);
  return expected === undefined ? true : !expected.includes(response.status);
}

/**
 * Matches a concrete path against the templated paths of a table ({@link responseMap} or {@link jsonBodyMap}).
 * The table is always passed: a default would keep `responseMap` in a bundle that uses only `expectsJsonBody`.
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

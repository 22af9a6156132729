// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import {
  type HttpNodeStreamResponse,
  type PathUncheckedResponse,
  type StreamableMethod,
  operationOptionsToRequestParameters,
} from "@azure-rest/core-client";
import { buildPagedIterator, type PagedAsyncIterableIterator } from "../../rest/paginateHelper.js";
import { commonHeaders } from "../commonHeaders.js";
import { widgetCreateOptionsSerializer, widgetDeserializer } from "../serializers.js";
import { compact, operationPath, parseDate, readErrorBody } from "../static-helpers/request.js";
import { omitUndefined } from "../static-helpers/serialization.js";
import type { WidgetContext } from "../widgetContext.js";
import type { Widget, WidgetCreateOptions } from "../models.js";
import type {
  CreateWidgetOptionalParams,
  DownloadWidgetFileOptionalParams,
  GetWidgetOptionalParams,
  ListWidgetsOptionalParams,
  WidgetExistsOptionalParams,
} from "../options.js";
import type { CreateWidgetResult } from "../results.js";

/**
 * Builds and sends the request of `listWidgets`: `GET /widgets`.
 * @internal
 */
export function _listWidgetsSend(
  context: WidgetContext,
  options: ListWidgetsOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/widgets").get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ maxresults: maxPageSize ?? options.maxresults, $select: options.select }),
    headers: { ...commonHeaders(options), ...compact({ "ocp-date": options.ocpDate?.toUTCString() }) },
  });
}

/**
 * Converts the items of one page of `listWidgets`.
 * @internal
 */
export function _listWidgetsDeserialize(items: unknown[]): Widget[] {
  return (items as Parameters<typeof widgetDeserializer>[0][]).map((p) => widgetDeserializer(p));
}

/**
 * Lists widgets.
 *
 * Sends `GET /widgets` (Widgets_ListWidgets).
 * @param context - the context the operation runs on.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listWidgets(
  context: WidgetContext,
  options: ListWidgetsOptionalParams = {},
): PagedAsyncIterableIterator<Widget> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listWidgetsSend(context, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({
          ...operationOptionsToRequestParameters(options),
          headers: { ...commonHeaders(options), ...compact({ "ocp-date": options.ocpDate?.toUTCString() }) },
        }),
    expectedStatus: "200",
    toItems: _listWidgetsDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `createWidget`: `POST /widgets`.
 * @internal
 */
export function _createWidgetSend(
  context: WidgetContext,
  widget: WidgetCreateOptions,
  options: CreateWidgetOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/widgets").post({
    ...operationOptionsToRequestParameters(options),
    headers: commonHeaders(options),
    contentType: "application/json; odata=minimalmetadata",
    body: widgetCreateOptionsSerializer(widget),
  });
}

/**
 * Checks the status of a `createWidget` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _createWidgetDeserialize(
  context: WidgetContext,
  result: PathUncheckedResponse,
): Promise<CreateWidgetResult> {
  if (result.status !== "201") throw context.createError(result);
  return omitUndefined({ etag: result.headers["etag"], lastModified: parseDate(result.headers["last-modified"]) });
}

/**
 * Creates a widget.
 *
 * Sends `POST /widgets` (Widgets_CreateWidget).
 * @param context - the context the operation runs on.
 * @param widget - The widget to create.
 * @param options - optional parameters.
 * @returns the response headers, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function createWidget(
  context: WidgetContext,
  widget: WidgetCreateOptions,
  options: CreateWidgetOptionalParams = {},
): Promise<CreateWidgetResult> {
  return _createWidgetDeserialize(context, await _createWidgetSend(context, widget, options));
}

/**
 * Builds and sends the request of `widgetExists`: `HEAD /widgets/\{widgetId\}`.
 * @internal
 */
export function _widgetExistsSend(
  context: WidgetContext,
  widgetId: string,
  options: WidgetExistsOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/widgets/{widgetId}", widgetId).head({
    ...operationOptionsToRequestParameters(options),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `widgetExists` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _widgetExistsDeserialize(
  context: WidgetContext,
  result: PathUncheckedResponse,
): Promise<boolean> {
  if (result.status === "404") return false;
  if (result.status !== "200") throw context.createError(result);
  return true;
}

/**
 * Whether a widget exists.
 *
 * Sends `HEAD /widgets/{widgetId}` (Widgets_WidgetExists).
 * @param context - the context the operation runs on.
 * @param widgetId - The widget ID.
 * @param options - optional parameters.
 * @returns true when the resource exists, false on 404.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function widgetExists(
  context: WidgetContext,
  widgetId: string,
  options: WidgetExistsOptionalParams = {},
): Promise<boolean> {
  return _widgetExistsDeserialize(context, await _widgetExistsSend(context, widgetId, options));
}

/**
 * Builds and sends the request of `getWidget`: `GET /widgets/\{widgetId\}`.
 * @internal
 */
export function _getWidgetSend(
  context: WidgetContext,
  widgetId: string,
  options: GetWidgetOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/widgets/{widgetId}", widgetId).get({
    ...operationOptionsToRequestParameters(options),
    headers: { ...commonHeaders(options), ...compact({ "If-Match": options.ifMatch }) },
  });
}

/**
 * Checks the status of a `getWidget` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getWidgetDeserialize(context: WidgetContext, result: PathUncheckedResponse): Promise<Widget> {
  if (result.status !== "200") throw context.createError(result);
  return widgetDeserializer(result.body);
}

/**
 * Gets a widget.
 *
 * Sends `GET /widgets/{widgetId}` (Widgets_GetWidget).
 * @param context - the context the operation runs on.
 * @param widgetId - The widget ID.
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getWidget(
  context: WidgetContext,
  widgetId: string,
  options: GetWidgetOptionalParams = {},
): Promise<Widget> {
  return _getWidgetDeserialize(context, await _getWidgetSend(context, widgetId, options));
}

/**
 * Builds and sends the request of `downloadWidgetFile`: `GET /widgets/\{widgetId\}/files/\{filePath\}`.
 * @internal
 */
export function _downloadWidgetFileSend(
  context: WidgetContext,
  widgetId: string,
  filePath: string,
  options: DownloadWidgetFileOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/widgets/{widgetId}/files/{filePath}", widgetId, filePath).get({
    ...operationOptionsToRequestParameters(options),
    headers: { ...commonHeaders(options), ...compact({ "ocp-range": options.ocpRange }) },
    accept: "application/octet-stream, application/json",
  });
}

/**
 * Checks the status of a `downloadWidgetFile` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _downloadWidgetFileDeserialize(
  context: WidgetContext,
  result: HttpNodeStreamResponse,
): Promise<NodeJS.ReadableStream> {
  if (result.status !== "200" || result.body === undefined) throw context.createError(await readErrorBody(result));
  return result.body;
}

/**
 * Downloads a file of a widget.
 *
 * Sends `GET /widgets/{widgetId}/files/{filePath}` (Widgets_GetWidgetFile).
 * @param context - the context the operation runs on.
 * @param widgetId - The widget ID.
 * @param filePath - The file path.
 * @param options - optional parameters.
 * @returns the file's content as a Node stream (not buffered).
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function downloadWidgetFile(
  context: WidgetContext,
  widgetId: string,
  filePath: string,
  options: DownloadWidgetFileOptionalParams = {},
): Promise<NodeJS.ReadableStream> {
  return _downloadWidgetFileDeserialize(
    context,
    await _downloadWidgetFileSend(context, widgetId, filePath, options).asNodeStream(),
  );
}

// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { Client, OperationOptions, PathUncheckedResponse, HttpNodeStreamResponse } from "@azure-rest/core-client";
import { operationOptionsToRequestParameters } from "@azure-rest/core-client";
import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";
import type { WidgetClient } from "../rest/clientDefinitions.js";
import { isUnexpected } from "../rest/isUnexpected.js";
import { buildPagedIterator, type PagedAsyncIterableIterator } from "../rest/paginateHelper.js";
import type { Widget, WidgetCreateOptions } from "./models.js";
import { omitUndefined, widgetCreateOptionsSerializer, widgetDeserializer } from "./serializers.js";

/** Drops the entries whose value is `undefined` (so they are not sent). */
function compact<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Parses an HTTP date header. */
function parseDate(value: string | undefined): Date | undefined {
  return value === undefined ? undefined : new Date(value);
}

/** Parses a boolean header. */
function parseBoolean(value: string | undefined): boolean | undefined {
  return value === undefined ? undefined : value.toLowerCase() === "true";
}

/** Parses a numeric header. */
function parseNumber(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** Reads a streamed error response so it can be turned into an error like any other. */
async function readErrorBody(response: HttpNodeStreamResponse): Promise<PathUncheckedResponse> {
  const chunks: Buffer[] = [];
  if (response.body) for await (const chunk of response.body) chunks.push(Buffer.from(chunk as Uint8Array));
  const text = Buffer.concat(chunks).toString("utf8");
  let body: unknown = text.length ? text : undefined;
  try {
    body = text.length ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { ...response, body };
}

/**
 * Options every Widget operation takes.
 */
export interface WidgetOperationOptions extends OperationOptions {}

/**
 * What a WidgetOperations subclass supplies: the rest-level client and the error it throws.
 */
export interface WidgetContext {
  /**
   * The rest-level client requests go through (from `createClient`).
   */
  readonly client: Client;
  /**
   * Builds the error thrown for a response whose status the operation does not declare.
   * @param response - the unexpected response (its body parsed when it was JSON).
   */
  createError(response: PathUncheckedResponse): Error;
}

/**
 * The headers every operation sends: the caller's extra headers, then the shared header options.
 */
function commonHeaders(options: WidgetOperationOptions): RawHttpHeadersInput {
  return { ...options.requestOptions?.headers, ...compact({}) };
}

/**
 * Optional parameters of {@link WidgetOperations.listWidgets}.
 */
export interface ListWidgetsOptionalParams extends WidgetOperationOptions {
  /**
   * Page size.
   */
  maxresults?: number;
  /**
   * Properties to return.
   * (sent as `$select`)
   */
  select?: Array<string>;
  /**
   * The request time.
   * (sent as `ocp-date`)
   */
  ocpDate?: Date;
}

/**
 * Optional parameters of {@link WidgetOperations.createWidget}.
 */
export interface CreateWidgetOptionalParams extends WidgetOperationOptions {}

/**
 * Optional parameters of {@link WidgetOperations.widgetExists}.
 */
export interface WidgetExistsOptionalParams extends WidgetOperationOptions {}

/**
 * Optional parameters of {@link WidgetOperations.getWidget}.
 */
export interface GetWidgetOptionalParams extends WidgetOperationOptions {
  /**
   * An ETag.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
}

/**
 * Optional parameters of {@link WidgetOperations.downloadWidgetFile}.
 */
export interface DownloadWidgetFileOptionalParams extends WidgetOperationOptions {
  /**
   * A byte range.
   * (sent as `ocp-range`)
   */
  ocpRange?: string;
}

/**
 * What {@link WidgetOperations.createWidget} returns: the response headers, typed.
 */
export interface CreateWidgetResult {
  /**
   * The ETag.
   */
  etag?: string;
  /**
   * When it changed.
   */
  lastModified?: Date;
}

/**
 * Every operation of Widget Service, one method each. Extended by the hand-written client, which supplies the context (the rest-level client and its error type).
 */
export abstract class WidgetOperations {
  /**
   * The rest-level client and error factory the methods use.
   */
  protected abstract readonly context: WidgetContext;

  /** The context's client, with its generated path types. */
  private get rest(): WidgetClient {
    return this.context.client as WidgetClient;
  }

  /**
   * Lists widgets.
   *
   * Sends `GET /widgets` (Widgets_ListWidgets).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  listWidgets(options: ListWidgetsOptionalParams = {}): PagedAsyncIterableIterator<Widget> {
    return buildPagedIterator({
      firstPage: (maxPageSize?: number) =>
        this.rest.path("/widgets").get({
          ...operationOptionsToRequestParameters(options),
          queryParameters: compact({ maxresults: maxPageSize ?? options.maxresults, $select: options.select }),
          headers: { ...commonHeaders(options), ...compact({ "ocp-date": options.ocpDate?.toUTCString() }) },
        }),
      nextPage: (nextLink: string) =>
        this.rest
          .pathUnchecked(nextLink)
          .get({
            ...operationOptionsToRequestParameters(options),
            headers: { ...commonHeaders(options), ...compact({ "ocp-date": options.ocpDate?.toUTCString() }) },
          }),
      expectedStatus: "200",
      toItems: (items) => (items as Parameters<typeof widgetDeserializer>[0][]).map((p) => widgetDeserializer(p)),
      toError: (response) => this.context.createError(response),
    });
  }

  /**
   * Creates a widget.
   *
   * Sends `POST /widgets` (Widgets_CreateWidget).
   * @param widget - The widget to create.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async createWidget(
    widget: WidgetCreateOptions,
    options: CreateWidgetOptionalParams = {},
  ): Promise<CreateWidgetResult> {
    const response = await this.rest.path("/widgets").post({
      ...operationOptionsToRequestParameters(options),
      headers: commonHeaders(options),
      contentType: "application/json; odata=minimalmetadata",
      body: widgetCreateOptionsSerializer(widget),
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return omitUndefined({
      etag: response.headers["etag"],
      lastModified: parseDate(response.headers["last-modified"]),
    });
  }

  /**
   * Whether a widget exists.
   *
   * Sends `HEAD /widgets/{widgetId}` (Widgets_WidgetExists).
   * @param widgetId - The widget ID.
   * @param options - optional parameters.
   * @returns true when the resource exists, false on 404.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async widgetExists(widgetId: string, options: WidgetExistsOptionalParams = {}): Promise<boolean> {
    const response = await this.rest.path("/widgets/{widgetId}", widgetId).head({
      ...operationOptionsToRequestParameters(options),
      headers: commonHeaders(options),
    });
    if (response.status === "404") return false;
    if (isUnexpected(response)) throw this.context.createError(response);
    return true;
  }

  /**
   * Gets a widget.
   *
   * Sends `GET /widgets/{widgetId}` (Widgets_GetWidget).
   * @param widgetId - The widget ID.
   * @param options - optional parameters.
   * @returns the response body, typed.
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async getWidget(widgetId: string, options: GetWidgetOptionalParams = {}): Promise<Widget> {
    const response = await this.rest.path("/widgets/{widgetId}", widgetId).get({
      ...operationOptionsToRequestParameters(options),
      headers: { ...commonHeaders(options), ...compact({ "If-Match": options.ifMatch }) },
    });
    if (isUnexpected(response)) throw this.context.createError(response);
    return widgetDeserializer(response.body);
  }

  /**
   * Downloads a file of a widget.
   *
   * Sends `GET /widgets/{widgetId}/files/{filePath}` (Widgets_GetWidgetFile).
   * @param widgetId - The widget ID.
   * @param filePath - The file path.
   * @param options - optional parameters.
   * @returns the file's content as a Node stream (not buffered).
   * @throws the error built by the context's `createError` for any status the spec does not declare.
   */
  async downloadWidgetFile(
    widgetId: string,
    filePath: string,
    options: DownloadWidgetFileOptionalParams = {},
  ): Promise<NodeJS.ReadableStream> {
    const response = await this.rest
      .path("/widgets/{widgetId}/files/{filePath}", widgetId, filePath)
      .get({
        ...operationOptionsToRequestParameters(options),
        headers: { ...commonHeaders(options), ...compact({ "ocp-range": options.ocpRange }) },
        accept: "application/octet-stream, application/json",
      })
      .asNodeStream();
    if (response.status !== "200" || response.body === undefined)
      throw this.context.createError(await readErrorBody(response));
    return response.body;
  }
}

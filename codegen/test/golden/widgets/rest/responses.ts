// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { RawHttpHeaders } from "@azure/core-rest-pipeline";
import type { HttpResponse } from "@azure-rest/core-client";
import type { WidgetOutput, WidgetErrorOutput, WidgetListResultOutput } from "./outputModels.js";

/**
 * Headers of the 200 response of Widgets_ListWidgets.
 */
export interface ListWidgets200Headers {}

/**
 * A page of widgets.
 */
export interface ListWidgets200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: WidgetListResultOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & ListWidgets200Headers;
}

/**
 * An unexpected response of Widgets_ListWidgets.
 */
export interface ListWidgetsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: WidgetErrorOutput;
}

/**
 * Headers of the 201 response of Widgets_CreateWidget.
 */
export interface CreateWidget201Headers {
  /**
   * The ETag.
   */
  etag?: string;
  /**
   * When it changed.
   */
  "last-modified"?: string;
}

/**
 * Created.
 */
export interface CreateWidget201Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "201";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & CreateWidget201Headers;
}

/**
 * An unexpected response of Widgets_CreateWidget.
 */
export interface CreateWidgetDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: WidgetErrorOutput;
}

/**
 * Headers of the 200 response of Widgets_WidgetExists.
 */
export interface WidgetExists200Headers {}

/**
 * It exists.
 */
export interface WidgetExists200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & WidgetExists200Headers;
}

/**
 * Headers of the 404 response of Widgets_WidgetExists.
 */
export interface WidgetExists404Headers {}

/**
 * It does not.
 */
export interface WidgetExists404Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "404";
  /**
   * The response body.
   */
  body: Record<string, any>;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & WidgetExists404Headers;
}

/**
 * An unexpected response of Widgets_WidgetExists.
 */
export interface WidgetExistsDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: WidgetErrorOutput;
}

/**
 * Headers of the 200 response of Widgets_GetWidget.
 */
export interface GetWidget200Headers {}

/**
 * The widget.
 */
export interface GetWidget200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: WidgetOutput;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetWidget200Headers;
}

/**
 * An unexpected response of Widgets_GetWidget.
 */
export interface GetWidgetDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: WidgetErrorOutput;
}

/**
 * Headers of the 200 response of Widgets_GetWidgetFile.
 */
export interface GetWidgetFile200Headers {
  /**
   * The size.
   */
  "content-length"?: string;
}

/**
 * The content.
 */
export interface GetWidgetFile200Response extends HttpResponse {
  /**
   * The status code.
   */
  status: "200";
  /**
   * The response body.
   */
  body: Uint8Array;
  /**
   * The response headers.
   */
  headers: RawHttpHeaders & GetWidgetFile200Headers;
}

/**
 * An unexpected response of Widgets_GetWidgetFile.
 */
export interface GetWidgetFileDefaultResponse extends HttpResponse {
  /**
   * The status code.
   */
  status: string;
  /**
   * The error body.
   */
  body: WidgetErrorOutput;
}

// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { RawHttpHeadersInput } from "@azure/core-rest-pipeline";
import type { RequestParameters } from "@azure-rest/core-client";
import type { WidgetCreateOptions } from "./models.js";

/**
 * Request headers of Widgets_ListWidgets.
 */
export interface ListWidgetsHeaders {
  /**
   * The request time.
   */
  "ocp-date"?: string;
}

/**
 * Query parameters of Widgets_ListWidgets.
 */
export interface ListWidgetsQueryParamProperties {
  /**
   * Page size.
   */
  maxresults?: number;
  /**
   * Properties to return.
   */
  $select?: Array<string>;
}

/**
 * The query parameters of Widgets_ListWidgets.
 */
export interface ListWidgetsQueryParam {
  /**
   * Query parameters.
   */
  queryParameters?: ListWidgetsQueryParamProperties;
}

/**
 * The header parameters of Widgets_ListWidgets.
 */
export interface ListWidgetsHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & ListWidgetsHeaders;
}

/**
 * The parameters of Widgets_ListWidgets.
 */
export type ListWidgetsParameters = ListWidgetsQueryParam & ListWidgetsHeaderParam & RequestParameters;

/**
 * The body of Widgets_CreateWidget.
 */
export interface CreateWidgetBodyParam {
  /**
   * The widget to create.
   */
  body: WidgetCreateOptions;
}

/**
 * The content type of Widgets_CreateWidget.
 */
export interface CreateWidgetMediaTypesParam {
  /**
   * The request's content type.
   */
  contentType: "application/json; odata=minimalmetadata";
}

/**
 * The parameters of Widgets_CreateWidget.
 */
export type CreateWidgetParameters = CreateWidgetBodyParam & CreateWidgetMediaTypesParam & RequestParameters;

/**
 * The parameters of Widgets_WidgetExists.
 */
export type WidgetExistsParameters = RequestParameters;

/**
 * Request headers of Widgets_GetWidget.
 */
export interface GetWidgetHeaders {
  /**
   * An ETag.
   */
  "If-Match"?: string;
}

/**
 * The header parameters of Widgets_GetWidget.
 */
export interface GetWidgetHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetWidgetHeaders;
}

/**
 * The parameters of Widgets_GetWidget.
 */
export type GetWidgetParameters = GetWidgetHeaderParam & RequestParameters;

/**
 * Request headers of Widgets_GetWidgetFile.
 */
export interface GetWidgetFileHeaders {
  /**
   * A byte range.
   */
  "ocp-range"?: string;
}

/**
 * The header parameters of Widgets_GetWidgetFile.
 */
export interface GetWidgetFileHeaderParam {
  /**
   * Request headers.
   */
  headers?: RawHttpHeadersInput & GetWidgetFileHeaders;
}

/**
 * The parameters of Widgets_GetWidgetFile.
 */
export type GetWidgetFileParameters = GetWidgetFileHeaderParam & RequestParameters;

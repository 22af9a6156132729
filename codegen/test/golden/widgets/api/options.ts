// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { OperationOptions } from "@azure-rest/core-client";

/**
 * Options every Widget operation takes.
 */
export interface WidgetOperationOptions extends OperationOptions {}

/**
 * Optional parameters of `listWidgets` (Widgets_ListWidgets).
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
 * Optional parameters of `createWidget` (Widgets_CreateWidget).
 */
export interface CreateWidgetOptionalParams extends WidgetOperationOptions {}

/**
 * Optional parameters of `widgetExists` (Widgets_WidgetExists).
 */
export interface WidgetExistsOptionalParams extends WidgetOperationOptions {}

/**
 * Optional parameters of `getWidget` (Widgets_GetWidget).
 */
export interface GetWidgetOptionalParams extends WidgetOperationOptions {
  /**
   * An ETag.
   * (sent as `If-Match`)
   */
  ifMatch?: string;
}

/**
 * Optional parameters of `downloadWidgetFile` (Widgets_GetWidgetFile).
 */
export interface DownloadWidgetFileOptionalParams extends WidgetOperationOptions {
  /**
   * A byte range.
   * (sent as `ocp-range`)
   */
  ocpRange?: string;
}

// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type { Client, StreamableMethod } from "@azure-rest/core-client";
import type {
  CreateWidgetParameters,
  GetWidgetFileParameters,
  GetWidgetParameters,
  ListWidgetsParameters,
  WidgetExistsParameters,
} from "./parameters.js";
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

/**
 * The operations on `/widgets`.
 */
export interface ListWidgets {
  /**
   * Lists widgets.
   */
  get(options?: ListWidgetsParameters): StreamableMethod<ListWidgets200Response | ListWidgetsDefaultResponse>;
  /**
   * Creates a widget.
   */
  post(options: CreateWidgetParameters): StreamableMethod<CreateWidget201Response | CreateWidgetDefaultResponse>;
}

/**
 * The operations on `/widgets/\{widgetId\}`.
 */
export interface WidgetExists {
  /**
   * Whether a widget exists.
   */
  head(
    options?: WidgetExistsParameters,
  ): StreamableMethod<WidgetExists200Response | WidgetExists404Response | WidgetExistsDefaultResponse>;
  /**
   * Gets a widget.
   */
  get(options?: GetWidgetParameters): StreamableMethod<GetWidget200Response | GetWidgetDefaultResponse>;
}

/**
 * The operations on `/widgets/\{widgetId\}/files/\{filePath\}`.
 */
export interface GetWidgetFile {
  /**
   * Downloads a file of a widget.
   */
  get(options?: GetWidgetFileParameters): StreamableMethod<GetWidgetFile200Response | GetWidgetFileDefaultResponse>;
}

/**
 * Every path of the service, typed.
 */
export interface Routes {
  /**
   * Resource for `/widgets`.
   */
  (path: "/widgets"): ListWidgets;
  /**
   * Resource for `/widgets/\{widgetId\}`.
   */
  (path: "/widgets/{widgetId}", widgetId: string): WidgetExists;
  /**
   * Resource for `/widgets/\{widgetId\}/files/\{filePath\}`.
   */
  (path: "/widgets/{widgetId}/files/{filePath}", widgetId: string, filePath: string): GetWidgetFile;
}

/**
 * The rest-level WidgetClient: a `\@azure-rest/core-client` client whose `path()` is typed by its `Routes`.
 */
export type WidgetClient = Client & {
  /**
   * Selects a path of the service.
   */
  path: Routes;
};

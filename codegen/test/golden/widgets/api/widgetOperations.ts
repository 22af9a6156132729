// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import { createWidget, downloadWidgetFile, getWidget, listWidgets, widgetExists } from "./widgets/operations.js";
import type { WidgetContext } from "./widgetContext.js";
import type { Widget, WidgetCreateOptions } from "./models.js";
import type {
  CreateWidgetOptionalParams,
  DownloadWidgetFileOptionalParams,
  GetWidgetOptionalParams,
  ListWidgetsOptionalParams,
  WidgetExistsOptionalParams,
} from "./options.js";
import type { CreateWidgetResult } from "./results.js";
import type { PagedAsyncIterableIterator } from "../rest/paginateHelper.js";

/**
 * Every Widget operation as a method: each one calls the operation's function (importable on its own) with this object's context.
 * A method throws the error built by the context's `createError` for any status the spec does not declare; a `begin*` method's poller throws the error of its request or of a poll.
 */
export class WidgetOperations {
  /**
   * The context every method runs on.
   */
  protected readonly context: WidgetContext;

  /**
   * Wraps a context.
   * @param context - the rest-level client and error factory the operations use.
   */
  constructor(context: WidgetContext) {
    this.context = context;
  }

  /**
   * Lists widgets.
   * Sends `GET /widgets` (Widgets_ListWidgets).
   * @param options - optional parameters.
   * @returns an async iterator over every item, with `byPage()`.
   */
  listWidgets(options: ListWidgetsOptionalParams = {}): PagedAsyncIterableIterator<Widget> {
    return listWidgets(this.context, options);
  }

  /**
   * Creates a widget.
   * Sends `POST /widgets` (Widgets_CreateWidget).
   * @param widget - The widget to create.
   * @param options - optional parameters.
   * @returns the response headers, typed.
   */
  createWidget(widget: WidgetCreateOptions, options: CreateWidgetOptionalParams = {}): Promise<CreateWidgetResult> {
    return createWidget(this.context, widget, options);
  }

  /**
   * Whether a widget exists.
   * Sends `HEAD /widgets/\{widgetId\}` (Widgets_WidgetExists).
   * @param widgetId - The widget ID.
   * @param options - optional parameters.
   * @returns true when the resource exists, false on 404.
   */
  widgetExists(widgetId: string, options: WidgetExistsOptionalParams = {}): Promise<boolean> {
    return widgetExists(this.context, widgetId, options);
  }

  /**
   * Gets a widget.
   * Sends `GET /widgets/\{widgetId\}` (Widgets_GetWidget).
   * @param widgetId - The widget ID.
   * @param options - optional parameters.
   * @returns the response body, typed.
   */
  getWidget(widgetId: string, options: GetWidgetOptionalParams = {}): Promise<Widget> {
    return getWidget(this.context, widgetId, options);
  }

  /**
   * Downloads a file of a widget.
   * Sends `GET /widgets/\{widgetId\}/files/\{filePath\}` (Widgets_GetWidgetFile).
   * @param widgetId - The widget ID.
   * @param filePath - The file path.
   * @param options - optional parameters.
   * @returns the file's content as a Node stream (not buffered).
   */
  downloadWidgetFile(
    widgetId: string,
    filePath: string,
    options: DownloadWidgetFileOptionalParams = {},
  ): Promise<NodeJS.ReadableStream> {
    return downloadWidgetFile(this.context, widgetId, filePath, options);
  }
}

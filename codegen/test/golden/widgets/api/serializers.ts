// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type * as Rest from "../rest/models.js";
import type * as RestOutput from "../rest/outputModels.js";
import type { Widget, WidgetBase, WidgetCreateOptions, WidgetError, WidgetListResult, WidgetPart } from "./models.js";
import { convertShape, type Shape } from "./static-helpers/serialization.js";

const widgetFromWire: Shape = [
  "color",
  ["onFailure", "failureMode"],
  "id",
  ["createdAt", 0, "date"],
  ["size", 0, "number"],
  "ratio",
  "timeout",
  "homepage",
  "secretCode",
  "subnetId",
  "tags",
  ["parts", 0, { items: () => widgetPartFromWire }],
];

/**
 * Converts the wire form of a {@link Widget} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetDeserializer(item: RestOutput.WidgetOutput): Widget {
  return convertShape(item, widgetFromWire) as unknown as Widget;
}

const widgetBaseFromWire: Shape = ["color", ["onFailure", "failureMode"]];

/**
 * Converts the wire form of a {@link WidgetBase} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetBaseDeserializer(item: RestOutput.WidgetBaseOutput): WidgetBase {
  return convertShape(item, widgetBaseFromWire) as unknown as WidgetBase;
}

const widgetCreateOptionsToWire: Shape = [
  "id",
  "color",
  ["notBefore", 0, "iso"],
  ["parts", 0, { items: () => widgetPartToWire }],
];

/**
 * Converts a {@link WidgetCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function widgetCreateOptionsSerializer(item: WidgetCreateOptions): Rest.WidgetCreateOptions {
  return convertShape(item, widgetCreateOptionsToWire) as unknown as Rest.WidgetCreateOptions;
}

const widgetErrorFromWire: Shape = ["code", "message"];

/**
 * Converts the wire form of a {@link WidgetError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetErrorDeserializer(item: RestOutput.WidgetErrorOutput): WidgetError {
  return convertShape(item, widgetErrorFromWire) as unknown as WidgetError;
}

const widgetListResultFromWire: Shape = [
  ["value", 0, { items: () => widgetFromWire }],
  ["odata.nextLink", "odataNextLink"],
];

/**
 * Converts the wire form of a {@link WidgetListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetListResultDeserializer(item: RestOutput.WidgetListResultOutput): WidgetListResult {
  return convertShape(item, widgetListResultFromWire) as unknown as WidgetListResult;
}

const widgetPartToWire: Shape = [["name", "partName"], "count", "makerFQDN"];

/**
 * Converts a {@link WidgetPart} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function widgetPartSerializer(item: WidgetPart): Rest.WidgetPart {
  return convertShape(item, widgetPartToWire) as unknown as Rest.WidgetPart;
}

const widgetPartFromWire: Shape = [["partName", "name"], "count", "makerFQDN"];

/**
 * Converts the wire form of a {@link WidgetPart} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetPartDeserializer(item: RestOutput.WidgetPartOutput): WidgetPart {
  return convertShape(item, widgetPartFromWire) as unknown as WidgetPart;
}

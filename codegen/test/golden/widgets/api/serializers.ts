// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type * as Rest from "../rest/models.js";
import type * as RestOutput from "../rest/outputModels.js";
import type { Widget, WidgetBase, WidgetCreateOptions, WidgetError, WidgetListResult, WidgetPart } from "./models.js";

/**
 * Converts the wire form of a {@link Widget} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetDeserializer(item: RestOutput.WidgetOutput): Widget {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.color;
  if (value !== undefined) out["color"] = value;
  value = item.onFailure;
  if (value !== undefined) out["failureMode"] = value;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.createdAt === undefined ? undefined : new Date(item.createdAt);
  if (value !== undefined) out["createdAt"] = value;
  value = item.size === undefined ? undefined : Number(item.size);
  if (value !== undefined) out["size"] = value;
  value = item.ratio;
  if (value !== undefined) out["ratio"] = value;
  value = item.timeout;
  if (value !== undefined) out["timeout"] = value;
  value = item.homepage;
  if (value !== undefined) out["homepage"] = value;
  value = item.secretCode;
  if (value !== undefined) out["secretCode"] = value;
  value = item.subnetId;
  if (value !== undefined) out["subnetId"] = value;
  value = item.tags;
  if (value !== undefined) out["tags"] = value;
  value = item.parts === undefined ? undefined : item.parts.map((p) => widgetPartDeserializer(p));
  if (value !== undefined) out["parts"] = value;
  return out as unknown as Widget;
}

/**
 * Converts the wire form of a {@link WidgetBase} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetBaseDeserializer(item: RestOutput.WidgetBaseOutput): WidgetBase {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.color;
  if (value !== undefined) out["color"] = value;
  value = item.onFailure;
  if (value !== undefined) out["failureMode"] = value;
  return out as unknown as WidgetBase;
}

/**
 * Converts a {@link WidgetCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function widgetCreateOptionsSerializer(item: WidgetCreateOptions): Rest.WidgetCreateOptions {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.id;
  if (value !== undefined) out["id"] = value;
  value = item.color;
  if (value !== undefined) out["color"] = value;
  value = item.notBefore === undefined ? undefined : item.notBefore.toISOString();
  if (value !== undefined) out["notBefore"] = value;
  value = item.parts === undefined ? undefined : item.parts.map((p) => widgetPartSerializer(p));
  if (value !== undefined) out["parts"] = value;
  return out as unknown as Rest.WidgetCreateOptions;
}

/**
 * Converts the wire form of a {@link WidgetError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetErrorDeserializer(item: RestOutput.WidgetErrorOutput): WidgetError {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.code;
  if (value !== undefined) out["code"] = value;
  value = item.message;
  if (value !== undefined) out["message"] = value;
  return out as unknown as WidgetError;
}

/**
 * Converts the wire form of a {@link WidgetListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetListResultDeserializer(item: RestOutput.WidgetListResultOutput): WidgetListResult {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.value === undefined ? undefined : item.value.map((p) => widgetDeserializer(p));
  if (value !== undefined) out["value"] = value;
  value = item["odata.nextLink"];
  if (value !== undefined) out["odataNextLink"] = value;
  return out as unknown as WidgetListResult;
}

/**
 * Converts a {@link WidgetPart} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function widgetPartSerializer(item: WidgetPart): Rest.WidgetPart {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.name;
  if (value !== undefined) out["partName"] = value;
  value = item.count;
  if (value !== undefined) out["count"] = value;
  value = item.makerFQDN;
  if (value !== undefined) out["makerFQDN"] = value;
  return out as unknown as Rest.WidgetPart;
}

/**
 * Converts the wire form of a {@link WidgetPart} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetPartDeserializer(item: RestOutput.WidgetPartOutput): WidgetPart {
  const out: Record<string, unknown> = {};
  let value: unknown;
  value = item.partName;
  if (value !== undefined) out["name"] = value;
  value = item.count;
  if (value !== undefined) out["count"] = value;
  value = item.makerFQDN;
  if (value !== undefined) out["makerFQDN"] = value;
  return out as unknown as WidgetPart;
}

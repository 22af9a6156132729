// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Widget Service spec, api-version 2030-01-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import type * as Rest from "../rest/models.js";
import type * as RestOutput from "../rest/outputModels.js";
import type { Widget, WidgetBase, WidgetCreateOptions, WidgetError, WidgetListResult, WidgetPart } from "./models.js";
import { omitUndefined } from "./static-helpers/serialization.js";

/**
 * Converts the wire form of a {@link Widget} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetDeserializer(item: RestOutput.WidgetOutput): Widget {
  return omitUndefined({
    color: item.color,
    failureMode: item.onFailure,
    id: item.id,
    createdAt: item.createdAt === undefined ? undefined : new Date(item.createdAt),
    size: item.size === undefined ? undefined : Number(item.size),
    ratio: item.ratio,
    timeout: item.timeout,
    homepage: item.homepage,
    secretCode: item.secretCode,
    subnetId: item.subnetId,
    tags: item.tags,
    parts: item.parts === undefined ? undefined : item.parts.map((p) => widgetPartDeserializer(p)),
  }) as Widget;
}

/**
 * Converts the wire form of a {@link WidgetBase} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetBaseDeserializer(item: RestOutput.WidgetBaseOutput): WidgetBase {
  return omitUndefined({
    color: item.color,
    failureMode: item.onFailure,
  }) as WidgetBase;
}

/**
 * Converts a {@link WidgetCreateOptions} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function widgetCreateOptionsSerializer(item: WidgetCreateOptions): Rest.WidgetCreateOptions {
  return omitUndefined({
    id: item.id,
    color: item.color,
    notBefore: item.notBefore === undefined ? undefined : item.notBefore.toISOString(),
    parts: item.parts === undefined ? undefined : item.parts.map((p) => widgetPartSerializer(p)),
  }) as Rest.WidgetCreateOptions;
}

/**
 * Converts the wire form of a {@link WidgetError} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetErrorDeserializer(item: RestOutput.WidgetErrorOutput): WidgetError {
  return omitUndefined({
    code: item.code,
    message: item.message,
  }) as WidgetError;
}

/**
 * Converts the wire form of a {@link WidgetListResult} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetListResultDeserializer(item: RestOutput.WidgetListResultOutput): WidgetListResult {
  return omitUndefined({
    value: item.value === undefined ? undefined : item.value.map((p) => widgetDeserializer(p)),
    odataNextLink: item["odata.nextLink"],
  }) as WidgetListResult;
}

/**
 * Converts a {@link WidgetPart} to its wire form.
 * @param item - the client-side value.
 * @returns the JSON sent to the service.
 */
export function widgetPartSerializer(item: WidgetPart): Rest.WidgetPart {
  return omitUndefined({
    partName: item.name,
    count: item.count,
    makerFQDN: item.makerFQDN,
  }) as Rest.WidgetPart;
}

/**
 * Converts the wire form of a {@link WidgetPart} to the client-side model.
 * @param item - the JSON received from the service.
 * @returns the client-side value.
 */
export function widgetPartDeserializer(item: RestOutput.WidgetPartOutput): WidgetPart {
  return omitUndefined({
    name: item.partName,
    count: item.count,
    makerFQDN: item.makerFQDN,
  }) as WidgetPart;
}

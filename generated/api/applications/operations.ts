// Produced by `npm run generate` (azbatch-codegen, an AutoRest extension) from the Azure Batch spec, api-version 2026-10-01.
// Do not edit: change the spec, autorest.md or codegen/ and regenerate.

import {
  type PathUncheckedResponse,
  type StreamableMethod,
  operationOptionsToRequestParameters,
} from "@azure-rest/core-client";
import { buildPagedIterator, type PagedAsyncIterableIterator } from "../../rest/paginateHelper.js";
import { commonHeaders } from "../commonHeaders.js";
import { batchApplicationDeserializer } from "../serializers.js";
import { compact, operationPath } from "../static-helpers/request.js";
import type { BatchContext } from "../batchContext.js";
import type { BatchApplication } from "../models.js";
import type { GetApplicationOptionalParams, ListApplicationsOptionalParams } from "../options.js";

/**
 * Builds and sends the request of `listApplications`: `GET /applications`.
 * @internal
 */
export function _listApplicationsSend(
  context: BatchContext,
  options: ListApplicationsOptionalParams = {},
  maxPageSize?: number,
): StreamableMethod {
  return operationPath(context.client, "/applications").get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds, maxresults: maxPageSize ?? options.maxresults }),
    headers: commonHeaders(options),
  });
}

/**
 * Converts the items of one page of `listApplications`.
 * @internal
 */
export function _listApplicationsDeserialize(items: unknown[]): BatchApplication[] {
  return (items as Parameters<typeof batchApplicationDeserializer>[0][]).map((p) => batchApplicationDeserializer(p));
}

/**
 * This operation returns only Applications and versions that are available for
 * use on Compute Nodes; that is, that can be used in an Package reference. For
 * administrator information about applications and versions that are not yet
 * available to Compute Nodes, use the Azure portal or the Azure Resource Manager
 * API.
 *
 * Sends `GET /applications` (Applications_ListApplications).
 * @param context - the context the operation runs on.
 * @param options - optional parameters.
 * @returns an async iterator over every item, with `byPage()`.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export function listApplications(
  context: BatchContext,
  options: ListApplicationsOptionalParams = {},
): PagedAsyncIterableIterator<BatchApplication> {
  return buildPagedIterator({
    firstPage: (maxPageSize?: number) => _listApplicationsSend(context, options, maxPageSize),
    nextPage: (nextLink: string) =>
      context.client
        .pathUnchecked(nextLink)
        .get({ ...operationOptionsToRequestParameters(options), headers: commonHeaders(options) }),
    expectedStatus: "200",
    toItems: _listApplicationsDeserialize,
    toError: (response) => context.createError(response),
  });
}

/**
 * Builds and sends the request of `getApplication`: `GET /applications/\{applicationId\}`.
 * @internal
 */
export function _getApplicationSend(
  context: BatchContext,
  applicationId: string,
  options: GetApplicationOptionalParams = {},
): StreamableMethod {
  return operationPath(context.client, "/applications/{applicationId}", applicationId).get({
    ...operationOptionsToRequestParameters(options),
    queryParameters: compact({ timeOut: options.timeOutInSeconds }),
    headers: commonHeaders(options),
  });
}

/**
 * Checks the status of a `getApplication` response (any status the spec does not declare is an error) and reads its result.
 * @internal
 */
export async function _getApplicationDeserialize(
  context: BatchContext,
  result: PathUncheckedResponse,
): Promise<BatchApplication> {
  if (result.status !== "200") throw context.createError(result);
  return batchApplicationDeserializer(result.body);
}

/**
 * This operation returns only Applications and versions that are available for
 * use on Compute Nodes; that is, that can be used in an Package reference. For
 * administrator information about Applications and versions that are not yet
 * available to Compute Nodes, use the Azure portal or the Azure Resource Manager
 * API.
 *
 * Sends `GET /applications/{applicationId}` (Applications_GetApplication).
 * @param context - the context the operation runs on.
 * @param applicationId - The ID of the Application
 * @param options - optional parameters.
 * @returns the response body, typed.
 * @throws the error built by the context's `createError` for any status the spec does not declare.
 */
export async function getApplication(
  context: BatchContext,
  applicationId: string,
  options: GetApplicationOptionalParams = {},
): Promise<BatchApplication> {
  return _getApplicationDeserialize(context, await _getApplicationSend(context, applicationId, options));
}

/**
 * The api-versions the emulator accepts, and what it does with request
 * properties that later versions of the Batch API removed.
 *
 * Every version is answered with the same (latest) behaviour and response
 * shapes: between these versions responses only gained properties, which the
 * older clients' deserializers ignore, and the operations they call are the
 * same. The list is that of the stable Batch data-plane specifications
 * (`specification/batch/data-plane/Batch/stable/` and
 * `.../Azure.Batch/stable/` of the Azure REST API specs repository) from
 * `2022-01-01.15.0` on; see `emulator/README.md`, "api-versions".
 */
import { BatchServiceError, invalidProperty } from "./errors.js";

/** The api-version this emulator's behaviour and response shapes follow. */
export const LATEST_API_VERSION = "2026-10-01";

/**
 * Every accepted api-version, oldest first. `2025-06-01.21.0` is the name the
 * `2025-06-01` specification carried when it was first published.
 */
export const SUPPORTED_API_VERSIONS: readonly string[] = [
  "2022-01-01.15.0",
  "2022-10-01.16.0",
  "2023-05-01.17.0",
  "2023-11-01.18.0",
  "2024-02-01.19.0",
  "2024-07-01.20.0",
  "2025-06-01.21.0",
  "2025-06-01",
  LATEST_API_VERSION,
];

const SUPPORTED = new Set(SUPPORTED_API_VERSIONS);

/**
 * Checks a request's `api-version` query value.
 * @param version - The value, or `undefined` when the parameter is missing.
 * @throws BatchServiceError 400 `MissingRequiredQueryParameter` or `UnsupportedRequestVersion`.
 */
export function checkApiVersion(version: string | undefined): void {
  if (version === undefined) {
    throw new BatchServiceError(
      400,
      "MissingRequiredQueryParameter",
      "A query parameter that's mandatory for this request is not specified.",
      [{ key: "QueryParameterName", value: "api-version" }],
    );
  }
  if (!SUPPORTED.has(version)) {
    throw new BatchServiceError(
      400,
      "UnsupportedRequestVersion",
      `The specified api-version '${version}' is not supported; the emulator accepts ${SUPPORTED_API_VERSIONS.join(", ")}.`,
      [
        { key: "QueryParameterName", value: "api-version" },
        { key: "QueryParameterValue", value: version },
      ],
    );
  }
}

/**
 * Request properties of older api-versions that the service no longer
 * honours, and which the emulator therefore drops without error (they were
 * accepted by the versions that had them, and the handlers keep only the
 * properties they know): `certificateReferences` (pools, pool updates, pool
 * specifications; Batch certificates were retired in February 2024 and the
 * property left the specification in 2025-06-01), `applicationLicenses`,
 * `targetNodeCommunicationMode` (pools) and `authenticationTokenSettings`
 * (tasks, job manager tasks).
 */
export const IGNORED_LEGACY_PROPERTIES: readonly string[] = [
  "certificateReferences",
  "applicationLicenses",
  "targetNodeCommunicationMode",
  "authenticationTokenSettings",
];

/** Operations whose body can hold a pool specification, with where the pools are in the body. */
const POOL_SPEC_PATHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  "POST /pools": [[]],
  "POST /jobs": [["poolInfo", "autoPoolSpecification", "pool"]],
  "PUT /jobs/{jobId}": [["poolInfo", "autoPoolSpecification", "pool"]],
  "PATCH /jobs/{jobId}": [["poolInfo", "autoPoolSpecification", "pool"]],
  "POST /jobschedules": [["jobSpecification", "poolInfo", "autoPoolSpecification", "pool"]],
  "PUT /jobschedules/{jobScheduleId}": [["jobSpecification", "poolInfo", "autoPoolSpecification", "pool"]],
  "PATCH /jobschedules/{jobScheduleId}": [["jobSpecification", "poolInfo", "autoPoolSpecification", "pool"]],
};

function at(body: unknown, path: readonly string[]): unknown {
  let cur = body;
  for (const p of path) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  return cur;
}

/**
 * Refuses `cloudServiceConfiguration` pools, as the service does for every
 * api-version since Cloud Services pools were retired (29 February 2024):
 * 400 `InvalidPropertyValue` naming the property.
 * @param operation - `METHOD /route/template` of the request.
 * @param body - The parsed body.
 * @throws BatchServiceError 400 `InvalidPropertyValue`.
 */
export function refuseRetiredProperties(operation: string, body: unknown): void {
  for (const path of POOL_SPEC_PATHS[operation] ?? []) {
    const pool = at(body, path);
    if (
      pool !== null &&
      typeof pool === "object" &&
      (pool as Record<string, unknown>).cloudServiceConfiguration !== undefined
    ) {
      throw invalidProperty(
        [...path, "cloudServiceConfiguration"].join("."),
        "Cloud Services Configuration pools were retired on 29 February 2024; use virtualMachineConfiguration.",
      );
    }
  }
}

/** Whether {@link refuseRetiredProperties} looks at this operation's body. */
export function hasRetiredPropertyCheck(operation: string): boolean {
  return operation in POOL_SPEC_PATHS;
}

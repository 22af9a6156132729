/**
 * `azbatch/rest`: the rest-level Batch client generated from the spec (wire names,
 * path-typed requests, `isUnexpected`, `paginate`), on `@azure-rest/core-client`.
 *
 * @packageDocumentation
 */
export * from "../generated/rest/index.js";

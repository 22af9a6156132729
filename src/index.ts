/**
 * azbatch: a TypeScript SDK for the Azure Batch data-plane service.
 *
 * {@link BatchClient} has one method per Batch operation, with the spec's model names
 * (`BatchPoolCreateOptions`, `BatchJob`, ...); `azbatch/rest` exposes the generated
 * rest-level client.
 *
 * @packageDocumentation
 */
export { BatchClient, type BatchClientOptions } from "./batchClient.js";
export { BatchError, createBatchError, isBatchError, type BatchErrorDetail, type BatchErrorOptions } from "./batchError.js";
export { createSharedKeyCredentialPolicy, sharedKeyCredentialPolicyName } from "./sharedKeyCredentialPolicy.js";
export * from "../generated/api/index.js";

// What the generated `begin*` functions (generated/api/longRunning.ts) build their pollers from:
// the poller itself (./batchPoller.ts) and the three ways a check reads the resource, which the
// entries of `azbatch.long-running-operations` in autorest.md choose between:
//
//   until-deleted: done when the read answers 404; the listed states are the transition meanwhile
//   until:         done when a property has one of the values (a pool's allocationState is steady)
//   while:         done when a property has none of the values (a job out of disabling)

import { isBatchError } from "../batchError.js";
import type { BatchLongRunningOperationName } from "../../generated/api/longRunning.js";
import type { BatchOperationState, BatchPollerOptions, PollOutcome } from "./batchPoller.js";

export { createBatchPoller, type BatchPoller, type BatchPollerOptions } from "./batchPoller.js";

/** The ids a poller records (the operation's path parameters). */
type OperationIds = Pick<BatchOperationState<unknown>, "poolId" | "nodeId" | "jobId" | "jobScheduleId">;

/**
 * The state of a poller before its request is sent.
 * @param operation - the operation's name.
 * @param ids - its path parameters.
 * @param waitForTransition - whether the transition may start late (tasks allowed to finish first).
 * @returns the initial state.
 * @internal
 */
export function initialState<T>(
  operation: BatchLongRunningOperationName,
  ids: OperationIds,
  waitForTransition = false,
): BatchOperationState<T> {
  return { operation, status: "notStarted", ...ids, ...(waitForTransition ? { waitForTransition: true } : {}) };
}

/**
 * The plain operation's options: without the poller's own.
 * @internal
 */
export function requestOptions<T extends BatchPollerOptions>(options: T): Omit<T, "updateIntervalInMs" | "resumeFrom"> {
  const { updateIntervalInMs: _interval, resumeFrom: _resume, ...rest } = options;
  return rest;
}

/**
 * The poller's own options.
 * @internal
 */
export function pollerOptions(options: BatchPollerOptions): BatchPollerOptions {
  return {
    updateIntervalInMs: options.updateIntervalInMs,
    resumeFrom: options.resumeFrom,
    abortSignal: options.abortSignal,
  };
}

/**
 * Done when `read` answers 404; running (transitional while in `transitional`) otherwise.
 * @internal
 */
export async function untilDeleted<T>(
  read: () => Promise<{ state?: string }>,
  transitional: readonly string[],
): Promise<PollOutcome<T>> {
  let resource: { state?: string };
  try {
    resource = await read();
  } catch (e) {
    if (isBatchError(e) && e.statusCode === 404)
      return { status: "succeeded", resourceState: "deleted", transitional: true };
    throw e;
  }
  const state = resource.state;
  return { status: "running", resourceState: state, transitional: state !== undefined && transitional.includes(state) };
}

/**
 * Done, with the resource, when its `property` has one of `values`.
 * @internal
 */
export async function untilIn<T extends object>(
  read: () => Promise<T>,
  property: keyof T & string,
  values: readonly string[],
): Promise<PollOutcome<T>> {
  const resource = await read();
  const value = String(resource[property] ?? "");
  return values.includes(value)
    ? { status: "succeeded", resourceState: value, result: resource }
    : { status: "running", resourceState: value, transitional: true };
}

/**
 * Done, with the resource, when its `property` has none of `values` (the transitional ones).
 * @internal
 */
export async function whileIn<T extends object>(
  read: () => Promise<T>,
  property: keyof T & string,
  values: readonly string[],
): Promise<PollOutcome<T>> {
  const resource = await read();
  const value = String(resource[property] ?? "");
  return values.includes(value)
    ? { status: "running", resourceState: value, transitional: true }
    : { status: "succeeded", resourceState: value, result: resource };
}

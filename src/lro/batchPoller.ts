// A poller for Batch's asynchronous operations, with the @azure/core-lro poller methods.
//
// Why not `createHttpPoller`: it follows `Operation-Location` / `Azure-AsyncOperation` /
// `Location` headers, which Batch does not send. A Batch operation is "done" when the resource
// it acts on has left its transitional state (pool allocationState back to steady, a job out of
// disabling, a node out of rebooting, ...) or is gone (404 after a delete). This poller sends the
// request once, then reads the resource until a check says so.
//
// Its surface is the @azure/core-lro poller convention users know from the Azure SDKs:
// `pollUntilDone()`, `poll()`, `isDone()`, `getOperationState()`, `getResult()`, `onProgress()`,
// `serialize()` / `resumeFrom`, `submitted()` (core-lro 2's `SimplePollerLike` methods), and it is
// awaitable with `operationState` / `result` as in core-lro 3's `PollerLike`. core-lro 3 made
// `isDone` a property, so the two cannot both be implemented; `isDone()` is the method form.

import { AbortError, type AbortSignalLike } from "@azure/abort-controller";
import type { CancelOnProgress, OperationState } from "@azure/core-lro";
import { sleep } from "../retryTiming.js";

import type { BatchLongRunningOperationName } from "../../generated/api/longRunning.js";

export type { BatchLongRunningOperationName };

/**
 * The state of a Batch long-running operation: core-lro's `OperationState` plus what identifies
 * the operation. It is plain JSON (`serialize()` writes it; `resumeFrom` reads it back).
 */
export interface BatchOperationState<TResult> extends OperationState<TResult> {
  /** Which operation this is. */
  operation: BatchLongRunningOperationName;
  /** The pool (pool and node operations). */
  poolId?: string;
  /** The node (node operations). */
  nodeId?: string;
  /** The job (job operations). */
  jobId?: string;
  /** The job schedule (job schedule operations). */
  jobScheduleId?: string;
  /**
   * The last state of the resource seen while polling: a pool's `allocationState` (or `state`
   * for a delete), a job's, job schedule's or node's `state`; `"deleted"` after a 404.
   */
  resourceState?: string;
  /** True once a transitional state (such as `rebooting`) has been seen. */
  sawTransition?: boolean;
  /**
   * For node operations whose running tasks are allowed to finish first
   * (`taskcompletion`): the transition may start late, so the poller waits until it has seen it.
   */
  waitForTransition?: boolean;
  /** When the request was accepted (ISO 8601). */
  acceptedOn?: string;
}

/**
 * A poller for one Batch long-running operation, with the core-lro poller methods
 * (`pollUntilDone()`, `isDone()`, `getOperationState()`, ...); it can also be awaited.
 *
 * @example
 * ```ts
 * const poller = client.beginResizePool("pool", { targetDedicatedNodes: 4 });
 * await poller.submitted();                    // the service accepted the resize
 * const saved = await poller.serialize();      // resume later with { resumeFrom: saved }
 * const pool = await poller.pollUntilDone();   // allocationState is steady again
 * ```
 */
export interface BatchPoller<TResult> extends Promise<TResult> {
  /** The operation's state, or `undefined` before the request is accepted. */
  readonly operationState: BatchOperationState<TResult> | undefined;
  /** The result once the operation succeeded (`undefined` for deletes and before then). */
  readonly result: TResult | undefined;
  /**
   * Whether the operation has finished (succeeded, failed or canceled).
   * @returns true once done.
   */
  isDone(): boolean;
  /**
   * Checks the resource once and updates the state.
   * @param options - an abort signal for this check.
   * @returns the state after the check.
   * @throws the operation's error once it has failed.
   */
  poll(options?: { abortSignal?: AbortSignalLike }): Promise<BatchOperationState<TResult>>;
  /**
   * Polls every `updateIntervalInMs` until the operation is done.
   * @param options - an abort signal (default: the one given to the `begin*` method).
   * @returns the result (the resource after the transition; `undefined` for deletes).
   * @throws the operation's error, or an `AbortError`.
   */
  pollUntilDone(options?: { abortSignal?: AbortSignalLike }): Promise<TResult>;
  /**
   * Calls `callback` with the state after every poll.
   * @param callback - receives the state.
   * @returns a function that removes the callback.
   */
  onProgress(callback: (state: BatchOperationState<TResult>) => void): CancelOnProgress;
  /**
   * The state as a string, to resume later with the `resumeFrom` option.
   * @returns JSON text.
   */
  serialize(): Promise<string>;
  /**
   * Resolves once the service has accepted the request (or the state was restored).
   * @returns nothing.
   */
  submitted(): Promise<void>;
  /**
   * The operation's state (`status`, `resourceState`, ids), or `undefined` before the request is
   * accepted.
   * @returns The live state object.
   */
  getOperationState(): BatchOperationState<TResult> | undefined;
  /**
   * The result once the operation succeeded (the resource after the transition; `undefined` for
   * deletes).
   * @returns The result, or `undefined`.
   */
  getResult(): TResult | undefined;
}

/** Options every `begin*` method takes. */
export interface BatchPollerOptions {
  /** Time between two polls, in ms (default 5,000). */
  updateIntervalInMs?: number;
  /**
   * A state saved with `serialize()`: the request is not sent again, the poller goes on polling.
   * It must come from the same operation on the same resource.
   */
  resumeFrom?: string;
  /** Aborts the initial request, and `pollUntilDone()` unless that gets its own signal. */
  abortSignal?: AbortSignalLike;
}

/** What a check of the resource found. */
export interface PollOutcome<TResult> {
  /** Done (succeeded or failed) or not. */
  status: "running" | "succeeded" | "failed";
  /** The resource's state, for `resourceState`. */
  resourceState?: string;
  /** The result when succeeded. */
  result?: TResult;
  /** The error when failed. */
  error?: Error;
  /** Whether the state seen is a transitional one. */
  transitional?: boolean;
}

/** How one operation is started and checked. */
export interface BatchOperationSpec<TResult> {
  /** The initial state (operation and ids). */
  state: BatchOperationState<TResult>;
  /** Sends the request. */
  start: (abortSignal?: AbortSignalLike) => Promise<unknown>;
  /** Reads the resource once. */
  check: (state: BatchOperationState<TResult>, abortSignal?: AbortSignalLike) => Promise<PollOutcome<TResult>>;
}

const DONE = new Set(["succeeded", "failed", "canceled"]);

/**
 * Creates a poller: sends the request at once (unless resuming) and polls on demand.
 * @param spec - How to start and check the operation.
 * @param options - Interval, resume state, abort signal.
 * @returns The poller.
 * @internal
 */
export function createBatchPoller<TResult>(
  spec: BatchOperationSpec<TResult>,
  options: BatchPollerOptions = {},
): BatchPoller<TResult> {
  const interval = Math.max(0, options.updateIntervalInMs ?? 5_000);
  let state: BatchOperationState<TResult> | undefined;
  let statePromise: Promise<void>;

  if (options.resumeFrom !== undefined) {
    const serialized = options.resumeFrom;
    statePromise = Promise.resolve().then(() => {
      const restored = parseState<TResult>(serialized);
      for (const key of ["operation", "poolId", "nodeId", "jobId", "jobScheduleId"] as const) {
        if (restored[key] !== spec.state[key]) {
          throw new Error(
            `resumeFrom holds a '${restored.operation}' operation on ${describeIds(restored)}, ` +
              `not '${spec.state.operation}' on ${describeIds(spec.state)}.`,
          );
        }
      }
      state = restored;
    });
    statePromise.catch(() => undefined);
  } else {
    statePromise = spec.start(options.abortSignal).then(() => {
      state = { ...spec.state, status: "running", acceptedOn: new Date().toISOString() };
    });
    // The caller sees this rejection through submitted()/pollUntilDone()/await; never unhandled.
    statePromise.catch(() => undefined);
  }
  return build();

  function build(): BatchPoller<TResult> {
    const handlers = new Map<symbol, (s: BatchOperationState<TResult>) => void>();
    let running: Promise<TResult> | undefined;

    const settle = (): TResult => {
      if (state!.status === "failed") throw state!.error ?? new Error(`${state!.operation} failed`);
      if (state!.status === "canceled") throw new Error("Operation was canceled");
      return state!.result as TResult;
    };

    const poller: BatchPoller<TResult> = {
      get operationState() {
        return state;
      },
      get result() {
        return state?.result;
      },
      isDone: () => DONE.has(state?.status ?? ""),
      getOperationState: () => state,
      getResult: () => state?.result,
      onProgress(callback): CancelOnProgress {
        const key = Symbol();
        handlers.set(key, callback);
        return () => {
          handlers.delete(key);
        };
      },
      async serialize() {
        await statePromise;
        const { error, ...rest } = state!;
        return JSON.stringify({
          state: error ? { ...rest, error: { message: error.message, name: error.name } } : rest,
        });
      },
      async submitted() {
        await statePromise;
      },
      async poll(pollOptions) {
        await statePromise;
        const s = state!;
        if (DONE.has(s.status)) {
          settle();
          return s;
        }
        const outcome = await spec.check(s, pollOptions?.abortSignal);
        if (outcome.resourceState !== undefined) s.resourceState = outcome.resourceState;
        if (outcome.transitional) s.sawTransition = true;
        if (outcome.status === "succeeded" && s.waitForTransition && !s.sawTransition) {
          // The transition has not started yet (tasks finishing first): keep polling.
        } else if (outcome.status === "succeeded") {
          s.status = "succeeded";
          s.result = outcome.result;
        } else if (outcome.status === "failed") {
          s.status = "failed";
          s.error = outcome.error;
        }
        for (const handler of handlers.values()) handler(s);
        settle();
        return s;
      },
      pollUntilDone(pollOptions) {
        running ??= (async () => {
          const abortSignal = pollOptions?.abortSignal ?? options.abortSignal;
          await statePromise;
          while (!poller.isDone()) {
            if (abortSignal?.aborted) throw new AbortError("The operation was aborted.");
            await poller.poll({ abortSignal });
            if (!poller.isDone()) await sleep(interval, abortSignal);
          }
          return settle();
        })().finally(() => {
          running = undefined;
        });
        return running;
      },
      then(onfulfilled, onrejected) {
        return poller.pollUntilDone().then(onfulfilled, onrejected);
      },
      catch(onrejected) {
        return poller.pollUntilDone().catch(onrejected);
      },
      finally(onfinally) {
        return poller.pollUntilDone().finally(onfinally);
      },
      [Symbol.toStringTag]: "Poller",
    };
    return poller;
  }
}

function describeIds(state: Partial<BatchOperationState<unknown>>): string {
  return (
    [
      state.poolId && `pool '${state.poolId}'`,
      state.nodeId && `node '${state.nodeId}'`,
      state.jobId && `job '${state.jobId}'`,
      state.jobScheduleId && `job schedule '${state.jobScheduleId}'`,
    ]
      .filter(Boolean)
      .join(", ") || "nothing"
  );
}

function parseState<TResult>(serialized: string): BatchOperationState<TResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(serialized);
  } catch {
    throw new Error("resumeFrom is not a serialized Batch poller state (not JSON).");
  }
  const state = (parsed as { state?: BatchOperationState<TResult> })?.state;
  if (!state || typeof state !== "object" || typeof state.operation !== "string" || typeof state.status !== "string") {
    throw new Error("resumeFrom is not a serialized Batch poller state.");
  }
  const saved = state.error as { message?: string; name?: string } | undefined;
  if (saved) {
    const error = new Error(saved.message ?? "The operation failed.");
    if (saved.name) error.name = saved.name;
    state.error = error;
  }
  return state;
}

// Backoff, jitter and Retry-After parsing shared by the throttling policy and by createTasks.
// Internal: nothing here is exported from the package.

import { AbortError, type AbortSignalLike } from "@azure/abort-controller";
import type { HttpHeaders } from "@azure/core-rest-pipeline";

/** Exponential backoff settings. */
export interface BackoffSettings {
  /** Delay before the first retry, before jitter (ms). */
  retryDelayInMs: number;
  /** Upper bound of any computed delay, before jitter (ms). */
  maxRetryDelayInMs: number;
}

/**
 * The delay before retry number `retry` (1 for the first retry): `retryDelayInMs * 2^(retry-1)`
 * capped at `maxRetryDelayInMs`, with "equal jitter" (a uniformly random value between half and
 * all of it), so clients throttled together do not come back together.
 */
export function backoffDelayInMs(retry: number, settings: BackoffSettings): number {
  const exponent = Math.min(Math.max(retry - 1, 0), 30);
  const capped = Math.min(settings.maxRetryDelayInMs, settings.retryDelayInMs * 2 ** exponent);
  return capped / 2 + Math.random() * (capped / 2);
}

/**
 * The wait a response asks for, in ms: `retry-after-ms`, `x-ms-retry-after-ms`, or `Retry-After`
 * (delta-seconds or an HTTP date). `undefined` when none is present or parseable.
 */
export function retryAfterInMs(headers: HttpHeaders | undefined): number | undefined {
  if (!headers) return undefined;
  for (const name of ["retry-after-ms", "x-ms-retry-after-ms"]) {
    const value = headers.get(name);
    if (value !== undefined && value.trim() !== "") {
      const ms = Number(value);
      if (Number.isFinite(ms) && ms >= 0) return ms;
    }
  }
  const retryAfter = headers.get("retry-after");
  if (retryAfter === undefined || retryAfter.trim() === "") return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Waits `ms` milliseconds; rejects with an `AbortError` as soon as `abortSignal` fires.
 */
export function sleep(ms: number, abortSignal?: AbortSignalLike): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (abortSignal?.aborted) {
      reject(new AbortError("The operation was aborted."));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new AbortError("The operation was aborted."));
    };
    const timer = setTimeout(
      () => {
        abortSignal?.removeEventListener("abort", onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    abortSignal?.addEventListener("abort", onAbort, { once: true });
  });
}

// Following a file while it grows: `BatchClient.followTaskFile` and `followNodeFile`.
//
// Each round: (1) is the writer finished? (the task completed; for node files the caller's
// `until`), checked BEFORE (2) reading the file's length with a HEAD, then (3) the bytes from the
// last offset to that length with `ocp-range: bytes=START-END` (at most `maxReadBytes` per
// request). Because (1) comes before (2), once the writer is finished and the offset has reached
// the length read after it, nothing more can be written: the iteration ends. Otherwise it waits
// (the interval grows while nothing new arrives and goes back to the start when bytes do).

import { AbortError, type AbortSignalLike } from "@azure/abort-controller";
import type { BatchOperations } from "../generated/api/operations.js";
import { createClientSideBatchError, isBatchError } from "./batchError.js";
import { sleep } from "./retryTiming.js";

/** Options of `BatchClient.followTaskFile`. */
export interface FollowFileOptions {
  /** Byte offset to start from (default 0): to resume, pass the bytes already received. */
  fromOffset?: number;
  /** First wait between two reads when nothing new was there, in ms (default 1,000). */
  pollIntervalInMs?: number;
  /** Largest wait between two reads, in ms (default 10,000). */
  maxPollIntervalInMs?: number;
  /** Most bytes asked for in one ranged read (default 4 MiB). */
  maxReadBytes?: number;
  /** Stops following: the iteration throws an `AbortError`. */
  abortSignal?: AbortSignalLike;
}

/** Options of `BatchClient.followNodeFile`. */
export interface FollowNodeFileOptions extends FollowFileOptions {
  /**
   * Says when the file is finished (no more writes): the iteration ends once it returns true and
   * the file has been read to its end. Without it the file is followed until `abortSignal`
   * fires, like `tail -f`.
   * @returns Whether the writer has finished.
   */
  until?: () => boolean | Promise<boolean>;
}

/** How to read one followed file. */
interface FollowedFile {
  finished(abortSignal: AbortSignalLike | undefined): Promise<boolean>;
  /** The length, or `undefined` while the file does not exist yet. */
  length(abortSignal: AbortSignalLike | undefined): Promise<FileLength>;
  read(start: number, end: number, abortSignal: AbortSignalLike | undefined): Promise<NodeJS.ReadableStream>;
}

async function* follow(file: FollowedFile, options: FollowFileOptions): AsyncGenerator<Uint8Array, void, undefined> {
  const minInterval = Math.max(0, options.pollIntervalInMs ?? 1_000);
  const maxInterval = Math.max(minInterval, options.maxPollIntervalInMs ?? 10_000);
  const maxRead = Math.max(1, options.maxReadBytes ?? 4 * 1024 * 1024);
  const signal = options.abortSignal;
  let offset = Math.max(0, options.fromOffset ?? 0);
  let interval = minInterval;
  let seen = false;
  for (;;) {
    if (signal?.aborted) throw new AbortError("Following the file was aborted.");
    const finished = await file.finished(signal);
    const { length, missing } = await file.length(signal);
    if (length !== undefined) seen = true;
    // The writer is done and the file never existed: a wrong name, not a file still to come.
    if (finished && length === undefined && !seen && missing) throw missing;
    let received = false;
    while (length !== undefined && offset < length) {
      const end = Math.min(length, offset + maxRead) - 1;
      const stream = await file.read(offset, end, signal);
      const before = offset;
      for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
        if (bytes.length === 0) continue;
        offset += bytes.length;
        received = true;
        yield bytes;
      }
      if (offset === before) break; // nothing came back: try again next round
    }
    if (finished && (length === undefined || offset >= length)) return;
    interval = received ? minInterval : Math.min(maxInterval, Math.round(interval * 1.5));
    await sleep(received ? 0 : interval, signal).catch(() => {
      throw new AbortError("Following the file was aborted.");
    });
  }
}

/** A file's current length, or why there is none yet (404: no file yet; 409: task not scheduled yet). */
interface FileLength {
  /** The length in bytes, when the file exists. */
  length?: number;
  /** The service's answer when the file (or the task's directory) does not exist yet. */
  missing?: Error;
}

async function lengthOrUndefined(read: () => Promise<{ contentLength?: number }>): Promise<FileLength> {
  let contentLength: number | undefined;
  try {
    contentLength = (await read()).contentLength;
  } catch (e) {
    if (isBatchError(e) && (e.statusCode === 404 || e.statusCode === 409)) return { missing: e };
    throw e;
  }
  // Without the length there is no telling what is new: not taken as 0 (an empty file, silently).
  if (contentLength === undefined || !Number.isSafeInteger(contentLength) || contentLength < 0) {
    throw createClientSideBatchError(
      "InvalidContentLength",
      "The file's properties came back without a valid Content-Length, so the file cannot be followed.",
      undefined,
    );
  }
  return { length: contentLength };
}

/**
 * Follows a task's file: see `BatchClient.followTaskFile`.
 * @internal
 */
export function followTaskFile(
  client: BatchOperations,
  jobId: string,
  taskId: string,
  filePath: string,
  options: FollowFileOptions = {},
): AsyncIterableIterator<Uint8Array> {
  return follow(
    {
      finished: async (abortSignal) =>
        (await client.getTask(jobId, taskId, { select: ["id", "state"], abortSignal })).state === "completed",
      length: (abortSignal) =>
        lengthOrUndefined(() => client.getTaskFileProperties(jobId, taskId, filePath, { abortSignal })),
      read: (start, end, abortSignal) =>
        client.downloadTaskFile(jobId, taskId, filePath, { ocpRange: `bytes=${start}-${end}`, abortSignal }),
    },
    options,
  );
}

/**
 * Follows a node's file: see `BatchClient.followNodeFile`.
 * @internal
 */
export function followNodeFile(
  client: BatchOperations,
  poolId: string,
  nodeId: string,
  filePath: string,
  options: FollowNodeFileOptions = {},
): AsyncIterableIterator<Uint8Array> {
  const until = options.until;
  return follow(
    {
      finished: async () => (until ? await until() : false),
      length: (abortSignal) =>
        lengthOrUndefined(() => client.getNodeFileProperties(poolId, nodeId, filePath, { abortSignal })),
      read: (start, end, abortSignal) =>
        client.downloadNodeFile(poolId, nodeId, filePath, { ocpRange: `bytes=${start}-${end}`, abortSignal }),
    },
    options,
  );
}

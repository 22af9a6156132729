/**
 * Reads a request body under a size cap, while it streams: as soon as the
 * bytes received (or the declared `Content-Length`) reach the cap, nothing
 * more is kept, and the caller answers 413 and closes the connection.
 */
import type { IncomingMessage } from "node:http";

/** Largest accepted request body: bodies of 1 MB (1,048,576 bytes) or more get 413 `RequestBodyTooLarge`. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Outcome of {@link readBody}. */
export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: "tooLarge" | "aborted" };

/**
 * Reads the body of `req`.
 * @param req - The request (its body not yet read).
 * @param maxBytes - The cap (exclusive).
 * @returns The body, or `tooLarge` as soon as the cap is reached (the stream is paused and left
 *   unread; the caller must close the connection), or `aborted` when the client went away.
 */
export function readBody(req: IncomingMessage, maxBytes: number = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared >= maxBytes) {
    req.pause();
    return Promise.resolve({ ok: false, reason: "tooLarge" });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult): void => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("aborted", onError);
      resolve(result);
    };
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size >= maxBytes) {
        chunks.length = 0;
        req.pause();
        finish({ ok: false, reason: "tooLarge" });
        return;
      }
      chunks.push(c);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks) });
    const onError = (): void => finish({ ok: false, reason: "aborted" });
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("aborted", onError);
  });
}

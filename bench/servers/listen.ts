/** Listening on loopback, for the bench's servers. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A server listening on 127.0.0.1, as the bench's child processes hand it to the parent. */
export interface ListeningServer {
  port: number;
  /** Facts for the parent process, sent with the port. */
  info?: Record<string, unknown>;
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 with long keep-alive, and resolves the port and `close`. */
export async function listenOnLoopback(server: Server): Promise<ListeningServer> {
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Reads a request body whole. */
export function readBody(req: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on("data", (d: Buffer) => parts.push(d));
    req.on("end", () => resolve(Buffer.concat(parts)));
    req.on("error", reject);
  });
}

/** Headers the Batch service sends on every response. */
export function batchHeaders(extra: Record<string, string | number> = {}): Record<string, string | number> {
  return {
    "request-id": crypto.randomUUID(),
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    dataserviceversion: "3.0",
    date: new Date().toUTCString(),
    ...extra,
  };
}

/** A Batch error body. */
export function notFound(res: import("node:http").ServerResponse): void {
  const body = JSON.stringify({
    "odata.metadata": "$metadata#Microsoft.Azure.Batch.Protocol.Entities.Container.errors/@Element",
    code: "ResourceNotFound",
    message: { lang: "en-US", value: "The specified resource does not exist." },
  });
  res.writeHead(
    404,
    batchHeaders({
      "content-type": "application/json;odata=minimalmetadata",
      "content-length": Buffer.byteLength(body),
    }),
  );
  res.end(body);
}

/** A keep-alive server answering `GET /pools/{id}` with a realistic pool (bench/fixtures/pool.json), over HTTP or HTTPS. */
import { readFileSync } from "node:fs";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { batchHeaders, listenOnLoopback, notFound, type ListeningServer } from "./listen.js";

/** Options of {@link startPoolServer}: a PEM key and certificate to serve HTTPS. */
export interface PoolServerOptions {
  tls?: { key: string; cert: string };
}

/** Starts the pool server on 127.0.0.1. */
export async function startPoolServer(options: PoolServerOptions = {}): Promise<ListeningServer> {
  const pool = JSON.parse(readFileSync(new URL("../fixtures/pool.json", import.meta.url), "utf8")) as {
    eTag: string;
    lastModified: string;
  };
  const body = Buffer.from(JSON.stringify(pool));
  const lastModified = new Date(pool.lastModified).toUTCString();
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    req.resume();
    if (req.method !== "GET" || !req.url?.startsWith("/pools/")) return notFound(res);
    res.writeHead(
      200,
      batchHeaders({
        "content-type": "application/json;odata=minimalmetadata",
        "content-length": body.length,
        etag: pool.eTag,
        "last-modified": lastModified,
      }),
    );
    res.end(body);
  };
  const server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, handler)
    : createHttpServer(handler);
  return listenOnLoopback(server);
}

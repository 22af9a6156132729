// A loopback HTTP server (127.0.0.1, port 0) that answers as a broken or hostile Batch service
// would, and the client the hostile suite points at it.

import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { AzureNamedKeyCredential, type TokenCredential } from "@azure/core-auth";
import { BatchClient, type BatchClientOptions } from "../../src/index.js";

/** The made-up account key of the suite (base64), never a real secret. */
export const HOSTILE_KEY = Buffer.from("hostile-suite-key-not-a-secret-0123456789abcdef").toString("base64");
/** The bearer token of the suite. */
export const HOSTILE_TOKEN = "hostile-suite-bearer-token-0123456789";

// A self-signed certificate for 127.0.0.1, made for this suite only (a bearer token is sent over TLS only).
const fixtures = new URL("./fixtures/", import.meta.url);
const TLS = {
  key: readFileSync(new URL("loopback-key.pem", fixtures)),
  cert: readFileSync(new URL("loopback-cert.pem", fixtures)),
};

/** The certificate clients of the suite trust (PEM). */
export const HOSTILE_CA = TLS.cert.toString();

/** A request as the server received it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
}

/** A running server. */
export interface HostileServer {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  /** Every request received, in order. */
  received: ReceivedRequest[];
  /** Stops the server and destroys every connection it has. */
  close(): Promise<void>;
}

/** How the server answers one request. */
export type Handler = (req: IncomingMessage, res: ServerResponse, server: HostileServer) => void;

/** Starts a server on 127.0.0.1, port 0 (`https` with the suite's certificate when `tls`). */
export async function startServer(handler: Handler, tls = false): Promise<HostileServer> {
  const sockets = new Set<Socket>();
  const server: Server = tls ? createTlsServer(TLS) : createServer();
  server.on(tls ? "secureConnection" : "connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const hostile: HostileServer = {
    url: `${tls ? "https" : "http"}://127.0.0.1:${port}`,
    received: [],
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    hostile.received.push({ method: req.method!, url: req.url!, headers: req.headers });
    req.resume();
    req.on("end", () => handler(req, res, hostile));
  });
  return hostile;
}

/** A TokenCredential that hands out {@link HOSTILE_TOKEN}. */
export const hostileTokenCredential: TokenCredential = {
  getToken: async () => ({ token: HOSTILE_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 }),
};

/** A client for `server` with small bounds: no retries, 200 ms per call. */
export function hostileClient(
  server: HostileServer,
  options: BatchClientOptions & { bearer?: boolean } = {},
): BatchClient {
  const { bearer, ...rest } = options;
  const credential = bearer ? hostileTokenCredential : new AzureNamedKeyCredential("hostile", HOSTILE_KEY);
  return new BatchClient(server.url, credential, {
    retryOptions: { maxRetries: 0 },
    requestTimeoutInMs: 200,
    tlsOptions: { ca: TLS.cert.toString() },
    ...rest,
  });
}

/** Writes a JSON answer. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; odata=minimalmetadata",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** Writes a body as given, with the given content type. */
export function sendRaw(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType?: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...(contentType ? { "content-type": contentType } : {}),
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

/** Sends headers, then one byte every `everyMs` until the connection is closed (never ends). */
export function drip(res: ServerResponse, contentType: string, everyMs = 40, length = 1_000_000): void {
  res.writeHead(200, { "content-type": contentType, "content-length": length });
  res.write("{");
  const timer = setInterval(() => {
    if (res.destroyed) clearInterval(timer);
    else res.write(" ");
  }, everyMs);
  res.on("close", () => clearInterval(timer));
}

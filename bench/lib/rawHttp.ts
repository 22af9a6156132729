/**
 * The floor for client overhead: a bare `node:http` (or `node:https`) keep-alive client sending
 * the same headers as azbatch, with a shared-key signature computed once (the signing cost is
 * measured on its own in case b).
 */
import { createHmac } from "node:crypto";
import { Agent as HttpAgent, request as httpRequest, type OutgoingHttpHeaders } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";

/** A response read whole. */
export interface RawResponse {
  status: number;
  body: Buffer;
}

/** A keep-alive client of one loopback server. */
export interface RawClient {
  request(method: string, path: string, headers?: OutgoingHttpHeaders, body?: string | Buffer): Promise<RawResponse>;
  close(): void;
}

/** Creates a raw keep-alive client of `origin` (`http://127.0.0.1:port` or `https://...` with `ca`). */
export function createRawClient(origin: string, options: { ca?: string; maxSockets?: number } = {}): RawClient {
  const url = new URL(origin);
  const secure = url.protocol === "https:";
  const agent = secure
    ? new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 64, ca: options.ca })
    : new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  const send = secure ? httpsRequest : httpRequest;
  return {
    request: (method, path, headers = {}, body) =>
      new Promise<RawResponse>((resolve, reject) => {
        const req = send({ host: url.hostname, port: url.port, method, path, agent, headers }, (res) => {
          const parts: Buffer[] = [];
          res.on("data", (d: Buffer) => parts.push(d));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts) }));
          res.on("error", reject);
        });
        req.on("error", reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}

/** The headers azbatch sends on a GET, with a fixed date and a shared-key signature computed once. */
export function batchGetHeaders(accountName: string, base64Key: string, path: string): OutgoingHttpHeaders {
  const date = new Date().toUTCString();
  const stringToSign = `GET\n\n\n\n\n\n\n\n\n\n\n\nocp-date:${date}\n/${accountName}${path.split("?")[0]}\napi-version:2026-10-01`;
  const signature = createHmac("sha256", Buffer.from(base64Key, "base64"))
    .update(stringToSign, "utf8")
    .digest("base64");
  return {
    accept: "application/json",
    "accept-encoding": "gzip,deflate",
    "user-agent": "azsdk-js-azbatch-rest/0.1.0 core-rest-pipeline/1.24.0 Node/20 OS/(x86_64-Linux)",
    "client-request-id": crypto.randomUUID(),
    "ocp-date": date,
    authorization: `SharedKey ${accountName}:${signature}`,
  };
}

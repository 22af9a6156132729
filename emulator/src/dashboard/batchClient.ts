/**
 * The dashboard's view of the Batch service: signed GET/HEAD requests sent
 * over loopback to the very server that received the dashboard request, so
 * that the dashboard sees exactly what any Batch client sees and depends on
 * nothing but the Batch REST protocol.
 */
import http from "node:http";
import https from "node:https";
import { signSharedKey } from "./signer.js";

/** The api-version the dashboard speaks to the Batch API. */
export const DASHBOARD_API_VERSION = "2026-10-01";

/** Most loopback requests in flight at once (an overview reads every pool's nodes and every job's counts). */
export const MAX_CONCURRENT_REQUESTS = 8;

/** Largest Batch response body the dashboard reads (a list page or a file slice). */
const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Where the Batch API listens: the local end of the dashboard request's connection. */
export interface LoopbackTarget {
  /** Local address, for example `127.0.0.1` or `::1`. */
  address: string;
  /** Local port. */
  port: number;
}

/** A Batch response as the dashboard reads it. */
export interface BatchReply {
  /** HTTP status. */
  status: number;
  /** Response headers (lower-case names). */
  headers: http.IncomingHttpHeaders;
  /** Body bytes. */
  body: Buffer;
}

/** A Batch API call failed; carries the service's status and error code, never a credential. */
export class BatchCallError extends Error {
  /**
   * @param status - HTTP status of the Batch response (0 when no response came).
   * @param code - Batch error code, or a short description.
   * @param message - Human-readable message.
   */
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "BatchCallError";
  }
}

/** Account credentials the dashboard signs with (kept server-side). */
export interface DashboardAccount {
  /** Account name. */
  name: string;
  /** Base64 account key. */
  key: string;
  /** Sent in {@link DASHBOARD_READ_HEADER}: the server then injects no faults into these reads. */
  readToken?: string;
}

/** Header naming the dashboard's own reads (its value is a per-server secret). */
export const DASHBOARD_READ_HEADER = "x-azbatch-dashboard-read";

/**
 * Reads the Batch API of one emulator on behalf of the dashboard.
 */
export class DashboardBatchClient {
  /**
   * @param account - Account to sign with.
   * @param target - The loopback address and port of the Batch API.
   * @param agent - Connection pool (keep-alive, at most {@link MAX_CONCURRENT_REQUESTS} sockets), shared by a dashboard's requests; an `https.Agent` when the server serves HTTPS.
   */
  constructor(
    private readonly account: DashboardAccount,
    private readonly target: LoopbackTarget,
    private readonly agent: http.Agent,
  ) {}

  /**
   * Sends one signed request.
   * @param method - `GET` or `HEAD`.
   * @param path - Percent-encoded path, for example `/jobs/j1/tasks`.
   * @param query - Query parameters besides `api-version`.
   * @param extraHeaders - Extra `ocp-*` headers (for example `ocp-range`).
   * @returns The status, headers and body, whatever the status.
   */
  send(
    method: "GET" | "HEAD",
    path: string,
    query: Record<string, string> = {},
    extraHeaders: Record<string, string> = {},
  ): Promise<BatchReply> {
    const params: [string, string][] = [["api-version", DASHBOARD_API_VERSION], ...Object.entries(query)];
    const search = new URLSearchParams(params).toString().replace(/\+/g, "%20");
    // A loopback name the Host check always serves (the address reached may be another 127.x, or
    // any address with --host 0.0.0.0), whichever address the request goes to.
    const host = this.target.address.includes(":") ? "[::1]" : "127.0.0.1";
    const headers: Record<string, string> = {
      host: `${host}:${this.target.port}`,
      "ocp-date": new Date().toUTCString(),
      accept: "application/json",
      ...extraHeaders,
    };
    if (this.account.readToken) headers[DASHBOARD_READ_HEADER] = this.account.readToken;
    headers.authorization = signSharedKey(
      { method, path, query: params, headers: { ...headers, "content-length": "" } },
      this.account.name,
      this.account.key,
    );
    const attempt = (retryOnStaleSocket: boolean): Promise<BatchReply> =>
      new Promise<BatchReply>((resolve, reject) => {
        const req = (this.agent instanceof https.Agent ? https : http).request(
          {
            host: this.target.address,
            port: this.target.port,
            method,
            path: `${path}?${search}`,
            headers,
            agent: this.agent,
          },
          (res) => {
            const chunks: Buffer[] = [];
            let size = 0;
            res.on("data", (chunk: Buffer) => {
              size += chunk.length;
              if (size > MAX_RESPONSE_BYTES) {
                res.destroy();
                reject(
                  new BatchCallError(
                    502,
                    "ResponseTooLarge",
                    `The Batch response to ${method} ${path} is larger than ${MAX_RESPONSE_BYTES} bytes.`,
                  ),
                );
                return;
              }
              chunks.push(chunk);
            });
            res.on("end", () =>
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
            );
            res.on("error", (e) => reject(new BatchCallError(0, "ConnectionFailed", e.message)));
          },
        );
        req.on("error", (e: NodeJS.ErrnoException) => {
          // A kept-alive socket the server closed meanwhile: these reads are idempotent, send once more.
          if (retryOnStaleSocket && req.reusedSocket && e.code === "ECONNRESET") resolve(attempt(false));
          else reject(new BatchCallError(0, "ConnectionFailed", e.message));
        });
        req.end();
      });
    return attempt(true);
  }

  /**
   * GETs a JSON resource.
   * @param path - Percent-encoded path.
   * @param query - Query parameters besides `api-version`.
   * @returns The parsed body.
   * @throws {@link BatchCallError} on a non-2xx status or a body that is not JSON.
   */
  async getJson(path: string, query: Record<string, string> = {}): Promise<Record<string, unknown>> {
    const reply = await this.send("GET", path, query);
    const parsed = parseJsonObject(reply.body);
    if (reply.status < 200 || reply.status > 299) throw errorOf(reply.status, parsed, `GET ${path}`);
    if (!parsed) throw new BatchCallError(502, "InvalidResponse", `GET ${path} did not answer a JSON object.`);
    return parsed;
  }

  /**
   * GETs every page of a list operation (following `odata.nextLink`, at most `maxItems` items).
   * @param path - Percent-encoded list path.
   * @param query - Query parameters besides `api-version` (`$select`, `$filter`).
   * @param maxItems - Stop after this many items.
   * @returns The items and whether more were left.
   */
  async list(
    path: string,
    query: Record<string, string>,
    maxItems: number,
  ): Promise<{ items: Record<string, unknown>[]; truncated: boolean }> {
    const items: Record<string, unknown>[] = [];
    let pageQuery: Record<string, string> = { ...query };
    for (;;) {
      const page = await this.getJson(path, pageQuery);
      const value = Array.isArray(page.value) ? page.value : [];
      for (const item of value) if (item && typeof item === "object") items.push(item as Record<string, unknown>);
      const next = typeof page["odata.nextLink"] === "string" ? page["odata.nextLink"] : undefined;
      if (!next) return { items, truncated: false };
      if (items.length >= maxItems) return { items: items.slice(0, maxItems), truncated: true };
      // Only the continuation parameters are taken from the link; the path and host stay ours.
      const link = new URL(next, "http://link.invalid");
      pageQuery = {};
      for (const [name, value] of link.searchParams) if (name !== "api-version") pageQuery[name] = value;
    }
  }
}

/** Parses a body as a JSON object, or returns undefined. */
function parseJsonObject(body: Buffer): Record<string, unknown> | undefined {
  if (body.length === 0) return undefined;
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Turns a Batch error response into a {@link BatchCallError}.
 * @param status - HTTP status.
 * @param body - Parsed body, when it was JSON.
 * @param what - The call, for the message.
 * @returns The error.
 */
export function errorOf(status: number, body: Record<string, unknown> | undefined, what: string): BatchCallError {
  const code = typeof body?.code === "string" ? body.code : `HTTP ${status}`;
  const messageObj = body?.message as { value?: unknown } | undefined;
  const message = typeof messageObj?.value === "string" ? messageObj.value : `${what} answered ${status}.`;
  return new BatchCallError(status, code, message);
}

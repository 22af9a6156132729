/**
 * The dashboard: a page at `/` and, under the reserved prefix `/_dashboard/`,
 * its bundled app and a read-only JSON API (see `api.ts`). It reads the
 * Batch API like any client, with signed loopback requests to the server
 * that received the dashboard request; the browser never sees the key.
 */
import { Agent, type IncomingMessage, type ServerResponse } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { DashboardApiError, fileSlice, overview, taskDetail, taskList } from "./api.js";
import { dashboardAssets } from "./assets.js";
import { BatchCallError, DashboardBatchClient, MAX_CONCURRENT_REQUESTS, type DashboardAccount } from "./batchClient.js";
import { isLoopbackAddress, isLoopbackHost } from "./hostCheck.js";
import { dashboardPage } from "./page.js";

/** The path prefix reserved for the dashboard (no Batch operation starts with `_`). */
export const DASHBOARD_PREFIX = "/_dashboard/";

/** A request handler of the dashboard. */
export type DashboardHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Headers on every dashboard response: no caching, no framing, no cross-origin use, scripts only from here. */
const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Resource-Policy": "same-origin",
  "Content-Security-Policy":
    "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "X-Frame-Options": "DENY",
};

/** The path of a request URL, without the query. */
function pathOf(url: string | undefined): string {
  const raw = url ?? "/";
  const q = raw.indexOf("?");
  return q >= 0 ? raw.slice(0, q) : raw;
}

/**
 * Whether a request is the dashboard's: `/` (and `/index.html`) or a path under {@link DASHBOARD_PREFIX}.
 * @param req - Incoming request.
 * @returns True when the dashboard handler should answer it.
 */
export function isDashboardRequest(req: IncomingMessage): boolean {
  const path = pathOf(req.url);
  return path === "/" || path === "/index.html" || path.startsWith(DASHBOARD_PREFIX);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, { ...COMMON_HEADERS, "Content-Type": type, "Content-Length": String(bytes.length) });
  res.end(head ? undefined : bytes);
}

function sendJson(res: ServerResponse, status: number, value: unknown, head: boolean): void {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value), head);
}

function sendError(res: ServerResponse, status: number, code: string, message: string, head: boolean): void {
  sendJson(res, status, { code, message }, head);
}

/** Decodes one path segment, or undefined when it is not valid percent-encoding or empty. */
function decodeSegment(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment);
    return value === "" ? undefined : value;
  } catch {
    return undefined;
  }
}

/** Routes one API path (after `/_dashboard/api/`) to its reader. */
async function answerApi(
  batch: DashboardBatchClient,
  account: DashboardAccount,
  rest: string,
  query: URLSearchParams,
): Promise<unknown> {
  const parts = rest.split("/").map(decodeSegment);
  if (parts.some((p) => p === undefined)) throw new DashboardApiError(404, "NotFound", "No such dashboard resource.");
  const [a, jobId, b, taskId, c, fileName, ...extra] = parts as string[];
  if (a === "overview" && parts.length === 1) return overview(batch, account.name);
  if (a === "jobs" && b === "tasks" && jobId !== undefined) {
    if (parts.length === 3) return taskList(batch, jobId);
    if (parts.length === 4) return taskDetail(batch, jobId, taskId!);
    if (c === "files" && fileName !== undefined && extra.length === 0)
      return fileSlice(batch, jobId, taskId!, fileName, query.get("offset"));
  }
  throw new DashboardApiError(404, "NotFound", "No such dashboard resource.");
}

/**
 * Creates the dashboard's request handler.
 * @param account - The account whose Batch API the dashboard reads (name and key stay server-side).
 * @param tls - When the server serves HTTPS: its certificate (PEM), trusted for the loopback reads.
 * @returns A handler for the requests {@link isDashboardRequest} accepts.
 */
export function createDashboardHandler(account: DashboardAccount, tls?: { ca: string }): DashboardHandler {
  // Idle sockets are closed by the server (its keep-alive timeout, or close()).
  const agent = tls
    ? new HttpsAgent({ keepAlive: true, maxSockets: MAX_CONCURRENT_REQUESTS, ca: tls.ca })
    : new Agent({ keepAlive: true, maxSockets: MAX_CONCURRENT_REQUESTS });
  const answer = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === "HEAD";
    if (!isLoopbackHost(req.headers.host) || !isLoopbackAddress(req.socket.remoteAddress)) {
      sendError(
        res,
        403,
        "DashboardLoopbackOnly",
        "The dashboard answers only requests from this machine addressed to localhost, 127.0.0.1 or [::1].",
        head,
      );
      return;
    }
    if (req.method !== "GET" && !head) {
      res.setHeader("Allow", "GET, HEAD");
      sendError(res, 405, "MethodNotAllowed", "The dashboard is read-only: use GET.", false);
      return;
    }
    const url = new URL(req.url ?? "/", "http://dashboard.invalid");
    const path = url.pathname;
    if (path === "/" || path === "/index.html") {
      send(res, 200, "text/html; charset=utf-8", dashboardPage(account.name), head);
      return;
    }
    if (path === `${DASHBOARD_PREFIX}app.js` || path === `${DASHBOARD_PREFIX}app.css`) {
      const assets = await dashboardAssets();
      if (path.endsWith(".js")) send(res, 200, "text/javascript; charset=utf-8", assets.js, head);
      else send(res, 200, "text/css; charset=utf-8", assets.css, head);
      return;
    }
    const apiPrefix = `${DASHBOARD_PREFIX}api/`;
    if (path.startsWith(apiPrefix)) {
      const local = req.socket.localAddress ?? "127.0.0.1";
      const target = { address: local.startsWith("::ffff:") ? local.slice(7) : local, port: req.socket.localPort ?? 0 };
      const batch = new DashboardBatchClient(account, target, agent);
      sendJson(res, 200, await answerApi(batch, account, path.slice(apiPrefix.length), url.searchParams), head);
      return;
    }
    sendError(res, 404, "NotFound", "No such dashboard resource.", head);
  };
  return (req, res) => {
    // The dashboard reads no body; drain it so that the connection stays usable.
    req.resume();
    answer(req, res).catch((e: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const head = req.method === "HEAD";
      if (e instanceof DashboardApiError) sendError(res, e.status, e.code, e.message, head);
      else if (e instanceof BatchCallError)
        sendError(res, e.status >= 400 && e.status < 500 ? e.status : 502, e.code, e.message, head);
      else sendError(res, 500, "DashboardError", e instanceof Error ? e.message : String(e), head);
    });
  };
}

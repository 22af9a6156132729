/**
 * The HTTP server: reads the body (1 MB limit), verifies auth, checks
 * `api-version`, routes by method and path template and turns thrown
 * {@link BatchServiceError}s into Batch error responses.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { verifyRequest } from "./auth.js";
import { RequestContext, safeDecode } from "./context.js";
import { createDashboardHandler, isDashboardRequest } from "./dashboard/index.js";
import { BatchServiceError, errorBody } from "./errors.js";
import type { Account } from "./state/account.js";

/** The api-version this emulator speaks. */
export const API_VERSION = "2026-10-01";

/**
 * Every api-version the emulator accepts. 2025-06-01 requests get the 2026-10-01 behaviour: the
 * operations the SDK regenerated for 2025-06-01 uses are the same, and responses only add fields.
 */
export const SUPPORTED_API_VERSIONS: readonly string[] = [API_VERSION, "2025-06-01"];

/** Largest accepted request body: bodies of 1 MB or more get 413 `RequestBodyTooLarge`. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** A request handler. */
export type Handler = (ctx: RequestContext) => void | Promise<void>;

/** One operation: method, path template (`/pools/{poolId}`, `/.../files/{*filePath}`) and handler. */
export interface Route {
  /** HTTP method. */
  method: string;
  /** Path template. */
  path: string;
  /** Handler. */
  handler: Handler;
}

interface CompiledRoute extends Route {
  segments: string[];
}

/** Server options. */
export interface ServerOptions {
  /** The account served. */
  account: Account;
  /** Accept any bearer token. */
  allowAnyToken: boolean;
  /** All operations. */
  routes: Route[];
  /** Serve the dashboard at `/` and under `/_dashboard/` (default true). */
  dashboard?: boolean;
}

function match(route: CompiledRoute, segments: string[]): { params: Record<string, string>; rest: string[] } | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < route.segments.length; i++) {
    const pat = route.segments[i]!;
    if (pat.startsWith("{*")) {
      const rest = segments.slice(i);
      if (rest.length === 0) return undefined;
      return { params, rest };
    }
    const seg = segments[i];
    if (seg === undefined) return undefined;
    if (pat.startsWith("{")) {
      const value = safeDecode(seg);
      if (value === "") return undefined;
      params[pat.slice(1, -1)] = value;
    } else if (pat.toLowerCase() !== seg.toLowerCase()) {
      return undefined;
    }
  }
  return segments.length === route.segments.length ? { params, rest: [] } : undefined;
}

function readBody(req: IncomingMessage): Promise<{ body: Buffer; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size >= MAX_BODY_BYTES) tooLarge = true;
      if (!tooLarge) chunks.push(c);
    });
    req.on("end", () => resolve({ body: tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge }));
    req.on("error", reject);
  });
}

/**
 * Creates the HTTP server (not yet listening).
 * @param options - Account, auth policy and routes.
 * @returns The Node server.
 */
export function createBatchServer(options: ServerOptions): Server {
  const { account } = options;
  const routes: CompiledRoute[] = options.routes.map((r) => ({ ...r, segments: r.path.split("/").filter((s) => s !== "") }));

  const sendError = (ctx: RequestContext, err: BatchServiceError): void => {
    if (ctx.res.headersSent) {
      ctx.res.destroy();
      return;
    }
    if (err.status === 304 || ctx.method === "HEAD") {
      ctx.sendEmpty(err.status);
      return;
    }
    ctx.sendJson(err.status, errorBody(account.endpoint, err, ctx.requestId, new Date()));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const ctx = new RequestContext(account, req, res, randomUUID());
    try {
      const { body, tooLarge } = await readBody(req);
      ctx.body = body;
      const auth = verifyRequest({ method: ctx.method, url: req.url ?? "/", headers: req.headers }, {
        accountName: account.name,
        accountKey: account.key,
        allowAnyToken: options.allowAnyToken,
        now: new Date(),
      });
      if (!auth.ok) {
        throw new BatchServiceError(403, "AuthenticationFailed", "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.", [
          { key: "AuthenticationErrorDetail", value: auth.detail },
        ]);
      }
      const version = ctx.q("api-version");
      if (version === undefined) {
        throw new BatchServiceError(400, "MissingRequiredQueryParameter", "A query parameter that's mandatory for this request is not specified.", [{ key: "QueryParameterName", value: "api-version" }]);
      }
      if (!SUPPORTED_API_VERSIONS.includes(version)) {
        throw new BatchServiceError(400, "UnsupportedRequestVersion", `The specified api-version '${version}' is not supported; the emulator speaks ${SUPPORTED_API_VERSIONS.join(", ")}.`, [
          { key: "QueryParameterName", value: "api-version" },
          { key: "QueryParameterValue", value: version },
        ]);
      }
      const segments = ctx.rawPath.split("/").filter((s) => s !== "");
      let pathMatched = false;
      for (const route of routes) {
        const m = match(route, segments);
        if (!m) continue;
        pathMatched = true;
        if (route.method !== ctx.method) continue;
        if (tooLarge) throw new BatchServiceError(413, "RequestBodyTooLarge", "The request body is too large and exceeds the maximum permissible limit.", [{ key: "MaxLimit", value: String(MAX_BODY_BYTES) }]);
        ctx.params = m.params;
        ctx.restSegments = m.rest;
        await route.handler(ctx);
        return;
      }
      if (pathMatched) throw new BatchServiceError(405, "UnsupportedHttpVerb", `The resource doesn't support the specified HTTP verb ${ctx.method}.`);
      throw new BatchServiceError(404, "ResourceNotFound", "The specified resource does not exist.", [{ key: "Path", value: ctx.rawPath }]);
    } catch (e) {
      if (e instanceof BatchServiceError) sendError(ctx, e);
      else sendError(ctx, new BatchServiceError(500, "InternalError", `Server encountered an internal error: ${e instanceof Error ? e.message : String(e)}`));
    }
  };

  const dashboard = options.dashboard === false ? undefined : createDashboardHandler({ name: account.name, key: account.key });
  const server = createServer((req, res) => {
    // Dashboard: `/` and `/_dashboard/...` go to its own handler (loopback only, read-only, no
    // body); every other request is the Batch API's. Sits after intake checks that concern every
    // request and before body reading and authentication.
    if (dashboard && isDashboardRequest(req)) {
      dashboard(req, res);
      return;
    }
    void handle(req, res);
  });
  server.keepAliveTimeout = 5000;
  return server;
}

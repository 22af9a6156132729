/**
 * The HTTP(S) server's front door, in this order: `Host` check (DNS
 * rebinding), authentication (headers only: no body byte is read before),
 * `api-version`, routing, injected faults, the body (read under its cap while
 * it streams), its nesting limit, then the handler; thrown
 * {@link BatchServiceError}s become Batch error responses.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import {
  checkApiVersion,
  hasRetiredPropertyCheck,
  LATEST_API_VERSION,
  refuseRetiredProperties,
  SUPPORTED_API_VERSIONS as VERSIONS,
} from "./apiVersions.js";
import { verifyRequest } from "./auth.js";
import { MAX_BODY_BYTES as BODY_CAP, readBody } from "./bodyReader.js";
import { RequestContext, safeDecode } from "./context.js";
import { DASHBOARD_READ_HEADER } from "./dashboard/batchClient.js";
import { createDashboardHandler, isDashboardRequest } from "./dashboard/index.js";
import { BatchServiceError, errorBody } from "./errors.js";
import { faultAnswer, FaultInjector, parseFaultSpec, type Sleep } from "./faults.js";
import { createHostCheck } from "./hostCheck.js";
import { jsonDepth, MAX_JSON_DEPTH } from "./jsonDepth.js";
import type { Account } from "./state/account.js";

/** The api-version this emulator speaks. */
export const API_VERSION = LATEST_API_VERSION;

/** Every api-version the emulator accepts (see `apiVersions.ts`). */
export const SUPPORTED_API_VERSIONS: readonly string[] = VERSIONS;

/** Largest accepted request body: bodies of 1 MB or more get 413 `RequestBodyTooLarge`. */
export const MAX_BODY_BYTES = BODY_CAP;

/** Path of the fault-injection admin endpoint (GET, PUT, DELETE; signed like any request). */
export const FAULTS_PATH = "/_emulator/faults";

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
  /** Development OAuth mode (`oauth.ts`). */
  oauth?: "basic";
  /** All operations. */
  routes: Route[];
  /** Host names served besides the loopback ones (`hostCheck.ts`). */
  hostNames?: readonly string[];
  /** Serve HTTPS with this certificate and key (PEM). */
  tls?: { cert: string; key: string };
  /** Injected faults (default: none). */
  faults?: FaultInjector;
  /** Timer of injected latency (default: the account's clock). */
  sleep?: Sleep;
  /** Serve the dashboard at `/` and under `/_dashboard/` (default true). */
  dashboard?: boolean;
}

function match(
  route: CompiledRoute,
  segments: string[],
): { params: Record<string, string>; rest: string[] } | undefined {
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

/**
 * Creates the HTTP or HTTPS server (not yet listening).
 * @param options - Account, auth policy, routes, host names, TLS and faults.
 * @returns The Node server.
 */
export function createBatchServer(options: ServerOptions): Server {
  const { account } = options;
  const routes: CompiledRoute[] = options.routes.map((r) => ({
    ...r,
    segments: r.path.split("/").filter((s) => s !== ""),
  }));

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

  const hostAllowed = createHostCheck(options.hostNames ?? []);
  const faults = options.faults ?? new FaultInjector();
  /** Marks the dashboard's loopback reads (a per-server secret: no client can claim it). */
  const dashboardReadToken = randomBytes(18).toString("base64url");
  const sleep: Sleep = options.sleep ?? ((ms) => new Promise<void>((resolve) => account.clock.setTimer(ms, resolve)));

  /** Answers an error and closes the connection (used when the body is left unread). */
  const sendErrorAndClose = (ctx: RequestContext, err: BatchServiceError): void => {
    ctx.res.setHeader("Connection", "close");
    sendError(ctx, err);
    // Drain a bounded amount so the client can read the answer, then cut the connection.
    let drained = 0;
    ctx.req.on("data", (c: Buffer) => {
      drained += c.length;
      if (drained > 4 * MAX_BODY_BYTES) ctx.req.socket.destroy();
    });
    ctx.req.resume();
  };

  /** Reads the body under its cap and nesting limit; answers 413/400 itself and returns false on failure. */
  const takeBody = async (ctx: RequestContext): Promise<boolean> => {
    // A client waiting for `100 Continue` sends its body only now, after authentication.
    if ((ctx.req.headers.expect ?? "").toLowerCase() === "100-continue" && !ctx.res.headersSent)
      ctx.res.writeContinue();
    const result = await readBody(ctx.req, MAX_BODY_BYTES);
    if (!result.ok) {
      if (result.reason === "aborted") ctx.req.socket.destroy();
      else
        sendErrorAndClose(
          ctx,
          new BatchServiceError(
            413,
            "RequestBodyTooLarge",
            "The request body is too large and exceeds the maximum permissible limit.",
            [{ key: "MaxLimit", value: String(MAX_BODY_BYTES) }],
          ),
        );
      return false;
    }
    ctx.body = result.body;
    if (jsonDepth(result.body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      throw new BatchServiceError(400, "InvalidRequestBody", "The specified Request Body is not syntactically valid.", [
        { key: "Reason", value: `JSON values may be nested at most ${MAX_JSON_DEPTH} levels deep.` },
      ]);
    }
    return true;
  };

  const handleFaultsAdmin = async (ctx: RequestContext): Promise<void> => {
    if (ctx.method === "GET") {
      ctx.sendJson(200, faults.status() as never);
    } else if (ctx.method === "PUT") {
      if (!(await takeBody(ctx))) return;
      faults.set(parseFaultSpec(ctx.json()));
      ctx.sendJson(200, faults.status() as never);
    } else if (ctx.method === "DELETE") {
      faults.set({ rules: [] });
      ctx.sendEmpty(204);
    } else {
      throw new BatchServiceError(
        405,
        "UnsupportedHttpVerb",
        `The resource doesn't support the specified HTTP verb ${ctx.method}.`,
      );
    }
  };

  /** Runs the handler but answers nothing: the connection is cut once the work is done. */
  const runThenDrop = async (ctx: RequestContext, handler: Handler): Promise<void> => {
    const res = ctx.res;
    const cut = (): void => {
      res.socket?.destroy();
    };
    res.writeHead = (() => res) as never;
    res.setHeader = (() => res) as never;
    res.write = (() => true) as never;
    res.end = ((..._args: unknown[]) => {
      cut();
      return res;
    }) as never;
    try {
      await handler(ctx);
    } finally {
      cut();
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const ctx = new RequestContext(account, req, res, randomUUID());
    try {
      if (!hostAllowed(req.headers.host)) {
        sendErrorAndClose(
          ctx,
          new BatchServiceError(
            400,
            "InvalidHeaderValue",
            "The value for one of the HTTP headers is not in the correct format.",
            [
              { key: "HeaderName", value: "Host" },
              {
                key: "Reason",
                value:
                  "This host name is not served; the emulator serves only its own names (add one with --host-name).",
              },
            ],
          ),
        );
        return;
      }
      const auth = verifyRequest(
        { method: ctx.method, url: req.url ?? "/", headers: req.headers },
        {
          accountName: account.name,
          accountKey: account.key,
          allowAnyToken: options.allowAnyToken,
          oauth: options.oauth,
          now: new Date(),
        },
      );
      if (!auth.ok) {
        sendErrorAndClose(
          ctx,
          new BatchServiceError(
            403,
            "AuthenticationFailed",
            "Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.",
            [{ key: "AuthenticationErrorDetail", value: auth.detail }],
          ),
        );
        return;
      }
      if (ctx.rawPath.toLowerCase() === FAULTS_PATH) {
        await handleFaultsAdmin(ctx);
        return;
      }
      checkApiVersion(ctx.q("api-version"));
      const segments = ctx.rawPath.split("/").filter((s) => s !== "");
      let pathMatched = false;
      for (const route of routes) {
        const m = match(route, segments);
        if (!m) continue;
        pathMatched = true;
        if (route.method !== ctx.method) continue;
        const operation = `${route.method} ${route.path}`;
        // The dashboard's own reads are not the client under test: they get no faults and leave the seeded sequence alone.
        const fate =
          req.headers[DASHBOARD_READ_HEADER] === dashboardReadToken
            ? { delayMs: 0, retryAfterSeconds: 1 }
            : faults.decide(operation);
        if (fate.kind === "dropBefore") {
          req.socket.destroy();
          return;
        }
        if (!(await takeBody(ctx))) return;
        if (hasRetiredPropertyCheck(operation) && ctx.body.length > 0) refuseRetiredProperties(operation, ctx.json());
        if (fate.delayMs > 0) await sleep(fate.delayMs);
        if (fate.kind !== undefined && fate.kind !== "dropAfter") {
          const { error, headers } = faultAnswer(fate.kind, fate.retryAfterSeconds);
          for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
          sendError(ctx, error);
          return;
        }
        ctx.params = m.params;
        ctx.restSegments = m.rest;
        if (fate.kind === "dropAfter") await runThenDrop(ctx, route.handler);
        else await route.handler(ctx);
        return;
      }
      if (pathMatched)
        throw new BatchServiceError(
          405,
          "UnsupportedHttpVerb",
          `The resource doesn't support the specified HTTP verb ${ctx.method}.`,
        );
      throw new BatchServiceError(404, "ResourceNotFound", "The specified resource does not exist.", [
        { key: "Path", value: ctx.rawPath },
      ]);
    } catch (e) {
      if (e instanceof BatchServiceError) sendError(ctx, e);
      else
        sendError(
          ctx,
          new BatchServiceError(
            500,
            "InternalError",
            `Server encountered an internal error: ${withoutDescriptorPaths(e instanceof Error ? e.message : String(e))}`,
          ),
        );
    }
  };

  const dashboard =
    options.dashboard === false
      ? undefined
      : createDashboardHandler(
          { name: account.name, key: account.key, readToken: dashboardReadToken },
          options.tls ? { ca: options.tls.cert } : undefined,
        );
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    // Dashboard: `/` and `/_dashboard/...` go to its own handler (loopback only, read-only, no
    // body); every other request is the Batch API's.
    if (dashboard && isDashboardRequest(req)) {
      dashboard(req, res);
      return;
    }
    void handle(req, res);
  };
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener)
    : createServer(listener);
  // Handle `Expect: 100-continue` requests ourselves: `100 Continue` goes out only once the body is wanted.
  server.on("checkContinue", listener);
  server.keepAliveTimeout = 5000;
  return server;
}

/**
 * An internal error's message without the descriptor paths the emulator reaches files through
 * (`/proc/self/fd/<n>/...`, emulator/src/fs/safeFs.ts): they name nothing a client knows.
 * @param message - The message.
 * @returns The message, each such path replaced by a phrase.
 * @internal
 */
export function withoutDescriptorPaths(message: string): string {
  return message.replace(/'?\/proc\/(?:self|\d+)\/fd\/\d+(?:\/[^'\s]*)?'?/g, "(a file of the data directory)");
}

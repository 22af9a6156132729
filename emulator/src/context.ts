/**
 * One request being served: parsed path and query, the body, conditional
 * header checks and response writers that add the service's headers. Every
 * writer first commits the account's changes, so that what a response
 * reports is durable before the client sees it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { BatchServiceError } from "./errors.js";
import type { Account } from "./state/account.js";
import type { Json, Versioned } from "./state/model.js";

/** JSON content type of Batch responses. */
export const JSON_CONTENT_TYPE = "application/json;odata=minimalmetadata";

/** A request with everything the handlers need. */
export class RequestContext {
  /** The account served. */
  readonly account: Account;
  /** Node request. */
  readonly req: IncomingMessage;
  /** Node response. */
  readonly res: ServerResponse;
  /** This response's `request-id`. */
  readonly requestId: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** Raw path as sent (percent-encoded). */
  readonly rawPath: string;
  /** Query parameters by lower-cased name (first value). */
  readonly query: ReadonlyMap<string, string>;
  /** The query as sent, names and values decoded, in order. */
  readonly queryList: ReadonlyArray<[string, string]>;
  /** Path parameters of the matched route, decoded. */
  params: Record<string, string> = {};
  /** Raw (still encoded) segments matched by a `{*rest}` route parameter. */
  restSegments: string[] = [];
  /** Raw body bytes. */
  body: Buffer = Buffer.alloc(0);

  /**
   * @param account - The account.
   * @param req - Node request.
   * @param res - Node response.
   * @param requestId - `request-id` for the response.
   */
  constructor(account: Account, req: IncomingMessage, res: ServerResponse, requestId: string) {
    this.account = account;
    this.req = req;
    this.res = res;
    this.requestId = requestId;
    this.method = (req.method ?? "GET").toUpperCase();
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    this.rawPath = q >= 0 ? url.slice(0, q) : url;
    const list: [string, string][] = [];
    const map = new Map<string, string>();
    if (q >= 0) {
      for (const part of url.slice(q + 1).split("&")) {
        if (part === "") continue;
        const eq = part.indexOf("=");
        const name = safeDecode((eq >= 0 ? part.slice(0, eq) : part).replace(/\+/g, " "));
        const value = safeDecode((eq >= 0 ? part.slice(eq + 1) : "").replace(/\+/g, " "));
        list.push([name, value]);
        if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), value);
      }
    }
    this.query = map;
    this.queryList = list;
  }

  /** A query parameter by case-insensitive name. */
  q(name: string): string | undefined {
    return this.query.get(name.toLowerCase());
  }

  /** A request header (lower-case name), first value. */
  header(name: string): string | undefined {
    const v = this.req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  }

  /** Base URL the client used (`http(s)://host:port`; the server serves only its own host names), for `odata.nextLink`. */
  get baseUrl(): string {
    const host = this.header("host");
    return host ? `${this.account.endpoint.startsWith("https:") ? "https" : "http"}://${host}` : this.account.endpoint;
  }

  /**
   * The body parsed as JSON.
   * @throws BatchServiceError 400 `InvalidRequestBody` when it is not JSON (an empty body is `{}`-less: `undefined`).
   */
  json(): unknown {
    if (this.body.length === 0) return undefined;
    try {
      return JSON.parse(this.body.toString("utf8"));
    } catch (e) {
      throw new BatchServiceError(400, "InvalidRequestBody", "The specified Request Body is not syntactically valid.", [
        { key: "Reason", value: e instanceof Error ? e.message : String(e) },
      ]);
    }
  }

  /** Headers every response carries. */
  standardHeaders(): Record<string, string> {
    const h: Record<string, string> = { "request-id": this.requestId, DataServiceVersion: "3.0" };
    const crid = this.header("client-request-id");
    if (crid && (this.header("return-client-request-id") ?? "").toLowerCase() === "true") h["client-request-id"] = crid;
    return h;
  }

  /** ETag and Last-Modified headers of a resource. */
  static versionHeaders(r: Versioned): Record<string, string> {
    return { ETag: r.etag, "Last-Modified": r.lastModified.toUTCString() };
  }

  /**
   * Sends a JSON response.
   * @param status - Status code.
   * @param body - Body object.
   * @param headers - Extra headers.
   */
  sendJson(status: number, body: Json, headers: Record<string, string> = {}): void {
    this.account.commit();
    const text = JSON.stringify(body);
    this.res.writeHead(status, {
      ...this.standardHeaders(),
      ...headers,
      "Content-Type": JSON_CONTENT_TYPE,
      "Content-Length": String(Buffer.byteLength(text)),
    });
    this.res.end(this.method === "HEAD" ? undefined : text);
  }

  /**
   * Sends a response without body.
   * @param status - Status code.
   * @param headers - Extra headers.
   */
  sendEmpty(status: number, headers: Record<string, string> = {}): void {
    this.account.commit();
    this.res.writeHead(status, {
      ...this.standardHeaders(),
      ...headers,
      ...(status === 304 ? {} : { "Content-Length": "0" }),
    });
    this.res.end();
  }

  /**
   * Sends raw bytes (file content).
   * @param status - Status code.
   * @param headers - Headers (Content-Type, Content-Length, ...).
   * @param data - Bytes, omitted for HEAD.
   */
  sendBytes(status: number, headers: Record<string, string>, data: Buffer | undefined): void {
    this.account.commit();
    this.res.writeHead(status, { ...this.standardHeaders(), ...headers });
    this.res.end(this.method === "HEAD" ? undefined : data);
  }

  /**
   * Applies If-Match, If-None-Match, If-Modified-Since and If-Unmodified-Since.
   * Reads (GET/HEAD) answer 304 for If-None-Match / If-Modified-Since and 412
   * for the others; writes answer 412. Code `ConditionNotMet`.
   * @param r - The resource's current version.
   * @throws BatchServiceError 304 or 412 `ConditionNotMet`.
   */
  checkConditions(r: Versioned | undefined): void {
    const read = this.method === "GET" || this.method === "HEAD";
    const failed = (status: number, which: string): BatchServiceError =>
      new BatchServiceError(
        status,
        "ConditionNotMet",
        "The condition specified using HTTP conditional header(s) is not met.",
        [{ key: "Header", value: which }],
      );
    const etagList = (v: string): string[] => v.split(",").map((s) => s.trim());
    const ifMatch = this.header("if-match");
    if (ifMatch !== undefined) {
      const tags = etagList(ifMatch);
      if (!r || !(tags.includes("*") || tags.includes(r.etag))) throw failed(412, "If-Match");
    }
    const ifNoneMatch = this.header("if-none-match");
    if (ifNoneMatch !== undefined && r) {
      const tags = etagList(ifNoneMatch);
      if (tags.includes("*") || tags.includes(r.etag)) throw failed(read ? 304 : 412, "If-None-Match");
    }
    const seconds = (d: Date): number => Math.floor(d.getTime() / 1000);
    const ius = this.header("if-unmodified-since");
    if (ius !== undefined && r) {
      const t = Date.parse(ius);
      if (Number.isNaN(t))
        throw new BatchServiceError(
          400,
          "InvalidHeaderValue",
          "The value for one of the HTTP headers is not in the correct format.",
          [{ key: "HeaderName", value: "If-Unmodified-Since" }],
        );
      if (seconds(r.lastModified) > Math.floor(t / 1000)) throw failed(412, "If-Unmodified-Since");
    }
    const ims = this.header("if-modified-since");
    if (ims !== undefined && r) {
      const t = Date.parse(ims);
      if (Number.isNaN(t))
        throw new BatchServiceError(
          400,
          "InvalidHeaderValue",
          "The value for one of the HTTP headers is not in the correct format.",
          [{ key: "HeaderName", value: "If-Modified-Since" }],
        );
      if (seconds(r.lastModified) <= Math.floor(t / 1000)) throw failed(read ? 304 : 412, "If-Modified-Since");
    }
  }
}

/** decodeURIComponent that leaves malformed escapes as they are. */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The emulator's own verifier of Batch shared-key signatures and bearer tokens
 * (algorithm: docs/protocol.md, "Shared key"). It accepts every variant real
 * SDKs produce: an empty body's Content-Length signed as `0` or as empty,
 * query names as sent or lower-cased, repeated query values one line each or
 * comma-joined, and `+` in the query read as a space or kept.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { checkBearerToken } from "./oauth.js";

/** How far `ocp-date`/`Date` may be from the server clock: 15 minutes. */
export const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

/** The parts of a request that a shared-key signature covers. */
export interface SignableRequest {
  /** HTTP method, upper case. */
  method: string;
  /** The request target as sent: path and query, percent-encoded. */
  url: string;
  /** Request headers with lower-cased names (as Node gives them). */
  headers: IncomingHttpHeaders;
}

/** The account and policy a request is checked against. */
export interface AuthPolicy {
  /** Account name. */
  accountName: string;
  /** Base64 account key. */
  accountKey: string;
  /** Accept any `Authorization: Bearer` token. */
  allowAnyToken: boolean;
  /** Development OAuth mode: accept bearer JWTs for the Batch resource (`oauth.ts`; signatures not checked). */
  oauth?: "basic";
  /** The server's clock, for the date check. */
  now: Date;
}

/** Outcome of {@link verifyRequest}. */
export type AuthResult = { ok: true; scheme: "SharedKey" | "Bearer" } | { ok: false; detail: string };

/** Choices where SDKs differ in building the string to sign. */
export interface SigningVariant {
  /** Signed Content-Length for an empty body: `"0"` or `""`. */
  emptyContentLength: "0" | "";
  /** Lower-case query parameter names (.NET) or keep them as sent (JS). */
  lowerCaseQueryNames: boolean;
  /** Repeated query parameters: one line per value (JS) or comma-joined (.NET). */
  repeatedValues: "lines" | "comma";
  /** Read `+` in the query as a space (form encoding) or keep it. */
  plusAsSpace: boolean;
  /** Use the path as sent (percent-encoded) or decoded. */
  decodedPath: boolean;
}

/** The standard headers whose values are signed, in signing order. */
export const SIGNED_HEADERS = [
  "content-encoding",
  "content-language",
  "content-length",
  "content-md5",
  "content-type",
  "date",
  "if-modified-since",
  "if-match",
  "if-none-match",
  "if-unmodified-since",
  "range",
] as const;

function header(headers: IncomingHttpHeaders, name: string): string {
  const v = headers[name];
  if (v === undefined) return "";
  return Array.isArray(v) ? v.join(",") : v;
}

function decodeQueryPart(s: string, plusAsSpace: boolean): string {
  const t = plusAsSpace ? s.replace(/\+/g, " ") : s;
  try {
    return decodeURIComponent(t);
  } catch {
    return t;
  }
}

/**
 * Builds the shared-key string to sign for one {@link SigningVariant}.
 * @param req - The request.
 * @param accountName - Account name used in the canonicalized resource.
 * @param variant - The SDK variant to reproduce.
 * @returns The string to sign.
 */
export function stringToSign(req: SignableRequest, accountName: string, variant: SigningVariant): string {
  let out = req.method.toUpperCase() + "\n";
  for (const name of SIGNED_HEADERS) {
    let v = header(req.headers, name);
    if (name === "content-length" && (v === "" || v === "0")) v = variant.emptyContentLength;
    out += v + "\n";
  }
  const ocp = Object.keys(req.headers)
    .map((n) => n.toLowerCase())
    .filter((n) => n.startsWith("ocp-"))
    .sort();
  for (const name of ocp) {
    const v = header(req.headers, name);
    if (v !== "") out += `${name}:${v}\n`;
  }
  const q = req.url.indexOf("?");
  let path = q >= 0 ? req.url.slice(0, q) : req.url;
  if (variant.decodedPath) path = decodeQueryPart(path, false);
  out += `/${accountName}${path}`;
  const query = q >= 0 ? req.url.slice(q + 1) : "";
  const params = new Map<string, string[]>();
  for (const part of query.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    let name = decodeQueryPart(eq >= 0 ? part.slice(0, eq) : part, variant.plusAsSpace);
    const value = eq >= 0 ? decodeQueryPart(part.slice(eq + 1), variant.plusAsSpace) : "";
    if (variant.lowerCaseQueryNames) name = name.toLowerCase();
    const list = params.get(name);
    if (list) list.push(value);
    else params.set(name, [value]);
  }
  const names = [...params.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const values = params.get(name)!;
    if (variant.repeatedValues === "comma") out += `\n${name}:${values.join(",")}`;
    else for (const v of values) out += `\n${name}:${v}`;
  }
  return out;
}

/**
 * HMAC-SHA256 of the string to sign with the base64 account key, base64-encoded.
 * @param accountKey - Base64 account key.
 * @param toSign - String to sign.
 * @returns The signature.
 */
export function sign(accountKey: string, toSign: string): string {
  return createHmac("sha256", Buffer.from(accountKey, "base64")).update(toSign, "utf8").digest("base64");
}

function variants(req: SignableRequest): SigningVariant[] {
  const out: SigningVariant[] = [];
  const hasPlus = req.url.includes("+");
  const q = req.url.indexOf("?");
  const path = q >= 0 ? req.url.slice(0, q) : req.url;
  const hasEncodedPath = path.includes("%");
  // The first variant is the one an error quotes: its empty Content-Length as on the wire (a GET
  // sends no header, a bodiless POST sends `0`), so a caller comparing strings sees no false difference.
  const sent = header(req.headers, "content-length") === "" ? "" : "0";
  for (const emptyContentLength of sent === "" ? (["", "0"] as const) : (["0", ""] as const))
    for (const lowerCaseQueryNames of [false, true])
      for (const repeatedValues of ["lines", "comma"] as const)
        for (const plusAsSpace of hasPlus ? [false, true] : [false])
          for (const decodedPath of hasEncodedPath ? [false, true] : [false])
            out.push({ emptyContentLength, lowerCaseQueryNames, repeatedValues, plusAsSpace, decodedPath });
  return out;
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Checks a request's `Authorization` header: a shared-key signature over the
 * request (any SDK variant) with a fresh `ocp-date` (or `Date`), or a bearer
 * token: any token when the policy allows any, a Batch JWT in OAuth mode.
 * @param req - The request.
 * @param policy - Account, key and options.
 * @returns `{ ok: true }` or `{ ok: false, detail }` with the reason.
 */
export function verifyRequest(req: SignableRequest, policy: AuthPolicy): AuthResult {
  const auth = header(req.headers, "authorization");
  if (auth === "") return { ok: false, detail: "The Authorization header is missing." };
  const space = auth.indexOf(" ");
  const scheme = space > 0 ? auth.slice(0, space) : auth;
  const credentials = space > 0 ? auth.slice(space + 1).trim() : "";
  if (scheme.toLowerCase() === "bearer") {
    if (credentials === "") return { ok: false, detail: "The bearer token is empty." };
    if (policy.allowAnyToken) return { ok: true, scheme: "Bearer" };
    if (policy.oauth !== "basic")
      return {
        ok: false,
        detail:
          "Bearer tokens are not accepted: start the emulator with --oauth basic (and --https), or --allow-any-token.",
      };
    const check = checkBearerToken(credentials, policy.now);
    return check.ok ? { ok: true, scheme: "Bearer" } : check;
  }
  if (scheme !== "SharedKey") return { ok: false, detail: `Unsupported authorization scheme '${scheme}'.` };
  const colon = credentials.lastIndexOf(":");
  if (colon <= 0) return { ok: false, detail: "The SharedKey credentials are not of the form account:signature." };
  const account = credentials.slice(0, colon);
  const signature = credentials.slice(colon + 1);
  if (account !== policy.accountName)
    return { ok: false, detail: `The account '${account}' is not served here (expected '${policy.accountName}').` };
  const dateText = header(req.headers, "ocp-date") || header(req.headers, "date");
  if (dateText === "") return { ok: false, detail: "Neither ocp-date nor Date is set." };
  const date = Date.parse(dateText);
  if (Number.isNaN(date)) return { ok: false, detail: `The date '${dateText}' is not an RFC 1123 date.` };
  if (Math.abs(policy.now.getTime() - date) > MAX_CLOCK_SKEW_MS)
    return {
      ok: false,
      detail: `The request date '${dateText}' is more than 15 minutes away from the server time ${policy.now.toUTCString()}.`,
    };
  for (const v of variants(req)) {
    if (safeEqual(sign(policy.accountKey, stringToSign(req, policy.accountName, v)), signature))
      return { ok: true, scheme: "SharedKey" };
  }
  return {
    ok: false,
    detail: `The MAC signature found in the HTTP request '${signature}' is not the same as any computed signature. Server used following string to sign: '${stringToSign(req, policy.accountName, variants(req)[0]!)}'.`,
  };
}

/**
 * Signs the dashboard's own Batch requests with the account's shared key
 * (`Authorization: SharedKey account:signature`), so that they go through the
 * same authentication as any client's. The key stays in this process.
 */
import { createHmac } from "node:crypto";
import { SIGNED_HEADERS } from "../auth.js";

/** One request to sign. */
export interface RequestToSign {
  /** HTTP method, upper case. */
  method: string;
  /** The path as sent (percent-encoded), starting with `/`. */
  path: string;
  /** Decoded query parameters. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Request headers (any case). */
  headers: Readonly<Record<string, string>>;
}

/**
 * Computes the `Authorization` header value of a request: HMAC-SHA256, keyed
 * by the base64-decoded account key, of the method, the standard headers,
 * the sorted `ocp-*` headers, `/account/path` and the sorted query parameters.
 * @param request - Method, path, query and headers.
 * @param accountName - Account name.
 * @param accountKey - Base64 account key.
 * @returns `SharedKey <account>:<signature>`.
 */
export function signSharedKey(request: RequestToSign, accountName: string, accountKey: string): string {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  const lines: string[] = [request.method.toUpperCase()];
  for (const name of SIGNED_HEADERS) lines.push(headers[name] ?? "");
  const ocpNames = Object.keys(headers)
    .filter((name) => name.startsWith("ocp-") && headers[name] !== "")
    .sort();
  for (const name of ocpNames) lines.push(`${name}:${headers[name]!}`);
  let resource = `/${accountName}${request.path}`;
  const sorted = [...request.query].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, value] of sorted) resource += `\n${name}:${value}`;
  lines.push(resource);
  const signature = createHmac("sha256", Buffer.from(accountKey, "base64"))
    .update(lines.join("\n"), "utf8")
    .digest("base64");
  return `SharedKey ${accountName}:${signature}`;
}

// Shared-key authentication for the Batch data plane, as a core-rest-pipeline policy.
//
// Why this file exists: the Batch service accepts either Microsoft Entra ID bearer tokens or
// its own HMAC "SharedKey" scheme. The generated rest-level client only knows bearer tokens, so
// shared key is added by composition: a policy in the pipeline's "Sign" phase.
//
// Canonicalization decisions (see docs/protocol.md, "Shared key"; the SDKs disagree
// on these points and the service accepts either form):
// - Content-Length: the request's own `Content-Length` header if set; otherwise the byte length
//   of a string / ArrayBuffer / typed-array body; otherwise, for a request with no body, `0` for
//   POST, PUT and PATCH and empty for every other verb. This is exactly what goes on the wire with
//   the Node HTTP client of @azure/core-rest-pipeline (Node sends `Content-Length: 0` for bodiless
//   POST/PUT/PATCH and no header for GET/HEAD/DELETE). It agrees with @azure/batch 10.2.0 for every
//   verb except a bodiless PUT/PATCH (10.2.0 signs those as empty); Batch has no bodiless PUT/PATCH.
//   A body of unknown length (stream, Blob, factory function) is sent chunked and signed as empty.
// - Query names are signed as sent (URL-decoded, case preserved: `timeOut`, not `timeout`), sorted
//   by UTF-16 code unit order (JavaScript's default string order), as @azure/batch 10.2.0 does.
// - Query values are URL-decoded with `application/x-www-form-urlencoded` rules (`+` is a space,
//   as in URLSearchParams and @azure/batch 10.2.0).
// - A repeated query parameter is signed as one `name:value` line per occurrence, in the order
//   sent (the sort is stable). @azure/batch 10.2.0 signs only the first occurrence; no Batch
//   operation sends a repeated parameter.
//
// The key and the signature are never logged and never appear in an error message.

import { createHmac, createSecretKey, type KeyObject } from "node:crypto";
import type { AzureNamedKeyCredential } from "@azure/core-auth";
import type {
  HttpHeaders,
  PipelinePolicy,
  PipelineRequest,
  PipelineResponse,
  RequestBodyType,
  SendRequest,
} from "@azure/core-rest-pipeline";

/**
 * The name of the policy created by {@link createSharedKeyCredentialPolicy}, for use with
 * `pipeline.removePolicy({ name })` or `AddPolicyOptions.afterPolicies`.
 */
export const sharedKeyCredentialPolicyName = "batchSharedKeyCredentialPolicy";

/** The 11 standard headers, in the order in which they are signed. */
const standardSignedHeaders = [
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

/** Verbs for which Node's HTTP client sends `Content-Length: 0` when there is no body. */
const verbsWithImplicitZeroLength = new Set(["POST", "PUT", "PATCH"]);

/**
 * The parts of a request that take part in the Batch shared-key signature.
 *
 * @internal
 */
export interface SharedKeySignableRequest {
  /** HTTP verb, upper case as sent (`GET`, `POST`, ...). */
  method: string;
  /** Absolute URL as it will be sent. */
  url: string;
  /** Request headers (names are case-insensitive). */
  headers: HttpHeaders;
  /** Request body, used only to work out Content-Length when that header is not set. */
  body?: RequestBodyType;
}

/**
 * Builds the Batch shared-key string to sign for a request.
 *
 * Layout: `VERB\n`, then the 11 standard headers each followed by `\n` (absent ones empty), then
 * every non-empty `ocp-*` header as `name:value\n` (lower-cased, sorted), then `/account/path`
 * and one `\nname:decodedValue` per query parameter (sorted by name). See the file header for how
 * Content-Length, query-name case and repeated parameters are handled.
 *
 * This does not add `ocp-date`: callers that want it signed must set it first.
 *
 * @internal Exported for tests and for the emulator's verifier; not part of the public API.
 * @param accountName - The Batch account name.
 * @param request - The method, URL, headers and body of the request.
 * @returns The string to sign.
 * @throws TypeError if `request.url` is not an absolute URL.
 */
export function buildSharedKeyStringToSign(accountName: string, request: SharedKeySignableRequest): string {
  const method = request.method.toUpperCase();
  let result = method + "\n";
  for (const name of standardSignedHeaders) {
    const value = name === "content-length" ? signedContentLength(method, request) : request.headers.get(name);
    result += (value ?? "") + "\n";
  }

  const ocpHeaders: Array<[string, string]> = [];
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (lower.startsWith("ocp-") && value !== "") {
      ocpHeaders.push([lower, value]);
    }
  }
  ocpHeaders.sort((a, b) => compareCodeUnits(a[0], b[0]));
  for (const [name, value] of ocpHeaders) {
    result += `${name}:${value}\n`;
  }

  return result + "/" + accountName + canonicalizedUrl(request.url);
}

/**
 * The URL-derived tail of the canonicalized resource (path, then one `\nname:value` per query
 * parameter), cached per URL string: a client sends the same few URLs over and over, and parsing
 * one with `new URL` costs more than the rest of the string to sign. The cache is bounded; the
 * value depends on the URL string alone, so a hit gives exactly what a fresh parse would.
 */
const canonicalizedUrls = new Map<string, string>();
const canonicalizedUrlCacheSize = 256;

function canonicalizedUrl(urlString: string): string {
  const cached = canonicalizedUrls.get(urlString);
  if (cached !== undefined) {
    return cached;
  }
  const url = new URL(urlString);
  let result = url.pathname;
  // URLSearchParams decodes names and values (form rules) and keeps repeats in order;
  // Array.prototype.sort is stable, so repeats stay in the order sent.
  const params = [...url.searchParams].sort((a, b) => compareCodeUnits(a[0], b[0]));
  for (const [name, value] of params) {
    result += `\n${name}:${value}`;
  }
  if (canonicalizedUrls.size >= canonicalizedUrlCacheSize) {
    canonicalizedUrls.clear();
  }
  canonicalizedUrls.set(urlString, result);
  return result;
}

/**
 * Computes the shared-key signature: base64 of HMAC-SHA256 over the UTF-8 string to sign, keyed
 * with the base64-decoded account key.
 *
 * @internal Exported for tests; not part of the public API.
 * @param base64Key - The account key as shown in the portal (base64).
 * @param stringToSign - The output of {@link buildSharedKeyStringToSign}.
 * @returns The base64 signature.
 */
export function computeSharedKeySignature(base64Key: string, stringToSign: string): string {
  return signWithKey(secretKeyOf(base64Key), stringToSign);
}

/** HMAC-SHA256 of the UTF-8 string to sign with an already decoded key, base64. */
function signWithKey(key: KeyObject, stringToSign: string): string {
  return createHmac("sha256", key).update(stringToSign, "utf8").digest("base64");
}

/** The decoded account key as a `KeyObject` (the key material stays inside it). */
function secretKeyOf(base64Key: string): KeyObject {
  return createSecretKey(Buffer.from(base64Key, "base64"));
}

/**
 * `Date#toUTCString()` of the current time, formatted once per second: the string has whole
 * seconds only, so every call within the same second gives the same text.
 */
let formattedSecond = Number.NaN;
let formattedDate = "";

function currentRfc1123Date(): string {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== formattedSecond) {
    formattedDate = new Date(now).toUTCString();
    formattedSecond = second;
  }
  return formattedDate;
}

/**
 * Creates a pipeline policy that signs every request with the Batch shared-key scheme
 * (`Authorization: SharedKey <account>:<signature>`).
 *
 * - When the request has no `ocp-date` header, the policy sets one (RFC 1123, current time). An
 *   `ocp-date` set by the policy is refreshed on every pass, so each retry is signed afresh with a
 *   new date; an `ocp-date` supplied by the caller is kept as is.
 * - The account name and key are read from `credential` on every request, so
 *   `credential.update(name, newKey)` rotates the key for subsequent requests and retries.
 * - Add the policy in the `"Sign"` phase, which runs after the `"Retry"` phase: every attempt then
 *   passes through the signer. Signing before the retry policy would resend a stale date and
 *   signature on retries.
 *
 * The key and the signature are never logged or put into errors.
 *
 * @example
 * ```ts
 * import { AzureNamedKeyCredential } from "@azure/core-auth";
 * import { createPipelineFromOptions } from "@azure/core-rest-pipeline";
 * import { createSharedKeyCredentialPolicy } from "./sharedKeyCredentialPolicy.js";
 *
 * const credential = new AzureNamedKeyCredential("myaccount", process.env.BATCH_ACCOUNT_KEY!);
 * const pipeline = createPipelineFromOptions({});
 * pipeline.addPolicy(createSharedKeyCredentialPolicy(credential), { phase: "Sign" });
 * // later, after regenerating the key in the portal:
 * credential.update("myaccount", newKey);
 * ```
 *
 * @param credential - The Batch account name (`credential.name`) and base64 key (`credential.key`).
 * @returns A policy named {@link sharedKeyCredentialPolicyName}.
 * @throws Nothing at creation. The returned policy's `sendRequest` rejects with an `Error` (that
 *   does not contain the key) when the credential's name or key is empty, and passes through any
 *   error from the rest of the pipeline.
 */
export function createSharedKeyCredentialPolicy(credential: AzureNamedKeyCredential): PipelinePolicy {
  // The ocp-date value this policy last set on each request. If the header still holds that
  // value on a later pass (a retry), the date is ours and is refreshed; otherwise it is the
  // caller's and is kept.
  const datesSetByPolicy = new WeakMap<PipelineRequest, string>();
  // The key decoded once per key value: `credential.update()` changes `credential.key`, and the
  // next request decodes the new one.
  let decodedFrom: string | undefined;
  let decodedKey: KeyObject | undefined;

  return {
    name: sharedKeyCredentialPolicyName,
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      const accountName = credential.name;
      const key = credential.key;
      if (!accountName || !key) {
        throw new Error("Batch shared key credential has an empty account name or key.");
      }

      const current = request.headers.get("ocp-date");
      const ours = datesSetByPolicy.get(request);
      if (!current || (ours !== undefined && current === ours)) {
        const date = currentRfc1123Date();
        request.headers.set("ocp-date", date);
        datesSetByPolicy.set(request, date);
      } else {
        datesSetByPolicy.delete(request);
      }

      const stringToSign = buildSharedKeyStringToSign(accountName, request);
      stringsToSign.set(request, stringToSign);
      if (decodedKey === undefined || decodedFrom !== key) {
        decodedKey = secretKeyOf(key);
        decodedFrom = key;
      }
      const signature = signWithKey(decodedKey, stringToSign);
      request.headers.set("Authorization", `SharedKey ${accountName}:${signature}`);
      return next(request);
    },
  };
}

/** The string to sign each request was last signed with (no secret: no key, no signature). */
const stringsToSign = new WeakMap<PipelineRequest, string>();

/**
 * The string to sign a request was last signed with by a shared-key policy, so that an
 * `AuthenticationFailed` error can show it (it holds no key and no signature).
 * @internal
 * @param request - the request.
 * @returns the string to sign, or undefined when the request was not signed with a shared key.
 */
export function stringToSignOf(request: PipelineRequest): string | undefined {
  return stringsToSign.get(request);
}

/** The Content-Length value that is signed; see the file header. */
function signedContentLength(method: string, request: SharedKeySignableRequest): string {
  const header = request.headers.get("content-length");
  if (header !== undefined && header !== "") {
    return header;
  }
  const body = request.body;
  // Node's HTTP client treats a falsy body (undefined, null, "") as no body.
  if (!body) {
    return verbsWithImplicitZeroLength.has(method) ? "0" : "";
  }
  if (typeof body === "string") {
    return String(Buffer.byteLength(body, "utf8"));
  }
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    return String(body.byteLength);
  }
  // Streams, Blobs and body factories have no length known up front: sent chunked.
  return "";
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

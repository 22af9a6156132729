/**
 * Development OAuth mode (`--oauth basic`, after Azurite's mode of the same
 * name): a bearer token must be a JWT of the right shape, for the Batch
 * resource, and within its validity period. Its signature is NOT checked (the
 * emulator has no Entra ID keys and no network), so any well-formed token
 * passes: this mode lets code written for `DefaultAzureCredential` run
 * locally, it is not a security boundary.
 */

/** Audiences accepted: the Batch resource of each Azure cloud, with and without the trailing slash, and Batch's application id. */
export const BATCH_AUDIENCES: readonly string[] = [
  "https://batch.core.windows.net/",
  "https://batch.core.windows.net",
  "https://batch.chinacloudapi.cn/",
  "https://batch.chinacloudapi.cn",
  "https://batch.core.usgovcloudapi.net/",
  "https://batch.core.usgovcloudapi.net",
  "ddbf3205-c6bd-46ae-8127-60eb93363864",
];

/** Clock skew allowed on `exp` and `nbf`: 5 minutes, as Entra ID's own validators allow. */
export const TOKEN_CLOCK_SKEW_SECONDS = 300;

/** Outcome of {@link checkBearerToken}. */
export type TokenCheck = { ok: true } | { ok: false; detail: string };

function decodeSegment(segment: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(segment)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(segment, "base64url").toString("utf8"));
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks a bearer token's shape, audience and validity period (not its signature).
 * @param token - The credentials after `Bearer `.
 * @param now - The server's clock.
 * @returns `{ ok: true }`, or the reason (never containing the token).
 */
export function checkBearerToken(token: string, now: Date): TokenCheck {
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, detail: "The bearer token is not a JWT (header.payload.signature)." };
  const header = decodeSegment(parts[0]!);
  if (!header || typeof header.alg !== "string")
    return { ok: false, detail: "The JWT header is not a base64url JSON object with an 'alg'." };
  const payload = decodeSegment(parts[1]!);
  if (!payload) return { ok: false, detail: "The JWT payload is not a base64url JSON object." };
  if (parts[2] !== "" && !/^[A-Za-z0-9_-]+$/.test(parts[2]!))
    return { ok: false, detail: "The JWT signature is not base64url." };
  const aud = payload.aud;
  const audiences =
    typeof aud === "string" ? [aud] : Array.isArray(aud) ? aud.filter((a): a is string => typeof a === "string") : [];
  if (!audiences.some((a) => BATCH_AUDIENCES.includes(a))) {
    return {
      ok: false,
      detail: `The token's audience is not the Batch resource (expected one of ${BATCH_AUDIENCES.join(", ")}).`,
    };
  }
  const seconds = now.getTime() / 1000;
  if (typeof payload.exp !== "number") return { ok: false, detail: "The token has no numeric 'exp' claim." };
  if (payload.exp + TOKEN_CLOCK_SKEW_SECONDS < seconds)
    return { ok: false, detail: `The token expired at ${new Date(payload.exp * 1000).toISOString()}.` };
  if (payload.nbf !== undefined) {
    if (typeof payload.nbf !== "number") return { ok: false, detail: "The token's 'nbf' claim is not a number." };
    if (payload.nbf - TOKEN_CLOCK_SKEW_SECONDS > seconds)
      return { ok: false, detail: `The token is not valid before ${new Date(payload.nbf * 1000).toISOString()}.` };
  }
  if (typeof payload.iss !== "string" || !payload.iss.startsWith("https://"))
    return { ok: false, detail: "The token has no 'iss' claim of the form https://..." };
  return { ok: true };
}

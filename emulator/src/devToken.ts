/**
 * A token credential for the emulator's development OAuth mode (`--oauth basic`): it mints
 * unsigned JWTs for the scope a client asks (audience from the scope, an `https://` issuer, an
 * expiry an hour ahead), which that mode accepts because it checks no signature
 * (emulator/src/oauth.ts). Structurally a `TokenCredential` of `@azure/core-auth`, so it needs
 * no dependency here.
 */

/** What {@link DevelopmentTokenCredential.getToken} returns (`AccessToken` of `@azure/core-auth`). */
export interface DevelopmentAccessToken {
  /** The unsigned JWT. */
  token: string;
  /** When it expires, in ms since the epoch. */
  expiresOnTimestamp: number;
}

/** The issuer the tokens name (an Entra ID tenant-less issuer of the usual form). */
const ISSUER = "https://sts.windows.net/00000000-0000-0000-0000-000000000000/";
/** How long a token lives: an hour, as Entra ID's. */
const LIFETIME_MS = 3_600_000;

/**
 * A `TokenCredential` for the emulator's development OAuth mode only: what it hands out is an
 * unsigned JWT, which no real service accepts. Use it where no Entra ID login exists (offline, in
 * CI); where `az login` (or another credential `DefaultAzureCredential` finds) is available, that
 * credential's real tokens pass the development mode too.
 *
 * @example
 * ```ts
 * import { BatchClient } from "azbatch";
 * import { DevelopmentTokenCredential, startEmulator } from "azbatch-emulator";
 *
 * const emulator = await startEmulator({ https: true, oauth: "basic" });
 * const client = new BatchClient(emulator.endpoint, new DevelopmentTokenCredential(), {
 *   tlsOptions: { ca: emulator.tls!.certificate },
 * });
 * ```
 */
export class DevelopmentTokenCredential {
  /**
   * Mints a token for the first scope asked (`https://batch.core.windows.net//.default` gives the
   * audience `https://batch.core.windows.net/`).
   * @param scopes - The scope or scopes a client asks for.
   * @returns The token and its expiry.
   */
  async getToken(scopes: string | string[]): Promise<DevelopmentAccessToken> {
    const scope = (Array.isArray(scopes) ? scopes[0] : scopes) ?? "";
    const expiresOnTimestamp = Date.now() + LIFETIME_MS;
    const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");
    const claims = {
      aud: scope.replace(/\/\.default$/, ""),
      iss: ISSUER,
      exp: Math.floor(expiresOnTimestamp / 1000),
    };
    return { token: `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`, expiresOnTimestamp };
  }
}

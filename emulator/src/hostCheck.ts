/**
 * The `Host` header check that stops DNS rebinding: a web page on
 * `evil.example` whose name is made to resolve to 127.0.0.1 can send requests
 * to the emulator, but they carry `Host: evil.example`, and only the
 * emulator's own names are served.
 */

/** Names always served: the loopback names. */
export const LOOPBACK_HOST_NAMES: readonly string[] = ["127.0.0.1", "localhost", "::1"];

/**
 * Builds the check for one server.
 * @param names - Extra names to serve besides {@link LOOPBACK_HOST_NAMES}: the bound host and
 *   those configured with `--host-name` / `hostNames` (compared ignoring case).
 * @returns A function telling whether a request's `Host` header value is served.
 */
export function createHostCheck(names: readonly string[]): (host: string | undefined) => boolean {
  const allowed = new Set([...LOOPBACK_HOST_NAMES, ...names].map((n) => bareName(n)));
  return (host) => {
    if (host === undefined || host === "") return false;
    const name = hostName(host);
    return name !== undefined && allowed.has(name);
  };
}

/** A configured name without brackets and in lower case (`[::1]` → `::1`). */
function bareName(name: string): string {
  const n = name.trim().toLowerCase();
  return n.startsWith("[") && n.endsWith("]") ? n.slice(1, -1) : n;
}

/**
 * The name part of a `Host` header (`host`, `host:port`, `[v6]`, `[v6]:port`), lower-cased, or
 * `undefined` when the header is not of that form.
 */
export function hostName(host: string): string | undefined {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    if (end < 0) return undefined;
    const rest = h.slice(end + 1);
    if (rest !== "" && !/^:\d{1,5}$/.test(rest)) return undefined;
    return h.slice(1, end);
  }
  const m = /^([^:\s/@]+)(?::(\d{1,5}))?$/.exec(h);
  if (!m) return undefined;
  // A trailing dot names the same host (`localhost.`).
  return m[1]!.replace(/\.$/, "");
}

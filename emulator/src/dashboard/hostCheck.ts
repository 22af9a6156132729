/**
 * Loopback checks of the dashboard. The dashboard has no login of its own:
 * it answers only requests that come from this machine (the peer address)
 * and that name this machine (the `Host` header, which refuses pages served
 * from another name that resolves to 127.0.0.1, the DNS rebinding attack).
 */
import { isIP } from "node:net";

/** Host names that mean this machine. */
const LOOPBACK_NAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Whether a `Host` header names this machine: `localhost`, a `127.x.x.x`
 * address or `[::1]`, with an optional port.
 * @param host - The `Host` header value (undefined when absent).
 * @returns True for a loopback host.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(host.trim());
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  if (m[2] !== undefined && Number(m[2]) > 65535) return false;
  if (LOOPBACK_NAMES.has(name) || name.endsWith(".localhost")) return true;
  return isIP(name) === 4 && name.startsWith("127.");
}

/**
 * Whether a peer address is this machine (`127.0.0.0/8`, `::1`, or their IPv4-mapped form).
 * @param address - `socket.remoteAddress`.
 * @returns True for a loopback peer.
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const plain = address.startsWith("::ffff:") ? address.slice(7) : address;
  if (plain === "::1") return true;
  return isIP(plain) === 4 && plain.startsWith("127.");
}

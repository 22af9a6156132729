/** Paths a task names (resource file paths, blob names) kept inside the task's directories. */
import { isAbsolute, relative, resolve, sep } from "node:path";

/**
 * Resolves a relative path under a base directory.
 * @param base - The directory the path must stay in.
 * @param rel - A relative path (`a/b.txt`); `..` that leaves `base`, absolute paths and NUL are refused.
 * @returns The absolute path, or undefined when it would leave `base`.
 */
export function resolveInside(base: string, rel: string): string | undefined {
  if (rel.includes("\0") || isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return undefined;
  const full = resolve(base, rel);
  const back = relative(base, full);
  if (back === "" || back === ".." || back.startsWith(`..${sep}`) || isAbsolute(back))
    return back === "" ? full : undefined;
  return full;
}

/** Test helpers: the project's one AutoRest runner, and reading a generated tree. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export { runAutorest, type AutorestRun } from "../../scripts/autorest.js";

/** Every file below `dir`, keyed by its path relative to `dir` (forward slashes). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split("\\").join("/"), readFileSync(full, "utf8"));
    }
  };
  walk(dir);
  return out;
}

/**
 * The entry points of the built azbatch package: the root entry (`azbatch`) and, when
 * package.json exports one, the per-function entry (`azbatch/api`). The per-function entry's
 * names are discovered from the module itself, so the cases work whatever it exports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./processes.js";

/** The specifier of the per-function entry. */
export const API_ENTRY = "azbatch/api";

/** Whether package.json exports the per-function entry. */
export function hasApiEntry(): boolean {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { exports?: Record<string, unknown> };
  return Boolean(pkg.exports && Object.prototype.hasOwnProperty.call(pkg.exports, "./api"));
}

/** Why the per-function entry cannot be measured, shown in place of a figure. */
export const API_ENTRY_MISSING = "not available: package.json exports no ./api";

/** The quickstart's operations (samples/quickstart.ts), by the names a per-function entry would give them. */
export const QUICKSTART_OPERATIONS = [
  "createPool",
  "createJob",
  "createTasks",
  "waitForTasks",
  "downloadTaskFile",
  "deleteJob",
  "deletePool",
] as const;

/**
 * The name of the export of the per-function entry that creates the context the functions take
 * (`createBatchContext`, `createBatch`, ... any `create*Context` or `create*Client`), if any.
 */
export function findContextFactory(exportNames: readonly string[]): string | undefined {
  const known = ["createBatchContext", "createBatch", "createContext", "createBatchClientContext"];
  return known.find((n) => exportNames.includes(n)) ?? exportNames.find((n) => /^create\w*(Context|Client)$/.test(n));
}

/** Newest modification time of any file under `dir`. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `npm run build` when dist/ (or emulator/dist/) is missing or older than its sources. */
export function ensureBuilt(log: (m: string) => void): void {
  const older = (built: string, sources: string[]): boolean =>
    !existsSync(join(repoRoot, built)) ||
    statSync(join(repoRoot, built)).mtimeMs < Math.max(...sources.map((s) => newestMtime(join(repoRoot, s))));
  const stale =
    older("dist/esm/src/index.js", ["src", "generated"]) || older("emulator/dist/index.js", ["emulator/src"]);
  if (!stale) return;
  log("dist/ or emulator/dist/ is missing or older than the sources: npm run build");
  execFileSync("npm", ["run", "build"], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });
}

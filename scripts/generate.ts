/**
 * `npm run generate [-- --tag=package-2025-06-01] [--output-folder=DIR]`: runs AutoRest from this
 * project's devDependencies (core + modelerfour + our emitter in codegen/) on autorest.md.
 *
 * - The spec of the tag's api-version comes from scripts/specResolver.ts: `BATCH_SPEC`, then
 *   ../shared/spec, then the download cache (the sha256 pinned in autorest.md must still match,
 *   unless --azbatch.allow-spec-mismatch).
 * - AutoRest keeps its extension cache in .autorest/ inside the project and never downloads.
 * - AutoRest can hang after a fatal error, so the run has a time limit.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runAutorest } from "./autorest.js";
import { resolveSpec, SpecUnavailableError } from "./specResolver.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const autorestArgs = process.argv.slice(2);
const tag = autorestArgs.find((a) => a.startsWith("--tag="))?.slice("--tag=".length) ?? "package-2026-10-01";
try {
  autorestArgs.push(`--batch-spec=${resolveSpec(tag.replace(/^package-/, "")).specPath}`);
} catch (e) {
  console.error(e instanceof SpecUnavailableError ? e.message : e);
  process.exit(2);
}

const started = Date.now();
const result = runAutorest(join(root, "autorest.md"), autorestArgs);
const output = result.output;
// AutoRest prints a warning per file-typed response; keep the log to what matters.
const lines = output.split("\n").filter((l) => /error|fatal|completed|generated|Error/.test(l) && !/^warning/.test(l));
console.log(lines.join("\n"));
if (!result.ok) {
  if (result.error) console.error(String(result.error));
  console.error(output);
  console.error("generate: AutoRest failed");
  process.exit(1);
}
console.log(`generate: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);

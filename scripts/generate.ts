/**
 * `npm run generate [-- --tag=package-2025-06-01] [--output-folder=DIR]`: runs AutoRest from this
 * project's devDependencies (core + modelerfour + our emitter in codegen/) on autorest.md.
 *
 * - `BATCH_SPEC=/path/BatchService.json` reads the spec from there instead of ../shared/spec
 *   (the sha256 pinned in autorest.md must still match, unless --azbatch.allow-spec-mismatch).
 * - AutoRest keeps its extension cache in .autorest/ inside the project and never downloads.
 * - AutoRest can hang after a fatal error, so the run has a time limit.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runAutorest } from "./autorest.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const autorestArgs = process.argv.slice(2);
const spec = process.env.BATCH_SPEC;
if (spec) {
  if (!existsSync(spec)) {
    console.error(`BATCH_SPEC=${spec}: no such file`);
    process.exit(2);
  }
  autorestArgs.push(`--batch-spec=${resolve(spec)}`);
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

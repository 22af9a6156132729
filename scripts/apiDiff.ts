/**
 * `npm run api-diff -- 2025-06-01 2026-10-01`: what changed between two api-versions, read from
 * the two specs through the generator's own model (AutoRest + modelerfour + our emitter with
 * `--azbatch.emit=service-model`). Prints Markdown; `--out=FILE` also writes it.
 * Versions are the tags of autorest.md (`package-<version>`); `--spec-a=PATH --spec-b=PATH` with
 * `--config=FILE` compares any two specs (used by the tests).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { diffServiceModels, formatApiDiff } from "../codegen/src/apiDiff.js";
import type { ServiceModel } from "../codegen/src/model.js";
import { runAutorest } from "./autorest.js";
import { resolveSpec } from "./specResolver.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Runs AutoRest in model mode and returns the generator's model of one spec. */
export function loadServiceModel(config: string, extraArgs: string[]): ServiceModel {
  const out = mkdtempSync(join(tmpdir(), "azbatch-api-diff-"));
  try {
    const run = runAutorest(config, ["--azbatch.emit=service-model", `--output-folder=${out}`, ...extraArgs], 180_000);
    if (!run.ok) throw new Error(`AutoRest failed:\n${run.output}`);
    return JSON.parse(readFileSync(join(out, "service-model.json"), "utf8")) as ServiceModel;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined =>
    args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const positional = args.filter((a) => !a.startsWith("--"));
  const config = flag("config") ?? join(root, "autorest.md");
  let before: ServiceModel;
  let after: ServiceModel;
  if (flag("spec-a") && flag("spec-b")) {
    before = loadServiceModel(config, [`--batch-spec=${resolve(flag("spec-a")!)}`]);
    after = loadServiceModel(config, [`--batch-spec=${resolve(flag("spec-b")!)}`]);
  } else {
    if (positional.length !== 2) {
      console.error("usage: npm run api-diff -- <from-version> <to-version> [--out=FILE]   e.g. 2025-06-01 2026-10-01");
      process.exit(2);
    }
    const spec = (version: string): string => `--batch-spec=${resolveSpec(version).specPath}`;
    before = loadServiceModel(config, [`--tag=package-${positional[0]}`, spec(positional[0])]);
    after = loadServiceModel(config, [`--tag=package-${positional[1]}`, spec(positional[1])]);
  }
  const text = formatApiDiff(diffServiceModels(before, after));
  if (flag("out")) writeFileSync(flag("out")!, text + "\n");
  console.log(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

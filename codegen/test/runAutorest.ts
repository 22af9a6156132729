/** Runs AutoRest with this project's core, modelerfour and emitter, as `npm run generate` does. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..", "..");

/** The result of one AutoRest run. */
export interface AutorestRun {
  ok: boolean;
  output: string;
}

/**
 * Runs AutoRest on a config with extra command-line arguments.
 * @param config - path of a literate config (autorest.md).
 * @param args - extra arguments, e.g. `--output-folder=...`.
 */
export function runAutorest(config: string, args: string[]): AutorestRun {
  const result = spawnSync(
    join(root, "node_modules/.bin/autorest"),
    [
      config,
      `--version=${join(root, "node_modules/@autorest/core")}`,
      `--use=${join(root, "node_modules/@autorest/modelerfour")}`,
      `--use=${join(root, "codegen")}`,
      ...args,
    ],
    { cwd: root, env: { ...process.env, AUTOREST_HOME: join(root, ".autorest") }, encoding: "utf8", timeout: 120_000 },
  );
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  return { ok: result.status === 0 && !/\b(error|fatal)\s*\|/.test(output), output };
}

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

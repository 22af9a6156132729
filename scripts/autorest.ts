/**
 * The one way this project runs AutoRest: the CLI, core, modelerfour and our emitter (codegen/)
 * from this project's node_modules, its cache in .autorest/ inside the project (never a global
 * install or a download), and a time limit, since AutoRest can hang after a fatal error. AutoRest
 * leaves a copy of every input it read (about 50 MB for the Batch spec) in a new folder of the
 * temporary directory on each run: it runs with a temporary directory of its own, removed after.
 * Used by `npm run generate`, `npm run api-diff` and the generator's tests.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The outcome of one AutoRest run. */
export interface AutorestRun {
  /** Exit code 0 and no `error |` or `fatal |` line in the log. */
  ok: boolean;
  /** stdout and stderr together. */
  output: string;
  /** Set when the process could not run or hit the time limit. */
  error?: Error;
}

/**
 * Runs AutoRest on a literate config with extra command-line arguments.
 * @param config - path of the config (autorest.md).
 * @param args - extra arguments, e.g. `--tag=package-2025-06-01` or `--output-folder=DIR`.
 * @param timeoutMs - the time limit.
 */
export function runAutorest(config: string, args: string[], timeoutMs = 240_000): AutorestRun {
  const temp = mkdtempSync(join(tmpdir(), "azbatch-autorest-"));
  try {
    return runIn(temp, config, args, timeoutMs);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

function runIn(temp: string, config: string, args: string[], timeoutMs: number): AutorestRun {
  const result = spawnSync(
    join(root, "node_modules/.bin/autorest"),
    [
      config,
      `--version=${join(root, "node_modules/@autorest/core")}`,
      `--use=${join(root, "node_modules/@autorest/modelerfour")}`,
      `--use=${join(root, "codegen")}`,
      ...args,
    ],
    {
      cwd: root,
      env: { ...process.env, AUTOREST_HOME: join(root, ".autorest"), TMPDIR: temp, TMP: temp, TEMP: temp },
      encoding: "utf8",
      timeout: timeoutMs,
    },
  );
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  return {
    ok: !result.error && result.status === 0 && !/\b(error|fatal)\s*\|/.test(output),
    output,
    ...(result.error ? { error: result.error } : {}),
  };
}

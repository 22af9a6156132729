/** The machine and software a run was measured on, for the report. */
import { execFileSync } from "node:child_process";
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, totalmem } from "node:os";
import { join, relative } from "node:path";
import { repoRoot } from "./processes.js";

/** One line per fact, in the report's order. */
export interface Environment {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  loadAverage: string;
  node: string;
  commit: string;
  packages: Record<string, string>;
  /** Where the run's files go (task directories, downloads), relative to the repository. */
  scratch: string;
  /** CPU µs of one directory plus one file created, in the scratch directory and in the system's temporary directory. */
  metadataCost: { scratch: number; systemTemp: number };
}

/**
 * CPU µs of creating one directory with one file in it, below `parent` (200 of each, then removed):
 * what the emulator does per task besides spawning, and on some machines far dearer in one
 * directory than in another of the same file system.
 */
function metadataCostIn(parent: string): number {
  const dir = mkdtempSync(join(parent, "azbatch-fs-cost-"));
  try {
    const start = process.cpuUsage();
    for (let i = 0; i < 200; i++) {
      mkdirSync(join(dir, `d${i}`));
      closeSync(openSync(join(dir, `d${i}`, "f"), "wx"));
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 200;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function packageVersion(name: string): string {
  const require = createRequire(join(repoRoot, "package.json"));
  for (const base of [join(repoRoot, "node_modules", name), join(repoRoot, "emulator")]) {
    try {
      const pkg = JSON.parse(readFileSync(join(base, "package.json"), "utf8")) as { name: string; version: string };
      if (pkg.name === name) return pkg.version;
    } catch {
      // next
    }
  }
  try {
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return "not installed";
  }
}

/**
 * Describes this machine and the packages being compared.
 * @param scratchDir - The run's scratch directory.
 * @param systemTemp - The system's temporary directory (before the run pointed TMPDIR at the scratch directory).
 */
export function describeEnvironment(scratchDir: string, systemTemp: string): Environment {
  const own = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
    if (
      execFileSync("git", ["status", "--porcelain", "--", "src", "generated", "emulator/src"], {
        cwd: repoRoot,
        encoding: "utf8",
      }).trim()
    )
      commit += " (with uncommitted changes)";
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverage: loadavg()
      .map((l) => l.toFixed(2))
      .join(", "),
    node: process.version,
    commit,
    packages: {
      azbatch: own.version,
      "azbatch-emulator": packageVersion("azbatch-emulator"),
      "@azure/batch": packageVersion("@azure/batch"),
      "@azure/ms-rest-js": packageVersion("@azure/ms-rest-js"),
      "@azure/core-rest-pipeline": packageVersion("@azure/core-rest-pipeline"),
      "@azure-rest/core-client": packageVersion("@azure-rest/core-client"),
      esbuild: packageVersion("esbuild"),
    },
    scratch: relative(repoRoot, scratchDir),
    metadataCost: { scratch: metadataCostIn(scratchDir), systemTemp: metadataCostIn(systemTemp) },
  };
}

/**
 * `npm run bench`: every case of bench/cases/ side by side with its peers (@azure/batch 10.2.0,
 * raw node:http, a bare spawn loop), then the table, bench/results/latest.md and SVG charts.
 *
 *   npm run bench                       all cases, full size (about 10–15 minutes)
 *   npm run bench -- --quick            all cases at small size (CI; writes bench/results/quick/, not committed)
 *   npm run bench -- --only a,c         some cases
 *   npm run bench -- --reps 7           more measured repetitions (default 5; quick 2)
 *   npm run bench -- --profile a        run case a under `node --cpu-prof` (clients in child processes too)
 *                                       and print the top self-time functions and packages
 *
 * Targets from the issue are reported as met / missed, never asserted: the quick run checks only
 * that every case runs.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuilt } from "./lib/azbatchEntries.js";
import { describeEnvironment } from "./lib/environment.js";
import { repoRoot } from "./lib/processes.js";
import { profilesIn, summarizeProfile } from "./lib/profile.js";
import { consoleReport, writeReport } from "./lib/report.js";
import type { BenchCase, CaseContext, CaseResult } from "./lib/types.js";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    reps: { type: "string" },
    profile: { type: "string" },
    "no-report": { type: "boolean", default: false },
  },
});

const started = process.hrtime.bigint();
const log = (m: string): void => console.error(`[bench ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s] ${m}`);

if (args.profile) {
  // Re-run this script under --cpu-prof for one case, then read the profiles.
  const dir = join(repoRoot, "bench/results/profiles", `${args.profile}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const forwarded = ["--only", args.profile, "--no-report", ...(args.quick ? ["--quick"] : []), ...(args.reps ? ["--reps", args.reps] : [])];
  const result = spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, "--import", "tsx", "bench/run.ts", ...forwarded], {
    cwd: repoRoot,
    stdio: "inherit",
    env: { ...process.env, BENCH_PROFILE_DIR: dir },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  for (const file of profilesIn(dir)) {
    const { total, functions, owners } = summarizeProfile(file, repoRoot);
    console.log(`\n${file} (${total.toFixed(0)} ms of samples, idle excluded)`);
    console.log("  self time by package:");
    for (const o of owners) console.log(`    ${o.percent.toFixed(1).padStart(5)}%  ${o.ms.toFixed(0).padStart(6)} ms  ${o.name}`);
    console.log("  top self-time functions:");
    for (const f of functions) console.log(`    ${f.percent.toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
  }
  process.exit(0);
}

const cases: BenchCase[] = [
  (await import("./cases/a-getPool.js")).getPoolCase,
  (await import("./cases/b-signing.js")).signingCase,
  (await import("./cases/c-createTasks.js")).createTasksCase,
  (await import("./cases/d-coldStart.js")).coldStartCase,
  (await import("./cases/e-bundle.js")).bundleCase,
  (await import("./cases/f-download.js")).downloadCase,
  (await import("./cases/g-emulator.js")).emulatorCase,
  (await import("./cases/h-listTasks.js")).listTasksCase,
];

const only = args.only?.split(",").map((s) => s.trim());
const selected = only ? cases.filter((c) => only.includes(c.id)) : cases;
if (only && selected.length !== only.length) throw new Error(`unknown case in --only ${args.only}: cases are ${cases.map((c) => c.id).join(", ")}`);

ensureBuilt(log);
const scratchDir = mkdtempSync(join(tmpdir(), "azbatch-bench-"));
const profileDir = process.env.BENCH_PROFILE_DIR;
const ctx: CaseContext = {
  quick: args.quick,
  reps: Number(args.reps ?? (args.quick ? 2 : 5)),
  warmup: 1,
  clientExecArgv: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  scratchDir,
  log,
};
if (!Number.isInteger(ctx.reps) || ctx.reps < 1) throw new Error("--reps must be a positive integer");

const env = describeEnvironment();
const results: CaseResult[] = [];
try {
  for (const c of selected) {
    log(`case ${c.id}: ${c.title}`);
    results.push(await c.run(ctx));
  }
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}

console.log(consoleReport(results));
if (!args["no-report"]) {
  const dir = join(repoRoot, args.quick ? "bench/results/quick" : "bench/results");
  const command = `npm run bench${args.quick || only || args.reps ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  const path = writeReport(dir, results, env, { quick: args.quick, reps: ctx.reps, warmup: ctx.warmup, command, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
  log(`wrote ${path}`);
}

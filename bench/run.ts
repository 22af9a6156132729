/**
 * `npm run bench`: every case of bench/cases/ side by side with its peers (@azure/batch 10.2.0,
 * raw node:http, a bare spawn loop), then the table, bench/results/latest.md and SVG charts.
 *
 *   npm run bench                       all cases, full size (about 10–15 minutes)
 *   npm run bench -- --quick            all cases at small size (CI; writes bench/results/quick/, not committed)
 *   npm run bench -- --only a,c         some cases
 *   npm run bench -- --reps 7           more measured repetitions (default 5; quick 2)
 *   npm run bench -- --profile a        profile case a (V8 CPU profiler in this process around the case,
 *                                       `node --cpu-prof` in client child processes), write the
 *                                       .cpuprofile files under bench/results/profiles/ and print the
 *                                       top self-time functions and packages; no report is written
 *   npm run bench -- --profile a --subject "azbatch (shared key)"
 *                                       only the subjects whose name contains the text
 *
 * Targets from the issue are reported as met / missed, never asserted: the quick run checks only
 * that every case runs.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuilt } from "./lib/azbatchEntries.js";
import { describeEnvironment } from "./lib/environment.js";
import { repoRoot } from "./lib/processes.js";
import { profilesIn, startProfiling, summarizeProfile } from "./lib/profile.js";
import { consoleReport, writeReport } from "./lib/report.js";
import type { BenchCase, CaseContext, CaseResult } from "./lib/types.js";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    reps: { type: "string" },
    profile: { type: "string" },
    subject: { type: "string" },
    "no-report": { type: "boolean", default: false },
  },
});

const started = process.hrtime.bigint();
const log = (m: string): void =>
  console.error(`[bench ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s] ${m}`);

// Before the cases are imported: they import the built package (dist/, emulator/dist/).
ensureBuilt(log);
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

const only = args.profile ? [args.profile] : args.only?.split(",").map((s) => s.trim());
const selected = only ? cases.filter((c) => only.includes(c.id)) : cases;
if (only && selected.length !== only.length)
  throw new Error(`unknown case in --only ${args.only}: cases are ${cases.map((c) => c.id).join(", ")}`);

// The run's files (the emulator's task directories, downloads) go below the repository, and every
// process of the run gets it as TMPDIR: a system temporary directory can be far slower to create
// files in than the rest of its file system (the report shows both costs).
const systemTemp = tmpdir();
mkdirSync(join(repoRoot, ".scratch"), { recursive: true });
const scratchDir = mkdtempSync(join(repoRoot, ".scratch", "bench-run-"));
process.env.TMPDIR = scratchDir;
const profileDir = args.profile ? join(repoRoot, "bench/results/profiles", `${args.profile}-${Date.now()}`) : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });
const ctx: CaseContext = {
  quick: args.quick,
  reps: Number(args.reps ?? (args.quick ? 2 : 5)),
  warmup: 1,
  clientExecArgv: profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [],
  subjectFilter: args.subject,
  scratchDir,
  log,
};
if (!Number.isInteger(ctx.reps) || ctx.reps < 1) throw new Error("--reps must be a positive integer");

const env = describeEnvironment(scratchDir, systemTemp);
const results: CaseResult[] = [];
try {
  for (const c of selected) {
    log(`case ${c.id}: ${c.title}`);
    const stop = profileDir ? await startProfiling(join(profileDir, `bench-${c.id}.cpuprofile`)) : undefined;
    results.push(await c.run(ctx));
    await stop?.();
  }
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
}

console.log(consoleReport(results));
if (profileDir) {
  for (const file of profilesIn(profileDir)) {
    const { total, functions, owners } = summarizeProfile(file, repoRoot);
    console.log(`\n${file} (${total.toFixed(0)} ms of samples, idle excluded)`);
    console.log("  self time by package:");
    for (const o of owners)
      console.log(`    ${o.percent.toFixed(1).padStart(5)}%  ${o.ms.toFixed(0).padStart(6)} ms  ${o.name}`);
    console.log("  top self-time functions:");
    for (const f of functions)
      console.log(`    ${f.percent.toFixed(1).padStart(5)}%  ${f.ms.toFixed(0).padStart(6)} ms  ${f.name}`);
  }
} else if (!args["no-report"]) {
  const dir = join(repoRoot, args.quick ? "bench/results/quick" : "bench/results");
  const command = `npm run bench${args.quick || only || args.reps ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`;
  const path = writeReport(dir, results, env, {
    quick: args.quick,
    reps: ctx.reps,
    warmup: ctx.warmup,
    command,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  });
  log(`wrote ${path}`);
}

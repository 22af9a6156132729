/**
 * Case d: cold start. Fresh `node` processes import the built package (dist/) and construct a
 * client: azbatch's root entry, its per-function entry (when package.json exports `./api`), and
 * @azure/batch 10.2.0; an empty script gives node's own start-up. Figures: import + construct
 * as timed inside the process, and the whole process from spawn to exit.
 */
import { spawn } from "node:child_process";
import { API_ENTRY, API_ENTRY_MISSING, findContextFactory, hasApiEntry } from "../lib/azbatchEntries.js";
import { repoRoot } from "../lib/processes.js";
import { medianOf, target } from "../lib/report.js";
import { column, interleaved, secondsSince } from "../lib/stats.js";
import type { BenchCase, MetricGroup, Row } from "../lib/types.js";

const ENDPOINT = "https://benchacct.westus.batch.azure.com";
const KEY = Buffer.from("bench-account-key-not-a-secret-0123456789").toString("base64");

/**
 * Wraps `body` (which imports and constructs) with the in-process clock. `guarded`: a failure to
 * construct is reported instead of failing the run (the per-function entry's factory is found by
 * name, and its signature may differ).
 */
const timed = (body: string, guarded = false): string =>
  guarded
    ? `const t0 = performance.now();\nlet error;\ntry {\n${body}\n} catch (e) { error = String(e?.message ?? e); }\nconst t1 = performance.now();\nprocess.stdout.write(JSON.stringify({ ms: t1 - t0, error }));`
    : `const t0 = performance.now();\n${body}\nconst t1 = performance.now();\nprocess.stdout.write(JSON.stringify({ ms: t1 - t0 }));`;

/** Errors reported by guarded scripts, by subject (the first of each). */
const constructErrors = new Map<string, string>();

function scripts(apiFactory: string | undefined, apiAvailable: boolean): Record<string, string | undefined> {
  const credential = `const { AzureNamedKeyCredential } = await import("@azure/core-auth");\nconst credential = new AzureNamedKeyCredential("benchacct", ${JSON.stringify(KEY)});`;
  return {
    "node (empty script)": timed(""),
    "azbatch (root entry)": timed(
      `const { BatchClient } = await import("azbatch");\n${credential}\nnew BatchClient(${JSON.stringify(ENDPOINT)}, credential);`,
    ),
    "azbatch (per-function entry)": apiAvailable
      ? timed(
          `const api = await import(${JSON.stringify(API_ENTRY)});\n${credential}\n${apiFactory ? `api[${JSON.stringify(apiFactory)}](${JSON.stringify(ENDPOINT)}, credential);` : ""}`,
          true,
        )
      : undefined,
    "@azure/batch": timed(
      `const m = await import("@azure/batch");\nconst batch = m.BatchServiceClient ? m : m.default;\nnew batch.BatchServiceClient(new batch.BatchSharedKeyCredentials("benchacct", ${JSON.stringify(KEY)}), ${JSON.stringify(ENDPOINT)});`,
    ),
  };
}

/** Runs `script` in a fresh node; resolves [in-process ms, spawn-to-exit ms]. */
function runFresh(subject: string, script: string, execArgv: string[]): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [...execArgv, "--input-type=module", "-e", script], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      const wall = secondsSince(start) * 1000;
      if (code !== 0) return reject(new Error(`cold-start script exited with ${code}`));
      const { ms, error } = JSON.parse(out) as { ms: number; error?: string };
      if (error && !constructErrors.has(subject)) constructErrors.set(subject, error);
      resolve([ms, wall]);
    });
  });
}

export const coldStartCase: BenchCase = {
  id: "d",
  title: "Cold start: import and construct a client in a fresh process",
  async run(ctx) {
    const apiAvailable = hasApiEntry();
    const apiFactory = apiAvailable ? findContextFactory(Object.keys(await import(API_ENTRY))) : undefined;
    const all = scripts(apiFactory, apiAvailable);
    const subjects = Object.keys(all).filter((s) => all[s] !== undefined);
    const runs = ctx.quick ? ctx.reps : Math.max(10, ctx.reps);
    const samples = await interleaved(
      subjects,
      { warmup: ctx.warmup, reps: runs, subjectFilter: ctx.subjectFilter },
      (subject) => runFresh(subject, all[subject]!, ctx.clientExecArgv),
    );
    const rows = (k: number): Row[] =>
      Object.keys(all).map((subject) =>
        all[subject] === undefined
          ? { subject, samples: [], note: API_ENTRY_MISSING }
          : constructErrors.has(subject)
            ? { subject, samples: [], note: `construct failed: ${constructErrors.get(subject)}` }
            : { subject, samples: column(samples.get(subject)!, k) },
      );
    const inProcess: MetricGroup = {
      id: "import-construct",
      title: "Import + construct, timed in the process",
      unit: "ms",
      higherIsBetter: false,
      rows: rows(0),
      peers: ["@azure/batch"],
    };
    const wall: MetricGroup = {
      id: "process",
      title: "Whole process, spawn to exit",
      unit: "ms",
      higherIsBetter: false,
      rows: rows(1),
      peers: ["@azure/batch", "node (empty script)"],
    };
    const theirs = medianOf(inProcess, "@azure/batch")!;
    const show = (v: number): string => `${v.toFixed(2)}x`;
    const ratio = (s: string): number | undefined => {
      const m = medianOf(inProcess, s);
      return m === undefined ? undefined : m / theirs;
    };
    return {
      id: this.id,
      title: this.title,
      groups: [inProcess, wall],
      targets: [
        target("import + construct, root entry ≤ 0.8x @azure/batch", ratio("azbatch (root entry)"), 0.8, false, show),
        target(
          "import + construct, per-function entry ≤ 0.8x @azure/batch",
          ratio("azbatch (per-function entry)"),
          0.8,
          false,
          show,
          inProcess.rows.find((r) => r.subject === "azbatch (per-function entry)")?.note,
        ),
      ],
      notes: [
        `${runs} fresh processes per subject (interleaved), each importing the built dist/ and constructing one client with a shared key (node ${process.version}, no compile cache).`,
        apiAvailable
          ? `Per-function entry ${API_ENTRY}: ${apiFactory ? `constructed with ${apiFactory}()` : "imported only (no create…Context export found)"}.`
          : `Per-function entry: ${API_ENTRY_MISSING}.`,
      ],
    };
  },
};

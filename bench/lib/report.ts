/** The console table, the Markdown report and the charts of a run. */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Environment } from "./environment.js";
import { summarize } from "./stats.js";
import { barChart, formatNumber } from "./svgChart.js";
import type { CaseResult, MetricGroup, Row, Target } from "./types.js";

/** The median of a row, or undefined when it has no samples. */
export function medianOf(group: MetricGroup, subject: string): number | undefined {
  const row = group.rows.find((r) => r.subject === subject);
  return row && row.samples.length ? summarize(row.samples).median : undefined;
}

/**
 * A target verdict from a figure: met when `value` is on the good side of `bound`; without a
 * figure, not measured (`unavailable` says why).
 */
export function target(
  text: string,
  value: number | undefined,
  bound: number,
  atLeast: boolean,
  show: (v: number) => string,
  unavailable = "not measured in this run",
): Target {
  if (value === undefined || !Number.isFinite(value)) return { text, met: undefined, detail: unavailable };
  return { text, met: atLeast ? value >= bound : value <= bound, detail: show(value) };
}

const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "–" : `${(a / b).toFixed(2)}x`;

interface TableLine {
  subject: string;
  median: string;
  range: string;
  ratios: string[];
}

function lines(group: MetricGroup): TableLine[] {
  return group.rows.map((row: Row) => {
    if (!row.samples.length)
      return {
        subject: `${row.subject}: ${row.note ?? "not available"}`,
        median: "n/a",
        range: "",
        ratios: group.peers.map(() => "–"),
      };
    const s = summarize(row.samples);
    return {
      subject: row.note ? `${row.subject} (${row.note})` : row.subject,
      median: formatNumber(s.median),
      range: `${formatNumber(s.min)}–${formatNumber(s.max)}`,
      ratios: group.peers.map((p) => (p === row.subject ? "1.00x" : ratio(s.median, medianOf(group, p)))),
    };
  });
}

const verdict = (t: Target): string => (t.met === undefined ? "not measured" : t.met ? "met" : "MISSED");

/** The results as plain-text tables, for the console. */
export function consoleReport(results: CaseResult[]): string {
  const out: string[] = [];
  for (const result of results) {
    out.push("", `${result.id}. ${result.title}`);
    for (const group of result.groups) {
      const header = [
        "  " + group.title + ` (${group.unit})`,
        "median",
        "min–max",
        ...group.peers.map((p) => `vs ${p}`),
      ];
      const body = lines(group).map((l) => ["  " + l.subject, l.median, l.range, ...l.ratios]);
      const widths = header.map((_, i) => Math.max(...[header, ...body].map((r) => r[i].length)));
      for (const r of [header, ...body])
        out.push(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  "));
    }
    for (const t of result.targets) out.push(`  target ${verdict(t)}: ${t.text}: ${t.detail}`);
  }
  return out.join("\n");
}

/** Writes `<dir>/latest.md` and one SVG chart per metric; returns the Markdown path. */
export function writeReport(
  dir: string,
  results: CaseResult[],
  env: Environment,
  extra: { quick: boolean; reps: number; warmup: number; command: string; seconds: number },
): string {
  mkdirSync(dir, { recursive: true });
  const md: string[] = [
    "# azbatch benchmarks",
    "",
    `Produced by \`${extra.command}\` (bench/run.ts) in ${extra.seconds.toFixed(0)} s${extra.quick ? " (quick mode: small sizes, figures not meaningful)" : ""}.`,
    `Each case: ${extra.warmup} warm-up round(s), then ${extra.reps} measured repetitions, subjects interleaved; the table gives the median, min–max and the ratio of medians to each peer (row / peer).`,
    "",
    "| | |",
    "|---|---|",
    `| Date | ${env.date} |`,
    `| CPU | ${env.cpu} |`,
    `| Cores | ${env.cores} |`,
    `| Memory | ${env.memoryGiB} GiB |`,
    `| Load average at start (1, 5, 15 min) | ${env.loadAverage} |`,
    `| Node | ${env.node} |`,
    `| Commit | ${env.commit} |`,
    `| Scratch directory (task files, downloads; TMPDIR of every process of the run) | \`${env.scratch}\` |`,
    `| One directory and one file created (µs CPU): scratch directory / system temporary directory | ${env.metadataCost.scratch.toFixed(0)} / ${env.metadataCost.systemTemp.toFixed(0)} |`,
    ...Object.entries(env.packages).map(([name, version]) => `| ${name} | ${version} |`),
    "",
    "## Targets",
    "",
    "| Case | Target | Verdict | Measured |",
    "|---|---|---|---|",
    ...results.flatMap((r) => r.targets.map((t) => `| ${r.id} | ${t.text} | ${verdict(t)} | ${t.detail} |`)),
    "",
  ];
  for (const result of results) {
    md.push(`## ${result.id}. ${result.title}`, "");
    for (const note of result.notes) md.push(`- ${note}`);
    if (result.notes.length) md.push("");
    for (const group of result.groups) {
      md.push(`### ${group.title} (${group.unit}, ${group.higherIsBetter ? "higher" : "lower"} is better)`, "");
      md.push(`| Subject | Median | Min–max | ${group.peers.map((p) => `vs ${p}`).join(" | ")} |`);
      md.push(`|---|---:|---:|${group.peers.map(() => "---:").join("|")}|`);
      for (const l of lines(group)) md.push(`| ${l.subject} | ${l.median} | ${l.range} | ${l.ratios.join(" | ")} |`);
      const measured = group.rows.filter((r) => r.samples.length);
      if (measured.length) {
        const file = `${result.id}-${group.id}.svg`;
        const bars = measured.map((r) => ({
          label: r.subject,
          ...summarize(r.samples),
          highlight: /^(azbatch|emulator)/.test(r.subject),
        }));
        writeFileSync(
          join(dir, file),
          barChart(
            `${result.id}. ${group.title}`,
            `${group.unit}, ${group.higherIsBetter ? "higher" : "lower"} is better`,
            bars,
          ),
        );
        md.push("", `![${result.id}. ${group.title}](${file})`);
      }
      md.push("");
    }
  }
  if (existsSync(join(dir, "profiles.md")))
    md.push(
      "## Where the time goes",
      "",
      "Profiles of the missed targets (`npm run bench -- --profile <case>`): [profiles.md](profiles.md).",
      "",
    );
  const path = join(dir, "latest.md");
  writeFileSync(path, md.join("\n"));
  return path;
}

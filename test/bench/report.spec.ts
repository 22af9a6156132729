/// <reference types="mocha" />
// Tests for the bench's report, charts and profile summary (bench/lib/report.ts, svgChart.ts, profile.ts).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assert } from "chai";
import { profilesIn, summarizeProfile } from "../../bench/lib/profile.js";
import { consoleReport, target, writeReport } from "../../bench/lib/report.js";
import { barChart } from "../../bench/lib/svgChart.js";
import type { CaseResult } from "../../bench/lib/types.js";

const result: CaseResult = {
  id: "z",
  title: "A case",
  groups: [
    {
      id: "speed",
      title: "Speed",
      unit: "ops/s",
      higherIsBetter: true,
      rows: [
        { subject: "azbatch", samples: [300, 100, 200] },
        { subject: "peer", samples: [100, 100, 100] },
        { subject: "missing", samples: [], note: "not available: no entry" },
      ],
      peers: ["peer"],
    },
  ],
  targets: [target("azbatch ≥ 3x peer", 2, 3, true, (v) => `${v}x`), target("unmeasured", undefined, 1, true, String)],
  notes: ["a note"],
};

describe("bench report", () => {
  it("target says met, missed or not measured", () => {
    assert.isTrue(target("t", 5, 3, true, String).met);
    assert.isFalse(target("t", 5, 3, false, String).met);
    assert.isUndefined(target("t", Number.NaN, 3, true, String).met);
  });

  it("the console table has medians, ranges and ratios of medians to the peers", () => {
    const text = consoleReport([result]);
    assert.match(text, /azbatch\s+200\s+100–300\s+2\.00x/);
    assert.match(text, /missing: not available: no entry\s+n\/a/);
    assert.include(text, "target MISSED: azbatch ≥ 3x peer: 2x");
    assert.include(text, "target not measured: unmeasured");
  });

  it("writeReport writes latest.md with the environment and one SVG per measured metric", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-report-"));
    try {
      const env = {
        date: "2026-01-01T00:00:00Z",
        cpu: "Test CPU",
        cores: 2,
        memoryGiB: 4,
        loadAverage: "1",
        node: "v20",
        commit: "abc",
        packages: { "@azure/batch": "10.2.0" },
        scratch: ".scratch/bench-run-x",
        metadataCost: { scratch: 12, systemTemp: 250 },
      };
      writeReport(dir, [result], env, {
        quick: true,
        reps: 3,
        warmup: 1,
        command: "npm run bench -- --quick",
        seconds: 1,
      });
      const md = readFileSync(join(dir, "latest.md"), "utf8");
      for (const s of [
        "| CPU | Test CPU |",
        "| One directory and one file created (µs CPU): scratch directory / system temporary directory | 12 / 250 |",
        "| Cores | 2 |",
        "| @azure/batch | 10.2.0 |",
        "| z | azbatch ≥ 3x peer | MISSED | 2x |",
        "![z. Speed](z-speed.svg)",
        "- a note",
      ])
        assert.include(md, s);
      assert.match(readFileSync(join(dir, "z-speed.svg"), "utf8"), /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("barChart scales bars to the largest figure and escapes labels", () => {
    const svg = barChart("T", "u", [
      { label: "a<b", median: 50, min: 40, max: 100 },
      { label: "c", median: 100, min: 100, max: 100, highlight: true },
    ]);
    assert.include(svg, "a&#60;b");
    assert.include(svg, 'width="210.0"'); // 50 of 100 on a 420-pixel plot
    assert.include(svg, 'width="420.0"');
  });

  it("summarizeProfile adds self time per function and per package, leaving idle out; profilesIn skips loader threads", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-profile-"));
    try {
      const frame = (id: number, functionName: string, url: string) => ({
        id,
        callFrame: { functionName, url, lineNumber: 9, columnNumber: 0, scriptId: "1" },
      });
      const profile = {
        nodes: [
          frame(1, "(root)", ""),
          frame(2, "(idle)", ""),
          frame(3, "hot", "file:///repo/node_modules/@scope/pkg/x.js"),
          frame(4, "cold", "file:///repo/dist/esm/src/y.js"),
        ],
        samples: [3, 3, 3, 4, 2],
        timeDeltas: [1000, 1000, 1000, 1000, 5000],
      };
      writeFileSync(join(dir, "CPU.20260101.000000.1.0.001.cpuprofile"), JSON.stringify(profile));
      writeFileSync(join(dir, "CPU.20260101.000000.1.1.002.cpuprofile"), JSON.stringify(profile));
      const files = profilesIn(dir);
      assert.lengthOf(files, 1);
      const summary = summarizeProfile(files[0], "/repo/");
      assert.strictEqual(summary.total, 4);
      assert.deepEqual(summary.functions[0], { name: "hot @scope/pkg/x.js:10", ms: 3, percent: 75 });
      assert.deepEqual(
        summary.owners.map((o) => o.name),
        ["@scope/pkg", "dist/esm/src"],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

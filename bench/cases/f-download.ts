/**
 * Case f: downloadTaskFile of a large file (1 GiB; quick 16 MiB) from a loopback server (its own
 * process) to disk: throughput and peak RSS, azbatch vs raw node:http piping to disk. Each
 * download runs in a fresh child process (bench/cases/f-downloadClients.ts).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInChild, startServerProcess } from "../lib/processes.js";
import { medianOf, target } from "../lib/report.js";
import { column, interleaved } from "../lib/stats.js";
import type { BenchCase, MetricGroup } from "../lib/types.js";
import type { DownloadJob, DownloadMeasurement } from "./f-downloadClients.js";

const fileServer = fileURLToPath(new URL("../servers/fileServer.ts", import.meta.url));
const clients = fileURLToPath(new URL("./f-downloadClients.ts", import.meta.url));
const SUBJECTS = ["azbatch downloadTaskFile", "raw node:http"] as const;

export const downloadCase: BenchCase = {
  id: "f",
  title: "Downloading a large task file to disk",
  async run(ctx) {
    const bytes = ctx.quick ? 16 * 2 ** 20 : 2 ** 30;
    const server = await startServerProcess(fileServer, "startFileServer", { bytes });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      const samples = await interleaved(SUBJECTS, ctx, async (subject) => {
        const job: DownloadJob = {
          client: subject === "raw node:http" ? "raw" : "azbatch",
          origin,
          bytes,
          file: join(ctx.scratchDir, "download.bin"),
        };
        const m = await runInChild<DownloadMeasurement>(clients, "download", job, ctx.clientExecArgv, true);
        return [m.mbPerSecond, m.peakRssMB, m.baselineRssMB];
      });
      const rows = (k: number) => SUBJECTS.map((subject) => ({ subject, samples: column(samples.get(subject)!, k) }));
      const speed: MetricGroup = {
        id: "throughput",
        title: "Download throughput",
        unit: "MiB/s",
        higherIsBetter: true,
        rows: rows(0),
        peers: ["raw node:http"],
      };
      const rss: MetricGroup = {
        id: "peak-rss",
        title: "Peak RSS of the downloading process",
        unit: "MiB",
        higherIsBetter: false,
        rows: rows(1),
        peers: ["raw node:http"],
      };
      const base: MetricGroup = {
        id: "baseline-rss",
        title: "RSS before the download (client loaded)",
        unit: "MiB",
        higherIsBetter: false,
        rows: rows(2),
        peers: ["raw node:http"],
      };
      const peak = medianOf(rss, "azbatch downloadTaskFile");
      const ratio = medianOf(speed, "azbatch downloadTaskFile")! / medianOf(speed, "raw node:http")!;
      return {
        id: this.id,
        title: this.title,
        groups: [speed, rss, base],
        targets: [
          target(
            "azbatch peak RSS ≤ 100 MB",
            peak === undefined ? undefined : (peak * 2 ** 20) / 1e6,
            100,
            false,
            (v) => `${v.toFixed(0)} MB`,
          ),
          target("azbatch throughput ≥ 0.9x raw node:http", ratio, 0.9, true, (v) => `${v.toFixed(2)}x`),
        ],
        notes: [
          `${bytes / 2 ** 20} MiB per download, written to a file in the temporary directory and checked for size; one fresh process per download (plain node, the client compiled with esbuild), peak RSS from process.resourceUsage().maxRSS.`,
        ],
      };
    } finally {
      await server.close();
    }
  },
};

/**
 * The clients of case f, each run in a fresh child process (compiled, on plain node, so that its
 * peak RSS is the download's and node's alone): download `bytes` bytes of a task file from a
 * loopback server to a file on disk. Imports packages only (see bench/lib/processes.ts).
 */
import { once } from "node:events";
import { createWriteStream, statSync, unlinkSync } from "node:fs";
import { get } from "node:http";
import { pipeline } from "node:stream/promises";

/** What a download child is told. */
export interface DownloadJob {
  client: "azbatch" | "raw";
  origin: string;
  bytes: number;
  file: string;
}

/** What it measured: MB/s, peak RSS (the kernel's high-water mark) and RSS before the download, in MB. */
export interface DownloadMeasurement {
  mbPerSecond: number;
  peakRssMB: number;
  baselineRssMB: number;
}

/** Downloads and measures; checks the size on disk. */
export async function download(job: DownloadJob): Promise<DownloadMeasurement> {
  // Loaded only by the azbatch child, so that the raw child's memory holds node alone.
  let client: import("azbatch").BatchClient | undefined;
  if (job.client === "azbatch") {
    const [{ BatchClient }, { AzureNamedKeyCredential }] = await Promise.all([
      import("azbatch"),
      import("@azure/core-auth"),
    ]);
    client = new BatchClient(
      job.origin,
      new AzureNamedKeyCredential("benchacct", Buffer.from("bench-key").toString("base64")),
    );
  }
  const baselineRssMB = process.memoryUsage().rss / 2 ** 20;
  const start = process.hrtime.bigint();
  if (client) {
    await pipeline(await client.downloadTaskFile("job", "task", "wd/output.bin"), createWriteStream(job.file));
  } else {
    const req = get(`${job.origin}/jobs/job/tasks/task/files/wd%2Foutput.bin?api-version=2026-10-01`, {
      headers: { accept: "application/octet-stream" },
    });
    const [res] = (await once(req, "response")) as [import("node:http").IncomingMessage];
    if (res.statusCode !== 200) throw new Error(`raw download: ${res.statusCode}`);
    await pipeline(res, createWriteStream(job.file));
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  const size = statSync(job.file).size;
  unlinkSync(job.file);
  if (size !== job.bytes) throw new Error(`downloaded ${size} bytes of ${job.bytes}`);
  return { mbPerSecond: job.bytes / 2 ** 20 / secs, peakRssMB: process.resourceUsage().maxRSS / 1024, baselineRssMB };
}

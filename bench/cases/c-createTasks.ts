/**
 * Case c: many tasks through addtaskcollection to a server (its own process) that accepts them
 * as fast as it can, and again with 150 ms of latency per request. tasks/s for azbatch's
 * createTasks (default concurrency 8) against the server's capacity measured by a raw
 * node:http client (also 8 requests in flight, bodies of 100 tasks), and against @azure/batch
 * 10.2.0's task.addCollection in chunks of 100, sequential and in Promise.all batches of 8.
 */
import { fileURLToPath } from "node:url";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import * as azureBatch from "@azure/batch";
import { BatchClient, type BatchTaskCreateOptions } from "azbatch";
import { startServerProcess } from "../lib/processes.js";
import { batchGetHeaders, createRawClient } from "../lib/rawHttp.js";
import { medianOf, target } from "../lib/report.js";
import { column, interleaved, runConcurrently, secondsSince } from "../lib/stats.js";
import type { BenchCase, CaseContext, MetricGroup } from "../lib/types.js";

const taskCollectionServer = fileURLToPath(new URL("../servers/taskCollectionServer.ts", import.meta.url));
const ACCOUNT = "benchacct";
const KEY = Buffer.from("bench-account-key-not-a-secret-0123456789").toString("base64");
const CHUNK = 100;
const IN_FLIGHT = 8;

const SUBJECTS = [
  "raw node:http (capacity)",
  "azbatch createTasks",
  "@azure/batch sequential",
  "@azure/batch Promise.all x8",
] as const;
type Subject = (typeof SUBJECTS)[number];

function* tasks(prefix: string, n: number): Generator<BatchTaskCreateOptions> {
  for (let i = 0; i < n; i++)
    yield { id: `${prefix}-${i}`, commandLine: `/bin/sh -c "echo frame ${i} && render --frame ${i}"` };
}

function chunks(prefix: string, n: number): BatchTaskCreateOptions[][] {
  const out: BatchTaskCreateOptions[][] = [];
  let chunk: BatchTaskCreateOptions[] = [];
  for (const t of tasks(prefix, n)) {
    chunk.push(t);
    if (chunk.length === CHUNK) {
      out.push(chunk);
      chunk = [];
    }
  }
  if (chunk.length) out.push(chunk);
  return out;
}

async function measureAt(ctx: CaseContext, delayMs: number, total: number): Promise<Map<Subject, number[][]>> {
  const server = await startServerProcess(taskCollectionServer, "startTaskCollectionServer", { delayMs });
  const origin = `http://127.0.0.1:${server.port}`;
  try {
    const ours = new BatchClient(origin, new AzureNamedKeyCredential(ACCOUNT, KEY));
    const theirs = new azureBatch.BatchServiceClient(new azureBatch.BatchSharedKeyCredentials(ACCOUNT, KEY), origin);
    const raw = createRawClient(origin);
    const runs: Record<Subject, (job: string, n: number) => Promise<void>> = {
      "raw node:http (capacity)": async (job, n) => {
        const all = chunks(job, n);
        const path = `/jobs/${job}/addtaskcollection?api-version=2026-10-01`;
        await runConcurrently(all.length, IN_FLIGHT, async (i) => {
          const body = JSON.stringify({ value: all[i] });
          const headers = {
            ...batchGetHeaders(ACCOUNT, KEY, path),
            "content-type": "application/json; odata=minimalmetadata",
            "content-length": Buffer.byteLength(body),
          };
          const res = await raw.request("POST", path, headers, body);
          const answer = JSON.parse(res.body.toString("utf8")) as { value: Array<{ status: string }> };
          if (res.status !== 200 || answer.value.some((r) => r.status !== "success"))
            throw new Error(`raw addtaskcollection: ${res.status}`);
        });
      },
      "azbatch createTasks": async (job, n) => {
        const result = await ours.createTasks(job, tasks(job, n));
        if (result.created !== n) throw new Error(`createTasks created ${result.created} of ${n}`);
      },
      "@azure/batch sequential": async (job, n) => {
        for (const chunk of chunks(job, n)) await theirs.task.addCollection(job, chunk);
      },
      "@azure/batch Promise.all x8": async (job, n) => {
        const all = chunks(job, n);
        for (let i = 0; i < all.length; i += IN_FLIGHT)
          await Promise.all(all.slice(i, i + IN_FLIGHT).map((chunk) => theirs.task.addCollection(job, chunk)));
      },
    };
    let runNumber = 0;
    const samples = await interleaved(SUBJECTS, ctx, async (subject, round) => {
      const n = round.warmup ? Math.max(CHUNK * IN_FLIGHT, Math.round(total / 10 / CHUNK) * CHUNK) : total;
      const start = process.hrtime.bigint();
      await runs[subject](`job${delayMs}-${runNumber++}`, n);
      return [n / secondsSince(start)];
    });
    raw.close();
    return samples;
  } finally {
    await server.close();
  }
}

export const createTasksCase: BenchCase = {
  id: "c",
  title: "Adding tasks with addtaskcollection",
  async run(ctx) {
    const fast = ctx.quick ? 2_000 : 100_000;
    const slow = ctx.quick ? 800 : 5_000;
    const groups: MetricGroup[] = [];
    for (const [delayMs, total] of [
      [0, fast],
      [150, slow],
    ] as const) {
      ctx.log(`  ${total} tasks, server latency ${delayMs} ms`);
      const samples = await measureAt(ctx, delayMs, total);
      groups.push({
        id: `tasks-${delayMs}ms`,
        title: `Tasks/s, ${total.toLocaleString("en-US")} tasks, server latency ${delayMs} ms`,
        unit: "tasks/s",
        higherIsBetter: true,
        rows: SUBJECTS.map((subject) => ({ subject, samples: column(samples.get(subject)!, 0) })),
        peers: ["raw node:http (capacity)", "@azure/batch sequential"],
      });
    }
    const [g0, g150] = groups;
    const show = (v: number): string => `${v.toFixed(2)}x`;
    return {
      id: this.id,
      title: this.title,
      groups,
      targets: [
        target(
          "createTasks ≥ 90% of the server's capacity (raw client), 0 ms latency",
          medianOf(g0, "azbatch createTasks")! / medianOf(g0, "raw node:http (capacity)")!,
          0.9,
          true,
          show,
        ),
        target(
          "createTasks ≥ 5x @azure/batch sequential at 150 ms latency",
          medianOf(g150, "azbatch createTasks")! / medianOf(g150, "@azure/batch sequential")!,
          5,
          true,
          show,
        ),
      ],
      notes: [
        `${fast.toLocaleString("en-US")} tasks per repetition at 0 ms latency; ${slow.toLocaleString("en-US")} at 150 ms (sized so that the sequential @azure/batch run stays near ${((slow / CHUNK) * 0.15).toFixed(1)} s per repetition).`,
        `Bodies of ${CHUNK} tasks; the raw client and createTasks keep ${IN_FLIGHT} requests in flight; the server answers every task "success" with eTag, lastModified and location, as the service does.`,
      ],
    };
  },
};

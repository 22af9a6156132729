/**
 * The clients of case h, each run in a fresh child process (compiled, on plain node with
 * --expose-gc): one warm-up listing, then one measured listing of every task of a job with
 * `$select`, sampling the heap. Imports packages only (see bench/lib/processes.ts).
 */

/** What a listing child is told. */
export interface ListJob {
  client: "azbatch" | "@azure/batch";
  origin: string;
  total: number;
  select: string[];
}

/** Items/s of the measured listing and the peak heap used during it (MB). */
export interface ListMeasurement {
  itemsPerSecond: number;
  peakHeapMB: number;
}

const ACCOUNT = "benchacct";
const KEY = Buffer.from("bench-account-key-not-a-secret-0123456789").toString("base64");

/** Lists twice (warm-up, measured) and measures the second. */
export async function list(job: ListJob): Promise<ListMeasurement> {
  const gc = (globalThis as { gc?: () => void }).gc;
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  let listing: () => Promise<number>;
  if (job.client === "azbatch") {
    // Each child loads only the client it measures.
    const [{ BatchClient }, { AzureNamedKeyCredential }] = await Promise.all([
      import("azbatch"),
      import("@azure/core-auth"),
    ]);
    const client = new BatchClient(job.origin, new AzureNamedKeyCredential(ACCOUNT, KEY));
    listing = async () => {
      let n = 0;
      for await (const task of client.listTasks("job", { select: job.select, maxresults: 1000 })) {
        if (!task.id) throw new Error("task without id");
        if (++n % 100 === 0) sample();
      }
      return n;
    };
  } else {
    const imported = await import("@azure/batch");
    const azureBatch = imported.BatchServiceClient
      ? imported
      : (imported as unknown as { default: typeof imported }).default;
    const client = new azureBatch.BatchServiceClient(
      new azureBatch.BatchSharedKeyCredentials(ACCOUNT, KEY),
      job.origin,
    );
    listing = async () => {
      let n = 0;
      let page = await client.task.list("job", { taskListOptions: { select: job.select.join(","), maxResults: 1000 } });
      for (;;) {
        for (const task of page) {
          if (!task.id) throw new Error("task without id");
          if (++n % 100 === 0) sample();
        }
        if (!page.odatanextLink) return n;
        page = await client.task.listNext(page.odatanextLink);
      }
    };
  }
  await listing();
  gc?.();
  peak = 0;
  const start = process.hrtime.bigint();
  const n = await listing();
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  sample();
  if (n !== job.total) throw new Error(`${job.client} listed ${n} of ${job.total} tasks`);
  return { itemsPerSecond: n / secs, peakHeapMB: peak / 2 ** 20 };
}

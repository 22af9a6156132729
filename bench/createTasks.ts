/**
 * Measures BatchClient.createTasks: tasks/second per `concurrency`, and the peak memory of a
 * streamed submission.
 *
 *   node --conditions=source --expose-gc --import tsx bench/createTasks.ts emulator [tasks] [concurrencies]
 *   node --conditions=source --expose-gc --import tsx bench/createTasks.ts stub [tasks] [concurrencies] [delayMs]
 *   node --conditions=source --expose-gc --import tsx bench/createTasks.ts memory [tasks]
 *
 * - `emulator`: against azbatch-emulator (in this process, pool without nodes so nothing runs):
 *   the client's and the server's CPU on this machine are the limit.
 * - `stub`: against a minimal local HTTP server that answers each addtaskcollection with a
 *   per-task `success` after `delayMs` (default 150 ms, a realistic service latency): the
 *   latency is the limit, as against the real service.
 * - `memory`: streams `tasks` (default 100,000) tasks with 1 KB command lines from a generator to
 *   the stub (no delay) and reports the peak heap (sampled after a forced GC) and RSS.
 *
 * Defaults: 20,000 tasks, concurrencies 1,2,4,8,16,32.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { startEmulator } from "azbatch-emulator";
import { BatchClient, type BatchTaskCreateOptions } from "../src/index.js";

const [mode = "stub", tasksArg, concurrenciesArg, delayArg] = process.argv.slice(2);
const total = Number(tasksArg ?? (mode === "memory" ? 100_000 : 20_000));
const concurrencies = (concurrenciesArg ?? "1,2,4,8,16,32").split(",").map(Number);
const delayMs = Number(delayArg ?? 150);
const gc = (globalThis as { gc?: () => void }).gc;

function* tasks(prefix: string, n: number, commandLineBytes = 40): Generator<BatchTaskCreateOptions> {
  for (let i = 0; i < n; i++) {
    yield {
      id: `${prefix}-${i}`,
      commandLine: `/bin/sh -c "echo ${i} ${"y".repeat(Math.max(0, commandLineBytes - 20))}"`,
    };
  }
}

/** A server that answers addtaskcollection with per-task success after `delay` ms. */
async function startStub(delay: number): Promise<{ endpoint: string; server: Server }> {
  const server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on("data", (d: Buffer) => parts.push(d));
    req.on("end", () => {
      const body = JSON.parse(Buffer.concat(parts).toString("utf8")) as { value: Array<{ id: string }> };
      const answer = JSON.stringify({ value: body.value.map((t) => ({ status: "success", taskId: t.id })) });
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json; odata=minimalmetadata" });
        res.end(answer);
      }, delay);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function throughput(client: BatchClient, jobFor: (run: number) => Promise<string>): Promise<void> {
  console.log(`concurrency | tasks/s | seconds`);
  for (const [run, concurrency] of concurrencies.entries()) {
    const jobId = await jobFor(run);
    const started = process.hrtime.bigint();
    const result = await client.createTasks(jobId, tasks(`r${run}`, total), { concurrency });
    const secs = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.created !== total) throw new Error(`created ${result.created} of ${total}`);
    console.log(`${String(concurrency).padStart(11)} | ${(total / secs).toFixed(0).padStart(7)} | ${secs.toFixed(2)}`);
  }
}

if (mode === "emulator") {
  const emu = await startEmulator({ port: 0 });
  try {
    const client = new BatchClient(emu.endpoint, new AzureNamedKeyCredential(emu.accountName, emu.accountKey));
    await client.createPool({
      id: "bench",
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
        nodeAgentSkuId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 0,
    });
    console.log(`emulator, ${total} tasks per run`);
    await throughput(client, async (run) => {
      await client.createJob({ id: `bench-${run}`, poolInfo: { poolId: "bench" } });
      return `bench-${run}`;
    });
  } finally {
    await emu.close();
  }
} else if (mode === "stub") {
  const { endpoint, server } = await startStub(delayMs);
  try {
    const client = new BatchClient(endpoint, new AzureNamedKeyCredential("bench", Buffer.from("k").toString("base64")));
    console.log(`stub server answering after ${delayMs} ms, ${total} tasks per run`);
    await throughput(client, async (run) => `bench-${run}`);
  } finally {
    server.close();
  }
} else if (mode === "memory") {
  if (!gc) throw new Error("run with --expose-gc");
  const { endpoint, server } = await startStub(0);
  try {
    const client = new BatchClient(endpoint, new AzureNamedKeyCredential("bench", Buffer.from("k").toString("base64")));
    gc();
    const baseHeap = process.memoryUsage().heapUsed;
    const baseRss = process.memoryUsage().rss;
    let peakHeap = 0;
    let peakRss = 0;
    let chunks = 0;
    const started = Date.now();
    const result = await client.createTasks("bench", tasks("m", total, 1_000), {
      onProgress: () => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        if (++chunks % 20 === 0) {
          gc();
          peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        }
      },
    });
    const mb = (n: number): string => (n / 1048576).toFixed(1);
    console.log(
      `${result.created} tasks (1 KB command lines, ~${mb(total * 1_050)} MB if held) streamed in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(`heap after GC: baseline ${mb(baseHeap)} MB, peak ${mb(peakHeap)} MB (+${mb(peakHeap - baseHeap)} MB)`);
    console.log(`RSS: baseline ${mb(baseRss)} MB, peak ${mb(peakRss)} MB`);
  } finally {
    server.close();
  }
} else {
  throw new Error(`unknown mode ${mode}: emulator, stub or memory`);
}

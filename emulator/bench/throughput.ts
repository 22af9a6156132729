/**
 * Throughput of the emulator: N trivial tasks (`/bin/sh -c "echo $AZ_BATCH_TASK_ID"`)
 * on a pool of 2 nodes x 4 slots, added with addtaskcollection (100 per call).
 *
 * Run: cd /work/main && node --import tsx emulator/bench/throughput.ts [tasks]
 */
import { start, waitFor } from "../test/helpers.js";

const total = Number(process.argv[2] ?? 1000);
const { emu, client } = await start({ timings: { nodeCreateMs: 50, nodeStartMs: 50 } });
try {
  await client.createPool("bench", 2, { taskSlotsPerNode: 4 });
  await client.createJob("bench", "bench");
  const t0 = Date.now();
  const batches: Promise<unknown>[] = [];
  for (let i = 0; i < total; i += 100) {
    const value = [];
    for (let j = i; j < Math.min(total, i + 100); j++)
      value.push({ id: `task-${j}`, commandLine: '/bin/sh -c "echo $AZ_BATCH_TASK_ID"' });
    batches.push(
      client.post("/jobs/bench/addtaskcollection", { value }).then((r) => {
        if (r.status !== 200 || r.json.value.some((x: { status: string }) => x.status !== "success"))
          throw new Error(`add failed: ${r.status} ${r.text.slice(0, 300)}`);
      }),
    );
  }
  await Promise.all(batches);
  const tAdded = Date.now();
  let counts: { completed: number; succeeded: number; failed: number } = { completed: 0, succeeded: 0, failed: 0 };
  await waitFor(
    async () => {
      counts = (await client.get("/jobs/bench/taskcounts")).json.taskCounts;
      return counts.completed === total;
    },
    300_000,
    50,
  );
  const t1 = Date.now();
  const secs = (t1 - t0) / 1000;
  console.log(
    `${total} tasks on 2 nodes x 4 slots: added in ${((tAdded - t0) / 1000).toFixed(2)} s, all completed in ${secs.toFixed(2)} s`,
  );
  console.log(
    `throughput: ${(total / secs).toFixed(1)} tasks/s (succeeded ${counts.succeeded}, failed ${counts.failed})`,
  );
} finally {
  await emu.close();
}

/**
 * The floor of case g, run in a fresh child process (compiled, on plain node) so that the
 * spawning process is as small as the emulator's: `total` runs of `/bin/true`, `concurrency` at
 * a time, with stdio ignored. Imports node built-ins only (see bench/lib/processes.ts).
 */
import { spawn } from "node:child_process";

/** How many and how many at a time. */
export interface SpawnLoopJob {
  total: number;
  concurrency: number;
}

/** Runs the loop; resolves runs/s. */
export async function spawnLoop(job: SpawnLoopJob): Promise<number> {
  const start = process.hrtime.bigint();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < job.total) {
      next++;
      await new Promise<void>((resolve, reject) => {
        const child = spawn("/bin/true", [], { stdio: "ignore" });
        child.on("error", reject);
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`/bin/true exited with ${code}`))));
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(job.concurrency, job.total) }, worker));
  return job.total / (Number(process.hrtime.bigint() - start) / 1e9);
}

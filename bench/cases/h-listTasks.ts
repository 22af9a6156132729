/**
 * Case h: listing every task of a job (10,000; quick 2,000) with `$select`, from a loopback
 * server (its own process) serving pages of 1,000: items/s and peak heap, azbatch vs
 * @azure/batch 10.2.0. Each listing runs in a fresh child process (bench/cases/h-listClients.ts).
 */
import { fileURLToPath } from "node:url";
import { runInChild, startServerProcess } from "../lib/processes.js";
import { medianOf, target } from "../lib/report.js";
import { column, interleaved } from "../lib/stats.js";
import type { BenchCase, MetricGroup } from "../lib/types.js";
import type { ListJob, ListMeasurement } from "./h-listClients.js";

const taskListServer = fileURLToPath(new URL("../servers/taskListServer.ts", import.meta.url));
const clients = fileURLToPath(new URL("./h-listClients.ts", import.meta.url));
const SUBJECTS = ["azbatch", "@azure/batch"] as const;
const SELECT = ["id", "state", "executionInfo", "nodeInfo"];

export const listTasksCase: BenchCase = {
  id: "h",
  title: "Listing tasks with $select (pages of 1,000)",
  async run(ctx) {
    const total = ctx.quick ? 2_000 : 10_000;
    const server = await startServerProcess(taskListServer, "startTaskListServer", { total, pageSize: 1_000 });
    try {
      const origin = `http://127.0.0.1:${server.port}`;
      // A listing is short, so more repetitions than elsewhere: the median holds on a busy machine.
      const reps = ctx.quick ? ctx.reps : Math.max(10, ctx.reps);
      const samples = await interleaved(SUBJECTS, { ...ctx, reps }, async (subject) => {
        const job: ListJob = { client: subject, origin, total, select: SELECT };
        const m = await runInChild<ListMeasurement>(clients, "list", job, ["--expose-gc", ...ctx.clientExecArgv], true);
        return [m.itemsPerSecond, m.peakHeapMB];
      });
      const rows = (k: number) => SUBJECTS.map((subject) => ({ subject, samples: column(samples.get(subject)!, k) }));
      const speed: MetricGroup = {
        id: "items",
        title: "Tasks listed per second",
        unit: "items/s",
        higherIsBetter: true,
        rows: rows(0),
        peers: ["@azure/batch"],
      };
      const heap: MetricGroup = {
        id: "peak-heap",
        title: "Peak heap used while listing",
        unit: "MiB",
        higherIsBetter: false,
        rows: rows(1),
        peers: ["@azure/batch"],
      };
      return {
        id: this.id,
        title: this.title,
        groups: [speed, heap],
        targets: [
          target(
            "azbatch ≥ 2x @azure/batch items/s",
            medianOf(speed, "azbatch")! / medianOf(speed, "@azure/batch")!,
            2,
            true,
            (v) => `${v.toFixed(2)}x`,
          ),
        ],
        notes: [
          `${total.toLocaleString("en-US")} tasks, ${reps} repetitions, $select=${SELECT.join(",")}, maxresults 1000, pages linked by odata.nextLink. One fresh process per listing: a warm-up listing, a GC, then the measured listing; heap sampled every 100 items.`,
        ],
      };
    } finally {
      await server.close();
    }
  },
};

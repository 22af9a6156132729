// azbatch quickstart: create a pool of 2 nodes and a job, submit 1,000 tasks, wait for them with
// a progress bar, print the results and one task's output, then delete the job and the pool.
//
//   npm run quickstart                      runs on the local emulator, started in this process
//   QUICKSTART_TASKS=20 npm run quickstart  fewer (or more) tasks
//
// With BATCH_ENDPOINT, BATCH_ACCOUNT_NAME and BATCH_ACCOUNT_KEY set, the same code runs against
// that Batch account instead: 2 standard_d2s_v3 Ubuntu 22.04 nodes, billed while the pool exists.
// On the emulator it prints the dashboard's address: open it to watch the run.

import { pathToFileURL } from "node:url";
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { Presets, SingleBar } from "cli-progress";
import { BatchClient, type BatchTaskCreateOptions } from "azbatch";
import { startEmulator } from "azbatch-emulator";

/** A Batch account to run on; `dashboardUrl` is set for an emulator that serves its dashboard. */
export interface QuickstartAccount {
  endpoint: string;
  accountName: string;
  accountKey: string;
  dashboardUrl?: string;
  close(): Promise<void>;
}

/** Options of {@link runQuickstart} (the command line uses the defaults). */
export interface QuickstartOptions {
  /** Account to run on (default: the environment's, or a fresh local emulator); closed at the end. */
  account?: QuickstartAccount;
  /** Number of tasks (default QUICKSTART_TASKS, or 1,000). */
  taskCount?: number;
  /** Called once every task has completed, before the job and pool are deleted. */
  beforeCleanup?: (ids: { poolId: string; jobId: string }) => Promise<void>;
}

/** The account to use: the one in the environment, or a fresh local emulator. */
async function connect(): Promise<QuickstartAccount> {
  const { BATCH_ENDPOINT, BATCH_ACCOUNT_NAME, BATCH_ACCOUNT_KEY } = process.env;
  if (BATCH_ENDPOINT || BATCH_ACCOUNT_NAME || BATCH_ACCOUNT_KEY) {
    if (!BATCH_ENDPOINT || !BATCH_ACCOUNT_NAME || !BATCH_ACCOUNT_KEY) {
      throw new Error("Set all three of BATCH_ENDPOINT, BATCH_ACCOUNT_NAME and BATCH_ACCOUNT_KEY, or none.");
    }
    return {
      endpoint: BATCH_ENDPOINT,
      accountName: BATCH_ACCOUNT_NAME,
      accountKey: BATCH_ACCOUNT_KEY,
      close: async () => {},
    };
  }
  return startEmulator();
}

const taskIdOf = (i: number, taskCount: number): string =>
  `task-${String(i).padStart(String(taskCount - 1).length, "0")}`;

/** The tasks, generated as they are submitted (a generator is never held in memory whole). */
function* tasks(taskCount: number): Iterable<BatchTaskCreateOptions> {
  const taskId = (i: number): string => taskIdOf(i, taskCount);
  for (let i = 0; i < taskCount; i++) {
    yield { id: taskId(i), commandLine: '/bin/sh -c "echo Task $AZ_BATCH_TASK_ID on $AZ_BATCH_NODE_ID"' };
  }
}

async function readText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text;
}

/** Tells about a job or pool that could not be deleted (on a real account a pool keeps costing). */
function reportLeftBehind(id: string): (error: { statusCode?: number; message: string }) => void {
  return (error) => {
    if (error.statusCode !== 404) console.error(`Could not delete ${id}, delete it yourself: ${error.message}`);
  };
}

/**
 * Runs the quickstart: pool, job, tasks, wait, results, cleanup.
 * @param options - Account, task count and a hook before cleanup.
 * @returns True when every task succeeded.
 */
export async function runQuickstart(options: QuickstartOptions = {}): Promise<boolean> {
  const taskCount = options.taskCount ?? Number(process.env.QUICKSTART_TASKS ?? 1000);
  if (!Number.isInteger(taskCount) || taskCount < 1) throw new Error("QUICKSTART_TASKS must be a positive integer.");
  const taskId = (i: number): string => taskIdOf(i, taskCount);
  const started = Date.now();
  const account = options.account ?? (await connect());
  const client = new BatchClient(
    account.endpoint,
    new AzureNamedKeyCredential(account.accountName, account.accountKey),
  );
  const local = options.account ? options.account.dashboardUrl !== undefined : !process.env.BATCH_ENDPOINT;
  const suffix = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const poolId = `quickstart-pool-${suffix}`;
  const jobId = `quickstart-job-${suffix}`;
  const stop = new AbortController(); // Ctrl+C stops waiting and still cleans up
  const onSigint = (): void => stop.abort();
  process.once("SIGINT", onSigint);
  const bar = new SingleBar(
    { format: "{phase} |{bar}| {value}/{total} {detail}", hideCursor: true, noTTYOutput: true, notTTYSchedule: 5000 },
    Presets.shades_classic,
  );

  try {
    console.log(`Batch account ${account.accountName} at ${account.endpoint}${local ? " (local emulator)" : ""}`);
    if (account.dashboardUrl) console.log(`Dashboard: ${account.dashboardUrl} (open it in a browser to watch the run)`);
    await client.createPool({
      id: poolId,
      vmSize: "standard_d2s_v3",
      virtualMachineConfiguration: {
        imageReference: {
          publisher: "canonical",
          offer: "0001-com-ubuntu-server-jammy",
          sku: "22_04-lts",
          version: "latest",
        },
        nodeAgentSkuId: "batch.node.ubuntu 22.04",
      },
      targetDedicatedNodes: 2,
      taskSlotsPerNode: 4,
    });
    await client.createJob({ id: jobId, poolInfo: { poolId } });
    console.log(`Created pool ${poolId} (2 nodes) and job ${jobId}`);

    bar.start(taskCount, 0, { phase: "Submitting", detail: "created" });
    await client.createTasks(jobId, tasks(taskCount), {
      abortSignal: stop.signal,
      onProgress: (p) => bar.update(p.created, { detail: `created${p.failed ? `, ${p.failed} failed` : ""}` }),
    });
    bar.stop();

    bar.start(taskCount, 0, { phase: "Running   ", detail: "completed" });
    const result = await client.waitForTasks(jobId, {
      abortSignal: stop.signal,
      pollIntervalInMs: local ? 200 : 5_000,
      onProgress: (p) => bar.update(p.completed, { detail: `completed, ${p.running} running, ${p.failed} failed` }),
    });
    bar.stop();

    console.log(`\nTasks: ${result.succeeded} succeeded, ${result.failed} failed`);
    if (result.failed > 0) console.log(`Failed: ${result.failedTaskIds.slice(0, 10).join(", ")}`);
    const stdout = await readText(await client.downloadTaskFile(jobId, taskId(0), "stdout.txt"));
    console.log(`stdout.txt of ${taskId(0)}: ${stdout.trim()}`);
    console.log(`Wall time: ${((Date.now() - started) / 1000).toFixed(1)} s for ${taskCount} tasks`);
    await options.beforeCleanup?.({ poolId, jobId });
    return result.failed === 0;
  } finally {
    bar.stop();
    process.off("SIGINT", onSigint);
    console.log("Deleting the job and the pool");
    await client.deleteJob(jobId).catch(reportLeftBehind(jobId));
    await client.deletePool(poolId).catch(reportLeftBehind(poolId));
    await account.close();
  }
}

// Run when started as a program (not when imported, as the dashboard's browser test does).
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runQuickstart().then(
    (ok) => {
      process.exitCode = ok ? 0 : 1;
    },
    (error: unknown) => {
      console.error(`\nQuickstart failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}

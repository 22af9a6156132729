/**
 * Case e: bundle size. The quickstart's calls (samples/quickstart.ts: create a pool and a job,
 * add tasks, wait for them, download a task file, delete the job and the pool) bundled with
 * esbuild for Node (ESM, minified) and gzipped: azbatch's root entry, its per-function entry
 * (when package.json exports `./api`; the functions are picked by name from what it exports)
 * and @azure/batch 10.2.0. A bundle is deterministic, so each is built once.
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import {
  API_ENTRY,
  API_ENTRY_MISSING,
  findContextFactory,
  hasApiEntry,
  QUICKSTART_OPERATIONS,
} from "../lib/azbatchEntries.js";
import { repoRoot } from "../lib/processes.js";
import { medianOf, target } from "../lib/report.js";
import type { BenchCase, MetricGroup } from "../lib/types.js";

const POOL = `{ id: "pool", vmSize: "standard_d2s_v3", virtualMachineConfiguration: { imageReference: { publisher: "canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" }, nodeAgentSkuId: "batch.node.ubuntu 22.04" }, targetDedicatedNodes: 2, taskSlotsPerNode: 4 }`;
const TASKS = `[{ id: "t0", commandLine: "/bin/sh -c 'echo hi'" }]`;

const rootEntry = `
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { BatchClient } from "azbatch";
export async function quickstart(endpoint, name, key) {
  const client = new BatchClient(endpoint, new AzureNamedKeyCredential(name, key));
  await client.createPool(${POOL});
  await client.createJob({ id: "job", poolInfo: { poolId: "pool" } });
  await client.createTasks("job", ${TASKS});
  await client.waitForTasks("job");
  const stdout = await client.downloadTaskFile("job", "t0", "stdout.txt");
  await client.deleteJob("job");
  await client.deletePool("pool");
  return stdout;
}`;

/** The same calls through the per-function entry, with the names it exports. */
function apiEntry(exportNames: string[]): { source: string; note: string } {
  const factory = findContextFactory(exportNames);
  const present = QUICKSTART_OPERATIONS.filter((op) => exportNames.includes(op));
  const missing = QUICKSTART_OPERATIONS.filter((op) => !exportNames.includes(op));
  const args: Record<string, string> = {
    createPool: POOL,
    createJob: `{ id: "job", poolInfo: { poolId: "pool" } }`,
    createTasks: `"job", ${TASKS}`,
    waitForTasks: `"job"`,
    downloadTaskFile: `"job", "t0", "stdout.txt"`,
    deleteJob: `"job"`,
    deletePool: `"pool"`,
  };
  const imports = [...(factory ? [factory] : []), ...present].join(", ");
  const source = `
import { AzureNamedKeyCredential } from "@azure/core-auth";
import { ${imports} } from "${API_ENTRY}";
export async function quickstart(endpoint, name, key) {
  const context = ${factory ? `${factory}(endpoint, new AzureNamedKeyCredential(name, key))` : "undefined"};
  const out = [];
${present.map((op) => `  out.push(await ${op}(context, ${args[op]}));`).join("\n")}
  return out;
}`;
  const note = `${API_ENTRY}: ${factory ? `context from ${factory}()` : "no create…Context export found"}; ${present.length ? `functions ${present.join(", ")}` : "none of the quickstart's functions"}${missing.length ? `; not exported: ${missing.join(", ")}` : ""}.`;
  return { source, note };
}

const theirEntry = `
import { BatchServiceClient, BatchSharedKeyCredentials } from "@azure/batch";
export async function quickstart(endpoint, name, key) {
  const client = new BatchServiceClient(new BatchSharedKeyCredentials(name, key), endpoint);
  await client.pool.add(${POOL.replace("nodeAgentSkuId", "nodeAgentSKUId")});
  await client.job.add({ id: "job", poolInfo: { poolId: "pool" } });
  await client.task.addCollection("job", ${TASKS});
  const page = await client.task.list("job");
  const stdout = await client.file.getFromTask("job", "t0", "stdout.txt");
  await client.job.deleteMethod("job");
  await client.pool.deleteMethod("pool");
  return [page, stdout];
}`;

/** The packages the core's proxy policy brings, whether or not a proxy is configured. */
const PROXY_PACKAGES = [
  "https-proxy-agent",
  "http-proxy-agent",
  "agent-base",
  "debug",
  "ms",
  "supports-color",
  "has-flag",
];

interface Bundle {
  minified: number;
  gzipped: number;
  /** Minified bytes by package (`azbatch` for this repository's own files). */
  byPackage: Map<string, number>;
}

/**
 * Bundles `source` as a user's esbuild build would.
 * @param source - The entry's code.
 * @param withoutProxyAgents - Analysis only: resolve the two proxy agent packages to empty modules.
 */
async function bundle(source: string, withoutProxyAgents = false): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: "js", sourcefile: "quickstart-calls.js" },
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: withoutProxyAgents
      ? [
          {
            name: "empty-proxy-agents",
            setup(b) {
              b.onResolve({ filter: /^https?-proxy-agent$/ }, () => ({ path: "empty", namespace: "empty" }));
              b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({
                contents: "export class HttpsProxyAgent {} export class HttpProxyAgent {}",
                loader: "js",
              }));
            },
          },
        ]
      : [],
  });
  const code = result.outputFiles[0]!.contents;
  const byPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs))
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? "azbatch";
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, byPackage };
}

/** Where a bundle's minified bytes go: this repository's code, the proxy stack, the rest of the Azure core. */
function breakdown(b: Bundle): string {
  const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
  let own = 0;
  let proxy = 0;
  let core = 0;
  for (const [name, bytes] of b.byPackage)
    if (name === "azbatch") own += bytes;
    else if (PROXY_PACKAGES.includes(name)) proxy += bytes;
    else core += bytes;
  return `azbatch's own code ${kb(own)}, the Azure core packages ${kb(core)}, the proxy agents and their logger (${PROXY_PACKAGES.join(", ")}) ${kb(proxy)}`;
}

export const bundleCase: BenchCase = {
  id: "e",
  title: "Bundle size of the quickstart's calls (esbuild, minified, gzip)",
  async run() {
    const notes = [
      "esbuild for platform node, ESM, minified, everything bundled (node built-ins excluded); gzip level 9. Built once: a bundle is deterministic.",
    ];
    const entries: Record<string, string | undefined> = {
      "azbatch (root entry)": rootEntry,
      "azbatch (per-function entry)": undefined,
      "@azure/batch": theirEntry,
    };
    if (hasApiEntry()) {
      const { source, note } = apiEntry(Object.keys(await import(API_ENTRY)));
      entries["azbatch (per-function entry)"] = source;
      notes.push(note);
    } else notes.push(`Per-function entry: ${API_ENTRY_MISSING}.`);
    const sizes = new Map<string, Bundle>();
    for (const [subject, source] of Object.entries(entries)) if (source) sizes.set(subject, await bundle(source));
    const apiSource = entries["azbatch (per-function entry)"];
    const api = sizes.get("azbatch (per-function entry)");
    if (apiSource && api) {
      const lean = await bundle(apiSource, true);
      notes.push(
        `Where the per-function bundle's minified bytes go (esbuild's metafile): ${breakdown(api)}. ` +
          "The proxy agents come in through any import of @azure/core-rest-pipeline (its runtime's proxy policy imports them as CommonJS, which esbuild keeps), configured proxy or not. " +
          `Analysis build with the two proxy agent packages resolved to empty modules (not something a user gets): ${(lean.gzipped / 1000).toFixed(1)} KB gzip.`,
      );
    }
    const group = (id: string, title: string, key: "minified" | "gzipped"): MetricGroup => ({
      id,
      title,
      unit: "KB",
      higherIsBetter: false,
      rows: Object.keys(entries).map((subject) => {
        const size = sizes.get(subject);
        return size ? { subject, samples: [size[key] / 1000] } : { subject, samples: [], note: API_ENTRY_MISSING };
      }),
      peers: ["@azure/batch"],
    });
    const gz = group("gzip", "Minified + gzip", "gzipped");
    return {
      id: this.id,
      title: this.title,
      groups: [gz, group("minified", "Minified", "minified")],
      targets: [
        target(
          "per-function entry ≤ 30 KB min+gzip",
          medianOf(gz, "azbatch (per-function entry)"),
          30,
          false,
          (v) => `${v.toFixed(1)} KB (root entry ${medianOf(gz, "azbatch (root entry)")!.toFixed(1)} KB)`,
          API_ENTRY_MISSING,
        ),
      ],
      notes,
    };
  },
};

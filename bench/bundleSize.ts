/**
 * How much of the SDK a program that makes the quickstart's calls (create a pool, a job and
 * tasks) ships: bundled with esbuild for Node, minified, then gzipped, once through the package
 * root (`BatchClient`) and once through `azbatch/api` (the operation functions).
 *
 *   npx tsx bench/bundleSize.ts
 *
 * Self-contained: bundles the sources (`src/index.ts`, `src/api.ts`), as the published
 * `dist/esm` entry points would be.
 */
import { gzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const programs: Record<string, string> = {
  "azbatch (BatchClient)": `
    import { BatchClient } from "./src/index.ts";
    import { AzureNamedKeyCredential } from "@azure/core-auth";
    const client = new BatchClient(process.argv[2], new AzureNamedKeyCredential("a", "a2V5"));
    await client.createPool({ id: "p", vmSize: "standard_d2s_v3" });
    await client.createJob({ id: "j", poolInfo: { poolId: "p" } });
    await client.createTasks("j", [{ id: "t", commandLine: "echo" }]);
  `,
  "azbatch/api (functions)": `
    import { createBatchContext, createPool, createJob, createTaskCollection } from "./src/api.ts";
    import { AzureNamedKeyCredential } from "@azure/core-auth";
    const context = createBatchContext(process.argv[2], new AzureNamedKeyCredential("a", "a2V5"));
    await createPool(context, { id: "p", vmSize: "standard_d2s_v3" });
    await createJob(context, { id: "j", poolInfo: { poolId: "p" } });
    await createTaskCollection(context, "j", { value: [{ id: "t", commandLine: "echo" }] });
  `,
};

/** Bundles one program; returns its minified and gzipped sizes in bytes. */
async function measure(source: string): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "ts", sourcefile: "program.ts" },
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.byteLength, gzipped: gzipSync(code, { level: 9 }).byteLength };
}

for (const [name, source] of Object.entries(programs)) {
  const { minified, gzipped } = await measure(source);
  console.log(
    `${name.padEnd(26)} ${(minified / 1024).toFixed(1).padStart(7)} KB minified  ${(gzipped / 1024).toFixed(1).padStart(6)} KB min+gzip`,
  );
}

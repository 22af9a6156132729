// `npm run build`: compiles src/ and generated/ under strict mode twice, to ESM (dist/esm)
// and CommonJS (dist/cjs, marked by its own package.json), each with declarations; then the
// emulator workspace package, with its dashboard's browser bundle (emulator/dist/dashboard/assets).
//
// The ESM build's JavaScript is then bundled per entry point (`.`, `./api`, `./rest`), the code
// they share in chunks (dist/esm/chunks), dependencies left as imports: node loads a handful of
// files instead of about sixty, which takes about a fifth of the import time off
// (`npm run bench -- --only d`). Shared chunks keep one copy of each class, so a `BatchError`
// from `azbatch/api` is `instanceof` the one from `azbatch`. The declarations stay per file.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";

rmSync("dist", { recursive: true, force: true });
const tsc = "node_modules/.bin/tsc";
execFileSync(tsc, ["-p", "tsconfig.build.json"], { stdio: "inherit" });
bundleEsmEntries(["index", "api", "rest"]);
execFileSync(tsc, ["-p", "tsconfig.build.cjs.json"], { stdio: "inherit" });
mkdirSync("dist/cjs", { recursive: true });
writeFileSync("dist/cjs/package.json", JSON.stringify({ type: "commonjs" }) + "\n");
// The emulator package (emulator/dist), so `import "azbatch-emulator"` works without tsx too.
execFileSync(tsc, ["-p", "emulator/tsconfig.json"], { stdio: "inherit" });
const { writeDashboardAssets } = await import("../emulator/dist/dashboard/bundle.js");
await writeDashboardAssets();
console.log("build: dist/esm and dist/cjs written");

/** Replaces tsc's per-file ESM JavaScript with one file per entry point and shared chunks. */
function bundleEsmEntries(entries) {
  const out = "dist/esm-bundled";
  rmSync(out, { recursive: true, force: true });
  buildSync({
    entryPoints: entries.map((e) => `dist/esm/src/${e}.js`),
    outbase: "dist/esm",
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    sourcemap: true,
    chunkNames: "chunks/[name]-[hash]",
    logLevel: "error",
  });
  for (const file of filesUnder("dist/esm")) if (/\.js(\.map)?$/.test(file)) rmSync(file);
  for (const file of filesUnder(out)) {
    const target = join("dist/esm", file.slice(out.length + 1));
    mkdirSync(join(target, ".."), { recursive: true });
    renameSync(file, target);
  }
  rmSync(out, { recursive: true, force: true });
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? d.path, d.name));
}

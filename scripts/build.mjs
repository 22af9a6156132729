// `npm run build`: compiles src/ and generated/ under strict mode twice, to ESM (dist/esm)
// and CommonJS (dist/cjs, marked by its own package.json), each with declarations; then the
// emulator workspace package, with its dashboard's browser bundle (emulator/dist/dashboard/assets).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
const tsc = "node_modules/.bin/tsc";
execFileSync(tsc, ["-p", "tsconfig.build.json"], { stdio: "inherit" });
execFileSync(tsc, ["-p", "tsconfig.build.cjs.json"], { stdio: "inherit" });
mkdirSync("dist/cjs", { recursive: true });
writeFileSync("dist/cjs/package.json", JSON.stringify({ type: "commonjs" }) + "\n");
// The emulator package (emulator/dist), so `import "azbatch-emulator"` works without tsx too.
execFileSync(tsc, ["-p", "emulator/tsconfig.json"], { stdio: "inherit" });
const { writeDashboardAssets } = await import("../emulator/dist/dashboard/bundle.js");
await writeDashboardAssets();
console.log("build: dist/esm and dist/cjs written");

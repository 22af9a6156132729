/**
 * Bundles the browser app (`app/main.tsx` and its CSS) with esbuild: once at
 * build time into `dist/dashboard/assets/`, or in memory on demand when the
 * emulator runs from source (tests, `npm start`). Nothing is fetched from a
 * CDN: Preact is bundled in.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The bundled app. */
export interface DashboardAssets {
  /** `app.js`. */
  js: Buffer;
  /** `app.css`. */
  css: Buffer;
}

/** The emulator package's root: this file is `src/dashboard/bundle.ts` or `dist/dashboard/bundle.js`. */
const PACKAGE_ROOT = new URL("../../", import.meta.url);

/**
 * Bundles the app in memory.
 * @returns The JavaScript and CSS bundles (minified, ES2020).
 * @throws When esbuild is not installed or the app does not compile.
 */
export async function bundleDashboard(): Promise<DashboardAssets> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: { app: fileURLToPath(new URL("src/dashboard/app/main.tsx", PACKAGE_ROOT)) },
    bundle: true,
    write: false,
    outdir: "/dashboard-assets",
    format: "esm",
    target: "es2020",
    minify: true,
    jsx: "automatic",
    jsxImportSource: "preact",
    legalComments: "none",
    logLevel: "silent",
  });
  const find = (ext: string): Buffer => {
    const file = result.outputFiles.find((f) => f.path.endsWith(ext));
    if (!file) throw new Error(`The dashboard bundle has no ${ext} output.`);
    return Buffer.from(file.contents);
  };
  return { js: find(".js"), css: find(".css") };
}

/**
 * Bundles the app and writes `app.js` and `app.css` into a folder.
 * @param dir - Output folder (default: `dist/dashboard/assets` of the emulator package).
 */
export async function writeDashboardAssets(
  dir: string = fileURLToPath(new URL("dist/dashboard/assets/", PACKAGE_ROOT)),
): Promise<void> {
  const assets = await bundleDashboard();
  await mkdir(dir, { recursive: true });
  await writeFile(`${dir}/app.js`, assets.js);
  await writeFile(`${dir}/app.css`, assets.css);
}

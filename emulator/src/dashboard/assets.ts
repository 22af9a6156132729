/**
 * The dashboard's static files: `dist/dashboard/assets/` when the package was
 * built, otherwise bundled from source on first use (and kept in memory).
 */
import { readFile } from "node:fs/promises";
import type { DashboardAssets } from "./bundle.js";

let loading: Promise<DashboardAssets> | undefined;

async function load(): Promise<DashboardAssets> {
  const dir = new URL("./assets/", import.meta.url);
  try {
    const [js, css] = await Promise.all([readFile(new URL("app.js", dir)), readFile(new URL("app.css", dir))]);
    return { js, css };
  } catch {
    const { bundleDashboard } = await import("./bundle.js");
    return bundleDashboard();
  }
}

/**
 * The app's JavaScript and CSS.
 * @returns The bundles; a failed build is retried on the next call.
 */
export function dashboardAssets(): Promise<DashboardAssets> {
  loading ??= load().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  return loading;
}

/** Environment variables of processes on an emulated node. */
import { join } from "node:path";
import type { Account } from "../state/account.js";
import type { NodeRecord } from "../state/model.js";

/** Variables copied from the emulator's own environment so that programs are found and behave. */
const INHERITED = ["PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ", "USER", "LOGNAME", "SHELL", "TERM", "SYSTEMROOT", "COMSPEC", "PATHEXT"];

/**
 * The node-level environment (`AZ_BATCH_*` for account, pool and node, plus a few inherited variables).
 * @param account - Owning account.
 * @param node - The node.
 */
export function baseEnvironment(account: Account, node: NodeRecord): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of INHERITED) {
    const v = process.env[name];
    if (v !== undefined) env[name] = v;
  }
  Object.assign(env, {
    AZ_BATCH_ACCOUNT_NAME: account.name,
    AZ_BATCH_ACCOUNT_URL: account.endpoint,
    AZ_BATCH_POOL_ID: node.pool.id,
    AZ_BATCH_NODE_ID: node.id,
    AZ_BATCH_NODE_ROOT_DIR: node.rootDir,
    AZ_BATCH_NODE_SHARED_DIR: join(node.rootDir, "shared"),
    AZ_BATCH_NODE_STARTUP_DIR: join(node.rootDir, "startup"),
    AZ_BATCH_NODE_IS_DEDICATED: node.isDedicated ? "true" : "false",
  });
  return env;
}

/**
 * Turns a wire `environmentSettings` array into a map.
 * @param settings - `[{ name, value }]` or undefined.
 */
export function environmentSettings(settings: unknown): Record<string, string> {
  const env: Record<string, string> = {};
  if (Array.isArray(settings)) {
    for (const s of settings) {
      if (s && typeof s === "object" && typeof (s as { name?: unknown }).name === "string") {
        const v = (s as { value?: unknown }).value;
        env[(s as { name: string }).name] = v === undefined || v === null ? "" : String(v);
      }
    }
  }
  return env;
}

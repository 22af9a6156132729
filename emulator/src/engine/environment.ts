/** Environment variables of processes on an emulated node. */
import { delimiter, join } from "node:path";
import type { Account } from "../state/account.js";
import type { NodeRecord } from "../state/model.js";

/** Variables copied from the emulator's own environment so that programs are found and behave. */
const INHERITED = [
  "PATH",
  "HOME",
  "LANG",
  "LC_ALL",
  "TMPDIR",
  "TZ",
  "USER",
  "LOGNAME",
  "SHELL",
  "TERM",
  "SYSTEMROOT",
  "COMSPEC",
  "PATHEXT",
];

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
    AZ_BATCH_NODE_STARTUP_WORKING_DIR: join(node.rootDir, "startup", "wd"),
    AZ_BATCH_NODE_MOUNTS_DIR: join(node.rootDir, "fsmounts"),
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

/** Where a process of a task runs and as whom. */
export interface TaskPlace {
  /** The task directory (`stdout.txt`, `stderr.txt`, `wd/`). */
  taskDir: string;
  /** The task working directory. */
  workingDir: string;
  /** The task's wire `userIdentity`, if any. */
  userIdentity?: unknown;
}

/**
 * The environment of a task (or start task) process as a Linux node sets it:
 * the node-level variables, `AZ_BATCH_TASK_DIR`, `AZ_BATCH_TASK_WORKING_DIR`,
 * the user identity, `HOME` set to the working directory, and `PATH` with the
 * node's shared directory and then the working directory after the system
 * directories.
 * @param account - Owning account.
 * @param node - The node.
 * @param place - Task and working directories and the user identity.
 */
export function taskEnvironment(account: Account, node: NodeRecord, place: TaskPlace): Record<string, string> {
  const env = baseEnvironment(account, node);
  env.PATH = [env.PATH, join(node.rootDir, "shared"), place.workingDir].filter((p) => p).join(delimiter);
  env.HOME = place.workingDir;
  env.AZ_BATCH_TASK_DIR = place.taskDir;
  env.AZ_BATCH_TASK_WORKING_DIR = place.workingDir;
  Object.assign(env, userIdentityEnvironment(place.userIdentity));
  return env;
}

/**
 * `AZ_BATCH_TASK_USER` and `AZ_BATCH_TASK_USER_IDENTITY` for a wire
 * `userIdentity`: a named user gives its name for both; an auto user (the
 * default: scope `pool`, elevation `nonadmin`) runs as `_azbatch` with the
 * identity `PoolNonAdmin`, `PoolAdmin`, `TaskNonAdmin` or `TaskAdmin`.
 * @param identity - The wire `userIdentity` (unchecked).
 */
export function userIdentityEnvironment(identity: unknown): {
  AZ_BATCH_TASK_USER: string;
  AZ_BATCH_TASK_USER_IDENTITY: string;
} {
  const o = identity && typeof identity === "object" ? (identity as Record<string, unknown>) : {};
  if (typeof o.username === "string" && o.username)
    return { AZ_BATCH_TASK_USER: o.username, AZ_BATCH_TASK_USER_IDENTITY: o.username };
  const auto = o.autoUser && typeof o.autoUser === "object" ? (o.autoUser as Record<string, unknown>) : {};
  const scope = typeof auto.scope === "string" && auto.scope.toLowerCase() === "task" ? "Task" : "Pool";
  const level =
    typeof auto.elevationLevel === "string" && auto.elevationLevel.toLowerCase() === "admin" ? "Admin" : "NonAdmin";
  return { AZ_BATCH_TASK_USER: "_azbatch", AZ_BATCH_TASK_USER_IDENTITY: `${scope}${level}` };
}

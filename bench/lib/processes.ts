/** Servers and clients in their own processes, so that a client's CPU and memory are its own. */
import { fork, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const childEntry = fileURLToPath(new URL("./childEntry.ts", import.meta.url));

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A server running in a child process. */
export interface ServerProcess {
  port: number;
  /** What the server chose to tell (e.g. the emulator's data directory). */
  info?: Record<string, unknown>;
  pid: number;
  close(): Promise<void>;
}

/**
 * Compiles a TypeScript file that imports only packages to `.scratch/bench/<name>.mjs` (inside
 * the repository, so that `azbatch` resolves to this package), to run without tsx's loader.
 */
function compiled(tsFile: string): string {
  const dir = join(repoRoot, ".scratch/bench");
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, basename(tsFile).replace(/\.ts$/, ".mjs"));
  buildSync({ entryPoints: [tsFile], outfile, format: "esm", platform: "node", target: "node20", logLevel: "error" });
  return outfile;
}

function forkChild(
  kind: "server" | "job",
  modulePath: string,
  exportName: string,
  arg: unknown,
  execArgv: string[],
  withoutTsx = false,
): ChildProcess {
  const entry = withoutTsx ? compiled(childEntry) : childEntry;
  const module = withoutTsx ? compiled(modulePath) : modulePath;
  return fork(entry, [kind, module, exportName, JSON.stringify(arg)], {
    cwd: repoRoot,
    execArgv: [...(withoutTsx ? [] : ["--import", "tsx"]), ...execArgv],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

function firstMessage<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    child.once("message", (m: { type: string; message?: string } & Record<string, unknown>) => {
      if (m.type === type) resolve(m as T);
      else reject(new Error(m.message ?? `unexpected message ${JSON.stringify(m)}`));
    });
    child.once("exit", (code) => reject(new Error(`child exited with ${code} before ${type}`)));
    child.once("error", reject);
  });
}

/**
 * Starts `exportName(arg)` of `modulePath` in a child process; the export starts a server on
 * 127.0.0.1 and resolves `{ port, close }`. `execArgv`: extra node flags (e.g. `--cpu-prof` for a
 * server that is itself measured, such as the emulator); `withoutTsx` as for {@link runInChild}.
 */
export async function startServerProcess(
  modulePath: string,
  exportName: string,
  arg: unknown = {},
  execArgv: string[] = [],
  withoutTsx = false,
): Promise<ServerProcess> {
  const child = forkChild("server", modulePath, exportName, arg, execArgv, withoutTsx);
  const { port, info } = await firstMessage<{ port: number; info?: Record<string, unknown> }>(child, "ready");
  return {
    port,
    info,
    pid: child.pid!,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.send("close");
      }),
  };
}

/**
 * Runs `exportName(arg)` of `modulePath` in a fresh child process and resolves its result.
 * `withoutTsx`: compile the module first and run it on plain node (no loader thread in the
 * process's memory); the module may then import packages only, no relative files.
 */
export async function runInChild<T>(
  modulePath: string,
  exportName: string,
  arg: unknown,
  execArgv: string[] = [],
  withoutTsx = false,
): Promise<T> {
  const child = forkChild("job", modulePath, exportName, arg, execArgv, withoutTsx);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const { value } = await firstMessage<{ value: T }>(child, "result");
  await exited; // a --cpu-prof profile is written on exit
  return value;
}

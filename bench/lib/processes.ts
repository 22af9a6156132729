/** Servers and clients in their own processes, so that a client's CPU and memory are its own. */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const childEntry = fileURLToPath(new URL("./childEntry.ts", import.meta.url));

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A server running in a child process. */
export interface ServerProcess {
  port: number;
  pid: number;
  close(): Promise<void>;
}

function forkChild(kind: "server" | "job", modulePath: string, exportName: string, arg: unknown, execArgv: string[]): ChildProcess {
  return fork(childEntry, [kind, modulePath, exportName, JSON.stringify(arg)], {
    cwd: repoRoot,
    execArgv: ["--import", "tsx", ...execArgv],
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
 * 127.0.0.1 and resolves `{ port, close }`.
 */
export async function startServerProcess(modulePath: string, exportName: string, arg: unknown = {}): Promise<ServerProcess> {
  const child = forkChild("server", modulePath, exportName, arg, []);
  const { port } = await firstMessage<{ port: number }>(child, "ready");
  return {
    port,
    pid: child.pid!,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.send("close");
      }),
  };
}

/** Runs `exportName(arg)` of `modulePath` in a fresh child process and resolves its result. */
export async function runInChild<T>(modulePath: string, exportName: string, arg: unknown, execArgv: string[] = []): Promise<T> {
  const child = forkChild("job", modulePath, exportName, arg, execArgv);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const { value } = await firstMessage<{ value: T }>(child, "result");
  await exited; // a --cpu-prof profile is written on exit
  return value;
}

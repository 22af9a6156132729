/**
 * The launcher: a small long-lived node process, started once per emulator,
 * that starts task processes on the emulator's behalf. Forking a process
 * costs in proportion to the forking process's memory, and the emulator holds
 * far more than a process that only spawns (see the Performance section of
 * emulator/README.md), so emulator/src/process.ts asks the launcher to spawn
 * and hears back the pid and, later, the exit (code, signal and the stats
 * wrapper's report) over IPC.
 *
 * The launcher gets no path a task could have changed: the working directory
 * and the stdout/stderr files are the descriptors the emulator opened safely
 * (emulator/src/fs/safeFs.ts), named as `/proc/<emulator pid>/fd/<n>`, which
 * the kernel resolves to those very objects; the emulator keeps them open
 * until the launcher has spawned. The launcher runs only node built-ins (its
 * source is the string below, run with `node -e`), carries the emulator's
 * process tag (emulator/src/processTree.ts, so that `close()` and a
 * restarted emulator's sweep end it), and exits when its IPC channel closes.
 * When it dies, every run it had is reported lost.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { RUN_VARIABLE } from "./processTree.js";

/** The launcher's program: node built-ins only, CommonJS (`node -e`). */
const LAUNCHER_SOURCE = String.raw`
"use strict";
const { spawn } = require("node:child_process");
const { openSync, closeSync, constants, readFileSync } = require("node:fs");
const send = (m) => { if (process.connected) process.send(m); };
process.on("disconnect", () => process.exit(0));
process.on("message", (m) => {
  if (!m || m.t !== "spawn") return;
  let out, err;
  try {
    out = openSync(m.out, constants.O_WRONLY | constants.O_NOCTTY);
    err = openSync(m.err, constants.O_WRONLY | constants.O_NOCTTY);
    const child = spawn(m.file, m.args, {
      cwd: m.cwd,
      env: m.env,
      stdio: m.report ? ["ignore", out, err, "pipe", "pipe"] : ["ignore", out, err],
      detached: true,
    });
    let report = "";
    if (m.report) {
      // The wrapper of emulator/src/stats/processStats.ts closes fd 4 once the
      // command was reaped and waits on fd 3: its counters are read now, while
      // it lives, and only from a shell that is not stopped or dead (a run the
      // emulator stops is sampled by the emulator).
      const [reply, done] = [child.stdio[3], child.stdio[4]];
      reply.on("error", () => {});
      done.on("error", () => {});
      reply.resume();
      done.resume();
      done.once("end", () => {
        try {
          const stat = readFileSync("/proc/" + child.pid + "/stat", "latin1");
          const io = readFileSync("/proc/" + child.pid + "/io", "latin1");
          const state = stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
          if (state === "R" || state === "S" || state === "D") report = stat + io;
        } catch {}
        reply.end();
      });
    }
    let failed = false;
    child.once("error", (e) => {
      failed = true;
      send({ t: "error", id: m.id, code: e.code, message: e.message });
    });
    child.once("close", (code, signal) => {
      // A wrapper ended by a signal did not report (the emulator stopped it and sampled it).
      if (!failed) send({ t: "exit", id: m.id, code, signal, report: signal ? "" : report });
    });
    if (child.pid !== undefined) send({ t: "spawned", id: m.id, pid: child.pid });
  } catch (e) {
    send({ t: "error", id: m.id, code: e && e.code, message: String(e && e.message) });
  } finally {
    for (const fd of [out, err]) if (fd !== undefined) try { closeSync(fd); } catch {}
  }
});
send({ t: "ready" });
`;

/** What the launcher is asked to start. */
export interface LaunchRequest {
  file: string;
  args: string[];
  /** Working directory (a descriptor path valid in the launcher). */
  cwd: string;
  env: Record<string, string>;
  /** stdout and stderr files (descriptor paths valid in the launcher). */
  out: string;
  err: string;
  /** Whether the command runs under the wrapper of `wrapCommandForLauncher` (emulator/src/stats/processStats.ts), whose counters the launcher reads. */
  report: boolean;
}

/** What happens to one launch, reported once each (`spawned` before `exit`). */
export interface LaunchEvents {
  /** The process exists (its pid). */
  spawned(pid: number): void;
  /** It could not be started (`code` is the errno name, e.g. ENOENT). */
  error(code: string | undefined, message: string): void;
  /** It ended (after its stdio closed), with the wrapper's report. */
  exit(code: number | null, signal: NodeJS.Signals | null, report: string): void;
  /** The launcher died: the run's exit will never be heard. */
  lost(): void;
}

type LauncherMessage =
  | { t: "ready" }
  | { t: "spawned"; id: number; pid: number }
  | { t: "error"; id: number; code?: string; message: string }
  | { t: "exit"; id: number; code: number | null; signal: NodeJS.Signals | null; report: string };

/** One launcher process with the launches it has open. */
class Launcher {
  readonly child: ChildProcess;
  private readonly open = new Map<number, LaunchEvents>();
  private nextId = 0;
  dead = false;

  constructor(ownerTag: string) {
    // Plain node: none of the emulator's own flags (a tsx loader, an inspector port).
    this.child = spawn(process.execPath, ["-e", LAUNCHER_SOURCE], {
      stdio: ["ignore", "ignore", "inherit", "ipc"],
      env: { PATH: process.env.PATH ?? "", [RUN_VARIABLE]: `${ownerTag}.launcher` },
    });
    // The launcher must not keep the emulator's event loop alive by itself.
    this.child.unref();
    this.child.channel?.unref();
    this.child.on("message", (m: LauncherMessage) => this.onMessage(m));
    this.child.on("error", () => this.die());
    this.child.on("exit", () => this.die());
  }

  launch(request: LaunchRequest, events: LaunchEvents): void {
    if (this.dead) {
      events.lost();
      return;
    }
    const id = ++this.nextId;
    this.open.set(id, events);
    this.child.channel?.ref();
    this.child.send({ t: "spawn", id, ...request }, (e) => {
      if (e) this.die();
    });
  }

  private onMessage(m: LauncherMessage): void {
    if (m.t === "ready") return;
    const events = this.open.get(m.id);
    if (!events) return;
    if (m.t === "spawned") events.spawned(m.pid);
    else {
      this.open.delete(m.id);
      if (this.open.size === 0) this.child.channel?.unref();
      if (m.t === "error") events.error(m.code, m.message);
      else events.exit(m.code, m.signal, m.report);
    }
  }

  die(): void {
    if (!this.dead) {
      this.dead = true;
      try {
        this.child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }
    const lost = [...this.open.values()];
    this.open.clear();
    for (const events of lost) events.lost();
  }
}

const launchers = new Map<string, Launcher>();

/**
 * Starts a process through the launcher of `ownerTag` (started on first use,
 * and again after one died).
 * @param ownerTag - The emulator's process tag.
 * @param request - What to start.
 * @param events - Where its pid and exit are reported.
 */
export function launch(ownerTag: string, request: LaunchRequest, events: LaunchEvents): void {
  let launcher = launchers.get(ownerTag);
  if (!launcher || launcher.dead) {
    launcher = new Launcher(ownerTag);
    launchers.set(ownerTag, launcher);
  }
  launcher.launch(request, events);
}

/**
 * The pid of the running launcher of `ownerTag`, if any.
 * @param ownerTag - The emulator's process tag.
 */
export function launcherPid(ownerTag: string): number | undefined {
  const launcher = launchers.get(ownerTag);
  return launcher && !launcher.dead ? launcher.child.pid : undefined;
}

/**
 * Ends the launcher of `ownerTag` (its open runs are reported lost).
 * @param ownerTag - The emulator's process tag.
 */
export function closeLauncher(ownerTag: string): void {
  const launcher = launchers.get(ownerTag);
  launchers.delete(ownerTag);
  launcher?.die();
}

/**
 * The launchers: small long-lived node processes, a few per emulator, that
 * start task processes on the emulator's behalf. Forking a process
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
import { availableParallelism } from "node:os";
import { RUN_VARIABLE } from "./processTree.js";

/** The launcher's program: node built-ins only, CommonJS (`node -e`). */
const LAUNCHER_SOURCE = String.raw`
"use strict";
const { spawn } = require("node:child_process");
const { openSync, closeSync, readSync, constants } = require("node:fs");
const send = (m) => { if (process.connected) process.send(m); };
// The launcher's own counters: children it reaped are in /proc/self/stat's
// cutime/cstime and in /proc/self/io; its own I/O is its main thread's. The
// files stay open (close-on-exec) and are read afresh from offset 0.
let counterFds;
const buffer = Buffer.alloc(4096);
const readAt0 = (fd) => buffer.toString("latin1", 0, readSync(fd, buffer, 0, buffer.length, 0));
const counters = () => {
  try {
    counterFds ??= ["/proc/self/stat", "/proc/self/io", "/proc/thread-self/io"].map((f) => openSync(f, "r"));
    const [stat, io, ownIo] = counterFds.map(readAt0);
    return { stat, io, ownIo };
  } catch {
    return undefined;
  }
};
process.on("disconnect", () => process.exit(0));
process.on("message", (m) => {
  if (!m || m.t !== "spawn") return;
  let out, err;
  try {
    out = openSync(m.out, constants.O_WRONLY | constants.O_NOCTTY);
    err = openSync(m.err, constants.O_WRONLY | constants.O_NOCTTY);
    const before = m.measure === "self" ? counters() : undefined;
    const child = spawn(m.file, m.args, {
      cwd: m.cwd,
      env: m.env,
      stdio: m.measure === "wrapper" ? ["ignore", out, err, "pipe"] : ["ignore", out, err],
      detached: true,
    });
    let report = "";
    if (m.measure === "wrapper") {
      // What the wrapper of emulator/src/stats/processStats.ts writes to fd 3
      // after the command was reaped (capped; a stopped or killed wrapper
      // writes nothing, and the emulator samples it).
      const reply = child.stdio[3];
      reply.on("error", () => {});
      reply.on("data", (chunk) => {
        if (report.length < 8192) report += chunk.toString("latin1");
      });
    }
    let failed = false;
    child.once("error", (e) => {
      failed = true;
      send({ t: "error", id: m.id, code: e.code, message: e.message });
    });
    child.once("close", (code, signal) => {
      // A run ended by a signal is not reported (the emulator stopped it and sampled it).
      if (failed) return;
      const usage = before && !signal ? { before, after: counters() } : undefined;
      send({ t: "exit", id: m.id, code, signal, report: signal ? "" : report, usage });
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
  /**
   * How the run is measured: `self` by the launcher's own counters (it runs no
   * other process meanwhile), `wrapper` by the wrapper of `wrapCommand`
   * (emulator/src/stats/processStats.ts), whose report (fd 3) the launcher
   * passes on, or not at all.
   */
  measure: "self" | "wrapper" | "none";
}

/** A launcher's counters (`/proc/self/stat`, `/proc/self/io`, its main thread's `io`), as read before a run and after its reaping. */
export interface LauncherCounters {
  stat: string;
  io: string;
  ownIo: string;
}

/** What happens to one launch, reported once each (`spawned` before `exit`). */
export interface LaunchEvents {
  /** The process exists (its pid). */
  spawned(pid: number): void;
  /** It could not be started (`code` is the errno name, e.g. ENOENT). */
  error(code: string | undefined, message: string): void;
  /** It ended (after its stdio closed), with the wrapper's report or the launcher's counters around the run. */
  exit(
    code: number | null,
    signal: NodeJS.Signals | null,
    report: string,
    usage?: { before: LauncherCounters; after?: LauncherCounters },
  ): void;
  /** The launcher died: the run's exit will never be heard. */
  lost(): void;
}

type LauncherMessage =
  | { t: "ready" }
  | { t: "spawned"; id: number; pid: number }
  | { t: "error"; id: number; code?: string; message: string }
  | {
      t: "exit";
      id: number;
      code: number | null;
      signal: NodeJS.Signals | null;
      report: string;
      usage?: { before: LauncherCounters; after?: LauncherCounters };
    };

/**
 * Most shared launchers per emulator (runs beyond those the dedicated ones
 * take, each under the measuring wrapper). A spawn holds its launcher until the
 * new process has exec'd (node's spawn is synchronous: the fork, then the wait
 * for the child's exec), so with one launcher the starts queue behind each
 * other; a second one lets two starts overlap. It is started only while every
 * shared launcher has a spawn outstanding (see {@link launch}).
 */
const MAX_SHARED_LAUNCHERS = Math.max(1, Math.min(2, availableParallelism()));

/**
 * Most dedicated launchers per emulator: each runs one process at a time and
 * measures it by its own counters, so the run needs no wrapper shell (the
 * shell's exec and its report took about half of what a short task cost,
 * `npm run bench -- --only g`). Each is a node process of about 40 MB
 * resident, most of it shared with the others.
 */
const MAX_DEDICATED_LAUNCHERS = 8;

/** What a {@link Launcher} needs of its process (a `ChildProcess` with an IPC channel). */
export type LauncherProcess = Pick<ChildProcess, "pid" | "connected" | "channel" | "send" | "kill" | "on" | "once">;

/** Starts a launcher process (plain node: none of the emulator's own flags, such as a tsx loader or an inspector port). */
function spawnLauncher(ownerTag: string): LauncherProcess {
  // A small young generation and no V8 worker threads: every spawn forks the
  // launcher, and the fewer pages it maps and writes, the less the fork, the
  // copy-on-write faults after it and the child's exec cost.
  const child = spawn(process.execPath, ["--max-semi-space-size=1", "--single-threaded", "-e", LAUNCHER_SOURCE], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: { PATH: process.env.PATH ?? "", [RUN_VARIABLE]: `${ownerTag}.launcher` },
  });
  // The launcher must not keep the emulator's event loop alive by itself.
  child.unref();
  return child;
}

/**
 * One launcher process with the launches it has open (exported for the tests of
 * emulator/test/launcher.spec.ts, which drive it with a stand-in process).
 */
export class Launcher {
  readonly child: LauncherProcess;
  private readonly open = new Map<number, LaunchEvents>();
  private nextId = 0;
  /** Ids of spawn requests not yet answered with `spawned` or `error` (the launcher is busy with them). */
  private readonly startingIds = new Set<number>();
  dead = false;

  /** How many runs are open (started and not yet reported ended). */
  get runs(): number {
    return this.open.size;
  }

  /** How many spawn requests are outstanding. */
  get starting(): number {
    return this.startingIds.size;
  }

  /**
   * @param ownerTag - The emulator's process tag.
   * @param start - Starts the process (a stand-in in tests).
   * @param dedicated - It is given one run at a time, measured by its own counters.
   */
  constructor(
    ownerTag: string,
    start: (ownerTag: string) => LauncherProcess = spawnLauncher,
    readonly dedicated = false,
  ) {
    this.child = start(ownerTag);
    this.child.channel?.unref();
    this.child.on("message", (m: LauncherMessage) => this.onMessage(m));
    this.child.on("error", () => this.die());
    // The exit can be seen before the last messages the launcher wrote are read
    // (the process and its channel are watched separately): they are in the
    // channel already, so they are read and handled by the end of this poll
    // phase or at the channel's end, whichever comes first; only then are the
    // runs still open lost.
    this.child.on("exit", () => {
      if (!this.child.connected) this.die();
      else {
        this.child.once("disconnect", () => this.die());
        setImmediate(() => this.die());
      }
    });
  }

  /**
   * Asks the launcher to start a process.
   * @param request - What to start.
   * @param events - Where its pid and exit are reported.
   */
  launch(request: LaunchRequest, events: LaunchEvents): void {
    if (this.dead) {
      events.lost();
      return;
    }
    const id = ++this.nextId;
    this.open.set(id, events);
    this.startingIds.add(id);
    this.child.channel?.ref();
    this.child.send({ t: "spawn", id, ...request }, (e) => {
      if (e) this.die();
    });
  }

  private onMessage(m: LauncherMessage): void {
    if (m.t === "ready") return;
    const events = this.open.get(m.id);
    if (!events) return;
    this.startingIds.delete(m.id);
    if (m.t === "spawned") events.spawned(m.pid);
    else {
      this.open.delete(m.id);
      if (this.open.size === 0) this.child.channel?.unref();
      if (m.t === "error") events.error(m.code, m.message);
      else events.exit(m.code, m.signal, m.report, m.usage);
    }
  }

  /** Ends the launcher (if it still runs); every run still open is reported lost. */
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

/** The live launchers per emulator process tag. */
const launchers = new Map<string, Launcher[]>();

/** The live launchers of `ownerTag` (dead ones dropped). */
function liveLaunchers(ownerTag: string): Launcher[] {
  const live = (launchers.get(ownerTag) ?? []).filter((l) => !l.dead);
  if (live.length > 0) launchers.set(ownerTag, live);
  else launchers.delete(ownerTag);
  return live;
}

/**
 * Starts a process through a launcher of `ownerTag`: an idle dedicated one (a
 * new one up to {@link MAX_DEDICATED_LAUNCHERS}), which measures the run
 * itself; else the shared one with the fewest spawns outstanding (a new one up
 * to {@link MAX_SHARED_LAUNCHERS}, and again after one died, when every
 * running one has a spawn outstanding), where the run goes under the wrapper.
 * @param ownerTag - The emulator's process tag.
 * @param request - What to start, given whether the launcher measures the run itself.
 * @param events - Where its pid and exit are reported.
 */
export function launch(
  ownerTag: string,
  request: (measuredByLauncher: boolean) => LaunchRequest,
  events: LaunchEvents,
): void {
  const live = liveLaunchers(ownerTag);
  const dedicated = live.filter((l) => l.dedicated);
  let chosen = dedicated.find((l) => l.runs === 0);
  if (!chosen && dedicated.length < MAX_DEDICATED_LAUNCHERS) {
    chosen = new Launcher(ownerTag, spawnLauncher, true);
    launchers.set(ownerTag, [...live, chosen]);
  }
  if (chosen) {
    chosen.launch(request(true), events);
    return;
  }
  const shared = live.filter((l) => !l.dedicated);
  for (const l of shared) if (!chosen || l.starting < chosen.starting) chosen = l;
  if (!chosen || (chosen.starting > 0 && shared.length < MAX_SHARED_LAUNCHERS)) {
    chosen = new Launcher(ownerTag);
    launchers.set(ownerTag, [...live, chosen]);
  }
  chosen.launch(request(false), events);
}

/**
 * The pid of a running launcher of `ownerTag` (the first started), if any.
 * @param ownerTag - The emulator's process tag.
 */
export function launcherPid(ownerTag: string): number | undefined {
  return liveLaunchers(ownerTag)[0]?.child.pid;
}

/**
 * Ends the launchers of `ownerTag` (their open runs are reported lost).
 * @param ownerTag - The emulator's process tag.
 */
export function closeLauncher(ownerTag: string): void {
  const all = launchers.get(ownerTag) ?? [];
  launchers.delete(ownerTag);
  for (const launcher of all) launcher.die();
}

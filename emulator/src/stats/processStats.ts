/**
 * What a task's process used, measured by the kernel: once a parent has
 * reaped the command, the kernel has added the command's CPU times (and those
 * of every descendant the command itself waited for) to the parent's
 * `cutime`/`cstime`, and its I/O counters to the parent's `io`. This is the
 * `getrusage(RUSAGE_CHILDREN)` figure of the command, exact to the clock tick
 * (`getconf CLK_TCK`, normally 10 ms). The parent is a dedicated launcher that
 * runs nothing else meanwhile ({@link usageBetween} of its counters before and
 * after, emulator/src/launcher.ts) or, for runs beyond those, a small
 * `/bin/sh` wrapper that writes its own `/proc/<pid>/stat` and
 * `/proc/<pid>/io` to a pipe after reaping the command ({@link wrapCommand},
 * {@link parseUsage}; the shell's own I/O, a few hundred bytes, is included).
 * Elsewhere (no `/proc`), nothing is measured.
 */
import { execFileSync } from "node:child_process";
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { delimiter, isAbsolute, join } from "node:path";

/** Resources a task run used (zero when unmeasured). */
export interface ProcessUsage {
  /** User-mode CPU time, ms. */
  userCpuMs: number;
  /** Kernel-mode CPU time, ms. */
  kernelCpuMs: number;
  /** Bytes the storage layer read for it (`read_bytes`). */
  readBytes: number;
  /** Bytes it caused to be written to storage (`write_bytes`). */
  writeBytes: number;
  /** Read system calls (`syscr`; every read, also of pipes and terminals). */
  readOps: number;
  /** Write system calls (`syscw`). */
  writeOps: number;
}

/** Nothing used. */
export const NO_USAGE: Readonly<ProcessUsage> = Object.freeze({
  userCpuMs: 0,
  kernelCpuMs: 0,
  readBytes: 0,
  writeBytes: 0,
  readOps: 0,
  writeOps: 0,
});

/** True where tasks are measured: Linux with `/proc/self/io` and `/bin/sh`. */
export const MEASURED = process.platform === "linux" && existsSync("/proc/self/io") && existsSync("/bin/sh");

/**
 * The wrapper: runs the command with the pipe (fd 3) closed, so that the task
 * cannot write to it, then reports the shell's counters and exits with the
 * command's status. Runs started by the launcher (emulator/src/launcher.ts)
 * use it too: the launcher passes the report on with the exit. (A wrapper that
 * waited while the launcher read its counters saves the shell's byte-by-byte
 * reads, about 0.15 ms of CPU per run, but costs a second pipe and two more
 * process switches per run, which cost more: 0.25 ms of the launcher's CPU
 * and about a quarter of the task rate of case g of bench/, interleaved.)
 * It uses shell builtins only (no `cat` process per task): `io` is read
 * first, so the shell's own byte-by-byte reads of `stat` after it are not
 * counted, and the output is `stat` then `io`, as {@link parseUsage} reads it.
 */
const WRAPPER =
  '"$@" 3>&-; s=$?; io=; while read -r l; do io="$io$l\n"; done </proc/$$/io; ' +
  'read -r st </proc/$$/stat; printf \'%s\\n%s\' "$st" "$io" >&3 2>/dev/null; exit $s';

let clockTicks: number | undefined;

/** Clock ticks per second of `/proc/<pid>/stat` times. */
function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      const n = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8", timeout: 5000 }).trim());
      clockTicks = Number.isInteger(n) && n > 0 ? n : 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/**
 * The program and arguments that run `argv` under the measuring wrapper.
 * @param program - The program as resolved by {@link resolveProgram}.
 * @param argv - The command's arguments after the program.
 */
export function wrapCommand(program: string, args: readonly string[]): { file: string; args: string[] } {
  return { file: "/bin/sh", args: ["-c", WRAPPER, "azbatch-task", program, ...args] };
}

/** The CPU times of a `/proc/<pid>/stat` text, in clock ticks (NaN where a field is not a number), or undefined without its `)`. */
function statTimes(stat: string): { utime: number; stime: number; cutime: number; cstime: number } | undefined {
  const close = stat.lastIndexOf(")");
  if (close < 0) return undefined;
  // Fields after the command name start at field 3 (state); utime, stime, cutime, cstime are fields 14 to 17.
  const fields = stat
    .slice(close + 2)
    .trim()
    .split(" ");
  const [utime, stime, cutime, cstime] = [fields[11], fields[12], fields[13], fields[14]].map(Number);
  return { utime: utime!, stime: stime!, cutime: cutime!, cstime: cstime! };
}

/** Whether every value is a tick count (finite, not negative). */
function areTicks(...values: number[]): boolean {
  return values.every((n) => Number.isFinite(n) && n >= 0);
}

/** The counters of a `/proc/<pid>/io` text, by name (lines that are not `name: number` are skipped). */
function ioCounters(io: string): Record<string, number> {
  const counters: Record<string, number> = {};
  for (const line of io.split("\n")) {
    const m = /^([a-z_]+): (\d+)$/.exec(line.trim());
    if (m) counters[m[1]!] = Number(m[2]);
  }
  return counters;
}

/** The io counters a {@link ProcessUsage} reports. */
const IO_COUNTERS = ["read_bytes", "write_bytes", "syscr", "syscw"] as const;

/** A {@link ProcessUsage} from CPU times in clock ticks and io counters. */
function usageFrom(userTicks: number, kernelTicks: number, io: Record<string, number>): ProcessUsage {
  const tick = 1000 / ticksPerSecond();
  return {
    userCpuMs: Math.round(userTicks * tick),
    kernelCpuMs: Math.round(kernelTicks * tick),
    readBytes: io.read_bytes ?? 0,
    writeBytes: io.write_bytes ?? 0,
    readOps: io.syscr ?? 0,
    writeOps: io.syscw ?? 0,
  };
}

/**
 * Parses what the wrapper wrote.
 * @param text - `/proc/<pid>/stat` followed by `/proc/<pid>/io` (untrusted: capped and checked).
 * @returns The usage, or undefined when the text is not what the wrapper writes.
 */
export function parseUsage(text: string): ProcessUsage | undefined {
  const newline = text.indexOf("\n", text.lastIndexOf(")"));
  const times = newline < 0 ? undefined : statTimes(text.slice(0, newline));
  if (!times || !areTicks(times.cutime, times.cstime)) return undefined;
  return usageFrom(times.cutime, times.cstime, ioCounters(text.slice(newline + 1)));
}

/** The counters a launcher reads before a run and after reaping it (emulator/src/launcher.ts). */
export interface LauncherCountersText {
  /** Its `/proc/self/stat`. */
  stat: string;
  /** Its `/proc/self/io`: its own I/O and that of the children it reaped. */
  io: string;
  /** Its main thread's `/proc/thread-self/io`: its own I/O. */
  ownIo: string;
}

/**
 * What a run used, from the counters of a launcher that ran nothing else
 * meanwhile: the growth of its `cutime`/`cstime` (the children it reaped), and
 * of its `io` less its own thread's (the same figure as the wrapper's, without
 * the wrapper's shell). The launcher's few other threads do no I/O.
 * @param before - Read just before the spawn (untrusted text: checked as the wrapper's is).
 * @param after - Read after the run was reaped.
 * @returns The usage, or undefined when either is not what the launcher reads.
 */
export function usageBetween(before: LauncherCountersText, after: LauncherCountersText): ProcessUsage | undefined {
  const [a, b] = [before, after].map((c) => {
    const times = statTimes(c.stat);
    return times && areTicks(times.cutime, times.cstime)
      ? { times, io: ioCounters(c.io), own: ioCounters(c.ownIo) }
      : undefined;
  });
  if (!a || !b) return undefined;
  // The children's I/O: the process's less its own thread's, then its growth over the run.
  const reaped = (c: typeof a, name: string): number => (c.io[name] ?? 0) - (c.own[name] ?? 0);
  const io = Object.fromEntries(IO_COUNTERS.map((name) => [name, Math.max(0, reaped(b, name) - reaped(a, name))]));
  return usageFrom(Math.max(0, b.times.cutime - a.times.cutime), Math.max(0, b.times.cstime - a.times.cstime), io);
}

/** Why a program cannot be started, with the codes the emulator reports. */
export interface ProgramProblem {
  code: "CommandProgramNotFound" | "ProcessStartFailed";
  message: string;
}

/**
 * Finds the program as `execvp` would (a name with a `/` relative to the
 * working directory, else along `PATH`, whose relative entries, an empty one
 * meaning `.`, are relative to the working directory too), so that a missing
 * program fails the task as before instead of as the wrapper's exit code 127.
 * @param name - `argv[0]`.
 * @param cwd - The working directory as the emulator reaches it.
 * @param path - The task's `PATH`.
 * @returns The program to run (the name itself when it has a `/`, else the found path, `./`-relative
 *   for a relative `PATH` entry, as the task's working directory resolves it), or the problem.
 */
export async function resolveProgram(
  name: string,
  cwd: string,
  path: string | undefined,
): Promise<{ program: string } | ProgramProblem> {
  // Each candidate as the task names it (the program) and as the emulator reaches it (the check; not
  // joined lexically: `..` after a descriptor path `cwd` is the working directory's parent).
  const candidates: [program: string, checked: string][] = name.includes("/")
    ? [[name, isAbsolute(name) ? name : `${cwd}/${name}`]]
    : (path ?? "/usr/local/bin:/usr/bin:/bin")
        .split(delimiter)
        .map((d): [string, string] =>
          isAbsolute(d)
            ? [join(d, name), join(d, name)]
            : [`./${join(d, name)}`, `${cwd}/${d === "" ? "." : d}/${name}`],
        );
  let denied = false;
  for (const [program, c] of candidates) {
    try {
      // Synchronous: a few local metadata calls, cheaper than an event-loop turn each on the task start path.
      const s = statSync(c);
      if (!s.isFile()) {
        denied = true;
        continue;
      }
      accessSync(c, constants.X_OK);
      return { program };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EACCES") denied = true;
    }
  }
  if (denied)
    return {
      code: "ProcessStartFailed",
      message: `The program '${name}' could not be started: EACCES: permission denied`,
    };
  return {
    code: "CommandProgramNotFound",
    message: `The program '${name}' could not be started: spawn ${name} ENOENT`,
  };
}

/**
 * What a stopped run's command has used so far: read while the emulator
 * holds the run frozen (`SIGSTOP`) before killing it, from the command's
 * `/proc/<pid>/stat` (its own and its reaped descendants' CPU times) and
 * `/proc/<pid>/io`. Descendants still running are not counted.
 * @param runPid - The run's pid: the wrapper shell's, or the command's own when it runs unwrapped.
 * @param wrapped - Whether the command is the wrapper's child.
 * @returns The usage, or undefined when it cannot be read.
 */
export async function sampleStoppedCommand(runPid: number, wrapped = true): Promise<ProcessUsage | undefined> {
  if (!MEASURED) return undefined;
  try {
    let pid = String(runPid);
    if (wrapped) {
      const children = (await readFile(`/proc/${runPid}/task/${runPid}/children`, "utf8"))
        .trim()
        .split(/\s+/)
        .filter((p) => /^\d+$/.test(p));
      if (children.length !== 1) return undefined;
      pid = children[0]!;
    }
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    const io = await readFile(`/proc/${pid}/io`, "utf8").catch(() => "");
    // Its own CPU times and those of the descendants it reaped.
    const t = statTimes(stat);
    if (!t || !areTicks(t.utime, t.stime, t.cutime, t.cstime)) return undefined;
    return usageFrom(t.utime + t.cutime, t.stime + t.cstime, ioCounters(io));
  } catch {
    return undefined;
  }
}

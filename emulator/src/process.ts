/**
 * Runs one task or start task as a child process: argv from the command line
 * (no shell), cwd `<taskDir>/wd`, stdout/stderr to `<taskDir>/stdout.txt` and
 * `stderr.txt`, in its own process group. Directories and output files are
 * made through {@link DataRoot} (no planted link is followed), and stopping a
 * run stops every process it started, also those that left the group
 * (emulator/src/processTree.ts).
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { closeSync } from "node:fs";
import { CommandLineError, splitCommandLine } from "./commandLine.js";
import type { DataRoot, SafeDir } from "./fs/safeFs.js";
import { launch } from "./launcher.js";
import { killRun, newRunTag, RUN_VARIABLE } from "./processTree.js";
import type { KillReason, RunHandle } from "./state/model.js";
import {
  MEASURED,
  parseUsage,
  resolveProgram,
  sampleStoppedCommand,
  usageBetween,
  wrapCommand,
  type LauncherCountersText,
  type ProcessUsage,
} from "./stats/processStats.js";

/** How a process ended. */
export interface ProcessOutcome {
  /** Exit code; 128 + signal number when killed by a signal. */
  exitCode?: number;
  /** Signal that ended it, if any. */
  signal?: string;
  /** Set when the process could not be started at all (or {@link ProcessSpec.prepare} failed). */
  startError?: {
    code: string;
    message: string;
    category?: "usererror" | "servererror";
    details?: { name: string; value: string }[];
  };
  /** What the process used, when measured (emulator/src/stats/processStats.ts). */
  usage?: ProcessUsage;
  /** Set when {@link ProcessSpec.finish} failed after the process ended: the task's `failureInfo`. */
  finishError?: {
    code: string;
    message: string;
    category: "usererror" | "servererror";
    details?: { name: string; value: string }[];
  };
}

/** What {@link ProcessSpec.prepare} and {@link ProcessSpec.finish} throw to fail the task with a `failureInfo`. */
export interface TaskStepError {
  failureInfo: {
    code: string;
    message: string;
    category: "usererror" | "servererror";
    details?: { name: string; value: string }[];
  };
}

function stepFailure(e: unknown): TaskStepError["failureInfo"] {
  const info = (e as Partial<TaskStepError> | undefined)?.failureInfo;
  return info ?? { category: "servererror", code: "Unknown", message: e instanceof Error ? e.message : String(e) };
}

/** What to run. */
export interface ProcessSpec {
  /** The command line, split with {@link splitCommandLine}. */
  commandLine: string;
  /** Directory holding stdout.txt and stderr.txt. */
  taskDir: string;
  /** Working directory (created if missing). */
  workingDir: string;
  /** Full environment of the process. */
  env: Record<string, string>;
  /** The data directory both directories are below. */
  files: DataRoot;
  /** The emulator's process tag (see emulator/src/processTree.ts). */
  ownerTag: string;
  /**
   * Runs after the directories exist and before the process starts (resource file downloads);
   * throwing fails the task before its command runs. The signal is aborted when the run is
   * stopped (the task deleted, requeued or ended), so that nothing more is written by path.
   */
  prepare?: (signal: AbortSignal) => Promise<void>;
  /** Runs after the process ended by itself or was ended by a task rule (output file uploads), with whether it succeeded; throwing sets `finishError`. */
  finish?: (succeeded: boolean) => Promise<void>;
  /** Called once when the process ends or fails to start. */
  onExit: (outcome: ProcessOutcome, handle: RunHandle) => void;
}

/** Signals a process group, ignoring processes that are already gone. */
function signalGroup(pid: number | undefined, sig: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, sig);
  } catch {
    try {
      process.kill(pid, sig);
    } catch {
      // already gone
    }
  }
}

/**
 * Stops a run: its group is frozen at once (so that its members' parent
 * links hold while the sweep collects them), then every process of the run
 * is killed, and the group too in case the sweep could not run.
 */
function stopRun(
  pid: number | undefined,
  runTag: string,
  sampled?: (usage: ProcessUsage | undefined) => void,
  wrapped = true,
): void {
  signalGroup(pid, "SIGSTOP");
  // While frozen, what the command used so far is read (a stopped run is not reported by its wrapper or launcher).
  const sample = sampled && pid !== undefined ? sampleStoppedCommand(pid, wrapped).then(sampled) : Promise.resolve();
  void sample.finally(() => killRun(runTag).finally(() => signalGroup(pid, "SIGKILL")));
}

/** Opens (creating) `dir` below the already open `parent` when it lies there, else by a walk from the root. */
function openBelow(files: DataRoot, parent: SafeDir, parentPath: string, dir: string): SafeDir {
  const outer = files.parts(parentPath);
  const inner = files.parts(dir);
  if (inner.length <= outer.length || outer.some((p, i) => inner[i] !== p)) return files.openDirSync(dir, true);
  return parent.openBelowSync(inner.slice(outer.length), true);
}

/** What {@link openTaskFiles} opened (the caller closes them). */
interface TaskFiles {
  taskDir?: SafeDir;
  workingDir?: SafeDir;
  out?: number;
  err?: number;
}

/** Closes what {@link openTaskFiles} opened (errors ignored). */
function closeTaskFiles(files: TaskFiles): void {
  for (const fd of [files.out, files.err]) {
    if (fd === undefined) continue;
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
  }
  for (const dir of [files.taskDir, files.workingDir]) {
    try {
      dir?.closeSync();
    } catch {
      // already closed
    }
  }
}

/**
 * Opens (creating) the task directory and the working directory and creates `stdout.txt` and
 * `stderr.txt` in the task directory, synchronously: a few local file system calls, each cheaper
 * than a round trip through libuv's thread pool. Fills `opened` as it goes, so that the caller can
 * close what was opened when a step fails.
 */
function openTaskFiles(spec: ProcessSpec, opened: TaskFiles): Required<TaskFiles> {
  const taskDir = (opened.taskDir = spec.files.openDirSync(spec.taskDir, true));
  opened.workingDir = openBelow(spec.files, taskDir, spec.taskDir, spec.workingDir);
  opened.out = taskDir.createFileSync("stdout.txt");
  opened.err = taskDir.createFileSync("stderr.txt");
  return opened as Required<TaskFiles>;
}

/**
 * Starts a process; returns at once with a handle whose `kill` works at any
 * point, also before the process exists.
 * @param spec - Command line, directories, environment and exit callback.
 * @returns The handle.
 */
export function startProcess(spec: ProcessSpec): RunHandle {
  let finished = false;
  const runTag = newRunTag(spec.ownerTag);
  let stoppedUsage: ProcessUsage | undefined;
  // Whether the run's process is the measuring wrapper (not so when a dedicated launcher measures it).
  let wrapped = true;
  const keepSample = (u: ProcessUsage | undefined): void => {
    stoppedUsage ??= u;
  };
  const preparing = new AbortController();
  const handle: RunHandle = {
    kill(reason: KillReason) {
      if (handle.killReason === undefined) handle.killReason = reason;
      preparing.abort();
      stopRun(handle.child?.pid, runTag, MEASURED ? keepSample : undefined, wrapped);
    },
    sweep: () => killRun(runTag),
  };
  const finish = (outcome: ProcessOutcome): void => {
    if (finished) return;
    finished = true;
    spec.onExit(outcome, handle);
  };
  void (async () => {
    // Everything below reports through `onExit` after the caller holds the handle (a microtask, not a turn).
    await undefined;
    let argv: string[];
    try {
      argv = splitCommandLine(spec.commandLine);
    } catch (e) {
      const message = e instanceof CommandLineError ? e.message : String(e);
      finish({
        startError: { code: "InvalidCommandLine", message: `The command line could not be parsed: ${message}` },
      });
      return;
    }
    if (argv.length === 0) {
      finish({ startError: { code: "InvalidCommandLine", message: "The command line is empty." } });
      return;
    }
    const opened: TaskFiles = {};
    const closeAll = (): void => closeTaskFiles(opened);
    let taskFiles: Required<TaskFiles>;
    try {
      taskFiles = openTaskFiles(spec, opened);
    } catch (e) {
      closeAll();
      finish({ startError: { code: "TaskDirectoryCreationFailed", message: String(e) } });
      return;
    }
    const { workingDir, out, err } = taskFiles;
    if (spec.prepare) {
      try {
        await spec.prepare(preparing.signal);
      } catch (e) {
        closeAll();
        finish({ startError: stepFailure(e) });
        return;
      }
    }
    try {
      if (handle.killReason !== undefined) {
        finish({ signal: "SIGKILL", exitCode: 137 });
        return;
      }
      // Measured runs are measured by a dedicated launcher's own counters
      // (emulator/src/launcher.ts), else they go through the wrapper of
      // emulator/src/stats/processStats.ts, whose counters give the command's
      // CPU and I/O (written to fd 3); the program is looked up first so that a
      // missing one fails as a start error, not the wrapper's exit code 127.
      const cwd = workingDir.pathForChild;
      const viaLauncher = cwd.startsWith("/proc/");
      let program = argv[0]!;
      const programArgs = argv.slice(1);
      if (MEASURED) {
        const found = await resolveProgram(program, workingDir.path, spec.env.PATH);
        if (!("program" in found)) {
          finish({ startError: { code: found.code, message: found.message } });
          return;
        }
        program = found.program;
      }
      /** The program and arguments to start: the command itself, or the wrapper running it. */
      const command = (underWrapper: boolean): { file: string; args: string[] } =>
        underWrapper ? wrapCommand(program, programArgs) : { file: program, args: programArgs };
      const onClose = (
        code: number | null,
        signal: NodeJS.Signals | null,
        report: string,
        counters?: { before: LauncherCountersText; after?: LauncherCountersText },
      ): void => {
        const exitCode = code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : undefined);
        // A run the emulator stopped counts what it had used when it was frozen.
        const stopped = handle.killReason !== undefined && stoppedUsage !== undefined;
        const reported =
          counters === undefined ? parseUsage(report) : counters.after && usageBetween(counters.before, counters.after);
        const usage = MEASURED ? (stopped ? stoppedUsage : (reported ?? stoppedUsage)) : undefined;
        const outcome: ProcessOutcome = { exitCode, signal: signal ?? undefined, ...(usage ? { usage } : {}) };
        const reason = handle.killReason;
        if (!spec.finish || reason === "requeue" || reason === "delete" || reason === "shutdown") {
          finish(outcome);
          return;
        }
        spec.finish(exitCode === 0 && reason === undefined).then(
          () => finish(outcome),
          (e: unknown) => finish({ ...outcome, finishError: stepFailure(e) }),
        );
      };
      const onError = (code: string | undefined, message: string): void => {
        const startCode = code === "ENOENT" ? "CommandProgramNotFound" : "ProcessStartFailed";
        finish({
          startError: {
            code: startCode,
            message: `The program '${argv[0]}' could not be started: ${startFailureMessage(message, code)}`,
          },
        });
      };
      const onSpawned = (pid: number): void => {
        handle.child = { pid };
        if (handle.killReason !== undefined) stopRun(pid, runTag);
      };
      const env = { ...spec.env, [RUN_VARIABLE]: runTag };
      if (viaLauncher) {
        // Through the launcher (emulator/src/launcher.ts), which reopens the
        // descriptors the emulator holds: they stay open until it has spawned.
        const own = `/proc/${process.pid}/fd/`;
        await new Promise<void>((started) => {
          launch(
            spec.ownerTag,
            (measuredByLauncher) => {
              wrapped = MEASURED && !measuredByLauncher;
              return {
                ...command(wrapped),
                cwd,
                env,
                out: own + out,
                err: own + err,
                measure: !MEASURED ? "none" : wrapped ? "wrapper" : "self",
              };
            },
            {
              spawned: (pid) => {
                onSpawned(pid);
                started();
              },
              error: (code, message) => {
                onError(code, message);
                started();
              },
              exit: onClose,
              lost: () => {
                started();
                void killRun(runTag).finally(() => {
                  if (handle.killReason !== undefined) finish({ signal: "SIGKILL", exitCode: 137 });
                  else
                    finish({
                      startError: {
                        code: "TaskLauncherFailed",
                        category: "servererror",
                        message:
                          "The process that starts and watches task processes ended; the task's process was stopped.",
                      },
                    });
                });
              },
            },
          );
        });
        return;
      }
      // The child changes into the directory the emulator holds open (not a
      // path a task could have swapped since); spawn returns after exec.
      const { file, args } = command(MEASURED);
      const child = spawn(file, args, {
        cwd,
        env,
        stdio: MEASURED ? ["ignore", out, err, "pipe"] : ["ignore", out, err],
        detached: true,
      });
      let report = "";
      const reportPipe = MEASURED ? child.stdio[3] : undefined;
      reportPipe?.on("data", (chunk: Buffer) => {
        if (report.length < 8192) report += chunk.toString("utf8");
      });
      reportPipe?.on("error", () => {});
      child.once("error", (e: NodeJS.ErrnoException) => onError(e.code, e.message));
      // "close": after the exit and the end of the wrapper's report.
      child.once("close", (code, signal) => onClose(code, signal, report));
      if (child.pid !== undefined) onSpawned(child.pid);
    } catch (e) {
      finish({
        startError: {
          code: "ProcessStartFailed",
          message: startFailureMessage(String(e), (e as NodeJS.ErrnoException).code),
        },
      });
    } finally {
      closeAll();
    }
  })();
  return handle;
}

/**
 * The message of a start failure. Node's message for an argument or environment entry it refuses
 * (a NUL byte) quotes the entry, name and value, and the value can be a secret from the task's
 * environment: that message is replaced by one that names no value.
 * @param message - The error's message.
 * @param code - The error's code, when known.
 */
function startFailureMessage(message: string, code?: string): string {
  return code === "ERR_INVALID_ARG_VALUE" || message.includes("without null bytes")
    ? "an argument, or an environment variable's name or value, contains a NUL character."
    : message;
}

/**
 * Finding and killing every process a task started, also those that left
 * its process group (`setsid`, a double fork that reparents to init).
 *
 * How (Linux): each task process gets the environment variable
 * {@link RUN_VARIABLE} = `<emulator tag>.<run number>`; children inherit it.
 * A sweep reads `/proc/<pid>/environ` and `/proc/<pid>/stat` of every
 * process it may read and takes (1) every process carrying the tag and
 * (2) every descendant (by parent pid) of one, which catches a child that
 * cleared its environment while its parent is still there. Members are
 * stopped with SIGSTOP (a stopped process can neither fork nor exit, so the
 * parent links hold) and the scan repeats until it finds no new member; then
 * all of them get SIGKILL. A pid that stops being a member between two scans
 * (its number reused by some other process) is sent SIGCONT and left alone.
 *
 * What can remain: a process that has both removed or overwritten the
 * variable in its environment and lost every tagged ancestor (they exited
 * and it was reparented to init) before the sweep; a process the emulator's
 * user may not inspect (another user's, after `sudo`); and, without `/proc`
 * (macOS, Windows), everything outside the task's process group.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";

/** Environment variable that tags every process of a task run. */
export const RUN_VARIABLE = "AZBATCH_EMULATOR_RUN";

const HAS_PROC = process.platform === "linux" && existsSync("/proc/self/stat");

/** Most scan rounds of one sweep (each round stops what the previous one missed). */
const MAX_ROUNDS = 50;

/** How long a sweep waits for killed processes to be gone. */
const EXIT_WAIT_MS = 5_000;

let runCounter = 0;

/** A fresh tag for one emulator (all of its runs start with it). */
export function newOwnerTag(): string {
  return randomBytes(9).toString("base64url");
}

/**
 * A fresh tag for one run of one emulator.
 * @param ownerTag - The emulator's tag ({@link newOwnerTag}).
 */
export function newRunTag(ownerTag: string): string {
  return `${ownerTag}.${++runCounter}`;
}

interface ProcInfo {
  ppid: number;
  state: string;
  tag?: string;
}

function parseStat(text: string): { ppid: number; state: string } | undefined {
  // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
  const close = text.lastIndexOf(")");
  if (close < 0) return undefined;
  const fields = text.slice(close + 2).split(" ");
  return { state: fields[0] ?? "?", ppid: Number(fields[1]) };
}

const TAG_PREFIX = Buffer.from(RUN_VARIABLE + "=");

/** The tag in a raw environment block (entries separated by NUL), if any. */
function tagOf(environ: Buffer): string | undefined {
  let at = 0;
  for (;;) {
    const i = environ.indexOf(TAG_PREFIX, at);
    if (i < 0) return undefined;
    if (i === 0 || environ[i - 1] === 0) {
      const end = environ.indexOf(0, i);
      return environ.toString("utf8", i + TAG_PREFIX.length, end < 0 ? environ.length : end);
    }
    at = i + 1;
  }
}

/** Reads `/proc` a few processes at a time, so that a sweep does not flood libuv's thread pool. */
const SCAN_CONCURRENCY = 8;

async function scan(): Promise<Map<number, ProcInfo>> {
  const out = new Map<number, ProcInfo>();
  const names = (await readdir("/proc")).filter((n) => /^\d+$/.test(n) && Number(n) !== process.pid);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < names.length) {
      const n = names[next++]!;
      const stat = await readFile(`/proc/${n}/stat`, "utf8").then(parseStat, () => undefined);
      if (!stat) continue;
      const environ = await readFile(`/proc/${n}/environ`).catch(() => undefined);
      out.set(Number(n), { ...stat, tag: environ ? tagOf(environ) : undefined });
    }
  };
  await Promise.all(Array.from({ length: SCAN_CONCURRENCY }, worker));
  return out;
}

function members(procs: Map<number, ProcInfo>, match: (tag: string) => boolean): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) {
    const list = children.get(p.ppid);
    if (list) list.push(pid);
    else children.set(p.ppid, [pid]);
  }
  const found = new Set<number>();
  const queue: number[] = [];
  for (const [pid, p] of procs) if (p.tag !== undefined && match(p.tag)) queue.push(pid);
  while (queue.length > 0) {
    const pid = queue.pop()!;
    if (found.has(pid)) continue;
    found.add(pid);
    for (const c of children.get(pid) ?? []) queue.push(c);
  }
  for (const pid of found) {
    const state = procs.get(pid)?.state;
    if (state === "Z" || state === "X") found.delete(pid);
  }
  return found;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").then(parseStat, () => undefined);
  return stat !== undefined && stat.state !== "Z" && stat.state !== "X";
}

/**
 * Stops, then kills, every process whose tag matches and every descendant of one.
 * @param match - Which tags to take.
 * @returns The pids killed (empty without `/proc`).
 */
export async function killTagged(match: (tag: string) => boolean): Promise<number[]> {
  if (!HAS_PROC) return [];
  const stopped = new Set<number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const now = members(await scan(), match);
    for (const pid of stopped) {
      if (!now.has(pid)) {
        stopped.delete(pid);
        signal(pid, "SIGCONT");
      }
    }
    const fresh = [...now].filter((pid) => !stopped.has(pid));
    if (fresh.length === 0) break;
    for (const pid of fresh) {
      signal(pid, "SIGSTOP");
      stopped.add(pid);
    }
  }
  for (const pid of stopped) signal(pid, "SIGKILL");
  const end = Date.now() + EXIT_WAIT_MS;
  let left = [...stopped];
  while (left.length > 0 && Date.now() < end) {
    left = (await Promise.all(left.map(async (pid) => ((await alive(pid)) ? pid : -1)))).filter((pid) => pid >= 0);
    // A bounded poll while killed processes die (real time, not a simulated delay: no clock).
    if (left.length > 0) await new Promise((r) => setTimeout(r, 10));
  }
  return [...stopped];
}

const pendingRuns = new Set<string>();
let batch: Promise<void> | undefined;

/**
 * Kills every process of one run (batched: runs stopped together share one sweep).
 * @param runTag - The run's tag ({@link newRunTag}).
 * @returns Settles once the sweep that covers this run has finished.
 */
export function killRun(runTag: string): Promise<void> {
  pendingRuns.add(runTag);
  batch ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
    const tags = new Set(pendingRuns);
    pendingRuns.clear();
    batch = undefined;
    await killTagged((tag) => tags.has(tag)).catch(() => []);
  });
  return batch;
}

/**
 * Kills every process any run of one emulator started (used by `close()`),
 * including daemons left behind by runs that ended long ago.
 * @param ownerTag - The emulator's tag.
 */
export async function killOwned(ownerTag: string): Promise<void> {
  await batch;
  await killTagged((tag) => tag.startsWith(ownerTag + ".")).catch(() => []);
}

/**
 * The emulator's per-node agent log: what the emulator did on a node (state
 * changes, start task runs, task starts and ends), one line per event with
 * the account clock's time, in one file per clock hour
 * (`agent-<YYYY-MM-DDTHH>.log`) under `<dataDir>/agentlogs/<nodeId>/`, outside
 * the node's root directory (so the node files API does not serve it, as a
 * node's service logs are not task files; a task, running as the emulator's
 * user, can still reach it by path, so the file is opened as
 * emulator/src/fs/safeFs.ts opens logs). These are the
 * files `uploadbatchservicelogs` uploads (emulator/src/resources/nodes.ts);
 * they go with the node when it leaves the pool. Bounded: the newest
 * {@link AGENT_LOG_HOURS_KEPT} hourly files are kept, each at most
 * {@link AGENT_LOG_FILE_MAX_BYTES} long (what comes after is dropped, with
 * one line saying so).
 */
import { ContainerClient, RestError } from "@azure/storage-blob";
import { closeSync, fstatSync, readSync, writeSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Account } from "../state/account.js";
import type { NodeRecord } from "../state/model.js";
import { redactUrl, STORAGE_PIPELINE_OPTIONS } from "../storage/failures.js";
import { openAppendFileAfreshSync, type SafeDir } from "../fs/safeFs.js";

const HOUR_MS = 3_600_000;
const FILE = /^agent-(\d{4}-\d{2}-\d{2}T\d{2})\.log$/;

/** How many hourly files a node's agent log keeps: the newest two days of the emulator's clock. */
export const AGENT_LOG_HOURS_KEPT = 48;
/** The most one hourly file holds (8 MiB): lines after that are dropped, with one line saying so. */
export const AGENT_LOG_FILE_MAX_BYTES = 8 * 1024 * 1024;
/** The line that ends a file that reached {@link AGENT_LOG_FILE_MAX_BYTES}. */
const FULL_LINE = "log file limit reached: the later lines of this hour are dropped\n";

/** Pending writes per log directory, so lines keep their order. */
const queues = new Map<string, Promise<void>>();
/** Lines not yet written, per log directory and file: written together by one pending write. */
const buffers = new Map<string, Map<string, string[]>>();
/**
 * The open log file per log directory (the current hour's): appended to without reopening it, and
 * closed when the hour's name changes, the log is removed ({@link removeAgentLog}) or the emulator
 * closes ({@link closeAgentLogs}).
 */
const openLogs = new Map<string, { name: string; fd: number; size: number }>();

/** Closes the cached log file of a directory, if any. */
function closeLog(dir: string): void {
  const log = openLogs.get(dir);
  if (!log) return;
  openLogs.delete(dir);
  try {
    closeSync(log.fd);
  } catch {
    // already closed
  }
}

/** Whether the open file still has exactly one name (not removed, replaced or hard-linked since it was opened). */
function stillSoleLink(fd: number): boolean {
  try {
    return fstatSync(fd).nlink === 1;
  } catch {
    return false;
  }
}

/**
 * How full an open log file is: its size, or the limit when it already ends with the line that
 * says the rest is dropped (it is closed and opened again when the emulator closes and starts).
 */
function sizeOf(fd: number): number {
  const size = fstatSync(fd).size;
  const tail = Buffer.alloc(FULL_LINE.length);
  if (size < tail.length || readSync(fd, tail, 0, tail.length, size - tail.length) !== tail.length) return size;
  return tail.toString("utf8") === FULL_LINE ? AGENT_LOG_FILE_MAX_BYTES : size;
}

/** Appends to `file` in `dir`, opening it (below the data directory, no link followed) when it is not the open one. */
async function append(account: Account, dir: string, file: string, text: string): Promise<void> {
  let log = openLogs.get(dir);
  // A task can reach this directory: if it removed or linked the open file, the next lines go to a new one.
  if (log?.name !== file || !stillSoleLink(log.fd)) {
    closeLog(dir);
    // Not following a link, blocking on a FIFO or writing through a hard link something left here.
    const fd = await account.files.withDir(dir, true, async (d) => {
      await pruneOldFiles(d, file);
      return openAppendFileAfreshSync(d.child(file));
    });
    if (fd === undefined) return;
    if (account.closed) {
      closeSync(fd);
      return;
    }
    log = { name: file, fd, size: sizeOf(fd) };
    openLogs.set(dir, log);
  }
  if (log.size >= AGENT_LOG_FILE_MAX_BYTES) return;
  const bytes = Buffer.from(text, "utf8");
  // Room for lines, keeping room for the line that says the rest is dropped.
  const room = AGENT_LOG_FILE_MAX_BYTES - FULL_LINE.length - log.size;
  if (bytes.length <= room) {
    log.size += writeSync(log.fd, bytes);
    return;
  }
  const lastFitting = room > 0 ? bytes.lastIndexOf(0x0a, room - 1) : -1;
  if (lastFitting >= 0) writeSync(log.fd, bytes.subarray(0, lastFitting + 1));
  writeSync(log.fd, FULL_LINE);
  log.size = AGENT_LOG_FILE_MAX_BYTES;
}

/**
 * Removes the oldest hourly files of a log directory so that, with `current` (the file about to
 * be opened), at most {@link AGENT_LOG_HOURS_KEPT} remain. Only names the log itself makes are
 * touched, through the directory's descriptor (a link a task left is unlinked, not followed; a
 * non-empty directory under such a name stays).
 */
async function pruneOldFiles(dir: SafeDir, current: string): Promise<void> {
  const hours = (await dir.names()).filter((n) => FILE.test(n) && n !== current).sort();
  for (const name of hours.slice(0, Math.max(0, hours.length - (AGENT_LOG_HOURS_KEPT - 1)))) {
    await dir.remove(name, false).catch(() => {});
  }
}

/** Appends each file's lines of a batch, in order. */
async function appendAll(account: Account, dir: string, batch: Map<string, string[]>): Promise<void> {
  for (const [file, lines] of batch) await append(account, dir, file, lines.join(""));
}

/**
 * The agent log directory of a node.
 * @param account - Owning account.
 * @param nodeId - The node's id.
 */
export function agentLogDir(account: Account, nodeId: string): string {
  return join(account.dataDir, "agentlogs", nodeId);
}

/**
 * Appends a line to the node's agent log (asynchronously, lines of one tick
 * in one write; failures to write are ignored).
 * @param account - Owning account.
 * @param node - The node.
 * @param text - What happened (no secrets: never command lines or settings).
 */
export function agentLog(account: Account, node: NodeRecord, text: string): void {
  if (account.closed) return;
  const now = account.now();
  const dir = agentLogDir(account, node.id);
  const name = `agent-${now.toISOString().slice(0, 13)}.log`;
  const line = `${now.toISOString()} ${text}\n`;
  let files = buffers.get(dir);
  if (files) {
    const lines = files.get(name);
    if (lines) lines.push(line);
    else files.set(name, [line]);
    return;
  }
  files = new Map([[name, [line]]]);
  buffers.set(dir, files);
  enqueue(dir, () => {
    const batch = buffers.get(dir) ?? new Map<string, string[]>();
    buffers.delete(dir);
    return appendAll(account, dir, batch);
  });
}

/** Runs `work` after the directory's pending writes (errors ignored). */
function enqueue(dir: string, work: () => Promise<void>): void {
  const next = (queues.get(dir) ?? Promise.resolve()).then(work).catch(() => {});
  queues.set(dir, next);
  void next.then(() => {
    if (queues.get(dir) === next) queues.delete(dir);
  });
}

/**
 * Removes a node's agent log (the node left the pool).
 * @param account - Owning account.
 * @param nodeId - The node's id.
 */
export function removeAgentLog(account: Account, nodeId: string): void {
  const dir = agentLogDir(account, nodeId);
  enqueue(dir, () => {
    buffers.delete(dir);
    closeLog(dir);
    return account.files.removeTree(dir);
  });
}

/**
 * Closes the account's open agent log files once their pending writes are done (the emulator
 * closes; later lines are not written, see {@link agentLog}).
 * @param account - The account (already closed).
 */
export async function closeAgentLogs(account: Account): Promise<void> {
  const root = join(account.dataDir, "agentlogs");
  const mine = (dir: string): boolean => dir.startsWith(root + "/") || dir.startsWith(root + "\\");
  await Promise.all([...queues].filter(([dir]) => mine(dir)).map(([, pending]) => pending));
  for (const dir of [...openLogs.keys()]) if (mine(dir)) closeLog(dir);
}

/** Result of an upload (the spec's `UploadBatchServiceLogsResult`, plus what failed). */
export interface AgentLogUpload {
  virtualDirectoryName: string;
  numberOfFilesUploaded: number;
  /** Why the upload failed, when it did (the answer is the same; see emulator/README.md). */
  error?: string;
}

/**
 * Uploads the node's agent log files that hold a line in `[start, end]` (a
 * file covers its clock hour; `end` absent: everything after `start`) as
 * block blobs `<virtualDirectoryName>/<file>` to the container.
 * @param account - Owning account.
 * @param node - The node.
 * @param containerUrl - Container URL with a SAS granting write.
 * @param virtualDirectoryName - The blob name prefix.
 * @param start - Start of the range.
 * @param end - End of the range, if given.
 */
export async function uploadAgentLogs(
  account: Account,
  node: NodeRecord,
  containerUrl: string,
  virtualDirectoryName: string,
  start: Date,
  end: Date | undefined,
): Promise<AgentLogUpload> {
  const dir = agentLogDir(account, node.id);
  await queues.get(dir);
  let names: string[] = [];
  try {
    names = await readdir(dir);
  } catch {
    names = [];
  }
  const chosen = names
    .filter((n) => {
      const m = FILE.exec(n);
      if (!m) return false;
      const from = Date.parse(`${m[1]}:00:00.000Z`);
      return from + HOUR_MS > start.getTime() && (end === undefined || from <= end.getTime());
    })
    .sort();
  const result: AgentLogUpload = { virtualDirectoryName, numberOfFilesUploaded: chosen.length };
  if (chosen.length === 0) return result;
  try {
    const client = new ContainerClient(containerUrl, undefined, STORAGE_PIPELINE_OPTIONS);
    for (const n of chosen) {
      const body = await account.files.withDir(dir, false, async (d) => {
        const fh = await d.openRead(n);
        try {
          return await readFile(fh);
        } finally {
          await fh.close();
        }
      });
      await client.getBlockBlobClient(`${virtualDirectoryName}/${n}`).uploadData(body, {
        blobHTTPHeaders: { blobContentType: "text/plain; charset=utf-8" },
      });
    }
  } catch (e) {
    const status = e instanceof RestError && e.statusCode ? ` with HTTP ${e.statusCode}` : "";
    result.error = `Uploading the service logs to ${redactUrl(containerUrl)} failed${status}.`;
  }
  return result;
}

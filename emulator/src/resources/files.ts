/**
 * Task and node files: list (optionally recursive), get (with `ocp-range`),
 * properties (HEAD) and delete. Every path stays inside its root directory:
 * `..` segments (also `%2e%2e`), absolute paths, drive letters and NUL are
 * refused with 400 `InvalidPropertyValue`; a path that leads outside the
 * root through a symlink (or a root that is itself a link) answers 404
 * `FileNotFound`, as if it did not exist. All access goes through
 * emulator/src/fs/safeFs.ts: no link a task plants is followed by the kernel.
 */
import type { Stats } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { isNotFoundUnderRoot, resolveInside, type SafeDir } from "../fs/safeFs.js";
import type { RequestContext } from "../context.js";
import { safeDecode } from "../context.js";
import { BatchServiceError, invalidProperty, invalidState } from "../errors.js";
import { selectPage, sendPage, type ListPage, type ListSpec } from "../listing.js";
import type { Route } from "../server.js";
import type { Json } from "../state/model.js";
import { findNode, findTask, nodeUrl, seg, taskUrl } from "./common.js";

/** A directory whose files are served, with the URL prefix of its files. */
interface FileRoot {
  /** Absolute directory (below the data directory). */
  dir: string;
  /** The account (whose data directory holds `dir`). */
  account: RequestContext["account"];
  /** URL of `.../files`. */
  filesUrl: string;
}

function fileNotFound(path: string): BatchServiceError {
  return new BatchServiceError(404, "FileNotFound", "The specified file does not exist.", [
    { key: "FilePath", value: path },
  ]);
}

/**
 * Turns the raw `{*filePath}` segments into safe relative parts.
 * @param raw - Raw (encoded) path segments after `/files/`.
 * @returns Decoded parts, without `.` or empty parts.
 * @throws BatchServiceError 400 `InvalidPropertyValue` for traversal or absolute paths.
 */
export function safeRelativeParts(raw: readonly string[]): string[] {
  const decoded = raw.map((s) => safeDecode(s));
  const joined = decoded.join("/");
  const bad = (why: string): BatchServiceError => invalidProperty("filePath", why);
  if (joined.includes("\0")) throw bad("The file path contains a NUL character.");
  if (joined.startsWith("/") || joined.startsWith("\\") || /^[A-Za-z]:/.test(joined))
    throw bad("The file path must be relative to the task or node directory.");
  const parts = joined.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (parts.some((p) => p === "..")) throw bad("The file path must not contain '..' segments.");
  return parts;
}

/** A file resolved under its root: the open file (or directory) and its stats. */
interface ResolvedFile {
  rel: string;
  stats: Stats;
  /** Open file, for reading (undefined for a directory). */
  handle?: FileHandle;
}

/**
 * Runs `fn` on the parent directory and name of a path under a root,
 * resolved without the kernel following any link (links whose target stays
 * inside the root are resolved by hand; others give 404).
 */
async function atPath<T>(
  root: FileRoot,
  raw: readonly string[],
  fn: (parent: SafeDir, name: string | undefined, rel: string) => Promise<T>,
): Promise<T> {
  const parts = safeRelativeParts(raw);
  const rel = parts.join("/");
  try {
    return await root.account.files.withDir(root.dir, false, async (rootDir) => {
      const { parent, name } = await resolveInside(rootDir, root.dir, parts);
      try {
        return await fn(parent, name, rel);
      } finally {
        if (parent !== rootDir) await parent.close();
      }
    });
  } catch (e) {
    if (isNotFoundUnderRoot(e)) throw fileNotFound(rel);
    throw e;
  }
}

/** Opens a file or directory under a root; only regular files and directories are served. */
async function resolveFile(root: FileRoot, raw: readonly string[]): Promise<ResolvedFile> {
  return atPath(root, raw, async (parent, name, rel) => {
    if (name === undefined) return { rel, stats: await parent.stat() };
    const handle = await parent.openRead(name);
    try {
      const stats = await handle.stat();
      if (stats.isDirectory()) {
        await handle.close();
        return { rel, stats };
      }
      if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOENT" });
      return { rel, stats, handle };
    } catch (e) {
      await handle.close().catch(() => {});
      throw e;
    }
  });
}

function fileUrl(root: FileRoot, rel: string): string {
  return `${root.filesUrl}/${rel.split("/").map(seg).join("/")}`;
}

function fileEtag(s: Stats): string {
  return (
    "0x8D" +
    Math.floor(s.mtimeMs * 10)
      .toString(16)
      .toUpperCase()
      .slice(-13)
      .padStart(13, "0")
  );
}

function fileMode(s: Stats): string {
  return s.mode.toString(8);
}

function fileHeaders(root: FileRoot, rel: string, s: Stats): Record<string, string> {
  return {
    "ocp-creation-time": (s.birthtimeMs > 0 ? s.birthtime : s.ctime).toUTCString(),
    "ocp-batch-file-isdirectory": s.isDirectory() ? "true" : "false",
    "ocp-batch-file-url": fileUrl(root, rel),
    "ocp-batch-file-mode": fileMode(s),
    "Last-Modified": s.mtime.toUTCString(),
    ETag: fileEtag(s),
    "Content-Type": "application/octet-stream",
  };
}

function parseRange(text: string, size: number): { start: number; end: number } {
  const m = /^bytes=(\d*)-(\d*)$/.exec(text.trim());
  if (!m || (m[1] === "" && m[2] === "")) {
    throw new BatchServiceError(
      400,
      "InvalidHeaderValue",
      "The value for one of the HTTP headers is not in the correct format.",
      [
        { key: "HeaderName", value: "ocp-range" },
        { key: "HeaderValue", value: text },
      ],
    );
  }
  let start: number;
  let end: number;
  if (m[1] === "") {
    const n = Number(m[2]);
    start = Math.max(0, size - n);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) {
    throw new BatchServiceError(
      416,
      "InvalidRange",
      "The range specified is invalid for the current size of the resource.",
      [
        { key: "Range", value: text },
        { key: "ContentLength", value: String(size) },
      ],
    );
  }
  return { start, end };
}

async function getFile(ctx: RequestContext, root: FileRoot): Promise<void> {
  const { handle, rel, stats } = await resolveFile(root, ctx.restSegments);
  try {
    await sendFile(ctx, root, rel, stats, handle);
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function sendFile(
  ctx: RequestContext,
  root: FileRoot,
  rel: string,
  stats: Stats,
  handle: FileHandle | undefined,
): Promise<void> {
  const headers = fileHeaders(root, rel, stats);
  if (ctx.method === "HEAD") {
    ctx.checkConditions({ etag: headers.ETag!, lastModified: stats.mtime, seq: 0, creationTime: stats.mtime });
    ctx.sendBytes(200, { ...headers, "Content-Length": String(stats.isDirectory() ? 0 : stats.size) }, undefined);
    return;
  }
  if (stats.isDirectory() || !handle)
    throw invalidProperty("filePath", "The path is a directory; list it with the files list operation.");
  ctx.checkConditions({ etag: headers.ETag!, lastModified: stats.mtime, seq: 0, creationTime: stats.mtime });
  const rangeText = ctx.header("ocp-range");
  let start = 0;
  let end = stats.size - 1;
  if (rangeText !== undefined && stats.size > 0) ({ start, end } = parseRange(rangeText, stats.size));
  else if (rangeText !== undefined && stats.size === 0) parseRange(rangeText, 0);
  const length = Math.max(0, end - start + 1);
  const h: Record<string, string> = { ...headers, "Content-Length": String(length) };
  if (rangeText !== undefined) h["Content-Range"] = `bytes ${start}-${end}/${stats.size}`;
  if (length === 0) {
    ctx.sendBytes(200, h, Buffer.alloc(0));
    return;
  }
  // The file is already open (resolveFile), so the stream starts at once.
  await new Promise<void>((resolve) => {
    const stream = handle.createReadStream({ start, end, autoClose: false, emitClose: true });
    stream.once("error", () => {
      ctx.res.destroy();
      resolve();
    });
    stream.once("close", () => resolve());
    ctx.res.once("close", () => stream.destroy());
    ctx.res.writeHead(200, { ...ctx.standardHeaders(), ...h });
    stream.pipe(ctx.res);
  });
}

async function deleteFile(ctx: RequestContext, root: FileRoot): Promise<void> {
  const recursive = (ctx.q("recursive") ?? "").toLowerCase() === "true";
  await atPath(root, ctx.restSegments, async (parent, name, rel) => {
    if (name === undefined) throw invalidProperty("filePath", "The root directory cannot be deleted.");
    // The path was resolved like a read (a link leading outside is 404), and
    // the entry is removed with unlink / rmdir / a no-follow tree removal.
    try {
      await parent.remove(name, recursive);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOTEMPTY" || code === "EEXIST")
        throw invalidState(`The directory '${rel}' is not empty; pass recursive=true to delete it with its contents.`);
      throw e;
    }
  });
  ctx.sendEmpty(200);
}

/** A file or directory found by a listing: what `$filter` may use, the `stat` only for a page's entries. */
interface Entry {
  seq: number;
  name: string;
  isDirectory: boolean;
}

/**
 * How many directory levels a recursive listing descends (each held open while below it): a
 * task can make a tree deeper than the emulator's descriptor limit, and a walk that held one
 * descriptor per level of it would leave none for other requests. A directory at this depth is
 * listed, its contents are not (see emulator/README.md, "Task and node files").
 */
export const MAX_LIST_DEPTH = 64;

/** Lists a directory (and, when `recursive`, what is below it) without a `stat` per entry. */
async function walk(dir: SafeDir, prefix: string, recursive: boolean, out: Entry[], depth = 1): Promise<void> {
  let entries: { name: string; isDirectory: boolean }[];
  try {
    entries = await dir.entries();
  } catch {
    return;
  }
  for (const { name, isDirectory } of entries) {
    const rel = prefix ? `${prefix}/${name}` : name;
    out.push({ seq: out.length + 1, name: rel, isDirectory });
    if (recursive && isDirectory && depth < MAX_LIST_DEPTH) {
      const sub = await dir.openDir(name).catch(() => undefined);
      if (!sub) continue;
      try {
        await walk(sub, rel, recursive, out, depth + 1);
      } finally {
        await sub.close();
      }
    }
  }
}

/** The `lstat` of an entry below the open root (undefined when it is gone or unreachable). */
async function statOf(root: SafeDir, name: string): Promise<Stats | undefined> {
  const parts = name.split("/");
  const last = parts.pop()!;
  let dir: SafeDir | undefined;
  try {
    dir = root.openBelowSync(parts, false);
    return await dir.lstat(last);
  } catch {
    return undefined;
  } finally {
    if (dir && dir !== root) dir.closeSync();
  }
}

const FILE_LIST: ListSpec = {
  filter: { name: "string", isDirectory: "boolean" },
  select: new Set(["name", "url", "isDirectory", "properties"]),
  entitySet: "files",
};

async function listFiles(ctx: RequestContext, root: FileRoot): Promise<void> {
  const recursiveText = ctx.q("recursive");
  if (recursiveText !== undefined && !/^(true|false)$/i.test(recursiveText)) {
    throw new BatchServiceError(
      400,
      "InvalidQueryParameterValue",
      "Value for one of the query parameters specified in the request URI is invalid.",
      [{ key: "QueryParameterName", value: "recursive" }],
    );
  }
  const recursive = (recursiveText ?? "").toLowerCase() === "true";
  // Names and kinds of the whole tree (what $filter may use), then a stat for the page's entries
  // only: a task can leave a million files, and a page is at most maxresults of them.
  const wires: Json[] = [];
  let page: ListPage<Entry> | undefined;
  try {
    await root.account.files.withDir(root.dir, false, async (dir) => {
      const entries: Entry[] = [];
      await walk(dir, "", recursive, entries);
      page = selectPage(ctx, entries, (e) => ({ name: e.name, isDirectory: e.isDirectory }), FILE_LIST);
      for (const entry of page.items) {
        const stats = await statOf(dir, entry.name);
        // Gone since the walk (the task removed it): left out, as a walk after that would.
        if (stats) wires.push(fileWire(root, entry, stats));
      }
    });
  } catch (e) {
    // A root that is missing or has become a link lists as empty, as before for a missing one.
    if (!isNotFoundUnderRoot(e)) throw e;
  }
  page ??= selectPage(ctx, [], () => ({}), FILE_LIST);
  sendPage(ctx, FILE_LIST, page, wires);
}

/** The wire form of a listed entry (a file's properties from its `stat`). */
function fileWire(root: FileRoot, entry: Entry, stats: Stats): Json {
  const item: Json = { name: entry.name, url: fileUrl(root, entry.name), isDirectory: entry.isDirectory };
  if (!entry.isDirectory) {
    item.properties = {
      creationTime: (stats.birthtimeMs > 0 ? stats.birthtime : stats.ctime).toISOString(),
      lastModified: stats.mtime.toISOString(),
      contentLength: String(stats.size),
      contentType: "application/octet-stream",
      fileMode: fileMode(stats),
    };
  }
  return item;
}

function taskRoot(ctx: RequestContext): FileRoot {
  const task = findTask(ctx.account, ctx.params.jobId!, ctx.params.taskId!);
  if (!task.taskDir || !task.node)
    throw invalidState("The task has not been scheduled to a node yet, so it has no files.");
  if (task.node.gone)
    throw new BatchServiceError(
      404,
      "NodeNotFound",
      "The node the task ran on has left the pool; its files are gone.",
      [{ key: "NodeId", value: task.node.id }],
    );
  return { dir: task.taskDir, account: ctx.account, filesUrl: `${taskUrl(ctx.account, task.job.id, task.id)}/files` };
}

function nodeRoot(ctx: RequestContext): FileRoot {
  const node = findNode(ctx.account, ctx.params.poolId!, ctx.params.nodeId!);
  return { dir: node.rootDir, account: ctx.account, filesUrl: `${nodeUrl(ctx.account, node)}/files` };
}

/** Routes of the file operations. */
export const fileRoutes: Route[] = [
  { method: "GET", path: "/jobs/{jobId}/tasks/{taskId}/files", handler: (ctx) => listFiles(ctx, taskRoot(ctx)) },
  {
    method: "GET",
    path: "/jobs/{jobId}/tasks/{taskId}/files/{*filePath}",
    handler: (ctx) => getFile(ctx, taskRoot(ctx)),
  },
  {
    method: "HEAD",
    path: "/jobs/{jobId}/tasks/{taskId}/files/{*filePath}",
    handler: (ctx) => getFile(ctx, taskRoot(ctx)),
  },
  {
    method: "DELETE",
    path: "/jobs/{jobId}/tasks/{taskId}/files/{*filePath}",
    handler: (ctx) => deleteFile(ctx, taskRoot(ctx)),
  },
  { method: "GET", path: "/pools/{poolId}/nodes/{nodeId}/files", handler: (ctx) => listFiles(ctx, nodeRoot(ctx)) },
  {
    method: "GET",
    path: "/pools/{poolId}/nodes/{nodeId}/files/{*filePath}",
    handler: (ctx) => getFile(ctx, nodeRoot(ctx)),
  },
  {
    method: "HEAD",
    path: "/pools/{poolId}/nodes/{nodeId}/files/{*filePath}",
    handler: (ctx) => getFile(ctx, nodeRoot(ctx)),
  },
  {
    method: "DELETE",
    path: "/pools/{poolId}/nodes/{nodeId}/files/{*filePath}",
    handler: (ctx) => deleteFile(ctx, nodeRoot(ctx)),
  },
];

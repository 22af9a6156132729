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
import { sendList } from "../listing.js";
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

interface Entry {
  seq: number;
  name: string;
  stats: Stats;
}

/**
 * How many directory levels a recursive listing descends (each held open while below it): a
 * task can make a tree deeper than the emulator's descriptor limit, and a walk that held one
 * descriptor per level of it would leave none for other requests. A directory at this depth is
 * listed, its contents are not (see emulator/README.md, "Task and node files").
 */
export const MAX_LIST_DEPTH = 64;

async function walk(dir: SafeDir, prefix: string, recursive: boolean, out: Entry[], depth = 1): Promise<void> {
  let names: string[];
  try {
    names = await dir.names();
  } catch {
    return;
  }
  for (const name of names) {
    let s: Stats;
    try {
      s = await dir.lstat(name);
    } catch {
      continue;
    }
    const rel = prefix ? `${prefix}/${name}` : name;
    out.push({ seq: out.length + 1, name: rel, stats: s });
    if (recursive && s.isDirectory() && depth < MAX_LIST_DEPTH) {
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
  const entries: Entry[] = [];
  try {
    await root.account.files.withDir(root.dir, false, (dir) =>
      walk(dir, "", (recursiveText ?? "").toLowerCase() === "true", entries),
    );
  } catch (e) {
    // A root that is missing or has become a link lists as empty, as before for a missing one.
    if (!isNotFoundUnderRoot(e)) throw e;
  }
  const toWire = (e: Entry): Json => {
    const item: Json = { name: e.name, url: fileUrl(root, e.name), isDirectory: e.stats.isDirectory() };
    if (!e.stats.isDirectory()) {
      item.properties = {
        creationTime: (e.stats.birthtimeMs > 0 ? e.stats.birthtime : e.stats.ctime).toISOString(),
        lastModified: e.stats.mtime.toISOString(),
        contentLength: String(e.stats.size),
        contentType: "application/octet-stream",
        fileMode: fileMode(e.stats),
      };
    }
    return item;
  };
  sendList(ctx, entries, toWire, {
    filter: { name: "string", isDirectory: "boolean" },
    select: new Set(["name", "url", "isDirectory", "properties"]),
    entitySet: "files",
  });
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

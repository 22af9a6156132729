/**
 * File access confined to a root directory, safe against symbolic links a
 * task plants (its `stdout.txt`, its working directory, its own task
 * directory, another task's directory, a node's `shared` directory...).
 *
 * How: every path below the root is walked one component at a time, each
 * directory opened with `O_DIRECTORY | O_NOFOLLOW` relative to the open
 * descriptor of its parent. Node has no `openat`, so on Linux "relative to a
 * descriptor" is `/proc/self/fd/<fd>/<name>`: the kernel follows the magic
 * link `/proc/self/fd/<fd>` to the directory that descriptor holds (not to a
 * path that could since have been swapped) and then looks up `<name>` in it.
 * The last component is opened with `O_NOFOLLOW` (and `O_NONBLOCK`, so a FIFO
 * cannot block a thread), or removed with `unlink` / `rmdir`, which never
 * follow a final link. So a link anywhere under the root is never followed
 * by the kernel, however the task races the emulator: the worst it can do is
 * make an operation fail. Files the emulator writes (`stdout.txt`,
 * `stderr.txt`) are unlinked and created anew with `O_EXCL`, so neither a
 * symbolic nor a hard link makes it truncate another file.
 *
 * The root itself (the data directory) is opened once, by path, when the
 * emulator starts; it is trusted and held open, so replacing it later does
 * not redirect the emulator either.
 *
 * Without `/proc/self/fd` (macOS, Windows) the same checks run on plain paths:
 * links are still refused component by component, but a task racing the
 * emulator between a check and the use could win (README "Limits").
 */
import {
  closeSync,
  constants,
  existsSync,
  fstat,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { lstat, open, readdir, readlink, rename, rmdir, unlink, type FileHandle } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";
import { promisify } from "node:util";

const fstatAsync = promisify(fstat);

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const O_DIRECTORY = constants.O_DIRECTORY ?? 0;
/** `O_NONBLOCK` where the platform has it: an open of a FIFO a task left does not block. */
export const O_NONBLOCK = constants.O_NONBLOCK ?? 0;

/** True where directories can be addressed through their descriptor (Linux). */
export const DESCRIPTOR_PATHS = process.platform === "linux" && existsSync("/proc/self/fd");

/** Most symbolic links resolved (inside the root) in one lookup, like the kernel's limit. */
const MAX_LINK_HOPS = 40;

/** A path below a root that would leave it (through `..`, an absolute link target, or too many links). */
export class OutsideRootError extends Error {
  /** errno-like code, for callers that map codes to answers. */
  readonly code = "EOUTSIDE";
  /** @param what - The path, relative to its root. */
  constructor(what: string) {
    super(`'${what}' leads outside its directory; it is not followed.`);
    this.name = "OutsideRootError";
  }
}

/**
 * True for the errors that mean "no such file under this root" (missing, a link, not a directory,
 * outside, or a socket: opening one gives `ENXIO`, and sockets are not served).
 */
export function isNotFoundUnderRoot(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOENT" || code === "ENOTDIR" || code === "ELOOP" || code === "EOUTSIDE" || code === "ENXIO";
}

function checkName(name: string): void {
  if (
    name === "" ||
    name === "." ||
    name === ".." ||
    name.includes("/") ||
    name.includes("\0") ||
    (sep === "\\" && name.includes("\\"))
  ) {
    throw new OutsideRootError(name);
  }
}

/** Most directory levels one {@link SafeDir.removeTree} holds open at once. */
const MAX_REMOVE_DEPTH = 64;

/** The directory a removal started at, and the deep directories moved into it that are left to remove. */
interface RemovalTop {
  dir: SafeDir;
  moved: string[];
}

let removalMoves = 0;

/** An open directory; children are addressed through its descriptor. */
export class SafeDir {
  private constructor(
    private readonly fd: number,
    private readonly closeFdSync: () => void,
    /** Path of the directory as the emulator names it (used only where descriptor paths do not exist). */
    readonly lexicalPath: string,
  ) {}

  /**
   * Opens a trusted directory by path (following links in it: the caller chose it).
   * @param path - Absolute directory.
   */
  static openTrustedSync(path: string): SafeDir {
    const fd = openSync(path, constants.O_RDONLY | O_DIRECTORY);
    return new SafeDir(fd, () => closeSync(fd), path);
  }

  /** Path through which the kernel reaches this very directory. */
  get path(): string {
    return DESCRIPTOR_PATHS ? `/proc/self/fd/${this.fd}` : this.lexicalPath;
  }

  /** Like {@link SafeDir.path} but valid in a child process while the emulator keeps this open (a spawn `cwd`). */
  get pathForChild(): string {
    return DESCRIPTOR_PATHS ? `/proc/${process.pid}/fd/${this.fd}` : this.lexicalPath;
  }

  /** Path of a child entry, looked up in this directory. */
  child(name: string): string {
    checkName(name);
    return `${this.path}/${name}`;
  }

  /**
   * Opens a child directory without following a link.
   * @throws ELOOP / ENOTDIR when it is a link or not a directory, ENOENT when missing.
   */
  async openDir(name: string): Promise<SafeDir> {
    return this.openDirSync(name);
  }

  /**
   * Opens a child directory, creating it when missing. A link or other
   * non-directory planted under that name is removed first (only the link:
   * its target is never touched), since the emulator owns these names.
   */
  async ensureDir(name: string): Promise<SafeDir> {
    return this.ensureDirSync(name);
  }

  /**
   * {@link SafeDir.openDir}, synchronously: the one implementation of both (a few microseconds per
   * directory on a local disk, against a turn of the event loop per step).
   */
  openDirSync(name: string): SafeDir {
    const fd = openSync(this.child(name), constants.O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK);
    if (!DESCRIPTOR_PATHS && lstatSync(`${this.lexicalPath}/${name}`).isSymbolicLink()) {
      closeSync(fd);
      throw Object.assign(new Error(`'${name}' is a symbolic link`), { code: "ELOOP" });
    }
    return new SafeDir(fd, () => closeSync(fd), `${this.lexicalPath}/${name}`);
  }

  /**
   * Opens the directory `parts` below this one, one component at a time with
   * {@link SafeDir.openDirSync} (or, with `create`, {@link SafeDir.ensureDirSync}), closing
   * each step on the way; the caller closes the result unless it is this directory (no parts).
   * @param parts - The components below this directory.
   * @param create - Create missing components (and replace planted links).
   */
  openBelowSync(parts: readonly string[], create: boolean): SafeDir {
    let dir: SafeDir = this;
    try {
      for (const name of parts) {
        const next = create ? dir.ensureDirSync(name) : dir.openDirSync(name);
        if (dir !== this) dir.closeSync();
        dir = next;
      }
      return dir;
    } catch (e) {
      if (dir !== this) dir.closeSync();
      throw e;
    }
  }

  /** {@link SafeDir.ensureDir}, synchronously: the one implementation of both (see {@link SafeDir.openDirSync}). */
  ensureDirSync(name: string): SafeDir {
    for (let attempt = 0; ; attempt++) {
      try {
        return this.openDirSync(name);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (attempt >= 3 || (code !== "ENOENT" && code !== "ELOOP" && code !== "ENOTDIR")) throw e;
        if (code !== "ENOENT") {
          try {
            unlinkSync(this.child(name));
          } catch {
            // gone already, or not ours to unlink: the next open says which
          }
        }
        try {
          mkdirSync(this.child(name));
        } catch (m) {
          if ((m as NodeJS.ErrnoException).code !== "EEXIST") throw m;
        }
      }
    }
  }

  /** `lstat` of a child (a link is described, not followed). */
  lstat(name: string): Promise<Stats> {
    return lstat(this.child(name));
  }

  /** Names of the entries, sorted. */
  async names(): Promise<string[]> {
    return (await readdir(this.path)).sort();
  }

  /**
   * The entries, sorted by name, each with whether it is a directory (from the directory itself:
   * no `stat` per entry, and a link is not a directory).
   */
  async entries(): Promise<{ name: string; isDirectory: boolean }[]> {
    const found = await readdir(this.path, { withFileTypes: true });
    return found
      .map((d) => ({ name: d.name, isDirectory: d.isDirectory() }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  /** Target of a child link. */
  readlink(name: string): Promise<string> {
    return readlink(this.child(name));
  }

  /**
   * Opens a child for reading without following a link (a FIFO does not block).
   * @throws ELOOP when it is a link.
   */
  async openRead(name: string): Promise<FileHandle> {
    const fh = await open(this.child(name), constants.O_RDONLY | O_NOFOLLOW | O_NONBLOCK);
    if (!DESCRIPTOR_PATHS && (await lstat(`${this.lexicalPath}/${name}`)).isSymbolicLink()) {
      await fh.close();
      throw Object.assign(new Error(`'${name}' is a symbolic link`), { code: "ELOOP" });
    }
    return fh;
  }

  /**
   * Creates a child file afresh for writing: whatever has the name (a link,
   * a hard link, a file) is unlinked first and the file is created with
   * `O_EXCL`, so no other file is ever truncated or written.
   */
  async createFile(name: string): Promise<FileHandle> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await open(
          this.child(name),
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW,
          0o644,
        );
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 3) throw e;
      }
      await unlink(this.child(name)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== "ENOENT") throw e;
      });
    }
  }

  /**
   * Appends to a child file the emulator owns (a log), creating it: see {@link appendFileAfresh}.
   * @param name - The file.
   * @param text - What to append.
   */
  appendFile(name: string, text: string): Promise<void> {
    return appendFileAfresh(this.child(name), text);
  }

  /**
   * {@link SafeDir.createFile}, synchronously, returning the descriptor (the caller closes it with
   * `closeSync`): for the task start path, where a thread pool round trip per call costs more than
   * the local call itself.
   */
  createFileSync(name: string): number {
    for (let attempt = 0; ; attempt++) {
      try {
        return openSync(
          this.child(name),
          constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW,
          0o644,
        );
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 3) throw e;
      }
      try {
        unlinkSync(this.child(name));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
      }
    }
  }

  /** Closes the descriptor at once (see {@link SafeDir.close}). */
  closeSync(): void {
    this.closeFdSync();
  }

  /**
   * Removes a child: a directory with `rmdir` (or its whole tree when
   * `recursive`), anything else (a file, a link) with `unlink`.
   * @throws ENOTEMPTY for a non-empty directory without `recursive`.
   */
  async remove(name: string, recursive: boolean): Promise<void> {
    const s = await this.lstat(name);
    if (!s.isDirectory()) {
      await unlink(this.child(name));
      return;
    }
    if (recursive) await this.removeTree(name);
    else await rmdir(this.child(name));
  }

  /**
   * Removes a child and everything below it, never following a link (a link is unlinked). One
   * directory is held open per level, at most {@link MAX_REMOVE_DEPTH} levels: a directory deeper
   * than that is first moved (renamed through the descriptors, which follows no link) into the
   * directory being removed and removed from there, so that a task's very deep tree cannot use up
   * the emulator's descriptors.
   */
  async removeTree(name: string): Promise<void> {
    await this.removeBelow(name, undefined, 0);
  }

  private async removeBelow(name: string, top: RemovalTop | undefined, depth: number): Promise<void> {
    let dir: SafeDir;
    try {
      dir = await this.openDir(name);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") return;
      if (code === "ELOOP" || code === "ENOTDIR") {
        await unlink(this.child(name)).catch(() => {});
        return;
      }
      throw e;
    }
    try {
      const own = top ?? { dir, moved: [] };
      for (const entry of await dir.names()) {
        if (depth + 1 >= MAX_REMOVE_DEPTH && (await dir.moveTo(entry, own))) continue;
        await dir.removeBelow(entry, own, depth + 1);
      }
      if (!top) while (own.moved.length > 0) await dir.removeBelow(own.moved.pop()!, own, 1);
    } finally {
      await dir.close();
    }
    await rmdir(this.child(name)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e;
    });
  }

  /** Moves a child directory into the removal's top directory under a fresh name; false when it is no directory or cannot be moved. */
  private async moveTo(name: string, top: RemovalTop): Promise<boolean> {
    const s = await this.lstat(name).catch(() => undefined);
    if (!s?.isDirectory() || !DESCRIPTOR_PATHS) return false;
    const moved = `.azbatch-removing-${++removalMoves}`;
    try {
      await rename(this.child(name), top.dir.child(moved));
    } catch {
      return false;
    }
    top.moved.push(moved);
    return true;
  }

  /** Removes every entry of this directory (links unlinked, never followed). */
  async clear(): Promise<void> {
    for (const entry of await this.names()) await this.removeTree(entry);
  }

  /** `fstat` of this directory. */
  stat(): Promise<Stats> {
    return fstatAsync(this.fd);
  }

  /** Closes the descriptor. */
  async close(): Promise<void> {
    this.closeFdSync();
  }
}

/** Appending to a log (readable too: the agent log reads its own tail, emulator/src/engine/agentLog.ts). */
const APPEND_FLAGS = constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | O_NOFOLLOW | O_NONBLOCK;

/**
 * Appends `text` to a file the emulator owns (a log), creating it, without following a link,
 * blocking on a FIFO (`O_NONBLOCK`) or writing through a hard link into another file: whatever
 * else has the name (a task's link, hard link or FIFO) is unlinked and the file made anew.
 * @param path - The file (a descriptor path from {@link SafeDir.child}, or a trusted path).
 * @param text - What to append.
 */
export async function appendFileAfresh(path: string, text: string): Promise<void> {
  const fd = openAppendFileAfreshSync(path);
  if (fd === undefined) return;
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a file the emulator owns (a log) for appending, creating it, as {@link appendFileAfresh}
 * does: no link followed, no blocking on a FIFO, and what is not a regular file with one link is
 * unlinked and the file made anew. The caller writes to the descriptor and closes it.
 * @param path - The file (a descriptor path from {@link SafeDir.child}, or a trusted path).
 * @returns The descriptor, or undefined when the file could not be made.
 */
export function openAppendFileAfreshSync(path: string): number | undefined {
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number | undefined;
    try {
      fd = openSync(path, attempt === 0 ? APPEND_FLAGS : APPEND_FLAGS | constants.O_EXCL, 0o644);
      const s = fstatSync(fd);
      if (s.isFile() && s.nlink === 1) return fd;
    } catch {
      // Not opened, or not readable as a file: made anew below.
    }
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
      // Nothing there.
    }
  }
  return undefined;
}

/** The directory of the data root that {@link DataRoot.retire} moves trees into before removing them. */
export const RETIRED_DIR = ".azbatch-retired";
let retiredMoves = 0;

/**
 * The emulator's data directory, held open; every node and task path below
 * it is reached with {@link SafeDir}'s no-follow walk.
 */
export class DataRoot {
  /** Absolute path of the data directory. */
  readonly path: string;
  private readonly dir: SafeDir;
  private active = 0;
  private closed = false;
  private drained?: () => void;

  /** @param path - Absolute data directory (must exist). */
  constructor(path: string) {
    this.path = path;
    this.dir = SafeDir.openTrustedSync(path);
  }

  /**
   * Components of an absolute path below the root (lexically: the emulator
   * builds these paths from ids, which hold no separators).
   * @throws OutsideRootError when the path is not below the root.
   */
  parts(absolute: string): string[] {
    const rel = relative(this.path, absolute);
    if (rel === "") return [];
    if (isAbsolute(rel) || rel.split(/[\\/]/).includes("..")) throw new OutsideRootError(absolute);
    return rel.split(/[\\/]+/).filter((p) => p !== "");
  }

  /**
   * Runs `fn` with a directory below the root opened by a no-follow walk;
   * the root's descriptor stays open until every such call has finished.
   * @param absolute - Directory path below (or equal to) the root.
   * @param create - Create missing components (and replace planted links).
   * @param fn - Work on the open directory; it is closed afterwards.
   */
  async withDir<T>(absolute: string, create: boolean, fn: (dir: SafeDir) => Promise<T>): Promise<T> {
    const parts = this.parts(absolute);
    return this.use(async () => {
      const dir = await this.walk(parts, create);
      try {
        return await fn(dir);
      } finally {
        if (dir !== this.dir) await dir.close();
      }
    });
  }

  /**
   * Opens a directory below the root; the caller closes it (and must finish
   * before {@link DataRoot.close}; use {@link DataRoot.withDir} where possible).
   */
  async openDir(absolute: string, create: boolean): Promise<SafeDir> {
    const parts = this.parts(absolute);
    if (parts.length === 0) throw new OutsideRootError(absolute);
    return this.use(() => this.walk(parts, create));
  }

  /**
   * {@link DataRoot.openDir}, synchronously (a walk is a handful of local metadata calls; see
   * {@link SafeDir.openDirSync}).
   */
  openDirSync(absolute: string, create: boolean): SafeDir {
    const parts = this.parts(absolute);
    if (parts.length === 0) throw new OutsideRootError(absolute);
    if (this.closed) throw Object.assign(new Error("The data directory is closed."), { code: "ENOENT" });
    return this.walkSync(parts, create);
  }

  /** Creates a directory (and its parents) below the root; planted links on the way are replaced. */
  async ensureDir(absolute: string): Promise<void> {
    await this.withDir(absolute, true, async () => undefined);
  }

  /**
   * Deletes a path below the root and everything under it, never following a
   * link (a link is removed itself; a link on the way means there is nothing
   * of ours to delete). Errors are swallowed: this is housekeeping.
   */
  async removeTree(absolute: string): Promise<void> {
    let parts: string[];
    try {
      parts = this.parts(absolute);
    } catch {
      return; // not below the root (a path recorded under another data directory): nothing of ours
    }
    const name = parts.pop();
    if (name === undefined) return;
    await this.use(async () => {
      let parent: SafeDir | undefined;
      try {
        parent = await this.walk(parts, false);
        await parent.removeTree(name);
      } catch {
        // missing, or a link on the way: nothing of ours to delete
      } finally {
        if (parent && parent !== this.dir) await parent.close();
      }
    });
  }

  /**
   * Moves a path below the root out of the way at once (synchronously, into {@link RETIRED_DIR} of
   * the root, under a fresh name), for {@link DataRoot.removeTree} to remove when its users are
   * done: a new directory of the same name (a task or job added again with the same ID) can be made
   * at once and is never caught by the removal of the old one. A process still working in the moved
   * tree is not disturbed by the move.
   * @param absolute - The path below the root.
   * @returns Its new path, or undefined when there was nothing to move (or a link on the way).
   */
  retire(absolute: string): string | undefined {
    let parts: string[];
    try {
      parts = this.parts(absolute);
    } catch {
      return undefined;
    }
    const name = parts.pop();
    if (name === undefined || this.closed) return undefined;
    let parent: SafeDir | undefined;
    let retired: SafeDir | undefined;
    try {
      parent = this.walkSync(parts, false);
      retired = this.dir.ensureDirSync(RETIRED_DIR);
      const fresh = `${++retiredMoves}-${process.pid}-${Date.now()}`;
      renameSync(parent.child(name), retired.child(fresh));
      return `${this.path}${sep}${RETIRED_DIR}${sep}${fresh}`;
    } catch {
      return undefined; // missing, or a link on the way: nothing of ours to move
    } finally {
      if (parent && parent !== this.dir) parent.closeSync();
      retired?.closeSync();
    }
  }

  /** Removes what earlier runs retired and had not removed yet (they ended before their removals). */
  async removeRetired(): Promise<void> {
    try {
      await this.withDir(`${this.path}${sep}${RETIRED_DIR}`, false, async (dir) => {
        for (const name of await dir.names()) await dir.removeTree(name);
      });
    } catch {
      // none retired: nothing to remove
    }
  }

  /** Deletes everything inside the root (links removed, never followed). */
  async clear(): Promise<void> {
    await this.use(() => this.dir.clear());
  }

  /** Closes the root's descriptor once running operations have finished; later operations fail. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.active > 0) await new Promise<void>((resolve) => (this.drained = resolve));
    await this.dir.close();
  }

  private async use<T>(fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw Object.assign(new Error("The data directory is closed."), { code: "ENOENT" });
    this.active++;
    try {
      return await fn();
    } finally {
      if (--this.active === 0) this.drained?.();
    }
  }

  // Synchronous steps (SafeDir.openDirSync): a walk is a handful of local metadata calls.
  private async walk(parts: readonly string[], create: boolean): Promise<SafeDir> {
    return this.walkSync(parts, create);
  }

  private walkSync(parts: readonly string[], create: boolean): SafeDir {
    return this.dir.openBelowSync(parts, create);
  }
}

/**
 * Resolves a relative path inside a directory the way the kernel would, but
 * following a symbolic link only when its target stays inside that
 * directory (a relative target, or an absolute one below `lexicalRoot`);
 * every component is still opened without following links.
 * @param root - The open directory that confines the lookup.
 * @param lexicalRoot - Its path as the emulator names it (for absolute link targets).
 * @param parts - Components below it (no `.`/`..`, already checked).
 * @returns The open parent directory (caller closes unless it is `root`) and the final name; no name for the root itself.
 * @throws OutsideRootError when a link leads outside; ENOENT / ENOTDIR as usual.
 */
export async function resolveInside(
  root: SafeDir,
  lexicalRoot: string,
  parts: readonly string[],
): Promise<{ parent: SafeDir; name?: string }> {
  let pending = [...parts];
  let hops = 0;
  for (;;) {
    let dir = root;
    const done: string[] = [];
    let restart: string[] | undefined;
    try {
      while (pending.length > 1) {
        const name = pending[0]!;
        const s = await dir.lstat(name);
        if (s.isSymbolicLink()) {
          if (++hops > MAX_LINK_HOPS) throw new OutsideRootError(parts.join("/"));
          restart = [...linkTarget(await dir.readlink(name), done, lexicalRoot, parts), ...pending.slice(1)];
          break;
        }
        const next = await dir.openDir(name);
        if (dir !== root) await dir.close();
        dir = next;
        done.push(name);
        pending.shift();
      }
      if (!restart && pending.length === 1) {
        const name = pending[0]!;
        const s = await dir.lstat(name).catch(() => undefined);
        if (s?.isSymbolicLink()) {
          if (++hops > MAX_LINK_HOPS) throw new OutsideRootError(parts.join("/"));
          restart = linkTarget(await dir.readlink(name), done, lexicalRoot, parts);
        }
      }
    } catch (e) {
      if (dir !== root) await dir.close();
      throw e;
    }
    if (!restart) return { parent: dir, name: pending[0] };
    if (dir !== root) await dir.close();
    pending = restart;
    if (pending.length === 0) return { parent: root };
  }
}

/** Components (from the root) of a link's target, or OutsideRootError. */
function linkTarget(
  target: string,
  linkDir: readonly string[],
  lexicalRoot: string,
  original: readonly string[],
): string[] {
  let base: string[];
  let rest: string;
  if (isAbsolute(target)) {
    const rel = relative(lexicalRoot, target);
    if (isAbsolute(rel) || rel === ".." || rel.startsWith(".." + sep) || rel.startsWith("../"))
      throw new OutsideRootError(original.join("/"));
    base = [];
    rest = rel;
  } else {
    base = [...linkDir];
    rest = target;
  }
  for (const p of rest.split(/[\\/]+/)) {
    if (p === "" || p === ".") continue;
    if (p === "..") {
      if (base.length === 0) throw new OutsideRootError(original.join("/"));
      base.pop();
    } else base.push(p);
  }
  return base;
}

/**
 * Application packages registered on the emulator (a name, a version and a
 * local folder or `.zip`), and their installation on a node: each referenced
 * package is copied or extracted to `<node root>/applications/<id>#<version>`
 * and named by the Linux node variables `AZ_BATCH_APP_PACKAGE_<id>_<version>`
 * (and `AZ_BATCH_APP_PACKAGE_<id>` when the reference names no version).
 */
import { constants, type Dirent } from "node:fs";
import { lstat, open, readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import yauzl from "yauzl";
import type { DataRoot, SafeDir } from "../fs/safeFs.js";

/** A package as registered by option. */
export interface ApplicationPackage {
  /** Application id (letters, digits, `_`, `-`; at most 64). */
  id: string;
  /** Version (letters, digits, `_`, `-`, `.`, not starting with `.`; at most 64). */
  version: string;
  /** Folder or `.zip` file holding the package. */
  path: string;
  /** Display name of the application (default: its id). */
  displayName?: string;
  /** This version is the application's default (used by references without a version). */
  isDefault?: boolean;
}

/** A package reference as the spec has it (`BatchApplicationPackageReference`). */
export interface PackageReference {
  applicationId: string;
  version?: string;
}

const ID_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;
const VERSION_PATTERN = /^[a-zA-Z0-9_-][a-zA-Z0-9_.-]{0,63}$/;

/**
 * The Linux node's variable for a package: `AZ_BATCH_APP_PACKAGE_` + the id
 * (case kept) + `_` + the version, with `.`, `-` and `#` flattened to `_`;
 * without a version, the variable of the application's default version.
 * @param id - Application id.
 * @param version - Version, or undefined for the default version's variable.
 */
export function packageVariable(id: string, version?: string): string {
  const name = version === undefined ? id : `${id}#${version}`;
  return `AZ_BATCH_APP_PACKAGE_${name.replace(/[.#-]/g, "_")}`;
}

/** Why a reference cannot be resolved. */
export class PackageReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageReferenceError";
  }
}

/** The registered applications of an account. */
export class ApplicationRegistry {
  private readonly apps = new Map<
    string,
    { id: string; displayName: string; versions: Map<string, ApplicationPackage>; defaultVersion?: string }
  >();

  /**
   * @param packages - Registered packages (checked: ids, versions, duplicates, one default per application).
   * @throws Error naming the first bad package.
   */
  constructor(packages: readonly ApplicationPackage[] = []) {
    for (const p of packages) {
      if (!p || typeof p.id !== "string" || !ID_PATTERN.test(p.id))
        throw new Error(`Invalid application id '${String(p?.id)}': letters, digits, '_' and '-', at most 64.`);
      if (typeof p.version !== "string" || !VERSION_PATTERN.test(p.version))
        throw new Error(`Invalid version '${String(p.version)}' of application '${p.id}'.`);
      if (typeof p.path !== "string" || p.path === "")
        throw new Error(`Application '${p.id}' version '${p.version}' has no path.`);
      const key = p.id.toLowerCase();
      let app = this.apps.get(key);
      if (!app) {
        app = { id: p.id, displayName: p.displayName ?? p.id, versions: new Map() };
        this.apps.set(key, app);
      } else if (p.displayName !== undefined) app.displayName = p.displayName;
      if (app.versions.has(p.version.toLowerCase()))
        throw new Error(`Application '${p.id}' version '${p.version}' is registered twice.`);
      app.versions.set(p.version.toLowerCase(), { ...p, id: app.id, path: resolve(p.path) });
      if (p.isDefault) {
        if (app.defaultVersion !== undefined) throw new Error(`Application '${p.id}' has two default versions.`);
        app.defaultVersion = p.version;
      }
    }
  }

  /** The applications in the spec's `BatchApplication` shape, sorted by id. */
  list(): { id: string; displayName: string; versions: string[] }[] {
    return [...this.apps.values()]
      .sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1))
      .map((a) => ({ id: a.id, displayName: a.displayName, versions: [...a.versions.values()].map((v) => v.version) }));
  }

  /**
   * One application (ids are case-insensitive).
   * @param id - Application id.
   */
  get(id: string): { id: string; displayName: string; versions: string[] } | undefined {
    return this.list().find((a) => a.id.toLowerCase() === id.toLowerCase());
  }

  /**
   * Resolves a reference. The id may be the plain name or the ARM id ending in `/applications/<name>`.
   * @param ref - The reference (untrusted JSON).
   * @returns The package.
   * @throws PackageReferenceError when the reference is malformed or names no registered package.
   */
  resolve(ref: unknown): ApplicationPackage {
    const r = ref as Partial<PackageReference> | null;
    if (
      !r ||
      typeof r !== "object" ||
      typeof r.applicationId !== "string" ||
      (r.version !== undefined && typeof r.version !== "string")
    ) {
      throw new PackageReferenceError(
        "An application package reference needs a string applicationId and an optional string version.",
      );
    }
    const name = r.applicationId.replace(/^.*\/applications\//i, "");
    const app = this.apps.get(name.toLowerCase());
    if (!app) throw new PackageReferenceError(`The application '${name}' does not exist in the account.`);
    const version = r.version ?? app.defaultVersion;
    if (version === undefined)
      throw new PackageReferenceError(
        `The application '${app.id}' has no default version, and the reference names none.`,
      );
    const pkg = app.versions.get(version.toLowerCase());
    if (!pkg) throw new PackageReferenceError(`The application '${app.id}' has no version '${version}'.`);
    return pkg;
  }
}

/** A package could not be installed (a bad source, a zip entry leaving the target, an I/O error). */
export class PackageInstallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PackageInstallError";
  }
}

/** Installs in flight or done, per data directory and target, so that concurrent tasks on a node install a package once. */
const installs = new WeakMap<DataRoot, Map<string, Promise<void>>>();

/** Directory a package is installed to on a node. */
export function packageDir(nodeRootDir: string, pkg: ApplicationPackage): string {
  return join(nodeRootDir, "applications", `${pkg.id}#${pkg.version}`);
}

/**
 * Installs packages on a node (each once per emulator run and node) and
 * returns the variables naming them.
 * @param files - The data directory.
 * @param nodeRootDir - The node's root directory.
 * @param registry - Registered packages.
 * @param refs - The references (untrusted JSON).
 * @throws PackageReferenceError for a reference to no registered package, PackageInstallError when installing fails.
 */
export async function installPackages(
  files: DataRoot,
  nodeRootDir: string,
  registry: ApplicationRegistry,
  refs: readonly unknown[],
): Promise<Record<string, string>> {
  const env: Record<string, string> = {};
  const resolved = refs.map((ref) => ({ ref: ref as PackageReference, pkg: registry.resolve(ref) }));
  let done = installs.get(files);
  if (!done) installs.set(files, (done = new Map()));
  for (const { ref, pkg } of resolved) {
    const target = packageDir(nodeRootDir, pkg);
    let install = done.get(target);
    if (!install) {
      install = installOne(files, target, pkg);
      done.set(target, install);
      install.catch(() => done!.delete(target));
    }
    await install;
    env[packageVariable(pkg.id, pkg.version)] = target;
    if (ref.version === undefined) env[packageVariable(pkg.id)] = target;
  }
  return env;
}

async function installOne(files: DataRoot, target: string, pkg: ApplicationPackage): Promise<void> {
  let source;
  try {
    source = await stat(pkg.path);
  } catch (e) {
    throw new PackageInstallError(
      `The package of application '${pkg.id}' version '${pkg.version}' cannot be read: ${(e as Error).message}`,
    );
  }
  // A package left by a previous run or a failed install is replaced whole.
  await files.removeTree(target);
  await files.withDir(target, true, async (dir) => {
    if (source.isDirectory()) await copyFolder(pkg.path, dir);
    else if (source.isFile()) await extractZip(pkg.path, dir);
    else
      throw new PackageInstallError(`The package path of application '${pkg.id}' is neither a folder nor a zip file.`);
  });
}

/** Copies a folder's files and directories; links in the source are skipped, never followed. */
async function copyFolder(sourceDir: string, target: SafeDir): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(sourceDir, { withFileTypes: true });
  } catch (e) {
    throw new PackageInstallError(`Cannot read the package folder ${sourceDir}: ${(e as Error).message}`);
  }
  for (const entry of entries) {
    const from = join(sourceDir, entry.name);
    const s = await lstat(from);
    if (s.isDirectory()) {
      const sub = await target.ensureDir(entry.name);
      try {
        await copyFolder(from, sub);
      } finally {
        await sub.close();
      }
    } else if (s.isFile()) {
      const input = await open(from, constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        const output = await target.createFile(entry.name);
        try {
          for await (const chunk of input.createReadStream({ autoClose: false })) await output.write(chunk as Buffer);
          await output.chmod(s.mode & 0o777);
        } finally {
          await output.close();
        }
      } finally {
        await input.close();
      }
    }
  }
}

/** The directory components of a zip entry's name, or undefined when it would leave the target (absolute, `..`, drive letters, NUL). */
export function zipEntryParts(name: string): string[] | undefined {
  if (name.includes("\0") || name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name)) return undefined;
  const parts = name.split(/[\\/]+/).filter((p) => p !== "" && p !== ".");
  if (parts.some((p) => p === "..")) return undefined;
  return parts;
}

/** Extracts a zip into the target: every entry is checked (zip slip), links are not created, modes are kept when the zip has Unix modes. */
async function extractZip(zipPath: string, target: SafeDir): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((ok, fail) =>
      yauzl.open(zipPath, { lazyEntries: true, strictFileNames: false, validateEntrySizes: true }, (e, z) =>
        e || !z ? fail(e) : ok(z),
      ),
    );
  } catch (e) {
    throw new PackageInstallError(`The package ${zipPath} is not a readable zip file: ${(e as Error).message}`);
  }
  try {
    for (;;) {
      const entry = await new Promise<yauzl.Entry | undefined>((ok, fail) => {
        zip
          .once("entry", ok)
          .once("end", () => ok(undefined))
          .once("error", fail);
        zip.readEntry();
      }).finally(() => zip.removeAllListeners("entry").removeAllListeners("end").removeAllListeners("error"));
      if (!entry) return;
      const parts = zipEntryParts(entry.fileName);
      if (!parts)
        throw new PackageInstallError(
          `The zip entry '${entry.fileName}' of ${zipPath} would be written outside the package directory.`,
        );
      if (parts.length === 0) continue;
      const unixMode = (entry.externalFileAttributes >>> 16) & 0o170777;
      const isDir = entry.fileName.endsWith("/") || (unixMode & 0o170000) === 0o040000;
      const isLink = (unixMode & 0o170000) === 0o120000;
      if (isLink) continue;
      const dirs = isDir ? parts : parts.slice(0, -1);
      let dir = target;
      const opened: SafeDir[] = [];
      try {
        for (const d of dirs) {
          dir = await dir.ensureDir(d);
          opened.push(dir);
        }
        if (isDir) continue;
        const stream = await new Promise<NodeJS.ReadableStream>((ok, fail) =>
          zip.openReadStream(entry, (e, s) => (e || !s ? fail(e) : ok(s))),
        );
        const output = await dir.createFile(parts[parts.length - 1]!);
        try {
          for await (const chunk of stream) await output.write(chunk as Buffer);
          const mode = unixMode & 0o777;
          await output.chmod(mode !== 0 ? mode : 0o755);
        } finally {
          await output.close();
        }
      } finally {
        for (const d of opened.reverse()) await d.close();
      }
    }
  } catch (e) {
    if (e instanceof PackageInstallError) throw e;
    throw new PackageInstallError(`Extracting ${zipPath} failed: ${(e as Error).message}`);
  } finally {
    zip.close();
  }
}

/**
 * Parses the command line's `<id>@<version>=<folder-or-zip>` (the path may hold `=` and `@`).
 * @param text - The option's value.
 * @throws Error when it has no `@` or `=`.
 */
export function parseApplicationOption(text: string): ApplicationPackage {
  const m = /^([^@=]+)@([^=]+)=(.+)$/.exec(text.trim());
  if (!m) throw new Error(`Invalid --application '${text}': expected <name>@<version>=<folder-or-zip>`);
  return { id: m[1]!, version: m[2]!, path: m[3]! };
}

/**
 * Marks default versions named by `<id>@<version>` on parsed packages.
 * @param packages - Parsed packages.
 * @param defaults - `<id>@<version>` texts.
 * @throws Error when a default names no package.
 */
export function markDefaults(packages: ApplicationPackage[], defaults: readonly string[]): ApplicationPackage[] {
  for (const d of defaults) {
    const [id, version] = d.split("@");
    const p = packages.find(
      (x) => x.id.toLowerCase() === id?.toLowerCase() && x.version.toLowerCase() === version?.toLowerCase(),
    );
    if (!p) throw new Error(`--application-default '${d}' names no --application`);
    p.isDefault = true;
  }
  return packages;
}

/** The `applicationPackageReferences` of a pool or task as an array (absent or malformed: none). */
export function referencesOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Variables of the packages installed on a node at its last boot, for its start task. */
export const nodePackageVariables = new WeakMap<object, Record<string, string>>();

/**
 * Installs the pool's and the task's packages before a task runs and returns their variables.
 * @throws An object with the task's `failureInfo`: usererror `InvalidApplicationPackageReferences` for a reference to no registered package, servererror `ApplicationPackageInstallFailed` when installing fails.
 */
export async function installForTask(
  files: DataRoot,
  nodeRootDir: string,
  registry: ApplicationRegistry,
  poolRefs: readonly unknown[],
  taskRefs: readonly unknown[],
): Promise<Record<string, string>> {
  try {
    return {
      ...(await installPackages(files, nodeRootDir, registry, poolRefs)),
      ...(await installPackages(files, nodeRootDir, registry, taskRefs)),
    };
  } catch (e) {
    throw { failureInfo: packageFailure(e) };
  }
}

/** The `failureInfo` (or node error) of a failed package installation. */
export function packageFailure(e: unknown): {
  category: "usererror" | "servererror";
  code: string;
  message: string;
  details: { name: string; value: string }[];
} {
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof PackageReferenceError) {
    return {
      category: "usererror",
      code: "InvalidApplicationPackageReferences",
      message: "One or more of the specified application package references are invalid.",
      details: [{ name: "Message", value: detail }],
    };
  }
  return {
    category: "servererror",
    code: "ApplicationPackageInstallFailed",
    message: "An application package could not be installed on the node.",
    details: [{ name: "Message", value: detail }],
  };
}

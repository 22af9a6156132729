/**
 * Downloads a task's `resourceFiles` into its working directory before the
 * command runs: `httpUrl` (one file to `filePath`), `storageContainerUrl` or
 * `autoStorageContainerName` (every blob, or those under `blobPrefix`, into
 * the directory `filePath` keeping the blob names' directories), each file
 * with `fileMode` (octal, default `0770`). The first failure stops the
 * downloads with the service's `failureInfo`.
 */
import { ContainerClient, RestError } from "@azure/storage-blob";
import { createWriteStream } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { DataRoot } from "../fs/safeFs.js";
import { autoStorageContainer, type AutoStorageOptions } from "./autoStorage.js";
import { redactUrl, STORAGE_PIPELINE_OPTIONS, StorageTaskError, type StorageFailureCode } from "./failures.js";
import { resolveInside } from "./paths.js";

/** A resource file as the spec has it. */
export interface ResourceFile {
  autoStorageContainerName?: string;
  storageContainerUrl?: string;
  httpUrl?: string;
  blobPrefix?: string;
  filePath?: string;
  fileMode?: string;
}

/** Options of {@link downloadResourceFiles}. */
export interface DownloadOptions {
  /** The Storage account behind `autoStorageContainerName`; without it such files fail. */
  autoStorage?: AutoStorageOptions;
  /** Stops the downloads. */
  signal?: AbortSignal;
  /**
   * The data directory the working directory is below: files are then written
   * through it without following links (a previous run of the task may have
   * planted links in its working directory). Without it, plain paths are used.
   */
  files?: DataRoot;
}

/** The default `fileMode` on Linux nodes. */
export const DEFAULT_FILE_MODE = 0o770;

/**
 * Checks one resource file as the service does when a task is added.
 * @param file - The resource file (untrusted JSON).
 * @returns A reason when it is invalid, else undefined.
 */
export function resourceFileProblem(file: unknown): string | undefined {
  if (file === null || typeof file !== "object" || Array.isArray(file)) return "A resource file must be an object.";
  const f = file as Record<string, unknown>;
  for (const k of [
    "autoStorageContainerName",
    "storageContainerUrl",
    "httpUrl",
    "blobPrefix",
    "filePath",
    "fileMode",
  ]) {
    if (f[k] !== undefined && typeof f[k] !== "string") return `${k} must be a string.`;
  }
  const sources = ["autoStorageContainerName", "storageContainerUrl", "httpUrl"].filter((k) => f[k] !== undefined);
  if (sources.length !== 1)
    return "Exactly one of autoStorageContainerName, storageContainerUrl and httpUrl must be specified.";
  if (f.httpUrl !== undefined && !f.filePath) return "filePath is required with httpUrl.";
  if (f.httpUrl !== undefined && f.blobPrefix !== undefined)
    return "blobPrefix is valid only with autoStorageContainerName or storageContainerUrl.";
  for (const k of ["httpUrl", "storageContainerUrl"]) {
    if (typeof f[k] === "string") {
      try {
        const u = new URL(f[k] as string);
        if (u.protocol !== "http:" && u.protocol !== "https:") return `${k} must be an http or https URL.`;
      } catch {
        return `${k} is not a valid URL.`;
      }
    }
  }
  if (f.fileMode !== undefined && !/^0?[0-7]{3,4}$/.test(f.fileMode as string))
    return "fileMode must be an octal file mode such as 0770.";
  if (f.filePath !== undefined && resolveInside("/base", f.filePath as string) === undefined)
    return "filePath cannot leave the task's working directory.";
  return undefined;
}

function fileModeOf(file: ResourceFile): number {
  return file.fileMode ? parseInt(file.fileMode, 8) : DEFAULT_FILE_MODE;
}

async function prepareTarget(target: string): Promise<void> {
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (e) {
    throw new StorageTaskError(
      "ResourceDirectoryCreateFailed",
      `Cannot create the directory of ${target}: ${(e as Error).message}`,
    );
  }
}

/** Writes a file below the data directory without following links: parents are opened with no-follow walks, the file created afresh (`O_EXCL`). */
async function writeFileSafely(
  files: DataRoot,
  target: string,
  body: NodeJS.ReadableStream,
  mode: number,
  source: string,
): Promise<void> {
  let dir;
  try {
    dir = await files.openDir(dirname(target), true);
  } catch (e) {
    throw new StorageTaskError(
      "ResourceDirectoryCreateFailed",
      `Cannot create the directory of ${target}: ${(e as Error).message}`,
    );
  }
  try {
    let out;
    try {
      out = await dir.createFile(basename(target));
    } catch (e) {
      throw new StorageTaskError("ResourceFileCreateFailed", `Cannot create ${target}: ${(e as Error).message}`);
    }
    // The mode first (it applies to the open descriptor, so a read-only mode does not stop the write);
    // the stream then owns the handle and closes it, also on failure.
    try {
      await out.chmod(mode);
    } catch (e) {
      await out.close().catch(() => {});
      throw new StorageTaskError(
        "ResourceFileWriteFailed",
        `Cannot set the mode of ${target}: ${(e as Error).message}`,
      );
    }
    try {
      await pipeline(body, out.createWriteStream());
    } catch (e) {
      throw new StorageTaskError(
        "BlobDownloadMiscError",
        `Downloading ${source} to ${target} failed: ${(e as Error).message}`,
      );
    }
  } finally {
    await dir.close().catch(() => {});
  }
}

async function writeFile(
  target: string,
  body: NodeJS.ReadableStream,
  mode: number,
  source: string,
  files: DataRoot | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  // Checked in the same turn as the walk to the target's directory, which creates what is missing: a
  // task deleted meanwhile has had its directory moved aside, and a new task may have its path.
  if (signal?.aborted) {
    body.resume?.();
    throw new StorageTaskError("BlobDownloadMiscError", `Downloading ${source} stopped: the task was stopped.`);
  }
  if (files) return writeFileSafely(files, target, body, mode, source);
  await prepareTarget(target);
  let out;
  try {
    out = createWriteStream(target, { mode: 0o600 });
    await new Promise<void>((ok, fail) => out!.once("open", () => ok()).once("error", fail));
  } catch (e) {
    throw new StorageTaskError("ResourceFileCreateFailed", `Cannot create ${target}: ${(e as Error).message}`);
  }
  try {
    await pipeline(body, out);
  } catch (e) {
    throw new StorageTaskError(
      "BlobDownloadMiscError",
      `Downloading ${source} to ${target} failed: ${(e as Error).message}`,
    );
  }
  try {
    await chmod(target, mode);
  } catch (e) {
    throw new StorageTaskError("ResourceFileWriteFailed", `Cannot set the mode of ${target}: ${(e as Error).message}`);
  }
}

function statusCode(status: number): StorageFailureCode {
  return status === 404
    ? "BlobNotFound"
    : status === 401 || status === 403
      ? "BlobAccessDenied"
      : "BlobDownloadMiscError";
}

async function downloadHttp(
  file: ResourceFile,
  workingDir: string,
  signal?: AbortSignal,
  files?: DataRoot,
): Promise<void> {
  const url = file.httpUrl!;
  const shown = redactUrl(url);
  const target = resolveInside(workingDir, file.filePath ?? "");
  if (!target || target === workingDir)
    throw new StorageTaskError(
      "ResourceFileCreateFailed",
      `The filePath '${file.filePath ?? ""}' is not a file inside the working directory.`,
    );
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: "follow" });
  } catch (e) {
    throw new StorageTaskError("BlobDownloadMiscError", `Downloading ${shown} failed: ${(e as Error).message}`);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel().catch(() => {});
    throw new StorageTaskError(statusCode(response.status), `Downloading ${shown} answered HTTP ${response.status}.`);
  }
  await writeFile(target, Readable.fromWeb(response.body as never), fileModeOf(file), shown, files, signal);
}

async function downloadContainer(
  container: ContainerClient,
  shown: string,
  file: ResourceFile,
  workingDir: string,
  signal?: AbortSignal,
  files?: DataRoot,
): Promise<void> {
  const base = resolveInside(workingDir, file.filePath ?? "");
  if (!base)
    throw new StorageTaskError(
      "ResourceDirectoryCreateFailed",
      `The filePath '${file.filePath}' leaves the working directory.`,
    );
  const names: string[] = [];
  try {
    for await (const blob of container.listBlobsFlat({ prefix: file.blobPrefix, abortSignal: signal }))
      names.push(blob.name);
  } catch (e) {
    const status = e instanceof RestError ? e.statusCode : undefined;
    const code = status === 401 || status === 403 ? "ResourceContainerAccessDenied" : "ResourceContainerListMiscError";
    throw new StorageTaskError(
      code,
      `Listing ${shown} failed${status ? ` with HTTP ${status}` : ""}: ${e instanceof RestError ? (e.code ?? e.message) : (e as Error).message}`,
    );
  }
  for (const name of names) {
    const target = resolveInside(base, name);
    if (!target || target === base)
      throw new StorageTaskError(
        "ResourceFileCreateFailed",
        `The blob name '${name}' does not name a file inside the working directory.`,
      );
    let body: NodeJS.ReadableStream | undefined;
    try {
      body = (await container.getBlobClient(name).download(0, undefined, { abortSignal: signal })).readableStreamBody;
    } catch (e) {
      const status = e instanceof RestError ? e.statusCode : undefined;
      throw new StorageTaskError(
        statusCode(status ?? 0),
        `Downloading blob '${name}' of ${shown} failed${status ? ` with HTTP ${status}` : ""}.`,
      );
    }
    if (!body)
      throw new StorageTaskError("BlobDownloadMiscError", `Downloading blob '${name}' of ${shown} gave no body.`);
    await writeFile(target, body, fileModeOf(file), `blob '${name}' of ${shown}`, files, signal);
  }
}

/**
 * Downloads resource files, in order.
 * @param files - The task's `resourceFiles` (checked with {@link resourceFileProblem}).
 * @param workingDir - The task's working directory.
 * @param options - Auto-storage account and abort signal.
 * @throws StorageTaskError with the task's `failureInfo` at the first failure.
 */
export async function downloadResourceFiles(
  files: readonly ResourceFile[],
  workingDir: string,
  options: DownloadOptions = {},
): Promise<void> {
  for (const file of files) {
    const problem = resourceFileProblem(file);
    if (problem) throw new StorageTaskError("BlobDownloadMiscError", problem);
    if (file.httpUrl !== undefined) {
      await downloadHttp(file, workingDir, options.signal, options.files);
    } else if (file.storageContainerUrl !== undefined) {
      await downloadContainer(
        new ContainerClient(file.storageContainerUrl, undefined, STORAGE_PIPELINE_OPTIONS),
        redactUrl(file.storageContainerUrl),
        file,
        workingDir,
        options.signal,
        options.files,
      );
    } else {
      const name = file.autoStorageContainerName!;
      if (!options.autoStorage)
        throw new StorageTaskError(
          "ResourceContainerListMiscError",
          `The container '${name}' is in the auto-storage account, and none is configured (emulator option autoStorage).`,
        );
      await downloadContainer(
        autoStorageContainer(options.autoStorage, name),
        `auto-storage container '${name}'`,
        file,
        workingDir,
        options.signal,
        options.files,
      );
    }
  }
}

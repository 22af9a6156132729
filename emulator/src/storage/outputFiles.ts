/**
 * Uploads a task's `outputFiles` after its command ends, on their
 * `uploadCondition` (`tasksuccess`, `taskfailure`, `taskcompletion`), to
 * `destination.container.containerUrl` (a container URL with a SAS granting
 * write) under `path`, with `uploadHeaders`. As on a node, each upload is
 * logged to `fileuploadout.txt` and failures to `fileuploaderr.txt` in the
 * task directory.
 */
import { ContainerClient, RestError, type BlobHTTPHeaders, type BlockBlobClient } from "@azure/storage-blob";
import { glob } from "glob";
import { constants } from "node:fs";
import { open } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { appendFileAfresh, DESCRIPTOR_PATHS, O_NONBLOCK, type DataRoot } from "../fs/safeFs.js";
import { redactUrl, STORAGE_PIPELINE_OPTIONS, StorageTaskError } from "./failures.js";

/** An output file as the spec has it. */
export interface OutputFile {
  filePattern: string;
  destination: {
    container?: { containerUrl: string; path?: string; uploadHeaders?: { name: string; value?: string }[] };
  };
  uploadOptions: { uploadCondition: "tasksuccess" | "taskfailure" | "taskcompletion" };
}

/** Where the task's files are. */
export interface TaskDirectories {
  /** The task directory (holds stdout.txt, stderr.txt and the upload logs). */
  taskDir: string;
  /** The working directory patterns are relative to. */
  workingDir: string;
  /** The data directory both are below: the upload logs are opened through its no-follow walk (else by path). */
  files?: DataRoot;
}

/** One uploaded file. */
export interface UploadedFile {
  file: string;
  blobName: string;
  /** The container URL without its SAS. */
  container: string;
}

const HEADER_FIELDS: Readonly<Record<string, keyof BlobHTTPHeaders>> = {
  "content-type": "blobContentType",
  "x-ms-blob-content-type": "blobContentType",
  "content-encoding": "blobContentEncoding",
  "x-ms-blob-content-encoding": "blobContentEncoding",
  "content-language": "blobContentLanguage",
  "x-ms-blob-content-language": "blobContentLanguage",
  "content-disposition": "blobContentDisposition",
  "x-ms-blob-content-disposition": "blobContentDisposition",
  "cache-control": "blobCacheControl",
  "x-ms-blob-cache-control": "blobCacheControl",
};

/**
 * Checks one output file as the service does when a task is added.
 * @param file - The output file (untrusted JSON).
 * @returns A reason when it is invalid, else undefined.
 */
export function outputFileProblem(file: unknown): string | undefined {
  if (file === null || typeof file !== "object" || Array.isArray(file)) return "An output file must be an object.";
  const f = file as Record<string, any>;
  if (typeof f.filePattern !== "string" || f.filePattern === "") return "filePattern is required.";
  const c = f.destination?.container;
  if (!c || typeof c.containerUrl !== "string") return "destination.container.containerUrl is required.";
  try {
    const u = new URL(c.containerUrl);
    if (u.protocol !== "http:" && u.protocol !== "https:") return "containerUrl must be an http or https URL.";
  } catch {
    return "containerUrl is not a valid URL.";
  }
  if (c.path !== undefined && typeof c.path !== "string") return "path must be a string.";
  if (!["tasksuccess", "taskfailure", "taskcompletion"].includes(f.uploadOptions?.uploadCondition))
    return "uploadOptions.uploadCondition must be tasksuccess, taskfailure or taskcompletion.";
  for (const h of c.uploadHeaders ?? []) {
    if (!h || typeof h.name !== "string") return "Each upload header needs a name.";
    const n = h.name.toLowerCase();
    if (!(n in HEADER_FIELDS) && !n.startsWith("x-ms-meta-"))
      return `The upload header '${h.name}' is not one the emulator supports (Content-Type, Content-Encoding, Content-Language, Content-Disposition, Cache-Control, x-ms-meta-*).`;
  }
  return undefined;
}

/** True when the pattern has glob wildcards. */
function hasWildcards(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** The directory a pattern's matches are named relative to: its part before the first segment with a wildcard. */
function patternBase(pattern: string, workingDir: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (hasWildcards(s)) break;
    fixed.push(s);
  }
  const joined = fixed.join("/");
  return isAbsolute(pattern) ? resolve("/", joined) : resolve(workingDir, joined);
}

function blobNameFor(file: string, pattern: string, workingDir: string, path: string | undefined): string {
  if (!hasWildcards(pattern)) return path ? path : file.split(sep).pop()!;
  const rel = relative(patternBase(pattern, workingDir), file).split(sep).join("/");
  return path ? `${path.replace(/\/+$/, "")}/${rel}` : rel;
}

/**
 * Uploads the output files whose condition the task's outcome meets.
 * @param files - The task's `outputFiles` (checked with {@link outputFileProblem}).
 * @param dirs - Task and working directory.
 * @param succeeded - Whether the task succeeded (exit code 0).
 * @param signal - Stops the uploads.
 * @returns The uploaded files.
 * @throws StorageTaskError `FileUploadMiscError` at the first failure (after logging it to `fileuploaderr.txt`).
 */
export async function uploadOutputFiles(
  files: readonly OutputFile[],
  dirs: TaskDirectories,
  succeeded: boolean,
  signal?: AbortSignal,
): Promise<UploadedFile[]> {
  const uploaded: UploadedFile[] = [];
  const log = (name: string, line: string): Promise<void> => {
    const text = `${new Date().toISOString()} ${line}\n`;
    const write = dirs.files
      ? dirs.files.withDir(dirs.taskDir, false, (d) => d.appendFile(name, text))
      : appendFileAfresh(join(dirs.taskDir, name), text);
    return write.catch(() => {});
  };
  for (const file of files) {
    const condition = file.uploadOptions.uploadCondition;
    if ((condition === "tasksuccess" && !succeeded) || (condition === "taskfailure" && succeeded)) continue;
    const container = file.destination.container!;
    const shown = redactUrl(container.containerUrl);
    try {
      const problem = outputFileProblem(file);
      if (problem) throw new StorageTaskError("FileUploadMiscError", problem);
      const matches = (
        await glob(file.filePattern, { cwd: dirs.workingDir, nodir: true, absolute: true, dot: false, signal })
      ).sort();
      if (matches.length === 0) {
        await log("fileuploadout.txt", `No files matched ${file.filePattern}`);
        continue;
      }
      const headers: BlobHTTPHeaders = {};
      const metadata: Record<string, string> = {};
      for (const h of container.uploadHeaders ?? []) {
        const n = h.name.toLowerCase();
        if (n.startsWith("x-ms-meta-")) metadata[n.slice("x-ms-meta-".length)] = h.value ?? "";
        else (headers as Record<string, string>)[HEADER_FIELDS[n]!] = h.value ?? "";
      }
      const client = new ContainerClient(container.containerUrl, undefined, STORAGE_PIPELINE_OPTIONS);
      for (const match of matches) {
        const blobName = blobNameFor(match, file.filePattern, dirs.workingDir, container.path);
        try {
          await uploadRegularFile(client.getBlockBlobClient(blobName), match, {
            blobHTTPHeaders: headers,
            metadata,
            abortSignal: signal,
          });
        } catch (e) {
          if (e instanceof StorageTaskError) throw e;
          const status = e instanceof RestError ? e.statusCode : undefined;
          throw new StorageTaskError(
            "FileUploadMiscError",
            `Uploading ${match} to blob '${blobName}' of ${shown} failed${status ? ` with HTTP ${status}` : ""}${e instanceof RestError && e.code ? ` (${e.code})` : ""}.`,
          );
        }
        uploaded.push({ file: match, blobName, container: shown });
        await log("fileuploadout.txt", `Uploaded ${match} to ${shown}/${blobName}`);
      }
    } catch (e) {
      const err =
        e instanceof StorageTaskError
          ? e
          : new StorageTaskError(
              "FileUploadMiscError",
              `Uploading ${file.filePattern} to ${shown} failed: ${(e as Error).message}`,
            );
      await log("fileuploaderr.txt", err.failureInfo.details![0]!.value);
      throw err;
    }
  }
  return uploaded;
}

/**
 * Uploads `path` if it is a regular file. It is opened without blocking (a FIFO a task left would
 * block the open, and the task's end, forever) and read through that descriptor, so that a swap
 * after the check changes nothing.
 */
async function uploadRegularFile(
  blob: BlockBlobClient,
  path: string,
  options: Parameters<BlockBlobClient["uploadFile"]>[1],
): Promise<void> {
  const fh = await open(path, constants.O_RDONLY | O_NONBLOCK);
  try {
    if (!(await fh.stat()).isFile())
      throw new StorageTaskError("FileUploadMiscError", `${path} is not a regular file; it was not uploaded.`);
    await blob.uploadFile(DESCRIPTOR_PATHS ? `/proc/self/fd/${fh.fd}` : path, options);
  } finally {
    await fh.close();
  }
}

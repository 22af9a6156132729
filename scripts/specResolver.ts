/**
 * The one way this project finds the Batch spec and its examples (for `npm run generate`,
 * `npm run api-diff` and the tests). For a given api-version, the first of:
 *
 * 1. `BATCH_SPEC`: a path to `BatchService.json` (its examples in `examples/` beside it), for the
 *    api-version its `info.version` declares (another version goes on to the next sources);
 * 2. `../shared/spec/<version>/` beside the clone;
 * 3. the cache (`AZBATCH_SPEC_CACHE`, default `~/.cache/azbatch/spec`), `<version>/...`, filled on
 *    first use from the spec's canonical public location pinned by commit
 *    (`https://raw.githubusercontent.com/Azure/azure-rest-api-specs/<commit>/<path>`; the host can be
 *    replaced with `AZBATCH_SPEC_BASE_URL`). Every cached or downloaded file must have the sha256
 *    that `swagger/spec-manifest.tsv` records, or it is refused.
 *
 * With none of these and no network, {@link SpecUnavailableError} says exactly what to do.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The canonical public host of the spec's files, pinned by commit in the manifest. */
export const CANONICAL_BASE_URL = "https://raw.githubusercontent.com/Azure/azure-rest-api-specs";

/** One file of the manifest. */
export interface SpecFile {
  version: string;
  /** Path relative to the version folder: `BatchService.json`, `examples/Pools_GetPool_Basic.json`. */
  file: string;
  sha256: string;
  commit: string;
  /** Path in Azure/azure-rest-api-specs. */
  sourcePath: string;
}

/** Where a spec was found. */
export interface ResolvedSpec {
  /** Path of `BatchService.json`. */
  specPath: string;
  /** Folder of its examples. */
  examplesDir: string;
  /** Which source it came from. */
  source: "BATCH_SPEC" | "shared" | "cache";
}

/** Settings of the resolver (the defaults read the environment; tests pass their own). */
export interface ResolverOptions {
  /** Environment variables (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** The repository root (default: this clone), whose `../shared/spec` is the second source. */
  repoRoot?: string;
  /** The manifest (default `swagger/spec-manifest.tsv`). */
  manifestPath?: string;
}

/** Thrown when no copy of the spec can be had; its message says what to do. */
export class SpecUnavailableError extends Error {
  override name = "SpecUnavailableError";
}

/** Reads the manifest: every file of every pinned version, with its sha256 and source. */
export function readManifest(path = join(repoRoot, "swagger", "spec-manifest.tsv")): SpecFile[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [version, file, sha256, commit, sourcePath] = line.split("\t");
      return { version, file, sha256, commit, sourcePath };
    });
}

const sha256 = (data: Buffer): string => createHash("sha256").update(data).digest("hex");

/**
 * Finds the spec of `version` and its examples, downloading them into the cache if needed.
 * @param version - an api-version with files in the manifest, e.g. `2026-10-01`.
 * @param options - environment, repository root, manifest.
 * @returns where the spec and its examples are.
 * @throws SpecUnavailableError when no copy can be had; Error when a downloaded or cached file's sha256 is wrong.
 */
export function resolveSpec(version: string, options: ResolverOptions = {}): ResolvedSpec {
  const env = options.env ?? process.env;
  const root = options.repoRoot ?? repoRoot;
  if (env.BATCH_SPEC) {
    const specPath = resolve(env.BATCH_SPEC);
    if (!existsSync(specPath)) throw new SpecUnavailableError(`BATCH_SPEC=${env.BATCH_SPEC}: no such file.`);
    if (declaredVersion(specPath) === version) {
      return { specPath, examplesDir: join(dirname(specPath), "examples"), source: "BATCH_SPEC" };
    }
  }
  const shared = join(root, "..", "shared", "spec", version);
  if (existsSync(join(shared, "BatchService.json"))) {
    return { specPath: join(shared, "BatchService.json"), examplesDir: join(shared, "examples"), source: "shared" };
  }
  const files = readManifest(options.manifestPath).filter((f) => f.version === version);
  if (files.length === 0)
    throw new SpecUnavailableError(`swagger/spec-manifest.tsv lists no files for api-version ${version}.`);
  const cacheDir = join(env.AZBATCH_SPEC_CACHE ?? join(homedir(), ".cache", "azbatch", "spec"), version);
  const baseUrl = (env.AZBATCH_SPEC_BASE_URL ?? CANONICAL_BASE_URL).replace(/\/+$/, "");
  const missing = files.filter((f) => !cachedCopyIsGood(join(cacheDir, f.file), f));
  if (missing.length) download(missing, cacheDir, baseUrl);
  return { specPath: join(cacheDir, "BatchService.json"), examplesDir: join(cacheDir, "examples"), source: "cache" };
}

/** The api-version a spec file declares (`info.version`), or undefined when it is not a readable spec. */
function declaredVersion(path: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { info?: { version?: string } }).info?.version;
  } catch {
    return undefined;
  }
}

/** Whether the cache holds `file` with the manifest's sha256 (a wrong copy is an error, not a miss). */
function cachedCopyIsGood(path: string, file: SpecFile): boolean {
  if (!existsSync(path)) return false;
  const actual = sha256(readFileSync(path));
  if (actual !== file.sha256) {
    throw new Error(
      `The cached ${path} has sha256 ${actual}, not the ${file.sha256} that swagger/spec-manifest.tsv pins. Delete it to download it again.`,
    );
  }
  return true;
}

/** Downloads the files (in a child process, so the resolver stays synchronous), checks each sha256, then stores it. */
function download(files: SpecFile[], cacheDir: string, baseUrl: string): void {
  const urls = files.map((f) => `${baseUrl}/${f.commit}/${f.sourcePath}`);
  let bodies: string[];
  try {
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", FETCH_ALL], {
      input: JSON.stringify(urls),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["pipe", "pipe", "pipe"],
    });
    bodies = JSON.parse(out) as string[];
  } catch (e) {
    const reason = (e as { stderr?: string }).stderr?.trim() || String(e);
    throw new SpecUnavailableError(
      `The Batch spec ${files[0].version} is not available here, and downloading it failed (${reason.split("\n")[0]}).\n` +
        `Do one of:\n` +
        `  - set BATCH_SPEC=/path/to/${files[0].version}/BatchService.json (its examples in examples/ beside it);\n` +
        `  - put the spec folder at ${join("..", "shared", "spec", files[0].version)}/ beside the clone;\n` +
        `  - allow access to ${baseUrl} once: the files are then kept in ${cacheDir}.\n` +
        `The files and their sha256 are listed in swagger/spec-manifest.tsv.`,
    );
  }
  files.forEach((f, i) => {
    const data = Buffer.from(bodies[i], "base64");
    const actual = sha256(data);
    if (actual !== f.sha256) {
      throw new Error(
        `${urls[i]} has sha256 ${actual}, not the ${f.sha256} that swagger/spec-manifest.tsv pins: refused.`,
      );
    }
    const target = join(cacheDir, f.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.partial`, data);
    renameSync(`${target}.partial`, target);
  });
}

/** Reads a JSON list of URLs on stdin and prints their bodies (base64) as JSON; fails on any non-200. */
const FETCH_ALL = `
let input = "";
for await (const chunk of process.stdin) input += chunk;
const urls = JSON.parse(input);
const out = [];
try {
  for (let i = 0; i < urls.length; i += 8) {
    out.push(...(await Promise.all(urls.slice(i, i + 8).map(async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(30000) }).catch((e) => {
        throw new Error(url + ": " + (e.cause?.code ?? e.cause?.message ?? e.message));
      });
      if (response.status !== 200) throw new Error(url + ": HTTP " + response.status);
      return Buffer.from(await response.arrayBuffer()).toString("base64");
    }))));
  }
} catch (e) {
  process.stderr.write(e.message + "\\n");
  process.exit(1);
}
process.stdout.write(JSON.stringify(out));
`;

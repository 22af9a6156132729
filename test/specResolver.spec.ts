// scripts/specResolver.ts: BATCH_SPEC, then ../shared/spec, then the cache filled from the pinned
// public location, every cached or downloaded file checked against the manifest's sha256. A loopback
// server (a child process: the resolver downloads synchronously) stands in for the public host.
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import { resolveSpec, SpecUnavailableError } from "../scripts/specResolver.js";

const VERSION = "2099-01-01";
const SPEC = JSON.stringify({ swagger: "2.0", info: { title: "Fixture", version: VERSION }, paths: {} });
const EXAMPLE = JSON.stringify({ parameters: {}, responses: { "200": {} } });
const sha = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Serves `files` (URL path → body) and counts requests; `GET /__count` answers the count. */
function startHost(
  files: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; count(): Promise<number> }> {
  const code = `
    const files = ${JSON.stringify(files)};
    let n = 0;
    const server = require("node:http").createServer((req, res) => {
      if (req.url === "/__count") return res.end(String(n));
      n++;
      const body = files[req.url];
      res.writeHead(body === undefined ? 404 : 200).end(body ?? "not found");
    });
    server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((ok) =>
    child.stdout!.once("data", (d: Buffer) => {
      const url = `http://127.0.0.1:${String(d).trim()}`;
      ok({ url, child, count: async () => Number(await (await fetch(`${url}/__count`)).text()) });
    }),
  );
}

describe("specResolver", function () {
  this.timeout(30_000);
  let dir: string;
  let repo: string;
  let manifest: string;
  let host: Awaited<ReturnType<typeof startHost>>;
  const env = (extra: Record<string, string>) => ({
    AZBATCH_SPEC_CACHE: join(dir, "cache"),
    AZBATCH_SPEC_BASE_URL: host.url,
    ...extra,
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "azbatch-spec-"));
    repo = join(dir, "clone");
    mkdirSync(repo);
    manifest = join(dir, "manifest.tsv");
    writeFileSync(
      manifest,
      `# version\tfile\tsha256\tcommit\tsource_path\n` +
        `${VERSION}\tBatchService.json\t${sha(SPEC)}\tc0ffee\tspec/${VERSION}/BatchService.json\n` +
        `${VERSION}\texamples/Get.json\t${sha(EXAMPLE)}\tbeef\tspec/${VERSION}/examples/Get.json\n`,
    );
    host = await startHost({
      [`/c0ffee/spec/${VERSION}/BatchService.json`]: SPEC,
      [`/beef/spec/${VERSION}/examples/Get.json`]: EXAMPLE,
    });
  });
  afterEach(() => {
    host.child.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes BATCH_SPEC first (for the version it declares), then ../shared/spec, then the cache", async () => {
    const own = join(dir, "own", "BatchService.json");
    mkdirSync(join(dir, "own"));
    writeFileSync(own, SPEC);
    const shared = join(dir, "shared", "spec", VERSION);
    mkdirSync(shared, { recursive: true });
    writeFileSync(join(shared, "BatchService.json"), SPEC);

    expect(
      resolveSpec(VERSION, { env: env({ BATCH_SPEC: own }), repoRoot: repo, manifestPath: manifest }),
    ).to.deep.equal({
      specPath: own,
      examplesDir: join(dir, "own", "examples"),
      source: "BATCH_SPEC",
    });
    // A BATCH_SPEC of another version does not stand in for this one.
    writeFileSync(own, SPEC.replace(VERSION, "2000-01-01"));
    expect(
      resolveSpec(VERSION, { env: env({ BATCH_SPEC: own }), repoRoot: repo, manifestPath: manifest }).source,
    ).to.equal("shared");
    rmSync(join(dir, "shared"), { recursive: true });
    const cached = resolveSpec(VERSION, { env: env({}), repoRoot: repo, manifestPath: manifest });
    expect(cached).to.deep.equal({
      specPath: join(dir, "cache", VERSION, "BatchService.json"),
      examplesDir: join(dir, "cache", VERSION, "examples"),
      source: "cache",
    });
    expect(readFileSync(cached.specPath, "utf8")).to.equal(SPEC);
    expect(readFileSync(join(cached.examplesDir, "Get.json"), "utf8")).to.equal(EXAMPLE);
    expect(await host.count()).to.equal(2);
    // Cached: no second download.
    resolveSpec(VERSION, { env: env({}), repoRoot: repo, manifestPath: manifest });
    expect(await host.count()).to.equal(2);
  });

  it("refuses a download whose sha256 differs from the manifest, and keeps nothing of it", () => {
    writeFileSync(manifest, readFileSync(manifest, "utf8").replace(sha(EXAMPLE), "0".repeat(64)));
    expect(() => resolveSpec(VERSION, { env: env({}), repoRoot: repo, manifestPath: manifest })).to.throw(
      /examples\/Get\.json has sha256 [0-9a-f]{64}, not the 0{64} that swagger\/spec-manifest\.tsv pins: refused/,
    );
    expect(existsSync(join(dir, "cache", VERSION, "examples", "Get.json"))).to.equal(false);
  });

  it("refuses a cached file whose sha256 differs from the manifest", () => {
    resolveSpec(VERSION, { env: env({}), repoRoot: repo, manifestPath: manifest });
    writeFileSync(join(dir, "cache", VERSION, "BatchService.json"), SPEC + " ");
    expect(() => resolveSpec(VERSION, { env: env({}), repoRoot: repo, manifestPath: manifest })).to.throw(
      /Delete it to download it again/,
    );
  });

  it("offline with no copy, says exactly what to do", () => {
    host.child.kill();
    let error: unknown;
    try {
      resolveSpec(VERSION, {
        env: env({ AZBATCH_SPEC_BASE_URL: "http://127.0.0.1:9" }),
        repoRoot: repo,
        manifestPath: manifest,
      });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(SpecUnavailableError);
    const message = (error as Error).message;
    expect(message).to.include(`set BATCH_SPEC=/path/to/${VERSION}/BatchService.json`);
    expect(message).to.include(join("..", "shared", "spec", VERSION));
    expect(message).to.include("allow access to http://127.0.0.1:9 once");
    expect(message).to.include(join(dir, "cache", VERSION));
  });
});
